"""Tables printed as delimited text: a header line types the fields of the lines that share its
delimiter and field count.

A terminal that `cat`s a CSV, or shows a psql/mysql result, prints a table whose columns are cut
by a character (`,` `;` `|`), not by where the text sits: "4100,Robin Johnson,rj@mail.com,London"
is one OCR word or three, never four cells. So the header line ("customer_id,full_name,email,city")
is split at its delimiter, each field looked up as a header phrase, and every later line of the
recording that splits into as many fields at the same delimiter, starting where the header
started, has its fields typed by position: also after the header scrolled out of view
(`TableMemory.delimited`). Columns aligned by runs of spaces (`column -t`) are cut by x position
like any grid (tables.py).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pipeline.detection.recognizers.address import street_field
from pipeline.detection.recognizers.identifiers import _DATE, MIN_AGE, is_date
from pipeline.detection.structure.cells import RECOGNIZER, SCORE, cell_finding
from pipeline.detection.structure.vocabulary import Vocabulary, phrase_key
from pipeline.detection.structure.wrapped_rows import JoinedText, RowShapes, joined
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

DELIMITERS = (",", ";", "|", "\t")
PROMPT_ENDS = ("$", "#", ">")  # a prompt's last character: a shell's, psql's "=>" and "=#", mysql's
QUOTES = "\"'"
# a row's first character may sit this many character widths from the header's (psql right-
# aligns numbers and centres titles in the first column; a CSV starts every line at column 0)
START_SLACK_CHARS = 6.0
# a table of two fields ("name,email") is not remembered: once its header is gone, any line with
# one comma ("$ echo a,b", "Hello, world") would be read as its row
MEMORABLE_FIELDS = 3
# a row read with a delimiter too few or too many is typed by alignment only in tables of this
# many columns or more, next to the table's header or rows
MISREAD_MIN_COLUMNS = 4
# lines starting at one place, away from a remembered table's, each with its field count exactly,
# that show the table moved there (a split pane, a window dragged): `_moved`
MOVED_ROWS = 3
ROW_GAP = 1.5
# A row read with far too few fields is typed whole where its reading is short of its width:
# fewer characters than this share of those its line holds at the header's character width.
# Both engines may collapse a long row of a scaled-down terminal's small letters into a few
# words (an id, a name and 27 characters for seven fields of 80): no field can be aligned to a
# column, yet the ink of every cell is there. Fail closed: a row that shows its delimiter once
# at least is masked from its first personal column on (`_unread_row`).
SHORT_READ = 0.7
# A run of dots in a row's unquoted field: the commas of its empty fields read as dots
# (`_dots_for_delimiters`); no name, address, phone number or date writes two dots in a row
_DOTS = re.compile(r"\.{2,}")
# An editor's or a pager's line-number gutter before each line (vim's `:set nu`, `less -N`,
# `cat -n`): "  1 First Name,Last Name,...", "  2 <First>,<Last>,...". The number and its blank
# are no part of the first field
# (a glyph at the window's left edge may stand before the number: a cursor or a border read as
# "|", "}" or a letter in a scaled-down terminal)
_GUTTER = re.compile(r"\s*(?:\S )?\d{1,4}[ ]+(?=\S)")
# A header cut by the window's right edge (an editor's `nowrap`, `less -S`) ends within this many
# character widths of the widest line that starts where it starts
EDGE_SLACK_CHARS = 2.0
# the columns that make a table's rows a person's record: an old date there, where no column of
# the header types it, is the person's date of birth (`_shaped_fields`)
_PEOPLE_COLUMNS = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"})
# a town's name alone in a field: one to three capitalised words ("Carlisle", "Stoke-on-Trent")
# OCR's zero for the capital O that starts a word ("0xley"): the place it starts is still one
_ZERO_FOR_O = re.compile(r"^0(?=[a-z])")
_PLACE_FIELD = re.compile(r"[A-Z][a-z'’.]+(?:[ -](?:[A-Z][a-z'’.]+|on|upon|le|en|under))*")
_PLACE_WORDS = 3


@dataclass(frozen=True, slots=True)
class DelimitedTable:
    delimiter: str
    entities: tuple[str | None, ...]  # per field, None: nothing personal
    x: float  # where the header line starts
    char_w: float
    gutter: bool = False  # each line starts with its line number (`_GUTTER`)
    # the header was cut by the window's right edge (`_cut_header`): its columns are the first of
    # the rows' (the partial last one typed as nothing)
    cut: bool = False
    # the view is scrolled sideways (`_scrolled`): each line starts inside its record, in a field
    # of its own, so no row's fields stand under the header's by their order
    scrolled: bool = False
    # each field's header phrase ("" where none): a later view's header is found scrolled by them
    keys: tuple[str, ...] = field(default=(), compare=False)
    # the table of a second pane whose header stands right of this one's on the same row
    # (`_paned`): each terminal line holds a row of both, glued where the panes meet
    pane: DelimitedTable | None = None
    # the header wrapped at the window's edge without line numbers (`cat` in a terminal): its
    # rows wrap too, also once the header scrolled out of view (wrapped_rows.py)
    wrapped: bool = False


@dataclass(frozen=True, slots=True)
class DelimitedFound:
    findings: list[SpanFinding]
    tables: list[DelimitedTable]  # the tables whose header lines this text shows, to remember
    header_lines: list[int]  # indices into LayoutText.lines
    body_lines: list[int]
    # the header lines of the tables that some body line of this text is a row of: another
    # table's header whose rows OCR read without their delimiters is left to the grid pass
    headers_with_rows: list[int] = field(default_factory=list)


def split_fields(text: str, delimiter: str, unquoted: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """[start, end) of each field of `text` cut at `delimiter`, outside double or single quotes
    ("Smith, John" is one CSV field). A pipe table's outer pipes ("| id | name |") make no fields.
    A quote that never closes is no quote (`unquoted`: their offsets): OCR lost the closing one of
    a small terminal's '"Flat 2, 14 <Street>",<Town>', and the rest of the row was one field."""
    fields: list[tuple[int, int]] = []
    start, quote, opened = 0, "", 0
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in QUOTES and i not in unquoted and not text[start:i].strip():
            quote, opened = ch, i
        elif ch == delimiter:
            fields.append((start, i))
            start = i + 1
    if quote:
        return split_fields(text, delimiter, unquoted | {opened})
    fields.append((start, len(text)))
    if delimiter == "|":
        while fields and not text[fields[0][0] : fields[0][1]].strip():
            fields.pop(0)
        while fields and not text[fields[-1][0] : fields[-1][1]].strip():
            fields.pop()
    return fields


