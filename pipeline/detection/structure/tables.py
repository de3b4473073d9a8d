"""Tables and grids: a header row types its columns, and every cell below inherits the type.

A payroll sheet's "NI number" column holds national insurance numbers whatever their shape; a
CRM grid's "Employee" column holds names spaCy would never tag alone. The header is found from
its words (models/structure.yaml), the columns from where the header's cells sit, and the rows
below are cut into cells by those columns. Columns are remembered for the recording
(`TableMemory`): after the header scrolls out of view, a row whose cells still line up with
the remembered columns keeps its types. Spreadsheets, HTML tables, CRM grids and terminal
tables (`Get-Service`, `column -t`) all come down to words on lines with gaps between cells.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.core.types import Box
from pipeline.detection.structure.vocabulary import EDGE_PUNCTUATION, Vocabulary, phrase_key
from pipeline.detection.text import LayoutText, SpanFinding, WordRef

RECOGNIZER = "structure/table"
SCORE = 0.85
CELL_GAP_LINE_HEIGHTS = 0.9  # a gap this wide (in line heights) between words separates cells
ROW_GAP_LINE_HEIGHTS = 3.5  # a table ends where the next line is further below than this
MAX_TABLES = 8  # remembered per recording; the oldest is forgotten first
# header cells that make a table's header beside another panel's text on the same row (two,
# "Contact | Size" in a checkout's summary line, are too few to tell a header from a phrase)
PANEL_HEADERS = 3
_EMPTY_CELLS = frozenset({"-", "--", "—", "n/a", "na", "none", "null", "unknown", "?"})
# Placeholder cells and cells shaped like no value of their column's type are left alone: a
# "Name" cell reading "—" is not a person, a "Date of birth" cell without a digit is no date.
_NEEDS_DIGIT = frozenset(
    {
        "DATE_OF_BIRTH",
        "UK_NINO",
        "US_SSN",
        "NATIONAL_ID",
        "ACCOUNT_NUMBER",
        "SORT_CODE",
        "IBAN_CODE",
        "CREDIT_CARD",
        "PHONE_NUMBER",
        "IP_ADDRESS",
    }
)
_NEEDS_LETTER = frozenset({"PERSON", "LOCATION", "USERNAME"})


@dataclass(frozen=True, slots=True)
class Row:
    """The words at one height of the screen, left to right. Layout lines break at wide gaps
    (two windows side by side); a table's cells are often that far apart, so rows are built
    again from the lines that share a band."""

    words: tuple[WordRef, ...]
    box: Box

    @property
    def height(self) -> int:
        return max(min(w.box.h for w in self.words), 1)


def visual_rows(lt: LayoutText) -> list[Row]:
    rows: list[list[WordRef]] = []
    bands: list[tuple[int, int]] = []
    for line in sorted(lt.lines, key=lambda ln: ln.box.y + ln.box.h / 2):
        y1, y2 = line.box.y, line.box.y2
        for i in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            b1, b2 = bands[i]
            if min(y2, b2) - max(y1, b1) >= 0.5 * min(y2 - y1, b2 - b1):
                rows[i].extend(line.words)
                bands[i] = (min(b1, y1), max(b2, y2))
                break
        else:
            rows.append(list(line.words))
            bands.append((y1, y2))
    out = []
    for words in rows:
        words.sort(key=lambda w: w.box.x)
        box = Box.union_all(w.box for w in words)
        assert box is not None
        out.append(Row(tuple(words), box))
    return out


@dataclass(frozen=True, slots=True)
class Column:
    left: float  # the column owns x in [left, right): boundaries halfway between header cells
    right: float
    start: float  # x where its header cell starts (cells are mostly left-aligned under it)
    entity: str | None  # None: a column that holds nothing personal


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    x1: float
    x2: float

    @property
    def typed(self) -> bool:
        return any(c.entity for c in self.columns)

    def column_at(self, x: float) -> Column | None:
        for column in self.columns:
            if column.left <= x < column.right:
                return column
        return None

    def overlaps(self, other: Table) -> bool:
        return self.x1 < other.x2 and other.x1 < self.x2


@dataclass
class TableMemory:
    """Tables seen in this recording, newest last (in memory only, like the value memory)."""

    tables: list[Table] = field(default_factory=list)
    revision: int = 0  # counts what was learnt

    def remember(self, table: Table) -> None:
        """Keep `table`; a table with the same columns at the same place replaces an older one."""
        if table in self.tables:
            return
        self.tables = [t for t in self.tables if not (t.overlaps(table) and _same_columns(t, table))]
        self.tables.append(table)
        del self.tables[:-MAX_TABLES]
        self.revision += 1


@dataclass(frozen=True, slots=True)
class TablesFound:
    """The tables of one layout text: typed cells, and the character ranges of the words of
    their header rows and of their body rows (whose columns say what each cell holds)."""

    findings: list[SpanFinding]
    header_cells: list[tuple[int, int]]
    body_cells: list[tuple[int, int]]


class TableFinder:
    def __init__(self, vocabulary: Vocabulary, entities: Iterable[str]):
        self.vocabulary = vocabulary
        self.entities = frozenset(entities)

    def find(self, lt: LayoutText, memory: TableMemory | None) -> TablesFound:
        """Typed cells of the tables in `lt` (under headers found here, and in rows that line up
        with tables remembered from earlier screens of the recording), with the character
        ranges of their header and body words."""
        rows = visual_rows(lt)
        findings: list[SpanFinding] = []
        header_cells: list[tuple[int, int]] = []
        body_cells: list[tuple[int, int]] = []
        claimed: set[int] = set()  # rows already read as a header or a table row
        headers_here: list[tuple[int, Table]] = []  # (row index, table) of the headers shown
        for index, row in enumerate(rows):
            if index in claimed:
                continue
            table = self.header(lt, row.words)
            if table is None:
                continue
            claimed.add(index)
            headers_here.append((index, table))
            header_cells.extend((w.start, w.end) for w in row.words if table.x1 <= w.box.x < table.x2)
            if table.typed and memory is not None:
                memory.remember(table)
            for below in self._rows_below(lt, rows, index, table):
                claimed.add(below)
                findings.extend(self._cells(lt, rows[below].words, table))
                body_cells.extend((w.start, w.end) for w in rows[below].words if table.x1 <= w.box.x < table.x2)
        if memory is not None and memory.tables:
            for index, row in enumerate(rows):
                if index in claimed:
                    continue
                for table in reversed(memory.tables):
                    if any(i > index and table.overlaps(h) for i, h in headers_here):
                        continue  # above a header this screen shows: a title bar, a toolbar
                    inside = [w for w in row.words if table.x1 <= w.box.x and w.box.x2 <= table.x2]
                    if _lines_up(inside, table, row.height):
                        findings.extend(self._cells(lt, inside, table))
                        body_cells.extend((w.start, w.end) for w in inside)
                        break
        return TablesFound(findings, header_cells, body_cells)

    # ---------------------------------------------------------------------- header --

    def header(self, lt: LayoutText, words: tuple[WordRef, ...]) -> Table | None:
        """The table whose header row `words` are, or None. Each cell is one header or a run of
        headers (a terminal table's narrow gaps); most of the cells must be headers."""
        vocabulary = self.vocabulary
        height = max(min(w.box.h for w in words), 1) if words else 1
        parts: list[tuple[list[WordRef], str | None]] = []  # words, and their phrase if a header
        for cell in split_cells(words, height):
            split = self._as_headers(lt, cell)
            parts.extend(split if split is not None else [(cell, None)])
        headers = sum(key is not None for _, key in parts)
        if headers < vocabulary.header_share * len(parts) and headers >= PANEL_HEADERS:
            # a run of several header cells with other text around it: the table runs from its
            # first header cell to its last, and what lies beyond them on the same row is
            # another panel ("Name | Display name | Description | Status" beside a device tree)
            while parts[-1][1] is None:
                parts.pop()
            while parts[0][1] is None:
                parts.pop(0)
        if headers < 2 or headers < vocabulary.header_share * len(parts):
            return None
        kinds = [vocabulary.columns.get(key) if key else None for _, key in parts]
        specific = any(k is not None and not k.generic and k.entity in self.entities for k in kinds)
        columns: list[Column] = []
        for i, ((cell, _), kind) in enumerate(zip(parts, kinds)):
            x1, x2 = cell[0].box.x, cell[-1].box.x2
            prev_x2 = parts[i - 1][0][-1].box.x2 if i else None
            next_x1 = parts[i + 1][0][0].box.x if i + 1 < len(parts) else None
            left = (prev_x2 + x1) / 2 if prev_x2 is not None else x1 - height * 2
            right = (x2 + next_x1) / 2 if next_x1 is not None else x2 + height * 12
            entity = None
            if kind is not None and kind.entity in self.entities and (specific or not kind.generic):
                entity = kind.entity
            columns.append(Column(left, right, x1, entity))
        return Table(tuple(columns), columns[0].left, columns[-1].right)

    def _as_headers(self, lt: LayoutText, cell: list[WordRef]) -> list[tuple[list[WordRef], str | None]] | None:
        """`cell` cut into header phrases (longest first), or None if some word is no header."""
        texts = [lt.text[w.start : w.end] for w in cell]
        out: list[tuple[list[WordRef], str | None]] = []
        i = 0
        while i < len(cell):
            for n in range(min(self.vocabulary.longest, len(cell) - i), 0, -1):
                key = phrase_key(texts[i : i + n])
                if key and self.vocabulary.is_header(key):
                    out.append((cell[i : i + n], key))
                    i += n
                    break
            else:
                return None
        return out

    # ------------------------------------------------------------------------ rows --

    def _rows_below(self, lt: LayoutText, rows: list[Row], header: int, table: Table) -> list[int]:
        top = rows[header]
        found: list[int] = []
        last_y2 = top.box.y2
        for index in range(header + 1, len(rows)):
            row = rows[index]
            if row.box.y - last_y2 > ROW_GAP_LINE_HEIGHTS * top.height:
                break
            inside = tuple(w for w in row.words if table.x1 <= (w.box.x + w.box.x2) / 2 < table.x2)
            if not inside:
                continue  # beside the table: another window or panel
            if self.header(lt, inside) is not None:
                break  # the next table starts
            found.append(index)
            last_y2 = row.box.y2
        return found

    def _cells(self, lt: LayoutText, words: Iterable[WordRef], table: Table) -> list[SpanFinding]:
        """One finding per run of words in the same typed column (a run never crosses lines of
        the layout: a span's boxes are cut per line anyway)."""
        found: list[SpanFinding] = []
        run: list[WordRef] = []
        run_column: Column | None = None
        for word in (*words, None):
            column = table.column_at((word.box.x + word.box.x2) / 2) if word is not None else None
            if word is not None and column is run_column and run and run[-1].line == word.line:
                run.append(word)
                continue
            if run and run_column is not None and run_column.entity:
                finding = self._finding(lt, run, run_column.entity)
                if finding is not None:
                    found.append(finding)
            run, run_column = ([word], column) if word is not None else ([], None)
        return found

    def _finding(self, lt: LayoutText, words: list[WordRef], entity: str) -> SpanFinding | None:
        start, end = words[0].start, words[-1].end
        value = lt.text[start:end].strip(EDGE_PUNCTUATION)
        if not value or value.lower() in _EMPTY_CELLS or self.vocabulary.is_header(phrase_key(value.split())):
            return None
        if entity in _NEEDS_DIGIT and not any(ch.isdigit() for ch in value):
            return None
        if entity in _NEEDS_LETTER and not any(ch.isalpha() for ch in value):
            return None
        if not _cell_shape_ok(entity, value):
            return None
        return SpanFinding(start, end, entity, SCORE, RECOGNIZER)


def _cell_shape_ok(entity: str, value: str) -> bool:
    """Whether a cell could hold a value of its column's type at all. The rows under a header
    run on to whatever lines up below the grid (a status bar, a taskbar): a name has no number
    ("25 customers") and no run of lower-case words ("Type here to search"; particles such as
    "van der" are short); an e-mail address is one token unless its "@" is read."""
    tokens = value.split()
    if entity == "PERSON":
        lower_words = sum(t.isalpha() and t.islower() and len(t) >= 4 for t in tokens)
        return not any(t.isdigit() for t in tokens) and lower_words < 2
    if entity == "EMAIL_ADDRESS":
        return len(tokens) == 1 or "@" in value
    return True


def split_cells(words: Iterable[WordRef], height: int) -> list[list[WordRef]]:
    """`words` (left to right) in runs separated by gaps wider than a space inside a cell."""
    gap = CELL_GAP_LINE_HEIGHTS * height
    cells: list[list[WordRef]] = []
    for word in words:
        if cells and word.box.x - cells[-1][-1].box.x2 <= gap:
            cells[-1].append(word)
        else:
            cells.append([word])
    return cells


def _lines_up(words: list[WordRef], table: Table, height: int) -> bool:
    """Whether `words` are a row of `table`: two or more cells, each in its own column and
    none straddling a column boundary."""
    if not table.typed:
        return False
    cells = split_cells(words, height)
    if len(cells) < 2:
        return False
    seen: set[float] = set()
    for cell in cells:
        x1, x2 = cell[0].box.x, cell[-1].box.x2
        column = table.column_at((x1 + x2) / 2)
        if column is None or column.left in seen:
            return False
        if min(x2, column.right) - max(x1, column.left) < 0.7 * (x2 - x1):
            return False
        seen.add(column.left)
    return True


def _same_columns(a: Table, b: Table) -> bool:
    return [c.entity for c in a.columns] == [c.entity for c in b.columns]
