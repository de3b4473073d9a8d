"""Tables that leaked (issue 16, tables and grids), drawn and read by real Tesseract through the
real detector: delimited text in a terminal (CSV, a psql result) typed by its header line also
after the header scrolled away; grid cells that fill their column (a long city, a right-aligned
salary) after the header scrolled away; a row redrawn under a selection and read as one word."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PIL import ImageFont

from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, Detection, OcrWord
from pipeline.detection.memory import ValueMemory
from pipeline.redact.verify import frame_layout
from tests.helpers import draw_screen, font

MONO, SANS = "DejaVuSansMono.ttf", "DejaVuSans.ttf"
SIZE = 15
PITCH = 26


@pytest.fixture(scope="module")
def read():
    config = OcrConfig()
    engine = make_engine(config)
    return lambda image: frame_layout(image, engine, config)


def value_box(face: ImageFont.FreeTypeFont, x: int, y: int, line: str, value: str) -> Box:
    """Where `value` is drawn inside `line` drawn at (x, y)."""
    x1 = x + face.getlength(line[: line.index(value)])
    _, top, _, bottom = face.getbbox(value)
    return Box.from_corners(int(x1), y + top, int(np.ceil(x1 + face.getlength(value))), y + bottom)


def covered(box: Box, detections: list[Detection]) -> bool:
    """Whether the union of the detections' boxes covers all of `box` (but a pixel at its ends)."""
    inner = box.pad(-1)
    cols = np.zeros(inner.w, bool)
    for det in detections:
        if det.box.y <= inner.y and det.box.y2 >= inner.y2:
            cols[max(det.box.x - inner.x, 0) : max(det.box.x2 - inner.x, 0)] = True
    return bool(cols.all())


def screen(rows: list[tuple[int, str]], face_name: str, size=(1100, 330)) -> np.ndarray:
    return draw_screen(
        [(x, 20 + i * PITCH, text) for i, (x, text) in enumerate(rows)],
        size=size,
        dark=face_name == MONO,
        font_size=SIZE,
        font_name=face_name,
    )


def boxes(rows: list[tuple[int, str]], face_name: str, values: list[str]) -> dict[str, Box]:
    face = font(SIZE, face_name)
    out = {}
    for i, (x, text) in enumerate(rows):
        for value in values:
            if value in text:
                out[value] = value_box(face, x, 20 + i * PITCH, text, value)
    return out


def read_and_check(detector, read, rows, values, kept=(), memory=None) -> list[Detection]:
    """Detect on a terminal screen of `rows`: each of `values` is masked, no word of `kept` is
    touched."""
    detections = detector.detect(read(screen(rows, MONO)), ValueMemory() if memory is None else memory)
    where = boxes(rows, MONO, [*values, *kept])
    for value in values:
        assert covered(where[value], detections), value
    for text in kept:
        assert not any(d.box.intersects(where[text]) for d in detections), text
    return detections


CSV_HEADER = "customer_id,full_name,email,mobile,city,signup_date"
CSV_ROWS = [
    ("Robin Johnson", "Derby", "4100,Robin Johnson,rjohnson@btinternet.com,07742 959068,Derby,2024-06-14"),
    ("Elizabeth Bird", "Glasgow", "4126,Elizabeth Bird,elizabeth.bird@outlook.com,07869 118240,Glasgow,2024-04-11"),
    ("Carolyn Green", "Norwich", "4139,Carolyn Green,cgreen@btinternet.com,07219 591736,Norwich,2024-04-17"),
]
LATER_ROWS = [
    ("Bernard Begum", "Leeds", "4204,Bernard Begum,bbegum@btinternet.com,07554 749919,Leeds,2024-07-03"),
    ("Liam Mitchell", "Exeter", "4178,Liam Mitchell,liamm@gmail.com,07678 866780,Exeter,2024-11-08"),
]


