"""A monospace table whose left-aligned column holds values longer than its short header: a
green screen's subfile ("Opt  Cust no  Name ... Postcode  Town  Telephone", IBM i in a 5250
emulator), where "<SURNAME>-<SURNAME>, <FIRST>" runs past the midpoint between "Name" and the
far "Postcode". OCR left a gap wider than a space after the comma, so the given name was a cell
of its own under the Postcode column's territory, typed as a postcode and dropped: it stayed
readable (green_screen, stop 47). A rest that ends before where the next column's cells start
is the rest of the cell before it. Values are invented."""

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, Layout, OcrWord
from pipeline.detection.memory import ValueMemory
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


# The subfile as the emulator draws it: each cell starts two characters left of its heading, an
# 8-character postcode stands one space from its town, a 16-character town one space from its
# phone. OCR reads such a row as runs of cells a space apart ("<postcode> <TOWN>", "<TOWN>
# <phone>") that fit no one column (green_screen, stop 48).
TIGHT_HEADER = " Opt Cust no  Name                        Postcode Town             Telephone"


def _tight_row(number: str, name: str, postcode: str, town: str, phone: str) -> str:
    return f"    {number}  {name:<27} {postcode:<9}{town:<17}{phone}"


TIGHT_ROWS = [
    ("516203", "GOSWICK, ISAMBARD", "KW17 2PL", "KIRKBY THORNWAIT", "01856 402719"),
    ("516210", "PENWARDEN, CLEMENTINE", "ZE2 9XQ", "SOUTHWOLDHAM", "01595 771203"),
    ("516227", "MBEKI, ZEPHYRINA", "TR20 8QX", "NETHER QUARMBY", "01736 518064"),
    ("516234", "ARKWRIGHT, ONESIPHORA", "HS9 5RW", "UPPER BRISLINGHA", "01871 630925"),
]


def _tight_found(detector, rows: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str]]:
    # OCR boxes the header's words as short as its small "no" (x-height): a space there parts
    # two headings, while in the capitals of the rows it joins two cells
    header = text_layout(TIGHT_HEADER, char_w=11, line_h=11)
    body = text_layout(*((0, 24 * n, _tight_row(*r)) for n, r in enumerate(rows, start=1)), char_w=11, line_h=15)
    lt, findings = detector.find_spans(Layout(header.lines + body.lines))
    return [(lt.text[f.start : f.end], f.entity_type) for f in findings]


def _typed(found: list[tuple[str, str]], value: str, kind: str) -> bool:
    return any(value in text and k == kind for text, k in found)


def test_cells_run_together_a_space_apart_keep_their_columns_types(detector):
    """Rows whose postcode runs into its town and whose town runs into its phone: each value is
    found with its column's type (the rows were dropped as another panel's strip under the grid,
    or their run taken for a dialog's sentence over it)."""
    found = _tight_found(detector, TIGHT_ROWS)
    for _, name, postcode, town, phone in TIGHT_ROWS:
        for value, kind in ((name, "PERSON"), (postcode, "ZIP_CODE"), (town, "LOCATION"), (phone, "PHONE_NUMBER")):
            assert _typed(found, value, kind), (value, kind, found)
    assert not any(word in text for text, _ in found for word in ("Postcode", "Telephone", "Cust")), found


def test_one_tight_row_under_the_header_is_read_too(detector):
    """The list redrawn from a surname on ("Position to"): its first rows alone under the header."""
    found = _tight_found(detector, TIGHT_ROWS[:2])
    for value, kind in (("KIRKBY THORNWAIT", "LOCATION"), ("KW17 2PL", "ZIP_CODE"), ("GOSWICK, ISAMBARD", "PERSON")):
        assert _typed(found, value, kind), (value, kind, found)


def test_the_keys_captions_around_the_subfile_are_no_names(detector):
    """The options over the subfile ("4=Delete" stands under "surname" of "Position to surname")
    and the function keys under it ("F5=Refresh  F6=Add" under "Name"): captions of keys, none a
    name (the table typed them PERSON, and the value memory masked them on every later frame)."""
    top = [
        " Position to surname . . . .",
        "",
        " Type options, press Enter.",
        "   2=Change   4=Delete   5=Display   8=Orders   12=Notes",
        "",
    ]
    keys = " F3=Exit   F5=Refresh   F6=Add   F12=Cancel   F17=Top   F18=Bottom"
    rows = [_tight_row(*r) for r in TIGHT_ROWS]
    lines = [*top, TIGHT_HEADER, *rows, " " * 71 + "Bottom", keys]
    lt, findings = detector.find_spans(text_layout(*lines, char_w=11, line_h=15, pitch=24))
    found = [lt.text[f.start : f.end] for f in findings]
    assert not any("=" in text for text in found), found


