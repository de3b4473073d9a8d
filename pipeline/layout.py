"""Grouping OCR words into visual lines, and picking the words around a changed area."""

from __future__ import annotations

from typing import Iterable, Sequence

from .types import Box, Layout, OcrWord, TextLine


def group_lines(words: Iterable[OcrWord]) -> Layout:
    """Words that share a baseline band and sit close together form one line, left to right.

    Two windows side by side can put unrelated text at the same height; a gap wider than a few
    word heights starts a new line so that labels only pair with their own values.
    """
    ordered = sorted(words, key=lambda w: (w.box.y + w.box.h / 2, w.box.x))
    lines: list[list[OcrWord]] = []
    for word in ordered:
        target = None
        for line in reversed(lines[-8:]):  # only recent lines can share this band
            if _same_line(line, word):
                target = line
                break
        if target is None:
            lines.append([word])
        else:
            target.append(word)
    text_lines = [TextLine(tuple(sorted(line, key=lambda w: w.box.x))) for line in lines]
    text_lines.sort(key=lambda line: (line.box.y, line.box.x))
    return Layout(tuple(text_lines))


def _same_line(line: Sequence[OcrWord], word: OcrWord) -> bool:
    band = Box.union_all(w.box for w in line)
    assert band is not None
    overlap = min(band.y2, word.box.y2) - max(band.y, word.box.y)
    if overlap < 0.5 * min(band.h, word.box.h):
        return False
    height = max(word.box.h, 8)
    gap = min(abs(word.box.x - w.box.x2) if word.box.x >= w.box.x2 else abs(w.box.x - word.box.x2) for w in line)
    return gap <= 6 * height


def words_near(words: Iterable[OcrWord], areas: Sequence[Box], width: int, context: int) -> list[OcrWord]:
    """Words on the full-width bands around `areas`, `context` pixels above and below: enough to
    see a label on the same line or the line above its value."""
    bands = [Box(0, a.y - context, width, a.h + 2 * context) for a in areas]
    return [w for w in words if any(w.box.intersects(b) for b in bands)]
