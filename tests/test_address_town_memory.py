"""The town of an address the recording showed, named alone later ("My daughter <First> has moved
to <Town>, her new address is on the form"). The address's last line "<Town> <postcode>" was
remembered whole (and its street without the number), never the town alone; an odd town's name
no NER tags stayed readable in the message. Found on the new scene pension_portal
(corpus39/scn1): a beneficiary's town in a member's secure message, LOCATION, readable 17-35 s
(20 sightings; 1 of 15 values). Values are invented."""

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _found(detector, memory, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7, line_h=13), memory)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _beneficiaries(street: str, town_line: str) -> list[tuple[int, int, str]]:
    return [
        (352, 235, "Name"),
        (586, 235, "Relationship"),
        (738, 235, "Date of birth"),
        (922, 235, "Share"),
        (971, 235, "Address"),
        (352, 262, "Ysella Marrack"),
        (586, 262, "Daughter"),
        (738, 262, "02/07/2000"),
        (935, 262, "30%"),
        (971, 262, street),
        (971, 277, town_line),
    ]


def test_a_remembered_addresss_town_is_found_alone_in_a_message(detector):
    memory = ValueMemory()
    _found(detector, memory, *_beneficiaries("Flat 12, 4 Harbour Lane", "Polwithen Vean TR9 0QX"))
    found = _found(
        detector,
        memory,
        (358, 234, "My daughter has moved to Polwithen Vean, her new address is on the form."),
    )
    assert ("LOCATION", "Polwithen Vean") in found, found


def test_the_town_of_an_address_on_one_line():
    from pipeline.detection.memory import town_of

    assert town_of("4 Harbour Lane, Polwithen Vean TR9 0QX") == "Polwithen Vean"
    assert town_of("Polwithen Vean TR90QX") == "Polwithen Vean"
    assert town_of("Polwithen Vean TR9 OQX") == "Polwithen Vean"  # OCR's O for a zero
    assert town_of("Lake Ashley, OR 97201") == "Lake Ashley"
    assert town_of("4 Harbour Lane") is None
    assert town_of("TR9 0QX") is None


def test_a_town_of_common_words_is_not_remembered(detector):
    memory = ValueMemory()
    _found(detector, memory, *_beneficiaries("12 Trevose Road", "Reading RG1 2AB"))
    found = _found(detector, memory, (358, 234, "Reading list for the new starters"))
    assert not any(text.startswith("Reading") for _, text in found), found
