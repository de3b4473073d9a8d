"""A ruled table wider than its terminal (sqlite_box: sqlite3's `.mode box` of a wide select in a
terminal of 110 columns): every line wraps at the terminal's edge. The header row's last title
stands at the left of the next line ("address |"), and each row's last cell is cut: its start
past the header's closing rule at the right edge ("| <postcode> | 41 Pellow"), its end at the
left of the next line, under the id and name columns ("Lane, <Town> |"). Neither part was
typed: the street and the town stayed readable. Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout
from tests.test_box_header_pieces import CHAR_W, HEADER, LINE_H, PITCH, ROWS, TAILS, box_layout, pieces

PARTS = ["41 Pellow", "Lane, Blackmere", "8 Tarrant", "Road, Ellesby", "Flat 3", "ven Court, Hatherby"]


def found_in(layout, detector):
    lt, findings = detector.find_spans(layout, ValueMemory())
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def test_both_parts_of_a_wrapped_cell_are_typed_by_the_wrapped_title(detector):
    found = found_in(box_layout(), detector)
    missing = [p for p in PARTS if found.get(p) not in ("ADDRESS", "LOCATION")]
    assert not missing, (missing, found)
    assert not [v for v in found if "address" in v or "sqlite" in v], found  # no title, no prompt


def test_a_table_that_fits_its_terminal_has_no_wrapped_cells(detector):
    """A table drawn with rules whose rows are as wide as its header: the row under the header is
    a row of values, no wrapped title; nothing past the closing rule."""
    header = "| id   | full_name        | dob        | note      |"
    rows = [
        (0, 0, "sqlite> .mode table"),
        *pieces(1, header),
        *pieces(3, "| 5301 | Harriet Quennell | 1958-03-14 | callback  |"),
        *pieces(4, "| 5302 | Owen Oxborrow    | 1971-11-02 | paid      |"),
        (0, 6 * PITCH, "sqlite>"),
    ]
    found = found_in(text_layout(*rows, char_w=CHAR_W, line_h=LINE_H), detector)
    assert found.get("1958-03-14") == "DATE_OF_BIRTH", found
    assert not [v for v in found if v in ("callback", "paid", "5302", "5301")], found


def test_a_postcode_whose_rule_to_the_wrapped_cell_was_lost_is_still_typed(detector):
    """OCR lost the thin rule between the postcode and the wrapped address's start ("| <postcode>
    41 Pellow"), and read the postcode's 5 as S: the pattern no longer took it, and the run
    "<postcode> 41 Pellow" in the postcode column, which reached to the screen's edge, was no
    postcode either. The header's closing rule ends its last column."""
    misread = {"W9 2QT": "W9 ZQT", "S7 1HB": "S7 IHB"}
    rows = [(0, 0, "sqlite> .mode box"), *pieces(2, HEADER, 28, 58), (0, 3 * PITCH, "address            |")]
    for i, (line, cuts) in enumerate(ROWS):
        for value, read in misread.items():
            line = line.replace(value, read)
        line = line[:-12] + line[-12:].replace("|", " ")  # the rule before the address's start
        rows += pieces(6 + 2 * i, line, *cuts)
        rows.append((0, (7 + 2 * i) * PITCH, TAILS[i]))
    found = found_in(text_layout(*rows, char_w=CHAR_W, line_h=LINE_H), detector)
    assert {v: found.get(v) for v in misread.values()} == dict.fromkeys(misread.values(), "ZIP_CODE"), found
    assert found.get("41 Pellow") in ("ADDRESS", "LOCATION"), found
