"""A reference among a record's subtitle details: a caseworker's, an insurer's or a claims
handler's header line lists the record's facts parted by '·' (OCR often reads it '-'), one of
them a caption and its number ("<stage> · Case ref <ref> · Applied <date>"). The caption
is one of the details, and the number after it is the person's (pipeline/detection/labels.py,
f40d2b1's role rule kept for a detail with no number). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, value",
    [
        ("Student route · Extension · Case ref GWF047329185 · Applied 02/03/2026 online", "GWF047329185"),
        ("Student route - Extension - Case ref GWF047329185 - Applied 02/03/2026 online", "GWF047329185"),
        ("Motor · Third party · Claim ref 4471902 · Opened 02/03/2026", "4471902"),
        ("Home insurance · Policy no. HX-4471220 · Renews 02/03/2026", "HX-4471220"),
    ],
)
def test_a_reference_among_a_subtitle_s_details_is_found(detector, row, value):
    found = _found(detector, "QUENBY, Orlaith Maeve", row)
    assert any(v == value for _, v in found), found


@pytest.mark.parametrize(
    "row",
    [
        "Organiser · Parent/Guardian",
        "Standard plan · Account settings · Reference guide",
        "Premium · Account number hidden · Help",
    ],
)
def test_a_caption_word_among_details_without_a_number_finds_nothing(detector, row):
    found = _found(detector, "Orlaith Quenby", row)
    assert not {v for _, v in found if v in row}, found
