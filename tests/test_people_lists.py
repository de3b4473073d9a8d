"""A side panel's people under a "Reviewers", "Assignees" or "Participants" heading
(pipeline/detection/structure/people.py): an avatar read as initials or "@", then a login or a
display name. Scene code_review: the approver's login in the Reviewers list stayed readable at
22-28 s after a scroll. Boxes as the analysis's OCR read that sidebar (with the main column's
commit hash that OCR put on the Assignees row's line); logins and names are invented."""

import pytest

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.detector import DetectConfig, Detector


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(t, Box(x, y, w, h), 92.0) for t, x, y, w, h in words))


SIDEBAR = [
    _line(("Reviewers", 977, 252, 69, 12)),
    _line(("@", 977, 272, 26, 26), ("corla88", 1009, 278, 55, 15)),
    _line(("SM", 980, 302, 30, 20), ("tpellow", 1009, 308, 55, 19)),
    _line(("Assignees", 977, 357, 68, 14)),
    _line(("3f9a2c1", 899, 387, 54, 14), ("EE)", 981, 382, 22, 17), ("dvarga-dev", 1009, 383, 72, 15)),
    _line(("Labels", 977, 430, 43, 12)),
    _line(("needs-review", 977, 451, 87, 12)),
    _line(("Milestone", 977, 492, 66, 12)),
    _line(("Release", 977, 513, 51, 12), ("4.2", 1032, 514, 20, 11)),
]
# the main column beside it: a comment box's text
MAIN = [
    _line(("Adds", 40, 305, 35, 13), ("the", 79, 305, 24, 13), ("CSV", 107, 306, 29, 12), ("export", 140, 306, 46, 14)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig())


def _found(detector: Detector, lines: list[TextLine]) -> list[tuple[str, str]]:
    lt, spans = detector.find_spans(Layout(tuple(lines)))
    return [(f.entity_type, lt.text[f.start : f.end]) for f in spans]


def test_the_logins_of_a_reviewers_and_an_assignees_list_are_usernames(detector: Detector):
    found = _found(detector, SIDEBAR + MAIN)
    for login in ("corla88", "tpellow", "dvarga-dev"):  # the avatar OCR read into the login's box may go with it
        assert any(kind == "USERNAME" and login in text for kind, text in found), found


def test_the_next_sections_values_and_the_main_column_stay(detector: Detector):
    found = " ".join(text for _, text in _found(detector, SIDEBAR + MAIN))
    for word in ("needs-review", "Labels", "Release", "3f9a2c1", "export"):
        assert word not in found


def test_display_names_under_participants_are_people(detector: Detector):
    lines = [
        _line(("Participants", 977, 252, 88, 12), ("3", 1240, 252, 8, 12)),
        _line(("OK", 980, 272, 24, 20), ("Orlagh", 1009, 276, 48, 15), ("Kinsella", 1061, 276, 58, 15)),
        _line(("TB", 980, 302, 24, 20), ("Tadhg", 1009, 306, 42, 15), ("Breathnach", 1055, 306, 80, 15)),
    ]
    found = _found(detector, lines)
    assert ("PERSON", "Orlagh Kinsella") in found, found
    assert ("PERSON", "Tadhg Breathnach") in found, found


@pytest.mark.parametrize(
    "rows",
    [
        ["No reviews"],
        ["Request review", "Suggestions"],
        ["Still in progress?", "Learn about draft PRs"],
        ["None yet"],
    ],
)
def test_a_lists_prose_stays(detector: Detector, rows: list[str]):
    lines = [_line(("Reviewers", 977, 252, 69, 12))]
    for i, row in enumerate(rows):
        x, words = 977, []
        for word in row.split():
            words.append((word, x, 274 + 22 * i, 8 * len(word), 14))
            x += 8 * len(word) + 4
        lines.append(_line(*words))
    assert _found(detector, lines) == []


def test_a_navigation_item_starting_with_a_heading_is_none(detector: Detector):
    # a file manager's navigation: "Shared with me" over folders shaped like logins
    lines = [
        _line(("Shared", 20, 200, 44, 12), ("with", 68, 200, 28, 12), ("me", 100, 200, 16, 12)),
        _line(("q3-reports", 20, 224, 70, 12)),
        _line(("tmp2025", 20, 248, 56, 12)),
    ]
    assert [kind for kind, _ in _found(detector, lines) if kind == "USERNAME"] == []


def test_a_heading_with_its_count_is_still_one(detector: Detector):
    lines = [
        _line(("Participants", 977, 252, 88, 12), ("3", 1070, 252, 8, 12)),
        _line(("@", 977, 272, 26, 26), ("corla88", 1009, 278, 55, 15)),
    ]
    assert any(kind == "USERNAME" and "corla88" in text for kind, text in _found(detector, lines))
