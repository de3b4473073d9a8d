"""A terminal's word whose box OCR spread far past its characters (scene http_capture: a URL-encoded
body wrapped by less, its second line read as one word of 42 characters in a box of 660 px where
the text takes about 290; the line above in cells of 7 px). A value cut out of that word was boxed
at its proportional place, right of the text: the postcode in it stayed readable. The cut counts
with the monospace cell too where the box is wider than its characters' cells. Invented text."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.text import BoxPadding, LayoutText, span_boxes

PAD = BoxPadding(pad_px=1.0, pad_line_frac=0.1, partial_cut_chars=0.5)
CELL = 7


def _line(y: int, text: str) -> TextLine:
    """A terminal line: each word in cells of CELL px from x=6, its ink a bearing short of them."""
    words, col = [], 0
    for part in text.split(" "):
        if part:
            words.append(OcrWord(part, Box(6 + col * CELL, y, round((len(part) - 0.3) * CELL), 14), 90.0))
        col += len(part) + 1
    return TextLine(tuple(words))


def _layout(spread: int) -> tuple[LayoutText, str]:
    lines = [
        _line(0, "Content-Type: application/x-www-form-urlencoded"),
        _line(20, "Content-Length: 171 X-Request-Id: req_7f3a91"),
        _line(40, "..:E...Nm.H,.FmPm.!E ....!...il.., Accept: */*"),
        _line(60, "email=ebrel.vell%40fastmail.co.uk&phone=%2B447700900321&password=Qw7%25rt"),
    ]
    body = "Zu3%21&postcode=PL26+8XY&marketing=0"
    lines.append(TextLine((OcrWord(body, Box(6, 80, spread, 14), 90.0),)))
    return LayoutText(Layout(tuple(lines))), body


def test_a_value_in_a_spread_word_is_boxed_where_the_text_stands():
    lt, body = _layout(spread=660)
    start = lt.text.index("PL26")
    (box,) = span_boxes(lt, start, start + len("PL26+8XY"), PAD)
    text_x1 = 6 + body.index("PL26") * CELL
    text_x2 = text_x1 + len("PL26+8XY") * CELL
    assert box.x <= text_x1 and box.x2 >= text_x2, (box, text_x1, text_x2)


def test_a_word_that_fits_its_cells_is_cut_as_before():
    lt, body = _layout(spread=len("Zu3%21&postcode=PL26+8XY&marketing=0") * CELL)
    start = lt.text.index("PL26")
    (box,) = span_boxes(lt, start, start + len("PL26+8XY"), PAD)
    assert box.x >= 6 + (body.index("PL26") - 1) * CELL, box  # not stretched to the word's start
    assert box.x2 <= 6 + (body.index("PL26") + len("PL26+8XY") + 1) * CELL, box
