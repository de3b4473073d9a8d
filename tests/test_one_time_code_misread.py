"""A one-time code in the sentence that sends it, "is" misread: a conversation list's preview.

sms_messages (corpus38/me2) at --degrade scale=0.66: the Messages window's conversation list
shows the last message under the sender, in small grey type: '<code> is your <Bank> login code.
Don't share it ...'. The analysis's OCR read "is" as "ts" there (the thread's own bubble, larger,
read "is"), so the code was found in the thread and leaked in the list (SECRET, 7-24 s, 18
sightings). At --degrade crf=36 the thread's first bubble read '<code> «is your <Bank> login
code' (a mark of the bubble's edge glued to "is"): that code leaked there (7-14 s, 9 sightings).
Codes below are invented."""

from __future__ import annotations

import pytest

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _found(detector, row: str) -> list[str]:
    lt, spans = detector.find_spans(text_layout(row), ValueMemory())
    return [lt.text[f.start : f.end] for f in spans]


@pytest.mark.parametrize("verb", ["is", "ts", "ls", "Is", "«is"])
def test_a_code_before_is_your_login_code_is_found_is_misread_too(detector, verb):  # noqa: F811
    assert "318507" in _found(detector, f"318507 {verb} your Northbank login code. Don't share it with")


def test_a_number_before_another_verb_stays(detector):  # noqa: F811
    assert "4410" not in " ".join(_found(detector, "Room 4410 has your booking code"))
