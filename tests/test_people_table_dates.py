"""A terminal's framed table of people whose header line was not read (sqlite3's `.mode table`
in a recording scaled to 75 %: the rules above and below the header ran into its letters and OCR
read the three lines as one line of specks). The names on the rows were found (the value memory
knew them from an earlier screen), the dates of birth beside them were not: no header typed
their column. A column of dates alone in their cells, every one of them years back, on rows that
each name a person, is the people's dates of birth. Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

PEOPLE = [("Oswin", "Kettleby"), ("Maelys", "Treloweth"), ("Ysolt", "Garrowby"), ("Perrin", "Purtell")]
BORN = ["1961-04-17", "1988-11-02", "1975-06-29", "2001-01-09"]
GARBLED_HEADER = "!aa?aaaaaaaa aaaaa...aa....aaa.!"
QUERY = "sqlite> SELECT id, first_name, last_name, dob, mobile FROM customers WHERE id <= 5104;"


def _memory(detector) -> ValueMemory:
    memory = ValueMemory()  # an earlier screen named them
    detector.find_spans(text_layout(*[f"Name: {first} {last}" for first, last in PEOPLE]), memory)
    return memory


def _grid(dates: list[str], header: str = GARBLED_HEADER, people=PEOPLE) -> list[tuple[int, int, str]]:
    rows = [(0, 0, QUERY), (0, 24, header)]
    for k, ((first, last), date) in enumerate(zip(people, dates, strict=True)):
        y = 48 + 16 * k
        rows += [(8, y, f"{5101 + k}"), (56, y, first), (136, y, last), (216, y, date), (296, y, f"07700 90041{k}")]
    return rows


def _types(detector, rows, memory, char_w: int = 6) -> dict[str, set[str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=char_w, line_h=11), memory)
    found: dict[str, set[str]] = {}
    for f in findings:
        found.setdefault(lt.text[f.start : f.end], set()).add(f.entity_type)
    return found


def test_a_column_of_past_dates_on_rows_of_people_is_their_dates_of_birth(detector):
    found = _types(detector, _grid(BORN), _memory(detector))
    for date in BORN:
        assert found.get(date) == {"DATE_OF_BIRTH"}, (date, found.get(date))


def test_the_rows_column_rules_read_as_glyphs_still_end_the_cells(detector):
    rows = [(0, 0, QUERY), (0, 24, GARBLED_HEADER)]
    for k, ((first, last), date) in enumerate(zip(PEOPLE, BORN, strict=True)):
        rows.append((0, 48 + 16 * k, f"| {5101 + k} | {first:<10} | {last:<10} | {date} | 07700 90041{k} |"))
    found = _types(detector, rows, _memory(detector), char_w=7)
    for date in BORN:
        assert "DATE_OF_BIRTH" in found.get(date, set()), (date, found.get(date))


def test_a_column_with_a_recent_date_is_no_dates_of_birth(detector):
    signed_up = ["2011-04-17", "2014-11-02", "2026-10-29", "2009-01-09"]  # a sign-up, not a birth
    found = _types(detector, _grid(signed_up), _memory(detector))
    assert not any("DATE_OF_BIRTH" in found.get(date, set()) for date in signed_up), found


def test_past_dates_on_rows_that_name_nobody_are_no_dates_of_birth(detector):
    releases = [("v2.4.1", "stable"), ("v2.3.0", "stable"), ("v2.2.7", "legacy"), ("v2.1.0", "legacy")]
    found = _types(detector, _grid(["2009-04-17", "2008-11-02", "2008-06-29", "2007-01-09"], people=releases), None)
    assert "DATE_OF_BIRTH" not in {t for types in found.values() for t in types}, found


def test_a_column_a_read_header_names_is_typed_by_its_header(detector):
    joined = ["2009-04-17", "2011-11-02", "2012-06-29", "2014-01-09"]
    header = [(8, 24, "id"), (56, 24, "first_name"), (136, 24, "last_name"), (216, 24, "joined"), (296, 24, "mobile")]
    rows = [r for r in _grid(joined) if r[1] != 24] + header
    found = _types(detector, rows, _memory(detector))
    assert not any("DATE_OF_BIRTH" in found.get(date, set()) for date in joined), found
