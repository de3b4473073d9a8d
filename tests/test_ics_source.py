"""A calendar invite's raw iCalendar source (class: an .ics file printed with `cat` or paged with
`less` in a terminal, opened in an editor, a mail client's 'Show original' of an invitation):
the people are the common name parameter of ORGANIZER and ATTENDEE properties
('ORGANIZER;CN=<First> <Last>:mailto:...', 'ATTENDEE;...;CN="<Last>, <First>";...'), RFC 5545
folds every line longer than 75 octets onto the next after one space (so a name runs on over a
line break), and text values escape their commas ('LOCATION:<street>\\, <town>\\, <postcode>').
Scene ics_raw. Values are invented."""

import pytest

from tests.helpers import types_covering

INVITE = [
    "BEGIN:VEVENT",
    "DTSTART;TZID=Europe/London:20261209T143000",
    "ORGANIZER;CN=Tobias Quennell:mailto:tquennell@fernhill.example",
    "UID:7d1q9x4k2m8v3c6p0r5t@google.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE",
    ';CN="Oxborrow, Miriam";X-NUM-GUESTS=0:mailto:miriam_ox@example.com',
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRU",
    "E;CN=Declan Fairweather;X-NUM-GUESTS=0:mailto:declan.f@example.net",
    'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Trelawny, Otto',
    'line";X-NUM-GUESTS=0:mailto:ottoline.t@example.org',
    'TRUE; CN="Kitto, Bronwen";X-NUM-GUESTS=0:mailto:bronwen.k@example.org',
    "LOCATION:Flat 2, Quarry Lane\\, Bodmin\\, PL31 9ZX\\, UK",
    "SUMMARY:Fibre router replacement - engineer visit",
    "END:VEVENT",
]


@pytest.mark.parametrize(
    "value",
    [
        "Tobias Quennell",  # the organiser: CN=<First> <Last> before ':mailto:'
        "Oxborrow, Miriam",  # an attendee quoted as "<Last>, <First>", on a folded line
        "Declan Fairweather",  # unquoted, before the next parameter's ';'
        "Trelawny, Otto",  # a name the fold split: its first part ...
        "line",  # ... and the rest on the next line
        "Kitto, Bronwen",  # scaled down: OCR set a space after the parameter's ';'
    ],
)
def test_a_calendar_propertys_common_name_is_a_person(detector, value):
    assert "PERSON" in types_covering(detector, INVITE, value)


def test_a_town_after_an_escaped_comma_is_a_place(detector):
    assert "LOCATION" in types_covering(detector, INVITE, "Bodmin")


@pytest.mark.parametrize(
    "row, word",
    [
        ("ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Room 4;X-NUM-GUESTS=0:mailto:r4@example.com", "Room"),
        ("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=ops@example.com;X-NUM-GUESTS=0:mailto:ops@example.com", "ops"),
        ("PRODID:-//Google Inc//Google Calendar 70.9054//EN", "Google Calendar"),
        ("DTSTART;TZID=Europe/London:20261209T143000", "Europe"),
    ],
)
def test_other_parameters_name_no_one(detector, row, word):
    assert "PERSON" not in types_covering(detector, [row], word)
