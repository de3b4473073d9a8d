"""A description list's address: "Address   <street>" with "<town> <postcode>" on the line under
the street, at the value's x and with no caption of its own (a vet's patient record, a carrier's
billing address, a guarantor's home address). The label took the street on its row only; a
town and postcode whose postcode OCR misread (an O for a 0) was no address block's end and stayed
readable. Values are invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


CARD = [
    (43, 0, "Name"),
    (173, 0, "Ysolde Quennell"),
    (43, 21, "Address"),
    (173, 21, "26 Marrowby Heights"),
    (173, 36, "Lake Ormsworth GOK ORX"),
    (43, 57, "Phone"),
    (173, 57, "07700 900512"),
    (43, 78, "Notes"),
    (173, 78, "Gate code at the side"),
]


def test_the_line_under_an_address_value_is_part_of_it(detector):
    assert ("ADDRESS", "Lake Ormsworth GOK ORX") in _found(detector, *CARD)


def test_the_next_fields_value_under_its_own_caption_is_not(detector):
    values = {v for _, v in _found(detector, *CARD)}
    assert "Gate code at the side" not in values
    assert not any(v.startswith("07700") and e == "ADDRESS" for e, v in _found(detector, *CARD))


def test_a_wrapped_caption_with_a_colon_takes_the_line_under_it_not_another_panels_text(detector):
    """A security question wrapped in a narrow card ("Question  Mother's maiden name:" over the
    answer), beside a table whose header shares its row: the caption took the table's first
    header word on its right ("Date") and left the answer under it readable (telecom_account at
    scale 0.75, corpus37)."""
    rows = [
        (20, 0, "Question"),
        (104, 0, "Mother's maiden name:"),
        (252, 1, "Date"),
        (411, 1, "Time"),
        (507, 2, "Number called"),
        (104, 11, "Quarrington"),
        (251, 21, "05/11/2026"),
        (411, 21, "20:25"),
    ]
    lt, findings = detector.find_spans(text_layout(*rows, char_w=5, line_h=10))
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert ("PASSWORD", "Quarrington") in found, found
    assert not any(v == "Date" for _, v in found), found


def test_a_postcode_misread_alone_on_the_last_line_is_part_of_the_address(detector):
    """The billing address at scale 0.75: its postcode read "<A9A> 498" (Q read as 9, B as 8),
    no postcode's shape and no two letters together, stayed readable (telecom_account)."""
    rows = [(20, 0, "Billing address"), (104, 0, "146 Quarrel Shoal"), (104, 11, "Nethercombe")]
    rows += [(104, 22, "E6U 498"), (20, 38, "E-mail"), (104, 38, "q@example.org")]
    lt, findings = detector.find_spans(text_layout(*rows, char_w=5, line_h=10))
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert ("ADDRESS", "E6U 498") in found, found


def test_the_same_rules_hold_where_ocr_joined_caption_and_value_into_one_line(detector):
    """The analysis's OCR read "Billing address  <street>" and "Mother's maiden name:   Date"
    (the caption and the table header beside it) as one line each, so the value was on the
    label's own line, not on another line to its right (telecom_account at scale 0.75)."""
    rows = [
        (20, 0, "Billing address  146 Quarrel Shoal"),
        (105, 11, "Nethercombe"),
        (105, 22, "E6U 498"),
        (20, 38, "E-mail  q@example.org"),
        (20, 60, "Question  Mother's maiden name:" + " " * 12 + "Date"),
        (70, 71, "Quarrington"),
    ]
    lt, findings = detector.find_spans(text_layout(*rows, char_w=5, line_h=10))
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert ("ADDRESS", "E6U 498") in found, found
    assert ("PASSWORD", "Quarrington") in found, found
    assert not any(v == "Date" for _, v in found), found
