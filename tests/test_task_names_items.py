"""A numbered item's type between dashes is no task's customer (gate on hotel_frontdesk: a guest
profile's room row "<room no.> - <Word> <Surname-word> - <n> nights" was taken by the task-title
rule for a person, and the arrivals list's room types then blocked the verification). Values are
invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_room_type_between_dashes_after_its_number_is_no_person(detector):
    found = _found(detector, "Guest profile", "Room 312 - Deluxe King - 2 nights", "Status: checked in")
    assert not {v for e, v in found if e == "PERSON"}, found


def test_a_product_of_a_dictionary_word_and_a_surname_word_after_a_dash_is_no_person(detector):
    found = _found(detector, "New install - Garden Cooper, fitted Tuesday")
    assert not {v for e, v in found if e == "PERSON"}, found


def test_a_customer_after_a_task_dash_is_still_a_person(detector):
    assert ("PERSON", "Harriet Quayle") in _found(detector, "Power flush - Harriet Quayle, loft insulation")