class DelimitedFinder:
    def __init__(self, vocabulary: Vocabulary, entities: frozenset[str]):
        self.vocabulary = vocabulary
        self.entities = entities

    def find(self, lt: LayoutText, remembered: Sequence[DelimitedTable]) -> DelimitedFound:
        """Typed fields of delimited tables: in lines below a header line of this text, and in
        lines that match a table remembered from earlier screens (those of this text first,
        newest first). Tables of three or more fields are worth remembering (`.tables`). Lines
        that an editor or a terminal wrapped at the window's edge are read joined (wrapped_rows.py)."""
        known = [(t.delimiter, len(t.entities)) for t in remembered if t.wrapped]
        view = joined(lt, DELIMITERS, _GUTTER, RowShapes(self._header_shape, _field_count, known))
        if view is None:
            return self._find(lt, remembered)
        found = self._find(view, remembered, wrapped=True)
        return DelimitedFound(
            [piece for f in found.findings for piece in view.original(f)],
            found.tables,
            view.lines_of(found.header_lines),
            view.lines_of(found.body_lines),
            view.lines_of(found.headers_with_rows),
        )

    def _find(self, lt: LayoutText, remembered: Sequence[DelimitedTable], wrapped: bool = False) -> DelimitedFound:
        """`find` over `lt`; `wrapped`: its lines wrap at the window's edge, so none is cut there."""
        findings: list[SpanFinding] = []
        headers: list[int] = []
        body: list[int] = []
        here: dict[DelimitedTable, float] = {}  # a table whose header this text shows: its y
        here_lines: dict[int, DelimitedTable] = {}
        for index, line in enumerate(lt.lines):
            table = self.header(lt, line, wrapped)
            if table is not None and not table.scrolled and any(_scrolled_from(table, t) for t in remembered):
                table = replace(table, scrolled=True)
            if table is not None and isinstance(lt, JoinedText) and not table.gutter and len(lt.groups[index]) > 1:
                table = replace(table, wrapped=True)
            if table is not None and not _piece_of_row(lt, index, table.delimiter):
                headers.append(index)
                here_lines[index] = table
        here_lines = _paned(lt, here_lines)
        for index, table in here_lines.items():
            here.setdefault(table, lt.lines[index].box.y)
        elsewhere = [t for t in remembered if t not in here]
        # tried last: the tables at their own place first, then those moved
        tables = [*_moved(lt, elsewhere), *elsewhere, *here]
        rows: dict[int, DelimitedTable] = {index: table for index, table in here_lines.items()}
        misread: dict[int, tuple[DelimitedTable, list[tuple[int, int]]]] = {}
        for index, line in enumerate(lt.lines):
            if index in headers:
                continue
            text = lt.text[line.start : line.end]
            for table in reversed(tables):
                fields = _fields(text, table)
                if not _starts_with(line, table) or (table in here and line.box.y < here[table]):
                    continue  # above its header: the command that printed it, a title
                if self._names_columns(text, fields):
                    break  # its own header line, misread ("payee" read "Jayee"): no row of values
                halves = _pane_halves(lt, line, fields, table)
                if halves is not None:
                    body.append(index)
                    rows[index] = table
                    for half, of in halves:
                        findings.extend(self._aligned(lt, line, half, of))
                    break
                if _dots_for_delimiters(text, fields, table):
                    misread.setdefault(index, (table, fields))  # whatever its count: `_unread_row`
                    continue
                partial = False
                if (
                    table.cut
                    and len(fields) > len(table.entities)
                    and not _near_count(len(fields), len(table.entities))
                ):
                    # a row of a header cut at the window's edge: its first fields are the
                    # header's columns, the rest stand under the header's part off screen (a
                    # field or two more is left to the misread rows below: a whole header that
                    # happens to be the widest line, and a row that OCR read a comma too many in)
                    findings.extend(_shaped_fields(lt, line, fields[len(table.entities) :], table))
                    fields, partial = fields[: len(table.entities)], True
                if len(fields) != len(table.entities):
                    if (
                        _near_count(len(fields), len(table.entities))
                        or _short_read(line, fields, table)
                        or _unaligned_record(text, fields, table, wrapped)
                    ):
                        misread.setdefault(index, (table, fields))
                    continue
                if not partial:
                    body.append(index)  # a partly typed row is left to the other passes too (its towns)
                rows[index] = table
                refused: list[list[tuple[int, int]]] = [[]]  # runs of fields that no column typed
                for (a, b), entity in zip(fields, table.entities):
                    found = None
                    if entity is not None:
                        found = cell_finding(
                            lt, line.start + a, line.start + b, entity, self.vocabulary, delimited=True
                        )
                        findings.extend(_trimmed(lt, found) if found is not None else ())
                    if found is None and partial:
                        refused[-1].append((a, b))
                    elif refused[-1]:
                        refused.append([])
                for run in refused:
                    # a row longer than its cut header because OCR lost commas of a run of empty
                    # fields (",,,,," read ",,,"): its fields stand left of their columns, and one
                    # that the column over it refuses is read alone as the fields past the header are
                    findings.extend(_shaped_fields(lt, line, run, table))
                break
        # Rows that OCR read with a delimiter too few or too many (a comma of a scaled-down
        # terminal is a pixel or two: dropped, or a dot read as one): where such a line
        # follows on from its table's rows, each field is typed by every column it may stand
        # for, aligned from the left and from the right (fail closed: a name merged with its
        # e-mail is masked whole).
        grown = True
        while grown:
            grown = False
            for index, (table, fields) in sorted(misread.items()):
                numbered = wrapped and table.gutter and _GUTTER.match(lt.text[lt.lines[index].start :]) is not None
                if index in rows or not (numbered or _beside_rows(lt, index, table, rows)):
                    continue  # (a numbered line of a wrapped file is one of its records wherever it stands)
                grown = True
                rows[index] = table
                if not (table.cut and len(fields) > len(table.entities)):
                    body.append(index)  # a row longer than a cut header is left to the other passes too
                line = lt.lines[index]
                if _short_read(line, fields, table) or _unaligned_record(
                    lt.text[line.start : line.end], fields, table, wrapped
                ):
                    findings.extend(_unread_row(lt, line, fields, table))
                else:
                    if _dots_for_delimiters(lt.text[line.start : line.end], fields, table):
                        # masked whole, and its fields typed as a misread row's too: each value
                        # typed alone is remembered alone, and found again where the row is read
                        # right (an editor's `:set wrap` redraws it without the dots)
                        findings.extend(_unread_row(lt, line, fields, table))
                    aligned = self._aligned(lt, line, fields, table)
                    findings.extend(aligned)
                    if table.cut:
                        # a cut header's misread row: the runs of its fields among the header's
                        # columns that no column it may stand for typed are read alone too
                        findings.extend(_shaped_runs(lt, line, fields[: len(table.entities)], aligned, table))
                    if table.cut and len(fields) > len(table.entities):
                        # its fields past the header's columns, as a longer row's (a comma or
                        # two lost to OCR brings a row past a cut header within the slack)
                        findings.extend(_shaped_fields(lt, line, fields[len(table.entities) :], table))
        findings.extend(self._scrolled_rows(lt, tables, here, headers, findings))
        memorable = [t for t in here if len(t.entities) >= MEMORABLE_FIELDS]
        with_rows = {rows[i] for i in body}
        return DelimitedFound(
            findings, memorable, headers, sorted(body), [i for i in headers if here_lines[i] in with_rows]
        )

    def _scrolled_rows(
        self,
        lt: LayoutText,
        tables: list[DelimitedTable],
        here: dict[DelimitedTable, float],
        headers: list[int],
        found: list[SpanFinding],
    ) -> list[SpanFinding]:
        """The fields of the lines of a view scrolled sideways (`DelimitedTable.scrolled`) that
        nothing typed yet, typed by what they are alone (`_shaped_fields`): no header's column
        stands over them. A line must show the table's delimiter; the lines are not claimed, so
        the other passes read them too. Cost: a date and a street match per untyped field, only
        where such a table is on screen or remembered."""
        scrolled = [t for t in reversed(tables) if t.scrolled]
        if not scrolled:
            return []
        covered = [(f.start, f.end) for f in found]
        shaped: list[SpanFinding] = []
        for index, line in enumerate(lt.lines):
            if index in headers:
                continue
            text = lt.text[line.start : line.end]
            table = next(
                (
                    t
                    for t in scrolled
                    if t.delimiter in text and _starts_with(line, t) and not (t in here and line.box.y < here[t])
                ),
                None,
            )
            if table is None:
                continue
            fields = [
                (a, b)
                for a, b in _fields(text, table)
                if not any(start < line.start + b and line.start + a < end for start, end in covered)
            ]
            shaped.extend(_shaped_fields(lt, line, fields, table))
        return shaped

    def _aligned(
        self, lt: LayoutText, line: LineRef, fields: list[tuple[int, int]], table: DelimitedTable
    ) -> list[SpanFinding]:
        """The typed fields of a row read with `len(fields)` fields of a table that has another
        number: field i stands for columns i (aligned left) to i + the difference (aligned
        right); it is typed by the first of them whose type its text fits. With as many fields
        as columns (a pane's half of a line, `_pane_halves`), each is its own column's."""
        n, m = len(table.entities), len(fields)
        found: list[SpanFinding] = []
        for i, (a, b) in enumerate(fields):
            first, last = (i, i + n - m) if m < n else (max(0, i - (m - n)), min(n - 1, i))
            for entity in table.entities[first : last + 1]:
                if entity is None:
                    continue
                cell = cell_finding(lt, line.start + a, line.start + b, entity, self.vocabulary, delimited=m == n)
                if cell is not None:
                    found.extend(_trimmed(lt, cell))
                    break
        return found

    def _names_columns(self, text: str, fields: list[tuple[int, int]]) -> bool:
        """Whether half the fields of a line, two or more, are header phrases: a header line that
        OCR misread too much to be found as one, not a row of values."""
        keys = [phrase_key(text[a:b].split()) for a, b in fields]
        named = sum(bool(key) and self.vocabulary.is_header(key) for key in keys)
        return named >= 2 and 2 * named >= len(fields)

    def header(self, lt: LayoutText, line: LineRef, wrapped: bool = False) -> DelimitedTable | None:
        """The table whose header `line` is: two or more fields at one delimiter, most of them
        header phrases, one of them a personal column. A command typed at a prompt is none
        (`_typed_at_prompt`). A header after a line number (`_GUTTER`) is one whose rows have
        theirs; a header cut by the window's right edge (`_cut_header`) types the rows' first
        fields."""
        text = lt.text[line.start : line.end]
        if _typed_at_prompt(text):
            return None
        x, char_w = float(line.box.x), line.box.w / max(line.end - line.start, 1)
        table = self._header(text, True, x, char_w) if _GUTTER.match(text) else None
        if table is None:
            table = self._header(text, False, x, char_w)
        if table is not None and not wrapped and _cut_header(lt, line, table):
            # its last field may be a part of a header phrase ("Co"): nothing personal
            fields = _fields(text, table)
            last = text[fields[-1][0] : fields[-1][1]].split()
            entities = table.entities if self.vocabulary.is_header(phrase_key(last)) else (*table.entities[:-1], None)
            table = replace(table, entities=entities, cut=True)
        return table

    def _header_shape(self, text: str) -> tuple[str, int] | None:
        """The delimiter and field count of `text` where it is a header line of a table with
        something personal, of four columns or more (fewer: a sentence with commas)."""
        if _typed_at_prompt(text) or _GUTTER.match(text):
            return None
        table = self._header(text, False, 0.0, 0.0)
        if table is None or len(table.entities) < MISREAD_MIN_COLUMNS:
            return None
        return table.delimiter, len(table.entities)

    def _header(self, text: str, gutter: bool, x: float, char_w: float) -> DelimitedTable | None:
        for delimiter in DELIMITERS:
            if delimiter not in text:
                continue
            fields = _fields(text, DelimitedTable(delimiter, (), 0.0, 0.0, gutter))
            keys = [part for a, b in fields for part in self._header_keys(text[a:b].split())]
            known = [key if key and self.vocabulary.is_header(key) else None for key in keys]
            headers = sum(key is not None for key in known)
            if len(keys) < 2 or headers < 2 or headers < self.vocabulary.header_share * len(keys):
                continue
            # a header by its other fields: a field misread by a letter still names its column
            # ("full_nane" at 66 %: the names under it were never typed, and stayed readable)
            known = [
                k if k is not None or not key else self.vocabulary.misread_column(key) for key, k in zip(keys, known)
            ]
            entities = self.vocabulary.column_entities(known, self.entities)
            if not any(entities):
                return None  # a header of a table with nothing personal ("pid,command,cpu")
            named = tuple(key if key and self.vocabulary.is_header(key) else "" for key in keys)
            first = text[fields[0][0] : fields[0][1]].strip()
            # "fjirst Name" is a title misread, its first letter kept; "l Address" a piece of one
            misread = self.vocabulary.misread_column(keys[0]) if keys[0] else None
            scrolled = (
                not named[0]
                and _piece_of_a_title(first, text, fields)
                and (misread is None or misread[:1] != keys[0][:1])
            )
            return DelimitedTable(delimiter, tuple(entities), x, char_w, gutter, scrolled=scrolled, keys=named)
        return None

    def _header_keys(self, words: list[str]) -> list[str]:
        """The lookup key of a header field; the keys of two header phrases or more when OCR
        lost the delimiter between them ("phone city" for "phone,city": a pixel-wide comma of a
        scaled-down terminal), and the rows' delimiters still cut them."""
        key = phrase_key(words)
        if len(words) < 2 or self.vocabulary.is_header(key):
            return [key]
        parts: list[str] = []
        start = 0
        while start < len(words):
            for end in range(min(len(words), start + self.vocabulary.longest), start, -1):
                part = phrase_key(words[start:end])
                if self.vocabulary.is_header(part):
                    parts.append(part)
                    start = end
                    break
            else:
                return [key]
        return parts