def test_csv_header_line_types_the_fields_below_it_and_after_it_scrolled_away(detector, read):
    memory = ValueMemory()
    first = [(10, "ada@ws-07:~$ cat customers.csv"), (10, CSV_HEADER), *((10, row) for *_, row in CSV_ROWS)]
    first.append((10, "Done, 3 rows, 0 errors"))
    values = [v for name, city, _ in CSV_ROWS for v in (name, city)]
    read_and_check(detector, read, first, values, ["customer_id", "full_name", "Done", "cat customers.csv"], memory)
    # scrolled: the header is gone, the rows that replaced it keep their columns' types
    later = [(10, row) for *_, row in LATER_ROWS] + [(10, "ada@ws-07:~$ ")]
    read_and_check(detector, read, later, [v for name, city, _ in LATER_ROWS for v in (name, city)], memory=memory)


def test_pipe_table_of_a_database_shell_is_typed_by_its_header(detector, read):
    rows = [
        (10, "crm=> select id, full_name, email, account_number from payees;"),
        (10, " id  | full_name        | email          | account_number"),
        (10, "-----+------------------+----------------+----------------"),
        (10, " 412 | Robin Johnson    | rj@example.org | 52903836"),
        (10, " 413 | Elizabeth Bird   | eb@example.org | 09536176"),
        (10, "(2 rows)"),
    ]
    values = ["Robin Johnson", "Elizabeth Bird", "52903836", "09536176", "rj@example.org", "eb@example.org"]
    detections = read_and_check(detector, read, rows, values, kept=["full_name", "(2 rows)"])
    rule = boxes(rows, MONO, ["-----+---"])["-----+---"]
    assert not any(d.box.y2 > rule.y + 4 and d.box.y < rule.y2 - 4 for d in detections), "the rule is no e-mail"


def test_psql_centred_header_and_expanded_record_are_typed(detector, read):
    """psql as it prints: column titles centred over wide padded cells (OCR reads the header as
    separate lines at the gaps, so it does not split into as many fields as its rows), then
    `\\x`'s expanded record, one "column | value" line each, where the title of a line is two
    header words ("account no") and its value a number: a key and its value, no header row."""
    rows = [
        (10, "crm=> SELECT id, full_name, email, date_of_birth, plan FROM customers LIMIT 3;"),
        (10, "  id   |    full_name     |            email            | date_of_birth |   plan"),
        (10, "-------+------------------+-----------------------------+---------------+----------"),
        (10, " 20417 | Daisy Ripley     | daisyr@icloud.com           | 1951-08-17    | basic"),
        (10, " 20424 | Lynette Fairley  | lynette_fairley@icloud.com  | 1998-11-23    | family"),
        (10, " 20431 | Louisa Jarvis    | louisa.jarvis@hotmail.co.uk | 1973-05-26    | business"),
        (10, "(3 rows)"),
        (10, ""),
        (10, "-[ RECORD 1 ]-+------------"),
        (10, "full_name     | Lynette Fairley"),
        (10, "sort_code     | 60-18-37"),
        (10, "account_no    | 05817342"),
    ]
    values = ["1951-08-17", "1998-11-23", "1973-05-26", "Daisy Ripley", "05817342", "60-18-37"]
    read_and_check(detector, read, rows, values, kept=["date_of_birth", "account_no", "(3 rows)"])


def test_a_delimited_table_with_no_personal_column_types_nothing(detector, read):
    rows = [
        (10, "$ cat services.csv"),
        (10, "name,status,startup_type,description"),
        (10, "wuauserv,Running,Manual,Windows Update"),
        (10, "Spooler,Stopped,Automatic,Print Spooler"),
    ]
    detections = detector.detect(read(screen(rows, MONO)), ValueMemory())
    assert not [d for d in detections if d.recognizer == "structure/table"]


