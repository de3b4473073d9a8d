"""Screen structure: typed table columns (also after the header scrolled away), header words that
are never values, and secret blocks under their heading."""

from __future__ import annotations

import shutil
import subprocess
import sys

import cv2
import pytesseract
import pytest

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.errors import ConfigError
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, Detection, OcrWord
from pipeline.detection.config import DetectConfig
from pipeline.detection.detector import Detector
from pipeline.detection.memory import ValueMemory
from pipeline.detection.structure.blocks import code_like
from pipeline.detection.structure.lists import RECOGNIZER as LIST_RECOGNIZER
from tests.helpers import draw_screen

CHAR_W, LINE_H, ROW_PITCH = 9, 18, 30
COLUMNS_X = (50, 250, 420, 600, 780)
HR_HEADER = ("Employee", "NI number", "Date of birth", "City", "Salary")
HR_ROWS = (
    ("Oliver Smith", "QQ 12 34 56 C", "14/03/1987", "Leeds", "£32,000"),
    ("Amelia Jones", "AB 98 76 54 D", "02/11/1990", "Bristol", "£41,500"),
)


def table_words(rows, y0: int = 100, xs=COLUMNS_X) -> list[OcrWord]:
    """OCR words of a grid: each cell's words left-aligned at its column's x."""
    words = []
    for r, row in enumerate(rows):
        for x, cell in zip(xs, row):
            for text in cell.split():
                words.append(OcrWord(text, Box(x, y0 + r * ROW_PITCH, CHAR_W * len(text), LINE_H), 95.0))
                x += CHAR_W * len(text) + 6
    return words


def found(detector: Detector, words: list[OcrWord], memory: ValueMemory | None = None) -> set[tuple[str, str]]:
    """(entity type, covered text) for each detection, the text read back from the words under it."""
    out = set()
    for det in detector.detect(group_lines(words), memory):
        covered = " ".join(w.text for w in words if _inside(w.box, det))
        out.add((det.entity_type, covered))
    return out


def _inside(box: Box, det: Detection) -> bool:
    return det.box.contains(box)


def test_header_row_types_every_cell_below(detector):
    hits = found(detector, table_words([HR_HEADER, *HR_ROWS]))
    for row in HR_ROWS:
        assert ("PERSON", row[0]) in hits
        assert ("UK_NINO", row[1]) in hits
        assert ("DATE_OF_BIRTH", row[2]) in hits
        assert ("LOCATION", row[3]) in hits
    assert not any(text.startswith("£") for _, text in hits), "an untyped column stays readable"
    assert not any(text in HR_HEADER for _, text in hits), "header words are labels, not values"


def _placed(y: int, *cells: tuple[int, str]) -> list[OcrWord]:
    """OCR words of one row: each cell's words from its x, a space (6 px) apart."""
    words = []
    for x, cell in cells:
        for text in cell.split():
            words.append(OcrWord(text, Box(x, y, CHAR_W * len(text), LINE_H), 95.0))
            x += CHAR_W * len(text) + 6
    return words


def test_a_pipe_table_whose_header_was_read_in_pieces_is_typed_by_position(detector):
    """psql centres its column titles over wide cells; OCR reads the header as separate lines at
    its widest gaps, each with fewer "|" fields than the rows have. Read as delimited text the
    pieces are headers of no row; their cells still line up with the rows' cells."""
    xs = (20, 100, 300, 520, 650, 760, 940)
    titles = ("id", "full name", "email", "phone", "postcode", "date of birth", "plan")
    # three pieces: "id full name" (its bars not read), "email", and the rest with its bars
    words = _placed(100, *zip(xs[:3], titles[:3])) + _placed(100, *zip(xs[3:], titles[3:]))
    words += _placed(100, *((x - 20, "|") for x in xs[3:]))
    rows = [
        ("20417", "Daisy Ripley", "daisyr@icloud.com", "07834 296051", "E5 8QT", "1951-08-17", "basic"),
        ("20424", "Louisa Jarvis", "ljarvis@hotmail.co.uk", "07916 483270", "S11 8PN", "1973-05-26", "plus"),
    ]
    for r, row in enumerate(rows):
        words += _placed(130 + r * ROW_PITCH, *zip(xs, row), *((x - 20, "|") for x in xs[1:]))
    hits = found(detector, words)
    for row in rows:
        assert ("DATE_OF_BIRTH", row[5]) in hits


def test_columns_keep_their_types_after_the_header_scrolled_away(detector):
    memory = ValueMemory()
    found(detector, table_words([HR_HEADER, *HR_ROWS]), memory)
    later = ("Harry Brown", "CD 11 22 33 A", "05/05/1975", "York", "£29,000")
    hits = found(detector, table_words([later], y0=40), memory)
    assert {("UK_NINO", later[1]), ("DATE_OF_BIRTH", later[2]), ("LOCATION", later[3])} <= hits
    # without the recording's memory, the lone row is just text with a date and a code in it
    assert ("UK_NINO", later[1]) not in found(detector, table_words([later], y0=40))


def test_a_header_read_without_a_short_word_keeps_its_columns_types(detector):
    """A grid scaled down (or re-encoded at a low bitrate) whose frozen header row lost a short
    word: "NI number" read "number", a little right of where "NI" started. The row is still a
    header (its other cells are), so it claims the rows below: the column it could not type
    takes the type of the column the recording's table had there, and a cell that OCR misread
    there (never learnt as a value) is typed all the same."""
    memory = ValueMemory()
    found(detector, table_words([HR_HEADER, *HR_ROWS]), memory)
    header = ("Employee", "number", "Date of birth", "City", "Salary")
    shifted = (COLUMNS_X[0], COLUMNS_X[1] + 3 * CHAR_W, *COLUMNS_X[2:])
    later = ("Harry Brown", "CD $1 22330", "05/05/1975", "York", "£29,000")
    words = table_words([header], y0=40, xs=shifted) + table_words([later], y0=40 + ROW_PITCH)
    assert ("UK_NINO", later[1]) in found(detector, words, memory)
    # without the recording's table, the misread header types nothing in that column
    assert ("UK_NINO", later[1]) not in found(detector, words)


