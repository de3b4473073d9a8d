"""A CV's sidebar of contact lines without captions (scene cv_document): a mobile, an e-mail
address, "<Town> <POSTCODE>" with a town no gazetteer lists (a village, a made-up place), a date
of birth after "Born". The postcode was masked and the town beside it stayed readable; and the
address under the mobile must not be read as the mobile's wrapped rest (structure/wraps.py
`_glued`: a line shorter than the one under it was not cut). Values are invented."""

from tests.helpers import text_layout

SIDEBAR = ["CONTACT", "07700 900555", "marisol.q@example.com", "Tollerstad LS9 7QT", "Born 03/02/1985"]


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_a_town_no_gazetteer_lists_before_its_postcode_is_a_place(detector):
    found = _found(detector, *SIDEBAR)
    assert ("LOCATION", "Tollerstad LS9 7QT") in found, found


def test_an_address_under_a_shorter_line_is_no_wrapped_rest_of_it(detector):
    found = _found(detector, *SIDEBAR)
    assert ("EMAIL_ADDRESS", "marisol.q@example.com") in found, found
    assert not {v for e, v in found if e == "EMAIL_ADDRESS" and "900555" in v}, found


def test_a_building_before_a_postcode_is_no_town(detector):
    for line in ("Warehouse B12 4QT", "Head Office M34 9XQ", "Returns Centre B12 4QT"):
        assert not {v for e, v in _found(detector, line) if e == "LOCATION"}, line
