"""An amount of money is no value of a number column (issue 17, over-masking; class: payroll and
banking grids whose Salary or Balance column stands beside a Sort code or Account column). Found
on hr_payroll_sheet (corpus42/sweep): the analysis typed a salary cell SORT_CODE, masked it and
remembered it (the gate matched it as a value seen until c00ff00). Traced on a 6.4-9.4 s cut
through the real analysis: the grid scrolled under the spreadsheet's frozen rows and a row was
left as a sliver (letters 1-2 px tall); the salary's sliver stood a pixel taller than the sort
code's, so the pointer rule (a word much taller than its row's letters is the pointer over a
cell) took it for the sort-code column's cell under the pointer and covered it whole.
- a row whose letters are a sliver says nothing of a pointer over one of its cells;
- a word that reads whole as an amount (a currency sign, or digits in thousands' groups) is no
  pointer's garble of a number column's value, and no cell of such a column holds one: a sort
  code, an account number, a card, a phone number or a date never writes a comma between groups
  of three digits;
- a number column's cell read with the next column's amount in it ('<amount> <sort code>') is the
  value without the amount.
Values are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine

CHAR_W, LINE_H = 8, 13
COLUMNS = (31, 262, 430, 560, 760)  # Employee, Department, Salary, Sort code, Account
SALARY_END = 552  # amounts stand right-aligned in their cell, up to the sort code's column


def _amount(text: str) -> tuple[int, str]:
    return (SALARY_END - CHAR_W * len(text), text)


def _line(y: int, *cells: tuple[int, str], h: int = LINE_H) -> TextLine:
    words = []
    for x, text in cells:
        at = x
        for part in text.split(" "):
            words.append(OcrWord(part, Box(at, y, CHAR_W * len(part), h), 91.0))
            at += CHAR_W * (len(part) + 1)
    return TextLine(tuple(words))


HEADER = _line(189, *zip(COLUMNS, ("Employee", "Department", "Salary", "Sort code", "Account")))
ROWS = [
    _line(
        215,
        (COLUMNS[0], "Tamsin Okoro"),
        (COLUMNS[1], "Finance"),
        _amount("£1,250"),
        *zip(COLUMNS[3:], ("20-41-17", "70315526")),
    ),
    _line(
        241,
        (COLUMNS[0], "Lowri Abbasi"),
        (COLUMNS[1], "Facilities"),
        _amount("£3,100"),
        *zip(COLUMNS[3:], ("30-92-04", "18824075")),
    ),
]


def _found(detector, *lines: TextLine) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(Layout(tuple(lines)))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_sliver_of_a_row_under_the_frozen_header_types_no_salary(detector):
    # the row scrolled under the frozen header: 1-2 px of its letters, the salary's a pixel taller
    sliver = TextLine(
        (
            OcrWord("Ishaan", Box(COLUMNS[0], 204, 48, 1), 60.0),
            OcrWord("Pereira", Box(COLUMNS[0] + 56, 204, 56, 1), 60.0),
            OcrWord("Legal", Box(COLUMNS[1], 204, 40, 1), 60.0),
            OcrWord("£4,750", Box(SALARY_END - 48, 204, 48, 2), 60.0),
            OcrWord("40-18-33", Box(COLUMNS[3], 204, 64, 1), 60.0),
        )
    )
    found = _found(detector, HEADER, sliver, *ROWS)
    assert not any("," in text for _, text in found), found
    assert ("SORT_CODE", "20-41-17") in found, found  # the grid's rows still typed


def test_an_amount_without_its_sign_under_a_sort_code_column_is_none(detector):
    totals = _line(267, (COLUMNS[0], "Total payroll"), (COLUMNS[3], "4,350"))
    found = _found(detector, HEADER, *ROWS, totals)
    assert ("SORT_CODE", "4,350") not in found, found
    assert ("SORT_CODE", "30-92-04") in found, found


def test_a_sort_code_cell_read_with_an_amount_is_the_sort_code(detector):
    glued = _line(267, (COLUMNS[0], "Ishaan Pereira"), (COLUMNS[1], "Legal"), (COLUMNS[3], "4,750.00 40-18-33"))
    found = _found(detector, HEADER, *ROWS, glued)
    codes = {text for kind, text in found if kind == "SORT_CODE"}
    assert "40-18-33" in codes and not any("," in text for text in codes), found
