"""A first name after a role and a few short words ("Your driver today is <First>"; scene
delivery_tracking, scaled to 0.75: OCR read the card's 'is' as 'ts', and the driver's first name
stayed readable 0-6 s). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row",
    ["Your driver today ts Milo", "Your courier is Milo", "Your driver will be Milo"],
)
def test_a_first_name_a_few_short_words_after_a_role_is_a_person(detector, row):
    assert ("PERSON", "Milo") in _found(detector, "Your driver", row), row


def test_a_greeting_with_words_between_and_a_role_before_a_word_stay(detector):
    found = _found(detector, "Hello and welcome to Parcel Tracking", "Your driver today is Running late")
    assert not {v for e, v in found if e == "PERSON"}, found
