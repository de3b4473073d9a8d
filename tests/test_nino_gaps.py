"""A National Insurance number beside its caption, its digits' gaps read in the wrong places: a
member's or an employee's summary card ("NI number   <AB 12 34 56 C>") scaled down. OCR read the
pairs' spaces as one gap after the first digit ("<AB> <1> <23456C>"): no shape the caption's
value or the number's recognizer took. Found on the new scene pension_portal (corpus39/scn1) by
redact eval at --degrade scale=0.75: UK_NINO readable 0-35 s (41 sightings), the analysis's OCR
read as above (traced on a 4 s cut); as recorded it was found. Values are invented."""

import pytest

from tests.helpers import text_layout


def _ninos(detector, value: str) -> set[str]:
    rows = [(23, 158, "Member number"), (117, 158, "40917362"), (23, 174, "NI number"), (117, 174, value)]
    lt, findings = detector.find_spans(text_layout(*rows, char_w=5, line_h=8))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "UK_NINO"}


@pytest.mark.parametrize("value", ["JT 4 82107C", "JT 48 2 107 C", "JT48 21 07C", "JT 48 21 07 C"])
def test_a_nino_with_its_gaps_misread_beside_its_caption(detector, value):
    assert value in _ninos(detector, value)


@pytest.mark.parametrize("value", ["Not provided", "Pending", "JT 4821"])
def test_no_number_beside_the_caption_is_none(detector, value):
    assert not _ninos(detector, value)
