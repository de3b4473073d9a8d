"""A name label's value that opens with a word saying what a company is (issue 16 precision,
class: a grid's header row read with the next header cell as a label's value; found on the
scene crm_grid, corpus34/gate: the 'Name' header took the 'Company' header cell beside it, and
while scrolling the first row's company under it, for a person's name, label:name/right 0.85:
the 'Company' header was masked for the whole recording and the value remembered as a person).
A word of models/detection.yaml's organisation_words that is no first name opens no person's
name; a name whose first name is also such a word ('Marine') is still one."""

from __future__ import annotations

import pytest

from pipeline.detection.text import LayoutText, SpanFinding
from tests.helpers import text_layout


@pytest.mark.parametrize(
    "value, kept",
    [
        ("Company Lakeshore Animal Hospital", False),
        ("Company", False),
        ("Dana Murray", True),
        ("Marine Dupont", True),  # a first name that is also a company's word
    ],
)
def test_a_name_label_s_value_opening_with_an_organisation_s_word_is_none(detector, value, kept):
    lt = LayoutText(text_layout(value))
    found = SpanFinding(0, len(value), "PERSON", 0.85, "label:name/right")
    assert detector._filter.label_value_ok(lt, found) is kept


def test_a_name_beside_its_label_on_a_form_row_is_still_found(detector):
    lt, found = detector.find_spans(text_layout("Name: Dana Murray"))
    assert [lt.text[f.start : f.end] for f in found if f.entity_type == "PERSON"] == ["Dana Murray"]
