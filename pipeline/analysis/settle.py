"""Lines read while their pixels were still settling, read once more when they are still.

A redraw (a tab switched, a panel opened) is read in the frame that first shows it, but a
low-bitrate copy shows it there in a coarse first rendering that the next frames sharpen. Those
later differences are below what counts as a change (the encoder's noise is as large), so the
area was never read again, and what OCR made of the coarse letters stood: a caption read as
garbage ('Accotrt number') typed nothing, and the value beside it stayed readable for as long as
the screen showed it (mortgage_application at crf 36). The same letters read in the settled
frame are the ones a viewer reads.

So each line read because something changed in it is watched for a short while: once its
pixels are still (no pixel differs from the frame before by more than the change threshold)
but differ from those that were read in more pixels than the line is high (more than a glyph's
worth of strokes) and than 1 % of its box, it is read once more, with its row (the value beside
a caption read anew). A line whose pixels were final when read, the usual case, only costs a
comparison of its crop per frame while it is watched; it is never read again for this, nor is
what waits to be read anyway (typing, the pointer: the scheduler's), and a line read again this
way is not watched again. On the 20 s benchmark session (an undegraded recording) 2 lines are.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from pipeline.core.types import Box, intersecting

WATCH_S = 2.0  # how long after its read a line is watched
SHARE = 100  # ...and read again when more than one pixel in this many (and than its height) differ


@dataclass(slots=True)
class _Watched:
    box: Box  # clipped to the frame
    read: np.ndarray  # its pixels when read
    until_s: float
    still_seen: bool = False  # found still and as read (nothing to do until it changes again)


class SettleWatch:
    """The lines read lately because something changed in them, and their pixels as read."""

    def __init__(self, threshold: int):
        self._threshold = threshold  # grey levels: a pixel's difference that is more than noise
        self._lines: list[_Watched] = []

    def __bool__(self) -> bool:
        return bool(self._lines)

    def watch(self, grey: np.ndarray, lines: list[Box], pts_s: float) -> None:
        """`lines` were read in `grey` because something changed in them."""
        height, width = grey.shape
        for line in lines:
            box = line.clip(width, height)
            if box.w > 0 and box.h > 0:
                crop = grey[box.y : box.y2, box.x : box.x2].copy()
                self._lines.append(_Watched(box, crop, pts_s + WATCH_S))

    def forget(self, areas: list[Box]) -> None:
        """`areas` were read again, or moved: what was watched in them is done with."""
        if self._lines and areas:
            hit = intersecting([w.box for w in self._lines], areas)
            self._lines = [w for w, h in zip(self._lines, hit) if not h]

    def settled(
        self, grey: np.ndarray, previous: np.ndarray | None, repeated: bool, pts_s: float, changed: list[Box]
    ) -> list[Box]:
        """The watched lines that are still in `grey` (against `previous`, the frame before;
        `repeated`: the same pixels) and differ from what was read: to be read again now (and
        no longer watched). Lines that `changed` meets are left to that change's read."""
        if not self._lines:
            return []
        met = intersecting([w.box for w in self._lines], changed) if changed else [False] * len(self._lines)
        keep: list[_Watched] = []
        again: list[Box] = []
        for w, hit in zip(self._lines, met):
            if pts_s > w.until_s:
                continue
            if hit or (repeated and w.still_seen):
                keep.append(w)
                continue
            b = w.box
            now = grey[b.y : b.y2, b.x : b.x2]
            if not repeated:
                if previous is None or previous.shape != grey.shape:
                    keep.append(w)
                    continue
                before = previous[b.y : b.y2, b.x : b.x2]
                if int(cv2.absdiff(now, before).max()) > self._threshold:
                    w.still_seen = False  # still settling
                    keep.append(w)
                    continue
            if w.still_seen:
                keep.append(w)
                continue
            differs = cv2.compare(cv2.absdiff(now, w.read), self._threshold, cv2.CMP_GT)  # type: ignore[call-overload]
            if cv2.countNonZero(differs) > max(b.h, b.area // SHARE):
                again.append(b)
            else:
                w.still_seen = True
                keep.append(w)
        self._lines = keep
        return again

    def reset(self) -> None:
        self._lines = []
