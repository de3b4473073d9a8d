"""A database client's expanded records: psql's `\\x` (and `\\x auto` on a wide result) prints
each row as a block of "column | value" lines under "-[ RECORD 1 ]-+-----", the column names
padded so that the bars line up.

A row of a table turned on its side: each line's column name is the header of its value, so the
value is typed by the name as a table's column types its cells (models/structure.yaml, the same
vocabulary: "first_name", "date_of_birth", "town"). The label rules need a ":" or "=" after a
name (mysql's `\\G` prints "first_name: <value>"); a bar is no separator of theirs, as "Name |
Email" is a table's header. A block is three lines or more whose bars stand one above the other,
or fewer under a "-[ RECORD n ]" line.
"""

from __future__ import annotations

import re

from pipeline.detection.structure.cells import cell_finding
from pipeline.detection.structure.vocabulary import Vocabulary, phrase_key
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

_LINE = re.compile(r"\s*(?P<key>[A-Za-z_][\w.]{0,62}?)\s*\|\s*(?P<value>.*?)\s*$")
_RECORD = re.compile(r"-*\[\s*RECORD\s+\d+\s*\]")
MIN_LINES = 3  # without a RECORD line above: three names over their values, bars in one column
BAR_SLACK_CHARS = 1.0  # the bars of one block stand this close in x


class ExpandedRecordFinder:
    def __init__(self, vocabulary: Vocabulary, entities: frozenset[str]):
        self.vocabulary = vocabulary
        self.entities = entities

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        if "|" not in lt.text:
            return []
        found: list[SpanFinding] = []
        block: list[tuple[LineRef, re.Match[str]]] = []
        headed = after_record = False  # the block's first line is under a RECORD line; the last line is one
        for line in lt.lines:
            m = _LINE.fullmatch(lt.text, line.start, line.end)
            if m is not None and block and _in_column(lt, block[-1], (line, m)):
                block.append((line, m))
                after_record = False
                continue
            found.extend(self._closed(lt, block, headed))
            block, headed = ([(line, m)], after_record) if m is not None else ([], False)
            after_record = m is None and _RECORD.search(lt.text, line.start, line.end) is not None
        found.extend(self._closed(lt, block, headed))
        return found

    def _closed(self, lt: LayoutText, block: list[tuple[LineRef, re.Match[str]]], headed: bool) -> list[SpanFinding]:
        return self._typed(lt, block) if block and (headed or len(block) >= MIN_LINES) else []

    def _typed(self, lt: LayoutText, block: list[tuple[LineRef, re.Match[str]]]) -> list[SpanFinding]:
        keys = [phrase_key(m.group("key").split()) or None for _, m in block]
        found = []
        for (_, m), entity in zip(block, self.vocabulary.column_entities(keys, self.entities)):
            if entity is not None and m.end("value") > m.start("value"):
                cell = cell_finding(lt, m.start("value"), m.end("value"), entity, self.vocabulary, delimited=True)
                if cell is not None:
                    found.append(cell)
        return found


def _in_column(lt: LayoutText, above: tuple[LineRef, re.Match[str]], below: tuple[LineRef, re.Match[str]]) -> bool:
    """Whether two lines' bars stand one above the other (and the lines one under the other)."""
    (up, m_up), (down, m_down) = above, below
    if down.box.y < up.box.y2 - up.height / 2:
        return False
    xs = []
    for m in (m_up, m_down):
        bar = m.end("key") + lt.text[m.end("key") : m.start("value")].index("|")
        words = lt.words_in(bar, bar + 1)
        if not words:
            return False
        word = words[0]
        xs.append(word.box.x + (bar - word.start) * word.box.w / max(word.end - word.start, 1))
    char_w = up.box.w / max(up.end - up.start, 1)
    return abs(xs[0] - xs[1]) <= BAR_SLACK_CHARS * char_w + 1
