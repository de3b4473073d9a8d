"""Addresses of continental Europe and addresses written on one line (issue 16, corpus_n4's
browser_autofill, eu_checkout and shipping_labels): a German street named after a person, its
words joined by dashes; French and Spanish streets; the postcode before the town ("75002 Paris")
under a street; a saved address summarised as "<name>, <street>, <town>"; a shipments table's
"Destination" column. Rows laid out as the screens draw them, read by the detector; every value
is invented for the test."""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect


def _types(dets, entity: str) -> list:
    return [d for d in dets if d.entity_type == entity]


@pytest.mark.parametrize(
    "street",
    [
        "Marie-Juchacz-Gasse 103",  # a person's name, the type capitalised after a dash
        "Konrad-Zuse-Straße 7",
        "Erfurter Straße 12",  # an adjective and the type written apart
        "Vondellaan 77",  # Dutch
        "9 chemin des Lilas",  # French: the number first, the type in lower case
        "40 CHEMIN DE PAYOL",  # a label's capitals
        "12 rue de la Fontaine",
        "Calle Almendro 71, 2º B",  # Spanish: the type, the name, the number, floor and door
        "Avenida de Ciudad Real 12",
    ],
)
def test_continental_street_lines_are_addresses(detector, street):
    """eu_checkout: 'Straße und Hausnummer' typed as '<First>-<Last>-Gasse <n>', the German
    street pattern took one lower-case word before the type only; the French billing address's
    '<n> chemin <Name>' and a label's capitals matched no pattern (ADDRESS, 45 and 58 sightings)."""
    layout, dets = detect(detector, street)
    assert _types(dets, "ADDRESS")
    assert_hidden(layout, dets, street.split(",")[0])


@pytest.mark.parametrize(
    "text",
    [
        "Place Order",  # a checkout's button: 'place' is French only before 'de'
        "2 Place Orders",
        "3 routes found",
        "Version 12 Release Notes",
        "Chapter 8 Passage Notes",
        "Hauptmenü 3",
        "Kapitel 4 Straßenverkehr",
    ],
)
def test_words_shaped_like_continental_streets_stay_readable(detector, text):
    layout, dets = detect(detector, text)
    assert not _types(dets, "ADDRESS"), text


@pytest.mark.parametrize(
    "street,town",
    [
        ("Marie-Juchacz-Gasse 103", "04109 Leipzig"),
        ("9 chemin des Lilas", "59000 Lille"),
        ("84 BOULEVARD DE LA MER", "35000 RENNES"),  # a label's capitals
        ("Vondellaan 77", "1071 AA Amsterdam"),  # a Dutch postcode's letters
    ],
)
def test_a_postcode_and_town_under_a_continental_street_are_a_location(detector, street, town):
    """eu_checkout's order summary and billing cards: '<name>' / '<street>' / '59000 Lille' /
    'Frankreich'; the block finder knows the UK, US and Canada, where the postcode follows the
    town, and the town's own line needed the town alone (LOCATION, 58 sightings)."""
    layout, dets = detect(detector, "Ines Vogler", street, town, "Frankreich")
    assert_hidden(layout, dets, town)
    assert_visible(layout, dets, "Frankreich")


