"""A form's row of labels over its fields stays a form row in the gate's frame when a mask stands
in the gap under the fields (issue 17 item 2, class: checkout and sign-up forms, 'City | State |
ZIP code' over their fields, the next field's caption under them, and a mask there: the pointer
the analysis boxed, a masked value of the next row). Found on checkout_payment
(../shared/recordings) by `redact ingest` at d6d7116: qa_review blocked, LOCATION high_confidence
x1 (12.8 s) on the expiry field's 'MM/YY' placeholder (read 'MMIYY'). The gate stands a masked
cell at every mask OCR read nothing under (verify.with_masked_cells): the pointer's mask under
the State field and the next caption ('Delivery method') under the City field, two lines apart,
were taken for a grid's first row under filter boxes (form_rows._row_under), the labels for a
table's header, and the City column typed the placeholder down the form. A grid's row stands on
one baseline: words under two fields count as a row only where they share one.
Values are invented."""

from __future__ import annotations

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, InputField, Layout, OcrWord
from pipeline.detection.memory import ValueMemory
from pipeline.redact.verify import with_masked_cells
from tests.helpers import cell_words as _words


def _checkout(pointer: bool) -> tuple[Layout, list[Box]]:
    """The output frame: the city's value and the ZIP code masked (the ZIP mask hides its field's
    left border: no field found there), the state shown, and with `pointer` the mask of the
    I-beam the analysis boxed in the gap under the State field, over the select box's border."""
    words = _words(
        (96, 337, "City"),
        (395, 337, "State"),
        (550, 337, "ZIP code"),
        (412, 362, "OH"),
        (793, 350, "Total"),
        (96, 400, "Delivery method"),
        (111, 429, "Standard shipping (5-7 business days) - Free"),
        (96, 516, "Payment method"),
        (95, 545, "Card number"),
        (96, 608, "Expiration date (MM/YY)"),
        (415, 608, "Security code (CVC)"),
        (107, 636, "MMIYY"),
        (426, 637, "CVC"),
        (95, 671, "Name on card"),
    )
    # the order summary panel's rule beside the row, read as a tall dash, and the ZIP field's
    # left border beside its mask, read as letters
    words += [OcrWord("-", Box(605, 351, 40, 40), 60.0), OcrWord("Hl", Box(536, 353, 10, 39), 40.0)]
    fields = (
        InputField(Box(102, 355, 277, 32)),
        InputField(Box(401, 355, 135, 32)),
        InputField(Box(102, 563, 618, 32)),
        InputField(Box(102, 626, 298, 32)),
        InputField(Box(420, 626, 300, 32)),
    )
    masks = [Box(103, 361, 103, 21), Box(547, 351, 60, 41), Box(102, 569, 156, 22)]
    if pointer:
        masks.append(Box(491, 406, 18, 29))
    return with_masked_cells(Layout(group_lines(words).lines, fields), masks), masks


def _found_at(detector, layout: Layout, box: Box) -> list[str]:
    """The types found over `box`, the frame read with a memory of tables as the gate reads it."""
    return [d.entity_type for d in detector.detect(layout, ValueMemory()) if d.box.intersects(box)]


PLACEHOLDER = Box(107, 636, 45, 14)


def test_a_mask_under_a_field_and_the_next_caption_are_no_grid_row(detector):
    layout, _ = _checkout(pointer=True)
    assert not _found_at(detector, layout, PLACEHOLDER), "the expiry's placeholder is no city"
    assert not _found_at(detector, layout, Box(96, 400, 130, 14)), "the next caption is no city"


def test_the_same_form_without_the_pointer_s_mask(detector):
    layout, _ = _checkout(pointer=False)
    assert not _found_at(detector, layout, PLACEHOLDER)


def test_a_grid_s_first_row_under_filter_boxes_with_a_masked_cell_is_still_a_table(detector):
    """A customer grid with a filter box under each column header: its first row (one baseline)
    holds a masked name under the first box and a readable number under the second; the rows
    below are still typed by the header's columns."""
    words = _words(
        (40, 40, "Customer"),
        (276, 40, "Account number"),
        (492, 40, "Plan"),
        (280, 104, "40021573"),
        (496, 104, "Basic"),
        (280, 132, "71554208"),
        (496, 132, "Premium"),
    )
    fields = (InputField(Box(40, 62, 220, 32)), InputField(Box(276, 62, 200, 32)), InputField(Box(492, 62, 188, 32)))
    masks = [Box(40, 100, 150, 22)]
    layout = with_masked_cells(Layout(group_lines(words).lines, fields), masks)
    assert "ACCOUNT_NUMBER" in _found_at(detector, layout, Box(280, 132, 72, 14))
