"""A number column's cell is its number, not the words around it (issue 17, over-masking; class:
read-only and self-service forms laid out as a grid of small captions over values, read as a
table: low_contrast_form's section heading, its 'Locked' badge's padlock read as a digit, lined
up under a sort code's caption and typed SORT_CODE whole; a street line under a date of birth's
caption typed DATE_OF_BIRTH). A number column's cell loses the words of letters holding a small
one at its ends (a month's name stays) and is none when no digit is left or only a bare number
of three digits or fewer. Values are invented."""

from __future__ import annotations

from tests.helpers import grid_rows, text_layout

XS = (0, 220, 440)
HEADER = ("Employee", "Sort code", "Date of birth")


def _typed(detector, rows: list[tuple[str, ...]]) -> dict[str, str]:
    lt, findings = detector.find_spans(text_layout(*grid_rows(XS, HEADER, rows, 24)))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings if f.recognizer == "structure/table"}


def test_a_heading_and_a_street_under_number_captions_are_no_numbers(detector):
    typed = _typed(
        detector,
        [("Ysmay Fairbrass", "40-17-93", "9 October 1983"), ("Next of kin", "Bank details 9", "27 Pellow Garth")],
    )
    assert not [text for text in typed if "Bank" in text or "Pellow" in text], typed


def test_the_numbers_are_still_typed_without_a_caption_glued_to_them(detector):
    typed = _typed(
        detector,
        [("Ysmay Fairbrass", "40-17-93", "9 October 1983"), ("Quentin Arbery", "Code 51-22-08", "Mar 4, 1979")],
    )
    assert typed.get("40-17-93") == "SORT_CODE", typed
    assert typed.get("51-22-08") == "SORT_CODE", typed
    assert typed.get("9 October 1983") == "DATE_OF_BIRTH", typed
    assert typed.get("Mar 4, 1979") == "DATE_OF_BIRTH", typed
