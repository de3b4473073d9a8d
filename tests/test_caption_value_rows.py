"""A description list in two columns ("Caption  value   Caption  value"), whose row lost its last
value (the e-mail a pixel off the row's baseline, read as a line of its own): the row read
"Date of birth | <date> | Email address", two of three cells column headers, so it was taken
for a table's header. Its captions typed the columns under them, the values beside them were
no values, and the card's date of birth, name and town stayed readable (fr_account, corpus39,
at 75 %: the holder's date of birth 0-30 s). Captions alternating with single value cells (a
digit, an '@', a word no dictionary has) are a description list, not a header; a real table's
header with a plain word between two headers stays one. Values are invented."""

from __future__ import annotations

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _found(detector, *rows: str) -> tuple[dict[str, str], ValueMemory]:
    memory = ValueMemory()
    lt, findings = detector.find_spans(text_layout(*rows), memory)
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}, memory


def test_a_two_column_card_whose_row_lost_its_last_value_is_no_header(detector):
    rows = [
        "First name         Oriane         Surname",
        "Date of birth      21/09/1988      Email address",
        "Mobile      07700 900456      Town",
    ]
    found, memory = _found(detector, *rows)
    assert found.get("21/09/1988") == "DATE_OF_BIRTH"
    assert any(v.startswith("Oriane") and t == "PERSON" for v, t in found.items())
    assert not memory.tables.tables


def test_a_header_with_a_plain_word_between_two_headers_stays_one(detector):
    rows = ["Name            Plan            Email", "Oriane Vasseur    Premium    o.vasseur@example.com"]
    found, memory = _found(detector, *rows)
    assert memory.tables.tables
    assert found.get("Oriane Vasseur") == "PERSON"