def test_columns_aligned_by_spaces_under_identifier_headers_are_typed(detector, read):
    """`column -t` output of an API's export: the header's words are identifiers (dateOfBirth,
    home_town), the columns are cut by runs of spaces like a grid's."""
    rows = [
        (10, "$ column -t -s, patients.csv"),
        (10, "id    fullName        home_town     dateOfBirth"),
        (10, "412   Robin Johnson   Derby         14/03/1987"),
        (10, "413   Elizabeth Bird  Glasgow       02/11/1990"),
    ]
    values = ["Robin Johnson", "Elizabeth Bird", "Derby", "Glasgow", "14/03/1987", "02/11/1990"]
    read_and_check(detector, read, rows, values, kept=["dateOfBirth"])


def test_a_two_field_header_types_only_the_lines_below_it_on_its_screen(detector, read):
    """Once a "name,email" header has scrolled away, a line with one comma is not its row."""
    memory = ValueMemory()
    first = [(10, "$ cat team.csv"), (10, "name,email"), (10, "Robin Johnson,rj@example.org")]
    detections = detector.detect(read(screen(first, MONO)), memory)
    assert covered(boxes(first, MONO, ["Robin Johnson"])["Robin Johnson"], detections)
    later = [(10, "$ echo build,deploy"), (10, "build,deploy"), (10, "Status update, see notes")]
    detections = detector.detect(read(screen(later, MONO)), memory)
    assert not [d for d in detections if d.recognizer == "structure/table"]


# a spreadsheet: left-aligned headers at each column's start, a right-aligned salary column
SHEET_COLUMNS = (("Employee", 20), ("NI number", 190), ("City", 330), ("Salary", 500), ("Account", 620))
SALARY_RIGHT = 600  # salaries end here, the account column starts at 620


def sheet(rows: list[tuple[str, ...]], header: bool) -> tuple[np.ndarray, dict[str, Box]]:
    face = font(SIZE, SANS)
    lines: list[tuple[int, int, str]] = []
    where: dict[str, Box] = {}
    table = [tuple(name for name, _ in SHEET_COLUMNS), *rows] if header else rows
    for r, row in enumerate(table):
        y = 30 + r * PITCH
        for (name, x), cell in zip(SHEET_COLUMNS, row):
            if name == "Salary" and cell != "Salary":
                x = int(SALARY_RIGHT - face.getlength(cell))
            lines.append((x, y, cell))
            where[cell] = value_box(face, x, y, cell, cell)
    return draw_screen(lines, size=(800, 40 + len(table) * PITCH), font_size=SIZE), where


def test_grid_cells_that_fill_their_column_keep_their_type_after_the_header_scrolled_away(detector, read):
    memory = ValueMemory()
    first = [("Oliver Smith", "QQ 12 34 56 C", "Newcastle upon Tyne", "£32,000", "52903836")]
    image, where = sheet(first, header=True)
    detections = detector.detect(read(image), memory)
    assert covered(where["Newcastle upon Tyne"], detections), "a long city is one cell of its column"
    assert covered(where["52903836"], detections)
    assert not any(d.box.intersects(where["£32,000"]) for d in detections), "an untyped column stays readable"

    later = [
        ("Harry Brown", "CD 11 22 33 A", "York", "£129,000", "09536176"),
        ("Amelia Jones", "AB 98 76 54 D", "Bath", "£41,500", "27385855"),
    ]
    image, where = sheet(later, header=False)
    detections = detector.detect(read(image), memory)
    for value in ("09536176", "27385855", "York", "Bath"):
        assert covered(where[value], detections), value
    assert not any(d.box.intersects(where["£129,000"]) for d in detections)


def test_a_row_redrawn_under_a_selection_and_read_as_one_word_is_still_typed(detector):
    """OCR reads the cells under a range selection's tint run together; the word that covers a
    typed column is typed (a synthetic layout: the merge is Tesseract's, not reproducible by
    drawing)."""
    memory = ValueMemory()

    def words(rows: list[tuple[str, ...]], y0: int) -> list[OcrWord]:
        out = []
        for r, row in enumerate(rows):
            for (_, x), cell in zip(SHEET_COLUMNS, row):
                out.append(OcrWord(cell, Box(x, y0 + r * PITCH, 9 * len(cell), 18), 95.0))
        return out

    header = tuple(name for name, _ in SHEET_COLUMNS)
    detector.detect(
        group_lines(words([header, ("Oliver Smith", "QQ 12 34 56 C", "Leeds", "£32,000", "52903836")], 30)), memory
    )
    row = words([("Harry Brown", "CD 11 22 33 A", "York")], 30)
    merged = OcrWord("£129,00009536176", Box(530, 30, 160, 18), 80.0)  # salary and account as one word
    found = detector.detect(group_lines([*row, merged]), memory)
    assert any(d.box.contains(merged.box.pad(-2)) for d in found)


