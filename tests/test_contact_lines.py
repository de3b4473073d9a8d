"""A person's contact details in one line parted by dots (scene customer_search: a typeahead's
suggestions and the result cards wrote "<e-mail> · <phone> · <Town>" under each name, OCR read the
dots as "-", and made-up towns stayed readable). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize("separator", ["-", "·", "•", "|"])
def test_an_unknown_town_beside_an_e_mail_and_a_phone_is_a_location(detector, separator):
    row = f"tamsin.okafor@btinternet.com {separator} 07700 900417 {separator} Wrexlowe"
    found = _found(detector, "Tamsin Okafor", row)
    assert ("LOCATION", "Wrexlowe") in found, found


def test_a_known_town_beside_a_phone_alone_is_a_location(detector):
    assert ("LOCATION", "Doncaster") in _found(detector, "Ravi Lennox", "07700 900233 · Doncaster")


def test_a_name_led_by_a_given_name_beside_an_e_mail_is_a_person(detector):
    found = _found(detector, "Recent searches", "margaret.quayle@example.org · Margaret Quayle")
    assert ("PERSON", "Margaret Quayle") in found, found


def test_dictionary_words_statuses_and_countries_beside_a_contact_stay_readable(detector):
    rows = (
        "accounts@example.com · 0800 123 4567 · Account Manager",
        "help@example.org | Active | United Kingdom",
        "Call 0800 123 4567 · Lines open 8am to 8pm · Help Centre",
        "Privacy Policy · Terms · Orchard Lane Vets",
    )
    found = _found(detector, *rows)
    kept = ("Account Manager", "Active", "United Kingdom", "Help Centre", "Privacy Policy", "Terms", "Orchard")
    assert not {v for e, v in found if any(k in v for k in kept)}, found


def test_a_double_barrelled_name_is_not_cut_at_its_hyphen(detector):
    """The separator needs a space each side: "Okafor-Hale" is one word, not two parts."""
    found = _found(detector, "tamsin@example.com - Okafor-Hale")
    assert not {v for e, v in found if e == "LOCATION" and v in ("Okafor", "Hale")}, found
