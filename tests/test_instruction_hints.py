"""A field's hint or placeholder under its label is an instruction, not the field's value (scene
address_lookup: "Enter your postcode" under "Find your address" was taken as the address and,
remembered, masked for the whole recording). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    ("label", "hint"),
    [
        ("Find your address", "Enter your postcode"),
        ("Home address", "Start typing your address"),
        ("Full name", "Please enter your name as it appears on your card"),
        ("Billing address", "Select an address from the list"),
    ],
)
def test_an_instruction_under_a_label_is_no_value(detector, label, hint):
    found = _found(detector, label, hint)
    assert not {v for _, v in found if v in hint}, found


def test_a_value_under_its_label_is_still_found(detector):
    assert ("ADDRESS", "41 Quarry Brow") in _found(detector, "Delivery address", "41 Quarry Brow")
