"""A name right above its person's headline, "<Job title> at <Company>": a recruiting tool's
candidate cards on a kanban board (several cards side by side on one OCR line), a "People you
may know" card. The names here pair a given name no list knows with a surname English also
writes as a word, which neither NER nor the bare-name pass takes. Values are invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_candidate_cards_side_by_side_name_their_people(detector):
    rows = [
        (0, 0, "Olumide Baker"),
        (320, 0, "Tiwalade Church"),
        (0, 20, "Data Engineer at Northwind Analytics"),
        (320, 20, "Senior Analyst at Kestrel Logistics"),
        (0, 38, "LinkedIn"),
        (320, 38, "Careers page"),
        (0, 56, "12 days in stage"),
        (320, 56, "3 days in stage"),
    ]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert {"Olumide Baker", "Tiwalade Church"} <= values, values


def test_a_centred_card_names_its_person(detector):
    rows = [(40, 0, "Yewande Street"), (0, 20, "Head of Platform Engineer at Quayside Software")]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert "Yewande Street" in values, values


def test_a_heading_over_a_job_is_no_person(detector):
    rows = [
        (0, 0, "Work History"),
        (0, 20, "Senior Data Engineer at Fenwick Analytics"),
        (0, 60, "Meeting Notes"),
        (0, 80, "Catch up at Head Office"),
    ]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert not values & {"Work History", "Meeting Notes"}, values


def test_the_signed_in_user_in_a_top_bar_is_a_person(detector):
    """'<First> <Last> · Reception', the dot read as a dash; the given name a town's too."""
    rows = [(0, 0, "FrontDesk"), (120, 0, "Hotel Harbourview Dublin"), (900, 0, "Derry Lenihan - Reception")]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert "Derry Lenihan" in values, values


def test_a_company_or_a_product_before_a_team_is_no_person(detector):
    rows = [
        (0, 0, "Hotel Harbourview - Reception"),
        (0, 30, "Customer Service - Support team"),
        (0, 60, "Acme Analytics - Sales"),
    ]
    values = {v for e, v in _found(detector, *rows) if e == "PERSON"}
    assert not values, values
