"""A UK postcode whose outward code's digit OCR read as a letter ("<A>S<A> <9AA>" for
"<A>5<A> <9AA>": bold capitals on a parcel's label preview), while the shipments row beside the
label shows the same postcode read right (found by benchmarks/gate.py on the scene
shipping_labels: the label's postcode was readable 0-13 s). The misread copy is a postcode where
the screen vouches for it; a repaired shape alone ("P2 SLA", a ticket's priority) stays text.
Values are invented."""

from __future__ import annotations

from tests.helpers import text_layout
from tests.test_detect import assert_hidden, detect


def _zips(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "ZIP_CODE"}


def test_a_misread_postcode_is_found_where_the_screen_shows_it_read_right(detector):
    rows = [
        "PW529202951808GB  Abbie Newman  Brighton  M5C 5JT  GB  Out for delivery",
        "Label preview",
        "3.7 kg  MSC 5JT",
    ]
    assert "MSC 5JT" in _zips(detector, *rows)


def test_a_repaired_shape_alone_is_no_postcode(detector):
    assert not _zips(detector, "Priority", "Ticket 4471  MSC 5JT  breached")
    assert not _zips(detector, "Priority P2 SLA breached")


def _addresses(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type in ("ADDRESS", "ZIP_CODE")}


def test_a_stroke_read_as_a_1_before_the_inward_digit_still_ends_the_address(detector):
    """A billing address in 13 px type, its postcode alone on the last line: OCR read the left
    edge of the inward code's digit as a "1" ("<A9A> 1<9AA>"), no postcode's shape, so the
    block had no end and the postcode stayed readable (telecom_account, corpus37)."""
    rows = [(27, 0, "Billing address"), (139, 0, "146 Quarrel Shoal"), (139, 15, "Nethercombe")]
    rows += [(139, 30, "E6U 14QB"), (27, 55, "E-mail")]
    assert "E6U 14QB" in _addresses(detector, *rows)


def test_a_number_before_a_two_letter_word_alone_stays_text(detector):
    assert not _addresses(detector, "Room 12 14AB")


# A sheet of address labels three across, scaled to 75 %: each label's title and name, street,
# town and postcode on lines of their own. The left label's street type is misread
# ("Sreet") after its unit and a comma, and both digits of its outward code read as letters
# ("DLOS" for "DL05"), so neither the block's rules nor a postcode ended it, and its town, one
# word that no gazetteer knows, stayed readable (label_sheet at 0.75, stop 49).
LABELS = [
    (0, 0, "Mr Osric Pendlebury"),
    (260, 0, "Mrs Thirza Mottram"),
    (0, 20, "Studio 31, Ellery Sreet"),
    (260, 20, "4 Cobbler Lane"),
    (0, 40, "Wexcombe"),
    (260, 40, "Marbury"),
    (0, 60, "DLOS 4HT"),
    (260, 60, "SK8 3QP"),
]


def test_a_labels_town_over_a_postcode_with_both_area_digits_misread_is_hidden(detector):
    layout, dets = detect(detector, *LABELS)
    for value in ("Wexcombe", "DLOS 4HT", "Marbury", "SK8 3QP"):
        assert_hidden(layout, dets, value)


def test_both_area_digits_misread_alone_stay_text(detector):
    assert not _zips(detector, "Tickets", "DLOS 4HT  reopened")
