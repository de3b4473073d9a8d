"""A database client's expanded records: psql's `\\x` (and `\\x auto` on a wide result) prints
each row as a block of "column | value" lines under "-[ RECORD 1 ]-+-----", the column names
padded so that the bars line up.

A row of a table turned on its side: each line's column name is the header of its value, so the
value is typed by the name as a table's column types its cells (models/structure.yaml, the same
vocabulary: "first_name", "date_of_birth", "town"). The label rules need a ":" or "=" after a
name (mysql's `\\G` prints "first_name: <value>"); a bar is no separator of theirs, as "Name |
Email" is a table's header. Scaled down, OCR loses the one-pixel bar, and the name's underscore:
what is left is two columns, names and values. So a block is read by where its words stand: lines
whose names start at one x and whose values start at another, a gap of 1.5 characters or more
(a bar or none) between; three lines or more, or fewer under a "-[ RECORD n ]" line, half of
whose names (two at least) are column names, written in lower case where no bar shows (a
dialog's captions in two columns are the label rules').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.detection.structure.cells import cell_finding
from pipeline.detection.structure.vocabulary import Vocabulary, phrase_key
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, WordRef

_RECORD = re.compile(r"-*\[\s*RECORD\s+\d+\s*\]")
# the window's left edge or the bar read as a glyph glued to a name ("|email", "[last_name", "Iplan")
_EDGE = re.compile(r"^[|\[\]I!l](?=[a-z_])")
MIN_LINES = 3  # without a RECORD line above
GAP_CHARS = 1.5  # between a name and its value: a bar and its blanks, or the padding alone
SAME_X_CHARS = 1.0  # the names of one block, and its values, start this close in x
ROW_SLACK = 0.6  # lines whose middles are this close (in line heights) stand on one visual row


@dataclass(frozen=True, slots=True)
class _Pair:
    lines: tuple[LineRef, ...]  # one visual row: OCR may part a name from its value
    name: str  # the name as read
    key_x: int
    value_x: int
    values: tuple[tuple[int, int], ...]  # the value's text, a range per line it lies on
    char_w: float
    barred: bool  # a bar stood between the name and its value

    @property
    def y(self) -> int:
        return min(line.box.y for line in self.lines)

    @property
    def y2(self) -> int:
        return max(line.box.y2 for line in self.lines)


class ExpandedRecordFinder:
    def __init__(self, vocabulary: Vocabulary, entities: frozenset[str]):
        self.vocabulary = vocabulary
        self.entities = entities

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        block: list[_Pair] = []
        headed = after_record = False  # the block's first row is under a RECORD line; the last row is one
        for row in _rows(lt):
            pair = _pair(lt, row)
            if pair is not None and block and _in_step(block[-1], pair):
                block.append(pair)
                after_record = False
                continue
            found.extend(self._closed(lt, block, headed))
            block, headed = ([pair], after_record) if pair is not None else ([], False)
            after_record = pair is None and any(_RECORD.search(lt.text, ln.start, ln.end) for ln in row)
        found.extend(self._closed(lt, block, headed))
        return found

    def _closed(self, lt: LayoutText, block: list[_Pair], headed: bool) -> list[SpanFinding]:
        if not block or not (headed or len(block) >= MIN_LINES):
            return []
        if not headed and not any(pair.barred for pair in block) and any(p.name != p.name.lower() for p in block):
            # no bar and no RECORD line: a database's column names (lower case), not a form's or a
            # dialog's captions ("Name  Report.docx", "Location  C:\\Users\\..."), which the label
            # rules read
            return []
        keys = [self._key(pair.name) for pair in block]
        known = sum(key is not None and self.vocabulary.is_header(key) for key in keys)
        if known < 2 or 2 * known < len(block):
            return []
        found = []
        for pair, entity in zip(block, self.vocabulary.column_entities(keys, self.entities)):
            if entity is None:
                continue
            for start, end in pair.values:
                cell = cell_finding(lt, start, end, entity, self.vocabulary, delimited=len(pair.values) == 1)
                if cell is not None:
                    found.append(cell)
        return found

    def _key(self, name: str) -> str | None:
        """The lookup key of a name, without a glyph of the window's edge glued before it."""
        key = phrase_key(name.split())
        if not self.vocabulary.is_header(key) and _EDGE.match(name):
            bare = phrase_key(_EDGE.sub("", name).split())
            key = bare if self.vocabulary.is_header(bare) else key
        return key or None


def _rows(lt: LayoutText) -> list[list[LineRef]]:
    """The layout's lines top down, those side by side on one visual row together: scaled down,
    OCR may read a name and its value as two lines a few pixels apart."""
    rows: list[list[LineRef]] = []
    for line in sorted(lt.lines, key=lambda ln: (ln.box.y, ln.box.x)):
        if line.end <= line.start:
            continue
        if rows and _beside(rows[-1], line):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _beside(row: list[LineRef], line: LineRef) -> bool:
    first = row[0]
    middle = line.box.y + line.box.h / 2
    if abs(middle - (first.box.y + first.box.h / 2)) > ROW_SLACK * first.height:
        return False
    return all(line.box.x >= other.box.x2 or line.box.x2 <= other.box.x for other in row)


def _pair(lt: LayoutText, row: list[LineRef]) -> _Pair | None:
    """A visual row as a name and its value: the words before its first gap of GAP_CHARS or more
    (a bar alone is a gap's), and the words after it; None for a row of one run of words."""
    every = [w for line in row for w in line.words]
    words = sorted((w for w in every if lt.text[w.start : w.end] != "|"), key=lambda w: w.box.x)
    if len(words) < 2:
        return None
    barred = len(words) < len(every)
    char_w = max(line.box.w / max(line.end - line.start, 1) for line in row)
    for i in range(1, len(words)):
        if words[i].box.x - words[i - 1].box.x2 >= GAP_CHARS * char_w:
            name = " ".join(lt.text[w.start : w.end] for w in words[:i])
            barred = barred or name.endswith("|")
            name = name.rstrip("|").strip()
            by_line: dict[int, list[WordRef]] = {}
            for w in words[i:]:
                by_line.setdefault(w.line, []).append(w)
            values = sorted((min(w.start for w in ws), max(w.end for w in ws)) for ws in by_line.values())
            return _Pair(tuple(row), name, words[0].box.x, words[i].box.x, tuple(values), char_w, barred)
    return None


def _in_step(above: _Pair, below: _Pair) -> bool:
    """Whether two rows' names and values start one above the other (and the rows stand one
    under the other)."""
    if below.y < above.y2 - (above.y2 - above.y) / 2:
        return False
    slack = SAME_X_CHARS * above.char_w + 1
    return abs(above.key_x - below.key_x) <= slack and abs(above.value_x - below.value_x) <= slack
