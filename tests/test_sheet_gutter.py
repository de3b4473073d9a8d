"""A spreadsheet's customer list, then its column's filter menu (scene sheet_filter). The sheet's
row numbers stand in a gutter left of the first column and OCR reads a two-digit one into the
name's cell ("10 <First> <Last>"), which then was no name (tables.py _row_number_before); the filter
menu lists the names again, one misread "Chery! <Last>" (memory.py reads "!" and "|" as "l"),
and one whose row never came into view, misread the same way (names.py BareNameFinder._read_as_l).
Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

GRID = [
    "    Customer                  Email                          Phone",
    "2   Graeme Oxborrow           goxborrow@example.org          07700 900412",
    "10  Caoimhin O Quennell       cquennell@example.org          07700 900413",
    "11  Cheryl Tamberlane         ctamberlane@example.net        07700 900414",
]


def _texts(lt, findings, entity: str) -> set[str]:
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == entity}


def test_a_row_number_read_into_a_name_cell_leaves_the_name(detector):
    lt, findings = detector.find_spans(text_layout(*GRID))
    assert {"Graeme Oxborrow", "Caoimhin O Quennell", "Cheryl Tamberlane"} <= _texts(lt, findings, "PERSON")
    assert not {t for t in _texts(lt, findings, "PERSON") if t[:1].isdigit()}


def test_a_remembered_name_is_found_where_ocr_read_its_l_as_an_exclamation_mark(detector):
    memory = ValueMemory()
    detector.find_spans(text_layout(*GRID), memory)
    menu = ["Filter by values", "Select all - Clear", "® Chery! Tamberlane", "® Graeme Oxborrow"]
    lt, findings = detector.find_spans(text_layout(*menu), memory)
    assert "Chery! Tamberlane" in _texts(lt, findings, "PERSON"), findings


def test_a_remembered_value_with_an_exclamation_mark_is_still_found(detector):
    memory = ValueMemory()
    memory.add("PASSWORD", "Tamber!5511")
    assert memory.find("password Tamber!5511 set") == [(9, 20, "PASSWORD")]


def test_a_name_seen_only_in_the_menu_is_found_with_its_l_read_as_an_exclamation_mark(detector):
    # its row never scrolled into the grid: no memory, only the menu's list of names
    menu = ["Filter by values", "Select all - Clear", "® Graeme Oxborrow", "14 ® Chery! Vantongeren", "® Karo| Wysocki"]
    lt, findings = detector.find_spans(text_layout(*menu))
    names = _texts(lt, findings, "PERSON")
    assert {"Chery! Vantongeren", "Karo| Wysocki"} <= names, findings


def test_an_exclamation_after_a_name_is_not_read_as_an_l(detector):
    lt, findings = detector.find_spans(text_layout("Thanks, Emma!", "Great work Nadia Oxborrow!"))
    names = _texts(lt, findings, "PERSON")
    assert {"Emma", "Nadia Oxborrow"} <= names, findings
