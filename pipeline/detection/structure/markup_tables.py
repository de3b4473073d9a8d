"""Tables in a page's HTML source (view-source, the developer tools' Elements panel): the `<th>`
cells of a header row type the `<td>` cells of the rows under it by their order.

A rendered table's columns stand under their headings (tables.py); in its source every cell is a
line of its own or a piece of its row's line ("<td>Town</td>"), wherever the header row is. So the
header row's cells, read in order, give the columns' types (a heading phrase, as a rendered
table's), and each row (`<tr>` to `</tr>`) gives its cells in the same order: a row with as many
cells as the header has is typed by it, also once the header scrolled out of view (remembered:
`TableMemory.markup`). A row whose start is above the screen's top has no known order, and a
row of another count (another table's) is left to the other passes. Tags are words of their own
here (detection/markup.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.detection.structure.cells import cell_finding
from pipeline.detection.structure.vocabulary import Vocabulary, phrase_key
from pipeline.detection.text import LayoutText, SpanFinding

# a cell on one line, its text between the tags (inner tags: a link's)
_CELL = re.compile(r"<(?P<kind>td|th)\b[^<>]*>(?P<text>.*?)</(?P=kind)\s*>")
# a row's start, its attributes read apart or not ("<tr" over 'data-id="4107">', scaled to 66 %)
_ROW_START = re.compile(r"<tr(?![\w-])(?:[^<>]*>)?")
_ROW_END = re.compile(r"</tr\s*>")
_TAG = re.compile(r"<[^<>]*>")
MIN_COLUMNS = 2


@dataclass(frozen=True, slots=True)
class MarkupTable:
    entities: tuple[str | None, ...]  # per column, None: nothing personal


@dataclass(frozen=True, slots=True)
class MarkupFound:
    findings: list[SpanFinding]
    tables: list[MarkupTable]  # header rows this text shows, to remember
    header_cells: list[tuple[int, int]] = field(default_factory=list)  # their cells' text


@dataclass
class _Row:
    header: bool = True  # only <th> cells so far
    cells: list[tuple[int, int]] = field(default_factory=list)  # each cell's text range


class MarkupTableFinder:
    def __init__(self, vocabulary: Vocabulary, entities: frozenset[str]):
        self.vocabulary = vocabulary
        self.entities = entities

    def find(self, lt: LayoutText, remembered: Sequence[MarkupTable]) -> MarkupFound:
        """Typed cells of the rows of HTML tables in `lt`, by the header row shown above them
        or, above all of them, by the newest remembered table of their cell count."""
        if "</t" not in lt.text:
            return MarkupFound([], [])
        findings: list[SpanFinding] = []
        shown: list[MarkupTable] = []
        header_cells: list[tuple[int, int]] = []
        current: MarkupTable | None = None
        row: _Row | None = None
        # in the source's order: the layout text may hold a wrapped block's lines together
        # (wraps.py `in_block_order`), which parts a table's rows from their cells
        for line in sorted(lt.lines, key=lambda line: (line.box.y, line.box.x)):
            text = lt.text[line.start : line.end]
            for kind, a, b in _tokens(text):
                if kind == "tr":
                    row = _Row()
                elif kind == "/tr":
                    if row is not None:
                        current = self._close(lt, line.start, row, current, remembered, findings, shown, header_cells)
                    row = None
                elif row is not None:
                    row.header &= kind == "th"
                    row.cells.append((line.start + a, line.start + b))
        if row is not None and not row.header and current is not None and len(row.cells) <= len(current.entities):
            findings.extend(self._typed(lt, row, current))  # a row cut by the screen's bottom edge
        return MarkupFound(findings, shown, header_cells)

    def _close(
        self,
        lt: LayoutText,
        offset: int,
        row: _Row,
        current: MarkupTable | None,
        remembered: Sequence[MarkupTable],
        findings: list[SpanFinding],
        shown: list[MarkupTable],
        header_cells: list[tuple[int, int]],
    ) -> MarkupTable | None:
        """The table in force after `row` ends: a header row starts one; a body row is typed by
        the table in force, or by a remembered one of its cell count."""
        if len(row.cells) < MIN_COLUMNS:
            return current
        if row.header:
            keys = [phrase_key(lt.text[a:b].split()) for a, b in row.cells]
            header = MarkupTable(tuple(self.vocabulary.column_entities([k or None for k in keys], self.entities)))
            header_cells.extend(row.cells)
            if any(header.entities):
                shown.append(header)
            return header
        table = current
        if table is None or len(table.entities) != len(row.cells):
            table = next((t for t in reversed(remembered) if len(t.entities) == len(row.cells)), None)
        if table is not None and len(table.entities) == len(row.cells):
            findings.extend(self._typed(lt, row, table))
        return current

    def _typed(self, lt: LayoutText, row: _Row, table: MarkupTable) -> list[SpanFinding]:
        found = []
        for (a, b), entity in zip(row.cells, table.entities):
            if entity is None:
                continue
            for start, end in _text_runs(lt.text, a, b):
                cell = cell_finding(lt, start, end, entity, self.vocabulary, delimited=True)
                if cell is not None:
                    found.append(cell)
        return found


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """A line's row starts ("tr"), row ends ("/tr") and cells ("td", "th", with their text's
    range), in order."""
    found = [("tr", m.start(), m.end()) for m in _ROW_START.finditer(text)]
    found += [("/tr", m.start(), m.end()) for m in _ROW_END.finditer(text)]
    found += [(m.group("kind"), m.start("text"), m.end("text")) for m in _CELL.finditer(text)]
    return sorted(found, key=lambda t: t[1])


def _text_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of a cell's text between its inner tags (a link's "<a href=...>" and "</a>"),
    without their blanks."""
    runs, at = [], start
    for tag in _TAG.finditer(text, start, end):
        runs.append((at, tag.start()))
        at = tag.end()
    runs.append((at, end))
    out = []
    for a, b in runs:
        piece = text[a:b]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((a + lead, a + len(piece.rstrip())))
    return out