def test_captions_of_a_window_over_a_grid_are_not_names(detector):
    """A notes window dragged over a customer grid: its title and buttons line up with the
    grid's columns, but "Call notes" is a caption, not a customer (once typed, the recording's
    memory masked it everywhere)."""
    memory = ValueMemory()

    def row(cells: tuple[str, ...], y: int) -> list[OcrWord]:
        out = []
        for (_, x), cell in zip(SHEET_COLUMNS, cells):
            for word in cell.split():
                out.append(OcrWord(word, Box(x, y, 9 * len(word), 18), 95.0))
                x += 9 * len(word) + 6
        return out

    header = tuple(name for name, _ in SHEET_COLUMNS)
    words = [
        *row(header, 30),
        *row(("Luca della Robbia", "QQ 12 34 56 C", "Leeds", "£32,000", "52903836"), 60),
        *row(("Call notes", "", "Save note", "", ""), 90),
    ]
    found = detector.detect(group_lines(words), memory)
    assert covered(Box(20, 60, 9 * 15 + 12, 18), found), "a name with a particle is a name"
    assert not any(det.box.intersects(Box(20, 92, 9 * 10 + 6, 14)) for det in found)


def test_csv_rows_read_with_a_comma_lost_are_typed_by_their_columns(detector, read):
    """A CSV `cat` in a terminal scaled down (terminal_user at 66 %, crf 36): a comma is a pixel
    or two, and OCR loses one here and there or reads it as a dot. Drawn as it was read: the
    header's 'mobile city' made one field (no city column), and rows a field short or long were
    no rows of the table: their names and cities stayed readable. A header field of two header
    phrases is two columns; a row a delimiter off, next to the table's rows, has each field
    typed by the columns it may stand for (aligned from the left and from the right)."""
    rows = [
        (10, "ada@ws-07:~$ cat customers.csv"),
        (10, "customer_id,full_name,email,mobile city,signup_date"),
        (10, "4100,Robin Johnson,rjohnson@btinternet.com,07742 959068,Derby,2024-06-14"),
        (10, "4126,Elizabeth Bird elizabeth.bird@outlook.com,07869 118240,Glasgow,2024-04-11"),
        (10, "4139,Carolyn Green,cgreen@btinternet.com,07219 591736.Norwich,2024-04-17"),
        (10, "4178,Liam Mitchell,liamm@gmail.com,07678 866780,Exeter,2024-11-08"),
        (10, "ada@ws-07:~$ echo done, 4 rows"),
    ]
    values = ["Robin Johnson", "Derby", "Elizabeth Bird", "Glasgow", "Carolyn Green", "Norwich"]
    values += ["Liam Mitchell", "Exeter"]
    read_and_check(detector, read, rows, values, kept=["customer_id", "cat customers.csv", "echo done, 4 rows"])


def _terminal_words(lines: list[str], y0: int = 100) -> list[OcrWord]:
    """A terminal's lines as OCR gives them: monospace words, 9 px a character."""
    words = []
    for i, text in enumerate(lines):
        x = 37
        for part in text.split(" "):
            words.append(OcrWord(part, Box(x, y0 + 18 * i, 9 * len(part), 14), 95.0))
            x += 9 * (len(part) + 1)
    return words


