"""A contact exported as a vCard and printed in a terminal (scene vcard_terminal: `cat
contacts.vcf`): the structured name 'N:<Last>;<First>;;;', the birthday 'BDAY:<yyyy-mm-dd>' and
the home address 'ADR;TYPE=HOME:;;<street>;<town>;<region>;<postcode>;<country>' are glued by
';' where no name, date or address rule looked. Values are invented."""

import pytest

from tests.helpers import text_layout, types_covering

CARD = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Quarrie;Tamsin;;;",
    "FN:Tamsin Quarrie",
    "ORG:Fenwick Joinery",
    "TEL;TYPE=CELL:+44 7700 900418",
    "EMAIL;TYPE=INTERNET:tamsin.q@example.com",
    "ADR;TYPE=HOME:;;7 Brindle Row;Penrith;Cumbria;CA11 7QX;United Kingdom",
    "BDAY:1971-06-23",
    "NOTE:Prefers calls after 5pm",
    "END:VCARD",
]


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "value, entity",
    [
        ("Quarrie", "PERSON"),  # the surname alone, glued to the given name by ';'
        ("1971-06-23", "DATE_OF_BIRTH"),
        ("7 Brindle Row", "ADDRESS"),
        ("Penrith", "ADDRESS"),
        ("CA11 7QX", "ADDRESS"),
    ],
)
def test_a_vcards_name_birthday_and_address_are_found(detector, value, entity):
    assert entity in types_covering(detector, CARD, value)


def test_a_us_address_an_apple_group_and_a_month_day_birthday(detector):
    rows = ["item1.ADR;type=HOME;type=pref:;;2210 Larch Hollow;Boise;ID;83702;USA", "BDAY:--0914"]
    assert "ADDRESS" in types_covering(detector, rows, "2210 Larch Hollow;Boise")
    assert "DATE_OF_BIRTH" in types_covering(detector, rows, "--0914")


def test_the_cards_own_lines_and_other_colon_lines_stay(detector):
    found = _found(detector, "BEGIN:VCARD", "VERSION:3.0", "ORG:Fenwick Joinery", "END:VCARD", "N: 5 nodes ready")
    assert not found, found