def _fields(text: str, table: DelimitedTable) -> list[tuple[int, int]]:
    """`split_fields` of a line of `table`, after its line number where the table has a gutter."""
    skip = 0
    if table.gutter:
        m = _GUTTER.match(text)
        skip = m.end() if m else 0
    return [(a + skip, b + skip) for a, b in split_fields(text[skip:], table.delimiter)]


def _field_count(text: str, delimiter: str) -> int:
    return len(split_fields(text, delimiter))


def _cut_header(lt: LayoutText, line: LineRef, table: DelimitedTable) -> bool:
    """Whether header `line` may be cut by the window's right edge: it ends where the widest line
    that starts where it starts ends (a row reaching past it shows the header is whole)."""
    if len(table.entities) < MISREAD_MIN_COLUMNS:
        return False  # "name,email": a line of prose with commas below would be read as its row
    slack = EDGE_SLACK_CHARS * table.char_w
    ends = [other.box.x2 for other in lt.lines if other.end > other.start and _starts_with(other, table)]
    return len(ends) > 1 and line.box.x2 >= max(ends) - slack


def _shaped_fields(
    lt: LayoutText, line: LineRef, fields: list[tuple[int, int]], table: DelimitedTable
) -> list[SpanFinding]:
    """The fields of a row of people that no column of the header types (past a header cut at
    the window's edge, or in a view scrolled sideways), typed by their shape (`field_shapes`).
    A table of people is one whose header names a person's, an e-mail's, a phone's or a
    birthday's column."""
    if not _PEOPLE_COLUMNS.intersection(table.entities):
        return []
    values = [lt.text[line.start + a : line.start + b] for a, b in fields]
    return [
        piece
        for (a, b), entity in zip(fields, field_shapes(values))
        if entity is not None
        for piece in _trimmed(lt, SpanFinding(line.start + a, line.start + b, entity, SCORE, RECOGNIZER))
    ]


