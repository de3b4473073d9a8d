"""A form's responses as a sheet: its columns are headed by the questions themselves ("Your name",
"Best number to reach you", "What is your email address?", "Anything else?"), not "Name" and
"Phone" (scene survey_responses at scale 0.75: the last respondent's name in the "Your name"
column stayed readable at 17-28 s, 14 sightings; no finder took a name glued after a timestamp
cell). structure/tables.py: a question with a header phrase in it heads that phrase's column, and
the row's other questions are header cells. Boxes as the analysis's OCR read that frame, values
invented."""

import pytest

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.detector import DetectConfig, Detector


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(t, Box(x, y, w, h), 92.0) for t, x, y, w, h in words))


HEADER = [
    _line(
        ("1", 6, 169, 4, 8),
        ("Timestamp", 20, 169, 45, 10),
        ("Your", 101, 169, 19, 8),
        ("name", 121, 170, 23, 7),
        ("Best", 182, 169, 18, 8),
        ("number", 202, 169, 31, 8),
        ("What", 248, 168, 20, 12),
        ("is", 270, 168, 9, 12),
        ("your", 282, 168, 18, 12),
        ("email", 303, 168, 22, 12),
        ("address?", 325, 169, 38, 11),
        ("Where", 384, 168, 28, 12),
        ("should", 415, 168, 27, 12),
        ("we", 445, 168, 10, 12),
        ("come", 459, 168, 18, 12),
        ("to", 480, 168, 10, 12),
        ("give", 492, 168, 17, 12),
        ("you", 512, 168, 13, 12),
        ("a", 529, 170, 5, 7),
        ("quote?", 537, 168, 27, 12),
        ("How", 577, 169, 22, 10),
        ("did", 598, 168, 12, 11),
        ("you", 613, 169, 15, 10),
        ("Anything", 645, 169, 36, 11),
        ("else?", 683, 169, 22, 8),
    ),  # fmt: skip
    _line(("hear", 577, 179, 19, 9), ("about", 598, 177, 23, 11)),
    _line(("to", 181, 180, 9, 8), ("reach", 192, 179, 23, 9), ("you", 216, 181, 16, 9)),
    _line(("us?", 577, 190, 16, 8)),
]
ROWS = [
    # the first row, whose first cells OCR glued into one word across four columns
    _line(
        ("2", 5, 207, 6, 8),
        ("4Dec202619:42OrnaFitzgibbon|07700900789ornafitz@example.com", 18, 205, 356, 13),
        ("Flat", 385, 207, 27, 9),
        ("4,", 414, 207, 12, 9),
        ("Mill", 428, 207, 20, 9),
        ("Lane,", 450, 207, 28, 9),
        ("Anelghbour", 550, 205, 78, 14),
        ("Please", 645, 207, 28, 9),
        ("ring", 675, 208, 16, 9),
    ),  # fmt: skip
    _line(
        ("3", 5, 224, 6, 8),
        ("3", 20, 223, 7, 11),
        ("Dec", 26, 223, 18, 11),
        ("2026", 46, 223, 21, 11),
        ("08:15", 66, 223, 25, 11),
        ("Aine", 101, 224, 18, 9),
        ("Cosgrave", 121, 224, 37, 9),
        ("07700", 181, 224, 26, 9),
        ("900123", 209, 224, 31, 9),
        ("aine_c@example.com", 249, 224, 123, 11),
        ("Facebook", 577, 224, 41, 8),
        ("No", 645, 224, 12, 8),
    ),  # fmt: skip
    _line(
        ("4", 5, 242, 6, 7),
        ("2Dec", 20, 241, 24, 9),
        ("202621:03", 44, 240, 48, 11),
        ("Ciaran", 101, 241, 30, 9),
        ("Mulvey", 135, 241, 30, 9),
        ("07700", 181, 241, 26, 9),
        ("900321", 209, 241, 31, 9),
        ("ciaran.m@example.com", 249, 241, 127, 10),
        ("Aneighbour", 577, 242, 49, 10),
        ("No", 645, 241, 12, 9),
    ),  # fmt: skip
    _line(
        ("5", 5, 258, 6, 9),
        ("1Dec202612:37", 20, 257, 71, 12),
        ("Maeve", 99, 257, 28, 12),
        ("Talbot", 130, 257, 26, 12),
        ("07700", 181, 258, 26, 9),
        ("900456", 209, 258, 31, 9),
        ("maeve_t@example.com", 247, 257, 119, 14),
        ("8", 385, 258, 6, 9),
        ("Orchard", 393, 258, 30, 9),
        ("Close,", 424, 259, 34, 9),
        ("ZZ99", 460, 258, 23, 9),
        ("9ZZ", 484, 258, 20, 9),
    ),  # fmt: skip
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig())


def _people(detector: Detector, lines: list[TextLine]) -> list[str]:
    lt, spans = detector.find_spans(Layout(tuple(lines)))
    return [lt.text[f.start : f.end] for f in spans if f.entity_type == "PERSON"]


def test_the_your_name_column_of_a_responses_sheet_holds_names(detector: Detector):
    found = _people(detector, HEADER + ROWS)
    assert "Maeve Talbot" in found, found


def test_a_question_and_its_buttons_are_no_header(detector: Detector):
    # a dialog: one question cell and two buttons, then a list under it; nothing is typed
    lines = [
        _line(("Are", 300, 200, 24, 12), ("you", 328, 200, 24, 12), ("sure?", 356, 200, 34, 12),
              ("Yes", 600, 200, 24, 12), ("No", 700, 200, 16, 12)),
        _line(("Rose", 300, 230, 30, 12), ("Garden", 334, 230, 44, 12), ("2", 600, 230, 8, 12)),
    ]  # fmt: skip
    assert _people(detector, lines) == []
