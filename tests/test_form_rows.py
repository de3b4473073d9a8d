"""Form rows: labels side by side over their input boxes ("City | State | ZIP code") are a form,
not a table's header; what follows them in the form is not typed as their column. A table under
the same header words, with no input boxes, still types its rows. Drawn screens read by Tesseract
through the real analysis and detector."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.core.types import Box
from tests.helpers import font
from tests.test_forms import BORDER, analyse, covered, detector  # noqa: F401 - the fixture

W, H = 720, 400
INK = (31, 35, 40)
FIELD_H = 32
# (x, width, label, value) of the side-by-side fields of one form row
ROW = ((40, 280, "City", "Shawnchester"), (336, 140, "State", "NE"), (492, 188, "ZIP code", "10048"))
SELECT = (40, 640, "Delivery method", "Standard shipping (5-7 business days)")
HEADING = (40, 300, "Payment method")


def screen(*, boxes: bool) -> np.ndarray:
    """The city/state/ZIP row at y=40, a labelled select box under it, a section heading below;
    without `boxes` the same words stand as a bare grid."""
    image = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face, bold = font(15), font(14, "DejaVuSans-Bold.ttf")
    for x, width, label, value in (*ROW, SELECT):
        y = 40 if label != SELECT[2] else 120
        draw.text((x, y), label, fill=INK, font=bold)
        top = y + 22
        if boxes:
            draw.rounded_rectangle((x, top, x + width, top + FIELD_H), radius=6, outline=BORDER, width=1)
        draw.text((x + 10, top + 7), value, fill=INK, font=face)
    draw.text(HEADING[:2], HEADING[2], fill=INK, font=font(18, "DejaVuSans-Bold.ttf"))
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
def test_the_same_words_without_input_boxes_still_type_the_column_below(detector):  # noqa: F811
    boxes = analyse([screen(boxes=False)] * 3, detector)[-1].boxes
    assert covered(boxes, text_box(50, 69, "Shawnchester"), 0.9)