def field_shapes(values: Sequence[str]) -> list[str | None]:
    """The type of each field of a person's record that it has alone, by its shape: a calendar
    date at least MIN_AGE years back (DATE_OF_BIRTH: "Birthday" of an address book's export, far
    right of its header; a date that old in a person's record is no record's change or visit), a
    street line (ADDRESS: its "Home Street", between commas where no street line of running text
    is looked for), and the field right after such a street that is a place's capitalised words
    alone (LOCATION: the "Home City" after the "Home Street", "<n> <Name> Drive,<Town>", glued
    to the comma where the town passes look for a space); None for any other."""
    oldest = datetime.date.today().year - MIN_AGE
    types: list[str | None] = []
    street_before = False
    for raw in values:
        value = raw.strip(" " + QUOTES)
        entity = None
        m = _DATE.fullmatch(value)
        if m is not None and is_date(m):
            year = next(y for y in (m.group("y"), m.group("iy"), m.group("dy"), m.group("my")) if y)
            entity = "DATE_OF_BIRTH" if len(year) == 4 and int(year) <= oldest else None
        elif value[:1].isalnum() and street_field(value):
            entity = "ADDRESS"
        elif (
            street_before and _PLACE_FIELD.fullmatch(_ZERO_FOR_O.sub("O", value)) and len(value.split()) <= _PLACE_WORDS
        ):
            entity = "LOCATION"
        street_before = entity == "ADDRESS"
        types.append(entity)
    return types


