"""An amount is no cell of an identifier's column (issue 17, class: a case or HR page's cards of
'Caption  value' lines beside or under a remembered grid: 'Salary  £29,000 per year' lined up
with its 'Passport no.' column). Found on visa_application (corpus38/scn3) by benchmarks/gate.py
(ad8ecd0, last sitting): a false block, NATIONAL_ID x8, 7 of them a seen value's match on the
Sponsor card's salary (0-6 s), which the analysis typed NATIONAL_ID from 18.3 s. Traced on a
17.8-19.4 s cut through the real analysis (TableFinder._cells hooked): the remembered Dependants
grid, its rows shown, typed the cards' row 'Passport no. <id> ... Salary £29,000 per year' by its
columns, and the salary fell in its passport column; an identifier's cell needed only a digit.
A date of birth's column already refused amounts (_date_shape); every column whose values need
a digit does now. Values are invented."""

from __future__ import annotations

import pytest

from pipeline.detection.structure.cells import cell_shape_ok
from tests.helpers import text_layout


@pytest.mark.parametrize("entity", ["NATIONAL_ID", "ACCOUNT_NUMBER", "UK_NINO", "CREDIT_CARD", "DATE_OF_BIRTH"])
@pytest.mark.parametrize("amount", ["£29,000 per year", "$1,250.00", "€ 480", "12.5%"])
def test_an_amount_is_no_identifier(entity, amount):
    assert not cell_shape_ok(entity, amount)


@pytest.mark.parametrize(
    ("entity", "value"), [("NATIONAL_ID", "A79411793"), ("ACCOUNT_NUMBER", "31926819"), ("UK_NINO", "QQ 12 34 56 C")]
)
def test_an_identifier_still_is_one(entity, value):
    assert cell_shape_ok(entity, value)


def test_a_salary_lined_up_with_a_passport_column_is_no_id(detector):
    layout = text_layout(
        (31, 100, "Relationship"),
        (262, 100, "Name"),
        (580, 100, "Date of birth"),
        (814, 100, "Nationality"),
        (1018, 100, "Passport no."),
        (31, 126, "Spouse"),
        (262, 126, "Tobiah Okafor"),
        (580, 126, "01 June 1983"),
        (814, 126, "Nigerian"),
        (1018, 126, "A79411793"),
        (31, 152, "Child"),
        (262, 152, "Ada Okafor"),
        (580, 152, "24 April 2019"),
        (814, 152, "Nigerian"),
        (1018, 152, "A35411353"),
        (859, 178, "Salary"),
        (985, 178, "£29,000 per year"),
    )
    lt, findings = detector.find_spans(layout)
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert not any("29,000" in text for _, text in found), found
    assert ("NATIONAL_ID", "A35411353") in found or ("US_PASSPORT", "A35411353") in found, found
