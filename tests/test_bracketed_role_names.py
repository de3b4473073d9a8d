"""A name with its role or relation in brackets right after it ("<First> (Work coach)", "<First>
<Last> (Mother)"): models/recognizers.yaml BracketedRoleNameRecognizer. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, name",
    [
        ("Roisin-Aoife (Work coach) · 2 December 2026, 10:14am", "Roisin-Aoife"),
        ("the rent. Orlaith-Mae (Work coach)", "Orlaith-Mae"),
        ("Contact 1  Briallen Trevaskis (Mother)  07700 900123", "Briallen Trevaskis"),
        ("Tegwen (Key worker) visited on Monday", "Tegwen"),
    ],
)
def test_a_name_before_its_bracketed_role_is_a_person(detector, row, name):
    assert any(e == "PERSON" and name in v for e, v in _found(detector, row)), _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "Book an appointment (work coach: 20 minutes)",
        "Message your work coach",
        "Opening hours (Monday to Friday)",
    ],
)
def test_a_bracket_without_a_role_or_a_name_names_no_one(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}
