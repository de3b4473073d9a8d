"""A surname of a person the recording named in full, written as a piece of a file name: a law
firm's documents list ("Witness statement - <Last>.pdf"; scene legal_case, where the witness's
surname, also an English word, stayed readable in the file name at 12-28 s while the full name in
the time entries above was masked). Found by the memory's name parts (name_parts.py), which took
the word with its extension for another word. Values are invented."""

import pytest

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
