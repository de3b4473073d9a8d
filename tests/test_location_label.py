"""A person's place on a profile or a member's card: "Location  <Town>, <Country>" (a dark admin
console's member drawer, dark_admin in corpus39: a rare Finnish town and its country, readable
5-13 s; no rule read "Location" as a label, and NER knew neither word). A capitalised place
after the label is a LOCATION; a file's or a device's location, a meeting's, a room, an office
or a cloud region is no one's place. Values are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout


def _places(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "LOCATION"}


def test_a_members_location_is_a_place(detector):
    rows = ["E-mail        someone@example.io", "Location      Vuotso, Finland", "Member since  14 March 2024"]
    assert "Vuotso, Finland" in _places(detector, *rows)


def test_a_home_town_is_a_place(detector):
    assert "Kilkelly" in _places(detector, "Home town:  Kilkelly")


@pytest.mark.parametrize(
    "row",
    [
        "Location      PCI bus 0, device 2, function 0",
        "Location:     This PC",
        "File location   Program Files",
        "Location      Microsoft Teams Meeting",
        "Location      Conference Room B",
        "Location      UK South",
        "Location      Head Office",
        "Location      Europe (Frankfurt)",
    ],
)
def test_a_things_location_is_no_place(detector, row):
    assert not _places(detector, row)
