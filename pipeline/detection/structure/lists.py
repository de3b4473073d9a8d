"""Lists of sibling rows: a column of names that no header types.

A mail list has no header row: each row is a checkbox, a star, the sender, the subject and a
date, laid out at the same x positions as the rows above and below it. A person reads the
sender column as names because the column is full of them; spaCy, reading one row at a time
("CJ First Last Re: subject - snippet ... Sep 15"), tags some senders and misses others, and
the bare-name finder (names.py) takes a pair only where it stands apart from the subject.

`ListNameFinder` reads the rows as a list. A column is a run of MIN_ROWS rows or more, one
under the other, each with a cell starting at the same x (after the icons a row may start with:
a checkbox or a star read as "CJ", "Oo", "a)"), whose rows share another column further right
(a subject, a date). Where most of the column's cells look like names and most of those are
names the lexicon knows ("First Last": a known first name, then surname-like words), the column
is a column of names, and each of its cells shaped like a name is a PERSON, the ones no other
pass found included. A column of products or folders in the same layout holds few known
names ("Alpine Wool Beanie", "Invoices 2025"), a navigation panel single words, a subject
column prose: none is typed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from pipeline.detection.names import NameLexicon, is_name_token
from pipeline.detection.structure.tables import Row, visual_rows
from pipeline.detection.text import LayoutText, SpanFinding, WordRef

RECOGNIZER = "structure/list"
# Above the bare-name finder (0.55: a pair with nothing around it), below the gate's high
# confidence (0.75): the column says more than one row, but it is still a guess from names
SCORE = 0.65
MIN_ROWS = 3  # a list: this many sibling rows or more
ALIGN_LINE_HEIGHTS = 0.6  # cells of one column start this close (in row heights)
ROW_GAP_LINE_HEIGHTS = 3.5  # the next row of the list is at most this far below (gap)
SHARED_COLUMN_SHARE = 0.6  # another column shared by this share of the rows: the same layout
NAME_CELL_SHARE = 0.5  # of the column's cells, which must be shaped like a name
KNOWN_NAME_SHARE = 0.5  # of those, which the lexicon must know as names
MIN_KNOWN_NAMES = 2
MAX_ICON_CHARS = 3  # a checkbox, star or avatar read as a word: "CJ", "Oo", "a)", "☆"
MAX_NAME_WORDS = 4
CARD_ROW_MIN_CELLS = 3  # a row of cards: this many name cells side by side or more
# A list whose items take two or three lines (a contact's name over its company, a sender over
# a subject): the lines of one item stand this close (gap in cell heights); only an item's
# first line is its name cell
ITEM_LINE_GAP = 0.5
MAX_ITEM_LINES = 3


@dataclass(frozen=True, slots=True)
class _ListRow:
    """A visual row, with where its cells start: the words a cell gap precedes, and the word
    after a cell's short first word (an icon read as letters: "Oo Colin Pemberton")."""

    row: Row
    starts: frozenset[int]  # indexes into row.words of the words a cell gap precedes
    candidates: tuple[int, ...]  # indexes of the words a column's cell may start at

    def at(self, x: float, tolerance: float) -> int | None:
        return next((i for i in self.candidates if abs(self.row.words[i].box.x - x) <= tolerance), None)