def test_a_town_under_a_street_in_a_card_read_on_one_row_with_the_card_beside_it(detector):
    """eu_checkout's saved billing addresses: three cards side by side, OCR read each row of
    them as one line; the town under the street was looked for under the line's first word (the
    first card's), not under the street's."""
    card = 300
    rows = [
        (40, 100, "Wie Lieferadresse" + " " * ((card - 40) // 8 - 17) + "Ines Vogler"),
        (card, 124, "9 chemin des Lilas"),
        (card, 148, "59000 Lille"),
    ]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, dets, "59000 Lille")
    assert_visible(layout, dets, "Wie Lieferadresse")


@pytest.mark.parametrize(
    "line,street,town",
    [
        ("Maud Fenwick, 14 Mill Bridge, Newcastle upon Tyne", "14 Mill Bridge", "Newcastle upon Tyne"),
        ("Ivo Lange, 3 Orchard Gateway, Bath", "3 Orchard Gateway", "Bath"),
        ("Lena Ortiz, Calle Almendro 4, 28004 Madrid", "Calle Almendro 4", "28004 Madrid"),
        ("Tom Reeve, 27 Ashdown Close, Cambridge, CB2 7QT", "27 Ashdown Close", "Cambridge"),
    ],
)
def test_a_saved_address_summarised_on_one_line(detector, line, street, town):
    """browser_autofill: 'Addresses and more' lists each saved address as '<name>, <street>,
    <town>'; the town had no line of its own and no word before it that spaCy needs, and a street
    type that also names technical things ('Bridge', 'Gateway') needs a context word alone
    (ADDRESS and LOCATION, 18 sightings each). A known town after a street and a comma is a
    LOCATION, and says the street is one."""
    layout, dets = detect(detector, line)
    assert_hidden(layout, dets, street)
    assert_hidden(layout, dets, town)


@pytest.mark.parametrize(
    "line",
    [
        "Opened 3 Remote Desktop Gateway, Status OK",  # no town after the comma
        "Sprint 12 Planning Bridge, Notes",
        "Page 2 of 14, Reading mode",  # a town's name, but no street before it
    ],
)
def test_a_comma_after_street_shaped_words_without_a_town_holds_no_address(detector, line):
    layout, dets = detect(detector, line)
    assert not _types(dets, "ADDRESS"), line
    assert not _types(dets, "LOCATION"), line


COLS = (0, 150, 320, 540, 620)


def _table(*lines: str) -> list[tuple[int, int, str]]:
    return [(x, 30 * i, cell) for i, line in enumerate(lines) for x, cell in zip(COLS, line.split("|"), strict=False)]


def test_a_shipments_destination_column_beside_its_recipients_is_a_location(detector):
    """shipping_labels: 'Tracking number | Recipient | Destination | Country | Status', each
    destination '<town> <postcode>'; the row was no header (too few header words) and the towns
    stayed readable in every frame (LOCATION, 39 sightings each; Dutch postcodes ZIP_CODE)."""
    layout, dets = detect(
        detector,
        *_table(
            "Tracking number|Recipient|Destination|Country|Status",
            "PW104471920035FR|Maud Fenwick|Quimper 29000|FR|In transit",
            "PW104471920036NL|Ivo Lange|Zwolle 8011 CW|NL|Delivered",
        ),
    )
    assert_hidden(layout, dets, "Quimper 29000")
    assert_hidden(layout, dets, "Zwolle 8011 CW")
    assert_visible(layout, dets, "In transit")
    assert_visible(layout, dets, "Destination")


def test_a_destination_column_without_a_personal_column_stays_readable(detector):
    """A departures board or a route table names places no one lives at."""
    layout, dets = detect(
        detector,
        *_table("Flight|Destination|Gate|Status", "BA123|Paris|B12|Boarding", "LH456|Frankfurt|A3|Delayed"),
    )
    assert not _types(dets, "LOCATION")
    assert_visible(layout, dets, "Paris")


def test_a_postcode_and_town_read_as_one_line_under_their_captions_is_a_location(detector):
    """eu_checkout at scale 0.66: the form's PLZ and Ort boxes side by side were read as one line
    ('<5 digits> <Town>'), their captions ('PLZ', 'Ort' read 'on') between it and the street, and
    the town's box had no label left (LOCATION, 9 sightings). A line that is only a continental
    postcode and a known town is a LOCATION."""
    rows = [
        (41, 180, "Marie-Juchacz-Gasse 103"),
        (38, 203, "PLZ"),
        (119, 203, "on"),
        (349, 203, "Land"),
        (44, 213, "04109 Leipzig"),
        (358, 219, "Deutschland"),
    ]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, dets, "04109 Leipzig")
    assert_visible(layout, dets, "Deutschland")
    assert_visible(layout, dets, "PLZ")


@pytest.mark.parametrize("line", ["2024 Paris", "12000 Paris Items", "Seats 2024 Lyon"])
def test_a_number_and_a_town_that_are_no_postcode_line_stay_readable(detector, line):
    layout, dets = detect(detector, line)
    assert not _types(dets, "LOCATION"), line


