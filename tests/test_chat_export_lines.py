"""A messenger's plain-text chat export read in a pager (scene chat_export): every line is
stamped with the date, the time and a dash before the sender ("dd/mm/yyyy, hh:mm - <Name>:
message"), so the transcript's speaker pattern, which allowed only a time, took none of them; a
sender whose family name is also an English word ("<Given> Baker") was then found by nothing.
transcripts.py `_LINE` takes a date, a comma and a dash around the time. Values are invented."""

import pytest

from tests.helpers import text_layout


def _people(detector, rows: list[str]) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    "stamp",
    ["05/12/2026, 09:41 - ", "[05/12/2026, 09:41:07] ", "12/5/26, 9:41 AM - ", "05.12.26, 09:41 - "],
)
def test_a_chat_exports_senders_after_a_date_and_a_time(detector, stamp):
    rows = [
        f"{stamp}Ysolde Baker: Morning both, this is the group for the fitting next week.",
        f"{stamp}Ysolde Baker: I'll post the plan here once the supplier sends it.",
        f"{stamp}Wilfa Carpenter: Thanks, is Tuesday still ok?",
        f"{stamp}Wilfa Carpenter: <Media omitted>",
    ]
    people = _people(detector, rows)
    assert {"Ysolde Baker", "Wilfa Carpenter"} <= people, people


def test_log_levels_after_a_date_and_a_time_are_no_speakers(detector):
    rows = [
        "05/12/2026, 09:41 - Error: disk quota exceeded on /var",
        "05/12/2026, 09:42 - Warning: retrying the upload in 30 s",
        "05/12/2026, 09:43 - Info: upload finished",
        "05/12/2026, 09:44 - Backup: 14 files copied",
    ]
    assert not _people(detector, rows)
