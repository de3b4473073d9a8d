"""A person's name in a file name whose space OCR lost in small text (issue 18, chat_dms of
corpus_n3 scaled to 66 %: a voice note's file name "<First> <Last>.opus" read as one word
"<First><Last>.opus" stayed readable, PERSON, 4 sightings). Rows as a messenger's voice note
and a download bar lay them out, read by the detector."""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect


@pytest.mark.parametrize(
    "row,name",
    [
        ("> MeganFoster.opus", "MeganFoster"),  # a voice note's file name, its space lost
        ("> Megan Foster.opus", "Megan Foster"),  # as recorded: still found
        ("Scan_HarrietOkonjo.pdf", "HarrietOkonjo"),
        ("voice note DanielWhitfield.m4a 0:14", "DanielWhitfield"),
    ],
)
def test_a_name_glued_in_a_file_name_is_hidden(detector, row, name):
    layout, dets = detect(detector, (40, 100, row))
    people = [d for d in dets if d.entity_type == "PERSON"]
    assert_hidden(layout, people, name)
    ext = row.split(".")[1].split(" ")[0]
    assert_visible(layout, dets, ext)


@pytest.mark.parametrize(
    "row",
    ["JordanBackup.zip", "MarkScheme.pdf", "RoseGarden.jpg", "PowerPoint.pptx", "GraceNotes.opus", "JavaScript.js"],
)
def test_glued_words_in_a_file_name_that_name_no_one_stay_readable(detector, row):
    """A first name glued to a common word, or no first name at all, is no person's name."""
    layout, dets = detect(detector, (40, 100, row))
    assert not [d for d in dets if d.entity_type == "PERSON"]
    assert_visible(layout, dets, row.split(".")[0])
