"""A first name alone right after words that address its person or name someone serving them
(models/detection.yaml bare_names.first_name_after), and a town beside its postcode on a line
alone (a shop's "Deliver to" header). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, name",
    [
        ("Hello, Olive", "Olive"),  # a first name English also writes as a word
        ("Welcome back, Grace", "Grace"),
        ("Deliver to Hazel", "Hazel"),
        ("Your courier Mateusz is 3 stops away", "Mateusz"),
        ("Your driver Dariusz  Toyota Prius", "Dariusz"),
        ("Good morning Rosalind Pettigrew", "Rosalind Pettigrew"),
    ],
)
def test_a_first_name_after_a_greeting_or_a_serving_role_is_a_person(detector, row, name):
    assert ("PERSON", name) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "Hello World program",
        "Dear Customer,",
        "Welcome to Microsoft Teams",
        "Hi Team, the release is out",
        "Welcome back! Sign in to continue",
        "Your host Airbnb",
    ],
)
def test_a_greeting_before_no_first_name_names_no_one(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}


def test_a_town_beside_its_postcode_on_a_line_alone_is_a_location(detector):
    found = _found(detector, "Deliver to Hazel", "Leeds LS6 2AB")
    assert ("LOCATION", "Leeds LS6 2AB") in found, found
    found = _found(detector, "Ref AB1 2CD")
    assert not {v for e, v in found if e == "LOCATION"}, found


def test_a_login_a_service_s_mail_greets_is_a_username(detector):
    """A password-reset mail's "Hi <login>,": the login, no English word; "Hi there" stays."""
    found = _found(detector, "Hi rbalogun,", "We received a request to reset your password.")
    assert ("USERNAME", "rbalogun") in found, found
    for row in ("Hi there, welcome aboard", "Hello all, the build is green", "Thanks everyone"):
        assert not _found(detector, row), row


@pytest.mark.parametrize(
    "row, name",
    [
        ("Hazel K. is typing...", "Hazel K."),  # a chat's or a review site's first name and initial
        ("Rosalind P   10:02  Thanks for the help!", "Rosalind P"),
        ("PETTIGREW Rosalind   Born 03-Apr-1961", "PETTIGREW Rosalind"),  # a record's SURNAME First
        ("From: Hazel <hazel.w@example.org>", "Hazel"),  # a mail's display name alone
    ],
)
def test_a_name_in_an_app_s_short_form_is_a_person(detector, row, name):
    assert ("PERSON", name) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "Plan B.",
        "Vitamin D",
        "Tesla Model S",
        "See Appendix A.",
        "BROWN Rice and GREEN Tea",
        "Support <help@example.org>",
    ],
)
def test_initials_capitals_and_addresses_of_other_text_name_no_one(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}


@pytest.mark.parametrize(
    "row, name",
    [
        ("Standing order to Mr P Whelan · £300 monthly", "P Whelan"),
        ("Dear Mrs J. Okafor,", "J. Okafor"),
        ("MR P WHELAN  Seat 14C", "P WHELAN"),
    ],
)
def test_an_initial_after_a_title_is_part_of_the_name(detector, row, name):
    assert ("PERSON", name) in _found(detector, row)


def test_a_title_before_initials_alone_or_a_product_names_no_one(detector):
    for row in ("Mr A B", "MS TEAMS", "Dr P"):
        assert not {v for e, v in _found(detector, row) if e == "PERSON"}, row


def test_a_parcel_s_proof_of_delivery_names_who_signed(detector):
    assert ("PERSON", "KEANE") in _found(detector, "Delivered 09:12", "Signed for by: KEANE")


def test_a_bank_statement_s_payee_is_a_person(detector):
    found = _found(
        detector,
        "03 Dec  FASTER PAYMENT TO A BRENNAN  -£50.00",
        "02 Dec  CARD PAYMENT TO TESCO STORES 3345  -£23.10",
        "01 Dec  TFR FROM R KAPOOR REF RENT  +£450.00",
        "30 Nov  BANK GIRO CREDIT REF ACME LTD SALARY",
    )
    people = {v for e, v in found if e == "PERSON"}
    assert {"A BRENNAN", "R KAPOOR"} <= people, found
    assert not {v for v in people if "TESCO" in v or "ACME" in v}, found


@pytest.mark.parametrize("row", ["Victoria Street", "Albert Road", "Grace Avenue  ·  0.4 mi"])
def test_a_first_name_before_a_thoroughfare_is_a_street_no_person(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}, row


def test_a_first_name_before_a_surname_is_still_a_person(detector):
    assert ("PERSON", "Victoria Streeter") in _found(detector, "Victoria Streeter")
