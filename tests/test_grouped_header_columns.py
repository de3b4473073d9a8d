"""A table whose header is two rows: a group caption spans the short column names under it
("Member" over "Name | DOB | Mobile", "Home address" over "Line 1 | Town | Postcode", "Emergency
contact" over "Name | Relationship | Phone"), as membership, school and HR registers head their
tables. A column name that says what it holds only through its caption ("Line 1") typed nothing,
so a street its recognizers did not know ("<n> <Name> View") stayed readable. Found on the new
scene member_register (stop 46). The caption above a column that has no header phrase of its own
types it; a column with its own (non-personal) name ("Relationship") stays readable. Values are
invented."""

from tests.helpers import text_layout

GROUPS = [(35, 222, "No."), (213, 197, "Member"), (559, 197, "Home address"), (918, 197, "Emergency contact")]
XS = (76, 238, 318, 415, 604, 727, 805, 955, 1060)
COLUMNS = ("Name", "DOB", "Mobile", "Line 1", "Town", "Postcode", "Name", "Relationship", "Phone")
ROWS = [
    ("Morwenna Kittow", "14/02/1983", "07700 900412", "63 Pendower View", "Porthkerris", "TR9 4QJ",
     "Loveday Kittow", "Mother", "+44 7700 900 318"),
    ("Cadan Tremayne", "02/11/1990", "07700 900527", "Flat 9b, Ostrander Rise", "Tolvaddon", "TR8 2WX",
     "Peder Tremayne", "Father", "+44 7700 900 644"),
    ("Demelza Pascoe", "27/06/1976", "07700 900783", "4 Gweal Prospect", "Carnmenellis", "TR7 5LN",
     "Kerensa Pascoe", "Sister", "+44 7700 900 159"),
]  # fmt: skip


def _found(detector) -> dict[str, str]:
    placed = [*GROUPS, *((x, 222, name) for x, name in zip(XS, COLUMNS, strict=True))]
    for i, row in enumerate(ROWS):
        placed += [(x, 248 + 27 * i, cell) for x, cell in zip(XS, row, strict=True)]
    lt, findings = detector.find_spans(text_layout(*placed, char_w=7, line_h=13))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def _covered(found: dict[str, str], value: str) -> bool:
    return any(value in text or text in value and len(text) > 3 for text in found)


def test_a_column_named_through_its_group_caption_is_typed_by_it(detector):
    found = _found(detector)
    for street in ("63 Pendower View", "Flat 9b, Ostrander Rise", "4 Gweal Prospect"):
        assert any(street in text for text in found), (street, found)


def test_a_column_with_a_name_of_its_own_under_a_personal_caption_stays_readable(detector):
    found = _found(detector)
    assert not {"Mother", "Father", "Sister", "Relationship"} & set(found), found
    for caption in ("Member", "Home address", "Emergency contact"):
        assert not any(caption in text for text in found), (caption, found)


def test_the_other_columns_are_still_typed(detector):
    found = _found(detector)
    for value in ("Morwenna Kittow", "Loveday Kittow", "14/02/1983", "Tolvaddon", "TR8 2WX", "+44 7700 900 159"):
        assert _covered(found, value), (value, found)
