"""A record headed "<Given> <Surname>" where the given name is one only the birth records know and
the surname one no list holds: a pension portal's member summary card scaled to 66 % ("MEMBER
SUMMARY" over the name, over "Member number"). The bare-name pass wanted a known first name or
a listed surname; the name stayed readable for the whole recording once the beneficiary's line,
whose surname it shared, was misread. Names are invented."""

import pytest

from tests.helpers import text_layout


def _people(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize("name", ["Evander Penhallowick", "Evander Kestermund"])
def test_a_given_name_before_a_surname_no_list_holds_is_a_person(detector, name):
    assert name in _people(detector, "MEMBER SUMMARY", name, "Member number  40718263")


@pytest.mark.parametrize("row", ["Evander Gateway", "Evander Settings", "Cosmo Database"])
def test_a_given_name_before_a_word_is_no_person(detector, row):
    """A word English text uses after the given name is a product's or a place's name."""
    assert not _people(detector, "Installed apps", row, "Open  Uninstall")
