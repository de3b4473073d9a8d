"""Form rows: labels side by side over their input boxes are a form, not a table's header.

"City | State | ZIP code" over three input boxes reads like a header row, and a table finder
would type whatever lines up below it for the rest of the form ("Delivery method" as a city,
the select box under it, the next section's heading). A form's labels each sit just above the
field they name; a table's header sits over rows of text. The fields come from the analysis
(analysis/fields.py, found from their borders), so this is decided from the pixels, not from
the words, and the values inside the fields are left to the label rules (label above field).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.core.types import InputField
from pipeline.detection.text import WordRef

ABOVE_MAX_LINE_HEIGHTS = 2.5  # a label's bottom at most this far above its field's content box
INDENT_MAX_LINE_HEIGHTS = 2.0  # and its left edge at most this far left of the field's
LABELLED_SHARE = 0.5  # this share of the row's cells over a field of their own makes it a form row


def labels_over_fields(cells: Sequence[Sequence[WordRef]], fields: Sequence[InputField], height: int) -> bool:
    """Whether most of `cells` (one row, left to right) are labels of input fields right below
    them, each over a field of its own."""
    if not cells or not fields:
        return False
    used: set[int] = set()
    labelled = 0
    for cell in cells:
        x1, x2, y2 = cell[0].box.x, cell[-1].box.x2, max(w.box.y2 for w in cell)
        for index, field in enumerate(fields):
            box = field.box
            gap = box.y - y2
            if index in used or not 0 <= gap <= ABOVE_MAX_LINE_HEIGHTS * height:
                continue
            if box.x - INDENT_MAX_LINE_HEIGHTS * height <= x1 < box.x2 and x2 <= box.x2 + height:
                used.add(index)
                labelled += 1
                break
    return labelled >= 2 and labelled >= LABELLED_SHARE * len(cells)
