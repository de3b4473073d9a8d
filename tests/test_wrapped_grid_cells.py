"""A web table's narrow column wraps a value over two lines of its cell (a staff directory's
"Mobile" column at 100 % zoom: "07700" over "900412"), while the row's other cells sit on one
line between the two. OCR reads the upper part as a line of its own and the lower part with the
row's cells (or alone): neither part alone has a phone's digits, so the column's type took
neither, and NER and the phone patterns read no number. Stacked in one column, a line height or
less apart, the two parts are one value (tables.py `_wrapped_values`). Values are invented."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from tests.helpers import text_layout

COLUMNS = (0, 22, 43, 57, 93, 108)  # where each column starts, in characters of 7 px
HEADER = ("Name", "Job title", "Department", "E-mail", "Mobile", "Office")
PEOPLE = [
    ("Perrin Oakhurst", "Payroll Officer", "Finance", "perrin.o@example.co.uk", "07700", "900412", "Hatherby HQ"),
    ("Lisbet Carrowmore", "Recruiter", "People", "lisbet.c@example.co.uk", "07700", "900413", "Corrowdene"),
    ("Idris Mabbott", "Buyer", "Legal", "idris.m@example.co.uk", "07700", "900414", "Remote"),
]


def _at(y: int, cells: dict[int, str]) -> tuple[int, int, str]:
    """One OCR line at height `y` holding `cells` (column index -> text) where their columns start."""
    first = min(cells)
    text = ""
    for k in sorted(cells):
        text += " " * (COLUMNS[k] - COLUMNS[first] - len(text)) + cells[k]
    return (28 + 7 * COLUMNS[first], y, text)


def _phones(lt, findings) -> list[str]:
    """The phones' parts each PHONE_NUMBER finding covers (a finding over both parts: both)."""
    return [part for f in findings if f.entity_type == "PHONE_NUMBER" for part in lt.text[f.start : f.end].split()]


def test_the_lower_part_read_with_the_rows_cells_is_joined_to_the_upper(detector):
    rows = [_at(195, dict(enumerate(HEADER)))]
    for k, (name, title, dept, email, upper, lower, office) in enumerate(PEOPLE):
        y = 233 + 47 * k
        rows += [_at(y - 7, {4: upper}), _at(y + 3, {0: name, 1: title, 2: dept, 3: email, 4: lower, 5: office})]
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7, line_h=12))
    phones = _phones(lt, findings)
    assert {"900412", "900413", "900414"} <= set(phones), findings
    assert phones.count("07700") == 3, findings


def test_the_upper_part_read_with_the_rows_cells_is_joined_to_the_lower(detector):
    rows = [_at(195, dict(enumerate(HEADER)))]
    for k, (name, title, dept, email, upper, lower, office) in enumerate(PEOPLE):
        y = 233 + 47 * k
        rows += [_at(y - 3, {0: name, 1: title, 2: dept, 3: email, 4: upper, 5: office}), _at(y + 7, {4: lower})]
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7, line_h=12))
    phones = _phones(lt, findings)
    assert {"900412", "900413", "900414"} <= set(phones), findings
    assert phones.count("07700") == 3, findings


def test_short_numbers_of_two_rows_are_no_wrapped_value(detector):
    # a column of extensions, one a row: rows a row's height apart, not a wrapped cell
    rows = [_at(195, {0: "Name", 1: "Department", 2: "Phone"})]
    for k, (name, dept, ext) in enumerate(
        [("Perrin Oakhurst", "Finance", "4471"), ("Lisbet Carrowmore", "Legal", "4472")]
    ):
        rows.append(_at(233 + 36 * k, {0: name, 1: dept, 2: ext}))
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7, line_h=12))
    assert not set(_phones(lt, findings)) & {"4471", "4472"}, findings


# As a page's line spacing sets them (zoomed_directory at 100 %, traced): the digits' boxes of a
# wrapped cell's two lines are 4-5 px apart at 11-12 px high, the row's other cells between them;
# OCR gives each word its own box, the lower part on the row's line but lower than its cells.
def _word(text: str, x: int, y: int, h: int = 12) -> OcrWord:
    return OcrWord(text, Box(x, y, 7 * len(text), h), 91.0)


def _directory(rows: list[list[OcrWord]]) -> Layout:
    titles = zip(("Name", "Department", "E-mail", "Mobile"), (0, 22, 36, 72), strict=True)
    header = [_word(t, 28 + 7 * c, 195, 11) for t, c in titles]
    return Layout((TextLine(tuple(header)), *(TextLine(tuple(r)) for r in rows)))


def _person(y: int, name: str, dept: str, email: str, lower: str, email_h: int = 15) -> list[OcrWord]:
    first, last = name.split()
    return [
        _word(first, 28, y, 15),
        _word(last, 28 + 7 * (len(first) + 1), y, 15),
        _word(dept, 28 + 7 * 22, y, 15),
        _word(email, 28 + 7 * 36, y - (email_h - 15) // 2, email_h),
        _word(lower, 28 + 7 * 72, y + 9),
    ]


def test_the_parts_half_a_digit_apart_with_the_rows_cells_between_are_one_value(detector):
    rows = []
    for k, (name, _title, dept, email, upper, lower, _office) in enumerate(PEOPLE):
        y = 233 + 47 * k
        rows += [[_word(upper, 28 + 7 * 72, y - 7, 11)], _person(y, name, dept, email, lower)]
    lt, findings = detector.find_spans(_directory(rows))
    phones = _phones(lt, findings)
    assert {"900412", "900413", "900414"} <= set(phones), findings
    assert phones.count("07700") == 3, findings


def test_the_upper_part_banded_with_a_wrapped_email_is_joined_to_the_lower(detector):
    # the upper part read on one line with a tall e-mail (its cell wrapped too, read as one word):
    # that line, the row's cells and the lower part's line make one visual row
    rows = []
    for k, (name, _title, dept, email, upper, lower, _office) in enumerate(PEOPLE):
        y = 233 + 47 * k
        person = _person(y, name, dept, email, lower, email_h=32)
        rows += [[person[3], _word(upper, 28 + 7 * 72, y - 7, 11)], person[:3], [person[4]]]
    lt, findings = detector.find_spans(_directory(rows))
    phones = _phones(lt, findings)
    assert {"900412", "900413", "900414"} <= set(phones), findings
    assert phones.count("07700") == 3, findings


def test_stacked_numbers_of_a_terminal_tables_rows_are_no_wrapped_value(detector):
    # rows one line apart, each on its own baseline: nothing stands between two rows' numbers
    rows = [_at(195, {0: "Name", 1: "Department", 2: "Phone"})]
    for k, (name, dept, ext) in enumerate(
        [("Perrin Oakhurst", "Finance", "07700"), ("Lisbet Carrowmore", "Legal", "900413")]
    ):
        rows.append(_at(209 + 17 * k, {0: name, 1: dept, 2: ext}))
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7, line_h=11))
    assert not set(_phones(lt, findings)) & {"07700", "900413"}, findings
