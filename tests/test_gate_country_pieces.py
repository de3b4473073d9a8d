"""A country alone is no piece of a seen place (issue 17 item 2a, class: a caseworker's, HR's or
travel page whose previous address ends with a country, shown again in a travel history's Country
column and beside a nationality). Found on visa_application (corpus38/scn3) by benchmarks/gate.py
at 905721e: blocked, LOCATION seen_value_part x73 (0-30 s) on the country of the masked previous
address, readable after its mask and in every travel row of that country; the analysis drops a
country alone as a place (filters.py: no one's address), the gate's piece rules did not. Values
are invented."""

from __future__ import annotations

from pipeline.analysis.values import SeenValues
from pipeline.redact.verify import _piece_rejects


def _seen() -> SeenValues:
    seen = SeenValues()
    seen.add("LOCATION", "Arusha, Tanzania", 0.0)
    return seen


def _pieces(detector, *words: str) -> list:
    lexicon = detector.lexicon
    return _seen().find(list(words), lexicon.is_ordinary, lexicon.is_name, None, _piece_rejects(lexicon))


def test_the_country_of_a_seen_place_is_no_piece(detector):
    assert detector.lexicon.is_country("Tanzania")
    assert _pieces(detector, "Tanzania") == []
    assert _pieces(detector, "12/04/2024", "26/04/2024", "Tanzania", "Family", "visit") == []


def test_the_place_whole_is_still_one(detector):
    assert [p.entity_type for p in _pieces(detector, "Arusha,", "Tanzania")] == ["LOCATION"]
