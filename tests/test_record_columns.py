"""A record printed in two columns without colons: a value stands far right of its key, at the x
where the other rows' values start (`net user <login>`, Settings > About). Values are invented."""

from tests.helpers import text_layout

VALUE_X = 300  # far past the label's reach on the right (12 line heights of 16 px from its end)


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_value_in_a_column_of_values_far_right_of_its_key_is_found(detector):
    rows = []
    for i, (key, value) in enumerate(
        [
            ("User name", "rbalogun"),
            ("Full Name", "Hazel Pennington"),
            ("Comment", "Accounts payable"),
            ("Account active", "Yes"),
            ("Account expires", "Never"),
        ]
    ):
        rows += [(0, i * 24, key), (VALUE_X, i * 24, value)]
    found = _found(detector, *rows)
    assert ("USERNAME", "rbalogun") in found, found
    assert not {v for e, v in found if v in ("Comment", "Account active", "Yes", "Never")}, found


def test_text_far_right_of_a_label_outside_a_column_of_values_is_no_value(detector):
    """A toolbar's "Sign out" far right of a lone "User name" caption: no column of values."""
    found = _found(detector, (0, 0, "User name"), (VALUE_X, 0, "Sign out"), (0, 24, "Password"))
    assert not {v for e, v in found if v == "Sign out"}, found
