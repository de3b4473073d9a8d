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

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from pipeline.core.types import Box
from pipeline.detection.names import NameLexicon
from pipeline.detection.structure.cells import NEEDS_DIGIT, cell_finding, cell_shape_ok, is_amount
from pipeline.detection.structure.cells import RECOGNIZER as CELL_RECOGNIZER
from pipeline.detection.structure.cells import SCORE as CELL_SCORE
from pipeline.detection.structure.delimited import DelimitedTable
from pipeline.detection.structure.form_rows import back_at_caption, form_row
from pipeline.detection.structure.markup_tables import MarkupTable
from pipeline.detection.structure.vocabulary import EDGE_PUNCTUATION, Vocabulary, is_system_account, phrase_key
from pipeline.detection.text import LayoutText, SpanFinding, WordRef

CELL_GAP_LINE_HEIGHTS = 0.9  # a gap this wide (in line heights) between words separates cells
ROW_GAP_LINE_HEIGHTS = 3.5  # a table ends where the next line is further below than this
MAX_TABLES = 8  # remembered per recording; the oldest is forgotten first
_Kept = TypeVar("_Kept")
ROW_NUMBER_DIGITS = 4  # a sheet's gutter numbers its rows up to 9999 on screen
INDEX_DIGITS = 3  # a frame's index or a list's row number before a number column's value
# header cells that make a table's header beside another panel's text on the same row (two,
# "Contact | Size" in a checkout's summary line, are too few to tell a header from a phrase)
PANEL_HEADERS = 3
# captions each followed by a cell of other text, on one row, that make it a row of "Caption
# value" pairs (cards side by side) rather than a table's header with text around it
PAIRED_CAPTIONS = 3
# a "header" of this many columns or fewer over rows whose every column holds a caption and its
# value (this share of the rows, two at least) is card headings side by side, no table's header
CARD_COLUMNS = 3
CARD_ROW_SHARE = 0.6
# "Caption value" pairs on one row that make it cards side by side, no row of a table remembered
# above them (TableFinder._card_rows)
CARD_ROW_CAPTIONS = 2
# Header words a space apart (one cell) are columns as a terminal's single-spaced header ("UID
# PID PPID C STIME TTY TIME CMD"); two are a panel's heading ("Customer contact" over a chat's
# participant panel typed the panel and the thread beside it as names), unless they type two
# columns of different kinds beside other header cells (TableFinder._two_columns)
PHRASE_HEADERS = 2
# Neighbouring header cells join into one header phrase ("account no") only across a gap a
# terminal's spaced-out words leave: a wide grid's "Email" and "Address", two columns apart by
# the width of the e-mails under the first, are two headers, not one "email address" column
JOIN_GAP_LINE_HEIGHTS = 3.0
# A form's question heading its answers' column in a responses sheet ("What is your email
# address?", "Best number to reach you"): the words around the header it asks for (tables.py
# TableFinder._question_key)
_OPENING_WORDS = "what whats s is are your please enter give tell us the best a an can we have do you which type"
QUESTION_OPENERS = frozenset(_OPENING_WORDS.split())
QUESTION_HEADER = "?"  # the key of a header cell that is a question no header phrase is in
QUESTION_ENDINGS = (
    ("to", "reach", "you", "on"),
    ("to", "reach", "you"),
    ("to", "contact", "you", "on"),
    ("to", "contact", "you"),
    ("to", "call", "you", "on"),
    ("to", "call", "you"),
    ("please",),
    ("optional",),
    ("required",),
)
# a word read over several cells takes the type of a typed column that holds this share of it
STRADDLE_SHARE = 0.3
# A row's cells sit on one baseline: a word whose middle is further than this (in line heights)
# from the row's is text of another layer that the band of the row caught (the button of a
# window dragged over the grid, "Schedule follow-up", 5 px below the row's cells)
OFF_ROW_LINE_HEIGHTS = 0.35
# a word this many times taller than its row's letters is a cell with the mouse pointer on it
OVERLAID_HEIGHTS = 1.8
# letters this low (px) are a row's sliver at the grid's scrolled edge (a frozen header over it):
# their heights measure no pointer over a cell
OVERLAID_MIN_ROW_PX = 4
PROMPT_ENDS = ("=>", "=#", "->", "-#", ">", "$", "#")  # a prompt's last characters (psql, mysql, shells)
# cmd's prompt, a drive's path and '>', the command typed glued to it ("C:\Windows\system32>dir");
# PowerShell's is "PS" and that path ("PS C:\Users\<user>> dir")
_DRIVE_PROMPT = re.compile(r"[A-Za-z]:\\[^<>|]*>")
QUOTES = "\"'“”‘’"  # around a serialised object's key ('"UserName":', "'id':")
CUT_MARKERS = frozenset({">", "<", "»", "«", "›", "‹", "→", "←", "…"})  # a pager's mark of a cut line
# A value cut at a table's clipped edge, its spaces closed (`_typed_by_cells`): the start of an
# IBAN (country, check digits, then letters and digits), of an e-mail address (its "@" shown), of
# a phone number (digits and separators, seven digits at least) and of a date
_CUT_CELL_SHAPES = {
    "IBAN_CODE": re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{6,}"),
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w.-]*"),
    "PHONE_NUMBER": re.compile(r"\+?(?=(?:[()-]*\d){7})[\d()-]+"),
    "DATE_OF_BIRTH": re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{0,4}"),
}
CUT_CELLS = 2  # cells of that shape under a cut header, at least
CUT_SHARE = 0.6  # and this share of the column's cells
COLUMN_RULES = "|¦│┃║"  # characters of the vertical rules between a text table's columns
# what OCR reads a thin rule as in small or scaled-down text ("I", "l", "!"), with specks
_RULE_LOOKALIKES = frozenset(COLUMN_RULES + "Il!")
_RULE_SPECKS = "'’.,:;"
# a text table's rules as OCR reads them glued inside one word: a run of dashes or dots (a
# horizontal rule's remains), or a vertical rule, a corner, or their lookalikes ("-!", "..!")
_GLUED_RULES = re.compile(r"[.\-+=~]*[|!+¦│┃║][.\-+=~|!+¦│┃║]*|[.\-=~]{2,}")
# A column title's sort or filter button, as OCR reads its arrow or caret (a spreadsheet's filter
# buttons, a web grid's sort arrows): a word of its own beside the title, no header and no value
SORT_GLYPHS = frozenset("vV▾▼▿▴▲⌄˅↓↑⇅↕^")
# A value the plan masked, as the gate reads it in an output frame (labels.MASKED_VALUE, a full
# block: verify.with_masked_cells): a cell of its row, whatever it held
MASKED_CELL = "\u2588"
KEY_VALUE_CHIPS = 2  # "Key: value" pairs on a row that make it a toolbar or a form, no grid row
# A cell at the end of a header row whose letters are this much taller than the header cells'
# is no header's column but a heading or a record's title beside a strip of captions ("<First>
# <Last> | Date of birth | Member ID" over their values: the name in 18 px, the captions in 11 px)
TALLER_CELL_SHARE = 1.3
# a caption and its value, then two header cells at least: the least a row needs before a
# captioned value at its end is taken off as another panel's (_without_captioned_values)
CAPTIONED_VALUE_MIN_PARTS = 4
# a remembered table types a screen's rows only where at least this share of its rows of two
# cells or more line up with its columns (_shows_rows_of): else the screen shows another page
TABLE_ROW_SHARE = 0.5
SPECK_SHARE = 0.5  # a word less tall than this share of a row's median word is a speck (a dash)
# Two lines of one layer of text lie at least a word's height apart, middle to middle: a row this
# close (in its or its neighbour's word heights) to a neighbouring row is text of another layer
# over it, a window's title bar dragged over a grid between two of its rows (`_layered`)
LAYER_LINE_HEIGHTS = 1.0
# A run of this many words a space apart that goes on into the next column without starting
# where its cells start (this close to its header's start, in line heights) is a sentence over
# the grid (a dialog's), not cells read close together (`_sentence_across`)
SENTENCE_WORDS = 3
SAME_START_LINE_HEIGHTS = 0.5
# A cell that starts where cells of this many other rows start, or lies within theirs, is a cell
# of its own untyped column, not the rest of a long value run past the midpoint (`Table.continues`)
SHARED_CELL_ROWS = 2
# a grouped header's caption row ("Home address" over "Line 1 | Town | Postcode") lies this close
# above the column names, in line heights
CAPTION_GAP_LINE_HEIGHTS = 1.6
_MISREAD_KEYS = 1_000  # header cells whose misread column is remembered
# a remembered table's header seen this far (in line heights) left or right of where it stood is
# the table scrolled sideways (`TableFinder._scrolled_sideways`)
SIDEWAYS_LINE_HEIGHTS = 4.0
MAX_FORM_ROWS = 16  # form label rows remembered per recording
# a form row's labels are at the same place (after a vertical scroll) when each starts this close
SAME_PLACE_PX = 4
# Right-aligned columns (pandas and R data frames, `column -t -R`, numbers in a terminal table):
# a header word ends a column when this share of the rows below (ALIGNED_ROWS at least) has a
# cell ending within END_LINE_HEIGHTS of its right edge (`_column_ends`)
ALIGNED_ROW_SHARE = 0.6
ALIGNED_ROWS = 2
END_LINE_HEIGHTS = 0.35
# the wrapped half of a line too wide for its terminal follows it this many line heights below
WRAP_GAP_LINE_HEIGHTS = 0.6
# values of these types hold spaces, where a narrow column wraps them over two lines of one cell
# ("07700" over "900412"): `_wrapped_values`
WRAPPING_ENTITIES = frozenset({"PHONE_NUMBER", "ACCOUNT_NUMBER", "IBAN_CODE", "CREDIT_CARD", "UK_NINO"})
# and its two lines stand at most this many line heights apart (a dense sheet's rows, more)
WRAPPED_VALUE_GAP = 0.35
# or, where the row's other cells sit between the two lines (their middles apart from both
# parts' by a quarter of a line height at least), up to this many: a page's line spacing puts
# half a digit's height or more between two lines of one cell (the digits' boxes have no
# ascenders or descenders), and a terminal's or a sheet's rows are each on a baseline of their
# own, never between two lines of another cell
WRAPPED_ROW_GAP = 1.0
WRAPPED_BETWEEN_SHARE = 0.25
MAX_ROWS_UNDER = 20  # rows looked at under a row that may be a right-aligned header
# a data frame's dimensions under its table (pandas' HTML and text reprs): `_frame_shape`
_FRAME_SHAPE = re.compile(r"\d[\d,]*[ ]rows?[ ]?[×xX*][ ]?\d[\d,]*[ ]columns?", re.IGNORECASE)
# a row this many times further below the last than the first row below a header is after a blank
# line: another block of a wide data frame, or the next command's output (`_rows_under`)
BLANK_LINE_PITCHES = 1.6


