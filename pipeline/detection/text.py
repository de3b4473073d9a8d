"""The text model of a screen: one text built from an OCR `Layout`, spans of it, and their boxes.

`LayoutText` joins the words of a line with single spaces and the lines with "\\n", keeping the
map from character offsets back to OCR words (`WordRef`) and lines (`LineRef`). Every pass
works on offsets of that one text (`SpanFinding`), and a span becomes boxes only at the end:
x positions inside a word are proportional estimates, so a span that cuts a word is boxed
generously (`cut_x`, `BoxPadding.partial_cut_chars`), but for text set in a monospace font (a
terminal), where a character's cell is known and the cut ends on its edge (`cell_cut`).
"""

from __future__ import annotations

import bisect
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.core.types import Box, InputField, Layout

_WS_IN_WORD = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\v": " ", "\f": " "})


@dataclass(frozen=True, slots=True)
class WordRef:
    """An OCR word in the layout text: [start, end) offsets, its line (index into
    LayoutText.lines) and its index within that line."""

    start: int
    end: int
    line: int
    index: int
    box: Box

    @property
    def char_w(self) -> float:
        return self.box.w / max(self.end - self.start, 1)

    def x_at(self, offset: int) -> float:
        """x of the left edge of the character at `offset` (proportional estimate)."""
        return self.box.x + (offset - self.start) * self.char_w


@dataclass(frozen=True, slots=True)
class LineRef:
    start: int
    end: int
    words: tuple[WordRef, ...]
    box: Box
    layout_index: int  # index into Layout.lines

    @property
    def height(self) -> int:
        return max(self.box.h, 1)

    @property
    def word_height(self) -> float:
        """The median height of its words: the line's box grows with each word's offset (a
        descender, a caption a pixel lower than its value); a gap measured in text heights
        should not."""
        return max(statistics.median(w.box.h for w in self.words), 1) if self.words else self.height