def _aligned_words(lines: list[str], y0: int = 100) -> list[OcrWord]:
    """`column -t` output as OCR gives it: monospace words where the text has them, 9 px a
    character, runs of spaces left as gaps."""
    return [
        OcrWord(m.group(), Box(37 + 9 * m.start(), y0 + 18 * i, 9 * len(m.group()), 14), 95.0)
        for i, text in enumerate(lines)
        for m in re.finditer(r"\S+", text)
    ]


def test_an_address_split_inside_its_letters_is_typed_by_its_email_column(detector):
    """tmux_panes at 75 %: `column -t` of a customer CSV in a tmux pane, 7 px letters. OCR read a
    row's e-mail with its '@' as a letter and a gap inside its local part ("<5 letters>
    <rest><letter><domain>. <tld>"); the e-mail column refused a cell of two pieces, no
    recognizer found it, and it stayed readable for 14 s. Two pieces of an address's small
    letters ending in a domain, the first no English word, are typed."""
    lines = [
        "$ column -t -s, members.csv",
        "id    name              email                         postcode",
        "5101  Tegwen Fenwright  tegwen.f@kestrelmail.net      YO8 2HZ",
        "5102  Wynford Pask      wynfo rdpaskoravenmail. net   HU7 3WT",
        "ops@build-7:~/exports$ vim sync.csv",
    ]
    words = _aligned_words(lines)
    found = detector.detect(group_lines(words), ValueMemory())
    split = [w for w in words if w.text in ("wynfo", "rdpaskoravenmail.", "net")]
    assert len(split) == 3
    assert _covered_by(found, split, "EMAIL_ADDRESS")
    command = [w for w in words if w.box.y == 100 + 18 * 4]
    assert not [d for d in found if any(d.box.intersects(w.box) for w in command)], "a command is no row"


def test_a_postcode_whose_s_was_read_as_a_dollar_sign_is_typed_whole(detector):
    """tmux_panes at 75 %: a postcode "S<d> <d>AA" read "$<d> <d>AA" under the postcode column.
    The "$<d>" was set aside as an amount of money, and the outward code stayed readable beside
    its masked inward code."""
    lines = [
        "id    name              postcode",
        "5101  Tegwen Fenwright  YO8 2HZ",
        "5102  Wynford Pask      $4 7QX",
    ]
    words = _aligned_words(lines)
    found = detector.detect(group_lines(words), ValueMemory())
    postcode = [w for w in words if w.text in ("$4", "7QX")]
    assert len(postcode) == 2
    assert _covered_by(found, postcode, "ZIP_CODE")


@pytest.mark.parametrize("read", ["IGO OLR", "NSO ISB", "IG OLR"])
def test_a_postcode_whose_digits_were_read_as_letters_is_typed(detector, read):
    """vim_editing at 66 % (a re-recording): a postcode under its column read with its zeros as
    O's or lost, no digit left ("<AA>O O<AA>", "<AA> O<AA>"): no postcode, and it stayed
    readable. A word of capitals alone in the column is still none."""
    lines = [
        "id    name              postcode",
        "5101  Tegwen Fenwright  YO8 2HZ",
        f"5102  Wynford Pask      {read}",
        "5103  Ione Carbery      PENDING",
    ]
    words = _aligned_words(lines)
    found = detector.detect(group_lines(words), ValueMemory())
    postcode = [w for w in words if w.text in read.split()]
    assert len(postcode) == 2
    assert _covered_by(found, postcode, "ZIP_CODE")
    pending = [w for w in words if w.text == "PENDING"]
    assert not [d for d in found if d.entity_type == "ZIP_CODE" and d.box.intersects(pending[0].box)]


