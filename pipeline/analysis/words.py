"""Words of the screen kept from earlier reads, so that only what changed is read again.

A word stays known while its pixels do not change; when its area scrolls it moves with it, as
long as it moved cleanly (else it is read again where it went). Lines read while a scroll's
entering edge cut them showed only part of themselves: they are remembered as cut and read
once more after their area's next move, when more of them shows.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from pipeline.analysis.motion import Motion
from pipeline.core.layout import words_near
from pipeline.core.types import Box, OcrWord, intersecting


class WordCache:
    """The words known on screen (frame coordinates) and the lines read while cut."""

    def __init__(self, max_cut_lines: int, small: int):
        self._max_cut = max_cut_lines
        self._small = small  # pixels per side of a spot that counts as small (typing, the pointer)
        self._words: list[OcrWord] = []
        self._cut: deque[Box] = deque(maxlen=max_cut_lines)

    def replace(self, read: list[Box], lines: Iterable[list[OcrWord]]) -> None:
        """`read` areas were read again: their old words go, the lines' new words come. A word
        goes where the middle half of its rows meets a read area: a word box that OCR spread a
        pixel or two over the line above or below (a long token read in a scaled-down terminal)
        is no word of that line, whose read does not bring it back. Taken with it, the token
        was gone from the words detection saw when the line above was read again after a
        scroll: the finding shrank to the token's first words, and the rest of an API key
        stayed readable (terminal_ops_secrets at 75 %)."""
        middles = [
            Box(w.box.x, w.box.y + w.box.h // 4, w.box.w, max(1, w.box.h - 2 * (w.box.h // 4))) for w in self._words
        ]
        self._words = [w for w, hit in zip(self._words, intersecting(middles, read)) if not hit]
        for words in lines:
            self._words.extend(words)

    def mark_cut(self, lines: Iterable[Box]) -> None:
        """These lines were read where a scroll's edge may cut them: read them once more after
        their area's next move."""
        self._cut.extend(lines)

    def read_before(self, lines: list[Box], changed: list[Box], confident: float) -> list[Box]:
        """Boxes of the known words read with `confident` confidence or more that meet `lines`
        and lie clear of `changed` (what changed since they were read, or waits to be read):
        letters already read whose pixels are as they were."""
        if not lines:
            return []
        near = [w for w, hit in zip(self._words, intersecting([w.box for w in self._words], lines)) if hit]
        stale = intersecting([w.box for w in near], changed)
        return [w.box for w, gone in zip(near, stale) if not gone and w.conf >= confident]

    def near(self, areas: list[Box], width: int, context: int) -> list[OcrWord]:
        """The known words around `areas` (what detection needs to see with them)."""
        return words_near(self._words, areas, width, context)

    def move(self, motion: Motion) -> list[Box]:
        """Move the words of `motion`'s area with it; return what must be read again there:
        cut lines (they show more of themselves now) and words that did not move cleanly. What
        moves there under what stays at the area's leaving edge (a sticky header) is out of view."""
        area = motion.moved_part()
        remaining: list[Box] = []
        cut, self._cut = self._cut, deque(maxlen=self._max_cut)
        for line in cut:
            moved = line.shift(motion.dx, motion.dy)
            if not line.intersects(area):
                self._cut.append(line)
                continue
            if moved.intersects(area):
                remaining.append(moved.intersection(area))
            # A list scrolls as one area per column (the gaps between cells do not change): a
            # line read across several of them is read again in each, as its own area moves.
            self._cut.extend(_outside(line, area))
        kept: list[OcrWord] = []
        for word in self._words:
            if not _moves_with(word.box, area, motion):
                kept.append(word)
                continue
            new_box = word.box.shift(motion.dx, motion.dy)
            if not new_box.intersects(area):
                continue  # scrolled out of view, or under what stays
            visible = new_box.intersection(area)
            # A word on its way out at the area's edge was read whole before: what still shows
            # of it only moved (the tracker cuts its box to the area too). So did a word with a
            # small spot in it that did not move (the pointer resting over a scrolling list):
            # that spot is a change of its own (residual_boxes), read as small changes are.
            # It is kept where it still shows, its box cut to the area as the tracker cuts: with
            # its whole box the rows of it beyond the area's edge stood over what is there (a
            # web app's bar above a reading pane), where no read of the area reaches its middle,
            # and it stayed known after its area was read again (mail_thread: a signature's
            # line scrolled out of the pane, kept above it and taken for a message's body line).
            # Whole in the area found moving, not only in its moved part: a word cut at a sticky
            # header's edge reaches into the header's rows (read again, such slivers came out
            # unread: 6 -> 32 unread lines on the 120 s session).
            whole = motion.area.contains(word.box)
            if whole and (motion.still(visible) or self._small_spot(motion, visible)):
                kept.append(OcrWord(word.text, visible, word.conf))
            else:  # it did not move cleanly: read again wherever it went
                remaining.append(visible)
                # what of it lies in other areas (a row read as one word over several columns)
                # is read again when those move
                self._cut.extend(_outside(word.box, area))
        self._words = kept
        return remaining

    def reset(self) -> None:
        self._words = []
        self._cut.clear()

    def _small_spot(self, motion: Motion, box: Box) -> bool:
        spot = motion.changed_within(box)
        return spot is not None and spot.w <= self._small and spot.h <= self._small


def _moves_with(box: Box, area: Box, motion: Motion) -> bool:
    """Whether a word's box is in the `area` that moved: it meets it, and across the edge the
    content moves over, its middle lies inside. A word whose middle lies beyond stayed beside
    the area (a sticky header's heading whose descenders reach into the rows the list scrolls
    under)."""
    if not box.intersects(area):
        return False
    if motion.dx == 0:
        return area.y <= box.y + box.h // 2 < area.y2
    if motion.dy == 0:
        return area.x <= box.x + box.w // 2 < area.x2
    return True


def _outside(box: Box, area: Box) -> list[Box]:
    """The parts of `box` left and right of `area` (a line's other columns)."""
    parts = []
    if box.x < area.x:
        parts.append(Box.from_corners(box.x, box.y, area.x, box.y2))
    if box.x2 > area.x2:
        parts.append(Box.from_corners(area.x2, box.y, box.x2, box.y2))
    return parts
