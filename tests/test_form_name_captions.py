"""An official form's name caption: "Employee's surname and forenames" over the name in capitals
(a P60 end of year certificate in a PDF viewer), "Surname and forenames", "Forename(s)". The
label "surname" matched alone and the caption's other words stood after it, so no value was
looked for; a possessive before the label ("Employee's", "Customer's") put the caption's start
left of the label's word, and the value under the caption's start lay outside the label's reach.
Found on a variant of the scene payslip_pdf (corpus38/scn1/v1) at scale 0.75: the P60's name
readable 11.0-11.6 s (the box's left edge read as "|" before the caption and the name). Values
are invented."""

import pytest

from tests.helpers import text_layout


def _people(detector, caption: str, value: str) -> set[str]:
    rows = [
        (217, 156, caption),
        (648, 156, "National Insurance number"),
        (218, 171, value),
        (649, 171, "JT 48 21 07 C"),
    ]
    lt, findings = detector.find_spans(text_layout(*rows, char_w=8, line_h=11))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    ("caption", "value"),
    [
        ("Employee's surname and forenames", "OYINKANSOLA THWAITESBY"),
        ("| Employee's surname and forenames", "| OYINKANSOLA THWAITESBY"),
        ("Surname and forenames", "OYINKANSOLA THWAITESBY"),
        ("Employee's surname", "THWAITESBY"),
        ("Forename(s)", "OYINKANSOLA"),
    ],
)
def test_the_name_under_a_forms_name_caption_is_a_person(detector, caption, value):
    found = _people(detector, caption, value)
    assert any(value.strip("| ") in v for v in found), found


def test_a_possessive_caption_of_another_kind_takes_no_name(detector):
    assert not _people(detector, "Employee's tax code", "1257L")
