"""Words cut where OCR glued markup to the values it wraps: each part boxed where its characters lie."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.core.types import Box, OcrWord


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