def test_a_header_line_misread_is_no_row_of_its_own_table(detector):
    """terminal_ops_secrets (../shared/recordings), the gate's frame at 27.8 s: `head -4 payouts.csv`
    printed 'payee,iban,ssn,amount_usd', read on a later frame as 'Jayee,iban,ssn,amount usd'. No
    longer a header line (its first field no column name), it had the remembered table's four
    fields and was read as a row: 'Jayee' typed as a payee's name (PERSON structure/table, a block).
    A line half of whose fields, two or more, are column names is the header, misread."""
    memory = ValueMemory()
    first = ["$ head -4 payouts.csv", "payee,iban,ssn,amount_usd", "Ken Lee,GB33BUKB20201555555556,123-45-6780,10.00"]
    detector.detect(group_lines(_terminal_words(first)), memory)
    later = _terminal_words(["Jayee,iban,ssn,amount usd", "Ann Roe,GB33BUKB20201555555557,123-45-6781,20.00"])
    found = detector.detect(group_lines(later), memory)
    header = [w for w in later if w.box.y == 100]
    assert not [d for d in found if any(d.box.intersects(w.box) for w in header)], "the header is no row"
    row = [w for w in later if w.box.y == 118]
    assert {d.entity_type for d in found if any(d.box.intersects(w.box) for w in row)} >= {
        "PERSON",
        "IBAN_CODE",
        "US_SSN",
    }


def _covered_by(found: list[Detection], words: list[OcrWord], entity: str) -> bool:
    return all(any(d.entity_type == entity and d.box.contains(w.box) for d in found) for w in words)


def test_csv_cells_misread_in_a_scaled_terminal_are_typed_by_their_columns(detector):
    """terminal_user at 66 % (corpus_v2): a `cat` of a CSV in an xterm whose letters are 7 px.
    OCR read a row's e-mail with its '@' as a 'g' and a gap after the dot ('first. lastgdomain'),
    and another row's surname in small letters; no recognizer found either, and the e-mail
    column refused a cell of two words with no '@', the name column one with a lower-case word
    (a status bar under a grid). Both stayed readable on every frame. An e-mail cell whose parts
    joined at their dots end in a lower-case domain is typed; a field of a row cut into the
    header's field count is a name with one lower-case word after a capitalised one."""
    lines = [
        "$ cat customers.csv",
        "customer_id,full_name,email,phone,city",
        "4100,Ken Lee,ken.lee@example.org,07700 900123,Leeds",
        "4113,Ann Roe,ann. roegexample.net,07700 900456,York",
        "4126,Marta sandoval,msandoval@example.org,07700 900789,Hull",
    ]
    words = _terminal_words(lines)
    found = detector.detect(group_lines(words), ValueMemory())
    on = {text: [w for w in words if w.text == text] for text in ("ann.", "roegexample.net,07700", "Marta", "sandoval")}
    assert _covered_by(found, on["ann."], "EMAIL_ADDRESS")
    assert any(d.entity_type == "EMAIL_ADDRESS" and d.box.intersects(on["roegexample.net,07700"][0].box) for d in found)
    assert _covered_by(found, [*on["Marta"], *on["sandoval"]], "PERSON")
    header = [w for w in words if w.box.y == 118]
    assert not [d for d in found if any(d.box.intersects(w.box) for w in header)], "the header is no row"


@pytest.mark.parametrize(
    ("entity", "cell", "delimited", "shaped"),
    [
        ("EMAIL_ADDRESS", "ann. roegexample.net", False, True),
        ("EMAIL_ADDRESS", "ann.roe@example.net", False, True),
        ("EMAIL_ADDRESS", "St. Ives", False, False),  # a town under an Email column of a form
        ("EMAIL_ADDRESS", "Dr. Jones", True, False),
        ("EMAIL_ADDRESS", "see notes. pending", True, False),
        ("EMAIL_ADDRESS", "wynfo rdpaskoravenmail. net", False, True),  # split inside, its '@' an 'o'
        ("EMAIL_ADDRESS", "less sync.log", False, False),  # a command under the column
        ("EMAIL_ADDRESS", "Wynfo rdpaskoravenmail.net", False, False),
        ("PERSON", "Marta sandoval", True, True),
        ("PERSON", "Call notes", False, False),  # a status bar run on under a grid
        ("PERSON", "Type here to search", True, False),
        ("PERSON", "marta sandoval lopez", True, False),
    ],
)
def test_a_cell_misread_is_typed_only_in_the_shape_of_its_column(entity, cell, delimited, shaped):
    from pipeline.detection.structure.cells import cell_shape_ok

    assert cell_shape_ok(entity, cell, delimited=delimited) is shaped


