"""A repository's history in a terminal (issue 16, corpus_n5 git_history): `git blame` prints each
line of code after its commit, its author (cut to a width) and an ISO date with the line's number.
Every name here is invented."""

from __future__ import annotations

from tests.test_detect import assert_hidden, assert_visible, make_layout

BLAME = [
    "^8be9074 (Quentin Marsh   2026-12-16  15) def invoice_totals(invoice: Invoice) -> dict[str, Decimal]:",
    "^976e0a2 (Odette Vanlo    2026-11-17  16)     net = sum((line_total(i) for i in invoice.lines), Decimal(0))",
    "^9235b1c (Quentin Marsh   2026-12-18  17)     rate = rate_for(invoice.region, invoice.issued_on)",
]


def test_a_blame_date_and_line_number_are_no_phone_number(detector):
    """python-phonenumbers took '2026-12-16  15' (ten digits) for a phone number on every line
    whose number has two digits, masking the gutter's dates (fails before)."""
    layout = make_layout(*BLAME)
    dets = detector.detect(layout)
    assert not [d for d in dets if d.entity_type == "PHONE_NUMBER"]
    for row, date in enumerate(("2026-12-16 15)", "2026-11-17 16)", "2026-12-18 17)")):
        assert_visible(layout, dets, date, row)
    assert_hidden(layout, dets, "Quentin Marsh", 0)


def test_a_phone_number_after_a_date_is_still_found(detector):
    rows = ["2026-12-16 Rang her back on 020 7946 0018 about the refund", "Mobile: 07700 900417"]
    layout = make_layout(*rows)
    dets = detector.detect(layout)
    assert_hidden(layout, dets, "020 7946 0018", 0)
    assert_hidden(layout, dets, "07700 900417", 1)
    assert_visible(layout, dets, "2026-12-16", 0)
