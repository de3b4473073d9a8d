"""A profile's "Home town" caption read with a letter wrong (a page zoomed out to 75 %: small
text, its "n" read "m": "Home towm"): the caption of where a person comes from is still one, and
the town beside it still a place (models/detection.yaml, the `home_town` group: two-word
captions long enough to be misread by a letter only as themselves, with the value a place's
capitalised words). Fake OCR layouts as in test_detect; values invented."""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect

CAPTIONS = ["Home town", "Home towm", "Hometowm", "Home tovn", "Current clty"]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_town_beside_a_home_town_caption_misread_by_a_letter(detector, caption):
    layout, dets = detect(detector, f"{caption}     Wickhamstead")
    assert "LOCATION" in {d.entity_type for d in dets}, [(d.entity_type, d.recognizer) for d in dets]
    assert_hidden(layout, [d for d in dets if d.entity_type == "LOCATION"], "Wickhamstead")
    assert_visible(layout, dets, caption)


@pytest.mark.parametrize(
    "rows",
    [
        ["Home towm     remote"],  # no place's capitals
        ["Home tour     Book now"],  # two letters wrong apart: another phrase
        ["Home     Teams     Sites"],  # a navigation bar's "Home"
        ["Hometown     Settings"],  # a setting, no place
    ],
)
def test_no_place_after_a_near_caption(detector, rows):
    _, dets = detect(detector, *rows)
    assert not [d for d in dets if d.entity_type == "LOCATION"], [(d.entity_type, d.recognizer) for d in dets]