def test_a_town_misread_under_a_street_with_its_postcode_before_it_is_a_location(detector):
    """eu_checkout's order summary at scale 0.66: the town under the street was read with 'ri'
    as 'n', a word no list knows (LOCATION, 9 sightings with the form's town box). Under a
    street, five digits and capitalised words alone are the postcode and town."""
    layout, dets = detect(detector, "Ines Vogler", "Marie-Juchacz-Gasse 103", "04109 Leipnig", "Deutschland")
    assert_hidden(layout, dets, "04109 Leipnig")
    assert_visible(layout, dets, "Deutschland")


@pytest.mark.parametrize("under", ["2024 Annual Report", "12345 items shipped"])
def test_a_number_and_words_under_a_street_that_are_no_town_line_stay_readable(detector, under):
    layout, dets = detect(detector, "Marie-Juchacz-Gasse 103", under)
    assert not _types(dets, "LOCATION"), under


@pytest.mark.parametrize(
    "line,street,town",
    [
        ("Maud Fenwick, 14 Mill Bridge Kingstan upon HuIl", "14 Mill Bridge", "Kingstan upon HuIl"),  # comma lost
        ("Maud Fenwick, 14 Mill Bridge. Benwick upon Tweed", "14 Mill Bridge", "Benwick upon Tweed"),  # read '.'
        ("Ivo Lange, 3 Orchard Gateway, Sunderiand", "3 Orchard Gateway", "Sunderiand"),
    ],
)
def test_a_saved_address_summary_read_small_ends_in_its_town_whatever_its_spelling(detector, line, street, town):
    """browser_autofill at scale 0.66 (issue 18): the summary '<name>, <street>, <town>' of a
    multi-word town was read with the comma before the town lost (or read as a full stop) and a
    letter of the town misread, a town no list knows: the town and the street stayed readable
    (LOCATION, 18 sightings). After a person's name and a street, capitalised words to the
    line's end are the town."""
    layout, dets = detect(detector, line)
    assert_hidden(layout, dets, street)
    assert_hidden(layout, dets, town)


@pytest.mark.parametrize(
    "line",
    [
        "Release Notes, 2 Network Bridge, Details",  # no person's name before the street
        "Opened 3 Remote Desktop Gateway Status OK",
        "Maud Fenwick, 14 Mill Bridge",  # no town after the street: the street alone needs more
    ],
)
def test_a_summary_without_a_name_or_without_a_town_holds_no_misread_town(detector, line):
    layout, dets = detect(detector, line)
    assert not _types(dets, "LOCATION"), line


def test_a_town_misread_beside_its_postcode_box_read_with_the_box_edge_is_a_location(detector):
    """eu_checkout at scale 0.66 (issue 18): the PLZ and Ort boxes side by side read as one line
    with the Ort box's left edge between them ('<5 digits> | <Town>'), the town typed into it
    read with a letter misread ('g' as 'd') and its caption 'Ort' read 'on': no list knows the
    town, no label holds it, readable from its last keystroke to the page's end (LOCATION, 16 s).
    The postcode its caption found says the words beside it are its town."""
    rows = [
        (41, 180, "Marie-Juchacz-Gasse 103"),
        (39, 203, "PLZ"),
        (119, 203, "on"),
        (349, 204, "Land"),
        (44, 214, "47239 | Eichwaide"),
        (338, 212, "| Deutschland"),
    ]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, dets, "47239")
    assert_hidden(layout, dets, "Eichwaide")
    assert_visible(layout, dets, "Deutschland")
    assert_visible(layout, dets, "PLZ")


@pytest.mark.parametrize("caption", ["Menge", "Artikel"])
def test_a_number_in_a_box_beside_words_that_is_no_postcode_stays_readable(detector, caption):
    """Five digits that no caption makes a postcode (an article number, a quantity) beside a box
    of words: the words stay readable."""
    layout, dets = detect(detector, (39, 203, caption), (119, 203, "Farbe"), (44, 214, "47239 | Waldgrün"))
    assert not _types(dets, "LOCATION")
    assert_visible(layout, dets, "Waldgrün")
