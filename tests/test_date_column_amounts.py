"""An amount is no date of birth, whichever column it lines up with. A pension member's record
shows the beneficiaries table ("Name | Relationship | Date of birth | Share | Address"); a tab
then shows the contributions table ("Month | Member | Employer | Total | Fund | Status") in the
same place. Its amounts lined up by chance with the remembered table's "Date of birth" column
and were typed, masked and remembered as dates of birth. Found on the new scene pension_portal
(corpus39/scn1), on the output frames at 11.8-16.5 s (over-masking: the Employer and Total
columns' amounts). Values are invented."""

from pipeline.detection.memory import ValueMemory
from pipeline.detection.structure.cells import cell_shape_ok
from tests.helpers import text_layout

BENEFICIARIES = [
    (352, 235, "Name"),
    (586, 235, "Relationship"),
    (738, 235, "Date of birth"),
    (922, 235, "Share"),
    (971, 235, "Address"),
    (352, 262, "Ysella Marrack"),
    (586, 262, "Spouse"),
    (738, 262, "14/02/1971"),
    (935, 262, "60%"),
    (971, 262, "Same as member"),
    (352, 289, "Jory Marrack"),
    (586, 289, "Daughter"),
    (738, 289, "02/07/2000"),
    (935, 289, "40%"),
    (971, 289, "Same as member"),
]


def _contributions() -> list[tuple[int, int, str]]:
    rows = [
        (352, 213, "Month"),
        (548, 213, "Member"),
        (680, 213, "Employer"),
        (826, 213, "Total"),
        (869, 213, "Fund"),
        (1127, 213, "Status"),
    ]
    for i, month in enumerate(["Nov 2026", "Oct 2026", "Sep 2026", "Aug 2026", "Jul 2026"]):
        y = 240 + 27 * i
        rows += [(352, y, month), (551, y, "£218.33"), (688, y, "£262.00"), (806, y, "£480.33")]
        rows += [(869, y, "Default Growth Fund"), (1127, y, "Invested")]
    return rows


def test_amounts_under_a_remembered_date_column_are_no_dates_of_birth(detector):
    memory = ValueMemory()
    lt, findings = detector.find_spans(text_layout(*BENEFICIARIES, char_w=7, line_h=13), memory)
    assert {"14/02/1971", "02/07/2000"} <= {lt.text[f.start : f.end] for f in findings}
    lt, findings = detector.find_spans(text_layout(*_contributions(), char_w=7, line_h=13), memory)
    dates = {lt.text[f.start : f.end] for f in findings if f.entity_type == "DATE_OF_BIRTH"}
    assert not dates, dates


def test_the_shape_of_a_date_of_birth_cell():
    for value in ("14/02/1971", "03/1971", "2 Jul 2000", "1971-02-14"):
        assert cell_shape_ok("DATE_OF_BIRTH", value), value
    for value in ("£262.00", "480.33", "60%", "$1,204.50"):
        assert not cell_shape_ok("DATE_OF_BIRTH", value), value
