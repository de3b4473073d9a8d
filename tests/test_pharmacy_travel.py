"""Screens of a pharmacy and of a trip (issue 16, classes recorded for the first time: the scenes
pharmacy_refill, ride_receipt, flight_booking). All values are invented.

- A patient header: the name in large type beside a strip of small captions over their values
  ("<First> <Last> | Date of birth | Member ID | Phone"); the captions make a header row, but the
  name is no column of it (and no header word is ever a value).
- A health plan's member id, a prescription's "Rx #<digits>", a frequent-flyer scheme's number
  after the scheme's name, an airline's booking reference (BOOKING_REFERENCE).
- Names in capitals as labels and airlines print them: "<FIRST> <LAST>" with a given name no list
  knows, "MR <FIRST> <LAST>" after a title in capitals.
"""

from __future__ import annotations

import pytest

from pipeline.core.layout import Layout, TextLine
from pipeline.core.types import Box, OcrWord
from tests.helpers import text_layout


def _words(*placed: tuple[int, int, int, str]) -> TextLine:
    """One OCR line of words at (x, y, height, text), 0.6 x height px a character."""
    words = []
    for x, y, h, text in placed:
        for part in text.split(" "):
            w = int(0.6 * h * len(part))
            words.append(OcrWord(part, Box(x, y, w, h), 91.0))
            x += w + int(0.3 * h)
    return TextLine(tuple(words))


def _found(detector, layout: Layout) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(layout)
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _rows(detector, *rows) -> set[tuple[str, str]]:
    return _found(detector, text_layout(*rows))


def test_a_name_beside_a_strip_of_captions_is_no_column_header(detector):
    """The patient header as OCR read it: the name (14 px) on the captions' line (10 px), their
    values on the line below."""
    layout = Layout(
        (
            _words(
                (24, 154, 14, "Oyelaran Whitfield"),
                (200, 150, 10, "Date of birth"),
                (305, 150, 10, "Member ID"),
                (419, 150, 10, "Phone"),
            ),
            _words((200, 166, 11, "07/14/1958"), (305, 166, 11, "K518204967"), (419, 166, 11, "(612) 555-0187")),
        )
    )
    found = _found(detector, layout)
    assert ("PERSON", "Oyelaran Whitfield") in found, found
    assert ("DATE_OF_BIRTH", "07/14/1958") in found, found
    assert ("ACCOUNT_NUMBER", "K518204967") in found, found


def test_a_header_row_of_captions_alike_is_still_a_header(detector):
    """A grid's header whose cells are all the same size keeps its columns and hides no header word."""
    found = _rows(detector, "Name          Date of birth      Member ID", "Ada Pennington    02/11/1971    K518204967")
    assert ("DATE_OF_BIRTH", "02/11/1971") in found, found
    assert ("ACCOUNT_NUMBER", "K518204967") in found, found
    assert not {v for _, v in found if v in ("Name", "Date of birth", "Member ID")}, found


@pytest.mark.parametrize(
    ("rows", "value", "entity"),
    [
        (["Member ID", "K518204967"], "K518204967", "ACCOUNT_NUMBER"),
        (["Member ID K518204967"], "K518204967", "ACCOUNT_NUMBER"),
        (["Atorvastatin Rx #7719052 Dr. Ada Pennington, MD 3"], "7719052", "ACCOUNT_NUMBER"),
        (["Rx# 7719052 Fill date 11/14/2026"], "7719052", "ACCOUNT_NUMBER"),
        (["Prescription number", "7719052"], "7719052", "ACCOUNT_NUMBER"),
        (["MR ALBERT FENWICK", "Executive Club BA 40028817"], "40028817", "ACCOUNT_NUMBER"),
        (["Flying Blue 1093847561"], "1093847561", "ACCOUNT_NUMBER"),
        (["Booking reference", "7QKD4M"], "7QKD4M", "BOOKING_REFERENCE"),
        (["Booking ref 7QKD4M"], "7QKD4M", "BOOKING_REFERENCE"),
        (["PNR: XKQRMT"], "XKQRMT", "BOOKING_REFERENCE"),
        (["Confirmation number 125-4401938476"], "125-4401938476", "BOOKING_REFERENCE"),
    ],
)
def test_a_person_s_number_in_a_pharmacy_s_or_a_travel_record_is_found(detector, rows, value, entity):
    found = _rows(detector, *rows)
    assert any(e == entity and value in v for e, v in found), found


@pytest.mark.parametrize(
    "rows",
    [
        ["Manage booking", "Booking confirmed"],
        ["Booking reference", "Not available"],
        ["Rx savings card", "Refills left 3"],
        ["Executive Club", "Join today"],
        ["Member ID cards are mailed within 10 days"],
    ],
)
def test_captions_without_a_value_are_no_number(detector, rows):
    found = _rows(detector, *rows)
    assert not {(e, v) for e, v in found if e in ("ACCOUNT_NUMBER", "BOOKING_REFERENCE")}, found


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("MR ALBERT FENWICK", "ALBERT FENWICK"),
        ("MRS OLUWAKEMI FENWICK", "OLUWAKEMI FENWICK"),
        ("Advance passenger information: MS NKECHI ABERNATHY", "NKECHI ABERNATHY"),
        ("OYELARAN WHITFIELD", "OYELARAN WHITFIELD"),
    ],
)
def test_a_name_in_capitals_as_labels_and_airlines_print_it(detector, row, name):
    found = _rows(detector, row)
    assert ("PERSON", name) in found, found


