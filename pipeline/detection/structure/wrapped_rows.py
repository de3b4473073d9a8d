"""Delimited rows wrapped at the window's edge, joined again into the lines of the file.

An editor that numbers its lines and wraps them (vim's `:set nu wrap`, `less -N`) shows a CSV
record wider than the window over two or three screen rows: the first after its line number, the
others without one, each starting at the text's column (vim) or at the window's left edge (`cat
-n`), and every row but the last filled to the window's right edge. The header wraps the same way,
so neither its first screen row nor any row of a record has the columns' count: no field stands
under its column by its order, and the header's continuation reads as a header of its own, cut
at the left ("mpany,Job Title,...,Notes"). A person reads each record as one line of the file.
`joined` makes that view: the rows of one numbered line laid end to end as one line (their words
glued where the wrap fell inside a word, a space where it fell on one), so that the delimited
pass types its fields by the whole header; `JoinedText.original` maps the spans found there back.
A line number tells a record's first row from a continuation. A view without one (`cat` of a
CSV in a terminal, plain `less`) shows rows that reach the edge too, and a line that `less -S` cut
at the edge looks the same: there the header tells (`RowShapes`, `_unnumbered_groups`). A wrapped
header's rows joined make a header of more fields, its continuation holds header words and no
value; a cut one's row under it is a record. Below such a header, each row that reaches the edge
with the rows that continue it is joined where the joined text has the header's field count
exactly (a table remembered from an earlier screen gives the count where the header is out of
view); anything else is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

_NUMBER = re.compile(r"\d{1,4}")
# a row that wraps reaches the window's right edge: it ends within this many character widths of
# the widest line of its block (a blank at the edge is not read: one character short)
EDGE_CHARS = 1.5
# and the wrap fell inside a word (glued again, no space) where it ends within this many
GLUED_CHARS = 0.5
START_CHARS = 1.0  # a continuation starts this close to the text's column (vim) or left of the number
ROW_GAP = 0.6  # and lies right under the row it continues: a gap of at most this many row heights
BLOCK_CHARS = 6.0  # lines that start this close to a numbered line's start are its block
# a header's continuation holds no value: no e-mail, no run of three digits (an id, a date, a phone)
_VALUE = re.compile(r"@|\d{3}")


@dataclass(frozen=True, slots=True)
class RowShapes:
    """What the delimited pass says of a text, for views without line numbers: `header` gives
    the delimiter and field count of a whole header line (None for any other text), `count` the
    fields of a text at a delimiter; `known` the (delimiter, field count) of tables remembered
    from earlier screens, whose rows may wrap with their header out of view."""

    header: Callable[[str], tuple[str, int] | None]
    count: Callable[[str, str], int]
    known: Sequence[tuple[str, int]] = ()


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int  # offset in the joined text
    end: int
    original: int  # offset of `start` in the original text


class JoinedText(LayoutText):
    """`LayoutText` of a layout whose wrapped rows are joined (`joined`), with the map back."""

    pieces: list[_Piece]
    groups: list[list[int]]  # per line of this text, the indices of the original lines it joins

    def original(self, finding: SpanFinding) -> list[SpanFinding]:
        """`finding` over the original text: one span per screen row it covers."""
        out = []
        for piece in self.pieces:
            start, end = max(finding.start, piece.start), min(finding.end, piece.end)
            if start < end:
                shift = piece.original - piece.start
                out.append(
                    SpanFinding(start + shift, end + shift, finding.entity_type, finding.score, finding.recognizer)
                )
        return out

    def lines_of(self, indices: list[int]) -> list[int]:
        return sorted({original for index in indices for original in self.groups[index]})


def joined(
    lt: LayoutText, delimiters: Sequence[str], gutter: re.Pattern[str], shapes: RowShapes | None = None
) -> JoinedText | None:
    """The text of `lt` with each numbered line's wrapped rows joined, or None where none wraps:
    a numbered line is one that `gutter` (its line number and blanks) starts and that holds one
    of `delimiters`. With `shapes`, the rows of a view without line numbers too, where the
    header shows that they wrap (`_unnumbered_groups`)."""
    groups = _wrap_groups(lt, delimiters, gutter)
    if shapes is not None:
        groups = _unnumbered_groups(lt, groups, delimiters, gutter, shapes)
    if not any(len(group) > 1 for group in groups):
        return None
    lines: list[TextLine] = []
    glue: list[list[bool]] = []
    for group in groups:
        words, glued = _laid_end_to_end(lt, group)
        lines.append(TextLine(tuple(words)))
        glue.append(glued)
    view = JoinedText(Layout(tuple(lines), lt.fields))
    view.groups = groups
    view.pieces = []
    for ref, group, glued in zip(view.lines, groups, glue):
        at = ref.start
        for index, space in zip(group, [False, *(not g for g in glued)]):
            at += space
            line = lt.lines[index]
            view.pieces.append(_Piece(at, at + line.end - line.start, line.start))
            at += line.end - line.start
    return view


def _wrap_groups(lt: LayoutText, delimiters: Sequence[str], gutter: re.Pattern[str]) -> list[list[int]]:
    """The lines of `lt` in order, each numbered line that reaches its block's right edge with
    the rows that continue it (found by where they stand: a block's lines may be read in
    another order)."""
    chains: dict[int, list[int]] = {}
    taken: set[int] = set()
    for index, line in enumerate(lt.lines):
        text_x = _text_x(lt, line, delimiters, gutter)
        if text_x is None or index in taken:
            continue
        chain, edge = [index], _edge(lt, line)
        while (following := _continuation(lt, chain[-1], text_x, edge, gutter, taken)) is not None:
            chain.append(following)
            taken.add(following)
        chains[index] = chain
    return [chains.get(index, [index]) for index in range(len(lt.lines)) if index not in taken]


def _unnumbered_groups(
    lt: LayoutText, groups: list[list[int]], delimiters: Sequence[str], gutter: re.Pattern[str], shapes: RowShapes
) -> list[list[int]]:
    """`groups` with the rows of a delimited view without line numbers joined where they wrap,
    top down: a run of rows that reach the block's edge and the row that ends it (`_continuation`)
    is a wrapped header where its text joined is a header (`shapes.header`) and the rows after its
    first hold no value; it is a wrapped record where its text joined has as many fields as a
    header found so, or a remembered table (`shapes.known`). A record that wraps ends on a row
    short of the edge, so a run is one record; runs of `less -S`'s cut rows are several records
    and match no count, and stay as they are."""
    alone = {group[0] for group in groups if len(group) == 1}
    counts = list(shapes.known)
    chains: dict[int, list[int]] = {}
    taken: set[int] = {index for group in groups if len(group) > 1 for index in group}
    for index in sorted(alone, key=lambda i: (lt.lines[i].box.y, lt.lines[i].box.x)):
        line = lt.lines[index]
        text = lt.text[line.start : line.end]
        if index in taken or gutter.match(text) or not any(d in text for d in delimiters):
            continue
        chain, edge = [index], _edge(lt, line)
        while True:
            following = _continuation(lt, chain[-1], line.box.x, edge, gutter, taken | set(chain), numbered=False)
            if following is None:
                break
            chain.append(following)
        if len(chain) < 2:
            continue
        words, _ = _laid_end_to_end(lt, chain)
        whole = " ".join(w.text for w in words)
        header = shapes.header(whole)
        rest = [lt.text[lt.lines[i].start : lt.lines[i].end] for i in chain[1:]]
        if header is not None and not any(_VALUE.search(row) for row in rest):
            counts.append(header)
        elif not any(d in whole and shapes.count(whole, d) == n for d, n in counts):
            continue
        chains[index] = chain
        taken.update(chain)
    # a chain in place of its first line; the lines it continued with are in it
    return [chains.get(g[0], g) for g in groups if len(g) > 1 or g[0] not in taken or g[0] in chains]


def _text_x(lt: LayoutText, line: LineRef, delimiters: Sequence[str], gutter: re.Pattern[str]) -> float | None:
    """Where the text of a numbered line that holds a delimiter starts: its first word is the
    number, alone, or its second after a glyph of one character (`gutter`). None for any other
    line."""
    text = lt.text[line.start : line.end]
    if not gutter.match(text) or not any(d in text for d in delimiters):
        return None
    words = [lt.text[w.start : w.end] for w in line.words]
    number = 0 if _NUMBER.fullmatch(words[0]) else 1
    if len(words) < number + 2 or not _NUMBER.fullmatch(words[number]):
        return None
    return float(line.words[number + 1].box.x)


def _char_w(line: LineRef) -> float:
    return line.box.w / max(line.end - line.start, 1)


def _edge(lt: LayoutText, line: LineRef) -> float:
    """The right edge of the block of `line`: the widest of the lines that start near it."""
    slack = BLOCK_CHARS * _char_w(line)
    return max(other.box.x2 for other in lt.lines if abs(other.box.x - line.box.x) <= slack)


def _continuation(
    lt: LayoutText,
    index: int,
    text_x: float,
    edge: float,
    gutter: re.Pattern[str],
    taken: set[int],
    numbered: bool = True,
) -> int | None:
    """The line that continues line `index` wrapped, if `index` reaches the edge: the line right
    under it that starts at the text's column, or (`numbered`) left of the line numbers without one."""
    upper = lt.lines[index]
    char_w = _char_w(upper)
    if upper.box.x2 < edge - EDGE_CHARS * char_w:
        return None
    for other, lower in enumerate(lt.lines):
        if other == index or other in taken:
            continue
        if not -ROW_GAP * upper.height <= lower.box.y - upper.box.y2 <= ROW_GAP * upper.height:
            continue
        at_text = abs(lower.box.x - text_x) <= START_CHARS * char_w
        at_left = (
            numbered
            and lower.box.x < text_x - BLOCK_CHARS * char_w
            and not gutter.match(lt.text[lower.start : lower.end])
        )
        if at_text or at_left:
            return other
    return None


