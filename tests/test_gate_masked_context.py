"""A context word whose value the plan masked is no context of a value after the mask (issue 17
item 2, class: a record's 'Date of birth' caption beside another panel's dated list, an activity
feed's '<dd/mm/yyyy> · <name>'). Found on donor_crm (corpus38/scn1) by benchmarks/gate.py at
905721e: blocked, DATE_OF_BIRTH high_confidence x11 (8.7-24 s) on an activity entry's date: the
gate read 'Date of birth █' (the birth date masked, `with_masked_cells`) and, next in the text,
the activity's '<dd/mm/yyyy> · █'; DateOfBirthRecognizer takes a date with a birth word at the
end of the line above, and the masked cell is no word, so 'birth' reached past it. The analysis,
which read the birth date there, never did. Values are invented."""

from __future__ import annotations

from pipeline.detection.context_words import MASKED, context_before
from pipeline.detection.labels import MASKED_VALUE
from tests.helpers import text_layout


def _dates_of_birth(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "DATE_OF_BIRTH"}


def test_a_date_after_a_masked_birth_date_is_none(detector):
    assert MASKED == MASKED_VALUE
    assert not _dates_of_birth(detector, f"Date of birth {MASKED}", f"03/10/2026 · {MASKED}")
    assert not _dates_of_birth(detector, f"DOB {MASKED} joined 03/10/2026")


def test_a_birth_date_shown_is_still_found(detector):
    assert "14/03/1987" in _dates_of_birth(detector, "Date of birth", "14/03/1987")
    assert "14/03/1987" in _dates_of_birth(detector, "Date of birth 14/03/1987")


def test_the_words_before_a_mask_are_no_context():
    text = f"Date of birth {MASKED}\n03/10/2026 x"
    assert "birth" not in context_before(text, text.index("03/"))
    text = f"Date of birth {MASKED} joined 03/10/2026"
    assert context_before(text, text.index("03/")) == "joined"
    text = "Date of birth\n14/03/1987"
    assert "birth" in context_before(text, text.index("14/"))
