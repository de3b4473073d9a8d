"""A name under or beside its initials avatar (pipeline/detection/avatar_names.py): an org chart's
boxes (initials circle, name, job title; scene org_chart, where an uncommon Irish given name and
surname in a box was readable at 0-3 s: NER read the other names of the chart but not that one),
an accounts list with the circle left of the name. Values are invented."""

import pytest

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from tests.helpers import text_layout

# the org chart of scene org_chart as the analysis's OCR read it at 0.5 s (words and boxes),
# every name replaced by an invented one and the initials with it: browser chrome, a header, four
# levels of boxes (initials over name over job title); "OC" over "Orlaith Cuffe" is the box whose
# name NER does not take
CHART = [
    [
        ("@", 48, 12, 15, 15),
        ("Org", 72, 15, 23, 14),
        ("chart", 98, 14, 31, 12),
        ("-", 131, 20, 5, 3),
        ("Northvale", 139, 14, 60, 12),
        ("Peop", 202, 15, 30, 13),
    ],
    [("4.", 286, 15, 11, 10)],
    [("is)", 1224, 15, 10, 10)],
    [("x", 1257, 15, 10, 10)],
    [("x", 252, 16, 8, 8)],
    [("v", 15, 17, 10, 6)],
    [("@", 1213, 55, 17, 17)],
    [("Ww", 1163, 55, 16, 15)],
    [("<-", 17, 57, 13, 12)],
    [(">", 53, 57, 12, 12)],
    [("CG", 89, 57, 13, 12)],
    [("A\\", 130, 56, 16, 13), ("Not", 150, 58, 23, 11), ("secure", 176, 60, 39, 9)],
    [("people.northvale.example/people/orgchart.html", 231, 56, 323, 17)],
    [(")", 1258, 97, 4, 29)],
    [("Northvale", 18, 105, 74, 13), ("People", 97, 105, 52, 16)],
    [("Home", 171, 106, 34, 11)],
    [("Org", 227, 106, 22, 13), ("chart", 253, 106, 29, 11)],
    [("Teams", 303, 106, 39, 11)],
    [("Policies", 364, 106, 45, 11)],
    [("Search", 1013, 106, 41, 11), ("people", 1058, 106, 39, 14)],
    [("Organisation", 18, 156, 104, 16), ("chart", 128, 156, 41, 12)],
    [
        ("Northvale", 18, 177, 56, 11),
        ("Logistics", 78, 177, 50, 13),
        ("-", 132, 183, 3, 2),
        ("214", 139, 177, 22, 11),
        ("people", 164, 177, 39, 13),
        ("-", 207, 182, 3, 3),
        ("Updated", 214, 177, 49, 13),
        ("weekly", 266, 177, 41, 14),
        ("from", 310, 177, 26, 11),
        ("the", 339, 177, 19, 11),
        ("HR", 361, 177, 19, 11),
        ("system", 383, 178, 42, 13),
    ],
    [("PH", 632, 223, 16, 10)],
    [("Peter", 599, 248, 34, 11), ("Hughes", 640, 248, 41, 11)],
    [("Chief", 584, 262, 26, 10), ("Executive", 613, 262, 48, 10), ("Officer", 664, 262, 32, 10)],
    [("Tb", 460, 336, 16, 11)],
    [("AQ", 632, 337, 16, 10)],
    [("SD", 805, 337, 14, 10)],
    [("Ailbhe", 603, 362, 43, 13), ("Quirke", 653, 362, 43, 13)],
    [("Thomas", 419, 362, 38, 13), ("Baxter", 464, 362, 38, 13)],
    [("Simon", 769, 362, 33, 11), ("Doyle", 808, 362, 33, 11)],
    [("Chief", 580, 376, 27, 10), ("Technology", 608, 373, 57, 14), ("Officer", 667, 376, 33, 10)],
    [("Director", 414, 376, 39, 10), ("of", 455, 376, 11, 10), ("Operations", 468, 376, 54, 11)],
    [("People", 774, 376, 35, 11), ("Director", 812, 376, 38, 10)],
    [("LP", 201, 451, 18, 10)],
    [("AW", 374, 451, 16, 10)],
    [("KB", 545, 451, 18, 10)],
    [("DM", 717, 451, 18, 10)],
    [("hr", 889, 450, 18, 11)],
    [("LF", 1062, 451, 16, 10)],
    [("Lucy-Anne", 156, 476, 57, 13), ("Porter", 220, 476, 38, 13)],
    [("Andrew", 342, 476, 37, 11), ("Walsh", 385, 476, 31, 11)],
    [("Karen", 511, 476, 29, 13), ("Bishop", 545, 476, 34, 13)],
    [("Declan", 673, 476, 42, 13), ("McGarrity", 722, 476, 63, 13)],
    [("Helen", 845, 476, 33, 11), ("Rowe", 884, 476, 26, 11)],
    [("Lucy-Anne", 1016, 476, 57, 13), ("Fisher", 1080, 476, 38, 13)],
    [
        ("Head", 144, 490, 27, 10),
        ("of", 174, 490, 10, 10),
        ("Customer", 186, 490, 49, 10),
        ("Support", 237, 490, 39, 11),
    ],
    [("Service", 326, 490, 37, 10), ("Desk", 366, 490, 26, 10), ("Manager", 394, 490, 44, 12)],
    [("Logistics", 509, 490, 44, 12), ("Manager", 555, 490, 44, 12)],
    [("Head", 685, 490, 26, 10), ("of", 714, 490, 10, 10), ("Platform", 726, 490, 41, 10)],
    [("Engineering", 845, 490, 59, 12), ("Manager", 907, 490, 44, 12)],
    [("HR", 1019, 490, 15, 10), ("Business", 1038, 490, 45, 10), ("Partner", 1085, 490, 37, 10)],
    [("Mc]", 287, 562, 26, 13)],
    [("SE", 460, 563, 17, 11)],
    [("OC", 632, 563, 17, 11)],
    [("NF", 804, 564, 17, 9)],
    [("GH]", 974, 562, 27, 13)],
    [("Mark", 250, 589, 23, 11), ("Collins", 278, 589, 40, 11)],
    [("Sam", 428, 589, 22, 11), ("Evans", 457, 589, 36, 11)],
    [("Orlaith", 598, 589, 49, 11), ("Cuffe", 654, 589, 35, 11)],
    [("Neil", 772, 589, 24, 13), ("Foster", 803, 589, 37, 13)],
    [("Gary", 935, 589, 28, 12), ("Holt", 970, 589, 28, 12)],
    [("Dispatch", 760, 603, 43, 12), ("Coordinator", 805, 600, 59, 16)],
    [("Support", 257, 603, 40, 11), ("Analyst", 298, 603, 37, 11)],
    [("Senior", 412, 603, 32, 10), ("Support", 447, 603, 39, 11), ("Analyst", 487, 603, 37, 11)],
    [("Field", 604, 603, 25, 10), ("Engineer", 631, 603, 45, 12)],
    [("Site", 926, 603, 19, 10), ("Reliability", 948, 603, 48, 11), ("Engineer", 998, 603, 44, 12)],
]


