"""A row of captions over their inputs where a caption asks anew or again for its field
("Current password   New password   Confirm new password", "Aktuelles Passwort   Neues Passwort
   Neues Passwort bestätigen"): labels.py LabelValueFinder._field_span. The label word alone
("password") started no field, so the caption left of it took "New" as its value on the same line
and searched nowhere else, and the caption's inputs below were never read. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, rows: list[str]) -> dict[str, str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


@pytest.mark.parametrize(
    "captions, values",
    [
        (["Current password", "New password", "Confirm new password"], ["Hx7!quorn2", "Tamber#5511", "Tamber#5512"]),
        (["Current password", "New password", "Confirm password"], ["Hx7!quorn2", "Tamber#5511", "Tamber#5512"]),
        (
            ["Aktuelles Passwort", "Neues Passwort", "Neues Passwort bestätigen"],
            ["Kiesel!88wolf", "Wiese#7733rot", "Wiese#7734rot"],
        ),
    ],
)
def test_a_row_of_captions_asking_anew_types_the_inputs_below(detector, captions, values):
    rows = ["Change password", "".join(c.ljust(24) for c in captions), "".join(v.ljust(24) for v in values)]
    found = _found(detector, rows)
    assert all(found.get(v) == "PASSWORD" for v in values), found
    assert not {t for t in found if t in {"New", "Confirm", "Neues"}}, found  # no caption word is a value


def test_a_caption_with_its_value_beside_it_is_unchanged(detector):
    found = _found(detector, ["Current password: Hx7!quorn2     New password: Tamber#5511"])
    assert found == {"Hx7!quorn2": "PASSWORD", "Tamber#5511": "PASSWORD"}, found
