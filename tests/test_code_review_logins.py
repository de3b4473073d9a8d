"""A code host's pull request names people by login before what they did ("<login> commented 3
days ago", "<login> approved these changes"): models/recognizers.yaml CodeHostActorRecognizer.
Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, login",
    [
        ("MT mtreharne-dev commented 3 days ago", "mtreharne-dev"),
        ("CQ caoimhe42 left a comment", "caoimhe42"),
        ("dvasquez approved these changes", "dvasquez"),
        ("Open  ofenwick-dev wants to merge 3 commits into main", "ofenwick-dev"),
        ("kbellamy requested changes 2 days ago", "kbellamy"),
        ("tquartermaine added 2 commits", "tquartermaine"),
    ],
)
def test_a_login_before_a_pull_requests_event_is_a_username(detector, row, login):
    assert ("USERNAME", login) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "You commented 3 days ago",
        "Someone left a comment",
        "This approved these changes",
        "Code commented out for now",
        "The reviewer requested changes",
    ],
)
def test_a_pull_requests_event_without_a_login_names_no_one(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "USERNAME"}
