"""A column of telephone numbers whose cells OCR misread, in a table whose header was not read.

A terminal's framed table scaled down (sqlite3's `.mode table` at 75 %) loses its header line
first (birth_dates.py); in the same frames OCR reads the trunk "0" of a number in a small
terminal font as a "6" or an "8" now and then. A number so read ("67xxx xxxxxx") matches no phone
shape, and no header says what its column holds: the rows under a number found whole stay
readable, although the scoring reader (and a person) reads them right.

The column says it: a number grouped as a phone number found in the same column (the same
groups of digits, each cell alone, on stacked rows) is a phone number too. Only digit groups of
a telephone number's length are taken, and only in a column that holds a phone number found by
the recognizers: a column of references or ids with no phone number in it, another grouping in
the phone's column and the column beside it stay readable. Rows a table on this screen types
(under a header read, or remembered) are left to its columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from pipeline.detection.structure.birth_dates import CELL_GAP_LINE_HEIGHTS, RULE_GLYPHS, stacked_columns
from pipeline.detection.text import LayoutText, SpanFinding, WordRef

RECOGNIZER = "structure/phone_columns"
SCORE = 0.7
PHONE_DIGITS = range(10, 14)  # a national number with its trunk digit, or with a country code
MIN_ROWS = 2  # the found number and one more, stacked in its column
# a cell of digits in groups split by single spaces or dashes, a "+" before the first
_DIGIT_GROUPS = regex.compile(r"\+?\d+(?:[ -]\d+)*")


def phone_columns(
    lt: LayoutText, findings: Sequence[SpanFinding], claimed: Callable[[SpanFinding], bool]
) -> list[SpanFinding]:
    """PHONE_NUMBER: the cells of a column grouped as a phone number the recognizers found in
    it (module doc). `claimed`: whether a finding lies in a row a table on this screen types.
    Cost: nothing without a PHONE_NUMBER finding, else one regex match per cell of a line
    holding a digit."""
    if not any(f.entity_type == "PHONE_NUMBER" for f in findings):
        return []
    # finding (or None for a number found already), first and last word, its grouping
    cells: list[tuple[SpanFinding | None, WordRef, WordRef, tuple[int, ...]]] = []
    for line in lt.lines:
        if not any(ch.isdigit() for ch in lt.text[line.start : line.end]):
            continue
        for first, last in _cells(lt, line.words):
            start, end = first.start, last.end
            if not _DIGIT_GROUPS.fullmatch(lt.text, start, end):
                continue
            groups = _grouping(lt.text[start:end])
            if sum(groups) not in PHONE_DIGITS:
                continue
            finding = SpanFinding(start, end, "PHONE_NUMBER", SCORE, RECOGNIZER)
            if claimed(finding):
                continue
            typed = {f.entity_type for f in findings if f.start <= start and end <= f.end}
            if typed and typed != {"PHONE_NUMBER"}:
                continue  # a number of another kind (a patient's, an account's): its type stays
            cells.append((None if typed else finding, first, last, groups))
    if len(cells) < MIN_ROWS:
        return []
    found: list[SpanFinding] = []
    for column in stacked_columns(cells):
        known_groupings = {groups for f, _, _, groups in column if f is None}
        same = [f for f, _, _, groups in column if f is not None and groups in known_groupings]
        if same and len(same) + 1 >= MIN_ROWS:
            found.extend(same)
    return found


def _cells(lt: LayoutText, words: tuple[WordRef, ...]) -> list[tuple[WordRef, WordRef]]:
    """The first and last word of each cell of a line: words apart by a cell's gap (in line
    heights) or by a column rule read as a glyph of its own end one (birth_dates.cell_alone)."""
    cells: list[tuple[WordRef, WordRef]] = []
    first: WordRef | None = None
    last: WordRef | None = None
    for word in words:
        rule = lt.text[word.start : word.end] in RULE_GLYPHS
        if (
            first is not None
            and last is not None
            and (rule or word.box.x - last.box.x2 >= CELL_GAP_LINE_HEIGHTS * max(word.box.h, last.box.h))
        ):
            cells.append((first, last))
            first = None
        if rule:
            continue
        if first is None:
            first = word
        last = word
    if first is not None and last is not None:
        cells.append((first, last))
    return cells


def _grouping(text: str) -> tuple[int, ...]:
    """The lengths of `text`'s digit groups, a leading "+" as a group of 0 ("+44 7..." is not
    grouped as "07...")."""
    lengths = tuple(len(g) for g in regex.split(r"[ -]", text.lstrip("+")))
    return (0, *lengths) if text.startswith("+") else lengths
