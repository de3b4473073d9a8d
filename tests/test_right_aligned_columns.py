"""Right-aligned columns in a terminal (pandas' and R's data frames, `column -t -R`): the header
cells end over their cells' right edges, often a single space apart ("dob postcode"), and the
cells start left of their header. The columns run from the last column's right edge to their
own. Values are invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _frame(header: list[str], rows: list[list[str]], pad: str = "") -> list[str]:
    """The rows as a data frame prints them: a row index first (its header blank), each column
    as wide as its widest cell, every cell right-aligned, columns a space apart. pandas pads
    each value with a space (a sign's place), so its header cells are often closer together
    than its values."""
    table = [["", *header]] + [[str(i), *(pad + v for v in row)] for i, row in enumerate(rows)]
    widths = [max(len(r[c]) for r in table) for c in range(len(table[0]))]
    return [" ".join(cell.rjust(w) for cell, w in zip(r, widths, strict=True)) for r in table]


PEOPLE = [
    ["5101", "Wendell", "Okafor", "w.okafor@example.com", "1962-11-04", "N7W 6XA"],
    ["5102", "Pia", "Szymanowska", "pia@example.pl", "1979-03-27", "S6 6QP"],
    ["5103", "Odhran", "Keogh", "odhran.keogh@exampl...", "1991-08-15", "G1U 5XW"],
    ["5104", "Bogdana", "Ferreira", "bferreira@example.org", "1984-01-30", "B8 8TG"],
]
DATES = {row[4] for row in PEOPLE}


def test_a_pandas_frame_types_its_right_aligned_columns(detector):
    """df.head(): "     id first_name   last_name ... dob postcode"."""
    header = ["id", "first_name", "last_name", "email", "dob", "postcode"]
    lines = _frame(header, PEOPLE, pad=" ")
    found = _found(detector, *lines)
    assert {v for e, v in found if e == "DATE_OF_BIRTH"} >= DATES, found
    assert not {v for e, v in found if e == "EMAIL_ADDRESS" and any(d in v for d in DATES)}, found
    persons = {v for e, v in found if e == "PERSON"}
    assert {"Wendell", "Okafor", "Odhran", "Keogh"} <= persons, found


def test_an_r_data_frame_with_single_spaced_columns(detector):
    """print(df) in R: one space between columns, the row names first."""
    header = ["first_name", "last_name", "dob", "postcode"]
    rows = [[r[1], r[2], r[4], r[5]] for r in PEOPLE]
    found = _found(detector, *_frame(header, rows))
    assert {v for e, v in found if e == "DATE_OF_BIRTH"} >= DATES, found
    persons = {v for e, v in found if e == "PERSON"}
    assert {"Wendell", "Odhran", "Okafor", "Szymanowska"} <= persons, found  # the row names are no cells


def test_column_r_mixes_left_and_right_aligned_columns(detector):
    """`column -t -R 1,3`: the ids and the dates right-aligned, the names left-aligned."""
    table = [["id", "full_name", "dob"], *([r[0][-(i + 2) :], f"{r[1]} {r[2]}", r[4]] for i, r in enumerate(PEOPLE))]
    widths = [max(len(r[c]) for r in table) for c in range(3)]
    lines = [f"{r[0].rjust(widths[0])}  {r[1].ljust(widths[1])}  {r[2].rjust(widths[2])}" for r in table]
    found = _found(detector, *lines)
    assert {v for e, v in found if e == "DATE_OF_BIRTH"} >= DATES, found
    assert {v for e, v in found if e == "PERSON"} >= {"Wendell Okafor", "Odhran Keogh"}, found


def test_a_frame_header_starting_with_id_is_no_id_command(detector):
    """A header row "     id first_name    last_name ..." reads like `id <login>`: a column identifier is no
    login (the row alone, its frame's rows not read yet)."""
    header = ["id", "first_name", "last_name", "email", "dob", "postcode"]
    found = _found(detector, _frame(header, PEOPLE, pad=" ")[0])
    assert not {v for e, v in found if e == "USERNAME"}, found
    found = _found(detector, "dev@host:~$ id j_okafor")
    assert ("USERNAME", "j_okafor") in found, found
