"""A notebook's HTML data frame (scene notebook_dataframe, scaled to 0.75): under the table pandas
prints its dimensions, "5 rows × 12 columns", which OCR reads as "5 rows x 12 columns" a line
under the last row, starting under the index. Taken for a row of the table, its words under the
"customer_id" column were an account number, remembered and masked on every frame (the keep
string lost at 0.75). The recording's geometry (the word boxes of one 0.75 frame, as OCR split
its lines), every value invented."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(text, Box(x, y, w, h), 90.0) for text, x, y, w, h in words))


TABLE = [
    _line(("Out[2]:", 83, 265, 42, 13), ("customer_id", 156, 270, 55, 9)),
    _line(
        ("email", 441, 270, 24, 8),
        ("hk", 479, 270, 8, 13),
        ("phone", 507, 270, 28, 10),
        ("postcode", 546, 270, 40, 10),
        ("...", 598, 275, 8, 3),
        ("signup_date", 616, 268, 56, 14),
        ("plan", 687, 270, 19, 10),
        ("dob", 747, 270, 18, 8),
    ),
    _line(("full_name", 270, 270, 42, 9)),
    _line(("iba", 877, 270, 13, 8)),
    _line(
        ("0", 141, 290, 3, 5),
        ("526018", 180, 289, 30, 8),
        ("Perdita", 266, 288, 23, 11),
        ("Grims", 291, 288, 21, 9),
        ("dlsbqgbcnn@mail.test", 362, 287, 103, 14),
        ("13186", 476, 288, 26, 9),
        ("091390", 504, 288, 31, 9),
        ("N96", 551, 288, 17, 9),
        ("AEA", 570, 288, 16, 9),
        ("8246-28-19", 624, 288, 47, 9),
        ("family", 682, 288, 25, 11),
        ("4821-99-35", 718, 288, 47, 9),
        ("BM19ANEL865797543231N", 776, 287, 115, 12),
    ),
    _line(
        ("Caspian", 260, 307, 29, 8),
        ("Leary", 291, 307, 21, 10),
        ("jqpkxo@mail.test", 380, 305, 87, 14),
        ("49118", 475, 305, 27, 14),
        ("625276", 504, 305, 34, 14),
        ("A1T", 543, 305, 21, 14),
        ("8NT", 563, 305, 24, 14),
        ("5559-79-71", 624, 306, 47, 9),
        ("basic", 685, 307, 22, 8),
        ("1471-04-97", 718, 306, 47, 9),
        ("HR65ALJD9170342366712", 779, 305, 112, 12),
    ),
    _line(("1", 140, 307, 5, 8), ("768426", 180, 306, 31, 9)),
    _line(
        ("2", 140, 325, 5, 8),
        ("846563", 180, 324, 31, 9),
        ("Wilfred", 251, 325, 35, 8),
        ("Osgood", 288, 325, 24, 8),
        ("ecfehvhapsfijae@mail.test", 354, 325, 111, 11),
        ("68599", 476, 325, 26, 8),
        ("528907", 504, 325, 31, 8),
        ("W86", 547, 324, 17, 9),
        ("6KK", 566, 324, 21, 9),
        ("1760-31-37", 624, 324, 48, 9),
        ("family", 682, 324, 25, 11),
        ("2159-01-09", 718, 324, 47, 9),
        ("DM15NABW3962459571177", 777, 323, 114, 12),
    ),
    _line(
        ("3", 140, 343, 5, 8),
        ("774121", 180, 343, 31, 8),
        ("IsmayQuarles-Pell", 222, 343, 90, 10),
        ("qjucwiqlflyhrryqku@mail.test", 322, 341, 141, 14),
        ("39336", 476, 342, 26, 9),
        ("338750", 504, 342, 31, 9),
        ("ATH", 550, 342, 18, 9),
        ("7HE", 568, 341, 20, 12),
        ("9575-51-31", 624, 342, 48, 9),
        ("basic", 685, 343, 22, 8),
        ("3735-37-99", 718, 342, 47, 9),
        ("WA75TPBW1637265167612", 779, 341, 112, 12),
    ),
    _line(
        ("4", 139, 361, 6, 8),
        ("220297", 180, 360, 31, 9),
        ("Tobiah", 243, 361, 34, 8),
        ("Venn", 278, 361, 34, 8),
        ("zuettpvlerrea@mail.test", 363, 359, 101, 14),
        ("01826", 478, 359, 25, 14),
        ("330434", 504, 359, 31, 14),
        ("M39", 547, 359, 16, 14),
        ("5HM", 568, 359, 20, 14),
        ("6205-79-86", 624, 360, 47, 9),
        ("plus", 689, 361, 18, 10),
        ("8282-88-07", 718, 360, 47, 9),
        ("TD90TTDD2791805888718", 775, 359, 116, 12),
    ),
]
FOOTER = _line(
    ("5", 133, 380, 7, 9),
    ("rows", 142, 382, 21, 7),
    ("x", 166, 382, 5, 5),
    ("12", 174, 380, 11, 9),
    ("columns", 187, 380, 37, 9),
)


def _found(detector, lines: list[TextLine]) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(Layout(tuple(lines)))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_the_frame_dimensions_under_the_table_are_no_row(detector):
    found = _found(detector, [*TABLE, FOOTER])
    assert not {v for _, v in found if "rows" in v or "columns" in v}, found


def test_the_rows_above_are_still_typed(detector):
    found = _found(detector, [*TABLE, FOOTER])
    assert {v for t, v in found if t == "PERSON" and "Leary" in v}, found
    assert {v for t, v in found if t == "EMAIL_ADDRESS"}, found
