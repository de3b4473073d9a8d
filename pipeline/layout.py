"""Grouping OCR words into visual lines, and picking the words around a changed area."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .types import Box, Layout, OcrWord, TextLine


def group_lines(words: Iterable[OcrWord]) -> Layout:
    """Words that share a baseline band and sit close together form one line, left to right.

    Two windows side by side can put unrelated text at the same height; a gap wider than a few
    word heights starts a new line so that labels only pair with their own values. The result
    does not depend on the order words arrive in: a word that joins two lines of the same band
    (a surname read after the label and the first name, each too far from the other part)
    merges them into one.
    """
    ordered = sorted(words, key=lambda w: (w.box.y + w.box.h / 2, w.box.x))
    lines: list[list[OcrWord]] = []
    for word in ordered:
        recent = lines[-8:]  # only recent lines can share this band
        joined = [line for line in recent if _same_line(line, word)]
        if not joined:
            lines.append([word])
            continue
        target = joined[-1]
        target.append(word)
        for other in joined[:-1]:
            if _bands_overlap(other, target):  # not two rows that a tall misread word spans
                target.extend(other)
                lines.remove(other)
    text_lines = [TextLine(tuple(sorted(line, key=lambda w: w.box.x))) for line in lines]
    text_lines.sort(key=lambda line: (line.box.y, line.box.x))
    return Layout(tuple(text_lines))


def _band(words: Sequence[OcrWord]) -> Box:
    band = Box.union_all(w.box for w in words)
    assert band is not None
    return band


def _bands_overlap(a: Sequence[OcrWord], b: Sequence[OcrWord]) -> bool:
    band_a, band_b = _band(a), _band(b)
    overlap = min(band_a.y2, band_b.y2) - max(band_a.y, band_b.y)
    return overlap >= 0.5 * min(band_a.h, band_b.h)


def _same_line(line: Sequence[OcrWord], word: OcrWord) -> bool:
    if not _bands_overlap(line, (word,)):
        return False
    height = max(word.box.h, 8)
    # horizontal distance between the boxes; 0 when they overlap (OCR can return a word box
    # that spans its neighbours)
    gap = min(max(word.box.x, w.box.x) - min(word.box.x2, w.box.x2) for w in line)
    return gap <= 6 * height


def words_near(words: Iterable[OcrWord], areas: Sequence[Box], width: int, context: int) -> list[OcrWord]:
    """Words on the full-width bands around `areas`, `context` pixels above and below: enough to
    see a label on the same line or the line above its value."""
    bands = [Box(0, a.y - context, width, a.h + 2 * context) for a in areas]
    return [w for w in words if any(w.box.intersects(b) for b in bands)]
