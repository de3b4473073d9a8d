"""Form rows: labels side by side over their input boxes are a form, not a table's header.

"City | State | ZIP code" over three input boxes reads like a header row, and a table finder
would type whatever lines up below it for the rest of the form ("Delivery method" as a city,
the select box under it, the next section's heading). A form's labels each sit just above the
field they name; a table's header sits over rows of text. The fields come from the analysis
(analysis/fields.py, found from their borders), so this is decided from the pixels, not from
the words, and the values inside the fields are left to the label rules (label above field).

A grid with a filter box under each column header looks the same down to the boxes; its rows
of cells right under the boxes tell it apart (a form goes on with one label, or a section).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.core.types import Box, InputField
from pipeline.detection.text import LayoutText, WordRef

ABOVE_MAX_LINE_HEIGHTS = 2.5  # a label's bottom at most this far above its field's content box
INDENT_MAX_LINE_HEIGHTS = 2.0  # and its left edge at most this far left of the field's
LABELLED_SHARE = 0.5  # this share of the row's cells over a field of their own makes it a form row
ROWS_BELOW_LINE_HEIGHTS = 2.5  # a grid's first row lies this close under its filter boxes
SAME_ROW_LINE_HEIGHTS = 0.5  # and its cells' middles this close to each other (one baseline)
# A spreadsheet draws a border round every cell: its first row's cells are read as boxes under
# the header, but they touch side by side (one rule between them, a few pixels), where a form's
# fields on one row keep a gutter between them (this many line heights and more)
TILED_GAP_LINE_HEIGHTS = 0.5
FIELD_INDENT = 0.5  # line heights at least that a value in its input box starts right of its caption
EDGE_ALIGN = 0.3  # line heights within which two left (or right) edges line up


def labels_over_fields(lt: LayoutText, cells: Sequence[Sequence[WordRef]]) -> bool:
    """Whether most of `cells` (one row, left to right) are labels of input fields right below
    them, each over a field of its own, with no row of cells under those fields."""
    return form_row(lt, cells) is True


def form_row(lt: LayoutText, cells: Sequence[Sequence[WordRef]]) -> bool | None:
    """True: `cells` are labels over their fields (`labels_over_fields`); False: most of them
    have a field of their own below, with a row of cells under those fields (a grid's filter
    boxes); None: too few fields below them to tell (none drawn, or their borders not found in
    this frame: a scroll's frame blurs them)."""
    if len(cells) < 2 or not lt.fields:
        return None
    below: list[tuple[Sequence[WordRef], Box]] = []
    used: set[int] = set()
    for cell in cells:
        index = _field_below(cell, lt.fields, used)
        if index is not None:
            used.add(index)
            below.append((cell, lt.fields[index].box))
    if len(below) < 2 or len(below) < LABELLED_SHARE * len(cells):
        return None
    if _tiled(below):
        return False  # a grid's bordered cells under its header (a spreadsheet), no form's fields
    return not _row_under(lt, below)


def _field_below(cell: Sequence[WordRef], fields: Sequence[InputField], used: set[int]) -> int | None:
    # the cell's own height: a row's shortest word may be a dash or a dot of another panel
    height = max(w.box.h for w in cell)
    x1, x2, y2 = cell[0].box.x, cell[-1].box.x2, max(w.box.y2 for w in cell)
    for index, field in enumerate(fields):
        box = field.box
        if index in used or not 0 <= box.y - y2 <= ABOVE_MAX_LINE_HEIGHTS * height:
            continue
        if box.x - INDENT_MAX_LINE_HEIGHTS * height <= x1 < box.x2 and x2 <= box.x2 + height:
            return index
    return None


def _tiled(labelled: Sequence[tuple[Sequence[WordRef], Box]]) -> bool:
    """Whether the boxes under the labels touch side by side, most neighbours on the row one
    rule apart: the cells of a grid that borders each cell, not a form's fields."""
    height = max(w.box.h for cell, _ in labelled for w in cell)
    boxes = sorted((box for _, box in labelled), key=lambda b: b.x)
    pairs = list(zip(boxes, boxes[1:]))
    touching = sum(
        abs(a.y - b.y) <= TILED_GAP_LINE_HEIGHTS * height
        and -TILED_GAP_LINE_HEIGHTS * height <= b.x - a.x2 <= TILED_GAP_LINE_HEIGHTS * height
        for a, b in pairs
    )
    return touching * 2 > len(pairs)


def _row_under(lt: LayoutText, labelled: Sequence[tuple[Sequence[WordRef], Box]]) -> bool:
    """Whether the text right under the fields has words under two or more of them on one row
    (their middles within SAME_ROW_LINE_HEIGHTS): a grid's first row under its filter boxes (not
    the labels of the form's next row of fields). Words under different fields at different
    heights are no row: the next caption under one field and, under another, a mask the gate
    stands a cell at (the pointer the analysis boxed, over the next field's border)."""
    bottom = max(box.y2 for _, box in labelled)
    height = max(w.box.h for cell, _ in labelled for w in cell)
    under: list[tuple[float, int]] = []  # (the word's vertical middle, the field it stands under)
    for line in lt.lines:
        if not bottom <= line.box.y <= bottom + ROWS_BELOW_LINE_HEIGHTS * height:
            continue
        for word in line.words:
            if _field_below([word], lt.fields, set()) is not None:
                continue  # it labels a field of its own
            middle, level = (word.box.x + word.box.x2) / 2, word.box.y + word.box.h / 2
            under.extend((level, i) for i, (_, box) in enumerate(labelled) if box.x <= middle < box.x2)
    near = SAME_ROW_LINE_HEIGHTS * height
    return any(i != j and abs(y - z) <= near for y, i in under for z, j in under)


def back_at_caption(caption_x: float, first: tuple[int, int], row: tuple[int, int], height: float) -> bool:
    """Whether a row under a caption read as a column's header (the left and right of its first
    cell: `row`) starts where the caption starts, while the column's first row (`first`) started
    a field's padding right of it, and ends elsewhere than that row: the form's next caption
    ("Delivery method") under the values of a row of fields ("City | State | ZIP code") whose
    borders a frame's blur hid, not a row of the column (a table's cells line up with each
    other; right-aligned numbers at their right edges)."""
    tolerance = EDGE_ALIGN * height
    return (
        first[0] - caption_x >= FIELD_INDENT * height
        and abs(row[0] - caption_x) <= tolerance
        and abs(row[1] - first[1]) > tolerance
    )
