"""Typed values passed between the stages of the pipeline.

Everything here is plain data: no stage reads another stage's internals, only these types.
Their JSON form (in a plan) is checked and written by the models of `plan.py`.
None of them holds detected text except `OcrWord`/`TextLine`, which live only in memory during
analysis and are never serialised.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

MaskStyle = Literal["blur", "pixelate", "fill"]
MASK_STYLES: tuple[MaskStyle, ...] = ("blur", "pixelate", "fill")
TrackSource = Literal["auto", "manual"]


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned pixel rectangle: x, y of the top-left corner, width and height."""

    x: int
    y: int
    w: int
    h: int

    @property
    def x2(self) -> int:
        return self.x + self.w

    @property
    def y2(self) -> int:
        return self.y + self.h

    @property
    def area(self) -> int:
        return max(self.w, 0) * max(self.h, 0)

    @property
    def empty(self) -> bool:
        return self.w <= 0 or self.h <= 0

    @classmethod
    def from_corners(cls, x1: int, y1: int, x2: int, y2: int) -> Box:
        return cls(int(x1), int(y1), int(x2) - int(x1), int(y2) - int(y1))

    # The methods below spell out x + w and y + h rather than call x2 and y2: the analysis
    # calls them millions of times per minute of video, and each property is a function call.

    def intersects(self, other: Box) -> bool:
        x, y = self.x, self.y
        ox, oy = other.x, other.y
        return x < ox + other.w and ox < x + self.w and y < oy + other.h and oy < y + self.h

    def intersection(self, other: Box) -> Box:
        x1, y1 = max(self.x, other.x), max(self.y, other.y)
        x2, y2 = min(self.x + self.w, other.x + other.w), min(self.y + self.h, other.y + other.h)
        return Box.from_corners(x1, y1, max(x1, x2), max(y1, y2))

    def union(self, other: Box) -> Box:
        x2, y2 = max(self.x + self.w, other.x + other.w), max(self.y + self.h, other.y + other.h)
        return Box.from_corners(min(self.x, other.x), min(self.y, other.y), x2, y2)

    def contains(self, other: Box) -> bool:
        x, y = self.x, self.y
        ox, oy = other.x, other.y
        return x <= ox and y <= oy and x + self.w >= ox + other.w and y + self.h >= oy + other.h

    def iou(self, other: Box) -> float:
        inter = self.intersection(other).area
        total = self.area + other.area - inter
        return inter / total if total else 0.0

    def pad(self, dx: int, dy: int | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x - dx, self.y - dy, self.w + 2 * dx, self.h + 2 * dy)

    def shift(self, dx: int, dy: int) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)

    def clip(self, width: int, height: int) -> Box:
        x1, y1 = min(max(self.x, 0), width), min(max(self.y, 0), height)
        x2, y2 = min(max(self.x + self.w, 0), width), min(max(self.y + self.h, 0), height)
        return Box.from_corners(x1, y1, x2, y2)

    def to_list(self) -> list[int]:
        return [self.x, self.y, self.w, self.h]

    def to_tuple(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.w, self.h)

    @classmethod
    def from_list(cls, values: Iterable[int]) -> Box:
        x, y, w, h = (int(v) for v in values)
        return cls(x, y, w, h)

    @staticmethod
    def union_all(boxes: Iterable[Box]) -> Box | None:
        # One pass of min and max, not a Box per pair: the same box as `union` box by box
        # (min and max commute with int), made once (detection calls this ~100,000 times a
        # 2-minute session).
        it = iter(boxes)
        first = next(it, None)
        if first is None:
            return None
        x1, y1, x2, y2 = first.x, first.y, first.x + first.w, first.y + first.h
        more = False
        for box in it:
            more = True
            bx, by = box.x, box.y
            if bx < x1:
                x1 = bx
            if by < y1:
                y1 = by
            if bx + box.w > x2:
                x2 = bx + box.w
            if by + box.h > y2:
                y2 = by + box.h
        return Box.from_corners(x1, y1, x2, y2) if more else first


def mask_style(value: str) -> MaskStyle:
    """`value` (a CLI choice, a catalog column) as a MaskStyle; anything else is a ValueError."""
    for style in MASK_STYLES:
        if value == style:
            return style
    raise ValueError(f"unknown mask style {value!r} (use one of {', '.join(MASK_STYLES)})")


def intersecting(boxes: Sequence[Box], areas: Sequence[Box]) -> np.ndarray:
    """For each of `boxes`, whether it intersects any of `areas` (Box.intersects, vectorised:
    the analysis asks this for every word and every tracked box of every changed frame)."""
    if not boxes or not areas:
        return np.zeros(len(boxes), bool)
    b = np.array([(o.x, o.y, o.x + o.w, o.y + o.h) for o in boxes], np.int64)
    a = np.array([(o.x, o.y, o.x + o.w, o.y + o.h) for o in areas], np.int64)
    hit = (
        (b[:, None, 0] < a[None, :, 2])
        & (a[None, :, 0] < b[:, None, 2])
        & (b[:, None, 1] < a[None, :, 3])
        & (a[None, :, 1] < b[:, None, 3])
    )
    return np.asarray(hit.any(axis=1))  # an array for 2-d `hit`; numpy types any() as scalar-or-array