# An HTML table's heading is centred by default, its cells left-aligned: in a column wider than
# its cells (a members register's "Plan" column of badges), short cells start and end left of
# their heading's start, and each was taken for the rest of the phone number before it (the
# badge masked with the phone, and held over the next column for the rest of the clip:
# member_register at 75 %, stop 49). Cells that start where the other rows' cells start, or lie within
# theirs, are a column of their own. Values are invented.
BADGE_HEADER = "Member                Phone                      Plan"
BADGE_ROWS = [
    ("Lysander Quillfeather", "+44 7700 900418", "Adult"),
    ("Ottoline Bracegirdle", "+44 7700 900527", "Senior"),
    ("Peregrin Pocklington", "+44 7700 900639", "Junior"),
    ("Clemency Wyvernby", "+44 7700 900751", "Family"),
]


def _badge_rows(rows: list[tuple[str, str, str]]) -> list[str]:
    return [f"{name:<22}{phone:<20}{badge}" for name, phone, badge in rows]


def _badge_found(detector, lines: list[str], memory: ValueMemory) -> list[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*lines), memory)
    return [(lt.text[f.start : f.end], f.entity_type) for f in findings]


def test_badges_under_a_centred_heading_are_no_rest_of_the_phone(detector):
    found = _badge_found(detector, [BADGE_HEADER, *_badge_rows(BADGE_ROWS)], ValueMemory())
    for _, phone, badge in BADGE_ROWS:
        assert _typed(found, phone, "PHONE_NUMBER"), (phone, found)
        assert not any(badge in text for text, _ in found), (badge, found)


def test_badges_stay_apart_once_the_header_scrolled_away(detector):
    """The rows under a remembered table (the header out of view, a list scrolled)."""
    memory = ValueMemory()
    _badge_found(detector, [BADGE_HEADER, *_badge_rows(BADGE_ROWS[:2])], memory)
    found = _badge_found(detector, _badge_rows(BADGE_ROWS), memory)
    for _, phone, badge in BADGE_ROWS:
        assert _typed(found, phone, "PHONE_NUMBER"), (phone, found)
        assert not any(badge in text for text, _ in found), (badge, found)


def test_part_of_a_badge_read_alone_is_no_rest_of_the_phone(detector):
    """OCR read only the middle of one row's badge (a scaled copy): a cell inside the others'."""
    rows = [*_badge_rows(BADGE_ROWS), f"{'Hesketh Fenwick':<22}{'+44 7700 900862':<22}mil"]
    found = _badge_found(detector, [BADGE_HEADER, *rows], ValueMemory())
    assert _typed(found, "+44 7700 900862", "PHONE_NUMBER"), found
    assert not any("mil" in text for text, _ in found), found


def test_a_town_that_fills_its_column_is_one_cell(detector):
    """A town of two words that fills its column: the middle of its last word lies past the
    midpoint between "Town" and "Telephone", but the word ends short of where the phones
    start. It is the rest of the town, not a cell of the next column; the row's run
    ("<postcode> <TOWN> <phone>") was taken for a dialog's sentence over the grid, and the town
    was typed by nothing."""
    rows = [("730145", "QUILLFEATHER, BARNABY", "YO62 4TD", "GALLOWMIRE FOLDS", "01439 558201"), *TIGHT_ROWS[1:3]]
    found = _tight_found(detector, rows)
    for value, kind in (("GALLOWMIRE FOLDS", "LOCATION"), ("YO62 4TD", "ZIP_CODE"), ("01439 558201", "PHONE_NUMBER")):
        assert _typed(found, value, kind), (value, kind, found)
    assert not any("FOLDS" in text and kind != "LOCATION" for text, kind in found), found


