"""A terminal table's header scaled down and read with its column rules glued to the headers
(issue 18, psql_console of corpus_new at scale 0.75): the header's words as the analysis read
them, with their boxes, and rows under it whose mobile numbers' first '0' was read as '6'."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.text import LayoutText
from tests.test_detect import assert_hidden, assert_visible

# (text, x, width) of the header at y=82 as read: 'email' read twice ('ema' over it), the rule
# before 'phone' read as a speck and the one after it stuck on, no gap between any of them
HEADER = [
    ("id", 26, 12),
    ("|", 52, 3),
    ("fullname", 80, 60),
    ("|", 160, 3),
    ("ema", 218, 36),
    ("email", 236, 30),
    (".phone|", 264, 173),
    ("postcode", 439, 48),
    ("I", 493, 9),
    ("date_of", 508, 41),
    ("birth", 555, 30),
    ("|", 591, 8),
    ("plan", 614, 24),
]
# invented rows: name, e-mail, mobile (its '0' read as '6'), postcode, date of birth, plan
ROWS = [
    ("Ivo", "Stanek", "ivo.stanek@example.org", "67700", "900456", "YO1", "7HH", "1988-02-27", "family"),
    ("Cerys", "Dunmore", "cdunmore@example.net", "67700", "900123", "N7", "8QT", "1951-06-14", "basic"),
]
XS = (58, 100, 166, 350, 386, 435, 458, 503, 602)


def _layout() -> Layout:
    lines = [TextLine(tuple(OcrWord(t, Box(x, 82, w, 14), 80.0) for t, x, w in HEADER))]
    for r, row in enumerate(ROWS):
        y = 108 + 13 * r
        lines.append(TextLine(tuple(OcrWord(t, Box(x, y, 6 * len(t), 12), 90.0) for t, x in zip(row, XS))))
    return Layout(tuple(lines))


def test_a_header_read_with_its_rules_glued_on_still_types_its_columns(detector):
    """The header run 'ema email .phone| postcode I date_of birth |' was one cell, no header:
    the phone column was untyped, and mobiles read with a '6' for their '0' (no phone's shape)
    stayed readable in every row (PHONE_NUMBER leaked, 11 sightings). Rules read alone or stuck
    to a header part the cells; a word read twice is read once."""
    layout = _layout()
    lt = LayoutText(layout)
    table = detector._structure._tables.header(lt, lt.lines[0].words)
    assert table is not None
    assert {"PHONE_NUMBER", "DATE_OF_BIRTH", "PERSON"} <= {c.entity for c in table.columns}
    dets = detector.detect(layout)
    for r in (1, 2):
        assert_hidden(layout, dets, ROWS[r - 1][3], r)
        assert_hidden(layout, dets, ROWS[r - 1][4], r)
        assert_visible(layout, dets, ROWS[r - 1][8], r)
    assert_visible(layout, dets, "postcode", 0)
    assert_visible(layout, dets, "plan", 0)


def test_a_sentence_with_the_pronoun_i_is_no_header_row(detector):
    """A sentence naming columns, with the pronoun 'I' and a '|' in it, is no header row."""
    words = [
        OcrWord(t, Box(20 + 40 * i, 40, 6 * len(t), 12), 90.0)
        for i, t in enumerate(["Then", "I", "said", "the", "email", "|", "phone", "were", "wrong"])
    ]
    lt = LayoutText(Layout((TextLine(tuple(words)),)))
    assert detector._structure._tables.header(lt, lt.lines[0].words) is None


# sqlite3's `.mode table` (sqlite_box class): the header between two `+----+` rules read as one
# 31 px line, the rules' dashes and bars glued to the titles, three titles in its last word
SQLITE_HEADER = [("I.-id..!", 6, 67), ("first_name.!", 80, 94), ("last_name-!....dob....-+....mobile...-!", 181, 316)]
# invented rows: id, first name, surname, date of birth, mobile in two groups
SQLITE_ROWS = [
    ("4417", "Ottoline", "Vasquelle", "1962-11-23", "07311", "482906"),
    ("4418", "Leofric", "Brannoch", "1974-08-05", "07456", "193827"),
]
SQLITE_XS = (23, 79, 183, 280, 383, 431)


def test_a_header_read_with_its_rules_inside_its_words_types_its_columns(detector):
    """No gap parted the titles (the line's height made every gap a space) and the rules were
    inside the words, so no cell was a header: the surnames and dates of birth under them stayed
    readable (sqlite_box, PERSON and DATE_OF_BIRTH leaked). The words are cut at the rules."""
    lines = [TextLine(tuple(OcrWord(t, Box(x, 128, w, 31), 85.0) for t, x, w in SQLITE_HEADER))]
    for r, row in enumerate(SQLITE_ROWS):
        y = 180 + 17 * r
        lines.append(TextLine(tuple(OcrWord(t, Box(x, y, 8 * len(t), 12), 92.0) for t, x in zip(row, SQLITE_XS))))
    layout = Layout(tuple(lines))
    lt = LayoutText(layout)
    table = detector._structure._tables.header(lt, lt.lines[0].words)
    assert table is not None
    assert [c.entity for c in table.columns][1:] == ["PERSON", "PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]
    dets = detector.detect(layout)
    for r in (1, 2):
        for value in SQLITE_ROWS[r - 1][1:4]:
            assert_hidden(layout, dets, value, r)
        assert_visible(layout, dets, SQLITE_ROWS[r - 1][0], r)
