"""An IPv4 address whose dot OCR read as a comma (scene remote_session scaled to 75 %: a session
list's 'Public IP' column in 12 px, read '<a>.<b>,<c>.<d>' on every frame, so the address stayed
unmasked 0-26 s while the independent check, reading it the same way, did not count it). Values
are invented (documentation ranges)."""

import pytest

from tests.helpers import text_layout


def _ips(detector, row: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(row))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "IP_ADDRESS"}


@pytest.mark.parametrize("ip", ["198.51,100.23", "203,0.113.77"])
def test_an_address_read_with_a_comma_for_a_dot_is_an_ip(detector, ip):
    row = f"Aisling Hart      Harbour Dental Ltd      DESKTOP-7F3K2L9      {ip}      Online now"
    assert ip in _ips(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "Total 1.200.100,50 EUR",
        "Balance 12,345,678.90",
        "Versions 1.2, 3.4 and 5.6",
        "Scores 3,5,12,0",
    ],
)
def test_amounts_versions_and_lists_stay_readable(detector, row):
    assert not _ips(detector, row)
