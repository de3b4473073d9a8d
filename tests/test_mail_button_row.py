"""A message's row of action buttons ends its body, however OCR parts the row (issue 17, the gate's
false block on webmail_inbox, corpus42: EMAIL_BODY high_confidence x19 over the opened message's
Reply and Forward buttons, 15-30 s; 4e50ea3 had fixed the same row read as a PERSON, and the mail
finder, 66548e5 and its memory 4a035da, brought it back as a message's body).

The buttons are outlined and rounded: OCR reads their row as two lines that overlap in height,
the outlines' tops with the labels, then the outlines' bottoms as shapes ('J\\', 'A'). With the
pointer's I-beam over 'Reply' the first button's icon is read as a run of its own, left of the
other labels ('fr'), and at the same height as the run holding 'Forward': taken down the screen
before that run, it was no action line and became a body line; remembered, it carried the body
on under it, over the outlines' bottoms, in every frame after. A run that shares its row with a
line of the message's actions is part of that row: the body ended above it. Values are invented.
"""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.memory import ValueMemory


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(text, Box(x, y, w, h), 90.0) for text, x, y, w, h in words))


def _text(x: int, y: int, text: str) -> TextLine:
    words, at = [], x
    for part in text.split():
        words.append((part, at, y, 8 * len(part), 14))
        at += 8 * (len(part) + 1)
    return _line(*words)


HEADER = [
    _text(300, 250, "Priya Nandakumar <priya.n@example.org>"),
    _text(300, 278, "to me"),
]
_SENTENCES = [
    "Hi, the replacement router arrived this morning but the lights stay amber.",
    "Could someone call me back before Friday? I am in all afternoon.",
    "The engineer said the line test passed, so I am not sure what else to try.",
    "I have restarted it twice and swapped the cable for the spare one.",
]
# a long message down to the buttons' row: lines 24 px apart, no gap that would end it
BODY = [_text(300, 320 + 24 * i, _SENTENCES[i % len(_SENTENCES)]) for i in range(12)] + [
    _text(300, 608, "Thanks, Priya"),
]
# the row of buttons as read with the I-beam over 'Reply': the icon apart, the labels' line, the
# outlines' bottoms on a line of their own overlapping it
BUTTONS = [
    _line(
        ("fr", 302, 641, 16, 13),
        ("aw", 383, 641, 32, 19),
        ("a", 414, 641, 13, 19),
        ("&", 435, 656, 11, 7),
        ("Forward", 450, 652, 51, 13),
        ("~", 508, 641, 17, 19),
    ),
    _line(("J\\", 383, 658, 44, 19), ("A", 508, 658, 17, 19)),
]
# the same row read whole ('Reply' read), its outlines' bottoms under it
BUTTONS_READ = [
    _line(
        ("fe", 301, 641, 17, 18),
        ("©", 325, 656, 12, 7),
        ("Reply", 341, 652, 36, 15),
        ("a", 383, 641, 17, 19),
        ("a", 415, 641, 12, 19),
        ("&", 434, 656, 12, 7),
        ("Forward", 450, 652, 51, 13),
        ("~", 508, 641, 17, 19),
    ),
    _line(("Ke", 301, 657, 17, 20), ("J\\", 383, 658, 44, 19), ("A", 508, 658, 17, 19)),
]


def _texts(detector, memory, lines) -> list[str]:
    lt, findings = detector.find_spans(Layout(tuple(lines)), memory)
    return [lt.text[f.start : f.end] for f in findings if f.entity_type == "EMAIL_BODY"]


def test_the_icon_read_apart_on_the_buttons_row_is_no_body(detector):
    memory = ValueMemory()
    row = {"fr", "fe", "Ke", "J\\", "A"}
    # the pointer rests over 'Reply' for a few frames, then moves off and the row reads whole
    for lines in (BUTTONS, BUTTONS, BUTTONS_READ):
        found = _texts(detector, memory, HEADER + BODY + lines)
        assert any("router" in t for t in found) and any("Thanks" in t for t in found), found
        assert not any(t.strip() in row for t in found), found


def test_a_remembered_line_on_the_buttons_row_carries_no_body(detector):
    """The body scrolled out of its header's reach (the memory's path): the buttons' row still
    ends it, and a line of the row remembered as body is none where the row's labels show."""
    memory = ValueMemory()
    _texts(detector, memory, HEADER + BODY + BUTTONS)
    for lines in (BUTTONS, BUTTONS_READ):
        later = _texts(detector, memory, BODY + lines)
        assert any("router" in t for t in later), later
        assert not any(t.strip() in {"fr", "fe", "Ke", "J\\", "A"} for t in later), later


def test_a_body_line_beside_no_button_is_still_body(detector):
    """A line under the message ending with the word 'forward' in a sentence stays body."""
    lines = (
        HEADER
        + BODY
        + [_text(300, 632, "Please forward this to the engineer who visited on Tuesday and the office manager.")]
    )
    found = _texts(detector, ValueMemory(), lines)
    assert any("engineer" in t for t in found), found
