"""A mail client's sender written surname first, "<Last>, <First>", alone in its column or in a
mail index row's sender cell, and a sender's bare address cut at the column's width (scene
mutt_mail: mutt's index, the sender in 15 columns with no header; "<Last>, <First>" and
"<first.last>@g" stayed readable 3-30 s). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, name",
    [
        ("   5 N   Dec 03 Brannock, Alicia (2.4K) Holiday cover next week", "Brannock, Alicia"),
        ("  12 r   Nov 30 Quarrie, Tamsin  (9.1K) Re: Invoice 4471", "Quarrie, Tamsin"),
        ("From: Whelan, Aoife", "Whelan, Aoife"),
        ("Kowalczyk, Agnieszka", "Kowalczyk, Agnieszka"),
    ],
)
def test_a_name_written_surname_first_is_a_person(detector, row, name):
    assert ("PERSON", name) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "Reading, Berkshire",
        "Leeds, West Yorkshire",
        "Anna, Grace and Sophie are in the team",
        "Smith, Jones and Partners",
        "Apple, Microsoft, Google",
        "Regards, Team",
    ],
)
def test_places_lists_and_firms_with_a_comma_are_no_surname_first_name(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "PERSON" and "," in v}


def test_an_address_cut_at_the_column_s_width_hides_its_login(detector):
    found = _found(detector, "   6 O   Dec 03 tadhg.brennock@g (1.9K) Invoice query")
    assert ("USERNAME", "tadhg.brennock") in found, found
    for row in ("app-srv@1: ~$ ls", "root@x"):
        assert not _found(detector, row), row


@pytest.mark.parametrize(
    "row, name",
    [
        # a surname English writes as a word, a given name no list knows
        ("   9 N   Dec 04 Cross, Ojaswini  (3.0K) Re: New starter laptops", "Cross, Ojaswini"),
        # cut inside the given name by the column's width
        ("   3 r   Dec 02 Hollywood, Clio (5.1K) Re: Router replacement", "Hollywood, Clio"),
        # the window's edge read as "|" before the row's number
        ("| 3 r Dec 02 Hollywood, Clio (5.1K) Re: Router replacement", "Hollywood, Clio"),
        # the number, flags and date glued as the analysis's OCR reads the row
        ("3rDec02 Hollywood, Clio (5.1K) Re: Router replacement", "Hollywood, Clio"),
        # the size's brackets read as ":" and ".", the row's number and flag misread
        ("3 r Dec 02 Fairweather, Oona :5.1K. Re: Router replacement", "Fairweather, Oona"),
        ("5} [F Dec 02 Fairweather, Oona (5.1K) Re: Router replacement", "Fairweather, Oona"),
        ("\u201c4 [p Dec 01 Fairweather, Oona :3.2K. Router replacement", "Fairweather, Oona"),
    ],
)
def test_a_sender_surname_first_in_a_mail_index_row_is_a_person_whatever_its_words(detector, row, name):
    assert ("PERSON", name) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "   1 O   Nov 28 Microsoft 365   ( 14K) Your subscription renews on 12 December",
        "  12     Dec 05 Acme, Inc.      (1.2K) Invoice",
        "   4 O   Dec 02 Jira Service De (9.8K) [NQ-4417] Printer offline on floor 2",
        # a date and a place with a comma in prose, a number after it
        "Meeting on Dec 02 Reading, Berkshire: 5.1 miles",
        "Due Dec 12 Acme, Inc. (5.1K)",
    ],
)
def test_a_company_sender_in_a_mail_index_row_stays(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}
