"""A surname the recording named in full, in a file name that small or scaled type read with a
letter wrong: a documents list's "Witness statement - <Last>.pdf" read with its extension as
".pdt" (one letter for another) or ".pd" (the last lost at the crop's edge), or with one letter of
the surname read as another. The memory's name parts (name_parts.py) took only known extensions
and the surname as remembered, so the surname stayed readable in the scaled copy (legal_case
--variant 4 at 75 %). A CV's file name in a PDF viewer's bar, "CV_<First>_<Last>.pdf", lost the
given name's capital at the "_" at 75 % (cv_document): the surname was masked, the rest of the
given name stayed readable. Values are invented."""

import pytest

from pipeline.detection.detector import DetectConfig, Detector
from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout

SEEN = "04/12/2026  Ivo Marsh  Meeting with Tamsin Brackwell to take statement  1.8"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig())


def _persons(detector: Detector, row: str) -> list[str]:
    memory = ValueMemory()
    detector.find_spans(text_layout(SEEN), memory)
    assert "brackwell" in memory.name_parts
    lt, spans = detector.find_spans(text_layout("Name  Uploaded  Size", row), memory)
    return [lt.text[f.start : f.end] for f in spans if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("Witness statement - Brackwell.pdt  04/12/2026  412 KB", "Brackwell"),  # f read as t
        ("Witness statement - Brackwell.pd  04/12/2026  412 KB", "Brackwell"),  # f lost
        ("Brackwell_contract.docz  01/12/2026  88 KB", "Brackwell"),
        ("Witness statement - Brackweil.pdf  04/12/2026  412 KB", "Brackweil"),  # l read as i
        ("Witness statement - Bnackwell.pdt  04/12/2026  412 KB", "Bnackwell"),  # both
        ("cases/Brackwell/notes.txt  04/12/2026  2 KB", "Brackwell"),  # a path's folder
    ],
)
def test_a_remembered_surname_misread_in_a_file_name_is_masked(detector: Detector, row: str, name: str):
    assert name in _persons(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "Witness statement - Blackwall.pdt  04/12/2026  412 KB",  # two letters off: another word
        "Witness statement - brackwell.pdt  04/12/2026  412 KB",  # not written as a name
        "Meeting notes - Brackwell.xq  04/12/2026  4 KB",  # no extension's slip
    ],
)
def test_other_words_in_file_names_stay(detector: Detector, row: str):
    found = " ".join(_persons(detector, row))
    assert not any(w in found for w in ("Blackwall", "brackwell", "Brackwell")), found


def test_a_given_name_that_lost_its_capital_beside_a_remembered_surname_is_masked(detector: Detector):
    found = _persons(detector, "CV_amsin_Brackwell.pdf  04/12/2026  412 KB")
    assert "amsin" in found and "Brackwell" in found, found


@pytest.mark.parametrize(
    "row",
    [
        "CV_amsin_draft.pdf  04/12/2026  412 KB",  # no remembered word beside it
        "CV_notes_Brackwell.pdf  04/12/2026  412 KB",  # a word, not a name's tail
    ],
)
def test_lower_case_pieces_without_a_remembered_name_beside_them_stay(detector: Detector, row: str):
    found = _persons(detector, row)
    assert not any(w in found for w in ("amsin", "notes")), found
