"""A number column's cell that holds no number once the words of letters around it are set aside
is no value (issue 17, over-masking; class: read-only and self-service forms laid out as a grid
of small captions over values, read as a table: a section's heading with its badge's padlock read
as a digit, lined up under a sort code's caption, was typed SORT_CODE whole; a street line under
a date of birth's caption typed DATE_OF_BIRTH). A cell where a value is left stays masked whole:
the words beside it may be the next column's value read into the cell (a payroll sheet's narrow
date of birth column and the town beside it read as one cell). Values are invented."""

from __future__ import annotations

from tests.helpers import grid_rows, text_layout

XS = (0, 220, 440)
HEADER = ("Employee", "Sort code", "Date of birth")


def _typed(detector, rows: list[tuple[str, ...]], xs: tuple[int, ...] = XS, header: tuple[str, ...] = HEADER):
    lt, findings = detector.find_spans(text_layout(*grid_rows(xs, header, rows, 24)))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings if f.recognizer == "structure/table"}


def test_a_heading_and_a_street_under_number_captions_are_no_numbers(detector):
    typed = _typed(
        detector,
        [
            ("Odalys Quenneville", "83-06-52", "17 August 1964"),
            ("Emergency contact", "Bank account 8", "41 Wendlebury Rise"),
        ],
    )
    assert not [text for text in typed if "Bank" in text or "Wendlebury" in text], typed
    assert typed.get("83-06-52") == "SORT_CODE", typed


def test_a_value_keeps_the_words_read_into_its_cell(detector):
    """A narrow date of birth column with the town beside it read as one cell: the town is
    masked with the date, never left to a column that may not type it."""
    typed = _typed(
        detector,
        [
            ("Odalys Quenneville", "83-06-52", "17/08/1964 Brackwater"),
            ("Idris Hallowmere", "Code 27-51-90", "Jun 3, 1958"),
        ],
    )
    assert typed.get("17/08/1964 Brackwater") == "DATE_OF_BIRTH", typed
    assert typed.get("Code 27-51-90") == "SORT_CODE", typed
    assert typed.get("Jun 3, 1958") == "DATE_OF_BIRTH", typed


def test_a_day_beside_a_month_of_another_language_stays_a_date(detector):
    typed = _typed(
        detector,
        [("Odalys Quenneville", "83-06-52", "17 Mai"), ("Idris Hallowmere", "27-51-90", "4 de junio")],
    )
    assert typed.get("17 Mai") == "DATE_OF_BIRTH", typed
    assert typed.get("4 de junio") == "DATE_OF_BIRTH", typed
