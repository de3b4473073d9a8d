"""A name wrapped at the end of a post's first line, after the author's avatar (issue 18).

A social post at 75 %: "<avatar> <Author> is with <Name> and <First>" / "<Last> at <place>.".
OCR read the avatar as symbols ("<@@%,") at the first line's start, so that line started 36 px
left of the text under it, the next line was taken for no line of its block, and the wrapped
name stayed readable (corpus_n4 social_profile at scale 0.75, PERSON). Fake OCR layouts as in
test_detect (8 px a character, 16 px lines).
"""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect

FIRST = "Karen Doyle is with Simon Price and Martin"
NEXT = "Whitfield at The Old Mill."


@pytest.mark.parametrize("avatar", ["<@@%,", "%™%,", "2%,"])
def test_a_name_wrapped_after_an_avatar_read_as_symbols_is_found(detector, avatar):
    x = 100 + 8 * (len(avatar) + 1)  # where the text starts, after the avatar and a space
    layout, dets = detect(detector, (100, 100, f"{avatar} {FIRST}"), (x, 118, NEXT))
    assert_hidden(layout, [d for d in dets if d.entity_type == "PERSON"], "Whitfield", row=1)
    assert_visible(layout, dets, "The Old Mill", row=1)


def test_a_line_indented_under_a_word_of_the_line_above_is_no_wrap(detector):
    """The line under a first line with no avatar, far right of its start (another column's
    text that starts under one of its words), is no line of its block, as before."""
    layout, dets = detect(detector, (100, 100, FIRST), (252, 118, NEXT))
    assert_visible(layout, dets, "Whitfield", row=1)
