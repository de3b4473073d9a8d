"""Lines whose glyphs an edge cuts: a row half scrolled out of a grid's viewport or under its
sticky header, a line a window's edge hides in part.

OCR reads what is left of such a line, and NER reads that: a company's name in a grid's last,
half-scrolled row, its last word cut ("<Brand> <Brand>" of "<Brand> <Brand> Realty"), is taken
for a person's. Masked there, it does no harm (fail closed); remembered, it is masked in every
row that writes the company, and its words too, for the rest of the recording (crm_grid: the
Company column's first words masked on every row, which the gate then reported as the pieces
of a person seen). A clipped line's NER-only findings are therefore masked but not learnt.

A line is clipped when it is much less tall than the lines just above and below it in its
column (the rows of its grid, the lines of its paragraph): an edge took the top or the bottom
of its letters. The analysis reads the words around a change in frame coordinates; where the
viewport's edges lie is not handed on, so the lines' heights are what says it.
"""

from __future__ import annotations

from pipeline.detection.text import LayoutText

CLIPPED_SHARE = 0.7  # of its neighbours' median height: a line less tall than this is cut
NEIGHBOURS = 2  # lines looked at on each side, above and below, in the line's column
MIN_NEIGHBOURS = 2  # fewer neighbours say nothing about the line's own height
REACH_HEIGHTS = 3.0  # a neighbour lies at most this many of its heights away


def clipped_line(lt: LayoutText, index: int) -> bool:
    """Whether line `index` of `lt` is cut by an edge: less tall than CLIPPED_SHARE of the
    median height of the nearest lines above and below it that share its columns (overlap it
    sideways, not beside it on its row). A caption under a heading has one neighbour; a row
    of a grid or a line of a paragraph has rows and lines of the same height around it."""
    box = lt.lines[index].box
    above: list[tuple[int, int]] = []  # (gap, height)
    below: list[tuple[int, int]] = []
    for j, other in enumerate(lt.lines):
        o = other.box
        if j == index or min(o.x2, box.x2) <= max(o.x, box.x):
            continue  # itself, or another column
        if o.y2 <= box.y:
            gap, side = box.y - o.y2, above
        elif o.y >= box.y2:
            gap, side = o.y - box.y2, below
        else:
            continue  # a cell beside it on its row: cut by the same edge
        if gap <= REACH_HEIGHTS * o.h:
            side.append((gap, o.h))
    heights = sorted(h for _, h in [*sorted(above)[:NEIGHBOURS], *sorted(below)[:NEIGHBOURS]])
    if len(heights) < MIN_NEIGHBOURS:
        return False
    median = heights[len(heights) // 2]
    return box.h < CLIPPED_SHARE * median
