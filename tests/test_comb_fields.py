"""A tax form's comb fields, one character per box (issue 16, corpus_n4 tax_form_pdf). Every value
here is invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from tests.test_detect import CHAR_W, LINE_H, assert_visible


def _kinds(dets, entity: str) -> list:
    return [d for d in dets if d.entity_type == entity]


# ----------------------------------------------------------------------------- comb fields --


def _comb(chars: list[str], x: int, y: int, pitch: int = 24) -> list[OcrWord]:
    """One word per box, at the boxes' pitch ('' is the narrow gap a form leaves between groups)."""
    words = []
    for ch in chars:
        if ch:
            # one glyph's width, also where OCR read it as two characters; boxes read together wider
            words.append(OcrWord(ch, Box(x, y, 9 if len(ch) <= 2 else CHAR_W * len(ch), LINE_H), 88.0))
        x += pitch if ch else 10
    return words


def test_comb_fields_hide_their_characters(detector):
    """A tax form's boxes: the NI number, a date of birth, a postcode and an account number, one
    character per box, read with a box's edge now and then ('|q|C', 'iL', '='), one glyph as two
    ('rd'), a digit as a letter ('A'): no recognizer's shape, no label's value (fails before:
    every comb stayed readable)."""
    rows = [
        (OcrWord("Your", Box(0, 0, 32, LINE_H), 91.0), OcrWord("NI", Box(40, 0, 16, LINE_H), 91.0)),
        tuple(_comb(["|q|C", "", "rd", "2", "", "iL", "8", "", "iL", "6", "", "B"], 300, 0)),
        tuple(_comb(["1", "4", "", "0", "7", "", "1", "9", "8", "3"], 300, 40)),
        tuple(_comb(["K", "T", "A", "", "5", "=", "W"], 300, 80)),
        tuple(_comb(["7", "A", "1", "0", "2", "9", "5", "8"], 300, 120)),
    ]
    layout = Layout(tuple(TextLine(r) for r in rows))
    dets = detector.detect(layout)
    for row in (1, 2, 3, 4):
        words = layout.lines[row].words
        span = Box.from_corners(words[0].box.x, words[0].box.y, words[-1].box.x2, words[-1].box.y2)
        assert any(d.box.contains(span) for d in dets), f"comb row {row} not hidden"
    assert_visible(layout, dets, "Your NI", 0)


def test_spaced_numbers_that_count_and_spaced_capitals_are_no_comb(detector):
    """A pagination bar, a calendar's week running into the next month, a heading in spaced
    capitals."""
    rows = [
        tuple(_comb(["1", "2", "3", "4", "5", "6", "7"], 300, 0)),
        tuple(_comb(["28", "29", "30", "31", "1", "2", "3"], 300, 40, pitch=40)),
        tuple(_comb(["S", "U", "M", "M", "A", "R", "Y"], 300, 80)),
    ]
    layout = Layout(tuple(TextLine(r) for r in rows))
    dets = detector.detect(layout)
    assert not [d for d in dets if d.recognizer == "structure/comb"]
