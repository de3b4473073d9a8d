"""A form's next caption under a row of fields read as a table's header is no row of its column.

checkout_payment (../shared/recordings) at crf 36, 24.4-25.4 s: after a banner re-laid the form
out, the borders of the "City | State | ZIP code" fields were not found, so the row of captions
read as a table's header (column mode) and the next field's caption "Delivery method" (read
"Deliverymethod", one word), right under the values, became the City column's next row: a
LOCATION, remembered, that then masked the word "delivery" of the innocent line "Estimated
delivery: 5-7 business days" at 32-35 s. The values sat a field's padding right of their
captions; the next caption starts where "City" starts again. A table's cells line up with each
other, and keep their column."""

from __future__ import annotations

import pytest

from pipeline.core.layout import group_lines
from pipeline.core.types import Layout, OcrWord
from pipeline.detection.memory import ValueMemory
from tests.helpers import cell_words as _words

LINE = 14


def _found(detector, words: list[OcrWord]) -> set[tuple[str, str]]:
    layout = Layout(group_lines(words).lines, ())  # no input box found: a blurred frame
    return {
        (d.entity_type, " ".join(w.text for w in words if d.box.contains(w.box)))
        for d in detector.detect(layout, ValueMemory())
    }


@pytest.mark.parametrize("captions_h", [LINE, 23])
def test_the_next_caption_under_a_row_of_fields_is_no_city(detector, captions_h):  # noqa: F811
    """`captions_h` 23: "State" and "ZIP code" read as one taller line (the encode's smear), so
    the header row stands taller than the values' rows."""
    found = _found(
        detector,
        [*_words((95, 192, "City")), *_words((395, 188, "State"), (550, 188, "ZIP code"), height=captions_h)]
        + _words(
            (107, 220, "Brianchester"),
            (406, 221, "NE"),
            (562, 221, "20716"),
            (95, 255, "Deliverymethod"),
            (111, 284, "Standard shipping (5-7 business days) - Free"),
        ),
    )
    assert ("LOCATION", "Brianchester") in found, "the city in its field is still found"
    assert not [text for _, text in found if "Delivery" in text or "Standard" in text]


def test_a_table_s_rows_lined_up_under_its_header_are_still_typed(detector):  # noqa: F811
    rows = ["Brianchester", "Wrexham", "Ballymena"]
    # cells at the header's x (a grid), then cells indented under it, all at one x
    for indent in (0, 12):
        words = _words(
            (95, 192, "City"),
            (395, 192, "State"),
            (550, 192, "ZIP code"),
            *[(95 + indent, 220 + 28 * k, city) for k, city in enumerate(rows)],
            *[(406, 220 + 28 * k, "NE") for k in range(len(rows))],
            *[(562, 220 + 28 * k, f"2071{k}") for k in range(len(rows))],
        )
        found = _found(detector, words)
        assert {("LOCATION", city) for city in rows} <= found, indent
