"""Grouping OCR words into visual lines, and picking the words around a changed area."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from pipeline.core.types import Box, Layout, OcrWord, TextLine, intersecting

TALL_WORD = 1.8  # a word this many times the height of its line's band is no text of it


def group_lines(words: Iterable[OcrWord]) -> Layout:
    """Words that share a baseline band and sit close together form one line, left to right.

    Two windows side by side can put unrelated text at the same height; a gap wider than a few
    word heights starts a new line so that labels only pair with their own values. The result
    does not depend on the order words arrive in: a word that joins two lines of the same band
    (a surname read after the label and the first name, each too far from the other part)
    merges them into one.
    """
    ordered = sorted(words, key=lambda w: (w.box.y + w.box.h / 2, w.box.x))
    lines: list[_Line] = []
    for word in ordered:
        joined = _takers(lines, word)
        if not joined:
            lines.append(_Line(word))
            continue
        target = joined[-1]
        target.add(word)
        for other in joined[:-1]:
            # parts of one line side by side, not two rows: a graphic read as words (an avatar's
            # edge, its initials) can stretch a heading's band over the caption under it
            if _overlap(other.y1, other.y2, target.y1, target.y2) and not _rows_apart(other, target):
                for moved in other.words:
                    target.add(moved)
                lines.remove(other)
    text_lines = [TextLine(tuple(sorted(line.words, key=lambda w: w.box.x))) for line in lines]
    text_lines.sort(key=lambda line: (line.box.y, line.box.x))
    return Layout(tuple(text_lines))


def _takers(lines: list[_Line], word: OcrWord) -> list[_Line]:
    """The lines that take `word`, oldest first. Only lines still open can share its band: the
    words come in the order of their centres, so a line two word heights above its top is done,
    and so, near enough, are those begun before it. Not a fixed number of the last lines: a
    wide grid's row is a line per cell (its columns stand far apart), and the row's words come
    interleaved with theirs, so a cell's first word may come a dozen lines after its second
    (a phone number's area code, centred a pixel lower for its brackets, read apart from the
    rest of the number and left unmasked: crm_grid)."""
    top, reach = word.box.y, 2 * max(word.box.h, 8)
    found = []
    for line in reversed(lines):
        if line.y2 < top - reach:
            break
        if line.takes(word):
            found.append(line)
    found.reverse()
    return found


class _Line:
    """Words gathered into one line so far, with their vertical band kept up to date (this runs
    for every detection call: recomputing the band per word comparison was most of its cost)."""

    __slots__ = ("words", "y1", "y2")

    def __init__(self, word: OcrWord) -> None:
        self.words = [word]
        self.y1, self.y2 = word.box.y, word.box.y2

    def add(self, word: OcrWord) -> None:
        self.words.append(word)
        if word.box.h > TALL_WORD * (self.y2 - self.y1) and len(self.words) > 1:
            # an avatar or icon read as a word ("C)" for a round "M" badge) beside an author line
            # and the message under it: it does not stretch the band over both rows
            return
        self.y1, self.y2 = min(self.y1, word.box.y), max(self.y2, word.box.y2)

    def takes(self, word: OcrWord) -> bool:
        box = word.box
        bx, by, bw, bh = box.x, box.y, box.w, box.h
        bx2, by2 = bx + bw, by + bh
        if not _overlap(self.y1, self.y2, by, by2):
            return False
        # One pass over the line's words (this runs some 300,000 times on a 2-minute session):
        # a word under or over the new one (`_stacked`, written out) is the next row, that a
        # word between the rows (an avatar's initials beside a name and its caption) brought
        # within the line's band; else the nearest word's horizontal gap decides (0 or less
        # where the boxes overlap: OCR can return a word box that spans its neighbours).
        gap = None
        for w in self.words:
            o = w.box
            ox, oy, ow, oh = o.x, o.y, o.w, o.h
            ox2, oy2 = ox + ow, oy + oh
            shared_x = min(bx2, ox2) - max(bx, ox)
            if shared_x > 0.5 * min(bw, ow) and min(by2, oy2) - max(by, oy) < 0.5 * min(bh, oh):
                return False
            g = max(bx, ox) - min(bx2, ox2)
            if gap is None or g < gap:
                gap = g
        return gap is not None and gap <= 6 * max(bh, 8)


def _rows_apart(a: _Line, b: _Line) -> bool:
    """A word of one line stands over a word of the other: they are two rows of text."""
    return any(_stacked(u.box, v.box) for u in a.words for v in b.words)


def _stacked(a: Box, b: Box) -> bool:
    """One box above the other: they share most of the narrower one's columns and few rows."""
    shared_x = min(a.x2, b.x2) - max(a.x, b.x)
    return shared_x > 0.5 * min(a.w, b.w) and not _overlap(a.y, a.y2, b.y, b.y2)


def _overlap(a1: int, a2: int, b1: int, b2: int) -> bool:
    """Two vertical bands overlap by half the smaller one's height."""
    return min(a2, b2) - max(a1, b1) >= 0.5 * min(a2 - a1, b2 - b1)


def words_near(words: Sequence[OcrWord], areas: Sequence[Box], width: int, context: int) -> list[OcrWord]:
    """Words on the full-width bands around `areas`, `context` pixels above and below: enough to
    see a label on the same line or the line above its value."""
    bands = [Box(0, a.y - context, width, a.h + 2 * context) for a in areas]
    return [w for w, hit in zip(words, touching(words, bands)) if hit]


def touching(words: Sequence[OcrWord], areas: Sequence[Box]) -> np.ndarray:
    """For each word, whether its box intersects any of `areas`."""
    return intersecting([w.box for w in words], areas)
