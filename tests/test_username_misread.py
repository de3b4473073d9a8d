"""A "Username" caption in small or scaled-down text read "Usemame" ("rn" read as "m") still
labels its value (models/detection.yaml, the username group; scene wiki_oncall's "Break-glass
access" panel on a copy scaled to 75 %, where the account's login leaked at 7 s). Values are
invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows, login",
    [
        (["Break-glass access", "Usemame      bg-admin-ops17", "Password      (hidden)"], "bg-admin-ops17"),
        (["Usemame: kquennell"], "kquennell"),
    ],
)
def test_a_username_caption_read_usemame_still_labels_its_login(detector, rows, login):
    found = _found(detector, *rows)
    assert ("USERNAME", login) in found, found