@pytest.mark.parametrize(
    "row", ["MS TEAMS", "MS SQL SERVER 2019", "DR ROLLBACK PLAN", "MR BEAN MOVIE", "LISINOPRIL 10 MG TAB"]
)
def test_capitals_after_a_title_that_name_no_one(detector, row):
    found = _rows(detector, row)
    assert not {v for e, v in found if e == "PERSON"}, found


def test_a_medicine_before_its_prescription_number_is_no_name(detector):
    """spaCy took '<Medicine> Rx' of a prescriptions list for a person; the prescriber stays one."""
    found = _rows(detector, "Atorvastatin Rx #7719052 Dr. Ada Pennington, MD 3", "Atorvastatin 20 mg tablet")
    assert not {v for e, v in found if e == "PERSON" and "Atorvastatin" in v}, found
    assert ("PERSON", "Ada Pennington") in found, found


@pytest.mark.parametrize(
    "rows",
    [
        # a boarding pass: small captions in a row over their values
        [(0, 0, "BOOKING REF"), (134, 0, "SEQ"), (0, 16, "7QKD4M"), (134, 16, "042")],
        # a booking's header: the reference's caption on the line of the route in larger type
        [
            (0, 0, "Booking reference"),
            (190, 0, "London Heathrow (LHR) → Lisbon (LIS)"),
            (0, 18, "7QKD4M"),
            (190, 18, "SK 1351 · Thu 17 Dec 2026"),
        ],
    ],
)
def test_a_caption_in_a_row_of_captions_finds_its_value_below(detector, rows):
    found = _rows(detector, *rows)
    assert ("BOOKING_REFERENCE", "7QKD4M") in found, found


def test_a_caption_in_a_row_of_captions_with_nothing_of_its_shape_below_finds_nothing(detector):
    found = _rows(
        detector, (0, 0, "Booking reference"), (190, 0, "London Heathrow (LHR) → Lisbon (LIS)"), (0, 16, "Pending")
    )
    assert not {v for e, v in found if e == "BOOKING_REFERENCE"}, found


def test_a_caption_that_asks_again_for_a_field_is_no_value_of_the_caption_above(detector):
    """A refill form: 'Delivery address' over its box (not yet found, its border under the focus
    ring), then 'Confirm date of birth' over the date: the address label took the caption below as
    its value, and the box held the caption for the whole recording."""
    found = _rows(detector, "Delivery address", "Confirm date of birth", "03/22/1966")
    assert not {v for e, v in found if "Confirm" in v}, found
    assert ("DATE_OF_BIRTH", "03/22/1966") in found, found
    found = _rows(detector, "Password", "Re-enter password", "(")
    assert not {v for e, v in found if "password" in v.lower()}, found


@pytest.mark.parametrize("row", ["London Heathrow (LHR) → Lisbon (LIS)", "London Gatwick (LGW) → Málaga (AGP)"])
def test_a_town_s_airport_is_no_person(detector, row):
    """spaCy took a booking's 'London Heathrow' for a person (scaled to 75 %: then remembered, the
    route's airport was masked on every frame)."""
    found = _rows(detector, row)
    assert not {v for e, v in found if e == "PERSON"}, found


def test_a_person_named_like_a_town_is_still_a_person(detector):
    found = _rows(detector, "Jack London wrote it", "Chester Bennington")
    assert ("PERSON", "Jack London") in found, found
    assert ("PERSON", "Chester Bennington") in found, found


def test_a_national_insurance_shape_across_two_cells_is_no_number(detector):
    """A boarding pass: 'SK 1351' under FLIGHT and '14C' under SEAT, read as one line, spell a NINO's
    shape; the gate then blocked every frame showing the flight as a piece of that 'value'."""
    found = _rows(detector, "FLIGHT           SEAT", "SK 1351          14C")
    assert not {v for e, v in found if e == "UK_NINO"}, found
    for row in ("JG 10 37 58 A", "JG103758A"):
        assert any(e == "UK_NINO" for e, _ in _rows(detector, row)), row


def test_a_street_over_a_town_line_that_ocr_joined_to_a_table_row(detector):
    """A bottle label beside a prescriptions table: the label's town line is read into the table
    row's line, so the label's lines make no address block; the street ('Mills' counts things as
    often) stands over a line that ends in a state and ZIP."""
    found = _rows(detector, "64810 Harlow Mills", "11/21/2026 Refill Bellmont, TN 37015")
    assert ("ADDRESS", "64810 Harlow Mills") in found, found
    found = _rows(detector, "3 Network Drives", "Version 10.12 build 55927")
    assert not {v for e, v in found if e == "ADDRESS"}, found
