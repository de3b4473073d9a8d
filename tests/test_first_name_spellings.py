"""A first name the list writes with accents, typed without them ("Mairéad" as "Mairead"), is
still a first name; a folded spelling that is an English word stays a word. Values are invented."""

import pytest

from tests.helpers import text_layout


@pytest.mark.parametrize("name", ["Mairead", "Padraig", "Grainne"])
def test_a_first_name_typed_without_its_accents_is_known(detector, name):
    lt, findings = detector.find_spans(text_layout(f"Support session with {name} Keogh started"))
    assert ("PERSON", f"{name} Keogh") in {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_folded_spelling_that_english_writes_is_no_name():
    from pipeline.detection.names import _first_name_classes

    names = _first_name_classes()
    assert "mairead" in names and "mairéad" in names
    assert not {"come", "nice", "horn", "nut"} & names.keys()  # "Côme", "Nicé", "Hörn", "Nüt"
