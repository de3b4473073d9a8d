"""Issue 17: a password manager's hidden password, a row of masking dots, read by the gate's OCR
as zeros and dots at low confidence ("00000.0.00.0" at 33 under a "Password" caption) is no
readable password (password_vault of corpus_n2: PASSWORD structural x12 blocked a clean output).
A value of other characters, or zeros read with confidence, is still reported."""

from __future__ import annotations

import pytest

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, Layout, OcrWord
from pipeline.redact.verify import FindingBasis, _TablesMemory, reported_basis


def _item(value: str, conf: float) -> Layout:
    """A vault item's caption over its value, boxes as the gate's OCR gave them (x=695)."""
    words = [
        OcrWord("Username", Box(695, 230, 60, 12), 96.0),
        OcrWord("Password", Box(695, 281, 53, 11), 97.0),
        OcrWord(value, Box(696, 298, 8 * len(value), 12), conf),
        OcrWord("Website", Box(695, 339, 49, 13), 96.0),
    ]
    return group_lines(words)


@pytest.mark.parametrize(
    "value, conf, reported",
    [
        ("00000.0.00.0", 33.0, False),  # the dots, as read on password_vault
        ("oooooooooooo", 40.0, False),
        ("00000.0.00.0", 92.0, True),  # read with confidence: what the screen shows
        ("Zx81!secretQ", 33.0, True),  # a password read poorly is still one
        ("0o0O8o0o", 33.0, True),  # one character no dot reads as
    ],
)
def test_masking_dots_read_as_zeros_are_no_password(detector, value, conf, reported):
    layout = _item(value, conf)
    found = [d for d in detector.detect(layout, _TablesMemory()) if d.entity_type == "PASSWORD"]
    assert found, "the caption's value is found"
    basis = reported_basis(found[0], layout, [])
    assert (basis == FindingBasis.STRUCTURAL) is reported
