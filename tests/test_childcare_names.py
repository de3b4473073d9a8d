"""A nursery's staff app (scene childcare_app): a room's children listed as "<First> <L>." beside
their initials avatar, and the people authorised to collect a child written "<First> <Last>
(Nanny)" (models/recognizers.yaml BracketedRoleNameRecognizer, avatar_names.py). Values are
invented."""

import pytest

from pipeline.detection.avatar_names import AvatarNameFinder
from pipeline.detection.text import LayoutText
from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _room(avatar: str, name: str) -> list[tuple[int, int, str]]:
    """One row of a room list: the circle, the name over the age and key person, the check-in."""
    return [(20, 100, avatar), (58, 92, name), (58, 110, "3y 6m · Key person KA"), (275, 100, "In 8:54")]


@pytest.mark.parametrize("avatar, name", [("OB", "Oluwafemi B."), ("TQ", "Tiwaloluwa Q."), ("EA", "Ekundayo A.")])
def test_a_given_name_and_surname_initial_beside_its_avatar_is_a_person(detector, avatar, name):
    found = _found(detector, *_room(avatar, name))
    assert any(e == "PERSON" and name.split()[0] in v for e, v in found), found


@pytest.mark.parametrize(
    "avatar, words",
    [
        ("PB", "Plan B."),  # an ordinary word before the letter
        ("PB", "Plan B"),
        ("VA", "Vitamin A"),
        ("AB", "Appendix B."),
        ("SC", "Stage C."),
        ("QB", "Oluwafemi B."),  # letters that are not the initials
    ],
)
def test_an_initial_after_an_ordinary_word_or_other_letters_is_no_name(detector, avatar, words):
    lt, findings = detector.find_spans(text_layout(*_room(avatar, words)))
    assert not [f for f in findings if f.recognizer == "names:avatar"], findings


@pytest.mark.parametrize(
    "row, name",
    [
        ("Adebimpe Thornycroft (Nanny)", "Adebimpe Thornycroft"),
        ("Azubuike Penhallow (Neighbour)", "Azubuike Penhallow"),
        ("Tamsin Ravensworth (Godmother)", "Tamsin Ravensworth"),
        ("Cadoc Wrenfield (Childminder)", "Cadoc Wrenfield"),
        ("Oyinkansola Brede (Sister)", "Oyinkansola Brede"),
    ],
)
def test_a_name_before_its_bracketed_relation_to_a_child_is_a_person(detector, row, name):
    assert ("PERSON", name) in _found(detector, "Authorised to collect", row), row


@pytest.mark.parametrize("row", ["Sort order (Nanny cams first)", "Parents evening (this term)", "Daily diary (Son)"])
def test_words_before_brackets_that_hold_no_relation_alone_name_no_one(detector, row):
    lt, findings = detector.find_spans(text_layout(row))
    assert not [f for f in findings if f.recognizer == "BracketedRoleNameRecognizer"], findings


@pytest.mark.parametrize(
    "rows, name",
    [
        # a copy scaled to 75 %: the circle's letters glued to the given name, on the name's line
        ([(18, 252, "OBOluwafemi B."), (42, 263, "2y 2m - Key person KA")], "Oluwafemi B."),
        # the initial glued to the given name, the circle's letters read on the same line
        ([(19, 319, "OF OttolineF."), (42, 331, "2y 8m - Key person KA")], "OttolineF."),
        # or on a line of their own left of it
        ([(19, 325, "OF"), (43, 319, "OttolineF.")], "OttolineF."),
        # scaled to 66 %: the circle's letters glued to the given name, the initial's dot lost
        ([(15, 191, "LTLeocadia T"), (37, 201, "3y 6m - Key person KA")], "Leocadia T"),
    ],
)
def test_a_name_and_initial_glued_in_small_text_beside_its_avatar_is_a_person(detector, rows, name):
    lt, findings = detector.find_spans(text_layout(*rows))
    found = {lt.text[f.start : f.end] for f in findings if f.recognizer == "names:avatar"}
    assert name in found, found


def test_a_short_given_name_beside_its_avatar_is_still_read_whole(detector):
    """A two-letter given name starting the line is the name's, not a circle's letters."""
    lt = LayoutText(text_layout((20, 100, "AP"), (64, 92, "Al Pennefather")))
    found = AvatarNameFinder(detector.lexicon, 0.8).find(lt)
    assert [lt.text[f.start : f.end] for f in found] == ["Al Pennefather"]
