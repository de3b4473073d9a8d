"""A column of plain numbers (a meter readings table's kWh and m3, counts, amounts without a
currency) is no phone number: the phone matcher reads two rows' cells stacked in one column,
"<5 digits>" over "<5 digits>", as one ten-digit number across the line break (a US number's
shape), and the readings were masked (energy_account). A number wrapped over two lines of a
bubble or a narrow cell is still one. Values are invented."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from tests.helpers import text_layout


def _line(*words: tuple[str, tuple[int, int, int, int]]) -> TextLine:
    return TextLine(tuple(OcrWord(t, Box(*b), 96.0) for t, b in words))


# the rows as the analysis's OCR read them on a screen scaled to 75 % (word boxes 8-12 px tall)
READINGS = Layout(
    (
        _line(("METER", (274, 346, 34, 9)), ("READINGS", (310, 346, 50, 9))),
        _line(("Date", (279, 365, 20, 8))),
        _line(("Source", (382, 365, 32, 8))),
        _line(("Electricity", (491, 365, 44, 11)), ("kWh", (536, 365, 20, 8))),
        _line(("Gas", (589, 364, 20, 13)), ("m3", (612, 364, 12, 13)), ("Type", (631, 365, 22, 11))),
        _line(("01", (278, 384, 12, 9)), ("Nov", (292, 384, 19, 8)), ("2026", (312, 384, 23, 9))),
        _line(("Smart", (382, 384, 27, 9))),
        _line(("21460", (512, 383, 29, 12))),
        _line(("04519", (595, 382, 29, 12)), ("Actual", (630, 383, 30, 11))),
        _line(("01", (278, 402, 12, 9)), ("Oct", (292, 402, 19, 8)), ("2026", (312, 402, 23, 9))),
        _line(("Smart", (382, 400, 29, 12))),
        _line(("21139", (512, 402, 29, 9))),
        _line(("04448", (595, 402, 28, 9)), ("Actual", (631, 402, 28, 8))),
    )
)


def test_a_column_of_readings_is_no_phone_number(detector):
    lt, findings = detector.find_spans(READINGS)
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert not any(e == "PHONE_NUMBER" for e, _ in found), found


def test_a_phone_wrapped_in_a_bubble_is_still_one(detector):
    lt, findings = detector.find_spans(
        text_layout((20, 0, "Hi, ring me back on my mobile 07700"), (20, 18, "900418 after six"), char_w=7)
    )
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert any(e == "PHONE_NUMBER" and "900418" in v for e, v in found), found
