"""A person's name of one word that the lexicon does not know is a piece of a seen value from the
time the analysis saw it (issue 17, missed leaks; class: a delimited file's surname column in an
editor or a terminal, '<id>,<First>,<Surname>,<e-mail>,...', a rare surname alone in its cell).
Found on vim_editing (corpus37/scn2) by benchmarks/gate.py at 903a492: the plant of track 118
(PERSON, the last_name cell of one row, frames 49-354) exposed the surname and the gate passed
it clean. Traced on a 0-12 s cut (the gate's analysis, render less that track, verification;
SeenValues kept): the row read '<id> <Surname>' between masks, and the surname seen at 3.3 s as
a PERSON was no piece: a lone word must be a name the lexicon knows (a brand or a title typed by
a name column is one as often). From the time the analysis saw it, it remembered it and masked
it wherever shown, so an unmasked one then is one it missed; before it, still none (the page's
brand shown all along). Values are invented."""

from __future__ import annotations

from pipeline.analysis.values import SeenValues


def _pieces(detector, value: str, seen_s: float, words: list[str], at_s: float | None) -> list:
    seen = SeenValues()
    seen.add("PERSON", value, seen_s)
    lexicon = detector.lexicon
    return seen.find(words, lexicon.is_ordinary, lexicon.is_name, at_s=at_s)


def test_a_lone_unknown_surname_is_a_piece_once_seen(detector):
    found = _pieces(detector, ",Quarmbyle,", 3.0, ["1061", "Quarmbyle"], 5.0)
    assert [(p.entity_type, p.start, p.whole) for p in found] == [("PERSON", 1, True)]


def test_before_it_was_seen_or_at_no_time_it_is_none(detector):
    assert _pieces(detector, ",Quarmbyle,", 3.0, ["1061", "Quarmbyle"], 1.0) == []
    assert _pieces(detector, ",Quarmbyle,", 3.0, ["1061", "Quarmbyle"], None) == []
    # the top bar's brand typed once by a name column at 17.2 s, shown from the start
    assert _pieces(detector, "Helmdesk", 17.2, ["Helmdesk", "Inbox", "Reports"], 2.0) == []


def test_a_dictionary_word_is_none_even_after(detector):
    assert _pieces(detector, "Payroll", 1.0, ["Payroll", "September"], 5.0) == []
