"""Form rows: labels side by side over their input boxes ("City | State | ZIP code") are a form,
not a table's header; what follows them in the form is not typed as their column. A table under
the same header words, with no input boxes or with a filter box under each header, still types
its rows. Drawn screens read by Tesseract through the real analysis and detector."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.analysis.fields import FieldMemory
from pipeline.analysis.motion import Motion
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, InputField, Layout
from pipeline.detection.memory import ValueMemory
from pipeline.detection.structure.cells import cell_shape_ok
from pipeline.redact.verify import frame_layout
from tests.helpers import cell_words as _words
from tests.helpers import font
from tests.test_forms import BORDER, analyse, covered

W, H = 1000, 400
INK = (31, 35, 40)
FIELD_H = 32
# (x, width, label, value) of the side-by-side fields of one form row
ROW = ((40, 280, "City", "Brianchester"), (336, 140, "State", "NE"), (492, 188, "ZIP code", "20716"))
SELECT = (40, 640, "Delivery method", "Standard shipping (5-7 business days)")
HEADING = (40, 300, "Payment method")


def screen(*, boxes: bool, filled: bool = True) -> np.ndarray:
    """The city/state/ZIP row at y=40, a labelled select box under it, a section heading below,
    and a sticky summary panel whose line shares the labels' row (its "-" is shorter than any
    label); without `boxes` the same words stand as a bare grid; without `filled` the row's
    fields are empty (the select box keeps its text)."""
    image = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face, bold = font(15), font(14, "DejaVuSans-Bold.ttf")
    for x, width, label, value in (*ROW, SELECT):
        y = 40 if label != SELECT[2] else 120
        draw.text((x, y), label, fill=INK, font=bold)
        top = y + 22
        if boxes:
            draw.rounded_rectangle((x, top, x + width, top + FIELD_H), radius=6, outline=BORDER, width=1)
        if filled or label == SELECT[2]:
            draw.text((x + 10, top + 7), value, fill=INK, font=face)
    draw.text(HEADING[:2], HEADING[2], fill=INK, font=font(18, "DejaVuSans-Bold.ttf"))
    draw.text((760, 40), "Large - Forest green", fill=INK, font=face)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def text_box(x: int, y: int, text: str, size: int = 15) -> Box:
    return Box(x, y, int(size * 0.62 * len(text)), size + 4)


@pytest.mark.slow
def test_labels_over_input_boxes_are_a_form_row_not_a_table_header(detector):  # noqa: F811
    boxes = analyse([screen(boxes=True)] * 3, detector)[-1].boxes
    assert covered(boxes, text_box(50, 69, "Brianchester"), 0.9), "the city in its field is still found"
    for x, y, text in (
        (40, 120, "Delivery method"),
        (50, 149, "Standard shipping (5-7 business days)"),
        (40, 300, "Payment method"),
    ):
        assert not any(b.intersects(text_box(x, y, text)) for b in boxes), f"{text!r} stays readable"


@pytest.mark.slow
def test_a_label_over_its_empty_field_takes_no_value_from_the_next_row(detector):  # noqa: F811
    """Before anything is typed: "City" has its empty box under it, and the line below that box
    ("Delivery method", the next field's label) is no city."""
    boxes = analyse([screen(boxes=True, filled=False)] * 3, detector)[-1].boxes
    assert not any(b.intersects(text_box(40, 120, "Delivery method")) for b in boxes)
    assert not any(b.intersects(text_box(50, 149, "Standard shipping (5-7 business days)")) for b in boxes)


@pytest.mark.slow
def test_the_same_words_without_input_boxes_still_type_the_column_below(detector):  # noqa: F811
    boxes = analyse([screen(boxes=False)] * 3, detector)[-1].boxes
    assert covered(boxes, text_box(50, 69, "Brianchester"), 0.9)


def grid_with_filters() -> np.ndarray:
    """A customer grid with an (empty) filter box under each column header, then its rows."""
    image = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face, bold = font(15), font(14, "DejaVuSans-Bold.ttf")
    columns = ((40, 220, "Customer"), (276, 200, "Account number"), (492, 188, "Plan"))
    rows = (("Marta Kowalczyk", "40021573", "Basic"), ("Olu Adeyemi", "71554208", "Premium"))
    for x, width, header in columns:
        draw.text((x, 40), header, fill=INK, font=bold)
        draw.rounded_rectangle((x, 62, x + width, 62 + FIELD_H), radius=4, outline=BORDER, width=1)
    for r, row in enumerate(rows):
        for (x, _, _), value in zip(columns, row):
            draw.text((x + 4, 104 + 28 * r), value, fill=INK, font=face)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


@pytest.mark.slow
def test_a_grid_with_filter_boxes_under_its_headers_is_still_a_table(detector):  # noqa: F811
    boxes = analyse([grid_with_filters()] * 3, detector)[-1].boxes
    for r in range(2):
        assert covered(boxes, text_box(280, 104 + 28 * r, "40021573"), 0.9), "the account column is typed"
    assert not any(b.intersects(text_box(496, 104, "Basic")) for b in boxes)


@pytest.mark.parametrize(
    "entity,value,ok",
    [
        ("EMAIL_ADDRESS", "lblair@gmail.com", True),
        ("EMAIL_ADDRESS", "lblair©gmail.com", True),  # the "@" misread: its domain's dot remains
        ("EMAIL_ADDRESS", "Brianchester", False),  # the town of the form's next row
        ("PHONE_NUMBER", "(317) 462-9083", True),
        ("PHONE_NUMBER", "07742 959068", True),
        ("PHONE_NUMBER", "20716", False),  # the ZIP code under a "Phone number" label
        ("PHONE_NUMBER", "Size 10 - Slate grey", False),
        ("LOCATION", "Brianchester", True),
        ("LOCATION", "Newcastle upon Tyne", True),
        ("LOCATION", "Denver, CO", True),
        ("LOCATION", "Delivery method", False),  # the next field's label
        ("LOCATION", "Standard shipping (5-7", False),  # a select box
        ("LOCATION", "VISA || Mastercard || AMEX", False),  # card badges
    ],
)
def test_cells_of_a_form_read_as_a_grid_must_have_their_column_s_shape(entity, value, ok):
    """When a form is read as a grid anyway (its fields not found), the next rows' values do not
    take the label row's types."""
    assert cell_shape_ok(entity, value) is ok


@pytest.mark.slow
def test_the_gate_reads_a_form_with_its_input_boxes(detector):  # noqa: F811
    """The verifier re-reads whole output frames: with the input boxes found there too, it
    does not type the form's next labels as the values of a label row it took for a header."""
    config = OcrConfig()
    layout = frame_layout(screen(boxes=True, filled=False), make_engine(config), config)
    assert len(layout.fields) >= 3
    found = detector.detect(layout, None)
    for x, y, text in ((40, 120, "Delivery method"), (50, 149, "Standard shipping (5-7 business days)")):
        assert not any(d.box.intersects(text_box(x, y, text)) for d in found), f"{text!r} is no finding"


def test_fields_move_with_a_scroll_measured_on_part_of_them():
    """A page scrolls beside a sticky panel and the scroll's area is measured on part of the
    form's column: a field whose middle lies in it moves with it (it was dropped, and the form's
    labels were then read as a table header with no boxes under them)."""
    grey = np.asarray(Image.fromarray(screen(boxes=True)[:, :, ::-1]).convert("L"))
    memory = FieldMemory(W, H)
    memory.update(grey, [Box(0, 0, W, H)])
    before = sorted((f.box for f in memory.near([Box(0, 0, W, H)]) if f.box.y < 100), key=lambda b: b.x)
    assert len(before) == 3, "the row's three boxes are found"
    memory.move(Motion(Box(0, 0, 450, H), 0, -20, np.zeros((H, 450), np.uint8)))
    after = sorted((f.box for f in memory.near([Box(0, 0, W, H)]) if f.box.y < 100), key=lambda b: b.x)
    assert after == [*(b.shift(0, -20) for b in before[:2]), before[2]], "City and State moved, ZIP is outside"


# ------------------------------------------------- a form's rows over frames that lose its fields --
# OCR words and input boxes as the analysis hands them to detection (a browser's checkout page):
# the field borders come from the pixels, and a scroll's frame often blurs some of them away.

LINE = 14


def _checkout(dy: int = 0, *, fields: bool = True) -> Layout:
    """City | State | ZIP code over their three fields (values inside), another panel's line on
    the labels' row, and the next field's label below."""
    words = _words(
        (96, 400 + dy, "City"),
        (395, 400 + dy, "State"),
        (550, 400 + dy, "ZIP code"),
        (794, 400 + dy, "Large - Forest green"),
        (107, 428 + dy, "Brianchester"),
        (406, 428 + dy, "NE"),
        (562, 428 + dy, "20716"),
        (96, 470 + dy, "Delivery method"),
    )
    boxes = (Box(101, 419 + dy, 278, 32), Box(401, 419 + dy, 134, 32), Box(557, 419 + dy, 162, 32))
    return Layout(group_lines(words).lines, tuple(InputField(b) for b in boxes) if fields else ())


def _tab_strip() -> Layout:
    """A browser's tab strip: the page's title under the City labels' column, the new-tab button
    under State's."""
    return group_lines(_words((142, 14, "Northwind Outfitters"), (400, 14, "+")))


def _typed(detector, layout: Layout, memory: ValueMemory) -> set[tuple[str, str]]:
    words = [w for line in layout.lines for w in line.words]
    return {
        (d.entity_type, " ".join(w.text for w in words if d.box.contains(w.box)))
        for d in detector.detect(layout, memory)
    }


def test_a_form_row_seen_over_its_fields_is_no_header_on_a_frame_without_them(detector):  # noqa: F811
    """checkout_payment (../shared/recordings): the page scrolled, a frame's blur hid two of the
    three field borders, and "City | State | ZIP code" was read as a table header there. Its
    remembered columns then typed the browser's tab strip (the shop's name under "City") as a
    city, and the gate blocked every frame showing the tab's title. The form row was seen over
    its fields before: it stays a form row, and no column of it is remembered."""
    memory = ValueMemory()
    assert ("LOCATION", "Brianchester") in _typed(detector, _checkout(), memory)
    _typed(detector, _checkout(-60, fields=False), memory)  # the scroll's frame: no borders found
    assert not memory.tables.tables, "no table learnt from the form's labels"
    assert not [text for _, text in _typed(detector, _tab_strip(), memory) if "Northwind" in text]


def test_a_table_read_from_a_form_row_is_forgotten_when_its_fields_show(detector):  # noqa: F811
    """The first frame of the page is a scroll's, without the borders: its labels are read as a
    header (nothing says otherwise yet). The next frame shows the fields under the same labels:
    the table read from them is forgotten, and types no later line."""
    memory = ValueMemory()
    _typed(detector, _checkout(-60, fields=False), memory)
    assert memory.tables.tables, "read as a table while no field shows"
    _typed(detector, _checkout(), memory)
    assert not memory.tables.tables
    assert not [text for _, text in _typed(detector, _tab_strip(), memory) if "Northwind" in text]


def test_labels_of_two_words_beside_a_dash_of_another_panel_are_a_form_row(detector):  # noqa: F811
    """ "Email address | Phone number" over their fields, on one row with a summary panel's
    "Size 10 - Slate grey": the dash (2 px tall) made the row's cell gap 2 px, each label word
    became a header cell of its own ("address" a LOCATION column), half of them with no field
    below: a table header, whose columns typed the form's later rows."""
    words = _words(
        (96, 259, "Email address"),
        (415, 259, "Phone number"),
        (794, 259, "Size 10 - Slate grey"),
        (107, 287, "lblair@gmail.com"),
        (426, 287, "(317) 462-9083"),
    )
    fields = (InputField(Box(102, 277, 298, 32)), InputField(Box(421, 277, 299, 32)))
    memory = ValueMemory()
    hits = _typed(detector, Layout(group_lines(words).lines, fields), memory)
    assert ("EMAIL_ADDRESS", "lblair@gmail.com") in hits
    assert not memory.tables.tables, "no table learnt from the form's labels"
    # the same words with no field found (a grid's header): two columns, no "address" of its own
    grid = ValueMemory()
    _typed(detector, group_lines(words), grid)
    assert [[c.entity for c in t.columns if c.entity] for t in grid.tables.tables] == [
        ["EMAIL_ADDRESS", "PHONE_NUMBER"]
    ]


def test_fields_of_a_scrolled_area_are_found_again_where_the_scroll_left_them():
    """The scroll's area measured on part of the form (a sticky panel beside it) leaves the ZIP
    box out, unmoved; and the frame's read lines are only the strip that came into view. The
    boxes in the rows that scrolled are searched again in the frame: the ZIP box is found where
    it went (it was missing, and "City | State | ZIP code" had too few boxes under it)."""
    first = np.asarray(Image.fromarray(screen(boxes=True)[:, :, ::-1]).convert("L"))
    scrolled = np.full_like(first, 255)
    scrolled[:-20] = first[20:]
    memory = FieldMemory(W, H)
    memory.update(first, [Box(0, 0, W, H)])
    zip_box = max((f.box for f in memory.near([Box(0, 0, W, H)]) if f.box.y < 100), key=lambda b: b.x)
    memory.move(Motion(Box(0, 0, 450, H), 0, -20, np.zeros((H, 450), np.uint8)))
    memory.update(scrolled, [Box(0, H - 20, W, 20)])
    boxes = [f.box for f in memory.near([Box(0, 0, W, H)])]
    assert any(b.iou(zip_box.shift(0, -20)) > 0.9 for b in boxes), "the ZIP box is found where it is now"


def _sheet(rows: list[tuple[str, str, str, str]], *, header: bool, top: int = 100) -> Layout:
    """A spreadsheet's grid: every cell bordered (boxes 2 px apart, one rule), the header row
    "Full name | Mobile | Date of birth | Email" at `top` when `header`, `rows` under it."""
    columns = ((36, 184), (222, 148), (372, 128), (502, 258))  # x, width of each column's cells
    cells: list[tuple[int, int, str]] = []
    boxes: list[Box] = []
    if header:
        cells += [
            (x + 4, top, text) for (x, _), text in zip(columns, ("Full name", "Mobile", "Date of birth", "Email"))
        ]
    for r, row in enumerate(rows):
        y = top + 19 + 28 * r
        boxes += [Box(x, y, w, 26) for x, w in columns]
        cells += [(x + 4, y + 6, text) for (x, _), text in zip(columns, row)]
    return Layout(group_lines(_words(*cells)).lines, tuple(InputField(b) for b in boxes))


def test_a_spreadsheet_s_bordered_cells_under_its_header_are_no_form_fields(detector):  # noqa: F811
    """sheet_edit (corpus_n3): a web spreadsheet borders every cell, and the analysis found its
    first rows' cells as input boxes under the header row: "Full name | Mobile | ... | Email"
    was taken for a form's labels over their fields, the table learnt from it was forgotten,
    and once the header scrolled out of view the rows that came up were typed by nothing (their
    dates of birth, towns and a street stayed readable). The cells touch side by side, one rule
    apart; a form's fields keep a gutter between them. The columns are remembered and type the
    rows that come up after the scroll."""
    memory = ValueMemory()
    first = [
        ("Ines Varga", "07700 900201", "12/09/2003", "ines.varga@example.com"),
        ("Tomas Reyes", "07700 900202", "05/07/1986", "t.reyes@example.co.uk"),
        ("Hal Brennan", "07700 900203", "29/11/1962", "hbrennan@example.co.uk"),
    ]
    assert ("DATE_OF_BIRTH", "12/09/2003") in _typed(detector, _sheet(first, header=True), memory)
    assert [t for t in memory.tables.tables if any(c.entity == "DATE_OF_BIRTH" for c in t.columns)]
    scrolled = [("Wilma Tarrant", "07700 900204", "22/06/1961", "wtarrant@example.com")]
    assert ("DATE_OF_BIRTH", "22/06/1961") in _typed(detector, _sheet(scrolled, header=False, top=200), memory)


def test_a_form_s_fields_a_gutter_apart_are_still_a_form_row(detector):  # noqa: F811
    """The same labels over boxes 16 px apart (a form's row of fields): a form row, no table
    remembered, and the line under the fields is typed by no column."""
    words = _words((40, 100, "Full name"), (262, 100, "Mobile"), (452, 100, "Date of birth"))
    words += _words((44, 125, "Ines Varga"), (266, 125, "07700 900201"), (456, 125, "12/09/2003"))
    words += _words((40, 170, "Preferred contact time"))
    fields = (InputField(Box(36, 119, 210, 26)), InputField(Box(262, 119, 174, 26)), InputField(Box(452, 119, 160, 26)))
    memory = ValueMemory()
    hits = _typed(detector, Layout(group_lines(words).lines, fields), memory)
    assert not memory.tables.tables, "no table learnt from the form's labels"
    assert not [text for _, text in hits if "Preferred" in text]


def test_a_sheet_s_tab_strip_under_the_grid_holds_no_name(detector):  # noqa: F811
    """sheet_edit (corpus_n3): the strip of sheet tabs under the grid lines up with its columns
    ("Customers" under "Full name", "Archived 2025" under "Mobile", "Pivot table 1" under "Home
    address"; here under "Email"); the other tabs are shaped like no phone number or place, and
    "Customers" was masked as a name. A row whose only value is a name column's cell of one
    common word that no name list knows is no row of the grid; a first name or a surname alone
    still is a name (and a common word beside other values still is: test_structure's
    "Payroll" account)."""
    rows = [
        ("Ines Varga", "07700 900201", "12/09/2003", "ines.varga@example.com"),
        ("Bishop", "07700 900202", "05/07/1986", "bishop@yahoo.co.uk"),
        ("Grace", "07700 900203", "29/11/1962", "grace@yahoo.co.uk"),
    ]
    sheet = _sheet(rows, header=True)
    tabs = _words((60, 204, "Customers"), (230, 204, "Archived 2025"), (520, 204, "Pivot table 1"))
    words = [w for line in sheet.lines for w in line.words] + tabs
    hits = _typed(detector, Layout(group_lines(words).lines, sheet.fields), ValueMemory())
    assert ("PERSON", "Ines Varga") in hits
    assert ("PERSON", "Bishop") in hits
    assert ("PERSON", "Grace") in hits
    assert not [text for _, text in hits if "Customers" in text or "Archived" in text or "Pivot" in text]
