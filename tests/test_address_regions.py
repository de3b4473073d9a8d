"""Address lines our address parser (pyap2: US, UK, Canada) does not know: Australian "Suburb STATE
1234" lines, Irish Eircodes, US military mail (APO/FPO/DPO, unit and box, a ship)
(models/recognizers.yaml, detection.yaml's postcode labels). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, value",
    [
        ("Deliver to: Unit 9, Wattle Grove, Bexhill NSW 2480", "Bexhill NSW 2480"),
        ("Tarragindi QLD 4121", "Tarragindi QLD 4121"),
        ("3 Fitzwilliam Lane, Dublin 4, D04 V2N9", "D04 V2N9"),
        ("Eircode: H91 E2K3", "H91 E2K3"),
        ("Lane Cove West, NSW, 2066", "Lane Cove West, NSW, 2066"),  # a form's fields joined by commas
        # US military mail: the post office line, and the unit or ship line above it
        ("Unit 8812 Box 4410", "Unit 8812 Box 4410"),
        ("PSC 1177, Box 2085", "PSC 1177, Box 2085"),
        ("APO AE 09213", "APO AE 09213"),
        ("USNS Whitcombe", "USNS Whitcombe"),
    ],
)
def test_australian_suburb_lines_and_irish_eircodes_are_found(detector, row, value):
    assert any(v == value or value in v for e, v in _found(detector, row) if e in ("ADDRESS", "ZIP_CODE")), value


@pytest.mark.parametrize(
    "row",
    [
        "Build 4121 passed on WA 2034 runner",
        "Dublin 2, Version 1 release",
        "Error SA 1234: retry",
        "ACT 2030 plan",
        "USB hub on port 2",
    ],
)
def test_state_letters_and_codes_in_technical_text_are_no_address(detector, row):
    assert not {v for e, v in _found(detector, row) if e in ("ADDRESS", "ZIP_CODE")}


@pytest.mark.parametrize(
    "rows",
    [
        ["Invoice to", "Ms Petra Ashcombe", "Flat 17", "Quillon Skyway", "Harrowfield", "HX4 7QP"],
        ["Deliver to", "Studio 3", "Tamsin Locks", "Kirkbramble", "BD19 2WE"],
        ["Ship to", "Hamish Dunstable", "Garnet Crescent", "Oxley Heath", "Wolverhampton WV10 6RT"],
    ],
)
def test_a_uk_address_block_with_its_street_unnumbered_is_found_whole(detector, rows):
    """A UK address printed over lines with the flat on a line of its own and the street without a
    number (a form's or a generator's "Flat 17" / "<Name> Skyway" / town / postcode), which the
    address parser does not read: the lines stacked on the postcode are the address. The heading
    above them stays readable."""
    lt, findings = detector.find_spans(text_layout(*rows))
    masked = {k for f in findings for k in range(f.start, f.end)}
    for row in rows[2:]:
        at = lt.text.index(row)
        assert all(k in masked for k in range(at, at + len(row)) if not lt.text[k].isspace()), row
    heading = lt.text.index(rows[0])
    assert not any(k in masked for k in range(heading, heading + len(rows[0])))


def test_lines_stacked_on_a_postcode_without_a_street_are_no_address(detector):
    """A site's footer: links stacked over its office's postcode name no street or flat."""
    rows = ["Contact us", "Privacy Policy", "Terms of Use", "LS1 4AB"]
    lt, findings = detector.find_spans(text_layout(*rows))
    masked = {k for f in findings for k in range(f.start, f.end)}
    for row in rows[:3]:
        at = lt.text.index(row)
        assert not any(k in masked for k in range(at, at + len(row))), row


@pytest.mark.parametrize(
    "rows, value",
    [
        # a street type Canada's rules in pyap2 lack, over its town and postal code
        (
            ["Ship to", "Odile Farrant", "4417 Quarrington Parkways", "North Ellisport, NS K7C 1Y2"],
            "4417 Quarrington Parkways",
        ),
        # the same on one line, as a form joins its fields
        (["Order 4471 confirmed", "6120 Brandwell Walks, West Tobiasville, ON M2Y 4H6"], "6120 Brandwell Walks"),
    ],
)
def test_a_canadian_address_whose_street_type_the_parser_lacks_is_found(detector, rows, value):
    lt, findings = detector.find_spans(text_layout(*rows))
    at = lt.text.index(value)
    masked = {k for f in findings if f.entity_type == "ADDRESS" for k in range(f.start, f.end)}
    assert all(k in masked for k in range(at, at + len(value)) if not lt.text[k].isspace()), value


def test_a_studio_flat_before_its_street_is_part_of_the_address(detector):
    """ "Studio 18, <street>": a UK studio flat, as "Flat 18," is; "Visual Studio 2019," is none."""
    lt, findings = detector.find_spans(text_layout("Studio 41, Corran Mews"))
    masked = {k for f in findings for k in range(f.start, f.end)}
    assert all(k in masked for k in range(0, len("Studio 41")) if not lt.text[k].isspace())
    lt, findings = detector.find_spans(text_layout("Installed: Visual Studio 2019, .NET 6 SDK"))
    assert not [f for f in findings if f.entity_type == "ADDRESS"]


def _masked_rows(detector, rows: list[str]) -> dict[str, float]:
    """The share of each row's characters (spaces aside) that a finding covers."""
    lt, findings = detector.find_spans(text_layout(*rows))
    masked = {k for f in findings for k in range(f.start, f.end)}
    shares = {}
    for row in rows:
        at = lt.text.index(row)
        ink = [k for k in range(at, at + len(row)) if not lt.text[k].isspace()]
        shares[row] = sum(k in masked for k in ink) / len(ink)
    return shares


