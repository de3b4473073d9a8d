"""When changed areas are read: now, or with a later frame.

At 30 fps a slow scroll changes its entering edge in every frame, and typing, the caret or the
pointer change a small spot in nearly every frame. Reading each such frame cost most of the
analysis; instead they wait and are read together a few times a second (`scroll_read_s`,
`typing_read_s`), and the tracker reaches back over the frames between to the one that first
showed what the later read found. Anything else (a larger change with text) is read at once.

What waits moves with its scrolling area. A change along the edges of a moving area must be
read before the scroll carries it out: should it leave unread (the scroll turned back at once),
the frames whose read waited can no longer be read and are handed back to be masked whole.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.analysis.changes import ChangeConfig
from pipeline.analysis.config import AnalysisConfig
from pipeline.analysis.motion import Motion
from pipeline.core.types import Box

EPS = 1e-6  # seconds: frame times are sums of floats


def edge_reach(change: ChangeConfig) -> int:
    """How far outside the moving pixels a moving area's edges lie: the area is the union of
    change boxes, which are grown and blurred."""
    return 2 * (change.grow + change.blur)


def at_edge(line: Box, motion: Motion, reach: int, leaving: bool = False) -> bool:
    """`line` lies within `reach` pixels of the edge of `motion`'s area where content comes in
    (or, with `leaving`, where it goes out)."""
    area = motion.area
    if not line.intersects(area):
        return False
    dx, dy = (-motion.dx, -motion.dy) if leaving else (motion.dx, motion.dy)
    return (
        (dy < 0 and line.y2 >= area.y2 - reach + dy)
        or (dy > 0 and line.y <= area.y + reach + dy)
        or (dx < 0 and line.x2 >= area.x2 - reach + dx)
        or (dx > 0 and line.x <= area.x + reach + dx)
    )


class ReadScheduler:
    """The areas whose read waits (current coordinates), the moving areas around them (their
    context for detection), the frames whose read waits, and when they must be read."""

    def __init__(self, config: AnalysisConfig, fps: float):
        self._config = config
        self._fps = fps
        self._reach = edge_reach(config.change)
        self._unread: list[tuple[Box, bool]] = []  # (area, must be read before it scrolls out)
        self._motions: list[Motion] = []
        self._deferred: list[int] = []
        self._last_read_s = float("-inf")
        self._due = float("inf")  # time by which what waits must be read

    @property
    def deferred(self) -> tuple[int, ...]:
        """Frames whose read waits for a later frame."""
        return tuple(self._deferred)

    def may_defer(
        self, motions: list[Motion], dirty: list[Box], pts_s: float, has_text: Callable[[Box], bool]
    ) -> list[bool] | None:
        """Whether this frame's read can wait for a later frame: the last read is recent, any
        scroll in it is slow, and each change lies along the edge of a moving area, is small
        (typing, the caret, the pointer, a clock's digit) or holds no text (a scroll bar's
        thumb). If so, for each change: must it be read before its area's moves carry it out
        (else the frames that showed it are masked whole)? None: read now."""
        config = self._config
        interval = config.scroll_read_s if motions else config.typing_read_s
        if pts_s - self._last_read_s >= interval - EPS or pts_s >= self._due - EPS:
            return None
        # how far content moves in one read interval, against the area's size
        steps = config.scroll_read_margin * max(1.0, config.scroll_read_s * max(self._fps, 1.0))
        if any(abs(m.dy) * steps > m.area.h or abs(m.dx) * steps > m.area.w for m in motions):
            return None
        band, limit = config.line_band, config.typing_max
        must_read: list[bool] = []
        for box in dirty:
            inside = [m.area.contains(box) for m in motions]
            # What came in lately at the entering edge: its last rows are read again as they
            # move in, and must be read before they could leave.
            at_entry = [at_edge(box, m, self._reach + band) for m in motions]
            entering = any(at_entry)
            if any(
                i and (e or at_edge(box, m, self._reach, leaving=True)) for m, i, e in zip(motions, inside, at_entry)
            ):
                must_read.append(entering)  # at the leaving edge: read before (the tracker cuts its boxes)
            elif box.w <= limit and box.h <= limit:
                # Small: typing, the caret, a clock's digit, or the pointer, which stays put while
                # a list scrolls under it. Text inside a moving area must be read before the
                # scroll carries it out.
                must_read.append(entering or (any(inside) and has_text(box)))
            elif motions and not has_text(box):
                must_read.append(entering)
            else:
                return None  # a larger change beyond the move, or elsewhere, with text
        self._due = min(self._due, self._last_read_s + interval)
        return must_read

    def defer(self, index: int, dirty: list[Box], must_read: list[bool], motions: list[Motion]) -> None:
        """Frame `index`'s changes (`may_defer`'s answer for them) wait for a later read."""
        self._unread.extend(zip(dirty, must_read))
        self._motions.extend(motions)
        self._deferred.append(index)

    def due(self, pts_s: float) -> bool:
        """Something waits and must be read by this frame, changed or not."""
        return bool(self._unread) and pts_s >= self._due - EPS

    def waiting(self) -> tuple[list[Box], list[Motion]]:
        """What waits to be read and the moving areas it came in through."""
        return [box for box, _ in self._unread], list(self._motions)

    def read(self, pts_s: float) -> list[int]:
        """All that waited was read (and handed to detection) at `pts_s`: the frames whose read
        it was, whose findings are now those of this read."""
        covers = self._deferred
        self._unread, self._motions, self._deferred = [], [], []
        self._last_read_s = pts_s
        self._due = float("inf")
        return covers

    def recheck(self, lines: list[Box], pts_s: float, within: float | None = None) -> None:
        """`lines` were read provisionally (cut at a scroll's entering edge, or while a redraw
        settled): read them again within `within` seconds (a scroll read interval unless
        given), or with the next read if one comes sooner. They move with their area
        meanwhile; should they leave it, they were read."""
        if lines:
            self._unread.extend((line, False) for line in lines)
            delay = self._config.scroll_read_s if within is None else within
            self._due = min(self._due, pts_s + delay)

    def move(self, motion: Motion) -> list[int]:
        """What waits moves with its area. Should some of it that must be read leave the area
        unread, the frames whose read waited are returned (and forgotten): they can no longer
        be read, and must be masked whole."""
        area, moved, lost = motion.area, [], False
        for box, must_read in self._unread:
            if not box.intersects(area):
                moved.append((box, must_read))
                continue
            shifted = box.intersection(area).shift(motion.dx, motion.dy)
            # what leaves at the other edge was read before (it is only gone sooner)
            lost = lost or (must_read and not area.contains(shifted))
            if shifted.intersects(area):
                moved.append((shifted.intersection(area), must_read))
            if not area.contains(box):
                moved.append((box, must_read))  # its part outside did not move: read where it is
        self._unread = moved
        if not lost:
            return []
        frames, self._deferred = self._deferred, []
        return frames

    def reset(self) -> None:
        """Forget what waits (the next frame is read whole). The last read's time stays."""
        self._unread, self._motions, self._deferred = [], [], []
        self._due = float("inf")
