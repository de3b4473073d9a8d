"""Lines whose glyphs an edge cuts: a row half scrolled out of a grid's viewport or under its
sticky header, a line a window's edge hides in part.

OCR reads what is left of such a line, and NER reads that: a company's name in a grid's last,
half-scrolled row, its last word cut ("<Brand> <Brand>" of "<Brand> <Brand> Realty"), is taken
for a person's. Masked there, it does no harm (fail closed); remembered, it is masked in every
row that writes the company, and its words too, for the rest of the recording (crm_grid: the
Company column's first words masked on every row, which the gate then reported as the pieces
of a person seen). A clipped line's NER-only findings are therefore masked but not learnt.

A line is clipped when it is much less tall than the lines just above and below it in its
column (the rows of its grid, the lines of its paragraph): an edge took the top or the bottom
of its letters. The analysis reads the words around a change in frame coordinates; where the
viewport's edges lie is not handed on, so the lines' heights are what says it.
"""

from __future__ import annotations

import numpy as np

from pipeline.detection.text import LayoutText

# appended to the recognizer of a finding on a clipped line that nothing else found: it is
# masked, but neither the value memory nor the gate's seen values (analysis/values.py) learn it
CLIPPED = ":clipped"
# appended likewise to NER's person of one word that English also writes as a common word
# (names.NameLexicon.is_common_word_name: a group chat's "<Word> refit"): masked where NER found
# it, but remembered it hid that word wherever the recording showed it (the detector's memory)
WORD_NAME = ":word"
CLIPPED_SHARE = 0.7  # of its neighbours' median height: a line less tall than this is cut
NEIGHBOURS = 2  # lines looked at on each side, above and below, in the line's column
MIN_NEIGHBOURS = 2  # fewer neighbours say nothing about the line's own height
REACH_HEIGHTS = 3.0  # a neighbour lies at most this many of its heights away


class ClippedLines:
    """Which lines of one layout text an edge cut (`clipped`), the lines' boxes read once: the
    detector asks for each line of an NER finding, and a grid's layout has hundreds of lines."""

    def __init__(self, lt: LayoutText):
        boxes = [line.box for line in lt.lines]
        self._x1 = np.array([b.x for b in boxes])
        self._x2 = np.array([b.x2 for b in boxes])
        self._y1 = np.array([b.y for b in boxes])
        self._y2 = np.array([b.y2 for b in boxes])
        self._h = np.array([b.h for b in boxes])
        self._known: dict[int, bool] = {}

    def clipped(self, index: int) -> bool:
        """Whether line `index` is cut by an edge: less tall than CLIPPED_SHARE of the median
        height of the nearest lines above and below it that share its columns (overlap it
        sideways, not beside it on its row). A caption under a heading has one neighbour; a row
        of a grid or a line of a paragraph has rows and lines of the same height around it."""
        known = self._known.get(index)
        if known is None:
            known = self._known[index] = self._clipped(index)
        return known

    def _clipped(self, index: int) -> bool:
        x1, x2, y1, y2, h = (int(a[index]) for a in (self._x1, self._x2, self._y1, self._y2, self._h))
        column = np.minimum(self._x2, x2) > np.maximum(self._x1, x1)
        heights: list[int] = []
        for gaps in (y1 - self._y2, self._y1 - y2):  # above, below (a negative gap: beside it)
            near = column & (gaps >= 0) & (gaps <= REACH_HEIGHTS * self._h)
            near[index] = False
            found = np.flatnonzero(near)
            nearest = found[np.argsort(gaps[found], kind="stable")[:NEIGHBOURS]]
            heights.extend(int(v) for v in self._h[nearest])
        if len(heights) < MIN_NEIGHBOURS:
            return False
        heights.sort()
        return h < CLIPPED_SHARE * heights[len(heights) // 2]


def clipped_line(lt: LayoutText, index: int) -> bool:
    """Whether line `index` of `lt` is cut by an edge (`ClippedLines.clipped`)."""
    return ClippedLines(lt).clipped(index)


def on_clipped_line(recognizer: str) -> bool:
    """Whether a detection's `recognizer` says it was found only on a clipped line."""
    return recognizer.endswith(CLIPPED)


def not_learnt(recognizer: str) -> bool:
    """Whether a detection's `recognizer` says it is masked but taught nothing: found only on a
    clipped line, or NER's one-word person that is a common English word too."""
    return recognizer.endswith((CLIPPED, WORD_NAME))


def recognizer_of(recognizer: str) -> str:
    """The recognizer that found a detection, on a clipped line or not, a common word or not."""
    return recognizer.removesuffix(CLIPPED).removesuffix(WORD_NAME)
