"""The review page's timeline: one row per entity type with a bar per track span, a row of frames
masked whole, a time axis and a marker per verification finding.

This module lays it out (lanes, coordinates, tooltips); templates/review_page.html draws it as
SVG. Tooltips and labels are plain text here: the template escapes them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from pipeline.core.plan import RedactionPlan
from pipeline.core.types import FullFrameMask, Track
from pipeline.redact.verify import Finding

WIDTH, LABEL_W, RIGHT = 1200, 178, 18  # the SVG's viewBox width, the label column, the right margin
LANE_H, BAR_H, ROW_PAD = 12, 9, 6
MAX_LANES = 5  # sub-rows per entity type before bars overlap

# Colours per entity type (timeline bars, chips, outlines); red is kept for verification findings.
_TYPE_COLOURS = {
    "PERSON": "#d6336c",
    "EMAIL_ADDRESS": "#1c7ed6",
    "PHONE_NUMBER": "#2f9e44",
    "CREDIT_CARD": "#e8590c",
    "LOCATION": "#f59f00",
    "ADDRESS": "#f59f00",
    "IP_ADDRESS": "#1098ad",
    "URL": "#0ca678",
    "PASSWORD": "#7048e8",
    "SECRET": "#9c36b5",
    "IBAN_CODE": "#a0522d",
    "US_SSN": "#c2255c",
    "USERNAME": "#4263eb",
    "DATE_TIME": "#74b816",
    "NRP": "#862e9c",
    "MEDICAL_LICENSE": "#5c7cfa",
}
_FALLBACK_COLOURS = ("#495057", "#5f3dc4", "#087f5b", "#d9480f", "#364fc7", "#a61e4d", "#2b8a3e", "#0b7285")
FINDING_COLOUR = "#e03131"
WHOLE_COLOUR = "#868e96"


@dataclass(frozen=True, slots=True)
class Span:
    """A track's merged, contiguous frame range and its time from the first to past the last frame."""

    start_frame: int
    end_frame: int
    start_s: float
    end_s: float


@dataclass(frozen=True, slots=True)
class TypeRow:
    key: str  # "t0", "t1", ...: safe in attributes and selectors whatever the type's name
    entity_type: str
    colour: str
    tracks: tuple[Track, ...]


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    title: str


@dataclass(frozen=True, slots=True)
class TrackBars:
    track_id: int
    manual: bool
    linked: bool  # the track has an image on the page: its bars link there
    rects: tuple[Rect, ...]


@dataclass(frozen=True, slots=True)
class Row:
    key: str | None  # the type row's filter key; None: the whole-frame row
    label: str
    title: str
    count: int
    colour: str
    y: int
    height: int
    band: bool  # every other row is shaded
    tracks: tuple[TrackBars, ...] = ()
    wholes: tuple[Rect, ...] = ()

    @property
    def mid(self) -> float:
        return self.y + self.height / 2


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str
    anchor: str


@dataclass(frozen=True, slots=True)
class Marker:
    index: int
    x: float
    title: str
    linked: bool


@dataclass(frozen=True, slots=True)
class Timeline:
    rows: tuple[Row, ...]
    ticks: tuple[Tick, ...]
    markers: tuple[Marker, ...]
    top: int
    bottom: int
    still: bool  # a still image: no time axis
    width: int = WIDTH
    left: int = LABEL_W
    right: int = WIDTH - RIGHT


def type_rows(tracks: Iterable[Track]) -> list[TypeRow]:
    """One timeline row per entity type present, alphabetical, each with a stable colour."""
    by_type: dict[str, list[Track]] = defaultdict(list)
    for track in tracks:
        if track.segments:
            by_type[track.entity_type].append(track)
    return [
        TypeRow(f"t{i}", kind, colour(kind), tuple(sorted(by_type[kind], key=lambda t: (t.start_frame, t.track_id))))
        for i, kind in enumerate(sorted(by_type))
    ]


def track_spans(track: Track, fps: float) -> list[Span]:
    """A track's segments merged where their frame ranges touch or overlap."""
    spans: list[Span] = []
    for seg in sorted(track.segments, key=lambda s: (s.start_frame, s.end_frame)):
        start_s = _frame_time(seg.start_frame, seg.start_s, fps)
        end_s = _frame_time(seg.end_frame, seg.end_s, fps) + frame_step(fps)
        if spans and seg.start_frame <= spans[-1].end_frame + 1:
            last = spans[-1]
            if seg.end_frame > last.end_frame:
                spans[-1] = Span(last.start_frame, seg.end_frame, last.start_s, max(last.end_s, end_s))
            continue
        spans.append(Span(seg.start_frame, seg.end_frame, start_s, end_s))
    return spans


def track_range(track: Track, fps: float) -> tuple[float, float]:
    spans = track_spans(track, fps)
    return spans[0].start_s, spans[-1].end_s


def clock(seconds: float, decimals: int = 1) -> str:
    """mm:ss(.d), or h:mm:ss(.d) from an hour on."""
    scale = 10**decimals
    units = round(max(0.0, float(seconds)) * scale)
    whole, frac = divmod(units, scale)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"{text}.{frac:0{decimals}d}" if decimals else text


def colour(kind: str) -> str:
    if kind in _TYPE_COLOURS:
        return _TYPE_COLOURS[kind]
    return _FALLBACK_COLOURS[sum(kind.encode()) % len(_FALLBACK_COLOURS)]


def frame_step(fps: float) -> float:
    return 1.0 / fps if fps > 0 else 1.0


