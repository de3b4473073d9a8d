"""A bank statement's rows as text rows through the real detector (issue 16 precision, class: a
statement whose rows end in an amount and open with a date, scene statement_print): the
detector reads a block's line breaks where a value may run on (digits on both sides) once more
as spaces, so that a phone number wrapped in a chat bubble is one number (structure/wraps.py);
a row's amount ("2,310.00") and the next row's date ("21 NOV") were read there as one phone
number. An amount of money ends its value; a number wrapped after digits is still one."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout

ROWS = [
    "22 NOV BANK GIRO CREDIT REF NORTHWIND LTD SALARY 2,310.00",
    "21 NOV CARD PAYMENT TO TESCO STORES 3345 12.40",
    "20 NOV DIRECT DEBIT BRITISH GAS 64.10",
    "19 NOV CARD PAYMENT TO COSTA COFFEE 3.85",
]


def _found(detector, *rows: str) -> list[tuple[str, str]]:
    lt, found = detector.find_spans(text_layout(*rows))
    return [(f.entity_type, lt.text[f.start : f.end]) for f in found]


@pytest.mark.parametrize("first", range(len(ROWS) - 1))
def test_an_amount_at_a_row_s_end_and_the_next_row_s_date_are_no_phone_number(detector, first):
    assert not [t for t, _ in _found(detector, *ROWS[first:]) if t == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "upper, lower",
    [
        ("Sure, call me on 07700", "900123 after five"),  # digits before the break: one number
        ("Sure, call me on +44 20 7946", "0958 after five"),
    ],
)
def test_a_phone_number_wrapped_after_its_digits_is_still_one(detector, upper, lower):
    phones = [text for t, text in _found(detector, upper, lower) if t == "PHONE_NUMBER"]
    assert phones and any("\n" in text for text in phones)
