"""A UK postcode scaled down, its inward code's capitals read as the small letters of the same
shape (scene sms_messages at 75 %: "<Town> <A9> <9aa> after practice?" under a bubble's street line;
the address stayed readable). Values are invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_an_inward_code_read_in_small_letters_ends_its_address(detector):
    found = _found(detector, "Can you pick me up from 41 Quarry Brow, Little", "Hadley TF2 ozx after practice?")
    assert ("ADDRESS", "41 Quarry Brow, Little") in found, found


def test_small_letters_that_no_capital_shares_are_no_postcode(detector):
    found = _found(detector, "Meet at 41 Quarry Brow, Little", "Hadley B2 own the rest")
    assert not {v for e, v in found if "own" in v}, found
