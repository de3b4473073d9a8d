"""A box-drawn table in small text (sqlite_box at 66 %: sqlite3's `.mode box` in an xterm scaled
down): each line's box reaches from rule to rule, so every word OCR read got the line's height,
about half again its letters', and the gap a rule leaves between two cells (" | ", three
narrow characters) was narrower than the gap that ends a cell at that height. With its rules
dropped, a row ran into one or two cells that fit no column ("<id> <First> <Last>", "<e-mail>
<mobile> <date> <postcode>"), and rules OCR glued to a value ("|<date>|") widened it past its
column: the row was taken for another panel's strip and none of it was typed. A column rule
between two words ends a cell whatever the gap. Values are invented."""

import re

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.memory import ValueMemory

CHAR_W, LINE_H, PITCH = 5, 15, 17  # 5 px characters on lines as tall as the rules (letters: ~9 px)
PAD = 2  # OCR's box reaches a pixel past each end of a word's characters
HEADER = "|  id  |    full_name     |          email          |    mobile    |    dob     | postcode |"
ROWS = [
    "| 5105 | Harriet Quennell | hquennell@outlook.com   | 07700 900461 | 1958-03-14 | W9 2QT   |",
    "| 5106 | Owen Oxborrow    | oxborrow.o@gmail.com    | 07700 900287 |1971-11-02| S7 1HB   |",
    "| 5107 | Maeve Tollworthy | mtoll@wp.pl             | 07700 900815 | 1949-06-27 | M20 4LD  |",
]