def test_a_column_whose_header_was_read_as_another_header_word_keeps_its_own_type(detector):
    """Another table drawn where the recording's was (same other columns), whose second column
    is a department: its cells are no NI numbers."""
    memory = ValueMemory()
    found(detector, table_words([HR_HEADER, *HR_ROWS]), memory)
    header = ("Employee", "Department", "Date of birth", "City", "Salary")
    row = ("Harry Brown", "Ops 3B", "05/05/1975", "York", "£29,000")
    hits = found(detector, table_words([header, row], y0=40), memory)
    assert ("DATE_OF_BIRTH", row[2]) in hits
    assert not any(text == row[1] for _, text in hits)


def test_chrome_around_a_grid_is_not_read_as_its_rows(detector):
    """A CRM grid between a toolbar and a footer/taskbar whose texts line up with its columns:
    the grid's cells are typed, the chrome is not (not even by the recording's memory of the
    grid once the header has been seen)."""
    crm_header = ("Customer name", "E-mail address", "Phone number", "City")
    crm_rows = [("Marta Kowalski", "mk@example.org", "(555) 201-3344", "Leeds")]
    toolbar = [("Search customers", "", "New customer", "")]
    footer = [("25 customers", "", "", ""), ("Q Type here to search", "Contoso CRM", "", "")]
    memory = ValueMemory()
    words = table_words(toolbar, y0=40) + table_words([crm_header, *crm_rows, *footer])
    for _ in range(2):  # the second screen speaks with the memory of the first
        hits = found(detector, words, memory)
        assert {("PERSON", "Marta Kowalski"), ("EMAIL_ADDRESS", "mk@example.org")} <= hits
        chrome = {"Search customers", "New customer", "25 customers", "Q Type here to search", "Contoso CRM"}
        assert not [text for _, text in hits if text in chrome]


def test_a_generic_name_header_alone_does_not_make_a_people_table(detector):
    services = [
        ("Name", "Description", "Status", "Startup Type"),
        ("wuauserv", "Windows Update", "Running", "Manual"),
        ("Dnscache", "DNS Client", "Running", "Automatic"),
        ("BITS", "Background Intelligent Transfer Service", "Stopped", "Manual"),
    ]
    assert found(detector, table_words(services)) == set()


def test_a_login_alone_in_an_owner_or_user_column_is_a_username(detector):
    """A print queue's "Owner", a job list's "User": no other personal column beside it, so the
    column types nothing, but a cell that is a login alone (one lower-case token no English word
    knows, after a domain too) is the person's; system accounts and capitalised words stay."""
    queue = [
        ("Document Name", "Status", "Owner", "Pages", "Submitted"),
        ("Quarterly figures.xlsx", "Printing", "SYSTEM", "4", "10:02:11"),
        ("Test Page", "Error", "bquaile", "1", "10:03:40"),
        ("Meeting notes", "Paused", "Administrator", "2", "10:05:02"),
        ("Draft contract.docx", "Spooling", "CORP\\rtennant2", "6", "10:06:19"),
    ]
    words = table_words(queue)
    hits = found(detector, words)
    assert ("USERNAME", "bquaile") in hits, hits
    # the login after its domain: the box covers the login, the domain's "CORP\\" left out
    domain = next(w for w in words if w.text.startswith("CORP"))
    logins = [d.box for d in detector.detect(group_lines(words)) if d.entity_type == "USERNAME"]
    assert any(domain.box.x < b.x and b.x2 >= domain.box.x2 - 1 and b.y <= domain.box.y <= b.y2 for b in logins), logins
    covered = " ".join(text for _, text in hits)
    for innocent in ("SYSTEM", "Administrator", "Printing", "Quarterly", "Test Page"):
        assert innocent not in covered, innocent


def test_a_terminal_s_print_queue_and_process_list_type_their_logins(detector):
    """`lpq`'s "Rank | Owner | Job | File(s) | Total Size" and `ps`'s "USER  PID %CPU %MEM
    COMMAND" (its headers a space apart, one cell, "%" before two of them), as a terminal
    prints them: the logins under Owner and USER are found, system accounts stay."""
    queue = [
        ("Rank", "Owner", "Job", "File(s)", "Total Size"),
        ("active", "rbalogun", "112", "Quarterly figures.xlsx", "457728 bytes"),
        ("2nd", "kpenhaligon", "113", "Meeting notes.docx", "683008 bytes"),
    ]
    hits = found(detector, table_words(queue))
    assert {("USERNAME", "rbalogun"), ("USERNAME", "kpenhaligon")} <= hits, hits
    processes = [
        ("USER", "PID %CPU %MEM COMMAND"),
        ("root", "612 2.0 1.7 /usr/sbin/cupsd -l"),
        ("ewardlaw", "2231 0.9 3.9 evince report.pdf"),
        ("www-data", "812 0.2 0.9 nginx: worker process"),
    ]
    hits = found(detector, table_words(processes, xs=(50, 160)))
    assert ("USERNAME", "ewardlaw") in hits, hits
    assert not {text for _, text in hits} & {"root", "www-data"}, hits


def test_system_accounts_and_words_in_a_user_column_are_no_logins(detector):
    processes = [
        ("USER", "PID", "%CPU", "%MEM", "COMMAND"),
        ("root", "1", "0.0", "0.1", "/sbin/init"),
        ("www-data", "812", "0.0", "0.3", "nginx"),
        ("postgres", "911", "0.0", "0.5", "postgres"),
        ("backup", "977", "0.0", "0.1", "rsync"),
    ]
    assert found(detector, table_words(processes)) == set()


def test_a_system_account_misread_by_a_letter_is_no_login(detector):
    """Small terminal type reads a service account with a letter lost or misread ("postgrs",
    "www-dota"): still the service's, no person's login (the gate read it so on a clean `ps`)."""
    processes = [
        ("USER", "PID", "%CPU", "%MEM", "COMMAND"),
        ("postgrs", "911", "0.0", "0.5", "postgres"),
        ("www-dota", "812", "0.0", "0.3", "nginx"),
        ("rbalogun", "2231", "0.9", "3.9", "evince"),
    ]
    hits = found(detector, table_words(processes))
    assert ("USERNAME", "rbalogun") in hits, hits
    assert not {text for _, text in hits} & {"postgrs", "www-dota"}, hits


def test_a_generic_name_header_beside_personal_columns_types_names(detector):
    contacts = [("Name", "Email", "Phone"), ("Marta Kowalski", "mk@example.org", "(555) 201-3344")]
    hits = found(detector, table_words(contacts))
    assert ("PERSON", "Marta Kowalski") in hits


