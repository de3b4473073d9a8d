"""What detection remembers between the screens of one recording finds what it found before.

A screen's lines come back on every frame while a few of them change, so parts of the text
passes are remembered by text: a line's labels (labels.py).
These tests hold them to the answers found without them, and check that they are used.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pipeline.detection.labels import LabelSearch, LabelValueFinder
from pipeline.detection.text import LayoutText
from tests.test_detect import make_layout


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
