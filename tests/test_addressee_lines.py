"""The line over a postal address block names its addressee: a statement's, a letter's or a
parcel label's "<First> <Last>" / "<street>" / "<town>" / "<postcode>", with no label, whatever
the name (print_preview: a customer statement's address block, its rare given name and hyphenated
surname known to no list). Values are invented."""

import pytest

from tests.helpers import text_layout


def _people(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    "rows, name",
    [
        (
            (
                "Northgate Water",
                "Customer statement",
                "",
                "Ilsabet Quennell-Oxborrow",
                "14 Marrowby Lane",
                "Thistlecombe",
                "LS15 0QT",
                "",
                "Account number  2288441100",
            ),
            "Ilsabet Quennell-Oxborrow",
        ),
        # a capital I read as a small l: a sans font draws both as one stroke
        (("lsolde Fenwright-Achebe", "7 Gorsedene Close", "Wrexby", "NG7 2RX"), "lsolde Fenwright-Achebe"),
        (("Mrs Oriel Penhallow-Tusk", "Flat 3, 22 Quarry Mews", "Dunmarrow", "BS4 9LT"), "Mrs Oriel Penhallow-Tusk"),
    ],
)
def test_the_line_over_an_address_block_is_its_addressee(detector, rows, name):
    assert name in _people(detector, *rows)


@pytest.mark.parametrize(
    "first",
    ["Delivery address", "Harbour Supplies Ltd", "Customer Statement", "Opening Hours Today", "Bin collection"],
)
def test_a_caption_a_company_or_a_heading_over_the_block_is_no_addressee(detector, first):
    assert not _people(detector, first, "22 Quarry Mews", "Dunmarrow", "BS4 9LT")


def test_a_line_over_a_lone_street_line_is_not_taken_for_an_addressee(detector):
    # no town or postcode under the street: no address block says who lives there
    lt, findings = detector.find_spans(text_layout("Ottoline Brackwater", "22 Quarry Mews", "", "", "Status  Open"))
    assert not [f for f in findings if f.recognizer == "address/addressee"]