def _shaped_runs(
    lt: LayoutText,
    line: LineRef,
    fields: list[tuple[int, int]],
    typed: list[SpanFinding],
    table: DelimitedTable,
) -> list[SpanFinding]:
    """`_shaped_fields` of each run of neighbouring `fields` that no finding of `typed` covers."""
    runs: list[list[tuple[int, int]]] = [[]]
    for a, b in fields:
        if any(f.start < line.start + b and line.start + a < f.end for f in typed):
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((a, b))
    return [found for run in runs if run for found in _shaped_fields(lt, line, run, table)]


def _piece_of_a_title(first: str, text: str, fields: list[tuple[int, int]]) -> bool:
    """Whether a header's first field, no header phrase, is the tail of a column's title cut by
    the window's left edge ("ess" of "E-mail Address", "y" of "Company"): it starts in lower case
    where the header's other titles start in capitals."""
    if not first[:1].islower():
        return False
    titles = [text[a:b].strip()[:1] for a, b in fields[1:]]
    titles = [t for t in titles if t.isalpha()]
    return len(titles) >= 2 and 2 * sum(t.isupper() for t in titles) > len(titles)


def _scrolled_from(table: DelimitedTable, seen: DelimitedTable) -> bool:
    """Whether header `table` is header `seen` scrolled further right: the first two titles that
    `table` names side by side stand further right in `seen` ("Phone,Company,Job Title,..." after
    "...,Mobile Phone,Home Phone,Business Phone,Company,Job Title,...")."""
    if table.delimiter != seen.delimiter or not seen.keys:
        return False
    keys = table.keys
    pair = next((i for i in range(len(keys) - 1) if keys[i] and keys[i + 1]), None)
    if pair is None:
        return False
    later = seen.keys[pair + 1 :]
    return any(later[j] == keys[pair] and later[j + 1] == keys[pair + 1] for j in range(len(later) - 1))