@dataclass(frozen=True, slots=True)
class SpanFinding:
    """A span [start, end) of the layout text with its entity type, score and the recognizer
    that found it (internal to detection and the exporters: the text stays in the layout)."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str


class LayoutText:
    """One text for a whole layout, with the offset map back to OCR words."""

    def __init__(self, layout: Layout):
        parts: list[str] = []
        lines: list[LineRef] = []
        words: list[WordRef] = []
        pos = 0
        for li, line in enumerate(layout.lines):
            kept = [w for w in line.words if w.text and w.text.strip()]
            if not kept:
                continue
            if lines:
                parts.append("\n")
                pos += 1
            line_start = pos
            refs: list[WordRef] = []
            for wi, word in enumerate(kept):
                if wi:
                    parts.append(" ")
                    pos += 1
                text = word.text.translate(_WS_IN_WORD)
                ref = WordRef(pos, pos + len(text), len(lines), wi, word.box)
                parts.append(text)
                pos += len(text)
                refs.append(ref)
            words.extend(refs)
            box = Box.union_all(w.box for w in refs)
            assert box is not None
            lines.append(LineRef(line_start, pos, tuple(refs), box, li))
        self.text = "".join(parts)
        self.fields: tuple[InputField, ...] = layout.fields
        self.lines: list[LineRef] = lines
        self.words: list[WordRef] = words
        self._starts = [w.start for w in words]
        self._line_starts = [ln.start for ln in lines]
        self._cells: dict[int, float | None] = {}

    def cell_width(self, line: int) -> float | None:
        """The width of a character cell of line `line` (an index into `lines`) when its text
        is set in a monospace font, else None (see `cell_width`)."""
        if line not in self._cells:
            self._cells[line] = cell_width(self, line)
        return self._cells[line]

    def words_in(self, start: int, end: int) -> list[WordRef]:
        """Words that overlap the character range [start, end)."""
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        found = []
        while i < len(self.words) and self.words[i].start < end:
            w = self.words[i]
            if w.end > start:
                found.append(w)
            i += 1
        return found

    def line_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self._line_starts, offset) - 1, 0)


# ------------------------------------------------------------------------------ boxes --


@dataclass(frozen=True, slots=True)
class BoxPadding:
    """Every box grows by `pad_px` + `pad_line_frac` * line height on each side, and by
    `partial_cut_chars` * (estimated character width) more where a span cuts an OCR word."""

    pad_px: float
    pad_line_frac: float
    partial_cut_chars: float


def span_box(lt: LayoutText, start: int, end: int) -> Box:
    """Unpadded box of [start, end) on one line (proportional x inside words)."""
    words = lt.words_in(start, end)
    x1 = min(w.x_at(max(start, w.start)) for w in words)
    x2 = max(w.x_at(min(end, w.end)) for w in words)
    y1 = min(w.box.y for w in words)
    y2 = max(w.box.y2 for w in words)
    return Box.from_corners(int(x1), y1, int(round(x2)), y2)


def span_boxes(lt: LayoutText, start: int, end: int, padding: BoxPadding) -> list[Box]:
    """One padded box per visual line that [start, end) touches."""
    by_line: dict[int, list[WordRef]] = {}
    for w in lt.words_in(start, end):
        by_line.setdefault(w.line, []).append(w)
    boxes = []
    for li, words in sorted(by_line.items()):
        first, last = words[0], words[-1]
        a = max(start, first.start)
        b = min(end, last.end)
        # the extremes over all the words: OCR can return a word box that spans its
        # neighbours ("https://clark-" covering the whole URL)
        x1 = min(w.x_at(max(start, w.start)) for w in words)
        x2 = max(w.x_at(min(end, w.end)) for w in words)
        # a cut inside a word of monospace text ends on the edge of a character's cell, with
        # no pad over the next character (the innocent host after a login: 'user@host')
        cell = lt.cell_width(li) if a > first.start or b < last.end else None
        left_cell = cell_cut(first, a, cell) if cell is not None and a > first.start else None
        right_cell = cell_cut(last, b, cell) if cell is not None and b < last.end else None
        if a > first.start or b < last.end:
            line_cw = line_char_w(lt.lines[li])
            if left_cell is not None:
                x1 = left_cell[0]
            elif a > first.start:
                x1 = min(x1, *(cut_x(first, a, w)[0] for w in _widths(first, line_cw, cell)))
            if right_cell is not None:
                x2 = right_cell[1]
            elif b < last.end:
                x2 = max(x2, *(cut_x(last, b, w)[1] for w in _widths(last, line_cw, cell)))
        y1 = min(w.box.y for w in words)
        y2 = max(w.box.y2 for w in words)
        line_h = lt.lines[li].height
        pad = padding.pad_px + padding.pad_line_frac * line_h
        left = 0.0 if left_cell else pad + (padding.partial_cut_chars * first.char_w if a > first.start else 0.0)
        right = 0.0 if right_cell else pad + (padding.partial_cut_chars * last.char_w if b < last.end else 0.0)
        bx1 = max(math.floor(x1 - left), 0)
        by1 = max(math.floor(y1 - pad), 0)
        bx2 = math.ceil(x2 + right)
        by2 = math.ceil(y2 + pad)
        # neighbours over the whole line, not only over the span: the row above may end left of
        # the value ('[db]' over 'password = <value>'), yet it sets the spacing that a row
        # printed below later sits at
        row = lt.lines[li].box
        by1, by2 = _clear_of_neighbours(lt, start, end, (min(bx1, row.x), max(bx2, row.x2)), (y1, y2), (by1, by2))
        if bx2 > bx1 and by2 > by1:
            boxes.append(Box.from_corners(bx1, by1, bx2, by2))
    return boxes


def _widths(word: WordRef, line_cw: float, cell: float | None) -> tuple[float, ...]:
    """The character widths to cut `word` with: the line's, and a monospace line's cell where
    OCR spread the word's box past its characters by more than a cell (a URL-encoded body
    glued into one word, its box over most of the line: its text stands at one end of the box,
    not spread over it, and a cut at the proportional place masked the wrong characters)."""
    if cell is not None and word.box.w > (word.end - word.start + 1) * cell:
        return (line_cw, cell)
    return (line_cw,)


def _clear_of_neighbours(
    lt: LayoutText, start: int, end: int, xs: tuple[int, int], ys: tuple[int, int], padded: tuple[int, int]
) -> tuple[int, int]:
    """The padded top and bottom, kept off the lines above and below: in tight line spacing (a
    terminal's 18 px rows) a full pad covers the top of the next line's text. Where another
    line's word stands within the pad, the pad is half the gap to it (at least 1 px), on both
    sides: a line printed below later sits at the same spacing, and a box held over time (the
    tracker keeps it while its pixels stay) must not cover it then."""
    top, bottom = padded
    y1, y2 = ys
    above, below = [], []
    for ln in lt.lines:
        if ln.box.y >= bottom or ln.box.y2 <= top or ln.box.x >= xs[1] or ln.box.x2 <= xs[0]:
            continue
        for w in ln.words:
            if w.box.x2 <= xs[0] or w.box.x >= xs[1] or (w.start < end and start < w.end):
                continue
            centre = w.box.y + w.box.h / 2
            if centre < y1 and w.box.y2 > top:
                above.append(y1 - w.box.y2)
            elif centre > y2 and w.box.y < bottom:
                below.append(w.box.y - y2)
    if not above and not below:
        return top, bottom
    least = min(above + below)
    if least > 0:
        pad = max(least / 2, 1.0)
        return max(top, math.floor(y1 - pad)), min(bottom, math.ceil(y2 + pad))
    # OCR's boxes of the two lines overlap (rows scaled down to 0.75: one line's descenders over
    # the next one's capitals): no pad, on both sides as above (a line printed later on the
    # other side sits at the same spacing), the span's own words' box only. A pad of 1 px covered
    # the top of a job title under a card's name (org_chart) or the descenders of
    # '/var/lib/postgresql' over a masked passwd row (linux_accounts) a pixel more than the
    # overlap; the span's own letters are never given up (a caption or a box's edge read over
    # a value overlaps it as well: fail closed)
    return max(top, math.floor(y1)), min(bottom, math.ceil(y2))


def line_char_w(line: LineRef) -> float:
    """The median character width of a line's longer words."""
    widths = sorted(w.char_w for w in line.words if w.end - w.start >= 3) or [w.char_w for w in line.words]
    return widths[len(widths) // 2]


def cut_x(word: WordRef, offset: int, line_cw: float) -> tuple[float, float]:
    """Leftmost and rightmost estimates of the x where `offset` cuts `word`: counted from its
    left edge and from its right edge, with the word's own and the line's character width.
    OCR's text and box disagree at times (a misread "K&Y=" before a key whose box starts at
    the "="), so no single estimate is safe; the span's box takes the one that covers most."""
    x_range = (word.box.x, word.box.x2)
    estimates = (
        word.x_at(offset),
        word.box.x + (offset - word.start) * line_cw,
        word.box.x2 - (word.end - offset) * line_cw,
        word.box.x2 - (word.end - offset) * word.char_w,
    )
    clamp = [min(max(x, x_range[0]), x_range[1]) for x in estimates]
    return min(clamp), max(clamp)


# Widths of characters in the proportional fonts of screens (em, rounded by class): what a word
# of such a font is as wide as. A monospace font gives every character one cell instead.
_VERY_NARROW = frozenset("ilj'|.,:;!I`")
_NARROW = frozenset('ftr()[]{}-/" ')
_VERY_WIDE = frozenset("mwMW@%OQG&")
_CAPITAL, _OTHER = 0.68, 0.56
# a word's ink is narrower than its cells by the bearings of its end characters (about this
# many cells); a fit within this (log) tolerance counts as one
_BEARING_CELLS = 0.3
_FIT = 0.05
_CELL_MIN_WORDS = 4  # words of 3 characters or more the decision needs
_CELL_MIN_FIT = 0.75  # ...the share of them that fit one cell width
_CELL_MARGIN = 0.3  # ...by this much more than they fit proportional widths
_BEARING_MAX = 0.45  # the most of a cell a character's bearing leaves blank on one side


def _proportional_width(text: str) -> float:
    return sum(
        0.27
        if c in _VERY_NARROW
        else 0.36
        if c in _NARROW
        else 0.85
        if c in _VERY_WIDE
        else _CAPITAL
        if c.isupper()
        else _OTHER
        for c in text
    )


def cell_width(lt: LayoutText, line: int) -> float | None:
    """The width of a character cell of line `line` when its text is set in a monospace font
    (a terminal), else None. Judged over the block of lines that start where it starts (a
    terminal's lines; a line alone holds too few words): a monospace font makes each word's
    width its count of characters times one cell; a proportional font makes it the sum of its
    characters' widths, narrow ('il.:') and wide ('mw@') alike. Monospace when most words fit
    the first and clearly fewer the second; None when the block holds too few words to tell
    (a row of digits fits both: digits are as wide as each other in most fonts)."""
    ref = lt.lines[line]
    x0, h = ref.words[0].box.x, ref.height
    char_w = statistics.median(w.char_w for w in ref.words)
    words = [
        w
        for ln in lt.lines
        if abs(ln.words[0].box.x - x0) <= char_w and 0.7 * h <= ln.height <= 1.4 * h
        for w in ln.words
        if w.end - w.start >= 3
    ]
    if len(words) < _CELL_MIN_WORDS:
        return None
    cells = [math.log(max(w.box.w, 1) / (w.end - w.start - _BEARING_CELLS)) for w in words]
    widths = [math.log(max(w.box.w, 1) / max(_proportional_width(lt.text[w.start : w.end]), 0.5)) for w in words]
    cell_fit, width_fit = _fit(cells), _fit(widths)
    if cell_fit < _CELL_MIN_FIT or width_fit > cell_fit - _CELL_MARGIN:
        return None
    return math.exp(statistics.median(cells))


def _fit(values: list[float]) -> float:
    """The share of `values` within _FIT of their median."""
    middle = statistics.median(values)
    return sum(abs(v - middle) <= _FIT for v in values) / len(values)


def cell_cut(word: WordRef, offset: int, cell: float) -> tuple[float, float] | None:
    """The leftmost and rightmost x where `offset` cuts `word` of monospace text whose cells
    are `cell` wide: the edge of the character's cell, from the word's ink at either end (its
    first and last characters leave up to _BEARING_MAX of a cell blank). None when the word's
    box does not span its characters' cells (a box spread over the line)."""
    n = word.end - word.start
    if not -1.0 <= word.box.w / cell - n <= 0.25:
        return None
    k = offset - word.start
    bearing = _BEARING_MAX * cell
    from_left, from_right = word.box.x + k * cell, word.box.x2 - (n - k) * cell
    # the edge lies between these two; should they cross (a cell a little off), both are taken
    lowest, highest = max(from_left - bearing, from_right), min(from_left, from_right + bearing)
    return min(lowest, highest), max(lowest, highest)


def field_box(lt: LayoutText, start: int, end: int, pad: float) -> list[Box]:
    """The content box of the input field that [start, end) fills (every word typed into the
    field is in the span), padded by `pad`; [] when the span is not a field's whole content.
    A mask over the whole box hides the value's length and holds while more is typed."""
    words = lt.words_in(start, end)
    if not words:
        return []
    for field in lt.fields:
        box = field.box
        inside = words_inside(lt, box)
        if not inside or any(w not in words for w in inside) or any(w not in inside for w in words):
            continue
        if box.h > 3 * max(w.box.h for w in inside):
            continue  # a panel around the text, not an input line
        p = math.ceil(pad)
        return [Box(max(box.x - p, 0), max(box.y - p, 0), box.w + 2 * p, box.h + 2 * p)]
    return []


def words_inside(lt: LayoutText, box: Box, slack: float = 2) -> list[WordRef]:
    """The words whose middle lies in `box` (what is typed into a field), `slack` px around it,
    without the field's border, the caret or the pointer's I-beam read as a glyph ("|", "I")."""
    return [
        w
        for w in lt.words
        if box.x - slack <= w.box.x + w.box.w / 2 <= box.x2 + slack
        and box.y - slack <= w.box.y + w.box.h / 2 <= box.y2 + slack
        and w.box.h <= box.h + 2 * slack  # taller than the box: its side, read as "}" or "|"
        and lt.text[w.start : w.end] not in _EDGE_GLYPHS
    ]


_EDGE_GLYPHS = frozenset(
    {"|", "||", "I", "l", "[", "]", "(", ")", "{", "}", "!", "1", "i", "_", "-", "/", "\\", "'", "`"}
)


# A word OCR read together with a shape's edge (a selected tab's outline, a button's border): this
# many times taller than the words beside it on its line, the edge read as a stroke before small
# letters ("Ibreakdovn" for a tab caption's second word)
OUTLINED_HEIGHTS = 1.8
_STROKE_BEFORE_SMALL = re.compile(r"[Il][a-z]{3,}")


def outlined(text: str, word: WordRef, beside: Sequence[WordRef]) -> bool:
    """Whether `word` (its `text`) was read with a shape's edge: a stroke before small letters,
    OUTLINED_HEIGHTS times as tall as the shortest of the words `beside` it on its line. Its
    letters are no name's (a name is capitalised), so it ends a name before it; the caller
    still keeps a name it knows ("Irving")."""
    heights = [other.box.h for other in beside if other.line == word.line and other is not word]
    return (
        bool(heights)
        and word.box.h >= OUTLINED_HEIGHTS * min(heights)
        and _STROKE_BEFORE_SMALL.fullmatch(text) is not None
    )
