"""Issue 17: the gate finds again a name the analysis found joined into a computer's name
('DESKTOP-<SURNAME>' beside its user in a remote-support tool's session list). Found by
benchmarks/gate.py on the scene remote_session (corpus35/scn1): the plant of that PERSON track
(0-26 s) exposed the value and the gate passed it clean: the value, one token written in capitals,
is no name as written, and the host-name finder, which needs the user's full name beside it, saw
that name masked. A name joined with '-' is looked for as written, as one joined with '_' or '.'
in a file name is. Values are invented."""

from __future__ import annotations

import pytest

from pipeline.analysis.values import SeenValues
from pipeline.detection.detector import DetectConfig, Detector


@pytest.fixture(scope="module")
def lexicon():
    return Detector(DetectConfig()).lexicon


def _found(lexicon, value: str, line: str) -> list[str]:
    seen = SeenValues()
    seen.add("PERSON", value, 1.0)
    words = line.split()
    pieces = seen.find(words, lexicon.is_ordinary, lexicon.is_name, None, lexicon.ner_reject_reason)
    return [" ".join(words[p.start : p.end]) for p in pieces]


def test_a_computer_named_after_its_user_is_found_again(lexicon):
    line = r"Ivo Marsh Brightside Lettings DESKTOP-MARSH BRIGHTSIDE\imarsh 172.20.220.14"
    assert "DESKTOP-MARSH" in _found(lexicon, "DESKTOP-MARSH", line)


def test_words_joined_by_a_dash_that_name_no_one_are_not(lexicon):
    assert _found(lexicon, "Check-in", "Online Check-in opens 24 hours before departure") == []
