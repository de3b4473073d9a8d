"""A column of dates read down as one block is no phone number (class: CRM and admin grids with
a "Last contact" / "Created" / "Due" column). Found on crm_grid (corpus34/gate, as recorded):
the grid's date column, each row "<d> Aug <yyyy>" (one row read without its month), was one
block of lines to the wrap pass, and Presidio's phone pattern read a year, the next row's day
and year and the day after ("<yyyy>" / "<d> <yyyy>" / "<d>") as a phone number's ten digits;
remembered, that "number" masked dates and amounts across the grid, and the gate blocked the
clean output on its pieces in every date (PHONE_NUMBER x3484). A date ends its value at a line's
end, as an amount does. Values invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows",
    [
        ("Last contact", "22 Aug 2025", "7 2025", "1 Aug 2025", "14 Aug 2025"),
        ("Due", "Aug 22, 2025", "7 2025", "1 Aug 2025"),
        ("Created", "22/08/2025", "7 2025", "1/08/2025"),
    ],
)
def test_a_column_of_dates_is_no_phone_number(detector, rows):
    assert not {v for t, v in _found(detector, *rows) if t == "PHONE_NUMBER"}, _found(detector, *rows)


def test_a_phone_number_wrapped_in_a_message_is_still_found(detector):
    found = _found(detector, "Sure, my new mobile is 07700", "900123 if you need me")
    assert any(t == "PHONE_NUMBER" and "07700" in v and "900123" in v for t, v in found), found
