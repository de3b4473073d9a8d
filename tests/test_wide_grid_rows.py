"""A wide grid's row is a line per cell (its columns stand far apart), and OCR's words of the
row come to the line grouping interleaved, in the order of their centres. A phone cell's area
code in brackets is a pixel taller than the digits after it, its centre a pixel lower: a dozen
other cells' lines were begun between the two words, and only the last eight lines were asked
to take a word. The area code became a line of its own, the Phone column typed the rest of the
number alone, and the area code stayed readable on a third of the rows (crm_grid, 10 columns
at 1920 px). The values are invented."""

from __future__ import annotations

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, Layout, OcrWord

# x of each column, and a row's cells: a CRM grid's Name | Email | Phone | City | ... columns
COLUMNS = (20, 190, 460, 640, 800, 950, 1100, 1250, 1400, 1550, 1700, 1820)
HEADER = ("Name", "Email", "Phone", "City", "Owner", "Company", "Stage", "Source", "Plan", "Seats", "Renewal", "Value")
ROWS = (
    ("Quillon Farthwick", "q.farthwick@mailbox.test", "(602) 418-7793", "Tarrow, NE", "Bea Oddly"),
    ("Marisol Vantreeve", "mvantreeve@inbox.test", "(781) 360-2249", "Penhallow, VT", "Bea Oddly"),
)
REST = ("Lumen Works", "Qualified", "Referral", "Team", "12", "Mar 2027", "$14,200")


def _word(text: str, x: int, y: int, h: int = 11) -> OcrWord:
    return OcrWord(text, Box(x, y, 7 * len(text), h), 94.0)


def _cell(text: str, x: int, y: int) -> list[OcrWord]:
    """A cell's words, a space apart; a word in brackets a pixel taller, its centre lower."""
    words = []
    for part in text.split():
        tall = part.startswith("(")
        words.append(_word(part, x, y, 13 if tall else 11))
        x += 7 * len(part) + 5
    return words


def _grid() -> list[OcrWord]:
    words = [_word(caption, x, 20) for caption, x in zip(HEADER, COLUMNS)]
    for k, row in enumerate(ROWS):
        for text, x in zip(row + REST, COLUMNS):
            words.extend(_cell(text, x, 44 + 21 * k))
    return words


def test_a_cell_s_words_are_one_line_however_many_cells_the_row_holds():
    lines = group_lines(_grid()).lines
    for row in ROWS:
        phone = row[2]
        assert any(" ".join(w.text for w in line.words) == phone for line in lines), "the number split"


def test_a_phone_cell_of_a_wide_grid_is_typed_whole(detector):
    found = detector.detect(Layout(group_lines(_grid()).lines))
    boxes = [d.box for d in found if d.entity_type == "PHONE_NUMBER"]
    for k in range(len(ROWS)):
        area_code = Box(COLUMNS[2], 44 + 21 * k + 2, 7 * 5, 9)
        assert any(b.contains(area_code) for b in boxes), f"row {k}: its area code shows"