def _typed_at_prompt(text: str) -> bool:
    """Whether `text` is a command typed at a shell's or a database client's prompt ("user@host:~$
    psql crm -c 'select id,full_name,mobile,dob", "crm=> select id,full_name,..."): a select
    list, as it is typed, reads like a comma-delimited header, and `getent passwd`'s lines on the
    same screen ('<First> <Last>,Room n.nn,<mobile>,') have as many fields: they were read as its
    rows, typed a room number as a name and a home directory as a date of birth."""
    first = text.split(maxsplit=1)
    return len(first) == 2 and len(first[0]) >= 2 and first[0].endswith(PROMPT_ENDS)


def _piece_of_row(lt: LayoutText, index: int, delimiter: str) -> bool:
    """Whether line `index`, read as a delimited header, is a piece of a wider row that OCR cut
    into several lines: another line stands on the same visual row beside it, and the header's
    end that faces it is the delimiter ("| id | full_name |", "email", "| mobile | dob |": a
    box's header row, its titles centred in wide cells). Each piece has fewer fields than the
    table's rows, and a row that lost a rule to OCR has as many as one piece: read as its row,
    its lines were claimed and the grid pass, which reads the pieces as one row, found no
    header (sqlite_box: the box's dates of birth). The grid pass types such a table."""
    line = lt.lines[index]
    text = lt.text[line.start : line.end].strip()
    for other in lt.lines:
        if other is line or other.end <= other.start:
            continue
        middle = other.box.y + other.box.h / 2
        if not (line.box.y <= middle <= line.box.y2 and other.box.y <= line.box.y + line.box.h / 2 <= other.box.y2):
            continue  # not on this line's visual row
        if other.box.x >= line.box.x2 and text.endswith(delimiter):
            return True
        if other.box.x2 <= line.box.x and text.startswith(delimiter):
            return True
    return False