@pytest.mark.parametrize(
    "rows",
    [
        # Australian street types pyap2's lists lack; a flat and number written "3/27"; a level
        ["Deliver to", "Kirra Wendell", "14 Pindari Brace", "Wollongbar NSW 2477"],
        ["Customer", "Ashleigh Brannock", "3/27 Tallowwood Esplanade", "Mooloolaba QLD 4557"],
        ["Recipient", "11 Corrigan Corso", "Palmerston NT 0830"],
        ["Ship to", "PO Box 413", "Subiaco WA 6904"],
        # New Zealand: the town and four digits under the street; a PO box
        ["Deliver to", "Aroha Tipene", "20 Kowhai Esplanade", "Takapuna 0622"],
        ["Customer", "PO Box 5521", "Hamilton 3240"],
        ["Ship to", "19 Wharetaitau Pass", "Hororua 2563"],
        # Ireland: the Eircode alone under the county
        ["Address", "14 Ballymore Road", "Castlebar", "Co. Mayo", "F23 K8P2"],
    ],
)
def test_an_australian_new_zealand_or_irish_address_block_without_a_label_is_found(detector, rows):
    """An address printed over lines under a heading that is no field label ("Deliver to",
    "Customer"): the street (of a type only Australia or New Zealand use, or numbered "3/27"),
    the suburb or town and its postcode are all masked."""
    shares = _masked_rows(detector, rows)
    street_and_below = rows[next(i for i, r in enumerate(rows) if r[0].isdigit() or r.startswith("PO ")) :]
    assert all(shares[r] >= 0.9 for r in street_and_below), shares


@pytest.mark.parametrize(
    "row",
    [
        "77 Pindari Corso, Wollongbar, NSW, 2477",
        "5/12 Jarrah Parklands, Mosman, NSW, 2088",
        "8 Kauri Pass, RD 2, Maungatapu 3112",
        "PO Box 40, Ruakaka 0151",
        "7 Glenview Terrace, Ballincollig, Co. Cork, P31 E2X6",
    ],
)
def test_an_address_written_on_one_line_in_australia_new_zealand_or_ireland_is_found(detector, row):
    """A form's fields joined by commas: the street (whatever its type) through the postcode."""
    assert _masked_rows(detector, [row])[row] >= 0.9


@pytest.mark.parametrize(
    "rows",
    [
        ["Getting started", "5 Easy Steps", "3 Cell Towers", "Windows 2000"],
        ["Calendar", "2024 Company Retreat", "Office 2019"],
        ["Level 2 complete", "Room 1234"],
        ["Release notes", "12 Product Line", "Chapter 3 Summary"],
    ],
)
def test_numbered_lines_and_four_digit_lines_of_other_screens_are_no_address(detector, rows):
    """A list of numbered things over a product and its year is no street over a town."""
    shares = _masked_rows(detector, rows)
    assert not any(shares.values()), shares
