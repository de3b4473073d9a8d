"""A double-barrelled given name ("<First>-<First> <Last>") in a list of accounts with no label:
macOS Users & Groups, a family's accounts (scene mac_users). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize("name", ["Kelly-Marie Oyelaran", "Anne-Sophie Hargreaves", "Demi-Leigh Fairbairn"])
def test_a_double_barrelled_first_name_over_an_account_type_is_a_person(detector, name):
    found = _found(detector, "Users & Groups", name, "Standard", "Guest User", "Off")
    assert ("PERSON", name) in found, found


def test_a_hyphenated_word_is_no_double_barrelled_name(detector):
    found = _found(detector, "Cross-Platform Support", "Mark-Up Rules", "Will-Call Orders", "Long-Term Plan")
    assert not {v for e, v in found if e == "PERSON"}, found
