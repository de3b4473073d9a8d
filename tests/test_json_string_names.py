"""A person's name that is a whole string value of a JSON object printed compact (`jq -c`, an
app's log line), the key's quotes and colon glued to its first word and the next key to its last
(scene log_tail: `"customer":"<First> <Last>","user":...` stayed readable, and so did the surname
typed after it as `grep -c <Surname>`). Values are invented."""

import pytest

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _found(detector, *rows: str, memory=None) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows), memory=memory)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, name",
    [
        (
            '{"ts":"2026-11-02T08:14:55Z","level":"warn","customer":"Priya Raghunathan","msg":"lookup failed"}',
            "Priya Raghunathan",
        ),
        ('{"level":"error","owner":"Aoibheann Drennan","route":"/account"}', "Aoibheann Drennan"),
        ("{“event”:“refund”,“payee”:“Tadhg Brennock”,“amount”:12.5}", "Tadhg Brennock"),
        ('{"id":4417,"contact":"Siobhan Kinsella"}', "Siobhan Kinsella"),
    ],
)
def test_a_name_that_is_a_compact_json_string_is_a_person(detector, row, name):
    assert ("PERSON", name) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        '{"level":"info","msg":"Password Reset Requested","service":"Billing Api"}',
        '{"team":"Platform Team","product":"Florence Linen Shirt","region":"New York"}',
        '{"ua":"Mozilla Firefox","status":"Payment Declined"}',
    ],
)
def test_json_strings_that_name_no_one_stay(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}


def test_the_surname_of_a_compact_json_name_is_found_as_a_search_term(detector):
    memory = ValueMemory()
    _found(detector, '{"level":"warn","customer":"Priya Raghunathan","user":"kr@example.org"}', memory=memory)
    found = _found(detector, "root@web-03:~# grep -c Raghunathan /srv/shop/log/app.json", memory=memory)
    assert ("PERSON", "Raghunathan") in found, found
