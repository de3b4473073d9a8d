"""An address sent as short messages: the street, the town and the postcode each in a bubble of
its own, with the message's time at its end (issue 16, chat_dms of corpus_n3). Rows drawn as a
messenger lays them out, read by the detector."""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect

X = 413  # the bubbles' left edge
PANEL = (1000, 373, "About")  # the contact panel's caption, on the street bubble's height


@pytest.mark.parametrize(
    "town,postcode",
    [
        ("Belfast", "MOORR"),  # the postcode's zeros read as letters: no block of three lines
        ("Newcastle upon Tyne", "NE1 4XF"),
        ("Reading", ""),  # the postcode not sent (yet)
    ],
)
def test_a_town_in_its_own_message_under_the_street_is_a_location(detector, town, postcode):
    """chat_dms: "<street> 14:02" / "<town> 14:02" / "<postcode> 14:02" in three bubbles. The
    street line is found, the postcode when it is read, and the block finder needs the postcode
    right under the town with nothing after either; the town alone was no one's: it leaked in
    every frame (LOCATION, 23 sightings). A known town alone on the line under a street's, its
    message time aside, is a LOCATION."""
    rows = [(X, 373, "52 Larkin Trail 14:02"), PANEL, (X, 406, f"{town} 14:02 vv")]
    if postcode:
        rows.append((X, 442, f"{postcode} 14:02"))
    layout, dets = detect(detector, *rows)
    assert any(d.entity_type == "LOCATION" for d in dets)
    assert_hidden(layout, dets, town)
    assert_visible(layout, dets, "14:02", row=2)
    assert_visible(layout, dets, "About")


@pytest.mark.parametrize(
    "rows",
    [
        # a word that is no place, under the street
        [(X, 373, "52 Larkin Trail 14:02"), (X, 406, "Thanks 14:02")],
        # a town's name under a line that holds no street
        [(X, 373, "I finished the report on the train 14:01"), (X, 406, "Reading 14:02")],
        # a town's name that starts a sentence under the street
        [(X, 373, "52 Larkin Trail 14:02"), (X, 406, "Reading is fun 14:02")],
        # a town's line beside the street's column, not under it
        [(X, 373, "52 Larkin Trail 14:02"), (X + 300, 406, "Reading 14:02")],
    ],
)
def test_a_town_s_name_not_alone_under_a_street_stays_readable(detector, rows):
    layout, dets = detect(detector, *rows)
    assert not [d for d in dets if d.entity_type == "LOCATION"]
    assert_visible(layout, dets, rows[1][2].split(" 14:")[0], row=1)


LIST_X = 40  # a chat list's column left of the messages, its rows lining up with theirs at 66 %


def _from(x: int, left: str, gap_chars: int, right: str) -> tuple[int, str]:
    """A row read as one line from `x`: `left`, a gap of `gap_chars` blank cells, `right`."""
    return x, left + " " * (gap_chars + 1) + right


@pytest.mark.parametrize(
    "left",
    [
        "09:12",  # the list's time of a conversation
        "Thanks for the update on the order ...",  # a conversation's preview, cut short
    ],
)
def test_a_town_under_a_street_read_on_one_row_with_the_list_beside_it_is_a_location(detector, left):
    """Issue 18, chat_dms of corpus_n3 scaled to 66 %: the chat list's rows and the message
    bubbles lined up, and OCR's line finder read the list's time (or its preview) and the town's
    bubble as one line ("<time> <town> <time>"): the line no longer started under the street,
    and the town stayed readable (LOCATION, 23 sightings). The run of words starting under the
    street, clear of the list's words before it, is the town's line."""
    gap = (X - LIST_X) // 8 - len(left) - 1
    x, text = _from(LIST_X, left, gap, "Carlisle 14:02 vv")
    rows = [(X, 373, "12 Orchard Lane 14:02"), PANEL, (x, 406, text)]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, dets, "Carlisle", row=2)
    assert_visible(layout, dets, left, row=2)
    assert_visible(layout, dets, "14:02 vv", row=2)


def test_a_town_inside_a_sentence_that_runs_under_a_street_stays_readable(detector):
    """A line from further left whose word under the street follows the word before it at a
    word's spacing is one sentence, no town's own message."""
    left = "we drove back from"
    x = X - 8 * (len(left) + 1)
    rows = [(X, 373, "12 Orchard Lane 14:02"), (x, 406, f"{left} Carlisle 14:02")]
    layout, dets = detect(detector, *rows)
    assert not [d for d in dets if d.entity_type == "LOCATION"]
    assert_visible(layout, dets, "Carlisle", row=1)