class ListNameFinder:
    """PERSON cells of a list's name column (see the module's docstring)."""

    def __init__(self, lexicon: NameLexicon):
        self.lexicon = lexicon

    def find(self, lt: LayoutText, skip: Collection[int] = ()) -> list[SpanFinding]:
        rows = visual_rows(lt, skip)
        found = self._card_rows(lt, rows)
        for run in _runs([_list_row(lt, row.on_baseline()) for row in rows]):
            tolerance = ALIGN_LINE_HEIGHTS * max(r.row.height for r in run)
            done: list[float] = []
            xs = sorted(r.row.words[i].box.x for r in run for i in r.candidates)
            for x in xs:
                if done and x - done[-1] <= tolerance:
                    continue  # (xs ascend: the last column read is the nearest one)
                done.append(x)
                for column in _columns(run, x, tolerance):
                    found.extend(self._names(lt, column, x, tolerance))
            found.extend(self._right_aligned(lt, run, tolerance))
        return found

    def _right_aligned(self, lt: LayoutText, run: list[_ListRow], tolerance: float) -> list[SpanFinding]:
        """Names of a column set flush right: a bar chart's labels left of their bars ("Top
        accounts by revenue", each key contact's name ending where the bars start), a funnel's or
        a leaderboard's. Its cells end at one x and start wherever their length puts them, so no
        column of starts holds them. The same test as a list's names: most cells shaped like a
        name, most of those known names; ragged prose ends nowhere in common, and a justified
        paragraph's lines are one long cell each."""
        ends: dict[int, list[tuple[WordRef, ...]]] = {}
        for r in run:
            for cell in r.row.cells():
                key = next((k for k in ends if abs(k - cell[-1].box.x2) <= tolerance), cell[-1].box.x2)
                ends.setdefault(key, []).append(tuple(cell))
        found: list[SpanFinding] = []
        for cells in ends.values():
            if len(cells) < MIN_ROWS or len({round(c[0].box.x / max(tolerance, 1)) for c in cells}) < 2:
                continue  # too few, or flush left as well: the list's own columns above
            found.extend(self._name_cells(lt, [c for c in cells if all(w.line == c[0].line for w in c)]))
        return found

    def _names(self, lt: LayoutText, column: list[_ListRow], x: float, tolerance: float) -> list[SpanFinding]:
        nxt = _next_column(column, x, tolerance)
        rows = [_cell(r, x, tolerance, None if nxt is False else nxt) for r in column]
        cells = _item_heads(lt, rows, tolerance)
        if nxt is False:
            # rows that share nothing else: lines of a paragraph, a menu; or a list of items of
            # two lines whose first lines share a column the second lines lack (a call
            # history's "<First> <Last>" and its time over "Missed call")
            heads = {id(cell) for cell in cells}
            firsts = [r for r, cell in zip(column, rows) if id(cell) in heads]
            if len(cells) == len(rows) or _next_column(firsts, x, tolerance) is False:
                return []
        return self._name_cells(lt, cells)

    def _name_cells(self, lt: LayoutText, cells: list[tuple[WordRef, ...]]) -> list[SpanFinding]:
        """PERSON for the cells of a column of names: most cells shaped like a name, most of those
        names the lexicon knows; none when the column is not one."""
        shaped = [(cell, tokens) for cell in cells if (tokens := self._name_tokens(lt, cell)) is not None]
        if len(shaped) < NAME_CELL_SHARE * len(cells):
            return []
        known = sum(self._known_name(tokens) for _, tokens in shaped)
        if known < MIN_KNOWN_NAMES or known < KNOWN_NAME_SHARE * len(shaped):
            return []
        return [
            SpanFinding(cell[0].start, cell[-1].end, "PERSON", SCORE, RECOGNIZER)
            for cell, tokens in shaped
            if self.lexicon.ner_reject_reason(tokens, "PERSON") is None
        ]

    def _card_rows(self, lt: LayoutText, rows: list[Row]) -> list[SpanFinding]:
        """Names heading a row of cards: CARD_ROW_MIN_CELLS cells or more side by side, each of
        them shaped like a name (an event's badge previews, "<First> <Last>" in big type over
        the company; a team page's or a directory's cards). The row is one of names when it
        holds names the lexicon knows as a list does, or one such name and, in every other
        cell, no English word (rare given names and surnames). A row of product, company or
        folder titles has English words in it ("Copperleaf Energy"); a table's row has a date,
        a number or a status among its cells."""
        found: list[SpanFinding] = []
        for row in rows:
            if len(row.words) < 2 * CARD_ROW_MIN_CELLS:
                continue  # cheap first: a name is two words at least
            cells = row.cells()
            if len(cells) < CARD_ROW_MIN_CELLS:
                continue
            named = [(cell, tokens) for cell in cells if (tokens := self._name_tokens(lt, tuple(cell))) is not None]
            if len(named) < len(cells):
                continue
            known = [self._known_name(tokens) for _, tokens in named]
            listed = sum(known) >= MIN_KNOWN_NAMES and sum(known) >= KNOWN_NAME_SHARE * len(named)
            rare = any(known) and all(k or not self._has_word(tokens) for k, (_, tokens) in zip(known, named))
            if listed or rare:
                found.extend(
                    SpanFinding(cell[0].start, cell[-1].end, "PERSON", SCORE, RECOGNIZER)
                    for cell, tokens in named
                    if self.lexicon.ner_reject_reason(tokens, "PERSON") is None
                )
        return found

    def _has_word(self, tokens: list[str]) -> bool:
        """Whether a name-shaped cell holds an English or a system word ("Energy", "Labs")."""
        lex = self.lexicon
        return any(lex.is_dictionary(p) or lex.is_system(p) for t in tokens for p in t.split("-"))

    def _name_tokens(self, lt: LayoutText, words: tuple[WordRef, ...]) -> list[str] | None:
        """The words of a cell shaped like a person's name ("First Last", "Anne-Marie O'Neil",
        "Luis de la Cruz"), or None."""
        tokens = [lt.text[w.start : w.end].strip(",.;:") for w in words]
        if not 2 <= len(tokens) <= MAX_NAME_WORDS:
            return None
        if not (is_name_token(tokens[0]) and is_name_token(tokens[-1])):
            return None
        if not all(is_name_token(t) or _particle_or_initial(t) for t in tokens[1:-1]):
            return None  # a short particle ("de", "van") or an initial may stand inside; nothing else may
        return tokens

    def _known_name(self, tokens: list[str]) -> bool:
        """A first name the lexicon knows, then surnames or uncommon capitalised words."""
        lex = self.lexicon
        first, rest = tokens[0], [t for t in tokens[1:] if not t.islower() and len(t) > 1]  # no particle or initial
        if not lex.is_first_name_before(first, tokens[-1]) or lex.is_system(first) or first.lower() in lex.ui:
            return False
        # a surname English does not write as a word is no dictionary word, however often text
        # names it ("Featherstone", "Farquhar" pass wordfreq's common level)
        return bool(rest) and all(lex.is_surname(t) or not (lex.is_english_word(t) or lex.is_system(t)) for t in rest)


