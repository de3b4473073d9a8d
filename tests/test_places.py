"""Where someone lives as a profile or a contact card writes it: a town, maybe its region, then a
country (pipeline/detection/places.py)."""

from __future__ import annotations

from tests.test_detect import assert_hidden, assert_visible, detect


def locations(dets):
    return [d for d in dets if d.entity_type == "LOCATION"]


def test_a_town_before_its_country_is_a_location(detector):
    """A profile's "Leeds, West Yorkshire, England" under the name, a card's "From Derby, United
    Kingdom", "Cardiff, Wales": the town and the region are hidden; the country alone, and the
    word before the town, stay readable."""
    rows = ["Leeds, West Yorkshire, England · Contact info", "From Derby, United Kingdom", "Cardiff, Wales"]
    layout, dets = detect(detector, *rows)
    for value, row in (("Leeds", 0), ("West Yorkshire", 0), ("Derby", 1), ("Cardiff", 2)):
        assert_hidden(layout, locations(dets), value, row)
    for text, row in (("Contact info", 0), ("From", 1), ("United Kingdom", 1)):
        assert_visible(layout, dets, text, row)


def test_capitalised_words_before_a_country_that_name_no_town_are_no_place(detector):
    """A service's description before a country, a list of subjects, a country alone: no town
    first, or no country last."""
    rows = ["Helps protect, United Kingdom", "Reading, Writing, Arithmetic", "Region: United Kingdom"]
    layout, dets = detect(detector, *rows)
    assert [d for d in dets if d.recognizer == "places:line"] == []
