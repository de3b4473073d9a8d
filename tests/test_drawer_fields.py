"""A drawer opened over a page (issue 17, class: a panel's edge over the page's text; scene
shipping_labels: the 'Edit recipient' drawer over the 'Label preview' card). The drawer's edge
cuts the card's heading, and OCR reads what is left of it and the value in the drawer's first
field as one line: '<heading> <First> <Last>'. The name label above the field took the whole
line for its value, so the analysis masked the heading (over-masking) and the gate, reading the
output, judged the heading's remains as a name (a false block at 14-18 s). A value typed into a
field ends at the field's border; the same line without a field is read as before.
(The frame's geometry at 18 s, as Tesseract read it.)"""

from __future__ import annotations

import pytest

from pipeline.core.types import Box, InputField, Layout, OcrWord, TextLine

FIELD = InputField(Box(934, 198, 324, 26))


def _screen(fields: tuple[InputField, ...]) -> Layout:
    lines = [
        [("Edit", 931, 155, 30, 12), ("recipient", 965, 155, 67, 16)],
        [("Full", 930, 184, 18, 10), ("name", 951, 186, 28, 8)],
        [
            ("Weight", 738, 201, 37, 11),
            ("Label", 821, 203, 36, 13),
            ("previev", 862, 203, 49, 15),
            ("Abbie", 938, 206, 34, 11),
            ("Newman", 976, 206, 51, 11),
        ],
        [("4.9", 738, 230, 18, 11), ("kg", 760, 230, 14, 14)],
        [("Address", 929, 236, 42, 10), ("line", 973, 236, 18, 10), ("1", 994, 236, 6, 10)],
    ]
    return Layout(
        tuple(TextLine(tuple(OcrWord(t, Box(x, y, w, h), 96.0) for t, x, y, w, h in line)) for line in lines), fields
    )


@pytest.mark.parametrize("fields", [(FIELD,), ()])
def test_a_name_in_a_drawer_s_field_ends_at_the_field_s_border(detector, fields):
    persons = [d for d in detector.detect(_screen(fields)) if d.entity_type == "PERSON" and 195 <= d.box.y <= 215]
    assert any(d.box.x <= 938 and d.box.x2 >= 976 + 51 for d in persons), "the name is found"
    if fields:
        assert all(d.box.x >= 911 for d in persons), "the heading's remains left of the field are no part of it"
