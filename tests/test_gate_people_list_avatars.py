"""A people list's avatar left alone on its row by the mask over the person's name is no login
(issue 17 item 1, class: chat and ticket side panels, 'Participants' / 'Reviewers' lists of an
avatar's initials and a display name with a role caption under it). Found on chat_support
(corpus42/sweep) by benchmarks/gate.py at 2c7853f: blocked, USERNAME high_confidence x12
(20-28 s) on one avatar's initials: the analysis masked the display names; in the output frame
OCR read the row as the initials alone (the name's status dot at the mask's edge read as a
letter, so no masked cell stands for the name: verify.with_masked_cells), and people.py took the
initials, the row's one word, for a login. The analysis reads the row whole (the avatar is
taken off before the name).
Values are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.redact.verify import with_masked_cells


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(t, Box(x, y, w, h), 92.0) for t, x, y, w, h in words))


def _panel(avatar: str) -> list[TextLine]:
    """The participants panel of the output frame: the first row's avatar read with its name's
    caption, the second row's avatar on the name's line, the name masked."""
    return [
        _line(("Participants", 1047, 106, 80, 15), ("(3)", 1131, 106, 17, 15)),
        _line(("QW", 1045, 141, 26, 13), ("Customer", 1083, 147, 47, 13), ("Lakemont", 1139, 147, 55, 15)),
        _line(("e", 1185, 176, 8, 8)),  # the name's status dot at the mask's edge, read as a letter
        _line((avatar, 1053, 181, 16, 9)),
        _line(("Support", 1083, 187, 39, 13), ("engineer", 1124, 189, 42, 11)),
        _line(("VD", 1052, 257, 16, 19), ("Billing", 1083, 259, 40, 13), ("specialist", 1126, 259, 50, 13)),
    ]


NAME_MASKS = [Box(1078, 136, 106, 13), Box(1078, 172, 113, 18)]


def _usernames(detector, lines: list[TextLine]) -> list[str]:
    layout = with_masked_cells(Layout(tuple(lines)), NAME_MASKS)
    lt, spans = detector.find_spans(layout)
    return [lt.text[f.start : f.end] for f in spans if f.entity_type == "USERNAME"]


def test_an_avatar_s_initials_alone_on_a_row_are_no_login(detector):
    assert not _usernames(detector, _panel("ZD"))


def test_a_login_alone_on_a_row_is_still_one(detector):
    assert _usernames(detector, _panel("tr4vis")) == ["tr4vis"]
