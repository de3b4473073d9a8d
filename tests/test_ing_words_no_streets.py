"""An English word ending in "-ring" before a number is no German "-ring" street: a law firm's
key dates "Hearing  19 February 2027, 10:00" (scene legal_case, masked as an ADDRESS with its
label, 0-6 s), "Offering 3", "Monitoring 24/7". German ring roads keep their consonant before
"ring" ("Kaiserring 5", "Altstadtring 12", "Kennedyring 3"). Values are invented."""

import pytest

from pipeline.detection.detector import DetectConfig, Detector
from tests.helpers import text_layout


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig())


def _addresses(detector: Detector, row: str) -> list[str]:
    lt, spans = detector.find_spans(text_layout(row))
    return [lt.text[f.start : f.end] for f in spans if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize(
    "row",
    ["Hearing  19 February 2027, 10:00", "Next hearing  4 March 2027", "Offering 3 seats", "Catering 12 guests"],
)
def test_an_ing_word_before_a_number_is_no_street(detector: Detector, row: str):
    assert _addresses(detector, row) == []


@pytest.mark.parametrize("street", ["Kaiserring 5", "Altstadtring 12", "Kennedyring 3"])
def test_a_german_ring_road_is_still_an_address(detector: Detector, street: str):
    assert any(street in found for found in _addresses(detector, f"Lieferadresse: {street}, 50672 Köln"))
