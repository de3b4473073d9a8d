"""A vCard printed in a terminal (`cat contacts.vcf`) whose lines the window's left edge opens
with a stroke: on a copy scaled to 75 % the xterm's blurred border is read as '|' or '[' glued
to the property ("|N:<Last>;<First>::;", "|ADR;TYPE=HOME:;;<street>;<town>;..."), and the
property rules, anchored at the line's start, missed the structured name and the address
(scene vcard_terminal at 0.75, other seeded values). Values are invented."""

import pytest

from tests.helpers import text_layout, types_covering

CARD = [
    "BEGIN: VCARD",
    "VERSION:3.0",
    "|N:Mawe;Ultan::;",
    "|FN:Ultan Mawe",
    "ORG:Kettleby Joinery",
    "|ADR; TYPE=HOME: ; ;41 Pellow Wynd;Tarnbury;Westshire;TB4 9QX;United Kingdom",
    "[BDAY: 1968-03-27",
    "END: VCARD",
]


@pytest.mark.parametrize(
    "value, entity",
    [
        ("Mawe", "PERSON"),
        ("Ultan Mawe", "PERSON"),
        ("41 Pellow Wynd;Tarnbury", "ADDRESS"),
        ("TB4 9QX", "ADDRESS"),
        ("1968-03-27", "DATE_OF_BIRTH"),
    ],
)
def test_a_vcard_line_opened_by_the_window_edge_is_still_typed(detector, value, entity):
    assert entity in types_covering(detector, CARD, value)


def test_the_edge_before_the_card_s_own_lines_finds_nothing(detector):
    lt, findings = detector.find_spans(text_layout("|BEGIN: VCARD", "|VERSION:3.0", "|END: VCARD", "|N: 5 nodes ready"))
    assert not findings, [(f.entity_type, lt.text[f.start : f.end]) for f in findings]
