"""An identity card that numbers its fields instead of captioning them (a driving licence: "1."
surname, "2." first names, "3." date of birth, "5." licence number, "8." address) holds
personal values after those numbers; numbered lists, step bars and contract clauses do not."""

from __future__ import annotations

from pipeline.detection.structure.cards import RECOGNIZER
from tests.test_detect import assert_hidden, assert_visible, detect

# A UK photocard in an image viewer, as OCR reads it: a photo's edge read as "7" before "1.",
# dots read as commas, noise before "5.", "8." read as "gs."; the verification form beside it
UK_CARD = [
    (136, 293, "DRIVING LICENCE"),
    (136, 321, "UNITED KINGDOM"),
    (20, 150, "1 Customer 2 Driving licence 3 Payment 4 Confirm"),
    (136, 352, "7 1. HARGREAVES"),
    (287, 379, "2, ELEANOR ROSE"),
    (287, 401, "3, 14.02.1986 UNITED KINGDOM"),
    (288, 429, "4a. 07.05.2021 4c. DVLA"),
    (288, 457, "4b. 07.05.2031"),
    (139, 479, "a 5. HARGR852146ER9XY"),
    (290, 532, "gs. 12 MILL LANE, DERBY. DE1 3AB"),
    (292, 603, "9. AM/A/B1/B/f/k/l/n/p/q"),
    (853, 336, "Licence number"),
    (853, 389, "16 characters, no spaces"),
    (853, 503, "8 characters"),
]


def test_a_photocards_numbered_fields_hide_their_values(detector):
    layout, dets = detect(detector, *UK_CARD)
    for value in ("HARGREAVES", "ELEANOR ROSE", "14.02.1986", "HARGR852146ER9XY"):
        assert_hidden(layout, dets, value)
    # the card's heading, its field numbers, the form's hints and the step bar stay readable
    for text in ("DRIVING LICENCE", "1.", "2,", "DVLA", "8 characters", "16 characters", "1 Customer 2 Driving"):
        assert_visible(layout, dets, text)
    assert_visible(layout, dets, "UNITED KINGDOM", row=1)


def test_a_country_of_birth_stays_and_a_town_of_birth_is_hidden(detector):
    rows = [*UK_CARD[:5], (287, 401, "3. 02.11.1979 LYON"), *UK_CARD[6:]]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, dets, "LYON")
    layout, dets = detect(detector, *UK_CARD)
    assert_visible(layout, dets, "UNITED KINGDOM", row=5)


def test_a_us_cards_numbers_without_dots(detector):
    """AAMVA's layout: a number, sometimes a short caption, then the value."""
    rows = [
        (40, 20, "NEVADA DRIVER LICENSE"),
        (200, 60, "4d DLN 1207855931"),
        (200, 84, "1 PRESCOTT"),
        (200, 108, "2 WINIFRED ANN"),
        (200, 132, "8 2291 SAGE CREEK RD"),
        (200, 180, "3 DOB 03/19/1975"),
        (200, 204, "4a ISS 06/02/2022 4b EXP 03/19/2030"),
        (200, 228, "15 SEX F 16 HGT 5-06"),
    ]
    layout, dets = detect(detector, *rows)
    for value in ("1207855931", "PRESCOTT", "WINIFRED ANN", "2291 SAGE CREEK RD", "03/19/1975"):
        assert_hidden(layout, dets, value)
    assert_visible(layout, dets, "DLN")


def test_numbered_lists_and_clauses_are_no_card(detector):
    """A KYC page listing the documents it takes, and a contract's clauses in capitals with a
    lettered clause: no date after a number, no card."""
    rows = [
        (40, 20, "Upload your driving licence"),
        (40, 60, "1. PASSPORT"),
        (40, 84, "2. DRIVING LICENCE"),
        (40, 108, "3. UTILITY BILL"),
        (40, 132, "4a. BANK STATEMENT"),
        (40, 156, "4b. COUNCIL TAX BILL"),
        (40, 200, "1. DEFINITIONS"),
        (40, 224, "2. TERM"),
        (40, 248, "4a. FEES AND EXPENSES"),
        (40, 272, "8. 14 DAYS NOTICE"),
    ]
    layout, dets = detect(detector, *rows)
    assert [d for d in dets if d.recognizer == RECOGNIZER] == []
    for text in ("PASSPORT", "DRIVING LICENCE", "DEFINITIONS", "TERM", "14 DAYS NOTICE"):
        assert_visible(layout, dets, text)