def _short_read(line: LineRef, fields: list[tuple[int, int]], table: DelimitedTable) -> bool:
    """Whether `line`, a possible row of `table` of four columns or more cut into two `fields`
    or more, was read with fewer characters than SHORT_READ of those its width holds at the
    header's character width."""
    if len(table.entities) < MISREAD_MIN_COLUMNS or len(fields) < 2 or table.char_w <= 0:
        return False
    return line.end - line.start < SHORT_READ * line.box.w / table.char_w


def _unaligned_record(text: str, fields: list[tuple[int, int]], table: DelimitedTable, wrapped: bool) -> bool:
    """Whether `text`, a numbered line of a table of four columns or more whose rows an editor
    wrapped (each line after the header is a record of the file), was read with a field count
    too far off to align: a scaled-down row that OCR read with commas lost and values glued
    (eight fields of twenty). It is masked as a row read too short is (`_unread_row`)."""
    if not (wrapped and table.gutter) or len(table.entities) < MISREAD_MIN_COLUMNS or len(fields) < 2:
        return False
    return _GUTTER.match(text) is not None and not _near_count(len(fields), len(table.entities))


def _dots_for_delimiters(text: str, fields: list[tuple[int, int]], table: DelimitedTable) -> bool:
    """Whether a possible row of a comma table of four columns or more shows a run of dots
    (`_DOTS`) outside its quoted fields: the commas of a run of empty fields that OCR read as
    dots (",,,," read "..." in a scaled-down terminal, where a comma is a dot with a pixel of
    tail). Others of the run are lost with them, so no field stands under its column by its
    order, also where the count happens to match: it is masked as a row read too short is."""
    if table.delimiter != "," or len(table.entities) < MISREAD_MIN_COLUMNS or len(fields) < 2:
        return False
    unquoted = (text[a:b] for a, b in fields if not text[a:b].lstrip().startswith(tuple(QUOTES)))
    return any(_DOTS.search(field) is not None for field in unquoted)


def _unread_row(
    lt: LayoutText, line: LineRef, fields: list[tuple[int, int]], table: DelimitedTable
) -> list[SpanFinding]:
    """A row read too short to align (`_short_read`): one finding from its first field (its
    second where the first column is nothing personal) to the line's end, typed as the first
    personal column after the first (the columns its lost letters stood for), else the first."""
    rest = [entity for entity in table.entities[1:] if entity is not None]
    entity = rest[0] if rest else table.entities[0]
    if entity is None:
        return []
    a = fields[0][0] if table.entities[0] is not None else fields[1][0]
    return _trimmed(lt, SpanFinding(line.start + a, line.end, entity, SCORE, RECOGNIZER))


def _paned(lt: LayoutText, headers: dict[int, DelimitedTable]) -> dict[int, DelimitedTable]:
    """`headers` (line index -> table) with each table whose header has another table's header
    right of it on the same visual row, at the same delimiter, given that table as its `pane`:
    two files side by side in one terminal (`diff -y`, `sdiff`, vimdiff's or tmux's two panes),
    each line of the screen a row of both. Rightmost first, so that a third pane chains on."""
    paned = dict(headers)
    for index in sorted(headers, key=lambda i: -lt.lines[i].box.x):
        line, table = lt.lines[index], headers[index]
        beside = [
            i
            for i, other in headers.items()
            if other.delimiter == table.delimiter and lt.lines[i].box.x >= line.box.x2 and _same_row(line, lt.lines[i])
        ]
        if beside:
            nearest = min(beside, key=lambda i: lt.lines[i].box.x)
            paned[index] = replace(table, pane=paned[nearest])
    return paned