def _laid_end_to_end(lt: LayoutText, group: list[int]) -> tuple[list[OcrWord], list[bool]]:
    """The words of the rows of `group` as one line: each row's words moved right of the row
    before, on their own rows (so the line spans them), the word at a wrap glued to the next
    where the row before ends at the edge (the wrap fell inside a word). Also, per wrap, glued."""
    # (a layout text keeps no word's confidence: the joined words need none)
    words = [OcrWord(lt.text[w.start : w.end], w.box, 100.0) for w in lt.lines[group[0]].words]
    glued: list[bool] = []
    edge = _edge(lt, lt.lines[group[0]])
    for upper, index in zip(group, group[1:]):
        line = lt.lines[index]
        char_w = _char_w(lt.lines[upper])
        glue = lt.lines[upper].box.x2 >= edge - GLUED_CHARS * char_w
        shift = words[-1].box.x2 + (0 if glue else round(char_w)) - line.box.x
        moved = [
            OcrWord(lt.text[w.start : w.end], Box(w.box.x + shift, w.box.y, w.box.w, w.box.h), 100.0)
            for w in line.words
        ]
        if glue:
            last = words.pop()
            box = Box.union_all([last.box, moved[0].box])
            assert box is not None
            moved[0] = OcrWord(last.text + moved[0].text, box, 100.0)
        words.extend(moved)
        glued.append(glue)
    return words, glued