def _particle_or_initial(token: str) -> bool:
    """A word inside a name that is no name itself: a short particle ("de", "van", "la"), a
    middle initial ("J" of "Sarah J <Last>") or an Irish "O"/"Ó" whose apostrophe or accent
    OCR lost ("Caoimhín Ó <Last>", "Sean O <Last>")."""
    return token.isalpha() and (token.islower() and len(token) <= 3 or token.isupper() and len(token) == 1)


def _list_row(lt: LayoutText, row: Row) -> _ListRow:
    starts: set[int] = set()
    candidates: list[int] = []
    i = 0
    for cell in row.cells():
        starts.add(i)
        candidates.append(i)
        if len(cell) > 1 and len(lt.text[cell[0].start : cell[0].end]) <= MAX_ICON_CHARS:
            candidates.append(i + 1)  # "CJ First Last", "Oo First Last", "a) First Last"
        i += len(cell)
    return _ListRow(row, frozenset(starts), tuple(candidates))


def _runs(rows: list[_ListRow]) -> list[list[_ListRow]]:
    """Rows one under the other (no wide gap, like heights), MIN_ROWS or more."""
    runs: list[list[_ListRow]] = []
    run: list[_ListRow] = []
    for r in rows:
        if run:
            last = run[-1].row
            height = max(last.height, r.row.height)
            near = r.row.box.y - last.box.y2 <= ROW_GAP_LINE_HEIGHTS * height
            if not (near and 0.5 <= r.row.height / last.height <= 2.0):
                if len(run) >= MIN_ROWS:
                    runs.append(run)
                run = []
        run.append(r)
    if len(run) >= MIN_ROWS:
        runs.append(run)
    return runs


