"""Two CSV files side by side in one terminal (`diff -y`, `sdiff`, vimdiff's or tmux's two panes):
the header of each pane stands on the same row, and every line below holds a row of both, the
left one cut at its pane's width and glued to the right one by the gutter (" | ", " < ", " > "
or blanks, which OCR may lose). Read as one line, such a row has about twice the header's
fields, so no row was typed by its columns; scaled down to 75 %, OCR reads a postcode's capitals
as small letters ("<out>x <in>s") and its D as a 0, no postcode rule matches, and the
postcodes stayed readable (diff_side at 0.75, stop 49). Each half of the line is now its own
pane's row. Values are invented."""

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from tests.helpers import text_layout

HALF = 71  # each pane's width in characters, as `diff -y -W 147` prints it
CHAR_W = 8
PANE_X = (HALF + 3) * CHAR_W  # the right pane starts after the gutter (" | ")
HEADER = "id,name,email,mobile,postcode,plan"

SAME = "30112,Eudora Vance,evance@example.net,07700 900781,KW7x 3Ps,Trade"
OLD = "30129,Osbert Quilliam,oquilliam@example.org,07700 900782,HU9 2Nw,Retail"
NEW = "30129,Osbert Quilliam,oquilliam@example.org,07700 900783,TD14 40F,Retail"
GLUED = "30146,Letitia Orme,lorme@example.com,07700 900784,LN6 7Bs,Trade"
GONE = "30163,Bartholomew Quenby,bquenby@example.com,07700 900786,YO62 9Rz,Trade plus"
ADDED = "30999,Crispin Oldroyd,coldroyd@example.net,07700 900785,PH33 6Xa,Trade"


def _side(left: str, mark: str, right: str) -> str:
    return f"{left[:HALF]:<{HALF}} {mark} {right[:HALF]}".rstrip()


def _glued(line: TextLine) -> TextLine:
    """`line` with the words on either side of its widest gap read as one (the gutter's blanks
    lost to OCR): the word's box spans the gap."""
    words = line.words
    gap = max(range(1, len(words)), key=lambda i: words[i].box.x - words[i - 1].box.x2)
    left, right = words[gap - 1], words[gap]
    box = Box(left.box.x, left.box.y, right.box.x2 - left.box.x, left.box.h)
    return TextLine((*words[: gap - 1], OcrWord(left.text + right.text, box, left.conf), *words[gap + 1 :]))


def _screen() -> Layout:
    rows = [_side(SAME, "", SAME), _side(OLD, "|", NEW), _side(GLUED, "", GLUED), _side(GONE, "<", "")]
    placed = [(0, 0, HEADER), (PANE_X, 0, HEADER), *((0, 24 * i, row) for i, row in enumerate(rows, 1))]
    placed.append((PANE_X - 2 * CHAR_W, 24 * 5, f"> {ADDED}"))
    layout = text_layout(*placed, char_w=CHAR_W)
    lines = list(layout.lines)
    lines[4] = _glued(lines[4])  # the GLUED row
    return Layout(tuple(lines))


def _found(detector) -> dict[str, str]:
    lt, findings = detector.find_spans(_screen())
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def _typed(found: dict[str, str], value: str, entity: str) -> bool:
    return any(value in text and kind == entity for text, kind in found.items())


def test_misread_postcodes_of_both_panes_are_typed_by_their_column(detector):
    found = _found(detector)
    for postcode in ("KW7x 3Ps", "HU9 2Nw", "TD14 40F", "LN6 7Bs", "PH33 6Xa"):
        assert _typed(found, postcode, "ZIP_CODE"), (postcode, found)


def test_both_panes_rows_are_typed(detector):
    found = _found(detector)
    for value, entity in (
        ("Eudora Vance", "PERSON"),
        ("oquilliam@example.org", "EMAIL_ADDRESS"),
        ("07700 900783", "PHONE_NUMBER"),
        ("Letitia Orme", "PERSON"),
        ("Crispin Oldroyd", "PERSON"),
    ):
        assert _typed(found, value, entity), (value, found)


def test_the_plan_where_the_panes_meet_stays_readable(detector):
    found = _found(detector)
    for text in found:
        for innocent in ("Trade", "Retail"):
            assert innocent not in text, (innocent, found)
