"""A table wider than its container: a pandas frame's HTML table in a notebook cell, a grid in
a panel, scrolled so that its last column is cut at the container's edge. The header shows only
the first letters of its phrase ("iba" of "iban") and the cells under it are cut at the same
edge, too short for a recognizer. The column is typed by the shape most of its cells share,
among the types whose phrase the cut header starts (tables.py `_typed_by_cells`). A cut
header over cells of no such shape, and a last header that is no cut phrase, type nothing.
Values are invented."""

from tests.helpers import grid_rows, text_layout

HEADER = ("customer_id", "full_name", "signup_date", "plan", "dob", "iba")
XS = (0, 110, 300, 420, 500, 620)
ROWS = [
    ("310427", "Senara Brankstone", "2026-03-14", "basic", "1971-05-02", "GB47QXRT4025168821"),
    ("310434", "Idwal Quillerby", "2026-07-09", "family", "1988-12-19", "GB83LPWE9017735402"),
    ("310441", "Tamsin Ferrowdale", "2026-10-30", "plus", "1959-08-27", "GB15ZKMA6630491187"),
]


def _found(detector, header=HEADER, rows=ROWS) -> dict[str, str]:
    lt, findings = detector.find_spans(text_layout(*grid_rows(XS, header, rows, 24)))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def test_ibans_cut_at_the_tables_edge_under_a_cut_header_are_typed(detector):
    found = _found(detector)
    for iban in ("GB47QXRT4025168821", "GB83LPWE9017735402", "GB15ZKMA6630491187"):
        assert found.get(iban) == "IBAN_CODE", (iban, found)


def test_dates_cut_under_a_cut_date_of_birth_header_are_typed(detector):
    header = ("customer_id", "full_name", "signup_date", "plan", "balance", "date of bi")
    rows = [(*r[:4], "204.46", r[4][:8]) for r in ROWS]
    found = _found(detector, header, rows)
    for date in ("1971-05-", "1988-12-", "1959-08-"):
        assert found.get(date) == "DATE_OF_BIRTH", (date, found)


def test_a_cut_header_over_cells_of_no_such_shape_types_nothing(detector):
    # "ph" starts "phone", but the cells are plan codes: no phone number's shape
    header = ("customer_id", "full_name", "signup_date", "plan", "dob", "ph")
    rows = [(*r[:5], code) for r, code in zip(ROWS, ("PLN-A4", "PLN-B2", "PLN-C7"), strict=True)]
    found = " | ".join(_found(detector, header, rows))
    assert "PLN" not in found, found


def test_a_last_header_that_starts_no_personal_phrase_types_nothing(detector):
    header = ("customer_id", "full_name", "signup_date", "plan", "dob", "bal")
    rows = [(*r[:5], amount) for r, amount in zip(ROWS, ("20446.10", "7028.55", "13402.90"), strict=True)]
    found = " | ".join(_found(detector, header, rows))
    for amount in ("20446", "7028", "13402"):
        assert amount not in found, (amount, found)


def test_a_cut_header_that_also_starts_a_header_of_no_person_types_nothing(detector):
    # "dat" starts "date of birth", and "date" too: a list's dates stay readable
    header = ("customer_id", "full_name", "signup_date", "plan", "balance", "dat")
    rows = [(*r[:4], "204.46", date) for r, date in zip(ROWS, ("2026-11-02", "2026-11-09", "2026-11-16"), strict=True)]
    found = " | ".join(_found(detector, header, rows))
    assert "2026-11" not in found, found