def _columns(run: list[_ListRow], x: float, tolerance: float) -> list[list[_ListRow]]:
    """The runs of rows of `run` (MIN_ROWS or more in a row) with a cell starting at `x`. A row
    with nothing at `x` is beside the column (a navigation panel's item between two rows of the
    list, in a band of its own) and does not end it; a word over `x` does."""
    out: list[list[_ListRow]] = []
    column: list[_ListRow] = []
    for r in (*run, None):
        if r is not None and r.at(x, tolerance) is not None:
            column.append(r)
            continue
        if r is not None and not any(w.box.x - tolerance <= x <= w.box.x2 + tolerance for w in r.row.words):
            continue
        if len(column) >= MIN_ROWS:
            out.append(column)
        column = []
    return out


def _cell(r: _ListRow, x: float, tolerance: float, nxt: float | None) -> tuple[WordRef, ...]:
    """The row's cell starting at `x`: its words up to a cell gap or to the list's next column
    (`nxt`: a long name runs up to the subject with no cell gap left before it)."""
    first = r.at(x, tolerance)
    assert first is not None
    words = r.row.words
    cell = [words[first]]
    for i in range(first + 1, len(words)):
        if i in r.starts or (nxt is not None and words[i].box.x >= nxt - tolerance):
            break
        if words[i].line != words[first].line:
            break  # another layout line in the row's band: a span never crosses lines
        cell.append(words[i])
    return tuple(cell)


def _item_heads(lt: LayoutText, cells: list[tuple[WordRef, ...]], tolerance: float) -> list[tuple[WordRef, ...]]:
    """The first line of each item, where the column's cells make items of two or three lines:
    a contact list shows each person's name over the company, the next name further down. The
    name column's second lines are no names (a company is often a name-shaped line of two
    capitalised words); a list of one line per item keeps every cell. A cell goes on an item's
    line above it when a word starts at its x right above it (a gap under ITEM_LINE_GAP of its
    height; that line may be no cell of the column: an avatar centred on an item's two lines
    merges them into one row); the column is a list of such items when two cells at least go on
    a line above and two at least start an item, with no more than MAX_ITEM_LINES lines to one
    (close lines in longer runs: a block of text, or a dense list of one line per item)."""
    if len(cells) < MIN_ROWS:
        return cells  # (a frame's re-read area may hold two or three items of the list)
    heights = sorted(max(w.box.h for w in cell) for cell in cells)
    height = heights[len(heights) // 2]
    # the words that start within reach of the column's cells (once, not once per cell)
    lo, hi = min(c[0].box.x for c in cells) - tolerance, max(c[0].box.x for c in cells) + tolerance
    near = [w for w in lt.words if lo <= w.box.x <= hi]

    def under_a_line(cell: tuple[WordRef, ...]) -> bool:
        first = cell[0]
        top = min(w.box.y for w in cell)
        return any(
            w is not first
            and abs(w.box.x - first.box.x) <= tolerance
            and -ITEM_LINE_GAP * height < top - w.box.y2 < ITEM_LINE_GAP * height
            and w.box.y < top
            for w in near
        )

    below = [under_a_line(cell) for cell in cells]
    if sum(below) < 2 or len(cells) - sum(below) < 2:
        return cells
    lines = 1
    for inside in below[1:]:
        lines = lines + 1 if inside else 1
        if lines > MAX_ITEM_LINES:
            return cells
    return [cell for cell, inside in zip(cells, below) if not inside]


def _next_column(column: list[_ListRow], x: float, tolerance: float) -> float | bool | None:
    """Where the list's next column right of `x` starts: the leftmost x where, in most rows, a
    word starts, and in one row at least a cell starts (a surname of a monospace list may start
    at one x in every row; it starts no cell). None when the rows share only a column of words
    ending at one x (right-aligned dates); False when they share none."""
    need = SHARED_COLUMN_SHARE * len(column)

    def rows_with(x2: float, end: bool) -> int:
        return sum(
            any(abs((w.box.x2 if end else w.box.x) - x2) <= tolerance for w in r.row.words if w.box.x > x + tolerance)
            for r in column
        )

    starts = sorted(r.row.words[i].box.x for r in column for i in r.starts if r.row.words[i].box.x > x + tolerance)
    for x2 in starts:
        if rows_with(x2, False) >= need:
            return float(x2)
    if any(rows_with(w.box.x2, True) >= need for r in column for w in r.row.words if w.box.x > x + tolerance):
        return None
    return False
