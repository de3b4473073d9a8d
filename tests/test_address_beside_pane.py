"""An address whose postcode line shares its row with another pane (scene sms_messages: a bubble's
"...pick me up from <street>, <Town" / "<rest of town> <POSTCODE> after practice?" lay at the
height of the conversation list's snippet, which the layout read as one line with it; no address
block formed and the street, town and postcode stayed readable). Values are invented."""

from tests.helpers import text_layout

GAP = " " * 8  # 64 px: the gutter between the list pane and the conversation


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_an_address_is_found_when_its_postcode_line_is_glued_to_another_pane(detector):
    found = _found(
        detector,
        (440, 0, "Can you pick me up from 41 Quarry Brow, Little"),
        (0, 24, "Your parcel is due today between wit" + GAP + "Hadley TF2 9QX after practice?"),
    )
    assert ("ADDRESS", "41 Quarry Brow, Little") in found, found
    assert any(e == "ADDRESS" and "TF2 9QX" in v for e, v in found), found
    assert not any("parcel" in v for _, v in found), found  # the other pane's words stay readable


def test_an_address_on_one_row_with_its_label_far_left_is_still_found(detector):
    found = _found(detector, "Delivery address" + GAP + "41 Quarry Brow", "Little Hadley", "TF2 9QX")
    assert any(e == "ADDRESS" and "41 Quarry Brow" in v for e, v in found), found
