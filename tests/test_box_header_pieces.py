"""A table drawn with rules whose header row OCR read as several lines (sqlite_box: sqlite3's
`.mode box` in a terminal narrower than the select). Each piece of the header row,
"| id | full_name |" and "| mobile | dob | postcode |", reads like a '|'-delimited header of its
own, and a data row that lost a rule to OCR ("| 5107 <First> <Last> | <e-mail>") has as many
fields as the first piece: it was read as that piece's row, the pieces' lines were claimed by the
delimited pass, and the grid pass then found no header row: the dates under `dob` stayed
unfound. A delimited header line that shares its visual row with other text, the delimiter facing
it, is a piece of a grid's row. Values are invented."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

CHAR_W, LINE_H, PITCH = 8, 13, 17  # a 10 pt terminal font


def pieces(row: int, line: str, *cuts: int) -> list[tuple[int, int, str]]:
    """`line` (one terminal line, box rules read as '|') as OCR lines cut at the columns `cuts`:
    (x, y, text) of each non-blank piece."""
    found = []
    for a, b in zip((0, *cuts), (*cuts, len(line))):
        text = line[a:b]
        if text.strip():
            start = a + len(text) - len(text.lstrip())
            found.append((start * CHAR_W, row * PITCH, text.strip()))
    return found


HEADER = "|  id  |    full_name     |             email              |    mobile    |    dob     | postcode |"
ROWS = [
    (
        "| 5105 | Harriet Quennell | hquennell@outlook.com          | 07700 900461 | 1958-03-14 | W9 2QT   | 41 Pellow",
        (),
    ),
    (
        "| 5106 | Owen Oxborrow    | oxborrow.o@gmail.com           | 07700 900287 | 1971-11-02 | S7 1HB   | 8 Tarrant",
        (58,),
    ),
    # OCR dropped the rule after the id (a thin glyph), and cut the line at the e-mail's gap
    (
        "| 5107   Maeve Tollworthy | mtoll@wp.pl                    | 07700 900815 | 1949-06-27 | M20 4LD  | Flat 3",
        (58,),
    ),
    ("| 5108 | Felix Dunnage    | felix.dunnage.home@outlook.com | 07700 900342 | 1983-09-19 | TN4 8XR  | 17 Gos", ()),
]
TAILS = ["Lane, Blackmere       |", "Road, Ellesby       |", "ven Court, Hatherby |", " Mews, Renfold      |"]
DATES = {"1958-03-14", "1971-11-02", "1949-06-27", "1983-09-19"}


def box_layout():
    rows = [(0, 0, "sqlite> .mode box"), *pieces(2, HEADER, 28, 58), (0, 3 * PITCH, "address            |")]
    # the rule under the header wraps too (lines 4 and 5, no text): the rows start on line 6
    for i, (line, cuts) in enumerate(ROWS):
        rows += pieces(6 + 2 * i, line, *cuts)
        rows.append((0, (7 + 2 * i) * PITCH, TAILS[i]))
    rows.append((0, 16 * PITCH, "sqlite>"))
    return text_layout(*rows, char_w=CHAR_W, line_h=LINE_H)


def test_a_box_header_read_in_pieces_types_its_columns(detector):
    lt, findings = detector.find_spans(box_layout(), ValueMemory())
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert {v for e, v in found if e == "DATE_OF_BIRTH"} >= DATES, found


def test_a_header_piece_is_no_delimited_table_to_remember(detector):
    """A piece remembered as a table of three fields ("| mobile | dob | postcode |") would type
    any later line of three '|' fields that starts where it started by its columns."""
    memory = ValueMemory()
    detector.find_spans(box_layout(), memory)
    lt, findings = detector.find_spans(text_layout((58 * CHAR_W, 0, "| build | 2024-03-11 | passed |")), memory)
    assert not [f for f in findings if f.entity_type == "DATE_OF_BIRTH"], findings


def test_a_header_alone_on_its_row_is_still_a_delimited_header(detector):
    rows = [
        "$ cat export.psv",
        "id|full_name|email|dob",
        "5201|Harriet Quennell|hq@example.org|1962-05-30",
        "5202|Owen Oxborrow|oo@example.org|1977-12-08",
    ]
    lt, findings = detector.find_spans(text_layout(*rows), ValueMemory())
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert {v for e, v in found if e == "DATE_OF_BIRTH"} >= {"1962-05-30", "1977-12-08"}, found


def test_a_rule_read_as_a_letter_across_two_rows_keeps_them_apart(detector):
    """Scaled to 75 %, rows 13 px apart: a box's left rule read as a tall "I" beside a row's id
    reaches into the next row. Its line's box, stretched down by it, overlapped the next row's
    lines and made both rows one, the next row's cells off its baseline: its date of birth,
    which no recognizer takes without its column, stayed unmasked."""
    xs = (16, 60, 220, 440, 530, 610)
    header = ("id", "full_name", "email", "phone", "dob", "postcode")
    people = [
        ("5301", "Tamsin Quenby", "tquenby@example.net", "07700 900114", "1962-05-17", "KT3 9ZZ"),
        ("5302", "Ignatius Cardew", "i.cardew@example.net", "07700 900226", "1975-10-03", "LS9 7QQ"),
        ("5303", "Zephyrine Pellegrew", "zpell@example.net", "07700 900338", "1988-02-21", "BN2 4XX"),
    ]
    rows = [(x, 0, title) for x, title in zip(xs, header, strict=True)]
    for i, row in enumerate(people, start=1):
        rows += [(x, 7 + 13 * i, cell) for x, cell in zip(xs, row, strict=True)]
    layout = text_layout(*rows, char_w=6, line_h=10)
    # the second row's id line with the rule, read as "I", 6 px below its top and 12 px tall
    lines = list(layout.lines)
    at = next(i for i, line in enumerate(lines) if line.words[0].text == "5302")
    rule = OcrWord("I", Box(4, lines[at].words[0].box.y + 6, 4, 12), 40.0)
    lines[at] = TextLine((rule, *lines[at].words))
    lt, findings = detector.find_spans(Layout(tuple(lines)), ValueMemory())
    dates = {lt.text[f.start : f.end] for f in findings if f.entity_type == "DATE_OF_BIRTH"}
    assert dates >= {"1962-05-17", "1975-10-03", "1988-02-21"}, dates
