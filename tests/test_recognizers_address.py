"""Addresses of the US, UK and Canada over the lines a screen shows them on (pyap2's rules:
AddressBlockFinder), street lines (StreetLineRecognizer), postcodes (PostcodeRecognizer); and the
technical text that must stay readable."""

from __future__ import annotations

import pytest

from pipeline.detection.recognizers.address import AddressBlockFinder, PostcodeRecognizer, StreetLineRecognizer
from pipeline.detection.text import LayoutText
from tests.helpers import text_layout


class Both:
    """The two recognizers of this module that Presidio runs, as the registry loads them."""

    def __init__(self):
        self.recognizers = (StreetLineRecognizer(), PostcodeRecognizer())

    def analyze(self, text: str, entities: list[str]) -> list:
        return [r for rec in self.recognizers for r in rec.analyze(text, entities)]


@pytest.fixture(scope="module")
def recognizer() -> Both:
    return Both()


@pytest.fixture(scope="module")
def blocks() -> AddressBlockFinder:
    return AddressBlockFinder()


def found(recognizer, text: str, min_score: float = 0.4) -> set[tuple[str, str]]:
    results = recognizer.analyze(text, ["ADDRESS", "ZIP_CODE"])
    return {(r.entity_type, text[r.start : r.end]) for r in results if r.score >= min_score}


def addresses(blocks: AddressBlockFinder, *rows) -> list[str]:
    """The text of each ADDRESS span found in a layout of `rows`, in layout order."""
    lt = LayoutText(text_layout(*rows))
    return [lt.text[f.start : f.end] for f in sorted(blocks.find(lt), key=lambda f: f.start)]


