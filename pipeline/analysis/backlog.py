"""Frames analysed and waiting for their findings before the tracker takes them.

Detection may run in its own process and answer later: the analysis reads on meanwhile, and
the frames wait here, in order, holding their grey image (the tracker needs it). Their number
is bounded by memory (`waiting_mb`); past it, the analysis waits for detection.

Fail closed: when detection could not analyse a frame's words, neither that frame nor any read
after it was checked against them (later reads looked only at what changed since), nor were
the frames whose read was deferred to it. `unanalysed` names them all, to be masked whole.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np

from pipeline.analysis.motion import Motion
from pipeline.core.types import Box, Detection, OcrWord
from pipeline.detection.protocols import DetectionOutcome, DetectionService


@dataclass(slots=True)
class WaitingFrame:
    """A frame analysed and waiting for its findings before the tracker takes it."""

    index: int
    pts_s: float
    grey: np.ndarray
    motions: list[Motion]
    changed: list[Box]  # areas that changed in this frame (for the tracker)
    read: list[Box]  # areas whose findings this frame's ticket brings (changed or read late)
    ticket: int | None  # None: nothing to detect in this frame
    covers: list[int] = field(default_factory=list)  # earlier frames whose read was deferred to this one
    words: list[OcrWord] = field(default_factory=list)  # the words handed to detection with the ticket
    illegible: list[Detection] = field(default_factory=list)  # lines read without confidence (analysis/unread.py)
    legible: list[Box] = field(default_factory=list)  # lines of text read with confidence
    # the pixels that changed, without the lines read around them (None: `changed` are those)
    dirty: list[Box] | None = None
    # the chroma planes of a frame read (analysis/colour.py): its unread lines' letters are judged
    # on them too when the tracker takes it; None for the others (luma is the most of memory)
    chroma: np.ndarray | None = None

    @classmethod
    def unread(cls, index: int, pts_s: float, grey: np.ndarray) -> WaitingFrame:
        """A frame that brings no findings (it failed, and is masked whole)."""
        return cls(index, pts_s, grey, [], [], [], None)


class DetectionBacklog:
    """Waiting frames, oldest first, and the detection service whose answers they wait for."""

    def __init__(self, detection: DetectionService, waiting_mb: int, frame_pixels: int):
        self._detection = detection
        self._frames: deque[WaitingFrame] = deque()
        self._max = max(1, waiting_mb * 2**20 // max(frame_pixels, 1))

    def add(self, frame: WaitingFrame) -> None:
        self._frames.append(frame)

    @property
    def full(self) -> bool:
        """More frames wait than memory allows: wait for detection before reading on."""
        return len(self._frames) > self._max

    @property
    def newest(self) -> WaitingFrame | None:
        return self._frames[-1] if self._frames else None

    def next_ready(self, block: bool, hold_newest: bool) -> tuple[WaitingFrame, DetectionOutcome | None] | None:
        """The oldest frame and its findings (None: it had nothing to detect), taken off the
        backlog; None when its findings are not in yet (waited for when `block`), or when it
        is the newest and `hold_newest` (a deferred read may yet be made on it)."""
        if not self._frames or (hold_newest and len(self._frames) == 1):
            return None
        frame = self._frames[0]
        outcome = None
        if frame.ticket is not None:
            outcome = self._detection.poll(frame.ticket, block)
            if outcome is None:
                return None
        self._frames.popleft()
        return frame, outcome

    def unanalysed(self, failed: WaitingFrame) -> list[int]:
        """The frames whose words were never analysed when `failed` (just taken) got no
        findings: those deferred to it, itself, and every frame read since."""
        return failed.covers + [failed.index] + [frame.index for frame in self._frames]