def terminal_layout(lines: list[str]) -> Layout:
    """`lines` of a terminal as OCR reads them: a word per run of non-blanks, boxed PAD px wider
    than its characters."""
    return Layout(
        tuple(
            TextLine(
                tuple(
                    OcrWord(
                        m.group(),
                        Box(m.start() * CHAR_W - PAD // 2, i * PITCH, len(m.group()) * CHAR_W + PAD, LINE_H),
                        90.0,
                    )
                    for m in re.finditer(r"\S+", line)
                )
            )
            for i, line in enumerate(lines)
        )
    )


def found_in(lines: list[str], detector) -> dict[str, str]:
    layout = terminal_layout(lines)
    lt, findings = detector.find_spans(layout, ValueMemory())
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def test_rules_end_cells_in_a_box_table_of_small_text(detector):
    """The ordinary case, rules read apart from the cells: cutting at them keeps every type."""
    found = found_in(["sqlite> .mode box", HEADER, *ROWS, "sqlite>"], detector)
    names = ["Harriet Quennell", "Owen Oxborrow", "Maeve Tollworthy"]
    assert {v: found.get(v) for v in names} == dict.fromkeys(names, "PERSON"), found
    assert {"1958-03-14", "1971-11-02", "1949-06-27"} <= set(found), found  # (a date may be a phone's shape)
    assert not [v for v in found if v in ("5105", "5106", "5107", "sqlite>")], found


# sqlite_box at 66 %, as the analysis read it: the boxes as read, the values made up from the
# recording's (letters rotated, digits shifted, dates moved: none is anyone's). Its last row's
# date took both its rules, the one before it overlapping the mobile's last digit
READ_AT_66 = [
    ("7", 120, 211, 5, 8),
    ("|", 38, 217, 8, 14),
    ("I", 6, 218, 3, 12),
    ("id", 21, 218, 18, 12),
    ("|", 454, 218, 3, 12),
    ("|", 512, 218, 3, 12),
    ("full_name", 74, 219, 47, 12),
    ("email", 215, 219, 27, 9),
    ("mobile", 331, 219, 33, 9),
    ("dob", 410, 219, 17, 9),
    ("postcode", 463, 219, 43, 11),
    ("|", 122, 229, 3, 12),
    ("address", 10, 230, 37, 9),
    ("t", 6, 241, 4, 11),
    ("Cemlolvfxv|ynheracbhgybbx.pbz", 85, 258, 173, 18),
    ("8RT", 479, 261, 18, 15),
    ("|", 6, 263, 2, 11),
    ("|", 43, 263, 2, 11),
    ("|", 306, 263, 3, 12),
    ("|", 386, 263, 2, 12),
    ("|", 454, 263, 3, 12),
    ("|", 512, 263, 3, 12),
    ("6438", 15, 264, 21, 9),
    ("Ynhera", 52, 264, 32, 9),
    ("©0810", 315, 264, 27, 9),
    ("283559", 347, 264, 33, 9),
    ("1959-61-27", 396, 264, 52, 9),
    ("J6", 463, 264, 11, 9),
    ("99", 521, 264, 11, 9),
    ("Anguna", 537, 264, 32, 9),
    ("Yn", 574, 265, 11, 8),
    ("|", 122, 274, 2, 11),
    ("aqvat,", 4, 275, 31, 11),
    ("Crgreffuver", 41, 275, 59, 9),
    ("6439", 15, 284, 22, 15),
    ("Nyyra|xneyn@tznvy.pbz", 76, 284, 161, 15),
    ("76T", 478, 284, 19, 14),
    ("|", 306, 285, 3, 12),
    ("|", 386, 285, 2, 12),
    ("|", 454, 285, 3, 12),
    ("|", 512, 285, 3, 12),
    ("|", 6, 286, 4, 13),
    ("|", 43, 286, 3, 11),
    ("Xney", 47, 286, 26, 13),
    ("©0605", 315, 287, 27, 8),
    ("517497", 347, 287, 32, 8),
    ("1972-69-27", 396, 287, 52, 8),
    ("F4", 464, 287, 10, 8),
    ("9", 521, 287, 6, 8),
    ("Fgriraf", 532, 287, 37, 8),
    ("Yb", 574, 287, 11, 8),
    ("|", 122, 296, 3, 12),
    (";", 190, 296, 3, 13),
    ("qtr,", 4, 297, 21, 12),
    ("Gnlybesheg", 31, 297, 53, 12),
    (";", 122, 297, 2, 11),
    ("8YK", 484, 306, 18, 15),
    ("gn", 151, 307, 35, 24),
    ("|", 306, 308, 3, 11),
    ("|", 386, 308, 2, 11),
    ("|", 454, 308, 3, 11),
    ("|", 512, 308, 3, 11),
    ("Syng", 522, 308, 21, 10),
    ("Nyna", 563, 308, 22, 10),
    ("©0857", 315, 309, 27, 9),
    ("888862", 347, 309, 33, 9),
    ("1967-11-13", 396, 309, 52, 9),
    ("Z74", 463, 309, 17, 9),
    ("18", 548, 309, 11, 9),
    ("Fronfgvna", 52, 329, 48, 15),
    ("Xbeqn", 104, 329, 27, 15),
    ("xbeqn@bhgybbx.pbz", 210, 329, 90, 15),
    ("00588", 313, 329, 34, 15),
    ("011739", 346, 329, 36, 15),
    ("|1973-09-17|", 381, 329, 80, 15),
    ("GA2R", 464, 329, 23, 15),
    ("8WJ", 489, 329, 19, 15),
    ("|", 6, 330, 3, 14),
    ("|", 43, 330, 2, 12),
    ("|", 148, 330, 3, 12),
    ("|", 306, 330, 3, 12),
    ("|", 512, 330, 3, 12),
    ("6491", 15, 331, 22, 13),
    ("fronfgvna", 158, 331, 47, 9),
    ("97", 521, 331, 11, 9),
    ("Ebovafba", 537, 331, 43, 9),
    ("Qnzvnafvqr", 60, 341, 56, 17),
    ("-", 201, 341, 8, 17),
    ("Whapgvbaf", 4, 342, 48, 16),
]


def test_a_row_read_with_its_rules_glued_is_a_row_of_the_table(detector):
    """The last row's cells ran together ("<First> <Last>" left of its column; "<e-mail>
    <mobile> |<date>| <postcode> <street>" one cell): it fitted no column, was taken for
    another panel's strip under the table, and its date and postcode stayed readable."""
    words = [OcrWord(text, Box(x, y, w, h), 90.0) for text, x, y, w, h in READ_AT_66]
    lt, findings = detector.find_spans(group_lines(words), ValueMemory())
    found = {lt.text[f.start : f.end]: f.entity_type for f in findings}
    assert found.get("1973-09-17") == "DATE_OF_BIRTH", found
    assert found.get("GA2R 8WJ") == "ZIP_CODE", found
    assert any("Fronfgvna Xbeqn" in v for v in found), found  # (the wrapped "address" title types it too)
