"""A UK postcode whose outward code's digit a low bitrate made a 'Y' (issue 18, class: invoices,
statements and letters recorded at a low bitrate, an address block of street / town / postcode
with no label: a '9' whose tail the encoder softened reads as 'Y', so '<A>9 <9AA>' became
'<A>Y <9AA>', which has no digit in its outward code and is no postcode. The block finder needs
the postcode: the town and the postcode under the street stayed readable (b2b_invoicing at
crf 36: a 'Bill to' block, 19-36 s). An outward code with no digit cannot be a postcode, so a
'Y' where its digit stands, before an inward code of a digit and two letters, is read back as
'9' (one character for one, offsets kept), as S, O, I, l, B, Z, G already are. Rows as the
analysis read them; values invented."""

from __future__ import annotations

from pipeline.detection.recognizers.address import repair_postcodes
from tests.helpers import text_layout

BLOCK = [
    (200, 0, "BILL TO"),
    (200, 24, "Brackenfold Print & Sign"),
    (200, 43, "Flat 12K. Ashbourne Rise"),
    (200, 62, "Pellingworth"),
]


def _found(detector, *rows) -> dict[str, str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def _covered(found: dict[str, str], part: str) -> bool:
    return any(part in value for value in found)


def test_an_address_block_whose_postcode_s_nine_was_read_as_y_is_found(detector):
    found = _found(detector, *BLOCK, (200, 81, "WY 7HB"))
    for part in ("Ashbourne Rise", "Pellingworth", "WY 7HB"):
        assert _covered(found, part), (part, sorted(found.values()))


def test_a_one_letter_area_too(detector):
    found = _found(detector, *BLOCK, (200, 81, "MY 4QT"))
    assert _covered(found, "MY 4QT") and _covered(found, "Pellingworth"), sorted(found.values())


def test_a_y_is_read_back_only_where_the_outward_code_has_no_digit():
    assert repair_postcodes("WY 7HB") == "W9 7HB"
    assert repair_postcodes("SY2 7HB") == "SY2 7HB"  # Shrewsbury's area keeps its Y
    assert repair_postcodes("NY 5RD and BY THE WAY") == "N9 5RD and BY THE WAY"
    assert repair_postcodes("MY BAG") == "MY BAG"


def test_capitals_in_a_heading_stay_words(detector):
    found = _found(detector, "ORDER BY 3PM FOR NEXT DAY", "Delivery options")
    assert not found, found
