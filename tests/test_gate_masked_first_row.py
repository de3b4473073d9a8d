"""A masked value under a boxed caption counts from its mask's top when the label pass measures a
column's pitch (issue 17 item 2, class: official forms in a PDF viewer, 'Employee's address |
Works / payroll number' captions side by side over their boxed values, then a table). Found on
payslip_pdf (corpus38/scn1) by benchmarks/gate.py at ed54b02: blocked, ADDRESS high_confidence x24
(12-16 s) on the P60's 'PAY AND INCOME TAX DETAILS' rows: the captions' row read as a header, the
masked address as its column's first row, placed at the mask's middle third (with_masked_cells),
so the first pitch read 17 px for 12 and the table 30 px further passed 8cdfdfd's growth limit
(30.6 px) by half a pixel.
Values are invented."""

from __future__ import annotations

from pipeline.core.types import Box
from pipeline.redact.verify import with_masked_cells
from tests.test_detect import make_layout


def _addresses(detector, rows, masks) -> set[str]:
    lt, findings = detector.find_spans(with_masked_cells(make_layout(*rows), masks))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "ADDRESS"}


def test_a_table_under_boxed_captions_is_no_column_of_theirs(detector):
    rows = [
        (301, 297, "Employee's address"),
        (645, 297, "Works / payroll number"),
        (296, 344, "PAY AND INCOME TAX DETAILS"),
        (296, 370, "In previous employment(s)"),
        (296, 396, "In this employment"),
        (296, 422, "Total for year"),
    ]
    masks = [Box(296, 309, 259, 16), Box(632, 307, 65, 27)]
    assert not _addresses(detector, rows, masks)
