"""A trip's streets (issue 16, the class recorded as ride_receipt: a ride-hailing app's trip
history and receipt). All values are invented.

- A route line "<street> -> <street>": a line that holds a street holds addresses, so the other
  end is a street too where its type also names technical things ("Field", "Ports", "Point").
- A street seen in an address ("Flat 49, <Name> Ports") is found again alone: a map's pin, a trip
  list's drop-off.
"""

from __future__ import annotations

import pytest

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _rows(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_both_ends_of_a_trip_are_streets(detector):
    found = _rows(detector, "Sat 28 Nov, 09:41", "14 Harcourt Crescent → 83 Wilkins Field", "£9.75 · Toyota Prius")
    assert ("ADDRESS", "14 Harcourt Crescent") in found, found
    assert ("ADDRESS", "83 Wilkins Field") in found, found


def test_a_trip_from_a_flat_s_street_misread_to_a_technical_street_type(detector):
    """The flat's number misread ("Studio 94l," read "Studio 94],") left the first end no street
    line; the flat's word and number before the comma still say the line is an address."""
    found = _rows(detector, "Studio 94], Harcourt Fort - 83 Wilkins Field", "£9.75 · Toyota Prius")
    assert ("ADDRESS", "83 Wilkins Field") in found, found
    # and the flat's own street, whose line no longer starts with a number of a street line
    assert any(e == "ADDRESS" and "Harcourt Fort" in v for e, v in found), found


@pytest.mark.parametrize("row", ["Visual Studio 2022 Network Ports", "Android Studio: 3 Network Ports"])
def test_a_studio_that_is_software_makes_no_address(detector, row):
    found = _rows(detector, row)
    assert not {v for e, v in found if e == "ADDRESS"}, found


def test_a_technical_street_type_alone_still_needs_its_context(detector):
    found = _rows(detector, "3 Network Ports", "2 Ethernet Bridge", "Rack 4 Cable Field")
    assert not {v for e, v in found if e == "ADDRESS"}, found


def _dictionary(word: str) -> bool:
    return word.lower() in {"station", "road", "high", "street", "commerce", "blvd"}


def test_the_street_of_an_address_seen_is_found_alone():
    """A trip's drop-off line ("Flat 49, <Name> Ports, <Town> <postcode>") was masked; the map's pin
    printed its street alone and stayed readable."""
    memory = ValueMemory()
    memory.learn("ADDRESS", "Flat 49, Kestrel Ports", _dictionary)
    memory.learn("ADDRESS", "83 Wilkins Field", _dictionary)
    text = "Station Approach\nKestrel Ports\nAlbion Road\n→ Wilkins Field"
    assert {(text[a:b], kind) for a, b, kind in memory.find(text)} == {
        ("Kestrel Ports", "ADDRESS"),
        ("Wilkins Field", "ADDRESS"),
    }


def test_a_street_of_dictionary_words_is_not_remembered_alone():
    memory = ValueMemory()
    memory.learn("ADDRESS", "12 Station Road", _dictionary)
    memory.learn("ADDRESS", "2200 Commerce Blvd, Dallas, TX 75201", _dictionary)
    assert memory.find("Station Road\nCommerce Blvd") == []