def _csv_spans(detector, header: str, recognizer: str = "") -> set[tuple[str, str]]:
    """The spans found in the CSV under `header`, those of recognizers named `recognizer...` only."""
    from tests.test_detect import make_layout

    rows = [header, *(row for *_, row in CSV_ROWS)]
    lt, spans = detector.find_spans(make_layout(*rows))
    return {(lt.text[s.start : s.end], s.entity_type) for s in spans if s.recognizer.startswith(recognizer)}


def test_a_csv_header_field_misread_by_a_letter_still_types_its_column(detector):
    """terminal_user of corpus_v3 at 66 % (issue 18): the header's `full_name` read `full_nane`
    left the name column untyped, and the customers' names (which NER does not tag in a CSV
    row) stayed readable for the whole recording. The line is a header by its other fields;
    a field one letter off a personal column's name of 6 letters or more is that column."""
    header = CSV_HEADER.replace("full_name", "full_nane")
    found = _csv_spans(detector, header)
    assert {(name, "PERSON") for name, *_ in CSV_ROWS} <= found
    assert {(name, "PERSON") for name, *_ in CSV_ROWS} <= _csv_spans(detector, CSV_HEADER)


def test_a_short_or_far_misread_header_field_types_nothing(detector):
    """No column from a field far from any personal column's name ("fuII_nome": three letters
    off), and none from a misread short name ("nane" for "name": too many words are one letter
    off a four-letter one). The structure's findings only: a name that its own address spells
    ("<first>.<last>@") is a person whatever the header (spelt_names.py)."""
    for header in (CSV_HEADER.replace("full_name", "fuII_nome"), "customer_id,nane,email,mobile,city,signup_date"):
        found = _csv_spans(detector, header, "structure/")
        assert not {(name, "PERSON") for name, *_ in CSV_ROWS} & found, header


def _short_row(text: str, width_chars: int, y: int) -> list[OcrWord]:
    """A row as OCR collapsed it: `text` read, its words' boxes spread over the `width_chars`
    character cells (9 px each) its ink takes."""
    parts = text.split(" ")
    step = 9 * width_chars // len(parts)
    return [OcrWord(part, Box(37 + i * step, y, step - 9, 14), 60.0) for i, part in enumerate(parts)]


def test_a_csv_row_read_far_short_of_its_width_is_masked_from_its_first_personal_column():
    """terminal_user of corpus_v3 at 66 % (issue 18): rows of a `cat` CSV read with most of
    their letters lost (an id, a name and 27 characters for 7 fields of 80): too few fields to
    align to the header's columns, so none was typed, and the names, e-mails, phones and cities
    of four rows stayed readable all through. A row that shows its delimiter, beside the
    table's rows, read with under 70 % of the characters its width holds at the header's
    character width is masked from its first personal column to its end."""
    from pipeline.detection.detector import DetectConfig, Detector

    detector = Detector(DetectConfig())
    lines = [
        "$ cat customers.csv",
        "customer_id,full_name,email,phone,city",
        "4100,Ken Lee,ken.lee@example.org,07700 900123,Leeds",
    ]
    words = _terminal_words(lines)
    # '4113,Ann Roe,ann.roe@example.net,07700 900456,York' (50 characters) read short
    short = _short_row("4113,Ann Roetkxmplnt0770,ork", 50, 100 + 18 * 3)
    after = _terminal_words(["$ echo done, 2 rows"], y0=100 + 18 * 4)
    found = detector.detect(group_lines([*words, *short, *after]), ValueMemory())
    masked = [d for d in found if d.box.intersects(short[1].box)]
    assert masked and masked[0].entity_type == "PERSON"  # the first personal column after the id
    # from the row's first field (the id column is typed too) to its end
    assert masked[0].box.x <= short[0].box.x and masked[0].box.x2 >= short[-1].box.x2 - 1
    # a row read whole is typed cell by cell; a short line after the table is no row
    row = {d.entity_type for d in found if d.box.y2 > 136 and d.box.y < 150}
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION"} <= row, row
    assert not [d for d in found if any(d.box.intersects(w.box) for w in after)]


