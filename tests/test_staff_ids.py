"""A person's number at an employer under a people directory's small caption: a short prefix
and fewer digits than a bank account's (scene org_chart, an intranet person card: 'EMPLOYEE ID'
over '<2 letters><5 digits>'). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows, value",
    [
        (["DESK / LOCATION", "Floor 2, Desk 2.31", "EMPLOYEE ID", "QX40718", "START DATE", "3 Feb 2021"], "QX40718"),
        (["Employee ID: 48213"], "48213"),
        (["Staff number   E-1045"], "E-1045"),
        (["Student ID S1234567"], "S1234567"),
        (["Employee number 10458839"], "10458839"),  # the long form, as before
    ],
)
def test_an_employee_id_under_or_beside_its_caption_is_an_account_number(detector, rows, value):
    found = _found(detector, *rows)
    assert ("ACCOUNT_NUMBER", value) in found, found


@pytest.mark.parametrize("row", ["Employee ID   Not assigned", "Staff ID badge reader v2", "Badge ID: pending"])
def test_an_employee_id_caption_without_a_number_finds_nothing(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "ACCOUNT_NUMBER"}
