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


def test_a_record_scaled_down_without_its_bars_is_still_read_by_where_its_words_stand(detector):
    # psql_expanded at 75 %: OCR lost the one-pixel bars and the names' underscores, and read a
    # name and its value as two lines a few pixels apart
    rows = [
        (0, 0, "first name"),
        (136, 4, "Isolde"),
        (0, 24, "last_name"),
        (136, 24, "Brackwater"),
        (0, 48, "|date_of_birth"),
        (136, 52, "1983-04-12"),
        (0, 72, "plan"),
        (136, 72, "Fibre 150"),
    ]
    found = _found(detector, *rows)
    for item in (("PERSON", "Isolde"), ("PERSON", "Brackwater"), ("DATE_OF_BIRTH", "1983-04-12")):
        assert item in found, found
    assert not {v for _, v in found if "Fibre" in v}, found


def test_a_dialog_s_captions_in_two_columns_are_no_record(detector):
    rows = [(0, 0, "Name"), (136, 0, "Quarterly Report.docx"), (0, 24, "Type"), (136, 24, "Document")]
    rows += [(0, 48, "Location"), (136, 48, "Shared Drive"), (0, 72, "Email"), (136, 72, "Not shared")]
    found = _found(detector, *rows)
    assert not {v for _, v in found if "Report" in v or "Shared" in v}, found
