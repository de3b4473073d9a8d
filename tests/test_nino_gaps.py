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


@pytest.mark.parametrize("value", ["JT 48.2107C", "JT 48.21.07C", "JT48.21 07 C"])
def test_a_nino_with_a_gap_read_as_a_dot_in_a_comparison_row(detector, value):
    """A joint application's record compares two applicants in columns ('NI number | <1st> |
    <2nd>'); at crf 36 OCR read a pair's space in the second one as a dot ('<AB> <12>.<3456C>',
    confidence 95): no shape took it, and it stayed readable 0-51 s (mortgage_application at
    crf 36, corpus40/scn1). Values are invented."""
    rows = [
        (40, 300, "Date of birth"),
        (211, 300, "30/03/1991"),
        (735, 300, "07/11/1989"),
        (40, 336, "NI number"),
        (211, 336, "KM 26 57 83 B"),
        (735, 336, value),
        (40, 361, "Current address"),
        (211, 361, "Flat 3, Oak Row"),
    ]
    lt, findings = detector.find_spans(text_layout(*rows))
    assert value in {lt.text[f.start : f.end] for f in findings if f.entity_type == "UK_NINO"}


@pytest.mark.parametrize("value", ["JT 48 21070", "JT 48 21078"], ids=["D read 0", "B read 8"])
def test_a_nino_whose_suffix_letter_was_read_as_a_digit_under_its_caption(detector, value):
    """A payslip's boxed cells, captions over values ("EMPLOYEE NO. | NI NUMBER | TAX CODE"),
    scaled to 66 %: the number's last letter read as a digit ('<AB> <12> <34560>'), a shape
    neither the caption's value nor the recognizer took, and it stayed readable in the first
    frames (payslip_pdf, 0-5 s). Values are invented."""
    rows = [(197, 246, "EMPLOYEE NO."), (288, 246, "NI NUMBER"), (377, 246, "TAX CODE")]
    rows += [(197, 262, "846511"), (288, 262, value), (377, 262, "1185L")]
    lt, findings = detector.find_spans(text_layout(*rows, char_w=5, line_h=8, pitch=16))
    assert value in {lt.text[f.start : f.end] for f in findings if f.entity_type == "UK_NINO"}
