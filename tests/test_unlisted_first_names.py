"""Given names that no first-name list knows (issue 17 item 3): names are chosen anew every year
("Zayden", "Kairo"), and the list in use (gender-guesser's) is older than many that are common now,
or holds them as too rare to know alone ("Callum", "Kayleigh", "Rhys"). Before a census surname
that English does not also write as a word, such a word is a first name (NameLexicon.is_first_name_before):
a mail list's senders, a chat's author line, a name alone on its line. A system screen's
capitalised words before a surname that is also a word ("Page", "Bell"), a product's or a
service's, stay readable. Values are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout


def _people(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


def test_senders_of_a_mail_list_with_given_names_no_list_knows_are_people(detector):
    rows = [
        "Inbox",
        "Zayden Harris    Invoice 2291 overdue    10:42",
        "Kayleigh Pritchard    Re: delivery slot    09:15",
        "Callum Whitfield    Lunch on Friday?    Yesterday",
    ]
    assert {"Zayden Harris", "Kayleigh Pritchard", "Callum Whitfield"} <= _people(detector, *rows)


@pytest.mark.parametrize(
    "rows, name",
    [
        (["Callum Pritchard  10:42", "the router is back up"], "Callum Pritchard"),  # a chat's author line
        (["Rhys Pritchard"], "Rhys Pritchard"),  # alone on its line: a participant, a window title
        (["Cc: Rhys Pritchard; Kayleigh Holloway"], "Rhys Pritchard"),
    ],
)
def test_a_given_name_no_list_knows_before_a_surname_is_a_person(detector, rows, name):
    assert name in _people(detector, *rows)


@pytest.mark.parametrize(
    "row",
    [
        "Nvidia Display Container LS    Running    Automatic",
        "Lenovo Vantage Service    Running    Automatic",
        "Realtek Audio Universal Service",
        "Synology Drive Client",
        "Zscaler Client Connector",
        "Tailscale Tunnel Manager",
        "Printer Page Setup",
        "Kodi Bell Schedule",  # a surname that English writes as a word is no surname here
        "Wacom Tablet Service    Stopped",
    ],
)
def test_system_and_product_words_stay_readable(detector, row):
    assert not _people(detector, row)


@pytest.mark.parametrize(
    "first, after, expected",
    [
        ("Zayden", "Harris", True),
        ("Callum", "Whitfield", True),
        ("Emma", "Page", True),  # a known first name, as before
        ("Zayden", "Page", False),  # a surname English writes as a word
        ("Zayden", "Okafor", True),  # a census surname of the whole list (rank 24,000)
        ("Zayden", "Okonkwo", False),  # no census surname: two words no list knows say nothing
        ("Defender", "Harris", False),  # a system word
        ("Accountnts", "Harris", False),  # an organisation's word, misread
        ("London", "Harris", False),  # a place
        ("zayden", "Harris", False),  # written as no name
    ],
)
def test_a_first_name_is_judged_by_the_surname_after_it(detector, first, after, expected):
    assert detector.lexicon.is_first_name_before(first, after) is expected
