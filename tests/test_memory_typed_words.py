"""Words typed as a value by where they stood are masked there, not remembered (issue 17,
over-masking; class: read-only and self-service forms laid out as a grid of small captions over
values, with helper text under fields and a 'Locked' badge beside each section's title).

low_contrast_form, traced through the whole recording (every detection call): the form's grid
read as a table typed the words under each caption by its column, so the memory learnt a
section's heading with its padlock icon (read as a digit) as a SORT_CODE, the next field's value
and the helper text as a UK_NINO, a street line as a DATE_OF_BIRTH, the badge ('<icon> Locked')
as a PERSON, a caption and words of a helper sentence as LOCATIONs and the helper sentence
under the address's caption as an ADDRESS; each was then masked by
memory wherever the heading, the badge or the sentence stood for the rest of the recording.

The memory now keeps of a number or a date only its part from the first to the last word that
is no word of letters with a small one (a month's name stays, and so do capitals alone: a
postcode's part whose digit OCR read as a letter), and nothing when no digit is left; a person's
words of no letter (an icon) are no part of the name; a place written in common words alone, in
capitals or small letters only, is a caption or words of a sentence; an address of common words
and no digit is words of a sentence. Values are invented."""

from __future__ import annotations

from pipeline.detection.memory import ValueMemory, number_of


def _remembered(detector, learnt: list[tuple[str, str]], *rows: str) -> set[str]:
    memory = ValueMemory()
    for entity, value in learnt:
        memory.learn(entity, value, detector.lexicon.is_common_word_no_name)
    text = "\n".join(rows)
    return {text[a:b] for a, b, _ in memory.find(text)}


def test_a_heading_and_a_sentence_typed_as_numbers_are_not_remembered(detector):
    learnt = [
        ("SORT_CODE", "Next of kin 9"),
        ("UK_NINO", "Evenings, before 8pm"),
        ("UK_NINO", "Set by Payroll. Ask the payroll desk to update it"),
        ("DATE_OF_BIRTH", "14 Quenby Rise"),
    ]
    found = _remembered(
        detector,
        learnt,
        "Next of kin 9 Locked",
        "Preferred contact time",
        "Evenings, before 8pm",
        "Set by Payroll. Ask the payroll desk to update it",
    )
    assert found == set(), found


def test_a_badge_and_captions_typed_as_names_and_places_are_not_remembered(detector):
    learnt = [
        ("PERSON", "§ Locked"),
        ("LOCATION", "THIRD EMAIL"),
        ("LOCATION", "of identity"),
        ("ADDRESS", "ugh Payroll with proof of identity"),
    ]
    found = _remembered(
        detector,
        learnt,
        "Bank details § Locked",
        "THIRD EMAIL",
        "Changes go through Payroll with proof of identity",
    )
    assert found == set(), found


def test_numbers_dates_names_and_places_are_still_remembered(detector):
    learnt = [
        ("SORT_CODE", "Sort code 40-17-93"),
        ("CREDIT_CARD", "Visa 4929 1830 2264 7751"),
        ("DATE_OF_BIRTH", "9 October 1983"),
        ("UK_NINO", "QT 41 88 20 B"),
        ("ZIP_CODE", "QVOX 4JD"),
        ("PERSON", "Ysmay Fairbrass"),
        ("LOCATION", "Upper Quillham"),
        ("LOCATION", "Brackenwold"),
        ("ADDRESS", "Brackenwold Fold"),
    ]
    found = _remembered(
        detector,
        learnt,
        "Paid from 40-17-93 with 4929 1830 2264 7751",
        "Born 9 October 1983, NI QT 41 88 20 B, QVOX 4JD",
        "Ysmay Fairbrass moved from Upper Quillham to Brackenwold",
    )
    assert {"40-17-93", "4929 1830 2264 7751", "9 October 1983", "QT 41 88 20 B", "QVOX 4JD"} <= found, found
    assert {"Ysmay Fairbrass", "Upper Quillham", "Brackenwold"} <= found, found
    assert "Brackenwold Fold" in _remembered(detector, learnt, "Meet at Brackenwold Fold"), learnt


def test_a_number_is_remembered_without_the_words_at_its_ends():
    assert number_of("Visa 4929 1830 2264 7751") == "4929 1830 2264 7751"
    assert number_of("October 9, 1983") == "October 9, 1983"
    assert number_of("Next of kin 9") == "9"
    assert number_of("QVOX 4JD") == "QVOX 4JD"  # a postcode whose digit OCR read as a letter
    assert number_of("Set by Payroll. Ask the payroll desk") == ""


def test_a_login_of_common_words_is_not_remembered(detector):
    """`cat ~/.my.cnf` at 75 %: "user=ledger_admin" read without its underscore gave the login
    "ledger", which the memory then masked in every host name and path ("host=db-ledger.internal").
    A login of common words is a service's account; a person's login is still remembered."""
    learnt = [("USERNAME", "ledger"), ("USERNAME", "zpelvarne")]
    found = _remembered(detector, learnt, "host=db-ledger.internal", "ls -l /home/zpelvarne", "ledger zpelvarne")
    assert found == {"zpelvarne"}, found
