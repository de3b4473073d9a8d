"""A caret or an I-beam read after a name typed into its field is no part of the name (issue 17,
over-masking; class: checkout, sign-up and profile forms where the customer types a name while
the text cursor or the mouse's I-beam stands right after it). Found on checkout_payment
(../shared/recordings): the analysis masked the I-beam pointer as PERSON (value-memory tracks at
12.4-13.9 s and 24-26 s), which also made the gate's masked form row look like a grid's (fe37693).
Traced through the whole recording (the real analysis, every detection call): while the name was
typed, OCR read the I-beam after it as a word 'I' and the name label's value took it, so the
memory learnt '<First> <Last> I'; it matches with separators aside, so the name on one line and
the I-beam alone on the line below (the pointer in the next field) matched it, and the I-beam was
masked. A name is learnt without a last word of one stroke (I, l, |, !, 1, [ or ]). Values are
invented."""

from __future__ import annotations

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def test_a_name_is_learnt_without_the_caret_read_after_it(detector):
    memory = ValueMemory()
    detector.find_spans(text_layout("Full name", "Ysolde Brannagh I", "Email"), memory)
    lt, findings = detector.find_spans(text_layout("Ysolde Brannagh", "I", "State"), memory)
    found = [lt.text[f.start : f.end] for f in findings]
    assert "Ysolde Brannagh" in found, found
    assert not any(text.endswith("I") for text in found), found


def test_a_name_with_an_initial_inside_is_learnt_whole(detector):
    memory = ValueMemory()
    memory.learn("PERSON", "Ysolde I Brannagh", lambda w: False)
    lt, findings = detector.find_spans(text_layout("Booked by Ysolde I Brannagh"), memory)
    assert "Ysolde I Brannagh" in [lt.text[f.start : f.end] for f in findings]
