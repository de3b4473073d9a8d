"""A monospace table whose left-aligned column holds values longer than its short header: a
green screen's subfile ("Opt  Cust no  Name ... Postcode  Town  Telephone", IBM i in a 5250
emulator), where "<SURNAME>-<SURNAME>, <FIRST>" runs past the midpoint between "Name" and the
far "Postcode". OCR left a gap wider than a space after the comma, so the given name was a cell
of its own under the Postcode column's territory, typed as a postcode and dropped: it stayed
readable (green_screen, stop 47). A rest that ends before where the next column's cells start
is the rest of the cell before it. Values are invented."""

from tests.helpers import text_layout

HEADER = " Opt Cust no  Name                          Postcode  Town              Telephone"
ROWS = [
    "  _  418802   ORMSKIRK, WINIFRED            PL31 7XQ  KELLYBROOK        01566 730418",
    "  _  418819   VELLACOTT-OKONJO,  EGLANTINE  EX22 6WB  ASHWATER CROSS    01409 262917",
    "  _  418826   DUNSTERVILLE, FULBERT         TQ13 8ZN  WIDDECOMBE HEY    01364 631045",
]


def _found(detector) -> dict[str, str]:
    lt, findings = detector.find_spans(text_layout(HEADER, *ROWS, char_w=11, line_h=18, pitch=24))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def test_the_rest_of_a_long_name_cell_is_typed_with_it(detector):
    found = _found(detector)
    assert any("EGLANTINE" in text and kind == "PERSON" for text, kind in found.items()), found


def test_the_columns_after_a_long_cell_keep_their_types(detector):
    found = _found(detector)
    for value, kind in (("EX22 6WB", "ZIP_CODE"), ("ASHWATER CROSS", "LOCATION"), ("01409 262917", "PHONE_NUMBER")):
        assert any(value in text and k == kind for text, k in found.items()), (value, found)


def test_short_cells_and_the_header_stay_as_they_were(detector):
    found = _found(detector)
    assert any("ORMSKIRK, WINIFRED" in text for text in found), found
    assert not any(word in text for text in found for word in ("Postcode", "Telephone", "Cust")), found
