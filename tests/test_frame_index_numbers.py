"""A frame's index is no account number (issue 17, over-masking; class: pandas' and R's printed
frames, numbered lists and grids whose rows open with a row number before a number column).
Found on notebook_dataframe (corpus43/new): pandas' index digits were masked as
ACCOUNT_NUMBER, alone or with the first column's customer id ('<n> <id>'), and the value memory
learnt '<n> <id>' and masked it wherever shown. pandas prints the index at the line's start, a
cell's gap before the first column's right-aligned value; that column is not aligned with its
header, so its run took the index in. A row's first word, a bare number of up to three digits
in a cell of its own, is the row's index; no account number, sort code, card or id is three digits
or fewer. A value's own first group ('20 41 17', '020 7946 0018') stays in its cell. Values are
invented."""

from __future__ import annotations

from tests.helpers import text_layout

FRAME = [
    "   customer_id         full_name                  email  \\",
    "0       511204     Ysolde Brand    ysolde.b@example.org",
    "1       511211     Kasimir Oduya     k.oduya@example.net",
    "2       511218   Freya Brannagh    freya.l@example.com",
    "3       511225  Thibault Castel   tcastel@example.org",
]


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_printed_frames_index_is_no_part_of_its_first_numbers(detector):
    found = _found(detector, *FRAME)
    accounts = {text for kind, text in found if kind == "ACCOUNT_NUMBER"}
    assert {"511204", "511211", "511218", "511225"} <= accounts, found
    assert not any(" " in text or len(text) < 4 for text in accounts), found


def test_an_index_alone_under_a_number_column_is_none(detector):
    found = _found(detector, "Account no   Name", "7", "8   ")
    assert not any(kind == "ACCOUNT_NUMBER" for kind, _ in found), found


def test_a_values_own_first_group_stays_in_it(detector):
    found = _found(
        detector,
        "Sort code   Account    Phone",
        "20 41 17    70315526   020 7946 0018",
        "30 92 04    18824075   020 7946 0332",
    )
    assert ("SORT_CODE", "20 41 17") in found, found
    assert ("ACCOUNT_NUMBER", "70315526") in found, found
