"""A number the page itself prints masked ("•••• •••• •••• 4242", "DE89 •••• •••• •••• 0130 00")
shows no more of it than a receipt's last four: the analysis leaves it readable and the gate does
not count its clear digits as a piece of the number seen whole (issue 17, corpus_n4 eu_checkout:
the review page's masked IBAN, whose last six digits the gate counted, IBAN_CODE x8 on a clean
output). One rule, detection/masked_values.py. Every value here is invented."""

from __future__ import annotations

import pytest

from pipeline.analysis.values import SeenValues
from pipeline.detection.masked_values import masked_by_page
from pipeline.redact.verify import _pieces
from tests.test_detect import make_layout

IBAN = "DE89 3704 0044 0532 0130 00"
CARD = "4929 1739 2210 5817"


def _seen() -> SeenValues:
    seen = SeenValues()
    seen.add("IBAN_CODE", IBAN, 23.1)
    seen.add("CREDIT_CARD", CARD, 6.0)
    seen.add("PASSWORD", "xxxx20245817", 3.0)
    return seen


def _found(*rows: str) -> list[str]:
    return [f.entity_type for f in _pieces(0, 0.0, make_layout(*rows), _seen(), [])]


@pytest.mark.parametrize(
    "line",
    [
        "DE89\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7 0130 00",  # as the gate's OCR read the print
        "DE89 .\u00b7..\u00b7\u00b7.0130 00",  # and in another run, some bullets read as dots
        "Lastschrift von DE89 •••• •••• •••• 0130 00",
        "IBAN: DE89 **** **** **** 0130 00",
        "IBAN DE89 **** **** **** 0130 00",
        "Visa 4929 17•• •••• 5817",  # a card's first six and last four
        "**** **** **10 5817",
    ],
)
def test_the_page_s_masked_print_of_a_seen_number_is_no_piece_of_it(line):
    """Fails before: the print's clear digits were a piece of the number seen whole."""
    assert _found(line) == []


@pytest.mark.parametrize(
    ("line", "entity"),
    [
        ("DE89 3704 0044 \u2588 0130 00", "IBAN_CODE"),  # our box over part of it: the rest is a piece
        ("\u2588 0532 0130 00", "IBAN_CODE"),
        ("DE89 •••• 0044 0532 0130 00", "IBAN_CODE"),  # more than the page's few digits in clear
        ("4929 1739 2210 ••••", "CREDIT_CARD"),  # a card typed, its last group hidden
        ("Card 1739 2210 58", "CREDIT_CARD"),
        ("Password: xxxx20245817", "PASSWORD"),  # a password is no print of a number
        ("Ref 0130.00 ....", "IBAN_CODE"),  # dots alone are no mask (an ellipsis, a leader)
    ],
)
def test_a_seen_number_left_readable_is_still_a_piece(line, entity):
    assert entity in _found(line)


def test_the_analysis_leaves_a_card_number_the_page_masked_readable(detector):
    """Fails before: after a 'Card number' label the masked print was a CREDIT_CARD value."""
    for rows in (["Card number: •••• •••• •••• 5817"], ["Card number", "•••• •••• •••• 5817"]):
        assert [d for d in detector.detect(make_layout(*rows)) if d.entity_type == "CREDIT_CARD"] == []


@pytest.mark.parametrize(
    "rows",
    [
        ["Card number: 4929 1739 2210 5817"],
        ["Card number", "4929 1739 2210 5817"],
        ["Card number: 4929 1739 2210 ••••"],  # typed, the field hiding its last group
        ["IBAN: DE89 3704 0044 0532 0130 00"],
    ],
)
def test_a_number_beside_its_label_is_still_found(detector, rows):
    assert [d for d in detector.detect(make_layout(*rows)) if d.entity_type in ("CREDIT_CARD", "IBAN_CODE")]


def test_the_rule_holds_for_numbers_only(detector):
    assert masked_by_page("•••• •••• •••• 5817", "CREDIT_CARD")
    assert not masked_by_page("xxxx2024", "PASSWORD")
    found = detector.detect(make_layout("Password: xxxx2024"))
    assert [d.entity_type for d in found] == ["PASSWORD"]