def _same_row(line: LineRef, other: LineRef) -> bool:
    """Whether the middle of each line lies within the other's height."""
    return (
        line.box.y <= other.box.y + other.box.h / 2 <= line.box.y2
        and other.box.y <= line.box.y + line.box.h / 2 <= other.box.y2
    )


def _pane_halves(
    lt: LayoutText, line: LineRef, fields: list[tuple[int, int]], table: DelimitedTable
) -> list[tuple[list[tuple[int, int]], DelimitedTable]] | None:
    """A line of a table with a `pane` that reaches into the pane, cut into the row of each:
    the fields up to the one where the pane's header starts, and that field on. The panes
    meet without a delimiter ("<plan>   <id>", "<plan> | <id>", a glued "<plan><id>" where OCR
    lost the gutter's blanks), so that field holds the end of the left row and the start of
    the right one, and is in both. Each half has its pane's field count, or fewer where the
    left row was cut at its pane's width. None for a line that stays left of the pane."""
    pane = table.pane
    if pane is None or line.box.x2 <= pane.x + pane.char_w:
        return None
    text = lt.text[line.start : line.end]
    for k, (a, b) in enumerate(fields):
        end = line.start + a + len(text[a:b].rstrip())  # after the field's last character
        last = lt.words_in(end - 1, end)
        if last and last[-1].x_at(end) > pane.x:
            return [(fields[: k + 1], table), (fields[k:], pane)]
    return None


def _moved(lt: LayoutText, tables: Sequence[DelimitedTable]) -> list[DelimitedTable]:
    """Copies of remembered `tables` where this text shows their rows at another place: MOVED_ROWS
    lines or more that start within a few characters of one x, away from the table's own, each
    with the table's field count exactly. vim's `:vsplit` put a CSV remembered from its full
    window into the right pane: no line started where the header had, the pane's rows were typed
    by nothing, and a record first shown there, its name misread with a dot for a comma, kept
    its postcode and date of birth readable. Rows of other text with as many commas seldom come
    three to a column. Cost: a field split per line and remembered table."""
    moved: list[DelimitedTable] = []
    for table in tables:
        slack = START_SLACK_CHARS * table.char_w
        starts = [
            line.box.x
            for line in lt.lines
            if not _starts_with(line, table)
            and len(_fields(lt.text[line.start : line.end], table)) == len(table.entities)
        ]
        if len(starts) < MOVED_ROWS:
            continue
        x = max(starts, key=lambda a: sum(abs(b - a) <= slack for b in starts))
        if sum(abs(b - x) <= slack for b in starts) >= MOVED_ROWS and all(abs(m.x - x) > slack for m in moved):
            moved.append(replace(table, x=x))
    return moved


def _starts_with(line: LineRef, table: DelimitedTable) -> bool:
    return abs(line.box.x - table.x) <= START_SLACK_CHARS * table.char_w


def _near_count(fields: int, columns: int) -> bool:
    """Whether a line of `fields` fields may be a row of `columns` columns misread: a delimiter
    or two off in a table of four columns or more (fewer: a sentence with a comma)."""
    return columns >= MISREAD_MIN_COLUMNS and fields >= 3 and abs(fields - columns) <= max(1, columns // 3)


def _beside_rows(lt: LayoutText, index: int, table: DelimitedTable, rows: dict[int, DelimitedTable]) -> bool:
    """Whether line `index` is the next line above or below a header or row of `table` (within
    one and a half line heights), with no other line between."""
    line = lt.lines[index]
    for other_index, other_table in rows.items():
        if other_table != table:
            continue
        other = lt.lines[other_index]
        gap = max(line.box.y, other.box.y) - min(line.box.y2, other.box.y2)
        if gap > ROW_GAP * max(line.height, other.height):
            continue
        top, bottom = sorted((line.box, other.box), key=lambda b: b.y)
        between = any(
            k not in (index, other_index)
            and top.y2 <= lt.lines[k].box.y + lt.lines[k].box.h / 2 <= bottom.y
            and _starts_with(lt.lines[k], table)
            for k in range(len(lt.lines))
        )
        if not between:
            return True
    return False


def _trimmed(lt: LayoutText, finding: SpanFinding) -> list[SpanFinding]:
    """`finding` without the blanks and quotes around the field (OCR reads ", " after a comma)."""
    text = lt.text[finding.start : finding.end]
    start = finding.start + len(text) - len(text.lstrip(" " + QUOTES))
    end = finding.end - (len(text) - len(text.rstrip(" " + QUOTES)))
    if end <= start:
        return []
    return [SpanFinding(start, end, finding.entity_type, finding.score, finding.recognizer)]
