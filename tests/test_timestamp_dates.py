"""A date of birth stored as a timestamp: after its label, the date of an ISO timestamp is the value,
bare, quoted or in a constructor's brackets as shells and REPLs print it (mongosh's ISODate(...),
pandas' Timestamp(...)). Values are invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_mongosh_documents_date_of_birth_in_isodate_is_found(detector):
    found = _found(
        detector,
        "  {",
        "    customerNo: 4101,",
        "    dateOfBirth: ISODate('1962-11-04T00:00:00.000Z'),",
        "    createdAt: ISODate('2025-03-02T10:14:22.511Z')",
        "  }",
    )
    assert ("DATE_OF_BIRTH", "1962-11-04") in found, found
    assert not {v for _, v in found if "2025" in v}, found  # no label: an innocent timestamp


def test_quoted_and_bracketed_timestamps_after_a_dob_label(detector):
    for row, date in [
        ("date_of_birth: '1979-03-27T00:00:00Z'", "1979-03-27"),
        ("dob: Timestamp('1991-08-15 00:00:00')", "1991-08-15"),
    ]:
        found = _found(detector, row)
        assert ("DATE_OF_BIRTH", date) in found, (row, found)


def test_an_isodate_as_ocr_misreads_it(detector):
    """The label's colon read twice, the O of ISODate as a zero, the quote as '*' (mongosh in a
    terminal, 10 pt)."""
    found = _found(detector, "    dateOfBirth: : IS0Date(*1962-11-04T00:00:00.000Z'),")
    assert ("DATE_OF_BIRTH", "1962-11-04") in found, found


def test_a_label_whose_o_ocr_read_as_a_zero(detector):
    """An identifier's O read as a zero, "date0fBirth:" (mongo_shell at 16 s, the second
    document); a zero between letters is read once more as an o, for labels only."""
    for row, date in [
        ("    date0fBirth: ISODate('1990-02-10T00:00:00.000Z'),", "1990-02-10"),
        ('  "date0fBirth": "1984-01-30",', "1984-01-30"),
        ("D0B: 1975-06-12", "1975-06-12"),
    ]:
        found = _found(detector, row)
        assert ("DATE_OF_BIRTH", date) in found, (row, found)
    # a zero inside an innocent identifier makes no label of it
    assert not _found(detector, "    buildId: 'a0b0c0d', t0day: '2025-07-07T05:16:54.829Z',")
