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
from pipeline.core.types import Box
from pipeline.detection.structure.cells import cell_shape_ok
from pipeline.redact.verify import frame_layout
from tests.helpers import font
from tests.test_forms import BORDER, analyse, covered

W, H = 1000, 400
INK = (31, 35, 40)
FIELD_H = 32
# (x, width, label, value) of the side-by-side fields of one form row
ROW = ((40, 280, "City", "Shawnchester"), (336, 140, "State", "NE"), (492, 188, "ZIP code", "10048"))
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
    assert covered(boxes, text_box(50, 69, "Shawnchester"), 0.9), "the city in its field is still found"
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
    assert covered(boxes, text_box(50, 69, "Shawnchester"), 0.9)


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
        ("EMAIL_ADDRESS", "kblake@gmail.com", True),
        ("EMAIL_ADDRESS", "kblake©gmail.com", True),  # the "@" misread: its domain's dot remains
        ("EMAIL_ADDRESS", "Shawnchester", False),  # the town of the form's next row
        ("PHONE_NUMBER", "(354) 248-5650", True),
        ("PHONE_NUMBER", "07742 959068", True),
        ("PHONE_NUMBER", "10048", False),  # the ZIP code under a "Phone number" label
        ("PHONE_NUMBER", "Size 10 - Slate grey", False),
        ("LOCATION", "Shawnchester", True),
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
