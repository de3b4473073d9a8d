"""A company under a name caption is no person: a supplier's or a customer's bank details card
("Account name   <Brand> Joinery Ltd"), an account holder that is a limited company. Taken as a
PERSON it was masked and remembered, then masked wherever the company stood (a list's row, a
heading, a matched statement line). A person's name under the same captions is still found, one
whose surname is also a company's word ("<First> Care") too (filters.py label_value_ok). Values
are invented."""

from tests.helpers import text_layout


def _persons(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


def test_a_limited_company_under_account_name_is_no_person(detector):
    rows = ["Bank details", "Account name     Penhallow Joinery Ltd", "BIC              NWBKGB2L"]
    assert not _persons(detector, *rows)
    assert not _persons(detector, "Account holder   Marram Dental Care LLP")


def test_a_person_under_the_same_captions_is_found(detector):
    assert _persons(detector, "Account name     Yestin Carbery", "Sort code        30-92-17")
    assert "Mark Care" in _persons(detector, "Name: Mark Care")