@dataclass(frozen=True, slots=True)
class Row:
    """The words at one height of the screen, left to right. Layout lines break at wide gaps
    (two windows side by side); a table's cells are often that far apart, so rows are built
    again from the lines that share a band."""

    words: tuple[WordRef, ...]
    box: Box
    # the median word height (`height`), worked out once: the passes ask it ~150,000 times a
    # 2-minute session
    _height: int = field(init=False, repr=False, compare=False)
    # the middles of the column rules read in its band ("|" alone, or glued to a word's ends):
    # no text, but where one stands between two words a cell ends (`split_cells`)
    rules: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        heights = sorted(w.box.h for w in self.words)
        object.__setattr__(self, "_height", max(heights[len(heights) // 2], 1) if heights else 1)

    def on_baseline(self) -> Row:
        """The row without the words that do not sit on its line (see OFF_ROW_LINE_HEIGHTS)."""
        middles = sorted(w.box.y + w.box.h / 2 for w in self.words)
        middle = middles[len(middles) // 2]
        words = tuple(
            w for w in self.words if abs(w.box.y + w.box.h / 2 - middle) <= OFF_ROW_LINE_HEIGHTS * self.height
        )
        if len(words) == len(self.words):
            return self
        box = Box.union_all(w.box for w in words)
        assert box is not None  # the median word is always kept
        return Row(words, box, self.rules)

    def cells(self, words: Iterable[WordRef] | None = None) -> list[list[WordRef]]:
        """Its words (or `words` of it) cut into cells at wide gaps and at its column rules."""
        return split_cells(self.words if words is None else words, self.height, self.rules)

    @property
    def middle(self) -> float:
        """The median of its words' middles, the height of its baseline."""
        middles = sorted(w.box.y + w.box.h / 2 for w in self.words)
        return middles[len(middles) // 2]

    @property
    def height(self) -> int:
        """The median word height: a speck read as a word ("wv", 6 px) must not shrink the gap
        that separates cells."""
        return self._height


def _overlaid_cells(lt: LayoutText, row: Row, table: Table) -> list[SpanFinding]:
    """A typed column's cell that the mouse pointer (or a cursor, a tooltip's corner) rests on:
    OCR reads the arrow and the cell's text as one word, much taller than the row's letters and
    off its baseline, and no longer the value ("E?" for a pupil's number), so the row's cells
    leave it out and cell_finding would not take its shape. The column still says what the cell
    holds: fail closed and cover the word whole. Only words at least OVERLAID_HEIGHTS times the
    row's letters tall, inside the table and overlapping the row's band."""
    base = row.on_baseline()
    if len(base.words) == len(row.words):
        return []  # the common case: every word on the row's line
    if base.height < OVERLAID_MIN_ROW_PX:
        return []  # a row scrolled under a frozen header, a sliver of it left: nothing to compare
    on_line = {w.start for w in base.words}
    found: list[SpanFinding] = []
    for w in row.words:
        if w.start in on_line or w.box.h < OVERLAID_HEIGHTS * base.height:
            continue
        if not (table.x1 <= w.box.x and w.box.x2 <= table.x2) or not (w.box.y < base.box.y2 and base.box.y < w.box.y2):
            continue
        column = table.word_column(w)
        if column is None or not column.entity or not any(ch.isalnum() for ch in lt.text[w.start : w.end]):
            continue
        if column.entity in NEEDS_DIGIT and is_amount(lt.text[w.start : w.end]):
            continue  # the salary beside a number column read whole: an amount, no pointer's garble
        found.append(SpanFinding(w.start, w.end, column.entity, CELL_SCORE, CELL_RECOGNIZER))
    return found


_TALL_LINE_HEIGHTS = 2.5  # a line this many times the median line's height stands alone


def _cells_between(others: list[WordRef], top: list[WordRef], bottom: list[WordRef], height: int) -> bool:
    """Whether a word of the rows' other cells has its middle between the middles of a wrapped
    cell's two parts, a quarter of a line height at least from each: the row's cells sit
    between the lines of the cell that wraps (`_wrapped_values`)."""
    margin = WRAPPED_BETWEEN_SHARE * height
    upper = max(w.box.y + w.box.h / 2 for w in top) + margin
    lower = min(w.box.y + w.box.h / 2 for w in bottom) - margin
    return any(upper <= w.box.y + w.box.h / 2 <= lower for w in others)


def visual_rows(lt: LayoutText, skip: Collection[int] = ()) -> list[Row]:
    """The rows of `lt`, without its lines numbered in `skip` (read as delimited text). A word
    that is only a column rule ("|" between a terminal table's cells: psql, MySQL, box-drawn
    tables) is no text of a cell: it is left out, and the gap it leaves separates the cells.
    So is a word of a rule read as a letter, in small or scaled-down text: a psql header at 66 %
    read "id | fullname I'.' emai.Iphone' I postcode I date_of_birth I plan", and its "I"s, as
    many cells as its headers, made it no header row (`_rule_read_as_letters`)."""
    rows: list[list[WordRef]] = []
    rules_of: list[list[float]] = []
    bands: list[tuple[int, int]] = []
    kept = [ln for i, ln in enumerate(lt.lines) if i not in skip]
    heights = sorted(ln.box.h for ln in kept)
    tall = _TALL_LINE_HEIGHTS * heights[len(heights) // 2] if heights else 0
    lone: set[int] = set()  # rows of a tall line
    for line in sorted(kept, key=lambda ln: ln.box.y + ln.box.h / 2):
        # the middles of the line's rules read alone ("I" may be the pronoun: no rule); where
        # there are some, the line is a ruled table's row, and a rule glued to a word's end is one
        # of its rules too (elsewhere "|W16|" may be a day axis's tick)
        rules = [w.box.x + w.box.w / 2 for w in line.words if not lt.text[w.start : w.end].strip(COLUMN_RULES)]
        words = [
            _without_glued_rules(lt, w, rules) if rules else w
            for w in line.words
            if not _rule_read_as_letters(lt.text[w.start : w.end])
        ]
        # the band of the line's letters: a box-drawn table's rule read as a letter ("A" for "│"
        # at 75 %) spans the next row too, and the line's own box, stretched down by it, made
        # the next row's line overlap it: both rows were one (sqlite3's `.mode box`), the next
        # row's cells off its baseline, and none of them typed
        band = Box.union_all(w.box for w in words)
        y1, y2 = (band.y, band.y2) if band is not None else (line.box.y, line.box.y2)
        if line.box.h > tall:
            # a line far taller than the rest (an input box read with its border, a button)
            # bands no other line: beside a list it joined an item's two lines into one row,
            # and the row kept one of them (a call history's name beside a dialpad's field)
            lone.add(len(rows))
            rows.append(words)
            rules_of.append(rules)
            bands.append((y1, y2))
            continue
        for i in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            if i in lone:
                continue
            b1, b2 = bands[i]
            if min(y2, b2) - max(y1, b1) >= 0.5 * min(y2 - y1, b2 - b1):
                rows[i].extend(words)
                rules_of[i].extend(rules)
                bands[i] = (min(b1, y1), max(b2, y2))
                break
        else:
            rows.append(words)
            rules_of.append(rules)
            bands.append((y1, y2))
    out = []
    for words, rules in zip(rows, rules_of, strict=True):
        if not words:
            continue  # a line of column rules alone
        words.sort(key=lambda w: w.box.x)
        words = _without_repeats(lt, words)
        box = Box.union_all(w.box for w in words)
        assert box is not None
        out.append(Row(tuple(words), box, tuple(sorted(rules))))
    return out


def _without_glued_rules(lt: LayoutText, word: WordRef, rules: list[float]) -> WordRef:
    """`word` less the column rules OCR read glued to its ends ("|<date>|" where a box-drawn
    table's rules stood a space from the date: a thin glyph in small text), each rule's middle
    added to `rules`: the rule ends the cell before it whatever the gap, and the date's box with
    both its rules reached into both neighbouring columns. Rules inside a word stay (a day
    axis's "S27M28|T29W30" is one strip: its pieces would be as many cells)."""
    text = lt.text[word.start : word.end]
    a, b = 0, len(text)
    while a < b and text[a] in COLUMN_RULES:
        a += 1
    while b > a and text[b - 1] in COLUMN_RULES:
        b -= 1
    if (a, b) == (0, len(text)):
        return word
    rules.extend(
        (word.x_at(word.start + i) + word.x_at(word.start + i + 1)) / 2 for i in (*range(a), *range(b, len(text)))
    )
    return _piece(word, a, b)


def _without_repeats(lt: LayoutText, words: list[WordRef]) -> list[WordRef]:
    """A row's words (sorted by x) without a word OCR returned twice: the same text over the
    same place, from two reads of one line (a `column -t` header at 0.75 came back as "Name",
    "E-mail", "Mobile Mobile Company", "Town Postcode"). Two header cells at one x made no
    column of it, and the mobile numbers under it were typed by nothing."""
    out: list[WordRef] = []
    for w in words:
        last = out[-1] if out else None
        if (
            last is not None
            and lt.text[w.start : w.end] == lt.text[last.start : last.end]
            and min(w.box.x2, last.box.x2) - max(w.box.x, last.box.x) >= 0.5 * min(w.box.w, last.box.w)
        ):
            continue
        out.append(w)
    return out


@dataclass(frozen=True, slots=True)
class Column:
    left: float  # the column owns x in [left, right): boundaries halfway between header cells
    right: float
    start: float  # x where its header cell starts (cells are mostly left-aligned under it)
    entity: str | None  # None: a column that holds nothing personal
    logins: bool = False  # untyped, its cells that are logins alone are USERNAME (`_login_cell`)
    aligned: bool = False  # its cells end where its header cell ends (right-aligned)
    organisation: bool = False  # its header names an organisation ("Company"): NER's persons there are none
    key: str = field(default="", compare=False)  # its header's phrase: the table is found scrolled by it
    tails: bool = False  # its heading scrolled past the screen's left edge: its cells show their ends


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    x1: float
    x2: float
    # the types its last column may hold when that column's header is cut at the table's
    # clipped edge ("iba" of "iban"): the shape its cells share says which (`_typed_by_cells`)
    cut: frozenset[str] = frozenset()

    @property
    def typed(self) -> bool:
        return any(c.entity for c in self.columns)

    def column_at(self, x: float) -> Column | None:
        for column in self.columns:
            if column.left <= x < column.right:
                return column
        return None

    def reach(self, column: Column) -> float:
        """How far right a cell of `column` may run: to where the next column's header starts.
        The boundary halfway between two header cells cuts cells that fill their column: a
        long "Newcastle upon Tyne" under "City", a right-aligned "£71,500" under "Salary". A
        column known to be right-aligned ends at its own right edge."""
        if column.aligned:
            return column.right
        index = self.columns.index(column)
        following = self.columns[index + 1].start if index + 1 < len(self.columns) else column.right
        return max(following, column.right)

    def word_column(self, word: WordRef) -> Column | None:
        """The column of a word on its own: where its middle is, unless it also covers much of
        a typed column. OCR reads a row of cells redrawn under a selection as one word
        ("67,75037-70-7830602825GB68...": salary, sort code, account and IBAN run together)."""
        x1, x2 = word.box.x, word.box.x2
        column = self.column_at((x1 + x2) / 2)
        if column is not None and column.entity:
            return column
        for other in self.columns:
            if other.entity and min(x2, other.right) - max(x1, other.left) >= STRADDLE_SHARE * (x2 - x1):
                return other
        return column

    def continues(
        self, cell: list[WordRef], before: Column | None, height: int, spans: Collection[tuple[float, float]] = ()
    ) -> bool:
        """Whether `cell` is the rest of a cell of `before`, the column of the cell before it on
        the row: a long value of a left-aligned column runs past the midpoint to the next
        header ("Name" over "<SURNAME>-<SURNAME>, <FIRST>" in a green screen's subfile, where
        the next header starts far right), and OCR left a gap wider than a space after its
        comma or hyphen. Such a rest lies under the next column's territory but ends before
        where that column's cells start (its header's start), so it is none of them. Unless
        that column is untyped and cells of other rows start where it starts or hold it
        (`spans`, the cells of the table's rows, its own among them): its cells stand left of
        its header, as short left-aligned cells under a centred heading do (an HTML table's
        default: a "Plan" column's "Adult", "Senior" badges beside a phone, or part of a badge
        OCR read alone). Before a typed column it stays the rest of the value before it (fail
        closed: in a column the header row lost, such cells would join the typed column's run)."""
        if before is None or before.aligned or not before.entity:
            return False
        index = self.columns.index(before)
        if index + 1 >= len(self.columns):
            return False
        following = self.columns[index + 1]
        x1, x2 = cell[0].box.x, cell[-1].box.x2
        near = SAME_START_LINE_HEIGHTS * height
        shared = sum(abs(x1 - a) <= near or a - near <= x1 < x2 <= b + near for a, b in spans)
        return (
            following.left <= (x1 + x2) / 2 < following.right
            and x1 < following.start - near
            and x2 <= following.start
            and (following.entity is not None or shared <= SHARED_CELL_ROWS)
        )

    def word_columns(
        self, cell: list[WordRef], height: int, spans: Collection[tuple[float, float]]
    ) -> list[Column | None]:
        """The column of each word of `cell`, a run that fits no one column, placed one by one
        (`word_column`); a word that is the rest of the cell before it (`rest_of`) stays in
        that cell's column."""
        columns: list[Column | None] = []
        for word in cell:
            before = columns[-1] if columns else None
            rest = before is not None and self.rest_of(word, before, height, spans)
            columns.append(before if rest else self.word_column(word))
        return columns

    def rest_of(self, word: WordRef, column: Column, height: int, spans: Collection[tuple[float, float]]) -> bool:
        """Whether `word`, after a word of `column` in a run, is the rest of that cell: in a grid
        drawn with its cells left of their headings (a green screen's, two characters), it
        `continues` the column and ends before where the next column's cells start (`spans`:
        the cells of the table's rows). A town that fills its column, its last word past the
        midpoint to "Telephone" but short of the phones under it."""
        if not self.continues([word], column, height, spans):
            return False
        following = self.columns[self.columns.index(column) + 1]
        near = SAME_START_LINE_HEIGHTS * height
        return any(following.left <= x < following.start - near and word.box.x2 <= x for x, _ in spans)

    def cell_column(self, cell: list[WordRef]) -> Column | None:
        """The column that holds the whole of `cell` (words with a space's gap between them),
        or None when the cell reaches past its column (two cells read as one)."""
        x1, x2 = cell[0].box.x, cell[-1].box.x2
        column = self.column_at((x1 + x2) / 2)
        if column is None or x1 < column.left or x2 > self.reach(column):
            return None
        return column

    def overlaps(self, other: Table) -> bool:
        return self.x1 < other.x2 and other.x1 < self.x2


@dataclass(frozen=True, slots=True)
class FormRow:
    """A row of form labels over their input fields: each label's phrase and where it starts."""

    labels: tuple[tuple[str, int], ...]

    def within(self, other: FormRow) -> bool:
        """Whether each of these labels is one of `other`'s, at its place (OCR may miss one:
        "City | State | Z")."""
        return all(any(a == b and abs(x - y) <= SAME_PLACE_PX for b, y in other.labels) for a, x in self.labels)

    def under(self, table: Table) -> bool:
        """Whether `table`'s header was read from these labels: a column starts at each."""
        return all(any(abs(c.start - x) <= SAME_PLACE_PX for c in table.columns) for _, x in self.labels)


@dataclass
class TableMemory:
    """Tables seen in this recording, newest last (in memory only, like the value memory)."""

    tables: list[Table] = field(default_factory=list)
    delimited: list[DelimitedTable] = field(default_factory=list)  # CSV, psql: structure/delimited.py
    markup: list[MarkupTable] = field(default_factory=list)  # an HTML source's: structure/markup_tables.py
    forms: list[FormRow] = field(default_factory=list)  # label rows seen over their fields
    revision: int = 0  # counts what was learnt

    def remember_form(self, row: FormRow) -> None:
        """Keep a form row seen over its fields, and forget a table read from its labels on a
        frame that did not show the fields: its columns type nothing (a scroll's frame blurred
        the borders, and a browser's tab strip, lined up with "City | State", became a city)."""
        if not any(row.within(known) for known in self.forms):
            self.forms.append(row)
            del self.forms[:-MAX_FORM_ROWS]
            self.revision += 1
        kept = [t for t in self.tables if not row.under(t)]
        if len(kept) != len(self.tables):
            self.tables = kept
            self.revision += 1

    def knows_form(self, row: FormRow) -> bool:
        """Whether two or more labels of `row` are labels of a form row seen over its fields."""
        return len(row.labels) >= 2 and any(row.within(known) for known in self.forms)

    def remember(self, table: Table) -> None:
        """Keep `table`; a table with the same columns at the same place replaces an older one."""
        if table in self.tables:
            return
        self.tables = [t for t in self.tables if not (t.overlaps(table) and _same_columns(t, table))]
        self.tables.append(table)
        del self.tables[:-MAX_TABLES]
        self.revision += 1

    def remember_markup(self, table: MarkupTable) -> None:
        """Keep `table` as the newest HTML source's table (once)."""
        self.markup = self._newest(self.markup, table)

    def remember_delimited(self, table: DelimitedTable) -> None:
        """Keep `table` as the newest delimited table (once)."""
        self.delimited = self._newest(self.delimited, table)

    def _newest(self, kept: list[_Kept], item: _Kept) -> list[_Kept]:
        """`kept` with `item` last and once, the oldest past MAX_TABLES forgotten (learnt: a revision)."""
        if kept and kept[-1] == item:
            return kept
        self.revision += 1
        return [*(t for t in kept if t != item), item][-MAX_TABLES:]


@dataclass(frozen=True, slots=True)
class TablesFound:
    """The tables of one layout text: typed cells, and the character ranges of the words of
    their header rows and of their body rows (whose columns say what each cell holds)."""

    findings: list[SpanFinding]
    header_cells: list[tuple[int, int]]
    body_cells: list[tuple[int, int]]
    # the words of its rows in columns that name an organisation (`Column.organisation`)
    organisation_cells: tuple[tuple[int, int], ...] = ()


class TableFinder:
    def __init__(self, vocabulary: Vocabulary, entities: Iterable[str], lexicon: NameLexicon | None = None):
        self.vocabulary = vocabulary
        self.entities = frozenset(entities)
        # header phrases as identifiers glue them: a database's "fullname", "dateofbirth"
        headers = [*vocabulary.columns, *vocabulary.other_headers]
        self._glued = {phrase.replace(" ", ""): phrase for phrase in headers if " " in phrase}
        self.lexicon = lexicon  # a name column's one-word cells: common words are no names
        self._misread: dict[str, str | None] = {}  # a header cell's key -> the column it misreads
        self._headers_seen = 0  # header phrases in the cells of the row `header` last looked at

    def find(self, lt: LayoutText, memory: TableMemory | None, skip: Collection[int] = ()) -> TablesFound:
        """Typed cells of the tables in `lt` (under headers found here, and in rows that line up
        with tables remembered from earlier screens of the recording), with the character
        ranges of their header and body words. Lines numbered in `skip` are left out."""
        rows = visual_rows(lt, skip)
        findings: list[SpanFinding] = []
        header_cells: list[tuple[int, int]] = []
        body_cells: list[tuple[int, int]] = []
        organisation_cells: list[tuple[int, int]] = []
        claimed: set[int] = set()  # rows already read as a header or a table row
        headers_here: list[tuple[int, Table]] = []  # (row index, table) of the headers shown
        for index, row in enumerate(rows):
            if index in claimed:
                continue
            captions = _caption_row(rows, index)
            table = self.header(lt, row.words, memory, captions=captions)
            if table is None:
                # a data frame's header, its cells a space apart ("id first_name", "dob
                # postcode": two header words a space apart are no header cell), is one when cut
                # where the cells below end; only a row with two header words or more is tried
                if self._headers_seen < ALIGNED_ROWS:
                    continue
                ends = _column_ends(row, _rows_under(lt, rows, index))
                table = self.header(lt, row.words, memory, ends, captions) if ends else None
                if table is None:
                    continue
                below_rows = self._rows_below(lt, rows, index, table)
            else:
                below_rows = self._rows_below(lt, rows, index, table)
                # a right-aligned frame's names and addresses start left of their column's
                # header: read across two columns, its rows may be none of the table's yet
                ends = _column_ends(row, [rows[b] for b in below_rows]) or _column_ends(
                    row, _rows_under(lt, rows, index)
                )
                aligned = self.header(lt, row.words, memory, ends, captions) if ends else None
                if aligned is not None:
                    table = aligned
                    below_rows = self._rows_below(lt, rows, index, table)
            closed = _closed_at_rule(lt, row, table)
            if closed is not table:
                table = closed
                below_rows = self._rows_below(lt, rows, index, table)
            if self._over_header(lt, rows, index, table):
                continue  # a grouped header's captions: the header row under them types the columns
            if table.cut:
                table = _typed_by_cells(lt, [rows[b] for b in below_rows], table)
            if _caption_value_cards(rows, below_rows, table):
                continue  # card headings side by side ("OWNER | PATIENT") over "Caption  value" lines
            claimed.add(index)
            headers_here.append((index, table))
            header_cells.extend((w.start, w.end) for w in row.words if table.x1 <= w.box.x < table.x2)
            if table.typed and memory is not None:
                memory.remember(table)
            spans = _cell_spans([rows[b] for b in below_rows], table)
            for below in below_rows:
                claimed.add(below)
                findings.extend(self._overlaid_and_cells(lt, rows[below], rows[below].on_baseline(), table, spans))
                body_cells.extend((w.start, w.end) for w in rows[below].words if table.x1 <= w.box.x < table.x2)
                organisation_cells.extend(_organisation_words(table, rows[below].words))
            findings.extend(self._wrapped_cells(lt, rows, index, table, below_rows))
            findings.extend(self._wrapped_values(lt, rows, index, below_rows, table))
        if memory is not None and memory.tables:
            for index, row in enumerate(rows):
                scrolled = None if index in claimed else self._scrolled_sideways(lt, row, memory)
                if scrolled is not None:
                    claimed.add(index)
                    header_cells.extend((w.start, w.end) for w in row.words)
                    memory.remember(scrolled)
            lined: dict[tuple[int, int], bool] = {}  # (table, row) -> whether the row lines up with it
            shown = [t for k, t in enumerate(memory.tables) if _shows_rows_of(rows, claimed, t, k, lined)]
            cards = self._card_rows(lt, rows, claimed) if shown else set()
            spans_of: dict[int, list[tuple[float, float]]] = {}  # the cells of the rows lined up with each
            for index, row in enumerate(rows):
                if index in claimed or index in cards:
                    continue
                for k, table in reversed(list(enumerate(memory.tables))):
                    if table not in shown:
                        continue  # the screen shows another page now: a list's record, a dialog
                    if any(i > index and table.overlaps(h) for i, h in headers_here):
                        continue  # above a header this screen shows: a title bar, a toolbar
                    inside = [w for w in row.on_baseline().words if table.x1 <= w.box.x and w.box.x2 <= table.x2]
                    # a toolbar's chips may start left of the table's first typed column
                    reaching = [w for w in row.on_baseline().words if w.box.x2 <= table.x2]
                    if (
                        lined.get((k, index), False)
                        and not _layered(rows, index, table)
                        and not _key_value_chips(lt, reaching)
                        and not _prompt_line(lt, row.words)
                        and not _frame_shape(lt, row.words)
                        and not _numbered_heading(lt, row.words)
                        and not _quoted_key_line(lt, row.words)
                        and not _quoted_key_line(lt, tuple(inside))
                    ):
                        if k not in spans_of:
                            spans_of[k] = _lined_spans(rows, lined, k, table)
                        base = Row(tuple(inside), row.box)
                        findings.extend(self._overlaid_and_cells(lt, row, base, table, spans_of[k]))
                        body_cells.extend((w.start, w.end) for w in inside)
                        organisation_cells.extend(_organisation_words(table, inside))
                        break
        return TablesFound(findings, header_cells, body_cells, tuple(organisation_cells))

    # ---------------------------------------------------------------------- header --

    def header(
        self,
        lt: LayoutText,
        words: tuple[WordRef, ...],
        memory: TableMemory | None = None,
        ends: Collection[int] = (),
        captions: tuple[WordRef, ...] = (),
    ) -> Table | None:
        """The table whose header row `words` are, or None. Each cell is one header or a run of
        headers (a terminal table's narrow gaps); most of the cells must be headers. Labels
        over their input fields are a form row, not a header (form_rows.py); with a `memory`,
        they are remembered as one and stay one on frames that do not show the fields. `ends`:
        the right edges of header words that end right-aligned columns (`_column_ends`): a cell
        ends after such a word, and its column ends there. `captions`: the words of the row
        right above, a grouped header's captions when there is one (`_caption_types`)."""
        vocabulary = self.vocabulary
        # the shortest word's height, specks left out: a dash of another panel on the row ("Size
        # 10 - Slate grey", 2 px) cut "Email address" into two header cells, each too narrow for
        # the field below
        heights = sorted(w.box.h for w in words)
        median = heights[len(heights) // 2] if words else 1
        height = max(min((h for h in heights if h >= SPECK_SHARE * median), default=1), 1)
        parts: list[tuple[list[WordRef], str | None]] = []  # words, and their phrase if a header
        self._headers_seen = 0
        cells = [c for c in (_without_sort_glyphs(lt, cell) for cell in split_cells(words, height)) if c]
        if words and any(c in COLUMN_RULES for c in lt.text[words[0].start : words[-1].end]):
            cells = _at_rules(lt, cells)  # a text table's row: its rules may be read without gaps
        cells = _cut_at_glued_rules(lt, cells, lambda text: self._header_key([text]) is not None)
        if ends:
            cells = _cut_at_ends(cells, ends)
        splits = [self._as_headers(lt, cell) for cell in cells]
        header_cells = sum(split is not None for split in splits)
        for cell, split in zip(cells, splits, strict=True):
            self._headers_seen += len(split) if split is not None else 0
            if (
                split is not None
                and len(split) == PHRASE_HEADERS
                and not (header_cells > 1 and self._two_columns(split))
            ):
                split = None  # two header words a space apart are a heading: "Customer contact"
            if split is None:
                asked = self._question_key([lt.text[w.start : w.end] for w in cell])
                split = [(cell, asked)] if asked is not None else None
            parts.extend(split if split is not None else [(cell, None)])
        parts = _without_taller_ends(self._joined_phrases(lt, parts, height))
        parts = _without_captioned_values(lt, parts)
        parts = _colon_values_unkeyed(lt, parts)
        parts = [(cell, key) for cell, key in parts if key is not None or not _cut_marker(lt, cell)]
        if not parts:
            return None
        if sum(key is not None for _, key in parts) >= 2:
            # a responses sheet's other questions are its header's cells too ("Anything else?")
            parts = [(cell, QUESTION_HEADER if key is None and _asks(lt, cell) else key) for cell, key in parts]
        headers = sum(key is not None for _, key in parts)
        if headers < vocabulary.header_share * len(parts) and headers >= PANEL_HEADERS:
            # a run of several header cells with other text around it: the table runs from its
            # first header cell to its last, and what lies beyond them on the same row is
            # another panel ("Name | Display name | Description | Status" beside a device tree)
            while parts[-1][1] is None:
                parts.pop()
            while parts[0][1] is None:
                parts.pop(0)
            if _label_value_pairs(parts):
                return None
        if headers < 2 or headers < vocabulary.header_share * len(parts):
            return None
        if self._captions_between_values(lt, parts):
            return None
        if sum(lt.text[cell[-1].end - 1] == "," for cell, key in parts if key is not None) * 2 > headers:
            return None  # a list in a sentence or a query ("SELECT id, full_name, email, ..."): no header row
        labels = [(cell, key) for cell, key in parts if key is not None]
        row = FormRow(tuple((key, cell[0].box.x) for cell, key in labels if key is not None))
        # the header cells only: a panel beside the form shares the labels' row ("Order summary")
        is_form = form_row(lt, [cell for cell, _ in labels])
        if is_form is None and memory is not None and memory.knows_form(row):
            is_form = True  # its fields not found in this frame (a scroll's frame blurs their borders)
        if is_form:
            if memory is not None:
                memory.remember_form(row)
            return None  # a form's labels over their input boxes (form_rows.py)
        if headers < len(parts):
            # a header by its other cells: a cell misread by a letter or two still names its
            # column ("Postcacle" at crf 36: the postcodes under it were typed by nothing, and
            # one misread out of a postcode's shape stayed readable)
            parts = [(cell, key if key is not None else self._misread_header(lt, cell)) for cell, key in parts]
        types = vocabulary.column_entities([key for _, key in parts], self.entities)
        if captions:
            types = self._caption_types(lt, parts, types, captions, height)
        organisations = [key in vocabulary.organisation_headers for _, key in parts]
        logins = vocabulary.login_columns([key for _, key in parts])
        columns: list[Column] = []
        aligned = [cell[-1].box.x2 in ends for cell, _ in parts]
        for i, ((cell, _), entity, login) in enumerate(zip(parts, types, logins, strict=True)):
            x1, x2 = cell[0].box.x, cell[-1].box.x2
            prev_x2 = parts[i - 1][0][-1].box.x2 if i else None
            next_x1 = parts[i + 1][0][0].box.x if i + 1 < len(parts) else None
            left = (prev_x2 + x1) / 2 if prev_x2 is not None else x1 - height * 2
            right = (x2 + next_x1) / 2 if next_x1 is not None else x2 + height * 12
            if aligned[i] and i and aligned[i - 1] and prev_x2 is not None:
                # both right-aligned: this column's cells run left up to the last one's edge
                left = prev_x2 + min(END_LINE_HEIGHTS * height, (x1 - prev_x2) / 2)
            if aligned[i] and i + 1 < len(parts) and aligned[i + 1] and next_x1 is not None:
                right = x2 + min(END_LINE_HEIGHTS * height, (next_x1 - x2) / 2)
            login = login and entity is None and "USERNAME" in self.entities
            key = parts[i][1] or ""
            columns.append(Column(left, right, x1, entity, login, aligned[i], organisations[i], key))
        cut = frozenset[str]()
        if types[-1] is None and parts[-1][1] is None and len(parts) > 1:
            # the last header cell cut at the table's clipped edge (an HTML table wider than
            # its notebook cell or panel): the start of a personal column's phrase
            last = parts[-1][0]
            cut = self.vocabulary.cut_columns(phrase_key(lt.text[w.start : w.end] for w in last)) & self.entities
        table = Table(tuple(columns), columns[0].left, columns[-1].right, cut & frozenset(_CUT_CELL_SHAPES))
        if memory is not None and any(key is None for _, key in parts):
            table = _completed(table, [key is None for _, key in parts], memory)
        return table

    def _scrolled_sideways(self, lt: LayoutText, row: Row, memory: TableMemory) -> Table | None:
        """The remembered table whose header `row` shows scrolled right: every cell of the row is
        the header phrase of one of its columns, all moved left by the same distance, and columns
        before them gone past the left edge (a pager's `less -S`, a grid scrolled sideways:
        "updated_at" alone, left of where it stood). The table moved there, without the columns
        wholly past the edge: the rows under it keep their columns' types (a town cut at the edge
        under its address column, whose heading is gone). None where the row is no such header."""
        parts: list[tuple[list[WordRef], str | None]] = []
        for cell in row.cells():
            split = self._as_headers(lt, cell)
            if split is None or any(key is None for _, key in split):
                return None  # (most rows: their first cell is no heading)
            parts.extend(split)
        if not parts:
            return None
        for table in reversed(memory.tables):
            starts = {c.key: c.start for c in table.columns if c.key}
            if not all(key in starts for _, key in parts):
                continue
            moves = [cell[0].box.x - starts[key] for cell, key in parts if key is not None]
            if max(moves) - min(moves) > row.height or moves[0] > -SIDEWAYS_LINE_HEIGHTS * row.height:
                continue  # (scrolled back, the headings show again: a header of their own)
            moved = [
                replace(c, left=c.left + moves[0], right=c.right + moves[0], start=c.start + moves[0])
                for c in table.columns
                if c.right + moves[0] > 0
            ]
            if len(moved) < len(table.columns) and any(c.entity for c in moved):
                moved = _tails_reach_on(moved, parts[0][1], row.height)
                return Table(tuple(moved), moved[0].left, moved[-1].right)
        return None

    def _over_header(self, lt: LayoutText, rows: list[Row], index: int, table: Table) -> bool:
        """Whether header row `index` is a grouped header's captions: the row right under it
        (`_caption_row`) is a header of more columns ("Member | Home address | Emergency contact"
        over "Name | DOB | Mobile | Line 1 | ..."). Read as the header, its few wide columns typed
        the cells under them by where they start, and the column names under it were read as a
        row of its body."""
        if index + 1 >= len(rows) or not _caption_row(rows, index + 1):
            return False
        under = self.header(lt, rows[index + 1].words, captions=rows[index].words)
        return under is not None and len(under.columns) > len(table.columns)

    def _caption_types(
        self,
        lt: LayoutText,
        parts: list[tuple[list[WordRef], str | None]],
        types: list[str | None],
        captions: tuple[WordRef, ...],
        height: int,
    ) -> list[str | None]:
        """`types` with each column whose name is no header phrase typed by the group caption
        over it: a header in two rows ("Member | Home address | Emergency contact" spanning
        "Name | DOB | Mobile | Line 1 | Town | Postcode | Name | Relationship | Phone") names some
        columns only through their caption ("Line 1" is a home address's line). A column's
        caption is the caption cell nearest it (captions are centred or left-aligned over the
        columns they span); the caption row has fewer cells than the header, one of them a
        personal column's phrase. A column with a name of its own keeps its type or none."""
        groups: list[tuple[float, float, str | None]] = []
        for cell in split_cells(captions, height):
            caption = phrase_key(lt.text[w.start : w.end] for w in cell)
            entity = self.vocabulary.column_entities([caption], self.entities)[0]
            groups.append((cell[0].box.x, cell[-1].box.x2, entity))
        if not groups or len(groups) >= len(parts) or not any(entity for _, _, entity in groups):
            return types
        out = list(types)
        for i, (cell, key) in enumerate(parts):
            if key is None and types[i] is None:
                x1, x2 = cell[0].box.x, cell[-1].box.x2
                out[i] = min(groups, key=lambda g: max(g[0] - x2, x1 - g[1], 0))[2]
        return out

    def _captions_between_values(self, lt: LayoutText, parts: list[tuple[list[WordRef], str | None]]) -> bool:
        """Whether a row is a description list's: captions, each with its one value after it,
        the last caption's value off the row ("Date of birth | <date> | Email address", the
        e-mail a line of its own a pixel lower; a card grid of two columns of "Caption  value").
        The captions alternate with single cells that are values, never header words: a digit
        or an '@', or a word no dictionary has (a name). Read as a header, the row's captions
        typed the columns under them and the values beside them were never found."""
        if len(parts) < 3 or len(parts) % 2 == 0:
            return False
        if not all((key is None) == (i % 2 == 1) for i, (_, key) in enumerate(parts)):
            return False
        return all(self._value_like(lt, cell) for i, (cell, _) in enumerate(parts) if i % 2 == 1)

    def _card_rows(self, lt: LayoutText, rows: list[Row], claimed: set[int]) -> set[int]:
        """The rows of `rows` (not `claimed`) that are cards' "Caption  value" lines, no row of a
        table remembered above them: a record's cards side by side under the list it was opened
        from (an invoicing app's customer list over the customer's company and bank details
        cards). A row is a cards' row when its cells alternate a header phrase (the caption) and
        a value (`_value_like`), CARD_ROW_CAPTIONS captions at least ("Email | <address> | Sort
        code | <code>"), or when its cells (two or more) all start where such a row's cells start
        ("Company number | <number> | Account name | <name>": captions no header phrase; a
        list's row starts its cells where the list's columns start). Read as the list's rows,
        their cells lined up with its columns by chance: a sort code took the Phone column's
        place, and its caption's finding was dropped as a cell of the list's body. Cost: a
        header look-up per cell of the rows not claimed, only while a remembered table shows."""
        starts: list[float] = []
        found: set[int] = set()
        cells_of: dict[int, list[list[WordRef]]] = {}
        for index, row in enumerate(rows):
            if index in claimed:
                continue
            base = row.on_baseline()
            cells = base.cells()
            cells_of[index] = cells
            if len(cells) < 2 * CARD_ROW_CAPTIONS - 1:
                continue
            keys = [self._header_key([lt.text[w.start : w.end] for w in cell]) for cell in cells]
            if all((key is None) == (i % 2 == 1) for i, key in enumerate(keys)) and all(
                self._value_like(lt, cell) for cell in cells[1::2]
            ):
                found.add(index)
                starts.extend(cell[0].box.x for cell in cells)
        if not found:
            return found
        for index, cells in cells_of.items():
            if index in found or len(cells) < 2:
                continue
            near = SAME_START_LINE_HEIGHTS * rows[index].height
            if all(any(abs(cell[0].box.x - x) <= near for x in starts) for cell in cells):
                found.add(index)
        return found

    def _value_like(self, lt: LayoutText, cell: list[WordRef]) -> bool:
        text = lt.text[cell[0].start : cell[-1].end]
        if any(ch.isdigit() or ch == "@" for ch in text):
            return True
        lexicon = self.lexicon
        if lexicon is None:
            return False
        words = [w.strip(EDGE_PUNCTUATION) for w in text.split()]
        return any(w[:1].isupper() and lexicon.zipf(w) < lexicon.common_zipf for w in words if w)

    def _misread_header(self, lt: LayoutText, cell: list[WordRef]) -> str | None:
        """The personal column's phrase that a header row's `cell` is, misread by OCR
        (Vocabulary.misread_column), or None. Words in use are read right: a column titled
        "Blender" or "Tender" is no misread "Sender"."""
        texts = [lt.text[w.start : w.end].strip(EDGE_PUNCTUATION) for w in cell]
        key = phrase_key(texts)
        if key not in self._misread:
            lexicon = self.lexicon
            in_use = lexicon is not None and all(lexicon.zipf(t) >= lexicon.common_zipf for t in texts if t)
            if len(self._misread) >= _MISREAD_KEYS:
                self._misread.clear()
            self._misread[key] = None if in_use else self.vocabulary.misread_column(key)
        return self._misread[key]

    def _joined_phrases(
        self, lt: LayoutText, parts: list[tuple[list[WordRef], str | None]], height: int
    ) -> list[tuple[list[WordRef], str | None]]:
        """`parts` with neighbouring cells whose words together make one header phrase joined:
        in a terminal a single space between a title's words ("full name", "date of birth",
        read from `full_name`, `date_of_birth`) can be as wide as a gap between cells. Then
        "account no" is one header, not two: a line of psql's expanded display, "account no |
        05817342", is a key and its value, no header row of two headers and a value. Cells
        further apart than JOIN_GAP_LINE_HEIGHTS are two columns ("Email" ... "Address")."""
        out: list[tuple[list[WordRef], str | None]] = []
        wide = JOIN_GAP_LINE_HEIGHTS * height
        i = 0
        while i < len(parts):
            for n in range(len(parts) - i, 1, -1):
                words = [w for cell, _ in parts[i : i + n] for w in cell]
                if len(words) > self.vocabulary.longest:
                    continue
                if any(parts[k + 1][0][0].box.x - parts[k][0][-1].box.x2 > wide for k in range(i, i + n - 1)):
                    continue
                joined = phrase_key([lt.text[w.start : w.end] for w in words])
                if self.vocabulary.is_header(joined):
                    out.append((words, joined))
                    i += n
                    break
            else:
                out.append(parts[i])
                i += 1
        return out

    def _as_headers(self, lt: LayoutText, cell: list[WordRef]) -> list[tuple[list[WordRef], str | None]] | None:
        """`cell` cut into header phrases (longest first), or None if some word is no header. A
        bracketed note after the last phrase is part of its cell: a format hint or a unit
        ("Date of birth (mm-dd-yyyy)", "Amount (£)", "Phone (mobile)")."""
        texts = [lt.text[w.start : w.end] for w in cell]
        note = next((i for i in range(len(texts) - 1, 0, -1) if texts[i].startswith("(")), None)
        if note is not None and texts[-1].endswith(")"):
            head = self._as_headers(lt, cell[:note])
            if head is not None:
                *rest, (words, key) = head
                return [*rest, ([*words, *cell[note:]], key)]
        out: list[tuple[list[WordRef], str | None]] = []
        i = 0
        while i < len(cell):
            for n in range(min(self.vocabulary.longest, len(cell) - i), 0, -1):
                key = self._header_key(texts[i : i + n])
                if key is not None:
                    out.append((cell[i : i + n], key))
                    i += n
                    break
            else:
                return None
        return out

    def _two_columns(self, split: list[tuple[list[WordRef], str | None]]) -> bool:
        """Whether two header phrases read as one cell of a header row are two columns whose gap
        a scaled copy narrowed to a space (a green screen's "Postcode Town" at 75 %): each types
        its column, and not the same way. "Customer contact" (people both) and a payslip's
        "Employee no." (a number the vocabulary does not type) are one heading."""
        types = self.vocabulary.column_entities([key for _, key in split], self.entities)
        return None not in types and len(set(types)) == len(types)

    def _question_key(self, texts: list[str]) -> str | None:
        """The header a form's question is, as a responses sheet heads its column with it: "Your
        name" (name), "What is your email address?" (email address), "Best number to reach you"
        (phone number); or None. The question's framing words (QUESTION_OPENERS before,
        QUESTION_ENDINGS after) are taken off and what is left must be a header; a number asked
        for "to reach you" is a phone's. Only cells that speak to the reader ("you", "your") or
        ask ("?") are looked at."""
        if len(texts) < 2 or not (texts[-1].endswith("?") or any(t.lower() in ("you", "your") for t in texts)):
            return None
        words = phrase_key(texts).split()
        while words and words[0] in QUESTION_OPENERS:
            words.pop(0)
        reach = False
        for ending in QUESTION_ENDINGS:
            if len(words) > len(ending) and tuple(words[-len(ending) :]) == ending:
                words = words[: -len(ending)]
                reach = ending[:1] == ("to",)
                break
        key = " ".join(words)
        if reach and key in ("number", "phone", "mobile"):
            key = "phone number"
        return key if key and self.vocabulary.is_header(key) else None

    def _header_key(self, texts: list[str]) -> str | None:
        """The header phrase `texts` are, or None: as written, glued as an identifier
        ("fullname"), or a single word with a column rule read as a letter stuck to it
        ("..Iphone", "Ipostcode": psql scaled down)."""
        key = phrase_key(texts)
        if not key:
            return None
        if self.vocabulary.is_header(key):
            return key
        if len(texts) != 1:
            return None
        glued = self._glued.get(key)
        if glued is not None:
            return glued
        word = texts[0].strip(EDGE_PUNCTUATION + _RULE_SPECKS)
        bare = word.lstrip("".join(_RULE_LOOKALIKES)).rstrip("".join(_RULE_LOOKALIKES))
        if bare != word and len(bare) >= 3 and bare[0].islower() and not self._known_name(word):
            key = phrase_key([bare])
            return key if self.vocabulary.is_header(key) else self._glued.get(key)
        return None

    def _known_name(self, word: str) -> bool:
        """Whether `word` is a person's name as written, capital first: its first letter is
        no column rule stuck to a header ("Isolde" is no rule and "solde")."""
        return self.lexicon is not None and word[:1].isupper() and self.lexicon.is_name(word)

    # ------------------------------------------------------------------------ rows --

    def _rows_below(self, lt: LayoutText, rows: list[Row], header: int, table: Table) -> list[int]:
        top = rows[header]
        found: list[int] = []
        last_y2 = top.box.y2
        # the first row's first cell: its column, left and right, and the row's height (the header's
        # may be a taller line of other text joined to it)
        first: tuple[Column, tuple[int, int], int] | None = None
        for index in range(header + 1, len(rows)):
            row = rows[index]
            if row.box.y - last_y2 > ROW_GAP_LINE_HEIGHTS * top.height:
                break
            if _prompt_line(lt, row.words):
                break  # the next command typed at the prompt: the table was the last one's output
            if _frame_shape(lt, row.words):
                break  # a data frame's dimensions under its table: no row of it
            if _numbered_heading(lt, row.words):
                continue  # a Markdown section's title in an editor's numbered source: no row
            inside = tuple(w for w in row.words if table.x1 <= (w.box.x + w.box.x2) / 2 < table.x2)
            if not inside:
                continue  # beside the table: another window or panel
            if self.header(lt, inside) is not None:
                break  # the next table starts
            if self._headers_seen >= ALIGNED_ROWS and self._next_block(lt, rows, index, inside):
                break  # a wide data frame's next block of columns, under its own header
            if _across_columns(row, inside, table) and not _in_step(rows, index, header, table):
                continue  # another panel's strip under the grid: a sheet's tabs, a toolbar
            if _layered(rows, index, table):
                continue  # a window's title bar between two rows of the grid
            cell = row.cells(inside)[0]
            edges = (cell[0].box.x, cell[-1].box.x2)
            column = table.column_at((edges[0] + edges[1]) / 2)
            if first is None:
                first = (column, edges, row.height) if column is not None else None
            elif column is first[0] and back_at_caption(column.start, first[1], edges, first[2]):
                break  # a form's next caption under a row of fields whose borders were not found
            found.append(index)
            last_y2 = row.box.y2
        return found

    def _next_block(self, lt: LayoutText, rows: list[Row], index: int, inside: tuple[WordRef, ...]) -> bool:
        """Whether `rows[index]`, two header words or more that are no header by their gaps, is
        the header of right-aligned columns under it (`_column_ends`): pandas prints a frame wider
        than its display in blocks of columns, each under its own header row ("phone postcode
        address_line1 city signup_date  \\") and the index repeated. Read as a row of the block
        above, that header row was a row of names, and the next block's cells were typed by the
        columns above them (a town under "full_name" was no name, and no town)."""
        ends = _column_ends(rows[index], _rows_under(lt, rows, index))
        return bool(ends) and self.header(lt, inside, None, ends) is not None

    def _wrapped_cells(
        self, lt: LayoutText, rows: list[Row], header: int, table: Table, below: list[int]
    ) -> list[SpanFinding]:
        """The cells of a ruled table wider than its terminal, whose every line wraps at the
        terminal's edge (sqlite3's `.mode box` of a wide select, psql or mysql in a narrow
        window): the header row's last titles stand on the next line at the left edge
        ("address |"), and each row's last cell is cut, its start past the header's closing
        rule at the right edge, its end at the left of the next line, under other columns'
        headers ("| 3106 | <name> | ... | <postcode> | 6 Stevens Lo" / "dge, <Town> |"). Those
        parts are typed by the wrapped titles, cut at their rules. Only a header row whose
        last word is a column rule and whose next line holds header phrases alone is tried."""
        if header + 1 >= len(rows) or not below:
            return []
        top, tail = rows[header], rows[header + 1]
        first = table.columns[0]
        if (
            tail.box.y - top.box.y2 > WRAP_GAP_LINE_HEIGHTS * top.height
            or tail.words[0].box.x >= first.right
            or tail.box.x2 >= (table.x1 + table.x2) / 2
        ):
            return []
        cut = _closing_rule(lt, top)
        if cut is None:
            return []
        rules = [w.box.x for w in _band_words(lt, tail) if _rule_read_as_letters(lt.text[w.start : w.end])]
        if not rules:
            return []
        bounds = sorted(rules)
        titles: list[list[WordRef]] = [[] for _ in range(len(bounds) + 1)]
        for word in tail.words:
            titles[sum(x <= word.box.x for x in bounds)].append(word)
        keys = [self._header_key([lt.text[w.start : w.end] for w in cell]) if cell else None for cell in titles]
        if any(cell and key is None for cell, key in zip(titles, keys)):
            return []  # text that is no header phrase: no wrapped header
        entities = self.vocabulary.column_entities(keys[: len(bounds)], self.entities)
        if not any(entities):
            return []
        slack = top.height / 2
        found: list[SpanFinding] = []
        for index in below:
            row = rows[index]
            piece = [w for w in row.words if w.box.x >= cut - slack]
            if not piece or index + 1 >= len(rows):
                continue
            if entities[0] is not None:
                found.extend(_cell_span(lt, piece, entities[0]))
            nxt = rows[index + 1]
            if nxt.box.y - row.box.y2 > WRAP_GAP_LINE_HEIGHTS * row.height or nxt.words[0].box.x >= first.right:
                continue
            for k, entity in enumerate(entities):
                left = bounds[k - 1] if k else -1.0
                part = [w for w in nxt.words if left < w.box.x < bounds[k]]
                if entity is not None and part:
                    found.extend(_cell_span(lt, part, entity))
        return found

    def _wrapped_values(
        self, lt: LayoutText, rows: list[Row], header: int, below: list[int], table: Table
    ) -> list[SpanFinding]:
        """A value that a narrow column wrapped over two lines of its cell (a directory's
        "Mobile" at 100 % zoom: "07700" over "900412"), each line too short for its column's
        type, while the row's other cells sit between the two heights: the upper part makes a
        row of its own and the lower one is read with the row's cells. Two parts in one column of
        successive rows, stacked (their left edges within a line height, at most
        WRAPPED_VALUE_GAP apart, which a table's own rows never are) and fitting the type
        joined, are both typed; a part alone on its row is no row of the table under `header`
        (`_rows_below`), so a row's neighbours are looked at too. Only columns of
        WRAPPING_ENTITIES, values that hold spaces. Cost: a look at two rows' words per such
        column and row."""
        columns = [c for c in table.columns if c.entity in WRAPPING_ENTITIES]
        if not columns:
            return []
        pairs = sorted({(i - 1, i) for i in below if i - 1 > header} | {(i, i + 1) for i in below if i + 1 < len(rows)})
        found: list[SpanFinding] = []
        for column in columns:
            stacks: list[tuple[list[WordRef], list[WordRef], list[WordRef]]] = []  # top, bottom, the rows' words
            for upper, lower in pairs:
                words = [*rows[upper].words, *rows[lower].words]
                top = [w for w in rows[upper].words if table.word_column(w) is column]
                bottom = [w for w in rows[lower].words if table.word_column(w) is column]
                if top and bottom and len({w.line for w in top}) == 1 and len({w.line for w in bottom}) == 1:
                    stacks.append((top, bottom, words))
            for i in below:
                # both parts in one visual row: a tall neighbour (an e-mail wrapped in its own
                # cell) banded the upper part's line with the row's and the lower part's
                inside = [w for w in rows[i].words if table.word_column(w) is column]
                lines = sorted({w.line for w in inside}, key=lambda n: lt.lines[n].box.y)
                if len(lines) == 2:
                    top = [w for w in inside if w.line == lines[0]]
                    bottom = [w for w in inside if w.line == lines[1]]
                    stacks.append((top, bottom, list(rows[i].words)))
            for top, bottom, words in stacks:
                found.extend(self._wrapped_pair(lt, table, column, top, bottom, words))
        return found

    def _wrapped_pair(
        self,
        lt: LayoutText,
        table: Table,
        column: Column,
        top: list[WordRef],
        bottom: list[WordRef],
        words: list[WordRef],
    ) -> list[SpanFinding]:
        """Both parts typed when `top` over `bottom` in `column` is one value wrapped in its cell
        (`_wrapped_values`); `words` are the words of the rows that hold them."""
        assert column.entity is not None
        height = max(top[0].box.h, bottom[0].box.h)
        gap = min(w.box.y for w in bottom) - max(w.box.y2 for w in top)
        if abs(top[0].box.x - bottom[0].box.x) > height or gap > WRAPPED_ROW_GAP * height:
            return []
        others = [w for w in words if table.word_column(w) is not column]
        if gap > WRAPPED_VALUE_GAP * height and not _cells_between(others, top, bottom, height):
            return []
        parts = [(top[0].start, top[-1].end), (bottom[0].start, bottom[-1].end)]
        if any(cell_finding(lt, a, b, column.entity, self.vocabulary) for a, b in parts):
            return []  # a value of its own: a row's cell
        joined = " ".join(lt.text[a:b].strip(EDGE_PUNCTUATION) for a, b in parts)
        if not cell_shape_ok(column.entity, joined):
            return []
        return [SpanFinding(a, b, column.entity, CELL_SCORE, CELL_RECOGNIZER) for a, b in parts]

    def _overlaid_and_cells(
        self, lt: LayoutText, row: Row, base: Row, table: Table, spans: Collection[tuple[float, float]] = ()
    ) -> list[SpanFinding]:
        """The typed cells of `base` (the row's words on its baseline, inside the table) and the
        cell the pointer rests on (`_overlaid_cells`, covered whole as its column's type), but for
        a row whose typed columns hold text and none of it of its type's shape: another table's
        row lined up with this one by chance, or run on under it past a heading (a case page's
        Documents list, "<file> | Passport (biographic page) | Verified", under its Dependants,
        "<relation> | <name> | <date of birth> | <nationality> | <passport no.>")."""
        cells = self._cells(lt, base, table, spans)
        if cells or not _typed_cells(base, table):
            return cells + _overlaid_cells(lt, row, table)
        return cells

    def _cells(
        self, lt: LayoutText, row: Row, table: Table, spans: Collection[tuple[float, float]] = ()
    ) -> list[SpanFinding]:
        """One finding per run of words in the same typed column (a run never crosses lines of
        the layout: a span's boxes are cut per line anyway). A cell that fits its column is
        one run; the words of one that does not are placed one by one. In a right-aligned
        column, two cells are two runs (R's row names left of its first column's values)."""
        placed: list[tuple[WordRef, Column | None, int]] = []  # word, column, cell
        for n, cell in enumerate(row.cells()):
            before = placed[-1][1] if placed else None
            fits = before if table.continues(cell, before, row.height, spans) else table.cell_column(cell)
            if fits is None and _sentence_across(cell, table, row.height, spans):
                placed.extend((w, None, n) for w in cell)  # a dialog's prose over the grid: no cells
                continue
            columns = [fits] * len(cell) if fits is not None else table.word_columns(cell, row.height, spans)
            placed.extend((w, column, n) for w, column in zip(cell, columns, strict=True))
        found: list[SpanFinding] = []
        run: list[WordRef] = []
        run_column: Column | None = None
        run_cell = -1
        cell_of = {w.start: n for w, _, n in placed}
        for word, column, n in (*placed, (None, None, -1)):
            if (
                word is not None
                and column is run_column
                and run
                and run[-1].line == word.line
                and (n == run_cell or column is None or not column.aligned)
            ):
                run.append(word)
                continue
            while run and not any(ch.isalnum() for ch in lt.text[run[-1].start : run[-1].end]):
                run = run[:-1]  # a glyph after the cell (a badge's icon read as "="): not the value's
            if run and run_column is not None and run_column.entity in NEEDS_DIGIT and _index_before(lt, run, cell_of):
                run = run[1:]  # a frame's index or a list's row number before the row's first value
            if run and run_column is not None and run_column.entity:
                finding = cell_finding(lt, run[0].start, run[-1].end, run_column.entity, self.vocabulary)
                if finding is None and _row_number_before(lt, run, run_column.entity):
                    # a sheet's row number in its gutter, read into the first column's cell
                    # ("10 <First> <Last>": two-digit numbers sit closer to the cell than a space)
                    finding = cell_finding(lt, run[1].start, run[-1].end, run_column.entity, self.vocabulary)
                if finding is None and run_column.tails and len(run) > 1:
                    finding = self._cell_end(lt, run, run_column.entity)
                if finding is None and run_column.entity == "PERSON" and self._lower_surname_name(lt, run):
                    finding = SpanFinding(run[0].start, run[-1].end, "PERSON", CELL_SCORE, CELL_RECOGNIZER)
                if finding is not None:
                    found.append(finding)
            elif len(run) == 1 and run_column is not None and run_column.logins:
                login = self._login_cell(lt, run[0])
                if login is not None:
                    found.append(login)
            run, run_column, run_cell = ([word], column, n) if word is not None else ([], None, -1)
        if found and all(self._common_word_as_name(lt, f) for f in found):
            return []  # a strip of another panel lined up with the columns: a sheet's tabs
        return found

    def _cell_end(self, lt: LayoutText, run: list[WordRef], entity: str) -> SpanFinding | None:
        """The finding for the end of a cell cut at the screen's left edge (`Column.tails`): its
        first word is what the edge left of a word, often small letters, which a place or a name
        has not ("<...>addocks <Town>"); the rest of the cell says whether it is a value, and the
        finding covers the piece too."""
        rest = cell_finding(lt, run[1].start, run[-1].end, entity, self.vocabulary)
        return None if rest is None else replace(rest, start=run[0].start)

    def _lower_surname_name(self, lt: LayoutText, run: list[WordRef]) -> bool:
        """Whether a name column's cell that cell_shape_ok refused for its lower-case word is a
        name whose surname OCR read without its capital: small grey text scaled down (a seller
        hub's buyer under the user name at 75 %, "<Firsx> <surname>"). Two or three words, the
        first capitalised, the last alone in lower case, four letters or more, a census surname
        that English does not write often (below Zipf 4: "Call notes", "Type here to search",
        "Reply all" stay refused) and no system or UI word. Or, after a given name, a surname no
        list knows whose capital OCR read as a small letter ("Ł" as "t": "<Given> <t...>" in a
        `column -t` table at 66 %, no cell at all), one English never writes (`unheard_of`)."""
        if self.lexicon is None or not 2 <= len(run) <= 3:
            return False
        words = [lt.text[w.start : w.end].strip(EDGE_PUNCTUATION) for w in run]
        *before, last = words
        if not all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in before):
            return False
        if not (len(last) >= _LOWER_SURNAME_MIN and last.isalpha() and last.islower()):
            return False
        lex = self.lexicon
        listed = lex.is_listed_surname(last.capitalize()) and lex.zipf(last) < _LOWER_SURNAME_MAX_ZIPF
        unheard = lex.is_given_name(before[0]) and lex.unheard_of(last.capitalize())
        return (listed or unheard) and not lex.is_system(last) and last not in lex.ui

    def _login_cell(self, lt: LayoutText, word: WordRef) -> SpanFinding | None:
        """USERNAME for a cell of an account column ("Owner", "User") that is a login alone: one
        lower-case token of letters, digits and . _ - (after a "DOMAIN\\"), no English word and
        no system account ("root", "www-data", models/structure.yaml). A login with a capital
        or a full name is the login and name finders' (names.py)."""
        if self.lexicon is None:
            return None
        start, end = word.start, word.end
        text = lt.text[start:end].strip(EDGE_PUNCTUATION)
        start = lt.text.index(text, start) if text else start
        domain, sep, login = text.rpartition("\\")
        if sep:
            start += len(domain) + 1
        if _LOGIN_CELL.fullmatch(login) is None or is_system_account(login, self.vocabulary.system_accounts):
            return None
        stem = login.strip("0123456789")
        if self.lexicon.is_common_word(stem) or self.lexicon.is_system(stem):
            return None
        return SpanFinding(start, start + len(login), "USERNAME", CELL_SCORE, CELL_RECOGNIZER)

    def _common_word_as_name(self, lt: LayoutText, finding: SpanFinding) -> bool:
        """Whether a name column's cell is one common word that no name list knows. The strip
        under a spreadsheet's grid lines its sheet tabs up with the columns ("Customers" under
        "Full name", the other tabs shaped like no phone number or place), and the name column
        took the tab for a person: a row whose only values are such cells is no row of the grid.
        In a row with values in other columns the cell stays a name (a department's account,
        "Payroll", beside its NI number); a first name or a surname alone ("Grace") is one."""
        if finding.entity_type != "PERSON" or self.lexicon is None:
            return False
        words = lt.text[finding.start : finding.end].strip(EDGE_PUNCTUATION).split()
        return len(words) == 1 and words[0].isalpha() and self.lexicon.is_common_word(words[0])


_LOGIN_CELL = re.compile(r"[a-z][a-z0-9._-]{2,31}")
_LOWER_SURNAME_MIN = 4  # letters of a surname read in lower case in a name column (_lower_surname_name)
_LOWER_SURNAME_MAX_ZIPF = 4.0  # a surname English writes less often than this ("stephenson" 3.3; "call" 5.5)


def _tails_reach_on(columns: list[Column], first_seen: str | None, height: int) -> list[Column]:
    """`columns` of a table scrolled sideways, with the column before the first heading still on
    screen (`first_seen`) cut at the left edge: its heading is gone and what shows of its cells are
    their ends (`Column.tails`), which run on to where the next column's cells start, past the
    halfway line between the two headings that parted them on the header's screen (an address's
    town in `less -S`, its street gone with the heading, read as the timestamp column's). Their
    boundary moves to the next heading's start; a right-aligned next column's cells start left of
    its heading, so that one keeps the halfway line."""
    index = next((i for i, c in enumerate(columns) if c.key == first_seen), 0)
    if index == 0:
        return columns
    cut, following = columns[index - 1], columns[index]
    edge = cut.right if following.aligned else max(cut.right, following.start - SAME_START_LINE_HEIGHTS * height)
    cut = replace(cut, right=edge, tails=True)
    return [*columns[: index - 1], cut, replace(following, left=edge), *columns[index + 1 :]]


def _shows_rows_of(
    rows: list[Row], claimed: set[int], table: Table, key: int, lined: dict[tuple[int, int], bool]
) -> bool:
    """Whether this screen still shows rows of the remembered `table` (its header scrolled away):
    of its rows holding two cells or more inside the table's reach, at least TABLE_ROW_SHARE line
    up with its columns and fill half of them or more, as a grid's rows do. A list's table stays
    remembered when a click opens one of its records on another page; the record's card
    headings and captions ("CONTACT | GIFT AID DECLARATION | ACTIVITY") line up with its columns
    by chance now and then, and were typed by them (a heading masked as a town), while the
    page's rows fill two of its columns at most or straddle them. Whether each row lines up is
    kept in `lined` under (`key`, row index)."""
    fits = others = 0
    for index, row in enumerate(rows):
        if index in claimed:
            continue
        inside = [w for w in row.on_baseline().words if table.x1 <= w.box.x and w.box.x2 <= table.x2]
        if len(inside) < 2:
            continue
        up = _lines_up(inside, table, row.height)
        lined[key, index] = up
        if up and _fitting(row, table) * 2 >= len(table.columns):
            fits += 1
        elif len(row.cells(inside)) >= 2:
            others += 1
    return fits >= TABLE_ROW_SHARE * (fits + others)


def _caption_row(rows: list[Row], index: int) -> tuple[WordRef, ...]:
    """The words of the row right above row `index` when it lies close enough to be a grouped
    header's captions over it (`TableFinder._caption_types`), else none."""
    if not index:
        return ()
    above, row = rows[index - 1], rows[index]
    if row.box.y - above.box.y2 > CAPTION_GAP_LINE_HEIGHTS * row.height:
        return ()
    return above.words


def _typed_cells(row: Row, table: Table) -> int:
    """How many cells of `row` (on its baseline, inside `table`) stand in typed columns."""
    count = 0
    for cell in row.cells():
        column = table.cell_column(cell)
        if column is not None and column.entity:
            count += 1
    return count


def _caption_value_cards(rows: list[Row], below: list[int], table: Table) -> bool:
    """Whether the "header" is the headings of cards side by side ("OWNER | PATIENT"), each over
    a list of "Caption  value" lines: in most rows under it every column holds two cells or more
    (the caption and its value), where a table's row holds one cell per column. A table of a few
    columns only (CARD_COLUMNS), at least two such rows."""
    if len(table.columns) > CARD_COLUMNS or len(below) < 2:
        return False
    paired = 0
    for index in below:
        row = rows[index].on_baseline()
        inside = [w for w in row.words if table.x1 <= w.box.x < table.x2]
        counts: dict[int, int] = {}
        for cell in row.cells(inside):
            column = table.cell_column(cell) or table.column_at(cell[0].box.x)
            if column is not None:
                key = table.columns.index(column)
                counts[key] = counts.get(key, 0) + 1
        if counts and all(n >= 2 for n in counts.values()):
            paired += 1
    return paired >= 2 and paired >= CARD_ROW_SHARE * len(below)


def _label_value_pairs(parts: list[tuple[list[WordRef], str | None]]) -> bool:
    """Whether a row's header cells alternate with other text, each caption followed by one cell
    of its own: cards side by side, each a list of "Caption  value" lines, share a row ("Date of
    birth | <date> | Home address | <street> | Reference | <ref>"). Its captions are no table's
    header: read as one, the values beside them were its header cells, never values."""
    if len(parts) < 2 * PAIRED_CAPTIONS - 1:
        return False
    return all((key is None) == (i % 2 == 1) for i, (_, key) in enumerate(parts))


def _asks(lt: LayoutText, cell: list[WordRef]) -> bool:
    """Whether a header row's `cell` is a form's question: two words or more, speaking to the
    reader ("How did you", its line wrapped) or asking ("Anything else?")."""
    texts = [lt.text[w.start : w.end] for w in cell]
    return len(texts) >= 2 and (texts[-1].endswith("?") or any(t.lower() in ("you", "your") for t in texts))


def _without_taller_ends(parts: list[tuple[list[WordRef], str | None]]) -> list[tuple[list[WordRef], str | None]]:
    """`parts` less the cells at either end that are no header and whose letters stand taller
    than the header cells' (TALLER_CELL_SHARE): a record's title or a heading beside a strip of
    captions is none of its columns, and its words no header's (a header row's words are never
    values)."""
    tall = sorted(max(w.box.h for w in cell) for cell, key in parts if key is not None)
    if not tall:
        return parts
    limit = TALLER_CELL_SHARE * tall[len(tall) // 2]
    start, end = 0, len(parts)
    while start < end and parts[start][1] is None and max(w.box.h for w in parts[start][0]) >= limit:
        start += 1
    while end > start and parts[end - 1][1] is None and max(w.box.h for w in parts[end - 1][0]) >= limit:
        end -= 1
    return parts[start:end]


def _colon_values_unkeyed(
    lt: LayoutText, parts: list[tuple[list[WordRef], str | None]]
) -> list[tuple[list[WordRef], str | None]]:
    """`parts` with the cell after a caption that ends in a colon taken for that caption's value,
    no header: "Surname:  <Last>", "City:  <Town>" where the value happens to be a header word in
    some vocabulary ("Price", "Swift", a German header folded, a given name read as a column rule
    and a header). Read as a header row, the value was never masked. A row of captions that all
    end in colons ("Name:  Email:") is a form's, and each of them stays what it is."""

    def colon(cell: list[WordRef]) -> bool:
        return lt.text[cell[-1].end - 1] == ":"

    return [
        (cell, None if i and colon(parts[i - 1][0]) and not colon(cell) else key) for i, (cell, key) in enumerate(parts)
    ]


def _without_captioned_values(
    lt: LayoutText, parts: list[tuple[list[WordRef], str | None]]
) -> list[tuple[list[WordRef], str | None]]:
    """`parts` less a "Caption | value" pair at either end of the row, where the value holds a
    digit and a header cell stands on its other side: a card's line ("Sort code  <99-99-99>")
    that shares its row with another panel's table header ("Date | Source | Electricity kWh"),
    as a scaled-down screen lines them up. A header row's cells are words; read as one, the
    value was a header cell and never masked. A year's column ("2025") stands beside other
    years, not between two headers. The value stands nearer its caption than the pair stands
    to the header cells: a header's last cell with another pane's text far right of it is no
    caption ("mobile | dob", then a log line of a terminal pane beside the psql table, 240 px
    on: its dates' column was taken off with it)."""

    def has_digit(cell: list[WordRef]) -> bool:  # or is a masked value (the gate's reading)
        texts = [lt.text[w.start : w.end] for w in cell]
        return texts == [MASKED_CELL] or any(ch.isdigit() for text in texts for ch in text)

    def gap(i: int) -> int:  # between part i and part i + 1
        return parts[i + 1][0][0].box.x - parts[i][0][-1].box.x2

    start, end = 0, len(parts)
    while (
        end - start >= CAPTIONED_VALUE_MIN_PARTS
        and parts[start][1] is not None
        and parts[start + 1][1] is None
        and has_digit(parts[start + 1][0])
        and parts[start + 2][1] is not None
        and gap(start) <= gap(start + 1)
    ):
        start += 2
    while (
        end - start >= CAPTIONED_VALUE_MIN_PARTS
        and parts[end - 2][1] is not None
        and parts[end - 1][1] is None
        and has_digit(parts[end - 1][0])
        and parts[end - 3][1] is not None
        and gap(end - 2) <= gap(end - 3)
    ):
        end -= 2
    return parts[start:end]


def _rule_read_as_letters(text: str) -> bool:
    """Whether a word is a column rule alone ("|"), or as OCR reads one in small text ("I",
    "l", "!", with specks: "I'.'"). The pronoun "I" goes too: a sentence is no row of cells."""
    core = text.strip(_RULE_SPECKS)
    return not core.strip(COLUMN_RULES) or (len(core) <= 2 and set(core) <= _RULE_LOOKALIKES)


def _without_sort_glyphs(lt: LayoutText, cell: list[WordRef]) -> list[WordRef]:
    """A header row's cell less the sort or filter buttons OCR read beside its title ("Town v",
    "v Account manager" where the gap put the last column's button before the next title):
    with them, no cell of a spreadsheet's filtered header row was a header and nothing under it
    was typed."""
    a, b = 0, len(cell)
    while a < b and lt.text[cell[a].start : cell[a].end] in SORT_GLYPHS:
        a += 1
    while b > a and lt.text[cell[b - 1].start : cell[b - 1].end] in SORT_GLYPHS:
        b -= 1
    return cell[a:b]


def _cut_marker(lt: LayoutText, cell: list[WordRef]) -> bool:
    """Whether a header cell is a pager's mark of a line cut at the screen's edge (`less -S`
    ends every cut line with '>'): no column. The analysis moves a line's words with a
    sideways scroll, so the mark of the header's old cut stood after "address" in the middle
    of the row (sqlite_box at 81 s): a column of nothing, it ended the address column after a
    few letters, and an address that ran on past it stayed untyped."""
    return len(cell) == 1 and lt.text[cell[0].start : cell[0].end] in CUT_MARKERS


def _band_words(lt: LayoutText, row: Row) -> list[WordRef]:
    """The words of the layout's lines whose middles lie in `row`'s band, its rules too."""
    return [w for line in lt.lines if row.box.y <= line.box.y + line.box.h / 2 <= row.box.y2 for w in line.words]


def _closing_rule(lt: LayoutText, row: Row) -> float | None:
    """Where the column rule that closes a table's header row ends: the right edge of the
    rightmost word in its band, when that word is a rule right of every word of the row."""
    words = _band_words(lt, row)
    if not words:
        return None
    last = max(words, key=lambda w: w.box.x2)
    if not _rule_read_as_letters(lt.text[last.start : last.end]) or last.box.x < row.box.x2:
        return None
    return float(last.box.x2)


def _closed_at_rule(lt: LayoutText, header: Row, table: Table) -> Table:
    """`table` ending at the rule that closes its `header` row ("| dob | postcode |"), when its
    last column reached past it: text past that rule on the rows below is no cell of the last
    column but the start of a cell whose row wrapped at the terminal's edge ("| <postcode> | 41
    Pel"), and OCR may lose the rule between them: the run "<postcode> 41 Pel" was no postcode."""
    cut = _closing_rule(lt, header)
    if cut is None or cut >= table.x2:
        return table
    columns = tuple(replace(c, right=min(c.right, cut)) for c in table.columns if c.left < cut)
    return replace(table, columns=columns, x2=cut)


def _cell_span(lt: LayoutText, words: list[WordRef], entity: str) -> list[SpanFinding]:
    """A part of a wrapped cell, typed whole: its rules bound it, and a part of a value has no
    value's shape ("@@ Nathan La", its digits read as at signs, a street cut mid-word)."""
    text = lt.text[words[0].start : words[-1].end]
    if not any(ch.isalnum() for ch in text):
        return []
    return [SpanFinding(words[0].start, words[-1].end, entity, CELL_SCORE, CELL_RECOGNIZER)]


def _at_rules(lt: LayoutText, cells: list[list[WordRef]]) -> list[list[WordRef]]:
    """`cells` cut again at the column rules read inside them: a terminal table's header
    scaled down can be read with no gap at its rules, a header and the rules around it as one
    wide word (psql at 75 %: "email .phone| postcode I date_of birth |" as one run). A rule
    read alone ("|", "I") is a cell of its own; a word with a rule stuck after it ends its
    cell, one with a rule stuck before it (or a speck, the rule's remains, before and a rule
    after it) starts one. A word read twice, the first time cut short ("ema" over "email",
    their boxes overlapping), is read once."""
    out: list[list[WordRef]] = []
    for cell in cells:
        run: list[WordRef] = []
        for k, word in enumerate(cell):
            text = lt.text[word.start : word.end].strip(_RULE_SPECKS)
            after = cell[k + 1] if k + 1 < len(cell) else None
            if after is not None and _read_again(text, lt.text[after.start : after.end], word, after):
                continue
            if len(cell) > 1 and _rule_read_as_letters(text):
                out.extend(c for c in (run, [word]) if c)
                run = []
                continue
            raw = lt.text[word.start : word.end]
            # ".phone|": the rule before it read as a speck
            framed = raw[:1] in _RULE_SPECKS and raw[-1:] in COLUMN_RULES
            if run and (text[:1] in COLUMN_RULES or framed):
                out.append(run)
                run = []
            run.append(word)
            if len(text) > 1 and text[-1] in COLUMN_RULES:
                out.append(run)
                run = []
        if run:
            out.append(run)
    return out


def _read_again(text: str, next_text: str, word: WordRef, after: WordRef) -> bool:
    """Whether `word` is the start of the next word read once more over it: its text begins
    the next word's and half of its box or more lies under the next word's."""
    overlap = min(word.box.x2, after.box.x2) - max(word.box.x, after.box.x)
    return len(text) >= 2 and next_text.startswith(text) and overlap * 2 >= word.box.w


def _cut_at_glued_rules(
    lt: LayoutText, cells: list[list[WordRef]], is_header: Callable[[str], bool]
) -> list[list[WordRef]]:
    """`cells` cut again at the rules read inside their words, each piece boxed by its
    characters: a text table's header between two ASCII rules (sqlite's `.mode table`,
    `+----+` over and under "| id | first_name | last_name |") can be read as one tall line with
    the rules' dashes and bars glued to the titles, several titles in one word
    ("last_name-!....dob....-+"), and the line's height made every gap a space; then no cell
    was a header and nothing under it was typed. A rule read as a letter ("I") is no piece. Only
    a word with a header among its pieces is cut (a day axis's "S27M28|T29W30" is no header's)."""
    out: list[list[WordRef]] = []
    for cell in cells:
        run: list[WordRef] = []
        for word in cell:
            text = lt.text[word.start : word.end]
            rules = [(m.start(), m.end()) for m in _GLUED_RULES.finditer(text)]
            edges = [0, *(edge for rule in rules for edge in rule), len(text)]
            if not rules or not any(is_header(text[a:b]) for a, b in zip(edges[::2], edges[1::2], strict=True)):
                run.append(word)
                continue
            for a, b in zip(edges[::2], edges[1::2], strict=True):
                if a and run:  # a rule before this piece ends the cell
                    out.append(run)
                    run = []
                piece = text[a:b]
                if any(ch.isalnum() for ch in piece) and not _rule_read_as_letters(piece):
                    run.append(_piece(word, a, b))
            if rules[-1][1] == len(text) and run:
                out.append(run)
                run = []
        if run:
            out.append(run)
    return out


def _piece(word: WordRef, a: int, b: int) -> WordRef:
    """Characters [a, b) of `word` as a word of their own, boxed in proportion."""
    x1, x2 = word.x_at(word.start + a), word.x_at(word.start + b)
    box = Box(round(x1), word.box.y, max(round(x2 - x1), 1), word.box.h)
    return replace(word, start=word.start + a, end=word.start + b, box=box)


def split_cells(words: Iterable[WordRef], height: int, rules: Sequence[float] = ()) -> list[list[WordRef]]:
    """`words` (left to right) in runs separated by gaps wider than a space inside a cell, or by
    a column rule (`rules`, the middles of a row's rules: `Row.rules`)."""
    gap = CELL_GAP_LINE_HEIGHTS * height
    cells: list[list[WordRef]] = []
    for word in words:
        last = cells[-1][-1] if cells else None
        if (
            last is not None
            and word.box.x - last.box.x2 <= gap
            and not any(last.box.x2 - 1 <= x <= word.box.x + 1 for x in rules)
        ):
            cells[-1].append(word)
        else:
            cells.append([word])
    return cells


def _column_ends(header: Row, body: list[Row]) -> frozenset[int]:
    """The right edges of `header`'s words under which right-aligned columns end: pandas' and
    R's data frames, `column -t -R`, a terminal table's numbers. Their header cells end over the
    cells' right edges and are often a single space apart ("id first_name   last_name   email
    dob postcode"), so the gaps between header words (`split_cells`) missed where columns start
    and end: "dob postcode" was one cell and no header, and the midpoint between "email" and
    "dob" cut each date of birth in two (its left part read with the e-mail). A word ends a
    column when ALIGNED_ROW_SHARE of the rows below have a word ending at its right edge (a
    word, not a cell: R puts a single space between cells, "Szymanowska 1979-03-27"); the table
    is right-aligned when two words end columns and the words ending under one of them start
    at different places (a left-aligned column's cells start together). Empty when not."""
    if len(body) < ALIGNED_ROWS:
        return frozenset()
    tolerance = END_LINE_HEIGHTS * header.height
    rows = [[(w.box.x, w.box.x2) for w in r.words] for r in body]
    ends: set[int] = set()
    ragged = False
    for word in header.words:
        end = word.box.x2
        starts = [x1 for cells in rows for x1, x2 in cells if abs(x2 - end) <= tolerance]
        hits = sum(any(abs(x2 - end) <= tolerance for _, x2 in cells) for cells in rows)
        if hits < max(ALIGNED_ROWS, ALIGNED_ROW_SHARE * len(rows)):
            continue
        ends.add(end)
        ragged = ragged or max(starts) - min(starts) > tolerance
    return frozenset(ends) if len(ends) >= ALIGNED_ROWS and ragged else frozenset()


def _rows_under(lt: LayoutText, rows: list[Row], index: int) -> list[Row]:
    """The rows right under `rows[index]`, up to a wide gap, a blank line (a gap of
    BLANK_LINE_PITCHES times the first row's pitch: pandas parts the blocks of a wide frame so)
    or the next prompt line."""
    out: list[Row] = []
    last_y, last_y2 = rows[index].box.y, rows[index].box.y2
    pitch = 0
    for row in rows[index + 1 : index + 1 + MAX_ROWS_UNDER]:
        if row.box.y - last_y2 > ROW_GAP_LINE_HEIGHTS * rows[index].height or _prompt_line(lt, row.words):
            break
        if pitch and row.box.y - last_y > BLANK_LINE_PITCHES * pitch:
            break
        pitch = pitch or row.box.y - last_y
        out.append(row)
        last_y, last_y2 = row.box.y, row.box.y2
    return out


def _cut_at_ends(cells: list[list[WordRef]], ends: Collection[int]) -> list[list[WordRef]]:
    """`cells` cut after each word whose right edge is in `ends` (a right-aligned column's)."""
    out: list[list[WordRef]] = []
    for cell in cells:
        run: list[WordRef] = []
        for word in cell:
            run.append(word)
            if word.box.x2 in ends:
                out.append(run)
                run = []
        if run:
            out.append(run)
    return out


def _sentence_across(
    cell: list[WordRef], table: Table, height: int, spans: Collection[tuple[float, float]] = ()
) -> bool:
    """Whether `cell`, words a space apart that fit no one column, is a sentence run over the
    grid rather than its cells read close together: SENTENCE_WORDS words or more, and one of
    them goes on into the next column without starting where that column's cells start (the
    header's start, or where a cell of the table's rows starts, `spans`; `SAME_START_LINE_HEIGHTS`).
    A dialog drawn over a user table ("Share this temporary password with the user. They will
    be") put its words one by one into the Username and Email columns, and the value memory
    then masked them in every later frame. Cells read close together (a terminal's
    single-spaced table) start at their columns: under a green screen's headings, which stand
    two characters right of their cells, where the other rows' cells start ("<postcode> <TOWN>"
    read as one run, its town where the towns of the rows around it start). A word that ends
    short of where the next column's cells start, left of their heading, stays in its column
    (`Table.rest_of`)."""
    if len(cell) < SENTENCE_WORDS:
        return False
    near = SAME_START_LINE_HEIGHTS * height
    starts = [a for a, _ in spans]
    before = table.column_at((cell[0].box.x + cell[0].box.x2) / 2)
    for word in cell[1:]:
        if before is not None and table.rest_of(word, before, height, spans):
            continue  # the rest of the cell before it: `before` goes on
        column = table.column_at((word.box.x + word.box.x2) / 2)
        if column is None or column.aligned or column is before:
            before = column
            continue  # a right-aligned column's cells start anywhere
        if abs(word.box.x - column.start) > near and not any(abs(word.box.x - x) <= near for x in starts):
            return True
        before = column
    return False


def _cell_spans(rows: list[Row], table: Table) -> list[tuple[float, float]]:
    """Where the cells of `rows` (a table's body) start and end: each run of words."""
    return [
        (cell[0].box.x, cell[-1].box.x2)
        for row in rows
        for cell in row.cells([w for w in row.words if table.x1 <= w.box.x < table.x2])
    ]


def _lined_spans(
    rows: list[Row], lined: dict[tuple[int, int], bool], key: int, table: Table
) -> list[tuple[float, float]]:
    """The cells of the rows that line up with remembered table `key` (`lined`, from
    `_shows_rows_of`): its body on a screen whose header scrolled away."""
    return _cell_spans([rows[i] for (k, i), up in lined.items() if k == key and up], table)


def _lines_up(words: list[WordRef], table: Table, height: int) -> bool:
    """Whether `words` are a row of `table`: two or more cells that fit a column each, no two
    in the same column. Other cells may straddle columns (cells redrawn under a selection and
    read as one word), but none may cover where a column holding a cell that fits starts."""
    if not table.typed:
        return False
    fitted: set[float] = set()  # where the header cells of the columns holding a cell start
    spanned: list[tuple[float, float]] = []
    for cell in split_cells(words, height):
        column = table.cell_column(cell)
        if column is None:
            spanned.append((cell[0].box.x, cell[-1].box.x2))
        elif column.start in fitted:
            return False
        else:
            fitted.add(column.start)
    if len(fitted) < 2:
        return False
    return not any(x1 < start < x2 for x1, x2 in spanned for start in fitted)


def _key_value_chips(lt: LayoutText, words: list[WordRef]) -> bool:
    """Whether a row holds two or more "Key: value" pairs: a toolbar's filter chips ("Status:
    any", "Region: US") or a form's fields on one line, no row of a grid's cells. A grid at 66 %
    whose header the screen's text did not show typed the chips above it by their columns. The
    row's words left of the table count too: a timeline's toolbar ("Group by: none", "Zoom:
    Days") starts over the untyped task column left of the remembered table, and its second
    chip, in the Assignee column, was masked as a name on every frame after the grid's header
    was read in pieces."""
    keys = sum(1 for w, _ in zip(words, words[1:]) if lt.text[w.start : w.end].endswith(":"))
    return keys >= KEY_VALUE_CHIPS


def _frame_shape(lt: LayoutText, words: tuple[WordRef, ...]) -> bool:
    """Whether a row is a data frame's dimensions as pandas prints them under its table ("5 rows ×
    12 columns", the cross read "x"): a notebook's HTML frame at 0.75, its words under the
    customer id column were an account number, remembered and masked on every frame."""
    return bool(words) and _FRAME_SHAPE.fullmatch(lt.text, words[0].start, words[-1].end) is not None


def _prompt_line(lt: LayoutText, words: tuple[WordRef, ...]) -> bool:
    """Whether a row starts at a shell's or a database client's prompt ("crm=>", "mysql>",
    "user@host:~$", "PS C:\\>", cmd's "C:\\>dir" with the command glued): a command being typed,
    no row of the table its output printed above (psql at 20 s: "crm=> SELEC" typed under a
    remembered name column, read as a name; `dir` typed under `query user`'s USERNAME column)."""
    if not words:
        return False
    first = lt.text[words[0].start : words[0].end]
    if first == "PS" and len(words) > 1:
        first = lt.text[words[1].start : words[1].end]
    return first.endswith(PROMPT_ENDS) or _DRIVE_PROMPT.match(first) is not None


def _numbered_heading(lt: LayoutText, words: tuple[WordRef, ...]) -> bool:
    """Whether a row is a Markdown heading behind an editor's line number ("15 ## Contacts"):
    the next section's title, no row of the pipe table above it (a Markdown editor's source
    pane: the heading stood in the table's Name column, was typed a name and remembered, and
    the preview's rendered heading was masked with it). Unnumbered, its '#' marks end the table
    as a prompt's do (`_prompt_line`)."""
    if len(words) < 3:
        return False
    number, marks = (lt.text[w.start : w.end] for w in words[:2])
    return number.isdigit() and len(number) <= ROW_NUMBER_DIGITS and 1 <= len(marks) <= 6 and marks == "#" * len(marks)


def _quoted_key_line(lt: LayoutText, words: tuple[WordRef, ...]) -> bool:
    """Whether a row opens with a key in quotes ('"UserName":', "'id':", read '"Userra"e' with
    its colon misread): a member of an object a command printed (JSON, a dict), no row of a
    grid remembered above it. CloudShell's pane under an IAM console: 'aws iam get-user' printed
    its JSON key lines under the users table's User name column, which typed '"UserName":' (its
    value masked) a login in the gate's reading of the output. Its closing quote may be lost:
    the key read over its line and the next ('"Userae', one word two rows tall) is a key still;
    a grid's cell opens with a letter or a digit."""
    if not words:
        return False
    first = lt.text[words[0].start : words[0].end]
    return len(first) > 2 and first[0] in QUOTES and (first[1].isalpha() or any(ch in QUOTES for ch in first[2:]))


def _layered(rows: list[Row], index: int, table: Table) -> bool:
    """Whether `rows[index]` lies closer than a line of text (`LAYER_LINE_HEIGHTS`) to a row next
    to it whose cells fit more of `table`'s columns: the two are text of different layers, and
    the grid's row is the one that lines up with its columns. A window dragged over a grid puts
    its title bar between two of the grid's rows ("Call notes - <brand> CRM" under the Phone and
    City columns, 10 px below one row and 10 px above the next, 21 px apart); the grid typed the
    title as a city. A cell's wrapped second line, a line apart, is no layer."""
    row = rows[index]
    mine: int | None = None
    for other in (rows[index - 1] if index else None, rows[index + 1] if index + 1 < len(rows) else None):
        if other is None or abs(other.middle - row.middle) >= LAYER_LINE_HEIGHTS * max(row.height, other.height):
            continue
        if mine is None:
            mine = _fitting(row, table)
        if _fitting(other, table) > mine:
            return True
    return False


def _fitting(row: Row, table: Table) -> int:
    """How many cells of `row` inside `table` fit one of its columns."""
    words = [w for w in row.words if table.x1 <= (w.box.x + w.box.x2) / 2 < table.x2]
    return sum(table.cell_column(cell) is not None for cell in row.cells(words))


def _across_columns(row: Row, words: tuple[WordRef, ...], table: Table) -> bool:
    """Whether most cells of a row under `table`'s header fit none of its columns: the row is
    laid out by something else (a spreadsheet's sheet tabs "Payroll | Deductions | Pension
    contributions" under the grid; "Payroll" fitted the name column and was learnt as a name).
    A row with one cell (a name wrapped onto a second line) or with one cell read across
    columns (a row redrawn under a selection) is still a row."""
    cells = row.cells(words)
    fitting = sum(table.cell_column(cell) is not None for cell in cells)
    return len(cells) - fitting > max(fitting, 1)


def _in_step(rows: list[Row], index: int, header: int, table: Table) -> bool:
    """Whether most cells of `rows[index]` start where a word of the row above or below it
    (under the `header` row) starts: a grid's row whose cells stand left of their headings, or
    run together a space apart (a green screen's subfile: "<postcode> <TOWN>" one cell), even
    though they fit none of its columns. A strip laid out by something else (a sheet's tabs, a
    toolbar) does not keep the grid's steps."""
    row = rows[index]
    cells = row.cells([w for w in row.words if table.x1 <= w.box.x < table.x2])
    starts = [w.box.x for k in (index - 1, index + 1) if header < k < len(rows) for w in rows[k].words]
    near = SAME_START_LINE_HEIGHTS * row.height
    in_step = sum(any(abs(cell[0].box.x - x) <= near for x in starts) for cell in cells)
    return in_step >= 2 and 2 * in_step > len(cells)


def _completed(table: Table, unread: list[bool], memory: TableMemory) -> Table:
    """`table` with each column whose header cell is no header word typed like the column of
    a table remembered at its place. A header row scaled down or re-encoded at a low bitrate
    loses a short word ("NI number" read "number"): the row is still a header (its other
    cells are), it claims the rows below, and the column it could not type left every cell of
    it readable that the value memory had not learnt. The remembered table must be this one:
    two header cells or more of both start at one place with one type; a column whose header
    was read as another header word keeps its own type (another table drawn there)."""
    for known in reversed(memory.tables):
        if not known.overlaps(table):
            continue
        same = sum(
            not missing and any(abs(c.start - k.start) <= SAME_PLACE_PX and c.entity == k.entity for k in known.columns)
            for c, missing in zip(table.columns, unread, strict=True)
        )
        if same < 2:
            continue
        columns = []
        for column, missing in zip(table.columns, unread, strict=True):
            at = known.column_at(column.start) if missing and column.entity is None else None
            columns.append(replace(column, entity=at.entity) if at is not None and at.entity else column)
        return replace(table, columns=tuple(columns))
    return table


def _typed_by_cells(lt: LayoutText, rows: list[Row], table: Table) -> Table:
    """`table` with its last column typed by what its cells hold, when its header was cut at
    the table's clipped edge (`Table.cut`: the types whose phrase the cut header starts): the
    one type whose cut value's shape (`_CUT_CELL_SHAPES`, the cells being cut at the same
    edge) most cells of the column share, CUT_CELLS of them at least. A pandas frame's HTML
    table wider than its notebook cell showed "iba" over IBANs cut after their 20th character:
    too short for the IBAN recognizer, typed by nothing. Cost: a regex per cell of that column,
    only under such a header."""
    last = table.columns[-1]
    if last.entity:
        return replace(table, cut=frozenset())  # typed from a remembered table's header
    cells: list[str] = []
    for row in rows:
        words = [w for w in row.on_baseline().words if table.column_at((w.box.x + w.box.x2) / 2) is last]
        if words:
            cells.append("".join(lt.text[w.start : w.end] for w in words).strip(EDGE_PUNCTUATION))
    fits = [e for e in sorted(table.cut) if sum(bool(_CUT_CELL_SHAPES[e].fullmatch(c)) for c in cells) >= CUT_CELLS]
    if len(fits) != 1 or sum(bool(_CUT_CELL_SHAPES[fits[0]].fullmatch(c)) for c in cells) < CUT_SHARE * len(cells):
        return replace(table, cut=frozenset())
    columns = (*table.columns[:-1], replace(last, entity=fits[0]))
    return Table(columns, table.x1, table.x2)


def _organisation_words(table: Table, words: Iterable[WordRef]) -> list[tuple[int, int]]:
    """The character ranges of `words` (a row of `table`) that lie in a column whose header
    names an organisation."""
    if not any(c.organisation for c in table.columns):
        return []
    out = []
    for w in words:
        if table.x1 <= w.box.x < table.x2:
            column = table.column_at((w.box.x + w.box.x2) / 2)
            if column is not None and column.organisation:
                out.append((w.start, w.end))
    return out


def _same_columns(a: Table, b: Table) -> bool:
    return [c.entity for c in a.columns] == [c.entity for c in b.columns]


def _index_before(lt: LayoutText, run: list[WordRef], cell_of: dict[int, int]) -> bool:
    """Whether a number column's run starts with its row's index: the line's first word, a bare
    number of up to INDEX_DIGITS digits, a cell of its own (a cell's gap before the next word).
    pandas prints a frame's index so ("<n>   <customer id>   <name> ..."), an unaligned column
    (right-aligned numbers under a right-aligned header) takes it into its first value's run, and
    the memory then learnt and masked '<n> <id>' wherever shown. A value's own first group
    ("12 34 56", "020 7946 0000") stands a space from the next in the same cell."""
    if len(run) < 2 or run[0].index != 0 or cell_of.get(run[0].start) == cell_of.get(run[1].start):
        return False
    first = lt.text[run[0].start : run[0].end]
    return first.isdigit() and len(first) <= INDEX_DIGITS


def _row_number_before(lt: LayoutText, run: list[WordRef], entity: str) -> bool:
    """Whether a name's or a place's cell starts with a bare row number (1-4 digits) before more
    words: a spreadsheet's gutter, a numbered list's index."""
    if entity not in ("PERSON", "LOCATION") or len(run) < 2:
        return False
    first = lt.text[run[0].start : run[0].end].rstrip(".")
    return first.isdigit() and len(first) <= ROW_NUMBER_DIGITS
