"""Bullets stand at one pitch; a caption's small bold letters do not (issue 16, over-masking found
on the scene ride_receipt, corpus34/scn2: during a scroll the analysis found a "box" from the
bottom border of one input to the bottom border of the next, holding the next input's caption
"Phone number we can reach you on"; its letters, 7 px high and filled 65-79 %, passed for
bullets, and the form's captions and boxes were masked as a password field for the rest of the
recording). Drawn frames; the text is invented."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from pipeline.analysis.fields import shows_bullets
from pipeline.core.types import Box
from tests.helpers import font

W, H = 640, 60


def _box_with(text: str | None = None, dots: int = 0, size: int = 12, pitch: int = 9) -> np.ndarray:
    """A 54 px tall area between two inputs' borders: a caption in small bold type, or a row of dots."""
    image = Image.new("L", (W, H), 255)
    draw = ImageDraw.Draw(image)
    draw.line((0, 2, W, 2), fill=150)
    if text:
        draw.text((6, 14), text, fill=30, font=font(size, "DejaVuSans-Bold.ttf"))
    for i in range(dots):
        cx = 14 + i * pitch
        draw.ellipse((cx - 2, 26, cx + 2, 30), fill=30)
    draw.line((0, 56, W, 56), fill=150)
    return np.asarray(image)


BOX = Box(2, 3, W - 4, 54)


def test_a_caption_in_small_bold_type_is_no_row_of_bullets():
    for text in ("Phone number we can reach you on", "Describe it", "What did you leave behind?"):
        assert not shows_bullets(_box_with(text), BOX), text


def test_a_row_of_bullets_is_one_still():
    assert shows_bullets(_box_with(dots=8), BOX)
    assert shows_bullets(_box_with(dots=12, pitch=7), BOX)


def _button_box(text: str, size: int) -> np.ndarray:
    """A 46 px tall "box" from a text area's bottom border down to a button's bottom: the greyed
    button, its label in small bold white type (an API explorer's request running)."""
    image = Image.new("L", (1080, 50), 245)
    draw = ImageDraw.Draw(image)
    draw.line((0, 1, 1080, 1), fill=20)
    draw.rectangle((4, 14, 1075, 46), fill=132)
    bold = font(size, "DejaVuSans-Bold.ttf")
    draw.text(((1080 - draw.textlength(text, font=bold)) / 2, 22), text, fill=255, font=bold)
    return np.asarray(image)


def test_a_button_s_bold_label_is_no_row_of_bullets():
    """Its letters stand 1 px apart at one pitch, but its capitals and ascenders stand taller
    (issue 17 over-masking, swagger_ui of corpus42/scn3: the Request URL block masked whole as
    a password field from 25.6 s)."""
    for size in (11, 12, 13):
        assert not shows_bullets(_button_box("Send", size), Box(2, 3, 1076, 46)), size


def test_bullets_on_a_grey_fill_are_bullets_still():
    image = Image.fromarray(_button_box("", 12))
    draw = ImageDraw.Draw(image)
    for i in range(8):
        cx = 30 + i * 9
        draw.ellipse((cx - 2, 28, cx + 2, 32), fill=255)
    assert shows_bullets(np.asarray(image), Box(2, 3, 1076, 46))