def _frame_time(frame: int, seconds: float, fps: float) -> float:
    """A segment's stored time; plans from older tools carry 0.0 there, so fall back on fps."""
    if seconds > 0 or frame == 0 or fps <= 0:
        return seconds
    return frame / fps


def build_timeline(
    plan: RedactionPlan,
    rows: list[TypeRow],
    findings: Sequence[Finding],
    total_s: float,
    linked: set[int],
    linked_findings: int,
) -> Timeline:
    """The layout of the timeline over [0, total_s]. `linked` tracks and the first `linked_findings`
    findings have an image on the page: their bars and markers link to it."""
    fps = plan.video.fps
    plot_w = WIDTH - LABEL_W - RIGHT

    def x(t: float) -> float:
        return LABEL_W + max(0.0, min(t, total_s)) / total_s * plot_w

    min_gap_s = 3 / plot_w * total_s  # bars closer than 3 px share no lane
    out: list[Row] = []
    y = 4 + (18 if findings else 0)  # a marker row above the type rows
    top = y
    for n, row in enumerate(rows):
        ranges = [track_range(t, fps) for t in row.tracks]
        lanes = _lanes(ranges, min_gap_s)
        height = ROW_PAD * 2 + min(max(lanes, default=0) + 1, MAX_LANES) * LANE_H
        bars = tuple(
            _track_bars(track, row, fps, y + ROW_PAD + lane * LANE_H, x, track.track_id in linked)
            for track, lane in zip(row.tracks, lanes)
        )
        title = f"{row.entity_type}: {len(row.tracks)} tracks, at most {_most_at_once(ranges)} at once"
        out.append(
            Row(
                row.key,
                _shorten(row.entity_type, 19),
                title,
                len(row.tracks),
                row.colour,
                y,
                height,
                n % 2 == 0,
                tracks=bars,
            )
        )
        y += height
    if plan.full_frames:
        height = ROW_PAD * 2 + LANE_H
        wholes = tuple(_whole_rect(mask, fps, y + ROW_PAD, x) for mask in plan.full_frames)
        out.append(Row(None, "WHOLE FRAME", "", 0, WHOLE_COLOUR, y, height, len(rows) % 2 == 0, wholes=wholes))
        y += height
    if not out:
        y += 30  # room for the line that says nothing was redacted
    markers = tuple(_marker(i, f, x, i < linked_findings) for i, f in enumerate(findings))
    still = plan.video.is_image
    return Timeline(tuple(out), () if still else _ticks(total_s, x), markers, top, y, still)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _most_at_once(ranges: list[tuple[float, float]]) -> int:
    events = sorted([(start, 1) for start, _ in ranges] + [(end, -1) for _, end in ranges])
    most = now = 0
    for _, step in events:  # at equal times an end (-1) sorts before a start: touching is not overlapping
        now += step
        most = max(most, now)
    return most


def _lanes(ranges: list[tuple[float, float]], min_gap_s: float) -> list[int]:
    """Greedy interval packing (ranges are in start order): each range goes in the first free lane;
    past MAX_LANES, in the lane that frees first (bars then overlap)."""
    ends: list[float] = []
    lanes = []
    for start, end in ranges:
        lane = next((i for i, free in enumerate(ends) if free + min_gap_s <= start), None)
        if lane is None and len(ends) < MAX_LANES:
            ends.append(end)
            lane = len(ends) - 1
        elif lane is None:
            lane = min(range(len(ends)), key=ends.__getitem__)
        ends[lane] = max(ends[lane], end)
        lanes.append(lane)
    return lanes


def _track_bars(
    track: Track, row: TypeRow, fps: float, y: float, x: Callable[[float], float], linked: bool
) -> TrackBars:
    rects = []
    for span in track_spans(track, fps):
        x1 = x(span.start_s)
        title = (
            f"{row.entity_type} · track {track.track_id} · score {track.score:.2f} · "
            f"{clock(span.start_s)}–{clock(span.end_s)} · {track.source}"
        )
        rects.append(Rect(x1, y, max(x(span.end_s) - x1, 2.0), BAR_H, title))
    return TrackBars(track.track_id, track.source == "manual", linked, tuple(rects))


def _whole_rect(mask: FullFrameMask, fps: float, y: float, x: Callable[[float], float]) -> Rect:
    start = mask.start_frame / fps if fps > 0 else 0.0
    end = (mask.end_frame + 1) / fps if fps > 0 else 1.0
    x1 = x(start)
    title = (
        f"whole frame masked ({mask.reason}) · frames {mask.start_frame}–{mask.end_frame} · {clock(start)}–{clock(end)}"
    )
    return Rect(x1, y, max(x(end) - x1, 2.0), BAR_H, title)


def _marker(i: int, finding: Finding, x: Callable[[float], float], linked: bool) -> Marker:
    box = finding.box
    title = (
        f"verification finding · {finding.entity_type} · score {finding.score:.2f} · {clock(finding.time_s)} · "
        f"frame {finding.frame} · box {box.x},{box.y} {box.w}x{box.h}"
    )
    return Marker(i, x(finding.time_s), title, linked)


def _ticks(total_s: float, x: Callable[[float], float]) -> tuple[Tick, ...]:
    step = next(
        (s for s in (0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200) if total_s / s <= 10),
        3600 * math.ceil(total_s / 36000),
    )
    decimals = 1 if step < 1 else 0
    ticks = []
    for k in range(math.floor(total_s / step + 1e-9) + 1):
        tx = x(k * step)
        anchor = "end" if tx > WIDTH - RIGHT - 20 else "middle"  # the last label stays inside the plot
        ticks.append(Tick(tx, clock(k * step, decimals), anchor))
    return tuple(ticks)