ADDRESSES = [
    # id, rows (strings stacked, or (x, y, text)), the address's text on each line
    (
        "us-two-lines",
        ["Home address 4381 Rebecca Ports", "             Madison, WI 49241"],
        ["4381 Rebecca Ports", "Madison, WI 49241"],
    ),
    (
        "us-suite",
        ["57970 Greene Common Suite 589", "Denver, CO 95962"],
        ["57970 Greene Common Suite 589", "Denver, CO 95962"],
    ),
    (
        "us-one-line-zip4",
        ["Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500-0003"],
        ["1600 Pennsylvania Ave NW, Washington, DC 20500-0003"],
    ),
    ("us-state-no-zip", ["6870 Tammy Island", "Portland, OR"], ["6870 Tammy Island", "Portland, OR"]),
    (
        "uk-three-lines",
        ["BILL TO", "Colin Humphreys", "Flat 15E, Harper Pike", "Juneberg", "M5 5TW"],
        ["Flat 15E, Harper Pike", "Juneberg", "M5 5TW"],
    ),
    # OCR read the inward code's first digit as the letter it resembles (under a street only:
    # alone, "P2 SLA" is a ticket's priority)
    (
        "uk-misread-inward-digit",
        ["SHIP TO", "18 Wharf Road", "Castleford", "WF10 SNB"],
        ["18 Wharf Road", "Castleford", "WF10 SNB"],
    ),
    # ... or the outward code's digit ("EC1A" read "ECIA": an invoice's "Bill to" block whose
    # town and postcode stayed readable)
    (
        "uk-misread-outward-digit",
        ["BILL TO", "Mara Ellison", "Harbour View Veterinary Clinic", "3 Kestrel Gardens", "Ashworth", "ECIA 1BB"],
        ["3 Kestrel Gardens", "Ashworth", "ECIA 1BB"],
    ),
    (
        "uk-town-postcode-line",
        ["24 Lewis Hollow", "South Joshburgh HG72 9WA"],
        ["24 Lewis Hollow", "South Joshburgh HG72 9WA"],
    ),
    ("uk-one-line", ["10 Downing Street, London SW1A 2AA"], ["10 Downing Street, London SW1A 2AA"]),
    # a first line that starts with a unit word of pyap2's (studio, room, suite), its number
    # then a comma: the house number alone is no start pyap2's rules accept, so the town before
    # the postcode stayed readable (a contact card's "Home": street, then town and postcode)
    (
        "uk-studio-comma",
        ["Home", "Studio 7, Orchard Lane", "Kingsbridge TQ7 3PL"],
        ["Studio 7, Orchard Lane", "Kingsbridge TQ7 3PL"],
    ),
    (
        "uk-room-comma",
        ["Room 12, Mill Street", "Ashby", "LE65 1AB"],
        ["Room 12, Mill Street", "Ashby", "LE65 1AB"],
    ),
    ("ca-one-line", ["111 Wellington St, Ottawa, ON K1A 0A9"], ["111 Wellington St, Ottawa, ON K1A 0A9"]),
    # a saved address or a profile on one line, its country after the postcode: the country is
    # no part of it (pyap2 reads on into it, and the town in the middle stayed readable)
    (
        "uk-one-line-with-country",
        ["Ann Lee, 14 Elm Road, Leeds LS6 2AB, United Kingdom"],
        ["14 Elm Road, Leeds LS6 2AB"],
    ),
    # a low-bitrate signature's unit word with its thin letters misread ("Fiat" for "Flat",
    # "Su1te" for "Suite"): pyap2's rules start at no such word, so the first line stayed readable
    (
        "uk-misread-unit-word-one-line",
        ["Mobile: 07700 900123", "Fiat 8, Heron Summit, East Marlow", "YO31 7PQ"],
        ["Fiat 8, Heron Summit, East Marlow", "YO31 7PQ"],
    ),
    (
        "uk-misread-unit-word-three-lines",
        ["Su1te 4, Tanner Yard", "Ashby", "LE65 1AB"],
        ["Su1te 4, Tanner Yard", "Ashby", "LE65 1AB"],
    ),
    (
        "uk-misread-unit-word-capital-i",
        ["FIat 15E, Harper Pike", "Juneberg", "M5 5TW"],
        ["FIat 15E, Harper Pike", "Juneberg", "M5 5TW"],
    ),
    # an invoice's two columns: the layout text puts the date of the right column between the
    # street and the town; the block is the column's lines above the postcode
    (
        "two-columns",
        [
            (300, 378, "Flat 15E, Harper Pike"),
            (567, 394, "16 September 2025"),
            (300, 399, "Juneberg"),
            (300, 420, "M5 5TW"),
        ],
        ["Flat 15E, Harper Pike", "Juneberg", "M5 5TW"],
    ),
]


@pytest.mark.parametrize("rows,lines", [c[1:] for c in ADDRESSES], ids=[c[0] for c in ADDRESSES])
def test_addresses_over_the_lines_of_a_block(blocks, rows, lines):
    assert addresses(blocks, *rows) == lines


def test_capital_words_under_a_street_are_no_misread_postcode(blocks):
    """A misread digit is read back only where the postcode's other half has a real one."""
    assert addresses(blocks, "4 Station Road", "GO TO SEE") == []
    assert addresses(blocks, "4 Station Road", "TO BE SO") == []


def test_a_unit_word_above_a_postcode_is_no_address_without_a_street(blocks):
    """A studio or a room named on a screen, with a postcode-shaped line under it, is no
    address: pyap2 still needs a street after the unit."""
    assert addresses(blocks, "Visual Studio 2022 Build Tools", "Room 4 booked", "SW1A 1AA") == []
    assert addresses(blocks, "Studio 3, render queue", "GPU A1 4XX") == []


def test_a_word_read_back_as_a_unit_word_needs_its_shape_and_a_street(blocks):
    """Only a word before "<number>," is read back as a unit word ("Fiat 500 Lounge" is a car),
    and then pyap2's rules still need a street after it."""
    assert addresses(blocks, "Fiat 500 Lounge", "Ashby", "SW1A 1AA") == []
    assert addresses(blocks, "Filament 3, spool", "Ashby", "LE65 1AB") == []