def test_codes_under_a_secret_heading_are_secrets_and_prose_stays(detector):
    lines = [
        (50, 100, "Recovery codes"),
        (50, 130, "Each code can be used once."),
        (50, 160, "4f9k-2m8q"),
        (220, 160, "7hb2-k3pd"),
        (50, 185, "x8c1-q0wz"),
        (220, 185, "m2n7-r5ts"),
        (50, 215, "Download"),
    ]
    words = []
    for x, y, text in lines:
        for part in text.split():
            words.append(OcrWord(part, Box(x, y, CHAR_W * len(part), LINE_H), 95.0))
            x += CHAR_W * len(part) + 6
    hits = found(detector, words)
    assert {("SECRET", c) for c in ("4f9k-2m8q", "7hb2-k3pd", "x8c1-q0wz", "m2n7-r5ts")} <= hits
    assert not any(t in text for _, text in hits for t in ("Each", "once.", "Download", "Recovery"))


@pytest.mark.parametrize(
    "word,expected",
    [
        ("4f9k-2m8q", True),
        ("73920184", True),
        ("AKIAXQ7Z", True),
        ("bcdfghjklmnp", True),
        ("Download", False),
        ("codes", False),
        ("12", False),
        ("2024.", False),
        ("482913", True),
        ("once.", False),
    ],
)
def test_code_like(word, expected):
    assert code_like(word) is expected


def test_a_column_of_an_unknown_entity_is_a_configuration_error(tmp_path):
    models = tmp_path / "models"
    shutil.copytree(DEFAULT_MODELS_DIR, models)
    text = (models / "structure.yaml").read_text().replace("entity: UK_NINO", "entity: UK_NIN0", 1)
    (models / "structure.yaml").write_text(text)
    with pytest.raises(ConfigError, match=r"structure.yaml: columns\[\d+\].entity"):
        Detector(DetectConfig(models_dir=models))


@pytest.mark.slow
def test_redacted_payroll_sheet_hides_typed_cells_and_keeps_the_rest(tmp_path):
    rows = [HR_HEADER, *HR_ROWS]
    lines = [(x, 40 + r * 34, cell) for r, row in enumerate(rows) for x, cell in zip(COLUMNS_X, row)]
    image = draw_screen(lines, size=(960, 200), font_size=15)
    source = tmp_path / "payroll.png"
    cv2.imwrite(str(source), image)
    output = tmp_path / "payroll.redacted.png"
    subprocess.run(
        [sys.executable, "-m", "pipeline", "file", str(source), "-o", str(output)], check=True, capture_output=True
    )
    read = pytesseract.image_to_string(cv2.resize(cv2.imread(str(output)), None, fx=2, fy=2))
    before = pytesseract.image_to_string(cv2.resize(image, None, fx=2, fy=2))
    for value in ("3456", "7654", "14/03/1987", "Oliver", "Bristol"):
        assert value in before, "the test screen must be readable before redaction"
        assert value not in read
    for kept in ("Employee", "NI number", "Date of birth", "Salary", "32,000"):
        assert kept in read


