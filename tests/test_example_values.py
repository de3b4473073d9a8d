"""A form's hint or placeholder that shows an example of what to type ("e.g. name@example.com",
"For example, QQ 12 34 56 C") shows no one's value: it stays readable, while the values typed
beside it are still found (filters.py `_an_example`). In prose an "e.g." can stand before a real
value, which stays found unless it is at a documentation domain. Values invented."""

from __future__ import annotations

import pytest

from pipeline.detection.detector import Detector
from tests.helpers import text_layout


def _found(detector: Detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows, example",
    [
        (
            [
                "PERSONAL EMAIL                                     WORK EMAIL ALIAS",
                "wren.haldane@gmail.com                             e.g. name@example.com",
            ],
            "name@example.com",
        ),
        (["Email address", "We will only use this to send you a receipt, e.g. name@example.com"], "name@example.com"),
        (["Mobile number", "For example, 07700 900982"], "07700 900982"),
        # a light grey placeholder in thin type, its "e" misread
        (["WORK EMAIL ALIAS", "€.g. name@example.cam"], "name@example.cam"),
        (["WORK EMAIL ALIAS", "©.g. name@example.com"], "name@example.com"),
        (["WORK EMAIL ALIAS", "2.9. name@example.com"], "name@example.com"),
        (["WORK EMAIL ALIAS", ".g. name@example.cam"], "name@example.cam"),
    ],
)
def test_a_value_given_as_an_example_stays_readable(detector, rows, example):
    hits = _found(detector, *rows)
    assert not any(example in v for _, v in hits), hits


def test_values_beside_an_example_are_still_found(detector):
    hits = _found(
        detector,
        "PERSONAL EMAIL                                     WORK EMAIL ALIAS",
        "wren.haldane@gmail.com                             e.g. name@example.com",
        "Contact: greg.tulloch@outlook.com",
        "Owner                                              a.g.pellow@outlook.com",
    )
    assert ("EMAIL_ADDRESS", "wren.haldane@gmail.com") in hits, hits
    assert ("EMAIL_ADDRESS", "greg.tulloch@outlook.com") in hits, hits
    assert ("EMAIL_ADDRESS", "a.g.pellow@outlook.com") in hits, hits  # initials, no example marker


@pytest.mark.parametrize(
    "row, value",
    [
        (
            "Please update the affected accounts, e.g. tamsin.achterberg@corp-mail.co.uk",
            "tamsin.achterberg@corp-mail.co.uk",
        ),
        ("Ring the customer back on another number, for example 07911 123456", "07911 123456"),
    ],
)
def test_a_real_value_after_e_g_in_prose_is_still_found(detector, row, value):
    hits = _found(detector, "Ticket note", row)
    assert any(value in v for _, v in hits), hits
