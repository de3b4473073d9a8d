"""A surname of a person the recording named in full, written as a piece of a file name: a law
firm's documents list ("Witness statement - <Last>.pdf"; scene legal_case, where the witness's
surname, also an English word, stayed readable in the file name at 0-28 s while the full name in
the time entries above was masked). Found by the memory's name parts (name_parts.py), which took
the word with its extension for another word. And the list's "Name" header over such a file is
no person's label: the label pass masked "Witness statement" as a name (filters.py). Values are
invented."""

import pytest

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.detector import DetectConfig, Detector
from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

SEEN = "03/12/2026  Lucy Hartley  Meeting with Norman Hedges to take statement  1.8"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig())


def _parts(detector: Detector, row: str) -> list[str]:
    memory = ValueMemory()
    detector.find_spans(text_layout(SEEN), memory)
    lt, spans = detector.find_spans(text_layout("Name  Uploaded  Size", row), memory)
    return [lt.text[f.start : f.end] for f in spans if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "row",
    [
        "Witness statement - Hedges.pdf  03/12/2026  412 KB",
        "Hedges_contract.docx  01/12/2026  88 KB",
        "CV-Hedges.pdf  02/12/2026  1.1 MB",
        "Statement of N Hedges (signed).pdf  03/12/2026",
    ],
)
def test_a_remembered_surname_in_a_file_name_is_masked(detector: Detector, row: str):
    assert "Hedges" in _parts(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "garden hedges.pdf  03/12/2026  412 KB",  # not written as a name
        "Minutes - Holloway.pdf  03/12/2026  60 KB",  # a surname this recording did not name
    ],
)
def test_other_words_in_file_names_stay(detector: Detector, row: str):
    found = _parts(detector, row)
    assert not any(w in " ".join(found) for w in ("hedges", "Holloway")), found


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(t, Box(x, y, w, h), 92.0) for t, x, y, w, h in words))


# a documents list's "Name" header over its first row, as the analysis read them while the list
# scrolled in (its other columns not yet in the words it sent): legal_case at 0 s
NAME_HEADER = _line(("Name", 36, 652, 35, 11))


def test_a_file_under_a_name_header_is_no_persons_name(detector: Detector):
    row = _line(
        ("Witness", 35, 680, 48, 11),
        ("statement", 85, 681, 59, 10),
        ("-", 146, 686, 5, 2),
        ("Hedges.pdf", 155, 680, 69, 13),
    )
    lt, spans = detector.find_spans(Layout((NAME_HEADER, row)), ValueMemory())
    assert [lt.text[f.start : f.end] for f in spans if f.entity_type == "PERSON"] == []


def test_a_name_under_a_name_header_is_still_one(detector: Detector):
    row = _line(("Orla", 35, 680, 30, 11), ("Hedges", 70, 680, 46, 11), ("resume.pdf", 300, 680, 70, 11))
    lt, spans = detector.find_spans(Layout((NAME_HEADER, row)), ValueMemory())
    assert "Orla Hedges" in [lt.text[f.start : f.end] for f in spans if f.entity_type == "PERSON"]


# pandas' df.head() in a terminal (python_repl class): right-aligned columns two spaces apart, so
# a surname's cell reads on into the e-mail column, and an address whose country's domain is also
# a file's extension (".pl", ".md") is no file: the surname under "last name" is still a person's
PANDAS_HEADER = _line(
    ("id", 47, 112, 15, 13),
    ("first", 71, 112, 39, 13),
    ("name", 119, 115, 32, 10),
    ("last", 199, 112, 31, 13),
    ("name", 239, 115, 32, 10),
    ("email", 455, 112, 40, 13),
)


@pytest.mark.parametrize(
    ("first", "last", "domain"),
    [("Folasade", "Ijeomah", "poczta.pl"), ("NaN", "Quennevat", "posta.md")],  # NaN: pandas' empty cell
)
def test_a_surname_beside_an_email_column_is_a_persons_name(detector: Detector, first: str, last: str, domain: str):
    row = _line(
        ("7", 7, 130, 8, 12),
        ("5316", 31, 130, 32, 12),
        (first, 151 - 8 * len(first), 129, 8 * len(first), 13),
        (last, 271 - 8 * len(last), 130, 8 * len(last), 15),
        (f"{first.lower()}.{last.lower()}@{domain}", 287, 129, 208, 15),
    )
    lt, spans = detector.find_spans(Layout((PANDAS_HEADER, row)), ValueMemory())
    found = [lt.text[f.start : f.end] for f in spans if f.entity_type == "PERSON"]
    assert any(last in value.split() for value in found), found
