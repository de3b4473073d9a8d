"""A social profile (issue 16, corpus_n4 social_profile): its intro lines ("Lives in <town>", "From
<town>") and a contact detail set over its small caption. Every value here is invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from tests.test_detect import CHAR_W, LINE_H, assert_hidden, assert_visible, make_layout


def _kinds(dets, entity: str) -> list:
    return [d for d in dets if d.entity_type == entity]


# ------------------------------------------------------------------------- social profile --


def test_a_profiles_intro_lines_hide_where_someone_lives_and_comes_from(detector):
    """An intro card: 'Lives in <town>', 'From <town>', each a line of its own after an icon
    read as a short word. spaCy tags neither town ('Reading' is a word too) (fails before)."""
    rows = ["Intro", "a Lives in Reading", "hey From Exeter", "Moved to Swindon, UK", "Joined March 2011"]
    layout = make_layout(*rows)
    dets = detector.detect(layout)
    assert_hidden(layout, dets, "Reading", 1)
    assert_hidden(layout, dets, "Exeter", 2)
    assert_hidden(layout, dets, "Swindon", 3)
    for row, text in ((0, "Intro"), (1, "Lives in"), (2, "From"), (3, "UK"), (4, "Joined March 2011")):
        assert_visible(layout, dets, text, row)


def test_lines_that_start_like_a_residence_but_name_no_town_stay_readable(detector):
    rows = ["From Monday to Friday", "Import from Excel", "Lives in the moment", "From Marketing Team"]
    layout = make_layout(*rows)
    dets = detector.detect(layout)
    assert not _kinds(dets, "LOCATION")


def _line(text: str, x: int, y: int, h: int, char_w: int = CHAR_W) -> TextLine:
    words, pos = [], x
    for part in text.split(" "):
        words.append(OcrWord(part, Box(pos, y, char_w * len(part), h), 91.0))
        pos += char_w * (len(part) + 1)
    return TextLine(tuple(words))


def test_a_number_over_its_small_caption_is_a_phone_number(detector):
    """A profile's contact info: the number, and 'Mobile' in smaller type right under it; the
    icon before the number read as a digit ('5 07700 900417'), which no phone parser takes
    (fails before: the number stayed readable)."""
    layout = Layout(
        (
            _line("Contact info", 400, 0, LINE_H),
            _line("5 07700 900417", 400, 30, LINE_H),
            _line("Mobile", 416, 52, 12, 7),
            _line("Email", 416, 90, 12, 7),
        )
    )
    dets = detector.detect(layout)
    assert_hidden(layout, dets, "07700 900417", 1)
    assert_visible(layout, dets, "Mobile", 2)


def test_a_number_over_a_label_of_its_own_size_is_no_phone(detector):
    """A stacked form: an order number, then the 'Phone' label of the next field, set alike."""
    layout = Layout(
        (
            _line("Order number", 0, 0, LINE_H),
            _line("48213377", 0, 22, LINE_H),
            _line("Phone", 0, 44, LINE_H),
        )
    )
    dets = detector.detect(layout)
    assert not _kinds(dets, "PHONE_NUMBER")
    assert_visible(layout, dets, "48213377", 1)
