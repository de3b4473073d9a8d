"""A person's name stored as an object of its parts (document databases' shells, JSON, a REPL's
dict): `name: { first: '<First>', last: '<Last>' }`. The parts' keys ("first", "last", "given",
"family") type their values only under a name's key. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _persons(found: set[tuple[str, str]]) -> set[str]:
    return {v for e, v in found if e == "PERSON"}


@pytest.mark.parametrize(
    "line",
    [
        # mongosh's inspect style, in a document a find() printed
        "    name: { first: 'Odhran', last: 'Wojciechowska' },",
        # JSON from an API or `jq -c`
        '{"id": 7, "name": {"given": "Odhran", "family": "Wojciechowska"}, "active": true}',
        # a Python dict's repr
        "{'id': 7, 'name': {'first': 'Odhran', 'last': 'Wojciechowska'}, 'tier': 'gold'}",
    ],
)
def test_the_surname_in_a_name_object_on_one_line(detector, line):
    persons = _persons(_found(detector, "    customerNo: 4102,", line, "    tier: 'gold',"))
    assert any("Wojciechowska" in v for v in persons), persons


def test_a_name_object_over_several_lines(detector):
    rows = ["  name: {", "    first: 'Odhran',", "    last: 'Wojciechowska'", "  },", "  tier: 'gold'"]
    assert "Wojciechowska" in _persons(_found(detector, *rows))


@pytest.mark.parametrize(
    "rows",
    [
        # a schema's field named "name": its members say what it is, no person
        ["  name: { bsonType: 'string', description: 'Customer' },"],
        ["  name: {", "    bsonType: 'string',", "    description: 'Customer'", "  },"],
        # "first" and "last" under another key name no one
        ["  loyalty: { first: 'Bronze', last: 'Platinum' },"],
        ["  page: { first: 'Intro', last: 'Summary' },"],
    ],
)
def test_other_objects_stay_readable(detector, rows):
    assert not _persons(_found(detector, *rows))
