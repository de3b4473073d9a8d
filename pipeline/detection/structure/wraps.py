"""Blocks whose text wraps: a value split over two lines of one paragraph or chat bubble.

A phone number typed into a chat wraps as "+44 7700" / "900123"; each half alone is no phone
number, and the layout text joins lines with "\\n", which no pattern crosses. The line breaks
inside a block where a value may continue (digits, or an address's joiners, on both sides) are
found here; the detector reads the text once more with those breaks as spaces. The offsets do not
move (one character for one), so a span over a break maps to boxes on both lines.
"""

from __future__ import annotations

import copy

from pipeline.detection.text import LayoutText, LineRef

LINE_GAP = 0.9  # lines of one block are at most this many line heights apart
INDENT = 2.0  # and start within this many line heights of each other (left-aligned text)
_JOINERS = "-.@_+/("


def wrap_breaks(lt: LayoutText) -> list[int]:
    """Offsets of the "\\n"s of `lt.text` that join two lines of one block where a value may
    run on: the first line ends, and the next begins, with a digit or a joiner."""
    breaks = []
    for upper, lower in zip(lt.lines, lt.lines[1:]):
        if _same_block(upper, lower) and _may_continue(lt, upper, lower):
            breaks.append(upper.end)
    return breaks


def unwrapped(lt: LayoutText, breaks: list[int]) -> LayoutText:
    """A view of `lt` whose text has the `breaks` as spaces (same offsets, same words)."""
    view = copy.copy(lt)
    chars = list(lt.text)
    for offset in breaks:
        chars[offset] = " "
    view.text = "".join(chars)
    return view


def _same_block(upper: LineRef, lower: LineRef) -> bool:
    height = max(upper.height, lower.height)
    if abs(upper.height - lower.height) > 0.35 * height:
        return False  # a heading above its paragraph, a caption below a field
    gap = lower.box.y - upper.box.y2
    return -0.3 * height <= gap <= LINE_GAP * height and abs(lower.box.x - upper.box.x) <= INDENT * height


def _may_continue(lt: LayoutText, upper: LineRef, lower: LineRef) -> bool:
    last = lt.text[upper.end - 1] if upper.end > upper.start else ""
    first = lt.text[lower.start] if lower.end > lower.start else ""
    return (last.isdigit() or last in _JOINERS) and (first.isdigit() or first.isalpha() or first in "+(")
