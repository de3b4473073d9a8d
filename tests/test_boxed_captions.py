"""An official form's boxes side by side, each a small caption right over its value (a P60 end of
year certificate: "Employee's address | Works / payroll number" over the address on one line and
the payroll number). Two captions on one row are read as a header row, whose columns take every
row further down; the next section's heading and row labels ("PAY AND INCOME TAX DETAILS", "In
this employment", "Total for year") lay within reach of each other and were masked as the
address, then remembered and masked wherever they showed. A table's rows lie no further apart
than its header from its first row; boxes' captions hug their values. Values are invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=8, line_h=13))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


P60 = [
    (217, 156, "Employee's surname and forenames"),
    (648, 156, "National Insurance number"),
    (218, 171, "QUENBY ASHCROFT-LYLE"),
    (649, 171, "JT 48 21 07 C"),
    (217, 216, "Employee's address"),
    (648, 216, "Works / payroll number"),
    (218, 231, "7 Orchard Rise, Ludlow SY8 2QT"),
    (649, 231, "504118"),
    (213, 274, "PAY AND INCOME TAX DETAILS"),
    (785, 274, "PAY"),
    (940, 274, "TAX DEDUCTED"),
    (214, 305, "In previous employment(s)"),
    (780, 305, "0.00"),
    (1000, 305, "0.00"),
    (214, 338, "In this employment"),
    (740, 338, "31,206.00"),
    (988, 338, "3,911.20"),
    (212, 370, "Total for year"),
    (740, 370, "31,206.00"),
    (988, 370, "3,911.20"),
]


def test_the_boxes_values_are_found(detector):
    found = _found(detector, *P60)
    assert any(e == "ADDRESS" and "Orchard Rise" in v for e, v in found), found
    assert ("UK_NINO", "JT 48 21 07 C") in found, found


def test_the_next_sections_row_labels_are_no_address(detector):
    found = _found(detector, *P60)
    masked = {v for _, v in found}
    for label in ("PAY AND INCOME TAX DETAILS", "In previous employment(s)", "In this employment", "Total for year"):
        assert label not in masked, found


def test_a_header_over_rows_still_types_its_column(detector):
    """A table's header over its rows, the rows as far apart as the header from the first."""
    rows = [(20, 0, "Name"), (240, 0, "Address"), (20, 24, "Quenby Ashcroft")]
    rows += [(240, 24, "7 Orchard Rise, Ludlow"), (20, 48, "Tamsin Okoro"), (240, 48, "19 Mill Wynd, Peebles")]
    found = _found(detector, *rows)
    assert any(e in ("ADDRESS", "LOCATION") and "Mill Wynd" in v for e, v in found), found
