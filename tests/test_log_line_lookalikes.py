"""A web server's access log as a terminal shows it (class: nginx/Apache combined-format logs,
tailed or grepped): a user agent's "<product>/<dotted version>" is no IP address, and the status
and byte count after a request for "/account/..." are no account number. Found on log_tail
(corpus36/scn2, as recorded): "Chrome/131.0.0.0" masked IP_ADDRESS, "200 5120" ACCOUNT_NUMBER
(the account word was the request path's). Addresses are documentation ranges, values invented."""

import pytest

from tests.helpers import text_layout

UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _wrapped(line: str, cols: int = 132) -> list[str]:
    return [line[i : i + cols] for i in range(0, len(line), cols)]


def test_an_access_log_s_user_agent_and_byte_count_are_no_values(detector):
    rows = _wrapped(
        f'198.51.100.7 - - [05/Dec/2026:09:41:17 +0000] "GET /account/reset/sent HTTP/1.1" 200 5120 '
        f'"https://shop.example.co.uk/login" "{UA}"'
    ) + _wrapped(f'198.51.100.23 - - [05/Dec/2026:09:41:20 +0000] "GET /api/basket HTTP/1.1" 200 14 "-" "{UA}"')
    found = _found(detector, *rows)
    assert ("IP_ADDRESS", "198.51.100.7") in found and ("IP_ADDRESS", "198.51.100.23") in found, found
    assert not {v for t, v in found if t == "IP_ADDRESS"} - {"198.51.100.7", "198.51.100.23"}, found
    assert not {v for t, v in found if t == "ACCOUNT_NUMBER"}, found


@pytest.mark.parametrize(
    "row, kind, value",
    [
        ("GET /api/hosts/203.0.113.45 HTTP/1.1", "IP_ADDRESS", "203.0.113.45"),
        ("Connection from 203.0.113.45 port 52214", "IP_ADDRESS", "203.0.113.45"),
        ("ssh admin@203.0.113.45", "IP_ADDRESS", "203.0.113.45"),
        ("Your account number is 41126655", "ACCOUNT_NUMBER", "41126655"),
        ("Account no: 4112 6655 09", "ACCOUNT_NUMBER", "4112 6655 09"),
        ("A/C 41126655", "ACCOUNT_NUMBER", "41126655"),
    ],
)
def test_addresses_and_account_numbers_are_still_found(detector, row, kind, value):
    assert (kind, value) in _found(detector, row), _found(detector, row)
