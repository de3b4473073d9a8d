"""A sort code the gate looks for is a sort code: three groups of two digits, matched whole
(issue 17, hr_payroll_sheet of corpus42: a clean output blocked on SORT_CODE seen_value x8, a
salary cell read without its pound sign and comma, left of the sheet's sort-code column, matching whole a "sort code"
the analysis kept at 8.3 s: the text under a box of the sort-code column that held a salary
cell, five digits, no sort code's shape; other boxes held the salary and the sort code glued,
'£<salary> <sort code>', eleven digits, whose runs of digits any salary of the sheet spells a
piece of). Only the runs of a sort code's shape in what the analysis kept are its values, each
looked for whole. Values are invented."""

from __future__ import annotations

import pytest

from pipeline.analysis.values import SeenValues

CODE = "40-12-77"


def _seen(*texts: str) -> SeenValues:
    seen = SeenValues()
    for i, text in enumerate(texts):
        seen.add("SORT_CODE", text, 8.0 + i)
    return seen


@pytest.mark.parametrize(
    "kept",
    [
        "£48,500",  # the column's box over a salary cell
        "48,500",
        f"£48,500 {CODE}",  # the salary glued before the sort code
    ],
)
def test_a_salary_is_no_sort_code_for_the_gate(kept):
    seen = _seen(kept)
    assert seen.find(["Finance", "48", "500", "Leeds"]) == []
    assert seen.find(["£48,500"]) == []
    assert seen.find(["48500", "40"]) == []


@pytest.mark.parametrize("kept", [CODE, f"£48,500 {CODE}", "40 12 77", "401277", f"Sort code: {CODE}"])
def test_the_sort_code_is_still_found_whole(kept):
    seen = _seen(kept)
    for words in (["Payee", CODE, "ref"], ["40", "12", "77"], ["401277"]):
        pieces = seen.find(words)
        assert [(p.entity_type, p.whole) for p in pieces] == [("SORT_CODE", True)], words


def test_five_of_its_six_digits_are_no_piece():
    """Its last five digits, "0-12-77", of a row cut by the sheet's edge, or any five digits of it in an amount."""
    seen = _seen(CODE)
    assert seen.find(["0-12-77"]) == []
    assert seen.find(["£40,127"]) == []
    assert seen.find(["40127"]) == []
