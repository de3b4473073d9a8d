"""Names heading a row of cards (structure/lists.py ListNameFinder._card_rows): an event
platform's badge previews (scene event_attendees: "<First> <Last>" in big type over the company
and the ticket type, four cards a row), a team page's or a directory's cards. Shown without the
attendee grid first, rare given names and surnames in such a grid were left to NER, which took
some and not others. Values are invented."""

import pytest

from tests.helpers import text_layout

COMPANIES = ["Northwind Analytics", "Brightline Logistics", "Copperleaf Energy", "Harbour Street Labs"]


def _grid(*names: str) -> list[tuple[int, int, str]]:
    rows = []
    for i, name in enumerate(names):
        x, y = 60 + (i % 4) * 310, 270 + (i // 4) * 130
        rows += [(x, y, name), (x + 20, y + 30, COMPANIES[i % 4]), (x + 40, y + 52, "EARLY BIRD")]
    return rows


def _persons(detector, rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=11, line_h=22))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


def test_every_name_of_a_row_of_badges_is_a_person(detector):
    names = ["Leocadia Wintringham", "Ingrith Featherby", "Thibault Nakagawa-Lowe", "Marit Quennell"]
    found = _persons(detector, _grid(*names))
    assert set(names) <= found, found
    assert not found & set(COMPANIES), found


def test_a_row_of_rare_names_with_one_known_name_is_a_row_of_persons(detector):
    names = ["Obadiah Kowalczyk-Brandt", "Saoirse Ravensdale", "Tamsin Quarrie", "Eirlys Oyelaran"]
    found = _persons(detector, _grid(*names))
    assert {"Saoirse Ravensdale", "Tamsin Quarrie"} <= found, found


@pytest.mark.parametrize(
    "cells",
    [
        ["Getting Started", "Release Notes", "Contact Us", "Privacy Policy"],  # a footer's links
        ["Vintage Oak Table", "Brass Table Lamps", "Walnut Sideboard", "Pine Blanket Box"],  # products
        ["Grace Energy", "Victoria Station", "Oxford Circus", "Baker Street"],  # English words in every cell
    ],
)
def test_a_row_of_titles_is_no_row_of_names(detector, cells):
    lt, findings = detector.find_spans(text_layout(*[(60 + i * 310, 270, c) for i, c in enumerate(cells)], char_w=11))
    assert not [f for f in findings if f.recognizer == "structure/list"], findings
