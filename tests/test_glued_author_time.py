"""A chat's author line scaled down (issue 18, corpus_n5 team_channel at scale 0.66): the author's
name in bold and the time in small grey type a scaled-down space apart, which OCR read as one
word, "<First><Last>10:49AM". Every name here is invented."""

from __future__ import annotations

from tests.test_detect import assert_hidden, assert_visible, make_layout


def test_a_name_glued_to_the_time_after_it_is_found(detector):
    """A thread panel's author line read as one word (fails before: no pass took the word)."""
    rows = [
        "OdetteVanlo10:49AM",
        "Two captures 40 seconds apart, the",
        "second one should have been voided.",
        "Quentin Marsh10:53 AM",
        "Refund raised, ref RF-20931.",
    ]
    layout = make_layout(*rows)
    dets = detector.detect(layout)
    assert_hidden(layout, dets, "OdetteVanlo", 0)
    assert_hidden(layout, dets, "Quentin Marsh", 3)
    assert_visible(layout, dets, "Two captures 40 seconds apart", 1)


def test_a_word_glued_to_a_time_that_is_no_name_stays_readable(detector):
    rows = ["Build12:30 finished", "Version10.12 released", "Standup09:30AM moved", "Deploy10:49AM"]
    layout = make_layout(*rows)
    dets = detector.detect(layout)
    assert not [d for d in dets if d.entity_type == "PERSON"]
