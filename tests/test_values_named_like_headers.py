"""A labelled value that happens to be a column header's word in some vocabulary: a surname that
is a header of another language ("<Caption>:  Schuler"), or a given name whose capital I reads as a
column rule stuck to a header ("Isolde": a rule, then "solde"). The caption and its value were read
as a table's header row, and a header row's words are never values: the value went unmasked.
Values are invented."""

from __future__ import annotations

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_value_after_a_colon_caption_is_no_header(detector):
    assert ("LOCATION", "Schuler") in _found(detector, (0, 0, "City:"), (60, 0, "Schuler"))


def test_a_surname_after_a_colon_caption_is_no_header(detector):
    assert ("PERSON", "Swift") in _found(detector, (0, 0, "Surname:"), (90, 0, "Swift"))


def test_a_name_whose_capital_i_looks_like_a_rule_is_no_header(detector):
    found = _found(detector, (0, 0, "Street address"), (130, 0, "14 Quarry Lane"), (330, 0, "City"), (380, 0, "Isolde"))
    assert ("LOCATION", "Isolde") in found, found
    assert ("ADDRESS", "14 Quarry Lane") in found, found


def test_a_row_of_colon_captions_still_types_its_column(detector):
    """Captions that all end in colons stay a form's captions: no value is made of the next one."""
    found = _found(detector, (0, 0, "City:"), (120, 0, "Postcode:"))
    assert not found, found
