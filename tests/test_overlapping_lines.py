"""A value's box where OCR's boxes of its line and the next overlap (issue 16/18 over-masking,
class: rows scaled down, at 0.75, so tight that one line's descenders reach below the next one's
capitals; found on the scenes org_chart, a job title under a card's masked name, and
linux_accounts, '/var/lib/postgresql' over a masked passwd row). The box took its line's words
whole and a pad of 1 px, so it covered 3 px of the neighbour's letters, and no reader read them.
Now it takes no pad toward a line it overlaps: its own words' box only, never less (a caption or a
box's edge read over a value overlaps it as well; fail closed)."""

from __future__ import annotations

import pytest

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.text import LayoutText, span_boxes


def _layout(rows: list[tuple[int, int, int, str]]) -> Layout:
    """Rows of (x, y, height, text), each word 6 px a character and 4 px apart."""
    lines = []
    for x, y, h, text in rows:
        words = []
        for part in text.split():
            words.append(OcrWord(part, Box(x, y, 6 * len(part), h), 95.0))
            x += 6 * len(part) + 4
        lines.append(TextLine(tuple(words)))
    return Layout(tuple(lines))


def _box(detector, rows, line: int) -> Box:
    lt = LayoutText(_layout(rows))
    ref = lt.lines[line]
    (box,) = span_boxes(lt, ref.start, ref.end, detector.settings.padding)
    return box


# a card (org_chart at 0.75): the name's box 357-367 (the descenders of its 'g' and 'y'), the
# title's 365-376 (its capital's top): 2 px of overlap
CARD = [(20, 357, 10, "Dana Murray"), (27, 365, 11, "Customer Support")]
# a passwd listing (linux_accounts at 0.75): rows 13-15 px tall, 12-13 px apart
PASSWD = [
    (8, 184, 14, "postgres:x:106:113:PostgreSQL administrator:/var/lib/postgresql:/bin/bash"),
    (8, 196, 15, "dwill:x:1004:1004:Dean Williams:/home/dwill:/bin/bash"),
]


def test_a_name_s_box_takes_no_pad_into_the_title_under_it(detector):
    box = _box(detector, CARD, 0)
    assert box.y2 <= 367  # no pad past the name's own letters into the title
    assert box.y <= 357 and box.y2 >= 367  # the name's own letters stay covered whole


def test_a_row_s_box_takes_no_pad_into_the_row_above(detector):
    box = _box(detector, PASSWD, 1)
    assert box.y >= 196  # no pad above the row's own letters, into the descenders above
    assert box.y <= 196 and box.y2 >= 211


@pytest.mark.parametrize("tall", [12, 20])
def test_a_tall_neighbour_takes_none_of_the_value_s_box(detector, tall):
    # a caret or a border read as a tall glyph reaching far into the value's line
    rows = [(20, 100, 15, "Dana Murray"), (30, 115 - tall, tall + 12, "|")]
    box = _box(detector, rows, 0)
    assert box.y <= 100 and box.y2 >= 115


def test_lines_apart_keep_their_pad(detector):
    rows = [(20, 100, 12, "Dana Murray"), (20, 118, 12, "Customer Support")]
    box = _box(detector, rows, 0)
    assert box.y < 100 and 112 < box.y2 < 118  # padded, clear of the next line
