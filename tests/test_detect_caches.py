"""What detection remembers between the screens of one recording finds what it found before.

A screen's lines come back on every frame while a few of them change, so parts of the text
passes are remembered by text: a line's labels (labels.py), the findings in a window of wrapped
lines (detector.py), a word's key for the structure passes' vocabulary (structure/vocabulary.py).
These tests hold them to the answers found without them, and check that they are used.
"""

from __future__ import annotations

import dataclasses
import random
import re
from typing import Any

import pytest

from pipeline.detection.labels import LabelSearch, LabelValueFinder
from pipeline.detection.structure import vocabulary
from pipeline.detection.text import LayoutText
from tests.test_detect import assert_hidden, detect, make_layout


class _Counted:
    """A compiled pattern that counts its `finditer` calls."""

    def __init__(self, pattern: Any, calls: list[int]):
        self._pattern, self._calls = pattern, calls

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        self._calls[0] += 1
        return self._pattern.finditer(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _counting_finder(detector) -> tuple[LabelValueFinder, list[int]]:
    labels = detector.settings.labels
    calls = [0]
    groups = [dataclasses.replace(g, label_re=_Counted(g.label_re, calls)) for g in labels.groups]
    search = LabelSearch(labels.word_gap, labels.sep_gap, labels.below_max, labels.right_max, labels.reject_values)
    return LabelValueFinder(groups, search), calls


def test_a_line_read_again_is_not_searched_for_labels_again(detector):
    """The label patterns run once per line text: the same line on the next screen, elsewhere,
    takes its labels from the first search, and its value is found there too."""
    finder, calls = _counting_finder(detector)
    first = LayoutText(make_layout("Account settings", "Email: ann.lee@example.com"))
    found = finder.find(first)
    searched = calls[0]
    assert searched == 2 * len(finder.groups)
    moved = LayoutText(make_layout((40, 60, "Email: ann.lee@example.com"), (40, 90, "Saved 10:42")))
    again = finder.find(moved)
    assert calls[0] == searched + len(finder.groups)  # only the new line was searched
    value = lambda lt, fs: [(lt.text[f.start : f.end], f.entity_type, f.recognizer) for f in fs]  # noqa: E731
    assert value(moved, again) == value(first, found) == [("ann.lee@example.com", "EMAIL_ADDRESS", "label:email")]


def test_the_word_above_a_remembered_label_is_still_read_per_screen(detector):
    """Which word stands before a label depends on the screen (a button's caption wrapped over
    two lines: "Reset" above "password"), not on the line's text: the same line under a
    wrapped caption is no label, alone it labels its value."""
    finder, _ = _counting_finder(detector)
    under = LayoutText(make_layout((940, 0, "Reset"), (924, 16, "password Xy7#kk99")))
    alone = LayoutText(make_layout((924, 16, "password Xy7#kk99")))
    for _ in range(2):  # first searched, then remembered
        assert not [f for f in finder.find(under) if f.entity_type == "PASSWORD"]
        assert [alone.text[f.start : f.end] for f in finder.find(alone) if f.entity_type == "PASSWORD"] == ["Xy7#kk99"]


WRAPPED = [
    ("If it's easier you can call me on +44 7656 671 480 any time", "PHONE_NUMBER"),
    ("the refund can go to GB69 RRLG 7804 7716 8466 45 which is", "IBAN_CODE"),
    ("my customer account number is 4417 2957 in case", "ACCOUNT_NUMBER"),
    ("Anna Berg wrote from anna.berg@lakeview-dental.com about her phone 415-555-0132", "PHONE_NUMBER"),
]


@pytest.mark.parametrize("text,entity", WRAPPED)
def test_a_wrap_window_finds_without_ner_what_it_found_with_it(detector, monkeypatch, text, entity):
    """The wrapping types are no NER entities: a window of wrapped lines is read without NER
    (spaCy tokenizes it, for the context words) and finds what the whole pipeline finds, scores
    raised by context words included; the second time it is remembered."""
    full = detector._analyze(text, detector._wrap_entities, 7)
    assert entity in {f.entity_type for f in full}
    engine = detector._nlp_engine
    whole, tokens = [], []
    process_text, without = engine.process_text, engine.process_text_without_entities
    monkeypatch.setattr(engine, "process_text", lambda *a: whole.append(a) or process_text(*a))
    monkeypatch.setattr(engine, "process_text_without_entities", lambda *a: tokens.append(a) or without(*a))
    detector._wrapped_cache.pop(text, None)
    assert detector._analyze_wrapped(text, 7) == full
    assert detector._analyze_wrapped(text, 7) == full
    assert not whole and len(tokens) == 1
    assert not without(text, "en").entities


def test_a_value_wrapped_over_two_lines_of_prose_is_still_found(detector):
    """A phone number a paragraph wraps ("+44 7656 671" / "480 any time"): still masked on both
    lines with the window read without NER, and on the next screen from what was remembered."""
    rows = ["Hi, if it's easier you can call me on +44 7656 671", "480 any time this afternoon, I'm at my desk."]
    for _ in range(2):
        layout, dets = detect(detector, *rows)
        phones = [d for d in dets if d.entity_type == "PHONE_NUMBER"]
        assert_hidden(layout, phones, "+44 7656 671", 0)
        assert_hidden(layout, phones, "480", 1)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _phrase_key_uncached(words: list[str]) -> str:
    parts = (_CAMEL.sub(" ", w.strip(vocabulary.EDGE_PUNCTUATION)).replace("_", " ") for w in words)
    return " ".join(" ".join(p.lower().split()) for p in parts if p.strip())


def test_a_phrase_key_is_the_words_keys_joined():
    """A word's key is remembered; a phrase's key is the same as made from the words each time:
    identifiers parted, edge punctuation and empty words dropped, odd spaces and case folded."""
    rnd = random.Random(5)
    chars = "aAbZ_:. ()|*\u00a0\u2003\u0130\u00df'\u00e91-\t"
    words = ["full_name", "dateOfBirth", "(Name):", "E-mail", "", "  ", "|", "_", "\u2003Subject:\u2003"]
    words += ["".join(rnd.choice(chars) for _ in range(rnd.randint(0, 8))) for _ in range(3000)]
    for _ in range(6000):
        phrase = [rnd.choice(words) for _ in range(rnd.randint(0, 4))]
        assert vocabulary.phrase_key(phrase) == _phrase_key_uncached(phrase), phrase
    assert vocabulary.phrase_key(["Date", "ofBirth:"]) == "date of birth"
    assert vocabulary._word_keys["ofBirth:"] == "of birth"
