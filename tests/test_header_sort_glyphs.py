"""A header row whose titles carry their sort or filter buttons (a spreadsheet's filter view, a web
grid's sort arrows): OCR reads each button as a word of its own beside the title ("Town v",
"Email ▾"), and then no cell of the row was a header, so nothing under it was typed and the
towns, which no recognizer finds alone, stayed readable (scene sheet_filter's grid). Values are
invented."""

import pytest

from tests.helpers import text_layout

COLUMNS = (4, 26, 52, 68, 84, 104)  # where each column starts, in characters
TITLES = ("Customer", "Email", "Phone", "Town", "Account manager", "Plan")
ROWS = [
    ("2", "Graeme Oxborrow", "goxborrow@example.org", "07700 900412", "Northwich", "Nadia Kellerman", "Team"),
    ("3", "Tilda Vantongeren", "tvant@example.net", "07700 900413", "Eastleigh", "Omar Fairweather", "Business"),
]


def _row(cells) -> str:
    line = ""
    for x, cell in zip((0, *COLUMNS), cells, strict=False):
        line = line.ljust(x) + cell
    return line


# each button a space after its title, or far after it (standing as a cell of its own)
HEADERS = {
    "a filter button read as 'v'": _row(("", *(t + " v" for t in TITLES))),
    "a sort arrow": _row(("", *(t + " ▾" for t in TITLES))),
    "a button standing apart": _row(("", *(t.ljust(12 if len(t) < 12 else len(t) + 1) + "v" for t in TITLES))),
}


@pytest.mark.parametrize("header", HEADERS.values(), ids=HEADERS.keys())
def test_a_header_row_with_sort_buttons_types_its_columns(detector, header):
    lt, findings = detector.find_spans(text_layout(header, *map(_row, ROWS)))
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert {("LOCATION", "Northwich"), ("LOCATION", "Eastleigh")} <= found, found
    assert ("PERSON", "Omar Fairweather") in found, found
    # the titles and the plans stay readable
    assert not {v for _, v in found if v in ("Town", "Plan", "Team", "Business") or " v" in v or "▾" in v}, found


def test_a_legal_case_title_keeps_its_v(detector):
    # 'v' between two parties is no button: the row is no header and its names are no columns
    case = ["Case        Parties                     Status", "CV-2291     Oxborrow v Kellerman        Open"]
    lt, findings = detector.find_spans(text_layout(*case))
    assert all(lt.text[f.start : f.end] != "v" for f in findings), findings
