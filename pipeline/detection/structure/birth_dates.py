"""A column of dates of birth in a table of people whose header was not read.

A terminal's framed table (sqlite3's `.mode table`, psql, MySQL's client) scaled down or
re-encoded at a low bitrate loses its header line first: the rules above and below it run into
its letters and OCR reads the three lines as one line of specks ("!aa?aaaa ..."). No header
types the columns; the names on each row are still found (NER, the value memory, a name's
shape), the dates beside them were not: a date alone says nothing of whose it is.

The rows' shape says it (as delimited.py's `_past_dates` does for a row's fields past a cut
header): a column of calendar dates, each a cell of its own, on stacked rows that each name a
person, every one of them MIN_AGE years back or more, is the people's dates of birth. A column
with a recent date in it is a table's dates of events (a sign-up, a last visit, an order), and a
column of rows no person is named on is a list of releases or files; neither is typed. Rows a
table found on this screen claimed (under a header read, or remembered) are typed by its columns
and left alone.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pipeline.detection.recognizers.identifiers import _DATE, MIN_AGE, is_date
from pipeline.detection.text import LayoutText, SpanFinding, WordRef

RECOGNIZER = "structure/birth_dates"
SCORE = 0.85
MIN_ROWS = 2  # dates stacked in one column, each on a person's row
# a cell ends where the gap to the next word is this wide (in line heights), as tables.py reads
# cells (CELL_GAP_LINE_HEIGHTS); a column rule read as a glyph of its own ends it too
CELL_GAP_LINE_HEIGHTS = 0.9
RULE_GLYPHS = frozenset("|¦│┃║Il!")
# cells of one column start (or end: right-aligned) this close, in line heights
SAME_EDGE_LINE_HEIGHTS = 0.6
# rows of one table follow each other within this many line heights, middle to middle
ROW_PITCH_LINE_HEIGHTS = 3.0
# a person's finding on a date's row: its line's middle this close (in line heights)
SAME_ROW_LINE_HEIGHTS = 0.5

_Cell = TypeVar("_Cell", bound=tuple[Any, WordRef, WordRef, Any])


def past_date_columns(
    lt: LayoutText, findings: Sequence[SpanFinding], claimed: Callable[[SpanFinding], bool]
) -> list[SpanFinding]:
    """DATE_OF_BIRTH: the date cells of each column of past dates on rows that name a person
    (module doc). `claimed`: whether a finding lies in a row a table on this screen types.
    Cost: one date regex per line holding a digit and a dash, slash or dot, and only when some
    PERSON was found."""
    people = [f for f in findings if f.entity_type == "PERSON"]
    if not people:
        return []
    oldest = datetime.date.today().year - MIN_AGE
    cells: list[tuple[SpanFinding, WordRef, WordRef, bool]] = []  # finding, first and last word, old enough
    for line in lt.lines:
        text = lt.text[line.start : line.end]
        if not any(ch.isdigit() for ch in text):
            continue
        for m in _DATE.finditer(text):
            if not is_date(m):
                continue
            start, end = line.start + m.start(), line.start + m.end()
            words = lt.words_in(start, end)
            if not words or words[0].start != start or words[-1].end != end or not cell_alone(lt, line.words, words):
                continue
            finding = SpanFinding(start, end, "DATE_OF_BIRTH", SCORE, RECOGNIZER)
            if claimed(finding):
                continue
            year = next(y for y in (m.group("y"), m.group("iy"), m.group("dy"), m.group("my")) if y)
            cells.append((finding, words[0], words[-1], len(year) == 4 and int(year) <= oldest))
    if len(cells) < MIN_ROWS:
        return []
    person_rows = [_middle_and_height(lt, f) for f in people]
    found: list[SpanFinding] = []
    for column in stacked_columns(cells):
        if not all(old for _, _, _, old in column):
            continue  # a recent date among them: dates of events, no births
        named = [c for c in column if _on_a_person_row(c[1], person_rows)]
        if len(named) >= MIN_ROWS:
            found.extend(f for f, _, _, _ in named)
    return found


def cell_alone(lt: LayoutText, line_words: tuple[WordRef, ...], words: list[WordRef]) -> bool:
    """Whether `words` make a cell of their own on their line: a cell's gap or a column rule on
    either side (or the line's end)."""
    gap = CELL_GAP_LINE_HEIGHTS * max(w.box.h for w in words)
    first, last = words[0].index, words[-1].index
    before = line_words[first - 1] if first else None
    after = line_words[last + 1] if last + 1 < len(line_words) else None
    for other, distance in (
        (before, words[0].box.x - before.box.x2 if before else 0.0),
        (after, after.box.x - words[-1].box.x2 if after else 0.0),
    ):
        if other is None or distance >= gap:
            continue
        if lt.text[other.start : other.end] not in RULE_GLYPHS:
            return False
    return True


def stacked_columns(cells: list[_Cell]) -> list[list[_Cell]]:
    """`cells` (anything, its first and last word, anything) in columns: stacked (each within
    ROW_PITCH_LINE_HEIGHTS of the one above) with their left or right edges together."""
    columns: list[list[_Cell]] = []
    for cell in sorted(cells, key=lambda c: c[1].box.y):
        _, first, last, _ = cell
        height = max(first.box.h, 1)
        for column in columns:
            _, top_first, top_last, _ = column[-1]
            near = SAME_EDGE_LINE_HEIGHTS * height
            if 0 < first.box.y - top_first.box.y <= ROW_PITCH_LINE_HEIGHTS * height and (
                abs(first.box.x - top_first.box.x) <= near or abs(last.box.x2 - top_last.box.x2) <= near
            ):
                column.append(cell)
                break
        else:
            columns.append([cell])
    return columns


def _middle_and_height(lt: LayoutText, finding: SpanFinding) -> tuple[float, int]:
    words = lt.words_in(finding.start, finding.end)
    box = words[0].box if words else lt.lines[lt.line_at(finding.start)].box
    return box.y + box.h / 2, max(box.h, 1)


def _on_a_person_row(word: WordRef, people: list[tuple[float, int]]) -> bool:
    middle = word.box.y + word.box.h / 2
    return any(abs(middle - y) <= SAME_ROW_LINE_HEIGHTS * max(h, word.box.h) for y, h in people)
