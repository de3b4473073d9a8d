"""The screen as analysed: what each area looked like when it was last read (or moved).

Changes are found against this image, not against the previous frame: an area whose read was
deferred keeps its old pixels here until it is read, so it stays a change until then. The
ChangeFinder caches work per tile and must hear of every write to the image, so both live here
and every write goes through `copy`.
"""

from __future__ import annotations

import numpy as np

from pipeline.analysis.changes import ChangeConfig, ChangeFinder
from pipeline.core.types import Box


class Reference:
    """The analysed pixels, or none (nothing analysed yet, or forgotten after a failure: the
    next frame is read whole)."""

    def __init__(self, config: ChangeConfig):
        self._image: np.ndarray | None = None
        self._changes = ChangeFinder(config)

    @property
    def blank(self) -> bool:
        return self._image is None

    @property
    def image(self) -> np.ndarray:
        assert self._image is not None, "no frame analysed yet"
        return self._image

    def start(self, grey: np.ndarray) -> list[Box]:
        """Begin afresh with `grey`: all of it is to be read (and copied here once read)."""
        height, width = grey.shape
        self._image = np.zeros_like(grey)
        self._changes.reset()
        return [Box(0, 0, width, height)]

    def changes(self, grey: np.ndarray) -> list[Box]:
        """Areas where `grey` differs from what was analysed."""
        return self._changes.find(self.image, grey)

    @property
    def repeated(self) -> bool:
        """Whether the frame of the last `changes` showed the very pixels of the frame before."""
        return self._changes.repeated

    def copy(self, grey: np.ndarray, boxes: list[Box]) -> None:
        """`boxes` of `grey` are analysed now (read, or their words moved with a scroll)."""
        image = self.image
        height, width = grey.shape
        for box in boxes:
            b = box.clip(width, height)
            image[b.y : b.y2, b.x : b.x2] = grey[b.y : b.y2, b.x : b.x2]
        self._changes.reference_changed(boxes)

    def reset(self) -> None:
        self._image = None
        self._changes.reset()
