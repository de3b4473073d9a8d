"""A row cut out of a stacked pair, and its pieces that stand alone, are one line (issue 18).

A process list in an xterm at crf 36 (`ps aux` with long command lines wrapped over rows): a
row whose ascenders touch the row above was cut out of the pair's component as a line that ends
where that component ends, under the end of the shorter row above, while the rest of the row
stood alone as components overlapping it. The three crops were read: the words of the overlap
came twice ('mysqldump mysqldump -u -u'), and the token at the cut came once whole and once cut
short ('-p<first characters>'). Detection found the password in the cut reading, and its box
left the rest of it readable. Lines of one row that overlap are now joined into one and read
once; lines of two rows, and a taller line over a row (an icon, a two-row cell), stay apart.
"""

from __future__ import annotations

from pipeline.analysis.changes import to_grey
from pipeline.analysis.ocr import OcrConfig, find_text_lines, make_engine, read_lines
from pipeline.core.layout import group_lines
from pipeline.core.types import Box
from tests.helpers import draw_screen

CONFIG = OcrConfig()
PASSWORD = "Tz4Qw9Lk2Bv7"  # invented
ABOVE = "/srv/app/app.jar --db-url=postgres://app_user:Kq7pWz#Lmr@10.0.3.7:5432/app/billing"
ROW = (
    f"backup   4410  0.0  0.1  21300  4800 ?   S  02:00  0:00 mysqldump -u backup -p{PASSWORD}"
    " --single-transaction --routines crm"
)


def _layout(pitch: int):
    image = draw_screen(
        [(8, 10, ABOVE), (8, 10 + pitch, ROW)], (1200, 60), dark=True, font_size=15, font_name="DejaVuSansMono.ttf"
    )
    grey = to_grey(image)
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), CONFIG)
    return lines, group_lines([w for ws in read_lines(make_engine(CONFIG), grey, lines, CONFIG) for w in ws])


def test_a_row_under_the_end_of_a_shorter_row_is_read_once_whole(detector):
    for pitch in (14, 17):
        lines, layout = _layout(pitch)
        row = next(line for line in layout.lines if any("mysqldump" in w.text for w in line.words))
        texts = [w.text for w in row.words]
        assert sum(w.startswith("-p") for w in texts) == 1, texts
        assert texts.count("mysqldump") == 1, texts
        token = next(w for w in row.words if w.text.startswith("-p"))
        found = [d for d in detector.detect(layout) if d.entity_type == "PASSWORD"]
        assert any(d.box.x2 >= token.box.x2 - 2 for d in found), (token.box, [d.box for d in found])


def test_lines_of_one_row_that_overlap_are_joined():
    from pipeline.analysis.ocr import _rows_joined

    # the boxes of the recording's frame: the row cut out of the pair, its first word and the
    # rest of the row standing alone
    cut, first, rest = Box(7, 111, 744, 14), Box(7, 112, 49, 16), Box(503, 112, 560, 16)
    above = Box(7, 95, 744, 16)
    assert sorted(_rows_joined([above, cut, first, rest]), key=lambda b: b.y) == [above, Box(7, 111, 1056, 17)]


def test_lines_of_two_rows_and_a_taller_line_over_a_row_stay_apart():
    from pipeline.analysis.ocr import _rows_joined

    row = Box(23, 72, 553, 13)
    below = Box(49, 84, 70, 13)  # the next row, touching: overlapping one row in height
    tall = Box(500, 60, 40, 40)  # an icon or a two-row cell over the row
    beside = Box(580, 72, 60, 13)  # the next word of the row, apart
    assert sorted(_rows_joined([row, below, tall, beside]), key=lambda b: (b.y, b.x)) == sorted(
        [row, below, tall, beside], key=lambda b: (b.y, b.x)
    )
