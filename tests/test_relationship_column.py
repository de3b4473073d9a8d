"""A table of people with a "Relationship" column (an insurance quote's named drivers, a pension's
beneficiaries, an HR record's emergency contacts): "Name | Relationship | Date of birth ..." as
the header, "Spouse", "Son", "Daughter" in the column. The header "Relationship" stood right of
the "Name" label and was taken for its value (label:name/right), and the cell "Spouse", a name
label of its own (a spouse's name beside it on a form), took the next row's "Son" for a name
(label:name/below). Found on the new scene insurance_quote (corpus39/scn1): both masked as
PERSON, 9-15 s (over-masking). A kinship word or the column's header is no person's name; the
names in the Name column are still found. Values are invented."""

from tests.helpers import text_layout

HEADER = [
    (277, 222, "Name"),
    (488, 222, "Relationship"),
    (627, 222, "Date of birth"),
    (763, 222, "Licence type"),
    (913, 222, "Licence number"),
    (1124, 222, "Years held"),
]


def _row(y: int, name: str, relation: str, dob: str) -> list[tuple[int, int, str]]:
    return [(277, y, name), (488, y, relation), (627, y, dob), (763, y, "Full UK"), (913, y, "—"), (1124, y, "3")]


def _people(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7, line_h=13))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


def test_the_relationship_header_and_kinship_cells_are_no_names(detector):
    found = _people(
        detector,
        *HEADER,
        *_row(249, "Wulfric Penhallow", "Spouse", "12/04/1971"),
        *_row(276, "Tamsyn Penhallow", "Son", "03/02/2006"),
        *_row(303, "Ysella Penhallow", "Daughter", "19/08/2008"),
    )
    assert not found & {"Relationship", "Spouse", "Son", "Daughter"}, found


def test_a_name_beside_its_relationship_caption_is_still_found(detector):
    # a form, not a table: "Spouse" captions the spouse's name
    found = _people(detector, (40, 100, "Spouse"), (200, 100, "Morwenna Trevithick"))
    assert "Morwenna Trevithick" in found, found
