"""A filled button (white letters on a dark fill) beside an outlined one on a light page: a form's
"Save" next to "Cancel", a register's "Save register" next to "Mark all present". The line
finder joins the two buttons' boxes across their gap; the crop's median is the dark fill, so the
crop was inverted whole and the page around the fill, the gap and the other button's border
became dark ink (read '|'): the filled button's words were lost and masked as unread text for
the whole time it showed (scene school_portal). Read as a badge, the fill alone, they are."""

import numpy as np

from pipeline.analysis.ocr import OcrConfig, make_engine
from tests.helpers import font
from tests.test_ocr import read_all

PAGE = (243, 245, 248)


def _buttons(fill: tuple[int, int, int], label: str, other: str) -> np.ndarray:
    from PIL import Image, ImageDraw

    face = font(13)
    image = Image.new("RGB", (520, 60), PAGE)
    draw = ImageDraw.Draw(image)
    width = int(face.getlength(label)) + 28
    draw.rounded_rectangle((20, 14, 20 + width, 45), radius=5, fill=fill)
    draw.text((34, 22), label, fill=(255, 255, 255), font=face)
    x = 20 + width + 10
    draw.rounded_rectangle(
        (x, 14, x + int(face.getlength(other)) + 28, 45), radius=5, fill=(255, 255, 255), outline=(154, 165, 177)
    )
    draw.text((x + 14, 22), other, fill=(31, 41, 51), font=face)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def test_white_letters_on_a_dark_button_beside_another_are_read():
    engine = make_engine(OcrConfig())
    for fill, label, other in (
        ((36, 68, 107), "Save register", "Mark all present"),
        ((43, 58, 74), "Save note", "Cancel"),
        ((20, 20, 20), "Send message", "Save draft"),
    ):
        words = read_all(engine, _buttons(fill, label, other)).split()
        assert label.split()[0] in words, (fill, words)
