"""A MAC address that OCR read with a space after a separator (scene router_devices: a lease
list's monospace column read '<2 hex>:<2 hex>:<2 hex>: <2 hex>:<2 hex>:<2 hex>', the repeated
pairs parted, readable 0-11 s). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, mac",
    [
        ("Online   Tobias-PC   192.168.1.87   7E:3B:3B: 3B:D1:0A   5 GHz   3 h 12 min", "7E:3B:3B: 3B:D1:0A"),
        ("Physical Address. . . . . . . . . : 3C-52-82- 1F-A0-7B", "3C-52-82- 1F-A0-7B"),
        ("MAC Address   00:1A:2B: 3C:4D:5E", "00:1A:2B: 3C:4D:5E"),
    ],
)
def test_a_mac_address_split_after_a_separator_is_one(detector, row, mac):
    found = _found(detector, row)
    assert ("MAC_ADDRESS", mac) in found, found


def test_times_versions_and_short_hex_stay_readable(detector):
    found = _found(detector, "Uptime 10:30:00  12:45:10  Build 2026-12-05 10:30  Version 1.2.3.4.5.6  a1:b2  ff:ff:ff")
    assert not {v for e, v in found if e == "MAC_ADDRESS"}, found
