"""A number wrapped at the end of a message line whose box one tall word stretches: OCR gave a
misread "I'll" (or a bracket) a box 14 px tall among 9 px letters, so the line's box was half as
tall again as the next line's and the two were taken for a heading over its paragraph; the
number's first half stayed readable at the line's end (letting_agent at scale 0.75, corpus37:
"My mobile is <5 digits>" / "<6 digits>."). The heading test now compares the lines' type (their
words' median height). Values are invented."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine


def _line(x: int, y: int, words: list[tuple[str, int]], char_w: int = 5) -> TextLine:
    out = []
    for text, h in words:
        out.append(
            OcrWord(
                text, Box(x, y + (10 - h if h < 10 else 0) - (h - 10 if h > 10 else 0), char_w * len(text), h), 90.0
            )
        )
        x += char_w * (len(text) + 1)
    return TextLine(tuple(out))


def _phones(detector, layout) -> set[str]:
    lt, findings = detector.find_spans(layout)
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PHONE_NUMBER"}


def test_a_number_wrapped_after_a_line_with_one_tall_word_is_joined(detector):
    upper = _line(
        35,
        196,
        [("Hi", 9), ("Dawn,", 10), ("lil", 14), ("be", 9), ("round", 9), ("at", 9), ("10.", 9)]
        + [("My", 10), ("mobile", 8), ("is", 8), ("07700", 9)],
    )
    lower = _line(35, 207, [("900418.", 9)])
    assert "07700\n900418" in _phones(detector, Layout((upper, lower)))


def test_a_heading_over_a_number_stays_apart(detector):
    heading = _line(35, 180, [("Invoice", 16), ("2026", 16)], char_w=9)
    body = _line(35, 198, [("123456", 9), ("units", 9)])
    assert not any("\n" in p for p in _phones(detector, Layout((heading, body))))
