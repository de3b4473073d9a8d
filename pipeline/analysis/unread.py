"""Fail closed where reading failed: text lines that no OCR pass read with confidence.

A line the line finder found, shaped like text, whose best reading (after the second engine's,
analysis/ocr.py) is weak or covers little of its width, may hold anything, a name included. It
becomes a finding of its own type, UNREAD_TEXT, tracked like any other: purposes whose policy
lists the type (training) mask it, the others leave it readable, and the plan counts it
(stats `unread_lines`) for QA.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.core.types import Box, Detection, OcrWord

UNREAD_TEXT = "UNREAD_TEXT"
MIN_ASPECT = 2.5  # narrower: a checkbox, an icon or a single glyph, not text we could miss
CHAR_WIDTH = 0.45  # a character's advance as a share of the line box's height (UI fonts)
MIN_COVERAGE = 0.25  # a reading with fewer characters than this share of what fits: mostly unread


def unread_lines(lines: Sequence[Box], read: Sequence[Sequence[OcrWord]], below: float) -> list[Detection]:
    """A finding for each text-shaped line whose words, weighed by their letters and digits,
    were read with a mean confidence (0-100) under `below`, or which gave far fewer characters
    than its width holds."""
    found = []
    for line, words in zip(lines, read):
        if line.w < MIN_ASPECT * line.h:
            continue
        sizes = [sum(c.isalnum() for c in w.text) for w in words]
        total = sum(sizes)
        weak = total > 0 and sum(w.conf * n for w, n in zip(words, sizes)) < below * total
        fits = line.w / (CHAR_WIDTH * line.h)
        if weak or sum(len(w.text) for w in words) < MIN_COVERAGE * fits:
            found.append(Detection(UNREAD_TEXT, 1.0, line, "ocr_confidence", ""))
    return found