def centred_in(boxes: Sequence[Box], areas: Sequence[Box]) -> np.ndarray:
    """For each of `boxes`, whether its centre lies inside any of `areas`: whether it is (mostly)
    the same place as one of them, where merely touching one is `intersecting`."""
    if not boxes or not areas:
        return np.zeros(len(boxes), bool)
    c = np.array([(2 * o.x + o.w, 2 * o.y + o.h) for o in boxes], np.int64)  # doubled: no halves
    a = 2 * np.array([(o.x, o.y, o.x + o.w, o.y + o.h) for o in areas], np.int64)
    hit = (
        (a[None, :, 0] <= c[:, None, 0])
        & (c[:, None, 0] < a[None, :, 2])
        & (a[None, :, 1] <= c[:, None, 1])
        & (c[:, None, 1] < a[None, :, 3])
    )
    return np.asarray(hit.any(axis=1))


def merged_bands(bands: Sequence[Box]) -> list[Box]:
    """`bands` with those that overlap or touch vertically joined, top to bottom (the rows of a
    frame to read again: each row once, however many changes fell in it)."""
    out: list[Box] = []
    for band in sorted(bands, key=lambda b: b.y):
        if out and band.y <= out[-1].y2:
            out[-1] = out[-1].union(band)
        else:
            out.append(band)
    return out


@dataclass(frozen=True, slots=True)
class VideoInfo:
    """Facts about an input, from ffprobe. A still image is a one-frame video (is_image)."""

    path: str
    width: int
    height: int
    frame_count: int
    fps: float  # average frame rate; see variable_frame_rate
    duration_s: float
    codec: str
    pix_fmt: str
    has_audio: bool = False
    variable_frame_rate: bool = False
    is_image: bool = False


@dataclass(slots=True)
class Frame:
    """One decoded frame. `image` is BGR uint8 (H, W, 3) or, decoded for analysis, grey (H, W),
    or None when it could not be decoded: such a frame must be masked whole (fail closed).
    Decoded for analysis, `chroma` holds its U and V planes (h, w, 2), at the size the source
    stores them (half the frame's in 4:2:0), where the decoder had them."""

    index: int
    pts_s: float
    image: np.ndarray | None
    chroma: np.ndarray | None = None

    @property
    def ok(self) -> bool:
        return self.image is not None


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One recognised word with its box in frame coordinates. In memory only."""

    text: str
    box: Box
    conf: float


@dataclass(frozen=True, slots=True)
class TextLine:
    """Words on one visual line, left to right. In memory only."""

    words: tuple[OcrWord, ...]

    @property
    def box(self) -> Box:
        result = Box.union_all(w.box for w in self.words)
        assert result is not None, "a TextLine has at least one word"
        return result


@dataclass(frozen=True, slots=True)
class InputField:
    """A text input found by its border (analysis/fields.py): `box` is its content area, inside
    the border; `masked` says it showed masking bullets, now or earlier in the recording."""

    box: Box
    masked: bool = False


@dataclass(frozen=True, slots=True)
class Layout:
    """The text on (part of) a screen as lines, top to bottom, and the input fields around
    them (found from the pixels; none where nobody looked). In memory only."""

    lines: tuple[TextLine, ...]
    fields: tuple[InputField, ...] = ()


@dataclass(frozen=True, slots=True)
class Detection:
    """A finding: entity type, score and the box that hides it. `text_hash` is a salted hash of
    the normalised value, used to follow the same value over time; never the value itself."""

    entity_type: str
    score: float
    box: Box
    recognizer: str
    text_hash: str


@dataclass(slots=True)
class TrackSegment:
    """A box held over the inclusive frame range [start_frame, end_frame]."""

    start_frame: int
    end_frame: int
    box: Box
    start_s: float = 0.0
    end_s: float = 0.0


@dataclass(slots=True)
class Track:
    """One redacted thing over time: a sequence of boxes over frame ranges."""

    track_id: int
    entity_type: str
    score: float
    source: TrackSource = "auto"
    recognizer: str = ""
    segments: list[TrackSegment] = field(default_factory=list)

    @property
    def start_frame(self) -> int:
        return min(s.start_frame for s in self.segments)

    @property
    def end_frame(self) -> int:
        return max(s.end_frame for s in self.segments)


@dataclass(slots=True)
class FullFrameMask:
    """Frames masked whole because they could not be decoded, OCR'd or analysed (fail closed)."""

    start_frame: int
    end_frame: int
    reason: str  # a category such as "decode_error", "ocr_error"; never detected text
