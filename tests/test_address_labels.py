"""A field's label at the start of an address's line is no part of the address (issue 17, class:
a key | value record, psql's expanded display, whose keys sit on the address's lines). pyap2
takes any words before a postcode for the town, so the block's address took "postcode" into
its value: the box hid the label, and the gate, looking for pieces of the value, blocked on the
word "postcode" in the table's header and in the query above it. The value alone is the
address; its lines stay hidden, and an address block without labels is found as before."""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect

PITCH = 17  # a terminal's rows


def _record(separator: str) -> list[tuple[int, int, str]]:
    """An expanded record: keys in a column, values after a separator (which OCR may lose)."""
    pairs = [
        ("id", "30871"),
        ("address_line1", "23 Larch Avenue"),
        ("town", "Leeds"),
        ("postcode", "LS6 2QD"),
        ("plan", "basic"),
    ]
    rows = []
    for i, (key, value) in enumerate(pairs):
        rows.append((0, i * PITCH, f"{key.ljust(14)}{separator}{value}"))
    return rows


@pytest.mark.parametrize("separator", ["| ", ""], ids=["bar", "bar-lost"])
def test_a_record_key_on_an_address_line_stays_readable(detector, separator):
    layout, dets = detect(detector, *_record(separator))
    addresses = [d for d in dets if d.entity_type == "ADDRESS"]
    for value in ("23 Larch Avenue", "LS6 2QD"):
        assert_hidden(layout, dets, value)
    assert_hidden(layout, addresses, "23 Larch Avenue")
    for key in ("postcode", "town"):
        assert_visible(layout, addresses, key)


def test_a_stacked_address_without_labels_is_still_found_whole(detector):
    """A card's address block: street, town and postcode lines, no labels: every line hidden."""
    layout, dets = detect(detector, (0, 0, "23 Larch Avenue"), (0, 20, "Leeds"), (0, 40, "LS6 2QD"))
    addresses = [d for d in dets if d.entity_type == "ADDRESS"]
    for value in ("23 Larch Avenue", "Leeds", "LS6 2QD"):
        assert_hidden(layout, addresses, value)
