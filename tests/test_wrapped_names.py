"""A person's name wrapped over two lines of a paragraph or a chat bubble (issue 16, chat_dms of
corpus_n3: a photo's caption). Rows drawn as a messenger lays them out, read by the detector."""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect

X = 413  # the bubble's left edge


@pytest.mark.parametrize(
    "rows,first,last,keep",
    [
        # a photo's caption in a bubble, its time after the second line
        (
            [(X, 498, "Meter cupboard at the new place – Desmond"), (X, 517, "O'Malley says it is behind it 14:05")],
            "Desmond",
            "O'Malley",
            "says it is behind it",
        ),
        # another panel's line between the two in the text (the contact panel, at the first's height)
        (
            [(X, 498, "I spoke to Priya"), (1000, 500, "Media, links and docs"), (X, 517, "Okafor about the socket")],
            "Priya",
            "Okafor",
            "about the socket",
        ),
        # a narrow card: the first name over the surname
        ([(40, 100, "Bradley"), (40, 119, "Whitfield")], "Bradley", "Whitfield", None),
    ],
)
def test_a_name_wrapped_over_two_lines_is_found(detector, rows, first, last, keep):
    """chat_dms: "... at the new place – <First>" / "<Last> says ..." in a caption: each line
    alone holds no "First Last", NER reads no name across the line break, and the name stayed
    readable. A known first name ending a line, then a surname-like word starting the next line
    of the block, are a name."""
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, dets, first)
    assert_hidden(layout, dets, last)
    if keep:
        assert_visible(layout, dets, keep)


@pytest.mark.parametrize(
    "rows",
    [
        # a first name then a common word starting the next line
        [(X, 498, "Thanks for the update, Mark"), (X, 517, "Period ends on Friday")],
        # punctuation after the first name: a sentence ends there
        [(X, 498, "I sent it to Bradley."), (X, 517, "Nothing came back yet")],
        # a run of capitalised words (a title), then a street's name
        [(X, 498, "Release notes for Jordan"), (X, 517, "Smith Street branch")],
        # the next line is another column's, not under the first
        [(X, 498, "I spoke to Bradley"), (X + 400, 517, "Whitfield Lane")],
    ],
)
def test_a_first_name_at_a_line_s_end_without_a_surname_under_it_is_no_wrapped_name(detector, rows):
    layout, dets = detect(detector, *rows)
    lower = rows[1][2].split()[0]
    assert_visible(layout, dets, lower, row=1)


def test_a_ribbon_command_over_a_documents_line_is_no_wrapped_name(detector):
    """A ribbon group's caption whose middle word OCR lost ("Start Mail Merge" read "Start
    Merge" at 75 %, a wide gap between), over an address label's town scrolled up under the
    ribbon (label_sheet at 0.75): "Merge", a command that a list of given names also holds,
    was taken for a first name wrapped before a surname, remembered, and every "Merge" of the
    ribbon was masked for the rest of the recording. A command word is no first name."""
    layout, dets = detect(detector, (206, 152, "Start   Merge"), (208, 169, "Wexcombe"))
    assert_visible(layout, dets, "Merge")
