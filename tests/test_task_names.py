"""A customer named in a task's title (a kanban card, a to-do item): after a cue that takes a
person ("Call back <Last> re ...", "Ring <Last> about ...") or a spaced dash after the task's words
("Boiler service - <First> <Last>"); pipeline/detection/task_names.py. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, name",
    [
        ("Call back Fletcher re boiler", "Fletcher"),  # a surname English also writes as a word
        ("Ring Carver about the invoice", "Carver"),
        ("Boiler service - Florence Kettle", "Florence Kettle"),  # a given name that is a place too
        ("Quote - Ireland Pelham, gutter repair", "Ireland Pelham"),
    ],
)
def test_a_name_a_task_title_gives_is_a_person(detector, row, name):
    found = _found(detector, row)
    assert any(e == "PERSON" and name in v for e, v in found), found


@pytest.mark.parametrize(
    "row, words",
    [
        ("New boiler - Worcester Bosch 4000", ["Worcester", "Bosch"]),  # a product after a dash
        ("Release notes - Version Two", ["Version", "Two"]),
        ("Getting started - Quick Guide", ["Quick", "Guide"]),
        ("Settings - Google Chrome", ["Google", "Chrome"]),  # a window's title, no sentence
        ("Call Centre", ["Centre"]),
        ("Email the team about Friday", ["Friday"]),
        ("Meeting with Finance Team", ["Finance", "Team"]),
        ("Call back: Monday", ["Monday"]),
        ("Quote for Loft Insulation, 3 bed semi", ["Loft", "Insulation"]),
    ],
)
def test_a_task_title_naming_no_one_keeps_its_words(detector, row, words):
    found = _found(detector, row)
    masked = {v for e, v in found if e == "PERSON"}
    assert not any(w in v for v in masked for w in words), found
