"""A people list's role caption whose company's trade word OCR read as a line of its own is no
person (issue 17 item 2b, class: chat and ticket side panels, a display name with a caption
'<Role> · <Brand> <Trade>' under it). Found on chat_support (corpus42/sweep) by
benchmarks/gate.py: blocked, PERSON high_confidence x1 on the first participant's caption. The
analysis read the caption whole ('<Role> · <Brand> <Trade>': a company's name, dropped); in the
output frame the display name above is masked and OCR's line finder parted the caption beside
the mask's edge: the role and the brand on one line, the smaller trade word a few pixels right of
them on a line of its own, the middle dot on a third. NER took '<Role> <Brand>' for a person and
the precision rules judged the line's part alone. The word OCR split off the span's line, right
after it and within its height, is judged with it, as the analysis judged the line.
Values are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.redact.verify import with_masked_cells


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(t, Box(x, y, w, h), 94.0) for t, x, y, w, h in words))


NAME_MASKS = [Box(1078, 136, 106, 13), Box(1078, 174, 107, 14), Box(1079, 210, 90, 15), Box(1079, 248, 94, 15)]


def _panel(first_row: list[TextLine]) -> list[TextLine]:
    """The participants panel of the output frame, the display names masked (a letter or two
    read off a mask's edge)."""
    return [
        _line(("Participants", 1047, 106, 80, 15), ("(4)", 1131, 106, 17, 15)),
        _line(("OB", 1183, 138, 7, 8)),
        *first_row,
        _line(("TR", 1053, 181, 16, 9)),
        _line(("Support", 1083, 187, 39, 13), ("engineer", 1124, 189, 42, 11)),
        _line(("PL", 1053, 219, 16, 10)),
        _line(("Team", 1083, 226, 27, 10), ("lead", 1112, 226, 21, 10)),
        _line(("VD", 1052, 257, 18, 10), ("Billing", 1083, 261, 29, 15), ("specialist", 1115, 261, 45, 15)),
    ]


def _people(detector, lines: list[TextLine]) -> list[str]:
    layout = with_masked_cells(Layout(tuple(lines)), NAME_MASKS)
    lt, spans = detector.find_spans(layout)
    return [lt.text[f.start : f.end] for f in spans if f.entity_type == "PERSON"]


SPLIT_CAPTION = [
    _line(
        ("a", 1018, 145, 9, 5),  # the avatar's coloured edge
        ("|EP", 1045, 141, 26, 13),
        ("Customer", 1083, 147, 47, 13),
        ("Lakemont", 1139, 147, 55, 15),
    ),
    _line(("Plumbing", 1197, 150, 31, 10)),  # the trade word, parted from its line
    _line(("-", 1133, 154, 3, 3)),  # the middle dot between the role and the company
]


def test_a_caption_s_company_split_off_its_line_is_no_person(detector):
    assert _people(detector, _panel(SPLIT_CAPTION)) == []


def test_the_caption_read_whole_is_no_person(detector):
    whole = [
        _line(
            ("a", 1018, 145, 9, 5),
            ("EP", 1045, 141, 26, 13),
            ("Customer", 1083, 147, 47, 13),
            ("·", 1133, 154, 3, 3),
            ("Lakemont", 1139, 147, 55, 15),
            ("Plumbing", 1197, 150, 31, 10),
        )
    ]
    assert _people(detector, _panel(whole)) == []


def test_a_person_s_name_before_a_trade_word_split_off_is_still_one(detector):
    """A first name opens a person's name, as the analysis judges '<First> <Last> <Trade>'."""
    named = [
        _line(
            ("a", 1018, 145, 9, 5),
            ("|EP", 1045, 141, 26, 13),
            ("Elena", 1083, 147, 30, 13),
            ("Petrova", 1117, 147, 44, 15),
        ),
        _line(("Plumbing", 1164, 150, 31, 10)),
    ]
    assert _people(detector, _panel(named)) == ["Elena Petrova"]
