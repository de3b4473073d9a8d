"""A quoted display name whose opening quote OCR took into its first letter is still a name.

proc_secrets (corpus38/scn2) at --degrade crf=36: a service's journal line 'sync.py[<pid>]:
updated contact "<First> <Last>" phone=<phone>' was read by the analysis's OCR as 'contact
<first> <Last>" phone=...' on every frame (31-43 s): the opening quote and the capital of the
given name read as one lower-case letter. Only NER had found the name as recorded (a rare
surname), and NER does not take a lower-case word: the name leaked (PERSON, 17 sightings).
Names below are invented."""

from __future__ import annotations

import pytest

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

PREFIX = "Dec 06 02:12:40 app-02 sync.py[18802]: updated contact "


def _people(detector, row: str) -> list[str]:
    lt, spans = detector.find_spans(text_layout(row), ValueMemory())
    return [lt.text[f.start : f.end] for f in spans if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "name",
    ['halina Okonjo"', 'priya Venkataraman"'],
)
def test_a_quoted_name_read_without_its_opening_quote_is_found(detector, name):  # noqa: F811
    people = _people(detector, PREFIX + name + " phone=07700 900123")
    assert any(name[:-1].split()[-1] in p and name.split()[0] in p for p in people), people


@pytest.mark.parametrize(
    "row",
    [
        'set "Mode" to basic Auto" now',  # a quote opens before: another value's
        'run finished: 41 invoices, 2 bounces "',  # no name before the quote
        'status: reading Reports" done',  # a lower-case word that is no given name
    ],
)
def test_other_closing_quotes_name_nobody(detector, row):  # noqa: F811
    assert not _people(detector, row)
