"""A person named by an event of theirs in a notification (class: social sites' and workplace
tools' notifications and feeds: "It's <First> <Last>'s birthday today", "Wish <First> <Last> a
happy birthday", "Say happy birthday to <First>", "<First>'s 5 year work anniversary"). Found on
notifications_feed (corpus35/scn1): a name whose given name and surname English also writes as
words, known to no list; the analysis found it by NER, the gate's reader did not (a name of
dictionary words is no name to it), and a plant of its track passed the gate. Names invented."""

import pytest

from pipeline.redact.verify import FindingBasis, reported_basis
from tests.helpers import text_layout


def _people(detector, row: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(row))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON" and f.score >= 0.75}


@pytest.mark.parametrize(
    "row, name",
    [
        ("It's Hope Sterling's birthday today. Help them have a great day!", "Hope Sterling"),
        ("It’s Dawn Summer’s leaving do on Friday", "Dawn Summer"),
        ("Celebrate Rose Bishop's 10th work anniversary", "Rose Bishop"),
        ("Wish Faith Rivers a happy birthday", "Faith Rivers"),
        ("Say happy birthday to Hazel Banks!", "Hazel Banks"),
        ("It's Grace's retirement party", "Grace"),
    ],
)
def test_a_name_before_its_event_is_a_person_the_gate_reports(detector, row, name):
    assert any(name in found for found in _people(detector, row)), _people(detector, row)
    layout = text_layout(row)
    detections = [d for d in detector.detect(layout) if d.entity_type == "PERSON"]
    reported = [d for d in detections if reported_basis(d, layout, [], detector.lexicon.is_ordinary) is not None]
    assert reported, detections
    assert all(basis == FindingBasis.HIGH_CONFIDENCE for basis in [reported_basis(d, layout, []) for d in reported])


@pytest.mark.parametrize(
    "row",
    [
        "It's Black Friday's anniversary sale",
        "It's Monday's team meeting",
        "It's Google's birthday today",
        "Wish Happy Birthday",
        "It's Acme Holdings Ltd's anniversary",
        "Say happy birthday to the team",
    ],
)
def test_an_event_of_no_person_names_no_one(detector, row):
    lt, findings = detector.find_spans(text_layout(row))
    assert not [f for f in findings if f.recognizer == "names:event"], [lt.text[f.start : f.end] for f in findings]
