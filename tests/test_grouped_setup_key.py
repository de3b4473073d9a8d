"""A random key printed in groups (issue 16; class: authenticator-app setup pages that show the
secret key for manual entry in groups of four, "type this key into the app", and recovery or
licence keys printed in equal groups). No run of the line is long enough for the entropy test,
and a lower-case key mixes no capitals: the groups joined are judged as one token."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout

# invented keys of the shapes (base32, lower and upper case; OCR may read one letter in capitals)
KEY_LOWER = "k7dq 3vzm p2xa n5rt w4hb qe6j y2cu m7fs"
KEY_UPPER = "HX4Q M2VB 7KDP R3ZT"


def _secrets(detector, *rows: str) -> list[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return [lt.text[f.start : f.end] for f in findings if f.entity_type == "SECRET"]


def test_a_setup_key_under_a_line_naming_it_is_a_secret_and_its_button_stays(detector):
    found = _secrets(
        detector,
        "Point the phone's camera at the code.",
        "Type this key into the app instead:",
        f"{KEY_LOWER} Copy",
        "New codes every 30 seconds",
    )
    assert any(KEY_LOWER in f for f in found)
    assert not any("Copy" in f for f in found)


def test_a_key_with_a_letter_misread_as_a_capital_is_still_one(detector):
    misread = KEY_LOWER.replace("w4hb", "W4hb")
    assert any(misread in f for f in _secrets(detector, "Type this key into the app instead:", misread))


def test_a_short_upper_case_key_beside_secret_key(detector):
    assert any(KEY_UPPER in f for f in _secrets(detector, f"Secret key: {KEY_UPPER}"))


def test_eight_groups_alone_are_a_key(detector):
    assert any(KEY_LOWER in f for f in _secrets(detector, "No camera?", KEY_LOWER))


@pytest.mark.parametrize(
    "row",
    [
        "00000010: 0300 3e00 0100 0000 a00f 0000 0000 0000",  # a hex dump's words
        "key points: they said that this will work from next week",  # words
        "Backup keys 2024 2025 2026 2027",  # years
        "Licence key abcd efgh ijkl mnop",  # letters only
    ],
)
def test_groups_that_are_no_random_key_stay_readable(detector, row):
    assert not _secrets(detector, row)


def test_recovery_codes_side_by_side_are_no_one_key(detector):
    """Hyphenated codes beside each other ('4f9k-2m8q 7hb2-k3pd'): two codes, the heading's block
    finds them; groups joined by two kinds of separator are no one key."""
    _, findings = detector.find_spans(text_layout("Recovery codes", "q7mw-3kd8 v2pz-8ne4"))
    found = {f.recognizer for f in findings if f.entity_type == "SECRET"}
    assert found == {"structure/secret_block"}
