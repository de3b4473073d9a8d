"""Cards side by side, each a list of "Caption  value" lines (a tenancy's tenants, guarantor and
deposit; a customer's identity, contact and account cards). Their first rows share one visual
row: "Date of birth | <date> | Home address | <street> | Reference | <ref>". Three captions among
the row's cells made it a table's header with another panel's text around it, so the values
beside the captions were header cells, and a header cell is never a value: the date of birth on
that row stayed readable while the same caption's value on the next card was masked. Values are
invented."""

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


CARDS = [
    (47, 0, "TENANTS"),
    (456, 0, "GUARANTOR"),
    (864, 0, "DEPOSIT"),
    (47, 22, "Quorra Ellingham"),
    (456, 22, "Bevis Tallentire"),
    (864, 22, "Scheme"),
    (969, 22, "Tenancy Deposit Scheme"),
    (47, 41, "Date of birth"),
    (153, 41, "17/08/1991"),
    (456, 41, "Home address"),
    (561, 41, "48 Wrenfold Close"),
    (864, 41, "Reference"),
    (969, 41, "DPS-5710294"),
    (47, 61, "E-mail"),
    (153, 61, "quorra.e@example.net"),
    (456, 61, "Phone"),
    (561, 61, "01632 960418"),
    (864, 61, "Sort code"),
    (969, 61, "20-45-77"),
]


def test_a_caption_on_the_first_row_of_cards_side_by_side_keeps_its_value(detector):
    found = _found(detector, *CARDS)
    assert ("DATE_OF_BIRTH", "17/08/1991") in found, found


def test_the_row_of_a_table_with_a_header_panel_beside_it_is_still_a_header(detector):
    """Three header cells in a run with a panel's text after them stay a table's header."""
    rows = [
        (0, 0, "Name"),
        (200, 0, "Email"),
        (420, 0, "Phone"),
        (700, 0, "Order summary"),
        (900, 0, "Total £42.00"),
        (0, 30, "Ysolde Brackenbury"),
        (200, 30, "ysolde@example.org"),
        (420, 30, "01632 960777"),
    ]
    found = _found(detector, *rows)
    assert ("PERSON", "Ysolde Brackenbury") in found, found


# A card's "Caption  value" line on the row of another panel's table header, as a screen scaled to
# 75 % lines them up (an energy account: the Direct Debit card's sort code beside the meter
# readings' "Date | Source | Electricity kWh | Gas m3 Type"). Read as one header row, the value
# was a header cell and stayed readable.
CARD_BESIDE_TABLE = [
    (18, 0, "Account name"),
    (106, 0, "Mrs T Ellingham"),
    (279, 12, "Date"),
    (382, 12, "Source"),
    (491, 12, "Electricity kWh"),
    (589, 12, "Gas m3 Type"),
    (18, 14, "{caption}"),
    (106, 14, "{value}"),
    (278, 31, "01 Nov 2026"),
    (382, 31, "Smart"),
    (512, 31, "18230"),
    (595, 31, "03107 Actual"),
    (17, 30, "Account number"),
    (107, 30, "71460293"),
]


def _beside_table(caption: str, value: str) -> list[tuple[int, int, str]]:
    return [(x, y, t.format(caption=caption, value=value)) for x, y, t in CARD_BESIDE_TABLE]


def test_a_captioned_value_on_another_panels_header_row_is_found(detector):
    found = _found(detector, *_beside_table("Sort code", "40-19-58"))
    assert ("SORT_CODE", "40-19-58") in found, found


def test_the_table_beside_the_card_keeps_its_header(detector):
    """The captioned pair is taken off the row's end; the meter readings stay a table whose
    header words are no values."""
    found = _found(detector, *_beside_table("Sort code", "40-19-58"))
    assert not any(v in ("Date", "Source", "Electricity kWh") for _, v in found), found
