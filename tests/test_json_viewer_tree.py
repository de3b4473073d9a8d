"""An API reply in a browser's JSON viewer (class: JSON Formatter-like pages, Firefox's JSON
view, code editors): a tree whose lines carry a gutter's line number and a fold toggle ("▾",
read as "y" or "v" in small type) before the key, and its "Raw" view, one minified line wrapped
at the window's edge, where OCR may lose a brace. A name object's parts ("given", "family") are
its person's name either way. Values are invented."""

import pytest

from tests.helpers import values_found


def _persons(found: dict[str, str]) -> set[str]:
    return {v for v, t in found.items() if t == "PERSON"}


# the brace as OCR reads it in small monospace type: "£{"
@pytest.mark.parametrize(
    "opener",
    [
        'y "name": {',
        'v "name": {',
        '▾ "name": {',
        '28 y "name": {',
        'y "name": £{',
        '49 vy "name": {',
        '* "name": {',
        # the key's colon read as a semicolon before the brace, the brace as a cent sign
        '49 y "name"; {',
        'y "name": ¢',
    ],
)
def test_a_name_object_under_a_fold_toggle(detector, opener):
    rows = [
        (20, 0, "27"),
        (114, 0, '"object": "customer",'),
        (20, 20, "28"),
        (100, 20, opener) if not opener[0].isdigit() else (20, 20, opener),
        (20, 40, "29"),
        (129, 40, '"given": "Tobias",'),
        (20, 60, "30"),
        (130, 60, '"family": "Quennell"'),
        (20, 80, "31 },"),
        (114, 100, '"status": "active",'),
    ]
    persons = _persons(values_found(detector, *rows))
    assert {"Tobias", "Quennell"} <= persons, persons


def test_a_minified_name_object_whose_brace_ocr_lost(detector):
    row = '"id":"cus_7Hq","object":"customer","name": "given":"Miriam","family":"Oxborrow"},"status":"active"'
    persons = _persons(values_found(detector, row))
    assert {"Miriam", "Oxborrow"} <= persons, persons


@pytest.mark.parametrize(
    "rows",
    [
        # "first" and "last" under another key name no one, toggle or not
        [(100, 0, 'y "loyalty": {'), (129, 20, '"first": "Bronze",'), (129, 40, '"last": "Platinum"'), (20, 60, "},")],
        ['"plan":"gold","tiers": "first":"Bronze","last":"Platinum"},"active":true'],
    ],
)
def test_other_objects_stay_readable(detector, rows):
    assert not _persons(values_found(detector, *rows))


def test_members_whose_lines_ocr_glued_to_the_gutters_numbers(detector):
    # scaled down, OCR reads a member's line together with its line number in the gutter
    rows = [
        (20, 0, '7       "name": {'),
        (100, 16, '"given": "Tobias",'),
        (20, 32, '9         "family": "Quennell"'),
        (20, 48, "10     },"),
        (20, 64, '11     "status": "active",'),
    ]
    persons = _persons(values_found(detector, *rows))
    assert {"Tobias", "Quennell"} <= persons, persons
