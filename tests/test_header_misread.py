"""A grid's header cell misread by OCR still types its column (issue 18: low-bitrate copies).

A spreadsheet re-encoded at crf 36 read its "Postcode" header as "Postcacle" (its "d" as "cl",
its "o" as "a"): the row was a header by its other cells, but the postcode column was typed by
nothing, and a postcode misread out of its shape ("9" read "S") stayed readable until the value
memory learnt it from a later frame. Fake OCR layouts as in test_detect (8 px a character,
16 px lines; two spaces or more between cells).
"""

from __future__ import annotations

from tests.test_detect import assert_hidden, assert_visible, detect

COLUMNS = (16, 16, 14, 14, 15, 12)  # characters per column


def grid(*rows: tuple[str, ...]) -> list[str]:
    return ["".join(cell.ljust(width) for cell, width in zip(row, COLUMNS, strict=True)).rstrip() for row in rows]


ROWS = (
    ("Ann Keller", "07700 900123", "Leeds", "LS9 QDX", "03/04/1981", "Fibre 500"),
    ("Tom Varga", "07700 900456", "York", "Y024 lHT", "11/12/1975", "Landline"),
)


def test_a_header_cell_misread_by_a_letter_and_a_split_letter_types_its_column(detector):
    """ "Postcacle": a letter wrong and a "d" read as "cl" (two faults, 'misread_as' alone takes
    one); the postcodes under it, read out of a postcode's shape, are hidden, the header and
    the untyped column stay readable."""
    header = ("Full name", "Mobile", "Town", "Postcacle", "Date of birth", "Plan")
    layout, dets = detect(detector, *grid(header, *ROWS))
    for row, values in enumerate(ROWS, start=1):
        assert_hidden(layout, dets, values[3], row)
        assert_visible(layout, dets, values[5], row)
    assert_visible(layout, dets, "Postcacle", 0)


def test_a_header_cell_misread_by_a_letter_types_its_column(detector):
    header = ("Full name", "Mobile", "Town", "Postcode", "Date of birth", "Plan")
    for misread in ("Postcade", "Postcobe", "Postcodle"):
        cells = tuple(misread if h == "Postcode" else h for h in header)
        layout, dets = detect(detector, *grid(cells, *ROWS))
        for row, values in enumerate(ROWS, start=1):
            assert_hidden(layout, dets, values[3], row)


def test_a_header_cell_that_is_a_word_in_use_or_far_off_types_nothing(detector):
    """A column titled with an English word one letter off a personal column's title is that
    word ("Tender" is no "Sender", "Counted" no "County"), and a cell two letters off with no
    split letter names no column: their cells stay readable. Nor does a misread make a header
    of a row that is none by its other cells."""
    rows = (
        ("Ann Keller", "07700 900123", "North Works", "Stock Lane", "03/04/1981", "Fibre 500"),
        ("Tom Varga", "07700 900456", "Grey Yard", "River Close", "11/12/1975", "Landline"),
    )
    for third, fourth in (("Tender", "Counted"), ("Sandxr", "Caunted")):
        header = ("Full name", "Mobile", third, fourth, "Date of birth", "Plan")
        layout, dets = detect(detector, *grid(header, *rows))
        for row, values in enumerate(rows, start=1):
            assert_visible(layout, dets, values[2], row)
            assert_visible(layout, dets, values[3], row)
    layout, dets = detect(
        detector, *grid(("Postcacle", "Reading", "", "", "", ""), ("LS9 QDX", "Fibre 500", "", "", "", ""))
    )
    assert_visible(layout, dets, "LS9 QDX")
