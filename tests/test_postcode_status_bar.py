"""A terminal multiplexer's status bar under a table is no row of its postcode column (issue 17,
tmux_panes of corpus42: a clean output blocked on ZIP_CODE seen_value x37, 0-40 s). tmux draws
its status bar on the screen's last line, the session and window list at its left and the host
name alone at its right; under a `column -t` table in a short pane it stands where a next row
would, the host under the table's last column, a postcode's. The column typed it, the value
memory learnt it and masked the host wherever shown (the window's title, every prompt), and the
gate matched it as a value seen. A postcode writes its letters in capitals and never three in a
row in lower case: a host name ("<name>-07"), a clock's date ("06-Dec-26"), a word of an editor's
status line or a prompt is none. Values are invented."""

from __future__ import annotations

import pytest

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

HEADER = ("id", "name", "email", "postcode")
ROWS = [
    ("5101", "Tomasz Oyelowo", "t.oyelowo@example.net", "LS6 2AB"),
    ("5102", "Mairead Quinlan", "mquinlan@example.org", "BT9 5HQ"),
    ("5103", "Osric Vantongeren", "osric.v@example.com", "CF10 3NP"),
    ("5104", "Yelena Strand", "ystrand@example.net", "G12 8QQ"),
]
X, Y, PITCH, CHAR = 631, 231, 17, 8
POSTCODE_X = X + CHAR * 53


def _row(cells: tuple[str, ...]) -> str:
    return cells[0].ljust(6) + cells[1].ljust(20) + cells[2].ljust(27) + cells[3]


def _table(rows=ROWS) -> list[tuple[int, int, str]]:
    lines = [(X, Y - PITCH, "support@relay-07:~$ cat customers.csv | column -t -s,")]
    return lines + [(X, Y + PITCH * i, _row(r)) for i, r in enumerate([HEADER, *rows])]


def _zip_texts(detector, lines, frames: int = 2) -> list[str]:
    memory = ValueMemory()
    texts: list[str] = []
    for _ in range(frames):  # the next frame too: what the memory learnt
        lt, findings = detector.find_spans(text_layout(*lines, char_w=CHAR), memory)
        texts += [lt.text[f.start : f.end] for f in findings if f.entity_type == "ZIP_CODE"]
    return texts


@pytest.mark.parametrize("right", ["relay-07", "06-Dec-26", "srv-db2"])
def test_the_status_bar_s_right_end_under_the_postcode_column_is_no_postcode(detector, right):
    bar = Y + PITCH * (len(ROWS) + 1)
    lines = [*_table(), (9, bar, "[billing] 0:bash*"), (POSTCODE_X, bar, right)]
    texts = _zip_texts(detector, lines)
    assert not any(right in t for t in texts), texts
    assert {"LS6 2AB", "G12 8QQ"} <= {t.strip() for t in texts}, texts


@pytest.mark.parametrize("postcode", ["VLT 1117", "K1A 0B1", "1017 XN", "90210", "C1425DKA", "EC1A 1BB"])
def test_postcodes_of_other_countries_are_still_typed(detector, postcode):
    rows = [*ROWS[:3], ("5104", "Yelena Strand", "ystrand@example.net", postcode)]
    assert postcode in {t.strip() for t in _zip_texts(detector, _table(rows), frames=1)}
