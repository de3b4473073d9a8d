"""The screen as analysed: what each area looked like when it was last read (or moved).

Changes are found against this image, not against the previous frame: an area whose read was
deferred keeps its old pixels here until it is read, so it stays a change until then. The
ChangeFinder caches work per tile and must hear of every write to the image, so both live here
and every write goes through `copy`.

Beside luma it keeps how saturated each pixel was (analysis/colour.py `saturation`, at the
chroma's size) where the frames have chroma: saturated text on a dark ground changes luma by less
than a change's threshold (ANSI red on xterm's ground: 30 grey levels, blurred under 28; blue:
4), so a removed run of a word diff, or a directory listed in blue, was never read.
"""

from __future__ import annotations

import math

import numpy as np

from pipeline.analysis.changes import ChangeConfig, ChangeFinder
from pipeline.core.types import Box


class Reference:
    """The analysed pixels, or none (nothing analysed yet, or forgotten after a failure: the
    next frame is read whole)."""

    def __init__(self, config: ChangeConfig):
        self._image: np.ndarray | None = None
        self._changes = ChangeFinder(config)
        self._colour: np.ndarray | None = None  # the saturation analysed (None: luma alone)
        self._colour_changes = ChangeFinder(config)

    @property
    def blank(self) -> bool:
        return self._image is None

    @property
    def image(self) -> np.ndarray:
        assert self._image is not None, "no frame analysed yet"
        return self._image

    def start(self, grey: np.ndarray, saturation: np.ndarray | None = None) -> list[Box]:
        """Begin afresh with `grey` (and its `saturation`): all of it is to be read (and copied
        here once read)."""
        height, width = grey.shape
        self._image = np.zeros_like(grey)
        self._changes.reset()
        self._colour = np.zeros_like(saturation) if saturation is not None else None
        self._colour_changes.reset()
        return [Box(0, 0, width, height)]

    def changes(self, grey: np.ndarray, saturation: np.ndarray | None = None) -> list[Box]:
        """Areas where `grey`, or its `saturation`, differs from what was analysed."""
        boxes = self._changes.find(self.image, grey)
        if saturation is None or self._colour is None or saturation.shape != self._colour.shape:
            self._colour = None  # frames without chroma from here on: luma alone
            return boxes
        sy, sx = _scale(grey, saturation)
        found = self._colour_changes.find(self._colour, saturation)
        return boxes + [Box(b.x * sx, b.y * sy, b.w * sx, b.h * sy).clip(grey.shape[1], grey.shape[0]) for b in found]

    @property
    def repeated(self) -> bool:
        """Whether the frame of the last `changes` showed the very pixels of the frame before."""
        return self._changes.repeated

    def copy(self, grey: np.ndarray, boxes: list[Box], saturation: np.ndarray | None = None) -> None:
        """`boxes` of `grey` (and of its `saturation`) are analysed now (read, or their words
        moved with a scroll)."""
        image = self.image
        height, width = grey.shape
        for box in boxes:
            b = box.clip(width, height)
            image[b.y : b.y2, b.x : b.x2] = grey[b.y : b.y2, b.x : b.x2]
        self._changes.reference_changed(boxes)
        if self._colour is None or saturation is None or saturation.shape != self._colour.shape:
            return
        sy, sx = _scale(grey, saturation)
        scaled = []
        for box in boxes:
            x1, y1 = max(box.x // sx, 0), max(box.y // sy, 0)
            x2, y2 = math.ceil(box.x2 / sx), math.ceil(box.y2 / sy)
            self._colour[y1:y2, x1:x2] = saturation[y1:y2, x1:x2]
            scaled.append(Box.from_corners(x1, y1, max(x2, x1), max(y2, y1)))
        self._colour_changes.reference_changed(scaled)

    def reset(self) -> None:
        self._image = None
        self._changes.reset()
        self._colour = None
        self._colour_changes.reset()


def _scale(grey: np.ndarray, saturation: np.ndarray) -> tuple[int, int]:
    """The frame's pixels per saturation pixel (rows, columns): 2 in 4:2:0, 1 for a still image."""
    return max(1, round(grey.shape[0] / saturation.shape[0])), max(1, round(grey.shape[1] / saturation.shape[1]))