def test_a_csv_row_read_whole_with_a_field_too_few_is_not_masked_whole():
    """A row read as long as its width, with fields merged (a lost comma in a four-column table
    read as two fields), is no unread row: it is typed by alignment or left as it is."""
    from pipeline.detection.detector import DetectConfig, Detector

    detector = Detector(DetectConfig())
    lines = [
        "customer_id,full_name,email,phone,city",
        "4100,Ken Lee,ken.lee@example.org,07700 900123,Leeds",
        "Ticket 4113 closed, see notes for the customer history today",
    ]
    words = _terminal_words(lines)
    found = detector.detect(group_lines(words), ValueMemory())
    last = [w for w in words if w.box.y == 136]
    assert not [d for d in found if any(d.box.intersects(w.box) for w in last)]


def test_a_login_column_types_itself_but_not_a_name_column_beside_it(detector, read):
    """`query user` in a console: the USERNAME column holds the logins of the sessions, and no
    other personal column stands beside it. Task Manager's details as `tasklist /v` prints them:
    the "User name" column's logins are masked, the "Name" column beside it lists processes."""
    rows = [
        (10, "PS C:\\> query user"),
        (10, " USERNAME       SESSIONNAME    ID  STATE   IDLE TIME  LOGON TIME"),
        (10, ">oquennell      console         1  Active      none   02/12/2025 08:01"),
        (10, " vtamsin        rdp-tcp#3       2  Active        12   02/12/2025 09:22"),
    ]
    read_and_check(detector, read, rows, ["oquennell", "vtamsin"], kept=["USERNAME", "console", "Active"])
    rows = [
        (10, "Name            PID    Status     User name       Memory"),
        (10, "OUTLOOK.EXE     8840   Running    hbrightwell     412,880 K"),
        (10, "svchost.exe     1284   Running    SYSTEM          14,216 K"),
        (10, "Teams.exe       9120   Running    hbrightwell     301,112 K"),
    ]
    read_and_check(detector, read, rows, ["hbrightwell"], kept=["OUTLOOK.EXE", "svchost.exe", "Teams.exe", "SYSTEM"])


def test_a_staff_or_patient_number_column_is_typed(detector, read):
    """An HR export's "Staff ID" column and a clinic list's "MRN" column: a person's number
    in an organisation's records, typed like an account number by its header."""
    rows = [
        (10, "Employee          Staff ID       Department"),
        (10, "Aurelia Vossberg  E-604118       Finance"),
        (10, "Tobias Kranewitt  E-604377       Operations"),
        (10, ""),
        (10, "Patient           MRN            Ward"),
        (10, "Ilse Marchetti    00730561       7B"),
    ]
    read_and_check(detector, read, rows, ["E-604118", "E-604377", "00730561"], kept=["Staff ID", "Finance", "Ward"])


def test_a_prompt_line_under_a_table_is_no_row(detector, read):
    """psql: a result's header and rows, a notice, then the next command typed at the prompt,
    its first letters under the name column ("crm=> SELEC"): a command, no row of the table,
    which ends there. The rows above it are still typed."""
    rows = [
        (10, "crm=> SELECT id, full_name, city FROM customers;"),
        (10, " id  | full_name        | city"),
        (10, "-----+------------------+---------"),
        (10, " 412 | Isolde Farquhar  | Dunholt"),
        (10, " 413 | Ambrose Tilney   | Carrow"),
        (10, "Expanded display is on."),
        (10, "crm=> SELEC"),
    ]
    read_and_check(detector, read, rows, ["Isolde Farquhar", "Ambrose Tilney"], kept=["SELEC", "Expanded display"])
