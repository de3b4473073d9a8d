"""A masked value is still a cell of its row to the gate's detector (issue 17 item 2b, class: a
table's row whose values the plan masked, read again in the output). admin_users: an admin
centre's user table under an opened side drawer; a row whose name, login and e-mail are masked
shows only its role and the day of its last sign-in, and the drawer's "Mobile" caption beside
them: "Member | 18 | Mobile" read as a header (a member's column, a phone's column), and every
role below it ("Helpdesk") typed PERSON, which the analysis, reading the whole row, never did.
A table's real header, which the plan never masks, still types its column."""

from __future__ import annotations

from pipeline.core.types import Box, Detection, Layout
from pipeline.redact.verify import MASKED_CELL, with_masked_cells
from tests.test_detect import CHAR_W, LINE_H, make_layout

ROW_PITCH = 30
ROLE_X = 400  # the role column, after the masked name, login and e-mail cells


def _masks(rows: int) -> list[Box]:
    """The analysis's boxes of each row's name, login and e-mail (padded around the text)."""
    return [Box(x, ROW_PITCH * r - 4, w, LINE_H + 8) for r in range(rows) for x, w in ((0, 110), (130, 90), (240, 140))]


def _people(dets: list[Detection], x: int) -> list[Detection]:
    return [d for d in dets if d.entity_type == "PERSON" and d.box.x <= x + CHAR_W <= d.box.x2]


def test_a_row_of_masked_values_is_no_header(detector):
    rows = [
        # the day of the last sign-in left out: "Member | 18 | Mobile", a caption between
        # values, is no header to the analysis either (tables.py, _captions_between_values)
        (ROLE_X, 0, "Member     Mobile"),
        (ROLE_X, ROW_PITCH, "Helpdesk     20"),
        (ROLE_X, 2 * ROW_PITCH, "Guest     16"),
    ]
    layout = make_layout(*rows)
    masks = _masks(3)
    assert _people(detector.detect(layout), ROLE_X), "the shown cells alone read as a header"
    seen = with_masked_cells(layout, masks)
    assert sum(w.text == MASKED_CELL for line in seen.lines for w in line.words) == 9
    assert not _people(detector.detect(seen), ROLE_X)


def test_a_real_header_still_types_its_column(detector):
    """A member list's header over its rows, the phones masked: the names left readable are
    still a column of people's names."""
    layout = make_layout(
        (0, 0, "Member            Team     Mobile"),
        (0, ROW_PITCH, "Dana Okafor       Ops"),
        (0, 2 * ROW_PITCH, "Luis Brennan      Sales"),
    )
    masks = [Box(26 * CHAR_W, ROW_PITCH * r - 4, 110, LINE_H + 8) for r in (1, 2)]
    dets = detector.detect(with_masked_cells(layout, masks))
    assert _people(dets, 0)
    assert len({d.box.y for d in _people(dets, 0)}) == 2


def test_a_mask_over_text_read_adds_no_cell():
    """Where OCR read the blur as something, that word is the cell already."""
    layout = make_layout((0, 0, "Vv"))
    assert with_masked_cells(layout, [Box(0, -4, 40, LINE_H + 8)]) == layout
    assert with_masked_cells(Layout(()), []) == Layout(())
