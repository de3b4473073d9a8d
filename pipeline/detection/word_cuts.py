"""Words cut where OCR glued markup to the values it wraps: each part boxed where its characters lie."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline.core.types import Box, Layout, OcrWord, TextLine


def cut_word(word: OcrWord, offsets: Iterable[int]) -> list[OcrWord]:
    """`word` cut at each of `offsets` (characters into its text) that falls inside it, the parts'
    boxes in proportion to their characters (a monospace or UI font: near enough for a box
    padded like any other)."""
    n = len(word.text)
    cuts = sorted({0, n, *(i for i in offsets if 0 < i < n)})
    if len(cuts) == 2:
        return [word]
    step = word.box.w / n
    parts = []
    for start, end in zip(cuts, cuts[1:]):
        x = word.box.x + round(start * step)
        w = max(1, round((end - start) * step))
        parts.append(OcrWord(word.text[start:end], Box(x, word.box.y, w, word.box.h), word.conf))
    return parts


def with_words_cut(layout: Layout, cuts_of: Callable[[OcrWord], Iterable[int]]) -> Layout:
    """`layout` with each word cut at the offsets `cuts_of` gives for it (`cut_word`); the same
    layout when no word is cut."""
    lines = []
    for line in layout.lines:
        words = tuple(part for word in line.words for part in cut_word(word, cuts_of(word)))
        lines.append(TextLine(words) if len(words) > len(line.words) else line)
    if all(new is old for new, old in zip(lines, layout.lines, strict=True)):
        return layout
    return Layout(tuple(lines), layout.fields)
