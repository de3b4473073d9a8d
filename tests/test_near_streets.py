"""A street named without its house number where a place is told by what it is near: a shared
live location ("<First> <Last> · Sharing with you" / "Near <Name> Manors, <Town>, PA"), a
directions list's "just off <Name> Crescent" (scene maps_places: the friend's street was readable
the whole recording). A street type after "near", "off" or "along" makes the words before it a
street; technical things named like streets stay readable. Values are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout


def _addresses(detector, *rows: str, types: frozenset[str] = frozenset({"ADDRESS"})) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type in types}


@pytest.mark.parametrize(
    "rows, street",
    [
        (
            ["Dana Whitlock · Sharing with you", "Near Quarrie Manors, Hollisport, PA · Updated 3 min ago"],
            "Quarrie Manors",
        ),
        (["Near Thornbury Crescent, Leeds"], "Thornbury Crescent"),
        (["The van is parked just off Ellerby Lane"], "Ellerby Lane"),
        (["Last seen along Marlowe Heights · 14:02"], "Marlowe Heights"),
    ],
)
def test_a_street_near_which_someone_is_is_an_address(detector, rows, street):
    # masked as a street, or as a place where NER calls it one ("<Name> Heights")
    assert any(street in found for found in _addresses(detector, *rows, types=frozenset({"ADDRESS", "LOCATION"})))


@pytest.mark.parametrize(
    "row",
    [
        "Servers near Data Gateway are listed first",
        "Copy the backups off Network Drives before the upgrade",
        "Merge onto I-90 W near Exit 45B",
        "Head north toward the main road",
        "near real-time sync along Main Street",  # no capital after "along": only "Main Street" may match
    ],
)
def test_technical_things_named_like_streets_stay_readable(detector, row):
    found = _addresses(detector, row)
    assert not (found - {"Main Street"})
