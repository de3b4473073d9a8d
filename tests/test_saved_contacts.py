"""A contact saved with a note of who they are names a conversation (scene sms_messages: a phone's
messages listed "<First> (plumber)" over its snippet and the first name stayed readable). Values
are invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_first_name_with_a_note_in_brackets_is_a_person(detector):
    found = _found(detector, "Messages", "Bethan (plumber)", "Can come Thursday morning to look at the boiler")
    assert ("PERSON", "Bethan") in found, found
    assert ("PERSON", "Rosalind") in _found(detector, "Rosalind (mum's friend)")


def test_a_time_across_a_gap_may_follow_the_note(detector):
    assert ("PERSON", "Bethan") in _found(detector, (0, 0, "Bethan (plumber)"), (300, 0, "Mon"))


def test_a_word_with_a_note_or_a_name_inside_a_sentence_is_no_contact(detector):
    found = _found(detector, "Settings (advanced)", "Backup (optional)", "Ask Bethan (plumber) to call back")
    assert not {v for e, v in found if e == "PERSON"}, found
