"""A class register and a shift rota: a grid of people by row with a column per day of the week
("Pupil | Year | DOB | UPN | Mon | Tue | Wed | ... | Attendance", "Employee | Mon | Tue | ... |
Total hours"). The day columns are a header row's cells like any other: most of the row's cells
no personal or other header word, the row was no header and the people under it were typed by
nothing. Values are invented."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from tests.helpers import text_layout

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Mon", "Tue", "Wed"]


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _grid(header: list[tuple[int, str]], body: list[list[tuple[int, str]]]) -> list[tuple[int, int, str]]:
    rows = [(x, 0, text) for x, text in header]
    for i, cells in enumerate(body, start=1):
        rows += [(x, i * 30, text) for x, text in cells]
    return rows


def _days(marks: str) -> list[tuple[int, str]]:
    return [(620 + 40 * i, m) for i, m in enumerate(marks)]


def test_a_register_grid_types_its_pupils_and_their_numbers(detector):
    header = [(0, "Pupil"), (210, "Year"), (300, "DOB"), (430, "UPN")] + _days(DAYS) + [(940, "Attendance")]
    body = [
        [(0, "Brennock, Tamsin"), (210, "Year 4"), (300, "14/03/2018"), (430, "H204918273645")]
        + _days("/\\/L/\\/✓")
        + [(940, "96.4%")],
        [(0, "Quillan, Odhran"), (210, "Year 4"), (300, "02/11/2017"), (430, "K870213654098")]
        + _days("\\/I/\\//✓")
        + [(940, "91.2%")],
    ]
    found = _found(detector, *_grid(header, body))
    values = {v for _, v in found}
    for v in ("Brennock, Tamsin", "Quillan, Odhran", "H204918273645", "K870213654098"):
        assert v in values, found
    assert not values & {"Year 4", "96.4%", "91.2%", "Attendance", "Pupil"}, found


def test_a_shift_rota_types_its_staff(detector):
    header = [(0, "Employee")] + [(220 + 60 * i, d) for i, d in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri"])]
    header += [(560, "Total hours")]
    body = [
        [(0, "Marwick Essien")]
        + [(220 + 60 * i, s) for i, s in enumerate(["9-5", "9-5", "off", "12-8", "12-8"])]
        + [(560, "32")],
        [(0, "Ffion Tregarthen")]
        + [(220 + 60 * i, s) for i, s in enumerate(["off", "7-3", "7-3", "7-3", "off"])]
        + [(560, "24")],
    ]
    found = _found(detector, *_grid(header, body))
    values = {v for _, v in found}
    assert {"Marwick Essien", "Ffion Tregarthen"} <= values, found


def test_a_cell_under_the_mouse_pointer_is_covered(detector):
    """The pointer resting on a UPN: OCR read the arrow and the number as one short word twice
    the row's height, off the row's baseline ("E3"), no value's shape; the column still types it."""
    header = [(0, "Pupil"), (210, "Year"), (300, "DOB"), (430, "UPN")] + _days(DAYS) + [(940, "Attendance")]
    body = [
        [(0, "Brennock, Tamsin"), (210, "Year 4"), (300, "14/03/2018"), (430, "H204918273645")]
        + _days("/\\/L/\\/✓")
        + [(940, "96.4%")],
        [(0, "Quillan, Odhran"), (210, "Year 4"), (300, "02/11/2017")] + _days("\\/I/\\//✓") + [(940, "91.2%")],
    ]
    layout = text_layout(*_grid(header, body))
    pointer = TextLine((OcrWord("E3", Box(431, 60, 104, 30), 75.0),))
    layout = Layout((*layout.lines, pointer))
    lt, findings = detector.find_spans(layout)
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert ("NATIONAL_ID", "E3") in found, found


def test_a_tall_word_outside_a_typed_column_is_no_value(detector):
    """A badge drawn over the attendance column (no personal type) stays readable."""
    header = [(0, "Pupil"), (210, "Year"), (300, "DOB")] + _days(DAYS) + [(940, "Attendance")]
    body = [[(0, "Brennock, Tamsin"), (210, "Year 4"), (300, "14/03/2018")] + _days("/\\/L/\\/✓")]
    layout = text_layout(*_grid(header, body))
    badge = TextLine((OcrWord("New", Box(941, 30, 40, 30), 80.0),))
    lt, findings = detector.find_spans(Layout((*layout.lines, badge)))
    assert not {lt.text[f.start : f.end] for f in findings} & {"New"}


def test_a_hotel_arrivals_list_types_its_guests_and_loyalty_numbers(detector):
    """'Guest | Room | Room type | Nights | Rate code | Loyalty no. | ETA | Status': the stay's
    columns are a header row's cells; a guest's cell holds a VIP badge after the name."""
    header = [(0, "Guest"), (340, "Room"), (430, "Room type"), (610, "Nights"), (700, "Rate code")]
    header += [(880, "Loyalty no."), (1040, "ETA"), (1120, "Status")]
    body = [
        [(0, "Ní Fhlannagáin, Odhrán | VIP"), (340, "415"), (430, "Classic Double"), (610, "5"), (700, "PKG-BB")]
        + [(880, "913 402 771"), (1040, "15:00"), (1120, "Due in")],
        [(0, "Achterberg, Wiebke"), (340, "602"), (430, "Executive King"), (610, "4"), (700, "GOV")]
        + [(880, "208 116 530"), (1040, "15:30"), (1120, "Due in")],
    ]
    lt, findings = detector.find_spans(text_layout(*_grid(header, body)))
    spans = [lt.text[f.start : f.end] for f in findings if f.entity_type in ("PERSON", "ACCOUNT_NUMBER")]
    for value in ("Odhrán", "Achterberg, Wiebke", "913 402 771", "208 116 530"):
        assert any(value in s for s in spans), spans
    assert not any("Classic Double" in s or "Due in" in s for s in spans), spans