def _found(detector, layout) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(layout)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _layout(rows) -> Layout:
    return Layout(tuple(TextLine(tuple(OcrWord(t, Box(x, y, w, h), 91.0) for t, x, y, w, h in row)) for row in rows))


@pytest.mark.parametrize(
    "avatar",
    [
        [("OC", 632, 563, 17, 11)],
        [("OC", 632, 563, 17, 11), ("]", 652, 563, 4, 11)],  # the circle's edge read as a word (75 %)
        [("[OC]", 628, 563, 25, 11)],
    ],
)
def test_a_name_under_its_initials_in_an_org_chart_is_a_person(detector, avatar):
    rows = [avatar if row[0][0] == "OC" else row for row in CHART]
    found = _found(detector, _layout(rows))
    assert ("PERSON", "Orlaith Cuffe") in found, found


def test_a_name_right_of_its_initials_circle_is_a_person(detector):
    """An accounts list: the circle left of the name over the account's type."""
    found = _found(detector, text_layout((20, 100, "OC"), (64, 92, "Orlaith Cuffe"), (64, 110, "Standard")))
    assert ("PERSON", "Orlaith Cuffe") in found, found


@pytest.mark.parametrize(
    "rows",
    [
        [(108, 0, "PR"), (60, 26, "Pull Request"), (52, 44, "Merged yesterday")],  # letters of ordinary words
        [(108, 0, "SA"), (60, 26, "Support Analyst")],
        [(108, 0, "QX"), (60, 26, "Bronagh Quilty")],  # letters that are not the name's initials
        [(600, 0, "BQ"), (60, 26, "Bronagh Quilty")],  # initials far from the words
        # a services list at 66 %: a service's short name before its display name, one letter of
        # which OCR dropped ("Filtering"): ordinary words still, no one's name
        [(12, 0, "BFE"), (100, 0, "Base Fitering Engine")],
    ],
)
def test_initials_that_are_no_avatar_of_the_words_name_no_one_by_themselves(detector, rows):
    lt, findings = detector.find_spans(text_layout(*rows))
    assert not [f for f in findings if f.recognizer == "names:avatar"], findings
