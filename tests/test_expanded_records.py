"""psql's expanded display (`\\x`): each row a block of "column | value" lines, the bars in one
column, under "-[ RECORD n ]-+---". The label rules take no bar for a separator, so the names,
the date of birth and the town stayed readable (structure/expanded.py). Values are invented."""

from tests.helpers import text_layout

RECORD = [
    "-[ RECORD 1 ]-+----------------------",
    "id            | 1041",
    "first_name    | Isolde",
    "last_name     | Brackwater",
    "date_of_birth | 1983-04-12",
    "town          | Harrogate",
    "plan          | Fibre 150",
]


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_an_expanded_record_s_values_are_typed_by_their_column_names(detector):
    found = _found(detector, *RECORD)
    for item in (("PERSON", "Isolde"), ("PERSON", "Brackwater"), ("DATE_OF_BIRTH", "1983-04-12")):
        assert item in found, found
    assert ("LOCATION", "Harrogate") in found, found
    assert not {v for _, v in found if "Fibre" in v or "1041" in v}, found


def test_a_record_scrolled_under_the_top_edge_is_still_one(detector):
    # its RECORD line gone: three lines whose bars stand one above the other
    found = _found(detector, *RECORD[2:5])
    assert ("DATE_OF_BIRTH", "1983-04-12") in found, found


def test_bars_out_of_line_are_no_record(detector):
    # a line of a table's cells with a bar each, not one under the other: no column names
    rows = ["first_name | Isolde", "last_name     | Brackwater", "date_of_birth        | 1983-04-12"]
    found = _found(detector, *rows)
    assert not {v for _, v in found if "1983" in v}, found
