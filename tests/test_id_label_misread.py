"""A label's word "Id" read as "ld" (a sans-serif capital I read as a small l): an AWS CLI's JSON
`"Userld": "AIDA..."` on the scene cli_identities, which the gate's reader took for a user id and
blocked on while the analysis, reading "Userld", masked nothing. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize("key", ["UserId", "Userld", "UserlD"])
def test_a_user_id_key_read_with_a_small_l_is_a_label(detector, key):
    found = _found(detector, '    "UserName": "k.okafor",', f'    "{key}": "AIDAJQABLZS4A3QDU576Q",')
    assert ("USERNAME", "AIDAJQABLZS4A3QDU576Q") in found


def test_words_ending_in_ld_are_no_id_label(detector):
    found = _found(detector, "World: Greenfield", "Field: Mansfield")
    assert not any(kind == "USERNAME" for kind, _ in found)
