"""Blocks whose text wraps: a value split over two lines of one paragraph or chat bubble.

A phone number typed into a chat wraps as "+44 7700" / "900123"; each half alone is no phone
number, and the layout text joins lines with "\\n", which no pattern crosses. The line breaks
inside a block where a value may continue (digits, or an address's joiners, on both sides) are
found here; the detector reads the text once more with those breaks as spaces. The offsets do not
move (one character for one), so a span over a break maps to boxes on both lines.

Lines are ordered top to bottom over the whole screen, so a panel beside the bubble puts its own
lines between the bubble's two ("...call me on +44 7656 671", "Billing specialist", "480 any
time..."): `in_block_order` first moves the line that continues a value up to the line it
continues, so that the two are neighbours in the text.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import regex
from wordfreq import zipf_frequency

from pipeline.core.types import Box, Layout, TextLine
from pipeline.detection.recognizers.address import GB_POSTCODE_AREAS, UNIT_LINE_END
from pipeline.detection.text import LayoutText, LineRef

LINE_GAP = 0.9  # lines of one block are at most this many line heights apart
INDENT = 2.0  # and start within this many line heights of each other (left-aligned text)
RUN_GAP = 1.5  # a gap this many type heights wide between two words of a line parts two cells
_JOINERS = "-.@_+/("
# an amount of money ("2,310.00", "£12.40", "-85.00"): a value of its own that no line's next
# word continues (a statement's row ends in one, and the next row opens with a date)
_AMOUNT = regex.compile(r"[-+]?\p{Sc}?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}")
# a date ("22 Aug 2025", "Aug 22, 2025", "22/08/2025", "2025-08-22"): a value of its own too (a
# grid's "Last contact" column: its year and the next row's day read as one phone number)
_DATE_END = regex.compile(
    r"(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?[ ]\d{1,2},?[ ]|"
    r"\d{1,2}[ ](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?[ ])(?:19|20)\d{2}$"
    r"|(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}$|(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2}$"
)
# an address wrapped in a narrow card or list: a flat's or suite's word ends the line and its
# number opens the next ("... Forge Suite" / "222, <Town>, IL"), or a US town's ", <ST>" ends it
# and the ZIP code stands alone on the next ("<Town>, MI" / "98069")
_STATE_END = regex.compile(r",[ ]?(?:[A-Z]{2}|[MRHWV][l1|]|[l1|][ADLN])$")  # "Ml": MI's "I" read thin
_NUMBER_START = regex.compile(r"\d")
_ZIP_LINE = regex.compile(r"\d{5}(?:-\d{4})?(?:,?[ ](?:USA|US|United States))?[ ]*")  # the ZIP alone
# a UK postcode cut at its space where a terminal or an editor wraps a row at its width: the row
# ends in the outward code (after a field's separator) and the next opens with the inward code
# ("...,<A9A>" / "<9AA>,...": a CSV record in a vim split narrower than the record)
_OUTWARD_END = regex.compile(r"(?:^|(?<=[\s,;:|(\"']))(?P<area>[A-Z]{1,2})[0-9][A-Z0-9]?$")
_INWARD_START = regex.compile(r"[0-9][ABD-HJLNP-UW-Z]{2}(?![\w-])")
# an e-mail address inside a token (a JSON string, a logfmt pair: '"user_email":"<address>",')
_EMAIL_IN_TOKEN = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
COMMON_WORD_ZIPF = 3.0  # a line's last word this common ("contact") ends a sentence, not a piece of an address


def wrap_breaks(lt: LayoutText) -> list[int]:
    """Offsets of the "\\n"s of `lt.text` that join two lines of one block where a value may
    run on: the first line ends, and the next begins, with a digit or a joiner; an amount of
    money at the first line's end ends its value (statement_print: a row's "2,310.00" and the
    next row's date were read as one phone number), and so does a date (crm_grid: a column of
    "Last contact" dates, its years and the next rows' days), and so do two lines of one number
    each, as long (a column's cells); an address's unit or ZIP code wrapped (`_address_runs_on`)."""
    breaks = []
    for upper, lower in zip(lt.lines, lt.lines[1:]):
        if not _same_block(upper.box, lower.box, _typical_h(upper.words), _typical_h(lower.words)):
            continue
        if (
            (
                _may_continue(_last_char(lt, upper), _first_char(lt, lower))
                and not _ends_in_amount(lt, upper)
                and not _ends_in_date(lt, upper)
                and not _column_numbers(lt, upper, lower)
            )
            or _address_runs_on(lt, upper, lower)
            or _glued(lt, upper, lower)
        ):
            breaks.append(upper.end)
    return breaks


def _glued(lt: LayoutText, upper: LineRef, lower: LineRef) -> bool:
    """Whether the line break at `offset` cuts an e-mail address inside its token, the line full:
    a terminal wraps a long line at its width whatever it holds (a JSON log line,
    '..."user_email":"<head>' / '<rest of the address>","ip":...'), a narrow cell or chat bubble
    breaks a token too long for it anywhere. The rest alone is an address that leaves the head
    readable; read across, the two are one. A common word before the break is a sentence's end
    ("please contact" / "<address>"), not a head; one letter is a head ("s" / "iobhan..."). The
    line cut is full: it reaches as far right as the rest under it (a card's short line over a
    longer address, "<mobile>" / "<address>", is two lines, not one cut)."""
    if upper.box.x2 < lower.box.x2 - upper.box.h:
        return False
    text, offset = lt.text, upper.end
    if offset <= 0 or offset + 1 >= len(text) or text[offset - 1].isspace() or text[offset + 1].isspace():
        return False
    head = text[max(text.rfind(" ", 0, offset), text.rfind("\n", 0, offset)) + 1 : offset]
    ends = [i for i in (text.find(" ", offset + 1), text.find("\n", offset + 1)) if i >= 0]
    tail = text[offset + 1 : min(ends, default=len(text))]
    if "@" not in head and "@" not in tail:
        return False  # cheap first: no address on either side
    if not _run_starts_under(upper, lower):
        return False  # the head stands in another cell or window than the line under it
    whole = _EMAIL_IN_TOKEN.search(head)
    if whole is not None and whole.end() == len(head):
        return False  # the line ends with a whole address: the next line starts anew ("Name on card:")
    joined = head + tail
    for found in _EMAIL_IN_TOKEN.finditer(joined):
        if found.start() < len(head) < found.end():
            before = joined[found.start() : len(head)]
            return not (before.isalpha() and len(before) > 1 and zipf_frequency(before, "en") >= COMMON_WORD_ZIPF)
    return False


def _run_starts_under(upper: LineRef, lower: LineRef) -> bool:
    """Whether the run of words that ends `upper` (back to a gap of `RUN_GAP` type heights: the
    next cell, another window over the same baseline) starts where `lower` starts, as a token
    cut by its line's width runs on at the line's start. A dialog dragged over a grid puts its
    note's line on a row's baseline ('<e-mail cell>  <Word> <word>.'), over the next row's
    e-mail cell: no address cut after the note's full stop (crm_grid)."""
    words = upper.words
    first = len(words) - 1
    gap = RUN_GAP * _typical_h(words)
    while first > 0 and words[first].box.x - words[first - 1].box.x2 < gap:
        first -= 1
    return abs(words[first].box.x - lower.box.x) <= INDENT * max(upper.box.h, lower.box.h, 1)


def _column_numbers(lt: LayoutText, upper: LineRef, lower: LineRef) -> bool:
    """Whether two stacked lines are a column's cells, not a value wrapped: each holds one
    number alone, digits only and as long (energy_account: a meter readings table's kWh column,
    "<5 digits>" over "<5 digits>", was read as one US phone number). A number wrapped in a
    bubble or a cell breaks after its line's other words, at a separator, or into parts unlike."""
    a = lt.text[upper.start : upper.end].strip()
    b = lt.text[lower.start : lower.end].strip()
    return a.isdigit() and b.isdigit() and len(a) == len(b)


def _address_runs_on(lt: LayoutText, upper: LineRef, lower: LineRef) -> bool:
    """Whether an address wrapped from `upper` to `lower`: a unit's word then its number, a US
    town's state then its ZIP code (`UNIT_LINE_END`, `_STATE_END`), or a UK postcode cut at its
    space (`_postcode_halves`)."""
    head = lt.text[upper.start : upper.end].rstrip()
    if UNIT_LINE_END.search(head) is not None and _NUMBER_START.match(lt.text, lower.start) is not None:
        return True
    if _STATE_END.search(head) is not None and _ZIP_LINE.fullmatch(lt.text, lower.start, lower.end) is not None:
        return True
    return _postcode_halves(upper.box, lower.box, head, lt.text[lower.start : lower.end])


def _postcode_halves(upper: Box, lower: Box, head: str, tail: str) -> bool:
    """Whether a full row ends in a UK outward code (`head`) and the next row opens with its
    inward code (`tail`): a terminal or an editor wraps at its width whatever the row holds, so
    the postcode's space falls at the wrap; each half alone is no postcode. The row reaches as
    far right as the one under it (a wrap fills its row; a short line over a longer one is a
    line of its own)."""
    if upper.x2 < lower.x2 - upper.h:
        return False
    outward = _OUTWARD_END.search(head.rstrip())
    return (
        outward is not None
        and outward.group("area") in GB_POSTCODE_AREAS
        and _INWARD_START.match(tail.lstrip()) is not None
    )


def _ends_in_date(lt: LayoutText, line: LineRef) -> bool:
    """Whether `line` ends in a date (`_DATE_END`): crm_grid (corpus34), its "Last contact"
    column read down as one block, "2025" / "7 2025" / "1" spelt a phone number's ten digits."""
    return _DATE_END.search(lt.text, line.start, line.end) is not None


def _ends_in_amount(lt: LayoutText, line: LineRef) -> bool:
    """Whether `line`'s last word is an amount of money (`_AMOUNT`)."""
    last = lt.text[line.start : line.end].rsplit(None, 1)[-1:] if line.end > line.start else []
    return bool(last) and _AMOUNT.fullmatch(last[0]) is not None


def wrap_windows(lt: LayoutText, breaks: list[int]) -> list[tuple[int, int]]:
    """The stretches of `lt.text` a value wrapped at `breaks` can lie in: from the line before
    the break's upper line (its label, its context words) to the end of the lower line; a chain
    of breaks in one block is one stretch."""
    windows: list[tuple[int, int]] = []
    ends = {line.end: i for i, line in enumerate(lt.lines)}
    for offset in sorted(breaks):
        i = ends.get(offset)
        if i is None or i + 1 >= len(lt.lines):
            continue
        start, end = lt.lines[max(i - 1, 0)].start, lt.lines[i + 1].end
        if windows and start <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def in_block_order(layout: Layout) -> Layout:
    """`layout` with each line where a value may run on from the line above it in its block
    moved right after that line, when other lines (another panel's, at heights between the
    two) came between them; the layout as it is when none did."""
    lines = layout.lines
    boxes = [line.box for line in lines]
    follows: dict[int, int] = {}
    for i in range(len(lines)):
        j = _continuation(lines, boxes, i)
        if j is not None and j not in follows.values():
            follows[i] = j  # next to each other already or not: a chain moves as a whole
    if all(j == i + 1 for i, j in follows.items()):
        return layout
    order: list[int] = []
    placed: set[int] = set()
    for first in range(len(lines)):
        at: int | None = first
        while at is not None and at not in placed:
            order.append(at)
            placed.add(at)
            at = follows.get(at)
    return Layout(tuple(lines[i] for i in order), layout.fields)


def _continuation(lines: tuple[TextLine, ...], boxes: list[Box], i: int) -> int | None:
    """The index of the nearest line below line i in the same block that may continue a value
    ending line i, or None."""
    last = lines[i].words[-1].text.strip()[-1:]
    if not (last.isalnum() or last in _JOINERS):
        return None  # a value runs on after a digit or a joiner, a postcode after its outward code
    upper = boxes[i]
    for j in range(i + 1, len(lines)):
        lower = boxes[j]
        if lower.y - upper.y2 > LINE_GAP * max(upper.h, lower.h):
            return None  # lines are top to bottom: every further one is further down
        same = _same_block(upper, lower, _typical_h(lines[i].words), _typical_h(lines[j].words))
        if same and _may_continue(last, lines[j].words[0].text.strip()[:1]):
            return j
        if same and _postcode_halves(upper, lower, lines[i].words[-1].text, lines[j].words[0].text):
            return j
    return None


def unwrapped(lt: LayoutText, breaks: list[int]) -> LayoutText:
    """A view of `lt` whose text has the `breaks` as spaces (same offsets, same words)."""
    view = copy.copy(lt)
    chars = list(lt.text)
    after = {upper.end: (upper, lower) for upper, lower in zip(lt.lines, lt.lines[1:])}
    for offset in breaks:
        # a word broken after its hyphen ("markb@lakeshore-" / "animal.com") joins with no
        # space: the hyphen stands twice instead, one character for one, and the halves are one
        # token again; digits ("555-" / "0134") keep the space their patterns expect
        hyphenated = lt.text[offset - 1] == "-" and lt.text[offset + 1 : offset + 2].isalpha()
        # an address cut inside its token (_glued): its last character twice, no space between
        glued = offset in after and _glued(lt, *after[offset])
        chars[offset] = "-" if hyphenated else lt.text[offset - 1] if glued else " "
    view.text = "".join(chars)
    return view


def _typical_h(words: Sequence[Any]) -> int:
    """The median height of a line's words: one tall word (an apostrophe read with its letter, a
    bracket) stretches the line's box, not the size of its type."""
    heights = sorted(w.box.h for w in words)
    return heights[len(heights) // 2] if heights else 0


def _same_block(upper: Box, lower: Box, upper_h: int = 0, lower_h: int = 0) -> bool:
    height = max(upper.h, lower.h, 1)
    type_h = max(upper_h or upper.h, lower_h or lower.h, 1)
    if abs((upper_h or upper.h) - (lower_h or lower.h)) > 0.35 * type_h:
        return False  # a heading above its paragraph, a caption below a field (their type's sizes)
    gap = lower.y - upper.y2
    return -0.3 * height <= gap <= LINE_GAP * height and abs(lower.x - upper.x) <= INDENT * height


def _last_char(lt: LayoutText, line: LineRef) -> str:
    return lt.text[line.end - 1] if line.end > line.start else ""


def _first_char(lt: LayoutText, line: LineRef) -> str:
    return lt.text[line.start] if line.end > line.start else ""


def _may_continue(last: str, first: str) -> bool:
    return (
        bool(last and first)
        and (last.isdigit() or last in _JOINERS)
        and (first.isdigit() or first.isalpha() or first in "+(")
    )