# The subfile scaled to 75 % (green_screen at 0.75, stop 48): the header's words where OCR boxed
# them there. "Postcode" and "Town" stand 8 px apart, closer than the header's height (its small
# "no") allows between two cells, so they are read as one header cell.
SCALED_HEADER = [
    ("Opt", 27, 25, 14),
    ("Cust", 61, 34, 12),
    ("no", 105, 16, 10),
    ("Name", 138, 34, 12),
    ("Postcode", 379, 68, 13),
    ("Town", 455, 34, 15),
    ("Telephone", 601, 77, 16),
]
SCALED_CELLS = (53, 121, 361, 439, 584)  # where each column's cells start, two characters left
SCALED_ROWS = [
    ("730145", "QUILLFEATHER, BARNABY", "YO62 4TD", "GALLOWMIRE FOLDS", "01439 558201"),
    ("730152", "TREMAYNE, OSWALDINE", "LL53 8QZ", "PENRHYNBACH", "01758 904316"),
    ("730169", "FENWICKSHAW, LUCASTA", "DG7 3PW", "KIRKHOLM STEAD", "01644 287530"),
    ("730176", "ZORUBADEL, HILDEGUNN", "IV27 4JZ", "SCOURIEMOOR", "01971 603184"),
]


def _scaled_cell(x: float, y: int, text: str, char_w: float = 8.5) -> list[OcrWord]:
    words = []
    for part in text.split(" "):
        words.append(OcrWord(part, Box(round(x), y, round(char_w * len(part)), 12), 91.0))
        x += char_w * (len(part) + 1)
    return words


def test_two_headings_a_space_apart_beside_other_headings_are_two_columns(detector):
    """Two header words a space apart alone on their row are a panel's heading ("Customer
    contact"); beside the row's other header cells they are two columns whose gap the scaled
    copy narrowed to a space. The towns under the second were typed by nothing (14 of 14
    towns leaked at 0.75)."""
    words = [OcrWord(text, Box(x, 262, w, h), 96.0) for text, x, w, h in SCALED_HEADER]
    for n, row in enumerate(SCALED_ROWS):
        words += [w for x, cell in zip(SCALED_CELLS, row, strict=True) for w in _scaled_cell(x, 280 + 18 * n, cell)]
    lt, findings = detector.find_spans(group_lines(words))
    found = [(lt.text[f.start : f.end], f.entity_type) for f in findings]
    for _, name, postcode, town, phone in SCALED_ROWS:
        for value, kind in ((name, "PERSON"), (postcode, "ZIP_CODE"), (town, "LOCATION"), (phone, "PHONE_NUMBER")):
            assert _typed(found, value, kind), (value, kind, found)
    assert not any(word in text for text, _ in found for word in ("Postcode", "Town", "Telephone")), found


def test_a_caption_of_two_header_words_that_type_one_column_stays_one_caption(detector):
    """A payslip's strip of captions over values: "EMPLOYEE NO." is two header words a space
    apart beside other header cells, but "no." types nothing, so they are one caption, not a
    name column and another. As two columns they made the strip a table: the staff number
    under its caption was lost, and the NI number's column took the tax code beside it."""
    lines = [
        " EMPLOYEE NO.   NI NUMBER       TAX CODE   NI CATEGORY   PAY DATE",
        " 40917          QX 71 58 24 D   1185L      A             28/02/2031",
    ]
    lt, findings = detector.find_spans(text_layout(*lines, char_w=8, line_h=10, pitch=24))
    found = [(lt.text[f.start : f.end], f.entity_type) for f in findings]
    assert ("40917", "ACCOUNT_NUMBER") in found, found
    assert ("QX 71 58 24 D", "UK_NINO") in found, found
    assert not any("1185L" in text for text, _ in found), found


def test_a_glyph_between_a_phone_and_its_badge_is_no_rest_of_the_phone(detector):
    """OCR read a badge's icon as "=" between one row's phone and its badge (member_register at
    75 %, stop 49): a glyph with no letter or digit is no cell's rest, so the phone's mask does not
    grow over the gap towards the Plan column."""
    rows = [*_badge_rows(BADGE_ROWS), f"{'Hesketh Fenwick':<22}{'+44 7700 900862':<16}=  {'Adult'}"]
    found = _badge_found(detector, [BADGE_HEADER, *rows], ValueMemory())
    assert _typed(found, "+44 7700 900862", "PHONE_NUMBER"), found
    assert not any("=" in text for text, _ in found), found
