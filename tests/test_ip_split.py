"""An IPv4 address that OCR read as two words, parted after a dot: the mouse pointer resting on a
session list's 'Public IP' cell (scene remote_session at 75 %: '<a>.<b>. <c>.<d>', the pointer's
arrow read into the first word), unmasked 0-6 s until the pointer moved. Values are invented."""

import pytest

from tests.helpers import text_layout


def _ips(detector, row: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(row))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "IP_ADDRESS"}


@pytest.mark.parametrize("ip", ["14.68. 158.52", "198. 51.100.23", "203.0.113. 77"])
def test_an_address_parted_after_a_dot_is_an_ip(detector, ip):
    row = f"Oakmoor Primary School      DESKTOP-7F3K2L9      OAKMOOR\\aoife.n      {ip}      2 Dec 09:15"
    assert ip in _ips(detector, row)


@pytest.mark.parametrize("row", ["See sections 1.2. 3.4 and 5.6", "Released 12.06. 2025", "Total 1.200. 100,50 EUR"])
def test_sections_dates_and_amounts_stay_readable(detector, row):
    assert not _ips(detector, row)
