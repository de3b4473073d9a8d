"""A login table (`last`, `who`) scaled to 66 %: OCR glued a row's user, terminal and remote
address into one word ("<user>pts/1<address>"), and the user and the address stayed readable
for 13 s (linux_accounts). The words are cut at the terminal (detection/tty_glue.py). Values
are invented."""

import pytest

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.tty_glue import without_tty_glue
from tests.helpers import value_covered

LAST = [
    "$ last -n 3",
    "pbrightmore  pts/0  198.51.100.23  Fri Dec 4 09:00  still logged in",
    "tquennellpts/1203.0.113.45 Thu Dec 4 09:07 - 10:13 (01:05)",
    "mfenwickpts/2192.0.2.77 Thu Dec 4 10:14 - 11:26 (01:10)",
]


@pytest.mark.parametrize("value", ["tquennell", "203.0.113.45", "mfenwick", "192.0.2.77"])
def test_a_glued_login_row_s_user_and_address_are_found(detector, value):
    assert value_covered(detector, LAST, value), value


def _words(text: str) -> list[str]:
    line = TextLine((OcrWord(text, Box(0, 0, 8 * len(text), 16), 90.0),))
    return [w.text for w in without_tty_glue(Layout((line,))).lines[0].words]


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("tquennellpts/1203.0.113.45", ["tquennell", "pts/1", "203.0.113.45"]),
        ("pts/1256.10.2.3", ["pts/12", "56.10.2.3"]),  # no address after "pts/1": two digits
        ("tquennellpts/3", ["tquennell", "pts/3"]),
        ("pts/0", ["pts/0"]),
        ("pretty1", ["pretty1"]),  # a word, no terminal
        ("tty1", ["tty1"]),
    ],
)
def test_words_are_cut_at_a_glued_terminal_only(word, parts):
    assert _words(word) == parts
