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


# A bank statement's print view (12 px monospace capitals, as recorded): the holder's block
# in the header's right column, its outward code's second capital read as its small letter.
def _statement_header(postcode: str) -> list[tuple[int, int, str]]:
    return [
        (0, 0, "Harbour Bank"),
        (500, 0, "MR OSWIN QUILLFEATHER"),
        (500, 14, "27 MARLOW CHASE"),
        (500, 28, "PENZANCE"),
        (500, 42, postcode),
    ]


def test_an_outward_code_read_with_a_small_letter_ends_its_address(detector):
    for postcode in ("Cw2 8NB", "Hx3 6PD"):
        found = _found(detector, *_statement_header(postcode))
        assert {v for _, v in found if postcode in v}, (postcode, found)


def test_an_outward_code_with_a_small_letter_needs_a_street_above(detector):
    found = _found(detector, "Order Cw2 8NB shipped today")
    assert not {v for _, v in found if "8NB" in v}, found
