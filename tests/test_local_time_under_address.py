"""A customer's local time under their address (issue 16 precision, class: a helpdesk ticket's
requester panel: 'Address  <street>' / '<town>, <state> <ZIP>' / 'Local time  <Day>, <hh:mm> <zone>';
found by benchmarks/gate.py on the scene helpdesk_ticket, corpus34/gate: the plant of its
LOCATION track exposed no value, the day's name 'Mon', masked for the whole recording). The
town-under-a-street rule cuts a message's time off the line and took the weekday left for a
town (a gazetteer holds a place of the name). A day of the week before a time is no town; a
town sent in a message with its time still is."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout

PANEL = ["0|0|Address", "80|0|6870 Tammy Island", "80|16|Portland, OR 39691", "0|37|Local time"]


def _rows(rows: list[str]):
    return text_layout(*[tuple(int(v) if i < 2 else v for i, v in enumerate(r.split("|", 2))) for r in rows])


def _found(detector, rows: list[str]) -> list[tuple[str, str]]:
    lt, found = detector.find_spans(_rows(rows))
    return [(f.entity_type, lt.text[f.start : f.end]) for f in found]


@pytest.mark.parametrize("when", ["Mon, 10:34 CDT", "Sun 09:15", "Saturday, 4:05 PM"])
def test_a_weekday_before_a_time_under_an_address_is_no_town(detector, when):
    found = _found(detector, [*PANEL, f"80|37|{when}"])
    assert not [text for kind, text in found if kind == "LOCATION"]
    assert ("ADDRESS", "6870 Tammy Island") in found


def test_a_town_sent_with_its_time_under_a_street_is_still_one(detector):
    found = _found(detector, ["0|0|12 Harbour Street 14:01", "0|20|Leeds 14:02"])
    assert ("LOCATION", "Leeds") in found
