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
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from tests.helpers import draw_screen, ffmpeg, screen_clip

CONFIG = OcrConfig()
ROWS = ["email        | ann.keller@example.com", "phone        | 07700 900123", "town         | Leeds - A"]


class Flattening:
    """The real engine, with the words in `flat` given a box 2 px high at row `top` of their
    crop (10: its top edge, above the letters; None: its middle, among them)."""

    def __init__(self, flat: set[str], top: int | None = 10):
        self.inner = make_engine(CONFIG)
        self.name = self.inner.name
        self.flat = flat
        self.top = top

    def version(self) -> str:
        return self.inner.version()

    def read_lines(self, images):
        tops = [image.shape[0] // 2 if self.top is None else self.top for image in images]
        return [
            [RawWord(w.text, Box(w.box.x, top, w.box.w, 2), w.conf) if w.text in self.flat else w for w in words]
            for top, words in zip(tops, self.inner.read_lines(images))
        ]


def layout_of(flat: set[str], top: int | None = 10):
    image = draw_screen(
        [(10, 10 + 13 * i, row) for i, row in enumerate(ROWS)],
        size=(420, 60),
        dark=True,
        font_size=11,
        font_name="DejaVuSansMono.ttf",
    )
    grey = to_grey(image)
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), CONFIG)
    return group_lines([w for ws in read_lines(Flattening(flat, top), grey, lines, CONFIG) for w in ws])


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


@pytest.mark.parametrize("flat, top", [("-", None), ("A", 10)], ids=["a dash among letters", "one letter"])
def test_a_dash_among_its_lines_letters_or_a_single_letter_keeps_its_flat_box(flat, top):
    """Only words of two letters or digits or more, and marks apart from their line's letters: a
    dash (or one letter, as a dash may be read) is flat."""
    layout = layout_of({flat}, top)
    heights = [w.box.h for line in layout.lines for w in line.words if w.text == flat]
    assert heights and all(h <= 3 for h in heights)


def test_a_mark_apart_from_its_lines_letters_is_placed_on_its_line():
    layout = layout_of({"-"})
    line = next(line for line in layout.lines if any(w.text == "-" for w in line.words))
    assert "Leeds" in [w.text for w in line.words], [[w.text for w in line.words] for line in layout.lines]


GREEN = (80, 220, 100)
SUBFILE = [
    ("516203", "GOSWICK, ISAMBARD", "KW17 2PL", "KIRKBY THORNWAIT", "01856 402719"),
    ("516210", "PENWARDEN, CLEMENTINE", "ZE2 9XQ", "SOUTHWOLDHAM", "01595 771203"),
    ("516227", "MBEKI, ZEPHYRINA", "TR20 8QX", "NETHER QUARMBY", "01736 518064"),
    ("516234", "ARKWRIGHT, ONESIPHORA", "HS9 5RW", "UPPER BRISLINGHA", "01871 630925"),
]


def test_a_green_screens_input_cursor_scaled_down_stays_on_its_row(tmp_path):
    """green_screen at 66 %: the input cursor '_' before each row of a 5250 subfile came back
    from Tesseract with a box 3 px high under its row's letters, a line of its own between two
    rows of the table, and the table ended there: the last rows' names and towns stayed
    readable. Each line read stays one line of the layout."""
    header = " Opt Cust no  Name                        Postcode Town             Telephone"
    rows = [f"  _ {n}  {name:<27} {code:<9}{town:<17}{phone}" for n, name, code, town, phone in SUBFILE * 2]
    image = draw_screen(
        [(10, 10 + 24 * i, text, GREEN) for i, text in enumerate([header, *rows])],
        (1000, 240),
        dark=True,
        font_size=18,
        font_name="DejaVuSansMono.ttf",
        background=(0, 0, 0),
    )
    screen_clip(tmp_path / "subfile.mp4", [image] * 3)
    small = tmp_path / "small.mp4"
    ffmpeg("-i", str(tmp_path / "subfile.mp4"), "-vf", "scale=trunc(iw*0.66/2)*2:-2:flags=bicubic", str(small))
    grey = to_grey(next(iter_frames(small, probe(small))).image)
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), CONFIG)
    read = read_lines(make_engine(CONFIG), grey, lines, CONFIG)
    layout = group_lines([w for words in read for w in words])
    line_of = {id(w): k for k, line in enumerate(layout.lines) for w in line.words}
    cursors = [words for words in read if any(w.text == "_" for w in words) and len(words) > 1]
    assert cursors
    for words in cursors:
        assert len({line_of[id(w)] for w in words if w.text == "_" or w.text.isdigit()}) == 1, [w.text for w in words]
