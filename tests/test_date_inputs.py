"""A date of birth typed into separate Day | Month | Year boxes (GOV.UK's date input and the forms
built like it) is a date of birth in parts; the same boxes asking for another date, the hint's
example above them, and a table's Year column stay readable (structure/date_inputs.py).
Values invented."""

from __future__ import annotations

import pytest

from pipeline.detection.detector import Detector
from tests.helpers import text_layout


def _found(detector: Detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows, parts",
    [
        (
            [
                "What is your date of birth?",
                "For example, 12 11 2003",
                "Day     Month     Year",
                "14      6         1987",
                "Continue",
            ],
            ["14", "6", "1987"],
        ),
        (["Date of birth", "DD      MM        YYYY", "03      11        1979"], ["03", "11", "1979"]),
        (["When were you born?", "Day     Month     Year", "21      8         1990"], ["21", "8", "1990"]),
        (["Date of birth   Day     Month     Year", "                09      04        1968"], ["09", "04", "1968"]),
    ],
)
def test_the_parts_of_a_birth_date_in_boxes_are_a_date_of_birth(detector, rows, parts):
    hits = _found(detector, *rows)
    for part in parts:  # a box of its own, or the row's date read whole ("09 04 1968")
        assert any(t == "DATE_OF_BIRTH" and part in v.split() for t, v in hits), (part, hits)


@pytest.mark.parametrize(
    "rows",
    [
        # another date asked for in the same boxes
        ["When did you move to this address?", "Day     Month     Year", "14      6         2019"],
        # the boxes still empty: the hint's example above them is no one's date
        ["What is your date of birth?", "For example, 12 11 2003", "Day     Month     Year", "Continue"],
        # a table's Year column: no question about birth above it
        ["Year    Make      Model", "2014    Vauxhall  Corsa"],
    ],
)
def test_other_dates_in_boxes_stay_readable(detector, rows):
    hits = _found(detector, *rows)
    assert not any(e == "DATE_OF_BIRTH" for e, _ in hits), hits
