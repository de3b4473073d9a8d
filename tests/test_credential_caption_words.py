"""A credential's caption is no credential (issue 17, class: mysql's vertical output `\\G` and any
"Password <word>:" caption: "password_hash: <hash>" read with its underscore as a space). Found on
db_cli_modes (corpus38/scn2) by benchmarks/gate.py at ca7fa55: the label pass took the caption's
last word ("hash:") for the password after the label 'password' (label:password, 68-75 s, the
caption masked), and the gate, holding that value, then blocked on the word 'password' wherever
it showed again ('Enter password:', sqlite's 'password hash' header): PASSWORD seen_value_part
x17. A word with a colon after the label is the rest of its caption; and the words that caption a
credential, shown alone, are no piece of a credential's value seen with them. Values are invented."""

from __future__ import annotations

import pytest

from pipeline.analysis.values import SeenValues
from tests.helpers import text_layout

HASH = "$2b$12$Qm4TzXw9LpYc2VbN8RkD1uJ7sHfE3gA6oWi0yKtZ5xMnPqLrCv"


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=8, line_h=16))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows,caption_word",
    [
        ([(3, 100, f"password hash: {HASH}")], "hash:"),
        ([(3, 100, "password hash:"), (122, 100, HASH)], "hash:"),
        ([(3, 100, "Password hint: name of first pet")], "hint:"),
        ([(3, 100, "Password expires: never")], "expires:"),
    ],
    ids=["mysql-vertical", "value-apart", "hint", "expires"],
)
def test_a_captions_last_word_is_no_password(detector, rows, caption_word):
    found = _found(detector, *rows)
    assert not any(text == caption_word for _, text in found), found


def test_a_password_beside_its_label_is_still_one(detector):
    assert ("PASSWORD", "Tr0ub4dor&3") in _found(detector, (3, 100, "Password: Tr0ub4dor&3"))
    assert ("PASSWORD", "Tr0ub4dor&3") in _found(detector, (3, 100, "Password Tr0ub4dor&3"))
    assert ("SECRET", HASH) in _found(detector, (3, 100, f"password hash: {HASH}"))


def _pieces(detector, entity: str, value: str, *words: str) -> list:
    seen = SeenValues()
    seen.add(entity, value, 0.0)
    return seen.find(list(words), detector.lexicon.is_ordinary, detector.lexicon.is_name)


@pytest.mark.parametrize(
    "entity,value,words",
    [
        ("PASSWORD", "password hash:", ("Enter", "password:")),
        ("PASSWORD", "password hash:", ("password", "hash", "=", "█")),
        ("SECRET", "api token: tok_9f8e7d6c5b4a", ("api_token", "█")),
    ],
    ids=["prompt", "header", "token-caption"],
)
def test_a_credentials_caption_is_no_piece_of_it(detector, entity, value, words):
    assert _pieces(detector, entity, value, *words) == []


def test_a_passwords_own_words_still_are_pieces(detector):
    assert [p.entity_type for p in _pieces(detector, "PASSWORD", "Sunflower42!", "Sunflower42")] == ["PASSWORD"]
    assert [p.entity_type for p in _pieces(detector, "SECRET", "api token: tok_9f8e7d6c5b4a", "tok_9f8e7d6c5b4a")] == [
        "SECRET"
    ]
