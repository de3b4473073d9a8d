"""A task's customer after a dash whose given name is a place the birth records give often, and
an English word too, is still a person (class: kanban cards and job sheets titled 'Quote -
<Place-name> <Last>, loft insulation'). Found on kanban_board (corpus38/scn3) by benchmarks/gate.py
at 905721e: the independent check read such a card's customer whole in 24 of 34 frames (0-28 s)
and the gate passed the output: a838ef0 (after a dash, a name whose first word is a dictionary
word no given-name list holds is a product's or a room's) undid b3dcbf1's finding of it, whose
given name is a dictionary word, no given name to `is_given_name`, but often given
(`is_often_given`). Values are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout


def _people(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("Quote - Brooklyn Maddox, loft insulation", "Brooklyn Maddox"),
        ("Boiler service - Phoenix Hartley", "Phoenix Hartley"),
    ],
)
def test_a_place_given_name_after_a_dash_is_a_customer(detector, row, name):
    assert name in _people(detector, "To do", row)


@pytest.mark.parametrize("row", ["204 - Garden Suite - 3 nights", "Order - Table Lamp, brass"])
def test_a_room_or_a_product_after_a_dash_stays(detector, row):
    assert not _people(detector, "Bookings", row)
