"""An admin console's details panel: captions right-aligned against left-aligned values, two
pairs a row ("Street address  <street>      City  <town>"), the gap after a short caption about
1.2-1.5 text heights (user_properties in corpus46: the town leaked 5-14 s, as recorded and at
0.75). OCR reads the row as one line whose box is taller than its words (a caption with a
descender sits a pixel lower than its value), and the gap that separates like ":" was measured
against that box, so the value counted as prose after the caption. The gap is measured against
the words' height now. Values are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine


def _row(caption: tuple[str, int], gap: int, value: str) -> Layout:
    """One OCR line: the caption (text, height; a descender makes it taller, one pixel lower)
    and the value's words `gap` px right of it, 11 px high, a 4 px space between them."""
    text, height = caption
    words = [OcrWord(text, Box(880, 583, 6 * len(text), height), 91.0)]
    x = 880 + 6 * len(text) + gap
    for part in value.split():
        words.append(OcrWord(part, Box(x, 582, 7 * len(part), 11), 91.0))
        x += 7 * len(part) + 4
    return Layout((TextLine(tuple(words)),))


def _found(detector, layout: Layout) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(layout)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_town_beside_its_right_aligned_caption_is_a_place(detector):
    assert ("LOCATION", "Glenmorrow Cross") in _found(detector, _row(("City", 13), 16, "Glenmorrow Cross"))


def test_a_town_at_a_wider_gap_still_is(detector):
    assert ("LOCATION", "Tarrowfield") in _found(detector, _row(("City", 13), 22, "Tarrowfield"))


def test_words_after_a_caption_word_at_a_space_are_prose(detector):
    found = _found(detector, _row(("City", 13), 4, "council offices open at nine"))
    assert not any(t == "LOCATION" for t, _ in found), found
