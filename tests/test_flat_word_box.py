"""A word the OCR engine gives a flat box is placed on its own line (issue 18: scaled copies).

psql's expanded record scaled to 75 %: Tesseract read a phone's second half with a box 2 px high
at the top edge of its line's crop. Mapped to the frame, the word lay on the line above (the
e-mail's): the phone was cut over two lines, neither part shaped like a phone, and it stayed
readable to the end of the recording. The real engine reads the drawn lines; the wrapper gives
one word the flat box Tesseract gave it.
"""

from __future__ import annotations

import pytest

from pipeline.analysis.changes import to_grey
from pipeline.analysis.ocr import OcrConfig, RawWord, find_text_lines, make_engine, read_lines
from pipeline.core.layout import group_lines
from pipeline.core.types import Box
from tests.helpers import draw_screen

CONFIG = OcrConfig()
ROWS = ["email        | ann.keller@example.com", "phone        | 07700 900123", "town         | Leeds - A"]


class Flattening:
    """The real engine, with the words in `flat` given a box 2 px high at their crop's top edge."""

    def __init__(self, flat: set[str]):
        self.inner = make_engine(CONFIG)
        self.name = self.inner.name
        self.flat = flat

    def version(self) -> str:
        return self.inner.version()

    def read_lines(self, images):
        return [
            [RawWord(w.text, Box(w.box.x, 10, w.box.w, 2), w.conf) if w.text in self.flat else w for w in words]
            for words in self.inner.read_lines(images)
        ]


def layout_of(flat: set[str]):
    image = draw_screen(
        [(10, 10 + 13 * i, row) for i, row in enumerate(ROWS)],
        size=(420, 60),
        dark=True,
        font_size=11,
        font_name="DejaVuSansMono.ttf",
    )
    grey = to_grey(image)
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), CONFIG)
    return group_lines([w for ws in read_lines(Flattening(flat), grey, lines, CONFIG) for w in ws])


def test_a_word_given_a_flat_box_is_placed_on_its_line_and_found(detector):
    layout = layout_of({"900123"})
    texts = [" ".join(w.text for w in line.words) for line in layout.lines]
    phone_line = next(line for line in layout.lines if any(w.text == "900123" for w in line.words))
    assert "07700" in [w.text for w in phone_line.words], texts
    digits = [w for w in phone_line.words if w.text in ("07700", "900123")]
    assert min(w.box.h for w in digits) >= 0.8 * max(w.box.h for w in digits)
    found = [d for d in detector.detect(layout) if d.entity_type == "PHONE_NUMBER"]
    for word in digits:
        assert any(d.box.contains(word.box.pad(-1)) for d in found), (word.box, [d.box for d in found])


@pytest.mark.parametrize("flat", ["-", "A"])
def test_a_dash_or_a_single_letter_keeps_its_flat_box(flat):
    """Only words of two letters or digits or more: a dash (or one letter, as a dash may be
    read) is flat."""
    layout = layout_of({flat})
    heights = [w.box.h for line in layout.lines for w in line.words if w.text == flat]
    assert heights and all(h <= 3 for h in heights)