@pytest.mark.slow
def test_a_recovery_code_without_a_digit_is_hidden_beside_its_siblings(tmp_path):
    """One random code in about fourteen comes out of letters only ('euay-gbjr' on
    security_settings leaked while its nine siblings were masked): its shape makes it a code."""
    codes = ("884q-kdu3", "4m9e-axz6", "uj6k-dk9a", "wuoz-hfkt", "ng3p-gbeu", "9t93-59pm")
    lines = [(60, 40, "Recovery codes"), (60, 80, "Each code can be used once. Keep them somewhere safe.")]
    lines += [(60 + 200 * (i % 2), 120 + 32 * (i // 2), code) for i, code in enumerate(codes)]
    lines.append((60, 230, "Generate new codes"))
    image = draw_screen(lines, size=(760, 280), font_size=16, font_name="DejaVuSansMono.ttf")
    source, output = tmp_path / "codes.png", tmp_path / "codes.redacted.png"
    cv2.imwrite(str(source), image)
    subprocess.run(
        [sys.executable, "-m", "pipeline", "file", str(source), "-o", str(output)], check=True, capture_output=True
    )
    before = pytesseract.image_to_string(cv2.resize(image, None, fx=2, fy=2))
    read = pytesseract.image_to_string(cv2.resize(cv2.imread(str(output)), None, fx=2, fy=2))
    assert "wuoz" in before, "the test screen must be readable before redaction"
    for part in ("wuoz", "hfkt", "kdu3", "gbeu"):
        assert part not in read
    for kept in ("Recovery codes", "used once", "Generate new codes"):
        assert kept in read


def words_at(lines: list[tuple[int, int, str]]) -> list[OcrWord]:
    words = []
    for x, y, text in lines:
        for part in text.split():
            words.append(OcrWord(part, Box(x, y, CHAR_W * len(part), LINE_H), 95.0))
            x += CHAR_W * len(part) + 6
    return words


@pytest.mark.parametrize(
    "upper,lower,entity",
    [
        ("Sure, call me on +44 7911", "123456 after five please", "PHONE_NUMBER"),
        ("The card was 4111 1111", "1111 1111 thanks", "CREDIT_CARD"),
        ("Send it to GB82 WEST 1234", "5698 7654 32 please", "IBAN_CODE"),
        ("Please write to markb@lakeshore-", "animal.com if it fails", "EMAIL_ADDRESS"),  # broken at its hyphen
    ],
)
def test_a_value_wrapped_over_two_lines_of_a_bubble_is_one_span_boxed_on_both(detector, upper, lower, entity):
    words = words_at([(60, 200, upper), (60, 222, lower)])
    dets = [d for d in detector.detect(group_lines(words)) if d.entity_type == entity]
    assert {d.box.y < 215 for d in dets} == {True, False}, "both halves are boxed"
    # each half alone is no value
    assert not [d for d in detector.detect(group_lines(words_at([(60, 200, upper)]))) if d.entity_type == entity]


def test_a_value_wrapped_below_other_lines_is_boxed_where_it_stands(detector):
    # the wrap pass reads only the lines around its breaks: its findings are placed at their
    # offsets in the whole screen's text (other lines above and below it)
    words = words_at(
        [(60, 100, "Thanks for waiting"), (60, 122, "Here are the details"), (60, 144, "Send it to GB82 WEST 1234")]
        + [(60, 166, "5698 7654 32 please"), (60, 188, "Anything else?")]
    )
    dets = [d for d in detector.detect(group_lines(words)) if d.entity_type == "IBAN_CODE"]
    assert {round(d.box.y, -1) for d in dets} == {140, 160}, "both lines of the value, nothing else"
    assert [d.box.x for d in dets if d.box.y > 150] == [min(d.box.x for d in dets)]


def test_lines_of_different_blocks_are_not_joined(detector):
    # a heading line and a paragraph below it in a smaller font, far apart: two blocks
    words = words_at([(60, 200, "Order 4111 1111")]) + [
        OcrWord(t, Box(60 + i * 60, 260, 50, 12), 95.0) for i, t in enumerate(["1111", "1111", "shipped"])
    ]
    assert not [d for d in detector.detect(group_lines(words)) if d.entity_type == "CREDIT_CARD"]


def test_a_strip_of_tabs_under_a_grid_is_no_row_of_it(detector):
    """A spreadsheet's sheet tabs under its grid: "Payroll" fits the name column, the other tabs
    straddle the columns. The strip is laid out by the tab bar, not the grid: "Payroll" is no
    name (learnt as one, it was masked in the window title "Payroll September 2025")."""
    memory = ValueMemory()
    tabs = [
        OcrWord(text, Box(x, 190, CHAR_W * len(text), LINE_H), 95.0)
        for text, x in (("Payroll", 60), ("Deductions", 160), ("Pension", 290), ("contributions", 359))
        + (("Year", 510), ("to", 552), ("date", 576))
    ]
    hits = found(detector, table_words([HR_HEADER, *HR_ROWS]) + tabs, memory)
    assert ("PERSON", "Oliver Smith") in hits and ("PERSON", "Amelia Jones") in hits
    assert not [text for _, text in hits if set(text.split()) & {"Payroll", "Deductions", "to", "date"}]
    title = [
        OcrWord(text, Box(x, 10, CHAR_W * len(text), LINE_H), 95.0)
        for text, x in (("Payroll", 70), ("September", 139), ("2025", 226))
    ]
    assert found(detector, title, memory) == set()


def test_a_window_button_in_the_band_of_a_grid_row_is_no_cell_of_it(detector):
    """A window dragged over a grid: its button's text lies in the band of a row (their boxes
    overlap by more than half) but 8 px below the row's line, over an empty City cell. It is
    no city, and the recording's memory does not learn it."""
    memory = ValueMemory()
    row = ("Harry Brown", "CD 11 22 33 A", "05/05/1975", "", "£29,000")
    button = OcrWord("Follow-up", Box(COLUMNS_X[3], 100 + 3 * ROW_PITCH + 8, CHAR_W * 9, LINE_H), 95.0)
    hits = found(detector, table_words([HR_HEADER, *HR_ROWS, row]) + [button], memory)
    assert ("PERSON", "Harry Brown") in hits and ("LOCATION", "Leeds") in hits
    assert not [text for _, text in hits if "Follow-up" in text]
    assert not memory.find("Schedule Follow-up")


def title_bar(y: int) -> list[OcrWord]:
    """A notes window's title bar as OCR reads it, dragged over a grid: its icon, its title
    (from the Date of birth column into the City column) and its buttons, on a line `y`."""
    parts = (("@", 400), ("Call", 500), ("Notes", 545), ("-", 596), ("Fernleigh", 611), ("CRM", 698), ("x", 900))
    return [OcrWord(text, Box(x, y, CHAR_W * len(text), LINE_H), 95.0) for text, x in parts]


@pytest.mark.parametrize("header", [True, False], ids=["header shown", "header scrolled away"])
def test_a_window_title_between_two_rows_of_a_grid_is_no_cell_of_it(detector, header):
    """crm_grid of corpus_v3: a notes window dragged over the customer grid puts its title bar
    between two of the grid's rows (10 px below one, 10 px above the next). Its own row to the
    table finder, the title was cut into the columns under it, and its last words typed a city
    by the City column; remembered, the brand in it then matched the app's top bar on every
    frame the gate read. Text closer to a row than a line is another layer; the rows on both
    sides keep their cells, with the header shown and with it scrolled away."""
    memory = ValueMemory()
    if not header:
        found(detector, table_words([HR_HEADER, *HR_ROWS]), memory)  # the table, learnt
    rows = (*HR_ROWS, ("Harry Brown", "CD 11 22 33 A", "05/05/1975", "Truro", "£29,000"))
    grid = table_words([HR_HEADER, *rows] if header else rows, y0=100 if header else 70)
    between = (100 if header else 70) + (2 if header else 1) * ROW_PITCH + ROW_PITCH // 2
    hits = found(detector, grid + title_bar(between), memory)
    for name, city in (("Oliver Smith", "Leeds"), ("Amelia Jones", "Bristol"), ("Harry Brown", "Truro")):
        assert ("PERSON", name) in hits and ("LOCATION", city) in hits
    assert not [text for _, text in hits if {"Notes", "Fernleigh", "CRM"} & set(text.split())]
    assert not memory.find("Fernleigh CRM Customers")


def test_a_cell_s_second_line_is_still_a_row_of_the_grid(detector):
    """A city wrapped onto a second line of its cell, a line below the row: no other layer."""
    memory = ValueMemory()
    second = OcrWord("Tyne", Box(COLUMNS_X[3], 100 + 3 * ROW_PITCH + LINE_H + 2, CHAR_W * 4, LINE_H), 95.0)
    row = ("Harry Brown", "CD 11 22 33 A", "05/05/1975", "Newcastle upon", "£29,000")
    hits = found(detector, table_words([HR_HEADER, *HR_ROWS, row]) + [second], memory)
    assert ("LOCATION", "Newcastle upon") in hits or ("LOCATION", "Newcastle upon Tyne") in hits
    assert any(kind == "LOCATION" and "Tyne" in text.split() for kind, text in hits)


def test_a_name_cell_of_one_dictionary_word_is_masked_but_not_remembered(detector):
    """A grid's name column typed one ordinary word ("Payroll", a department's account): the
    cell is masked, but remembered it would hide the word in every title of the session."""
    memory = ValueMemory()
    row = ("Payroll", "CD 11 22 33 A", "05/05/1975", "York", "£29,000")
    hits = found(detector, table_words([HR_HEADER, *HR_ROWS, row]), memory)
    assert ("PERSON", "Payroll") in hits and ("PERSON", "Oliver Smith") in hits
    assert memory.find("Payroll September 2025") == []
    assert memory.find("Signed: Oliver Smith") != []


def test_a_name_cell_of_dictionary_words_only_is_masked_but_not_remembered(detector):
    """A window dragged over a grid puts its button in the name column for a frame ("Schedule
    follow-up" on a row's line): masked there, but remembered it stayed masked for the rest of
    the session. A name of dictionary words that are also known names is remembered."""
    memory = ValueMemory()
    rows = (
        ("Schedule follow-up", "CD 11 22 33 A", "05/05/1975", "York", "£29,000"),
        ("Rose Hill", "EF 22 33 44 B", "06/06/1976", "Derby", "£30,000"),
    )
    hits = found(detector, table_words([HR_HEADER, *HR_ROWS, *rows]), memory)
    assert ("PERSON", "Schedule follow-up") in hits and ("PERSON", "Rose Hill") in hits
    assert memory.find("Save note   Schedule follow-up") == []
    assert memory.find("Owner: Rose Hill") != []
    assert memory.find("Signed: Oliver Smith") != []


def test_a_login_inside_an_e_mail_address_does_not_type_its_owner_s_name(detector):
    """A CRM grid ("Name | Company | Email | Phone"): an address followed by a space has the
    shape of a shell prompt's "user@host" to the login pattern, and its login, spelled like the
    name in the Name column, was remembered as a USERNAME; the memory then typed that name
    USERNAME on every later frame (a login's pieces are matched like any text, a name's are not).
    The login inside an address is the address's: the name stays a PERSON, the address is still
    remembered whole, and a login in a prompt is still remembered."""
    xs = (50, 300, 560, 900)
    header = ("Name", "Company", "Email", "Phone")
    rows = [
        ("Marta Kowalski", "Lakeview Dental", "marta_kowalski@lakeview.com", "(555) 201-3344"),
        ("Owen Fairbanks", "Harbor Marine", "owen.fairbanks@harbor.com", "(555) 201-3345"),
    ]
    memory = ValueMemory()
    first = found(detector, table_words([header, *rows], xs=xs), memory)
    later = found(detector, table_words(rows, y0=40, xs=xs), memory)  # the header scrolled away
    for hits in (first, later):
        assert {("PERSON", "Marta Kowalski"), ("PERSON", "Owen Fairbanks")} <= hits
        assert ("EMAIL_ADDRESS", "marta_kowalski@lakeview.com") in hits
        assert not [text for entity, text in hits if entity == "USERNAME"]
    assert {entity for _, _, entity in memory.find("Marta Kowalski")} == {"PERSON"}
    assert "EMAIL_ADDRESS" in {entity for _, _, entity in memory.find("write to marta_kowalski@lakeview.com")}
    # a login in a shell prompt is a value of its own, remembered
    found(detector, [OcrWord("okowalski@build-07:~$", Box(10, 10, 190, 18), 95.0)], memory)
    assert {entity for _, _, entity in memory.find("ls /home/okowalski")} == {"USERNAME"}


# A mail list: a checkbox and a star read as two capitals (or "Oo", "a)"), the sender, the
# subject and its snippet, the date; no header row; a navigation panel on the left, its items
# in bands of their own between the list's rows. Senders written by hand from several cultures.
MAIL_XS = (250, 276, 506, 1100)
SENDERS = (
    "Siobhan Gallagher",
    "Olusegun Adeyemi",
    "Aoife Ni Bhriain",
    "Konstantina Papadimitriou",  # runs up to the subject with less than a cell gap before it
    "Tomasz Wrzesniewski",
    "Priya Raman",
)
MAIL_SUBJECTS = (
    "Re: Printer on the second floor - It is jamming again",
    "Team lunch on Friday - Booked a table for twelve",
    "Quarterly VAT return - The figures for Q3 are attached",
    "Updated rota for October - Swapped the late shift",
    "Re: Holiday request - Approved, enjoy the break",
    "Parking permits renewal - Please renew before the end",
)
NAV = ("Starred", "Snoozed", "Important", "Sent", "Drafts", "Scheduled")


def mail_words(firsts, icons=("CJ", "Oo", "a)")) -> list[OcrWord]:
    rows = [
        (icons[i % len(icons)], first, subject, f"Sep {12 - i}")
        for i, (first, subject) in enumerate(zip(firsts, MAIL_SUBJECTS))
    ]
    nav = [
        OcrWord(text, Box(26, 100 + i * ROW_PITCH + 15, CHAR_W * len(text), LINE_H), 95.0) for i, text in enumerate(NAV)
    ]
    return table_words(rows, xs=MAIL_XS) + nav


def test_a_mail_list_s_sender_column_is_typed_by_its_sibling_rows(detector):
    """A mail list has no header: the sender column is a column of names because its rows are
    full of them. spaCy tags some senders and misses others, and the bare-name finder takes a
    pair only where it stands apart from the subject after it: a sender's row read as one line
    ("CJ First Last Re: subject ...") left some senders readable (corpus webmail_inbox). Rows of
    the same x layout (sender, subject, date) type their first cell: every sender is a PERSON,
    the long one cut where the other rows' subjects start; subjects, dates and the navigation
    panel's items stay."""
    hits = found(detector, mail_words(SENDERS))
    people = {text for entity, text in hits if entity == "PERSON"}
    for sender in SENDERS:
        assert sender in people
    assert not [text for text in people if set(text.split()) & {"Re:", "Team", "Sep", "Quarterly", "CJ", "Oo", *NAV}]


@pytest.mark.parametrize(
    "cells",
    [
        # a shop's order list, a file manager's folders: the same layout, no names in it
        (
            "Alpine Wool Beanie",
            "Harbour Desk Lamp",
            "Nordic Oak Stool",
            "Merino Crew Socks",
            "Slate Tea Tray",
            "Canvas Tote Bag",
        ),
        ("Invoices 2025", "Clients", "IT requests", "Project Alpha", "Team Photos", "Old Backups"),
        # a services list and a process list read as one
        ("Windows Update", "Print Spooler", "Task Scheduler", "Google Chrome", "Microsoft Edge", "Remote Desktop"),
    ],
)
def test_a_list_of_products_or_folders_in_the_same_layout_holds_no_names(detector, cells):
    """The column is typed by its names: one of other things is not (spaCy's own guesses on a
    row, "Nordic Oak" of "a) Nordic Oak Stool Updated rota ...", are NER's, judged as before)."""
    lt, spans = detector.find_spans(group_lines(mail_words(cells)))
    assert not [s for s in spans if s.recognizer == LIST_RECOGNIZER]


# A contact list: each item an avatar's initials centred on two lines, the person's name over
# the company, a tag and a count right-aligned on the lines. Names and companies made up.
CONTACTS = (
    ("Sarah Whitfield", "Quillmore Bakeries"),
    ("Rebecca Holloway", "Tarnwick Surveyors"),
    ("Helen Gallagher", "Hollinsby Dental"),
    ("Marcus Pemberton", "Corvane Logistics"),
    ("Joanne Kowalski", "Ostrelle Nurseries"),
    ("Peter Henderson", "Velmont Joinery"),
)


def contact_words(items, item_pitch: int = 52, second_line: int = 17) -> list[OcrWord]:
    words = []

    def line(text: str, x: int, y: int, h: int) -> None:
        for part in text.split():
            words.append(OcrWord(part, Box(x, y, 8 * len(part), h), 95.0))
            x += 8 * len(part) + 5

    for i, (name, company) in enumerate(items):
        y = 100 + i * item_pitch
        initials = "".join(p[0] for p in name.split())
        words.append(OcrWord(initials, Box(224, y + 9, 18, 12), 90.0))
        line(name, 264, y, 14)
        line(company, 264, y + second_line, 12)
        tag, count = ("Customer", f"{i + 2} deals") if i % 2 else ("Supplier", f"{i + 1} deals")
        line(tag, 640 - 8 * len(tag), y, 14)
        line(count, 640 - 8 * len(count) - 5, y + second_line, 12)
    return words


def test_a_contact_list_s_company_lines_are_no_names(detector):
    """A list whose items take two lines, the name over the company: the list pass read both
    lines as one column of cells, half of them known names, and typed the name-shaped companies
    PERSON too (corpus contacts_app: a company of the list masked, a keep string lost, and the
    gate blocked on it as a seen value). Only an item's first line is its name cell."""
    lt, spans = detector.find_spans(group_lines(contact_words(CONTACTS)))
    listed = {lt.text[s.start : s.end] for s in spans if s.recognizer == LIST_RECOGNIZER}
    companies = {company for _, company in CONTACTS}
    assert not listed & companies
    people = {lt.text[s.start : s.end] for s in spans if s.entity_type == "PERSON"}
    assert {name for name, _ in CONTACTS} <= people


def test_a_part_of_a_contact_list_read_again_types_no_company(detector):
    """The analysis reads again only what changed: two items and a half of the list beside the
    open card's fields (the geometry of a real frame; the selected row's name misread as one
    tall word) are still items of two lines, and the company under a name is no name."""
    placed = [
        ("someone@example.co.uk", 589, 451, 253, 15),
        ("Daniel", 264, 468, 50, 12),
        ("Marsh", 318, 467, 32, 13),
        ("DM", 224, 475, 19, 14),
        ("Tarnwick", 263, 483, 52, 11),
        ("Surveyors", 319, 483, 58, 13),
        ("NE", 224, 528, 20, 12),
        ("Mreclalenkce", 263, 513, 108, 34),
        ("Personal", 589, 529, 59, 13),
        ("Home", 589, 555, 32, 11),
        ("SW", 223, 580, 21, 12),
        ("Sarah", 263, 571, 40, 15),
        ("Whitfield", 307, 571, 55, 13),
        ("Flat", 589, 571, 28, 13),
        ("9,", 621, 572, 14, 13),
        ("Elm", 639, 571, 26, 13),
        ("Road", 669, 572, 31, 12),
        ("Quillmore", 264, 587, 57, 11),
        ("Bakeries", 325, 587, 50, 11),
        ("Harrogate", 589, 588, 70, 14),
        ("HG1", 663, 588, 28, 12),
        ("2AB", 695, 588, 27, 12),
    ]
    words = [OcrWord(text, Box(x, y, w, h), 95.0) for text, x, y, w, h in placed]
    lt, spans = detector.find_spans(group_lines(words))
    listed = {lt.text[s.start : s.end] for s in spans if s.recognizer == LIST_RECOGNIZER}
    assert not listed & {"Tarnwick Surveyors", "Quillmore Bakeries"}


def test_a_list_of_one_line_per_item_keeps_every_name(detector):
    """The same list with one line per item, close together (a dense list): every name is
    still typed by its column, none taken for an item's second line."""
    rows = [(name, "") for name, _ in CONTACTS] + [(name.split()[0] + " Grant", "") for name, _ in CONTACTS[:3]]
    words = [w for w in contact_words(rows, item_pitch=17) if w.text not in {"deals", "Customer", "Supplier"}]
    lt, spans = detector.find_spans(group_lines(words))
    people = {lt.text[s.start : s.end] for s in spans if s.entity_type == "PERSON"}
    assert {name for name, _ in rows} <= people


def _listed(detector, placed: list[tuple[str, int, int, int, int]]) -> set[str]:
    """The list pass's PERSON cells among OCR words placed as (text, x, y, w, h)."""
    words = [OcrWord(text, Box(x, y, w, h), 95.0) for text, x, y, w, h in placed]
    lt, spans = detector.find_spans(group_lines(words))
    return {lt.text[s.start : s.end] for s in spans if s.recognizer == LIST_RECOGNIZER}


def test_a_list_of_two_line_items_without_another_column_types_its_names(detector):
    """A call history: each item is a name (or a number) over "Missed call" / "Outgoing · 4m
    12s", its time smaller at the right of the name's line: half the column's rows (the second
    lines) share no other column, the list pass took the rows for a paragraph's and typed
    nothing, and a name whose given name and surname are in no list stayed readable (scene
    softphone_calls, 0-10 s). The items' first lines share the times' column. The words are a
    real frame's (its icons read as "a", "vc"; the app's rail beside it); the values are invented."""
    placed = [
        ('a', 431, 93, 9, 6), ('B', 25, 102, 14, 10), ('Recents', 80, 103, 69, 14), ('All', 80, 131, 16, 10),
        ('Missed', 113, 130, 41, 11), ('Voicemail', 169, 130, 56, 11), ('Recorded', 242, 130, 56, 11),
        ('Calls', 19, 137, 26, 10), ('Contacts', 10, 171, 44, 10), ('rs', 81, 166, 10, 10),
        ('Radomir', 114, 162, 57, 13), ('Campbell', 175, 162, 62, 15), ('09:41', 382, 162, 30, 11),
        ('Missed', 114, 178, 38, 11), ('call', 155, 178, 19, 11), ('-', 177, 183, 3, 3),
        ('White-Long', 183, 178, 62, 13), ('Messages', 7, 205, 50, 12), ('a', 81, 214, 10, 10),
        ('Neil', 114, 211, 25, 13), ('Evans', 144, 212, 41, 12), ('09:12', 382, 211, 30, 11),
        ('Outgoing', 114, 227, 49, 13), ('-', 166, 233, 3, 2), ('4m', 172, 227, 17, 11), ('12s', 193, 227, 19, 11),
        ('Settings', 12, 239, 40, 12), ('08:57', 382, 260, 30, 11), ('cv', 81, 264, 10, 9), ('+44', 114, 261, 24, 12),
        ('7995', 142, 261, 31, 12), ('902', 177, 261, 23, 12), ('449', 203, 261, 24, 12),
        ('Incoming', 114, 276, 48, 13), ('-', 166, 281, 3, 3), ('1m', 173, 276, 16, 11), ('03s', 192, 276, 20, 11),
        ('vc', 81, 313, 10, 10), ('Sacha', 114, 309, 42, 13), ('Keohan', 160, 309, 50, 13),
        ('Yesterday', 359, 309, 54, 14), ('Missed', 114, 325, 38, 11), ('call', 155, 325, 19, 11),
        ('7', 81, 361, 10, 10), ('(234)', 114, 358, 33, 15), ('827-7872', 151, 359, 59, 12),
        ('Yesterday', 359, 358, 54, 13), ('Outgoing', 114, 371, 49, 17), ('-', 166, 379, 3, 3),
        ('12m', 173, 374, 23, 11), ('40s', 199, 374, 20, 11), ('"a', 81, 411, 10, 9),
        ('Jacqueline', 114, 407, 72, 15), ('Roberts', 190, 407, 53, 13), ('Mon', 389, 407, 23, 11),
        ('Incoming', 114, 420, 48, 17), ('-', 166, 428, 3, 3), ('7m', 173, 423, 16, 11), ('55s', 193, 423, 19, 11),
        ('Mon', 389, 456, 23, 11), ('cv', 82, 460, 9, 9), ('+353', 114, 457, 32, 12), ('86', 149, 457, 16, 12),
        ('548', 169, 457, 23, 12), ('9957', 196, 457, 31, 12), ('Missed', 114, 472, 38, 11),
        ('call', 155, 472, 19, 11), ('a', 81, 508, 10, 10), ('Kwabena', 114, 505, 62, 13),
        ('Leddin', 179, 505, 46, 13), ('Fri', 357, 505, 14, 11), ('27', 374, 505, 13, 11), ('Nov', 391, 506, 22, 10),
        ('Outgoing', 114, 521, 49, 13), ('-', 166, 527, 3, 2), ('2m', 173, 521, 16, 11), ('18s', 193, 521, 19, 11),
        ('ra', 82, 558, 9, 9), ('Neil', 114, 554, 25, 13), ('Evans', 144, 555, 41, 12), ('Fri', 357, 554, 14, 11),
        ('27', 374, 554, 13, 11), ('Nov', 391, 555, 22, 10), ('Incoming', 114, 570, 48, 13), ('-', 166, 576, 3, 2),
        ('Om', 172, 570, 17, 11), ('4is', 192, 570, 20, 11), ('re', 81, 607, 10, 9), ('Withheld', 114, 603, 58, 13),
        ('Thu', 350, 603, 21, 11), ('26', 374, 604, 14, 10), ('Nov', 391, 604, 22, 10), ('Missed', 114, 619, 38, 11),
        ('call', 155, 619, 19, 11), ('a', 81, 655, 10, 10), ('Jacqueline', 114, 652, 72, 15),
        ('Roberts', 190, 652, 53, 13), ('Wed', 346, 652, 25, 11), ('25', 374, 652, 14, 11), ('Nov', 391, 652, 21, 11),
        ('Outgoing', 114, 665, 49, 17), ('-', 166, 673, 3, 3), ('3m', 173, 668, 16, 11), ('09s', 192, 668, 20, 11),
        ('Tue', 350, 701, 21, 11), ('24', 374, 701, 14, 11), ('Nov', 391, 701, 22, 11), ('»', 430, 706, 4, 9),
        ('re', 81, 705, 10, 9), ('+44', 114, 702, 24, 12), ('7995', 142, 702, 31, 12), ('902', 177, 702, 23, 12),
        ('449', 203, 702, 24, 12),
    ]  # fmt: skip
    listed = _listed(detector, placed)
    assert "Kwabena Leddin" in listed
    assert not listed & {"Missed call", "Outgoing - 4m 12s", "Incoming - 1m 03s"}


def test_a_tall_field_beside_a_list_joins_none_of_its_lines(detector):
    """A dialpad's number field (its text read with the field's border: a line three times
    as tall as the rest) beside a call history: the rows pass banded the list item's name line
    and its "Outgoing · 2m 18s" line with the field's line into one row, which kept one of
    them, so the name was in no row of the list (scene softphone_calls, 0-10 s: a caller in
    no name list stayed readable). A line far taller than the rest stands alone. The words are
    the analysis's own of a real frame; the values are invented."""
    placed = [
        ('rs', 81, 166, 10, 10), ('Radomir', 114, 162, 57, 13), ('Campbell', 175, 162, 62, 16),
        ('09:41', 382, 162, 30, 11), ('Mobile', 490, 172, 41, 13), ('07394', 630, 173, 39, 11),
        ('392376', 673, 173, 46, 11), ('Missed', 114, 178, 38, 11), ('call', 155, 178, 19, 11), ('-', 177, 183, 3, 3),
        ('White-Long', 183, 178, 62, 13), ('Work', 490, 195, 33, 12), ('0120', 630, 196, 31, 11),
        ('852', 665, 196, 23, 11), ('2540', 693, 196, 30, 11), ('radomirc@outlook.com', 630, 216, 144, 15),
        ('a', 81, 214, 10, 10), ('Neil', 114, 211, 25, 13), ('Evans', 144, 212, 41, 12), ('09:12', 382, 211, 30, 11),
        ('Email', 490, 216, 35, 13), ('Outgoing', 114, 227, 49, 13), ('-', 166, 233, 3, 2), ('4m', 172, 227, 17, 11),
        ('12s', 193, 227, 19, 11), ('Caller', 490, 238, 37, 13), ('location', 531, 238, 48, 13),
        ('Lancaster,', 630, 239, 64, 14), ('UK', 699, 239, 19, 11), ('08:57', 382, 260, 30, 11),
        ('Last', 490, 261, 27, 12), ('call', 520, 260, 21, 13), ('Missed', 630, 260, 44, 13), ('-', 679, 267, 2, 3),
        ('today', 686, 260, 35, 15), ('09:41', 724, 261, 35, 12), ('cv', 81, 264, 10, 9), ('+44', 114, 261, 24, 12),
        ('7995', 142, 261, 31, 12), ('902', 177, 261, 23, 12), ('449', 203, 261, 24, 12),
        ('Incoming', 114, 276, 48, 13), ('-', 166, 281, 3, 3), ('1m', 173, 276, 16, 11), ('03s', 192, 276, 20, 11),
        ('vf', 81, 313, 10, 10), ('Sacha', 114, 309, 42, 13), ('Keohan', 160, 309, 50, 13),
        ('Yesterday', 359, 309, 54, 13), ('Voicemail', 490, 323, 69, 13), ('-', 564, 328, 3, 4),
        ('0:48', 572, 324, 30, 12), ('Missed', 114, 325, 38, 11), ('call', 155, 325, 19, 11),
        ('Yesterday', 359, 358, 54, 13), ('Hi,', 490, 351, 17, 14), ("it's", 511, 351, 17, 13),
        ('Radomir', 532, 351, 53, 13), ('from', 588, 351, 28, 13), ('White-Long.', 621, 350, 78, 18),
        ("I'm", 700, 352, 18, 12), ('ringing', 722, 351, 42, 15), ('about', 768, 351, 35, 13),
        ('the', 806, 352, 20, 12), ('invoice', 830, 351, 44, 13), ('that', 877, 351, 24, 13), ('7', 81, 361, 10, 10),
        ('(234)', 114, 358, 33, 15), ('827-7872', 151, 359, 59, 12), ('Outgoing', 114, 371, 49, 17),
        ('-', 166, 379, 3, 3), ('12m', 173, 374, 23, 11), ('40s', 199, 374, 20, 11), ('address', 490, 374, 50, 12),
        ('again.', 544, 374, 37, 15), ('My', 586, 374, 19, 15), ('account', 608, 366, 50, 20),
        ('number', 661, 374, 48, 12), ('is', 713, 374, 10, 12), ('86633226.', 726, 374, 66, 12),
        ('Could', 797, 374, 36, 12), ('you', 837, 376, 23, 13), ('call', 864, 374, 20, 12), ('me', 889, 376, 19, 10),
        ("it's", 490, 394, 17, 13), ('radomir', 511, 394, 48, 13), ('dot', 562, 394, 20, 13),
        ('campbell', 585, 394, 56, 15), ('at', 645, 396, 12, 11), ('outlook', 661, 394, 46, 13),
        ('dot', 710, 395, 19, 12), ('com.', 733, 397, 30, 10), ('Thanks,', 767, 394, 49, 14),
        ('bye.', 821, 394, 26, 15), ('Transcribed', 490, 419, 61, 10), ('automatically', 554, 419, 69, 11),
        ('-', 626, 424, 3, 2), ('accuracy', 632, 421, 47, 9), ('may', 682, 421, 23, 9), ('vary', 707, 421, 23, 10),
        ('cv', 81, 411, 10, 9), ('Jacqueline', 114, 407, 72, 15), ('Roberts', 190, 407, 53, 13),
        ('Mon', 389, 407, 23, 11), ('Incoming', 114, 420, 48, 17), ('-', 166, 428, 3, 3), ('7m', 173, 423, 16, 11),
        ('55s', 193, 423, 19, 11), ('Mon', 389, 456, 23, 11), ('re', 82, 460, 9, 9), ('+353', 114, 457, 32, 12),
        ('86', 149, 457, 16, 12), ('548', 169, 457, 23, 12), ('9957', 197, 457, 30, 12), ('Missed', 114, 472, 38, 11),
        ('call', 155, 472, 19, 11), ('Dialpad', 490, 483, 54, 15), ('a', 81, 508, 10, 10),
        ('Kwabena', 114, 505, 62, 13), ('Leddin', 179, 505, 46, 13), ('Fri', 357, 506, 14, 10),
        ('27', 374, 505, 13, 11), ('Nov', 391, 506, 22, 10), ('Enter', 502, 519, 47, 14), ('a', 555, 522, 11, 11),
        ('number', 572, 518, 67, 15), ('cal', 775, 508, 29, 36), ('Outgoing', 114, 521, 49, 13),
        ('-', 166, 527, 3, 2), ('2m', 173, 521, 16, 11), ('18s', 193, 521, 19, 11), ('Lv', 81, 558, 10, 9),
        ('Neil', 114, 554, 25, 13), ('Evans', 144, 555, 41, 12), ('Fri', 357, 554, 14, 11), ('27', 374, 554, 13, 11),
        ('Nov', 391, 555, 22, 10), ('Calls', 490, 554, 31, 13), ('are', 525, 557, 21, 10),
        ('recorded', 549, 554, 55, 13), ('for', 608, 554, 17, 13), ('quality', 629, 554, 41, 15),
        ('and', 673, 554, 23, 13), ('training', 700, 554, 46, 15), ('purposes', 750, 557, 58, 12),
    ]  # fmt: skip
    listed = _listed(detector, placed)
    assert "Kwabena Leddin" in listed
    assert not listed & {"Missed call", "Outgoing - 2m 18s", "Enter a number"}
