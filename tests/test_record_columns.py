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


RIGHT = 400  # where a right-aligned column of values ends


def _series(*pairs: tuple[str, str]) -> list[tuple[int, int, str]]:
    """pandas' Series as it prints (`df.loc[n]`, `df.dtypes`): keys at the left, values
    right-aligned to one edge, each read as a line of its own; a value's box a little higher
    than its key's, so the screen's text gives it first (no key before it to give context)."""
    rows = []
    for i, (key, value) in enumerate(pairs):
        rows += [(RIGHT - 8 * len(value), i * 24 - 3, value), (0, i * 24, key)]
    return rows


def test_a_value_in_a_right_aligned_column_far_right_of_its_key_is_found(detector):
    """A DataFrame's row printed as a Series: the date of birth, shorter than the longest value,
    starts far past the label's reach; its column's values end where the others end."""
    rows = _series(
        ("id", "4471"),
        ("first_name", "Corwenna"),
        ("last_name", "Blethyn"),
        ("address", "12 Tallow Chandlers Row, Exbury Parva"),
        ("dob", "1979-11-23"),
        ("plan_tier", "Basic"),
    )
    found = _found(detector, *rows, (0, 6 * 24, "Name: 3, dtype: object"))
    assert ("DATE_OF_BIRTH", "1979-11-23") in found, found
    assert not {v for e, v in found if v in ("4471", "Basic", "id", "dob", "plan_tier")}, found


def test_a_series_of_dtypes_and_a_frame_s_info_type_nothing(detector):
    """`df.dtypes` (the same keys, their types right-aligned far from the short ones) and
    `df.info()` name columns only: no value of theirs is personal."""
    dtypes = _series(
        ("first_name", "object"),
        ("dob", "datetime64[ns]"),
        ("registration_timestamp_utc", "object"),
        ("email", "object"),
        ("postcode", "object"),
    )
    info = [
        " #   Column      Non-Null Count  Dtype",
        "---  ------      --------------  -----",
        " 0   first_name  5 non-null      object",
        " 1   dob         5 non-null      datetime64[ns]",
        " 2   postcode    4 non-null      object",
    ]
    assert _found(detector, *dtypes, (0, 5 * 24, "dtype: object")) == set()
    assert _found(detector, *info) == set()