def test_an_address_is_not_made_of_another_columns_lines(blocks):
    """The street of the left column is no part of the right column's postcode."""
    assert addresses(blocks, (0, 0, "221 Baker Street"), (400, 24, "Reference"), (400, 48, "NW1 6XE")) == []


STREET_LINES = [
    ("221B Baker Street", "221B Baker Street"),
    ("Ship to 742 Evergreen Terrace, Springfield", "742 Evergreen Terrace"),
    ("42 Wallaby Way, Apt 3", "42 Wallaby Way, Apt 3"),
    ("Street: 1600 Pennsylvania Ave NW", "1600 Pennsylvania Ave NW"),
    ("Flat 2, 7 Rosemary Close", "Flat 2, 7 Rosemary Close"),
    # a plural street type counts when a flat or suite follows it ("2 Network Drives" does not)
    ("358 Vanessa Shoals Apt. 714", "358 Vanessa Shoals Apt. 714"),
    ("14 Maple Heights, Suite 3", "14 Maple Heights, Suite 3"),
]


@pytest.mark.parametrize("text,street", STREET_LINES, ids=[s for _, s in STREET_LINES])
def test_street_lines(recognizer, text, street):
    assert ("ADDRESS", street) in found(recognizer, text)


POSTCODES = [
    ("Postcode SW1A 1AA", "SW1A 1AA"),
    ("Leeds LS1 4AB", "LS1 4AB"),
    ("Ottawa K1A 0B1", "K1A 0B1"),
    ("Springfield, IL 62704", "62704"),
    ("ZIP+4 20500-0003", "20500-0003"),
]


@pytest.mark.parametrize("text,postcode", POSTCODES, ids=[p for _, p in POSTCODES])
def test_postcodes(recognizer, text, postcode):
    assert ("ZIP_CODE", postcode) in found(recognizer, text)


@pytest.mark.parametrize("text", ["ZIP 53703", "SW1A1AA", "Port 445 SMB Port"])
def test_weak_shapes_need_context(recognizer, text):
    """A bare ZIP, a postcode without its space, a technical street type: below the threshold
    alone (Presidio's context words raise them in the detector)."""
    assert not {e for e, _ in found(recognizer, text)}
    assert recognizer.analyze(text, ["ADDRESS", "ZIP_CODE"])  # but offered to the context enhancer


TECHNICAL = [
    "TCP 192.168.1.23:50412 52.112.100.14:443 ESTABLISHED 10492",
    "Event 7036 The Windows Update service entered the running state. Process ID 12480",
    "PID 4 PID 1144 PID 28714 TID 3920",
    "port 22 port 443 port 3389 port 5900 port 8443 ports 49152-65535",
    "Nov 25 14:03:11 web01 sshd[28714]: Accepted publickey for deploy from 10.0.4.17 port 51822 ssh2",
    "Processor(s): 1 Processor(s) Installed. Intel64 Family 6 Model 140 Stepping 1 ~2611 Mhz",
    "Hotfix(s): 5 Hotfix(s) Installed. [01]: KB5031988 [02]: KB5011048",
    "NVIDIA GeForce RTX 3050 Laptop GPU 546.33 RAM 16GB SSD 512GB",
    "Model A5 8GB, X1 2TB external drive",
    "Printer HP LaserJet Pro M404dn firmware 002.2336A",
    "3389 Remote Desktop Gateway",
    "445 SMB Port",
    "Zoom 5.16.10 (26186) Chrome 119.0.6045.160",
    "Sector 2048-1050623 size 512M type 83",
    "Case number 02948317 Order number 112-4938271-3827465",
    "2 Network Drives mapped, 3 Ethernet Ports",
    "Event ID 4624, ID 48213 Logon Type 3",
]


@pytest.mark.parametrize("text", TECHNICAL)
def test_technical_text_is_no_address(recognizer, blocks, text):
    assert found(recognizer, text) == set()
    assert addresses(blocks, text) == []
