"""An address card's country line (issue 16/17, order_lookup of corpus_new): a country's name
alone is no one's address. The card's street, town and postcode lines are masked; its last line,
the country, stays readable, whether the address label's stacked block reaches it or NER tags it
a place."""

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect


@pytest.mark.parametrize(
    "block",
    [
        # a Canadian card: addressee, street, town with province and postal code, country
        ["Nadia Okafor", "88 Lantern Hollow Suite 412", "Halifax NS B3H 2Y9", "Canada"],
        # a British card: addressee, street, town, postcode, country (five lines)
        ["Tobias Whitfield", "27 Quarry Lane", "Dundee", "DD1 4HN", "United Kingdom"],
        ["Marta Kowalczyk", "5 Orchard Rise", "Norwich", "NR2 3AT", "United Kingdom"],
    ],
)
def test_an_address_card_s_country_line_stays_readable_and_its_other_lines_are_masked(detector, block):
    rows = [(0, 0, "Billing address")] + [(0, 26 + 20 * i, line) for i, line in enumerate(block)]
    layout, dets = detect(detector, *rows)
    *lines, country = block
    for line in lines[1:]:
        assert_hidden(layout, [d for d in dets if d.entity_type in ("ADDRESS", "LOCATION", "ZIP_CODE")], line)
    assert_visible(layout, dets, country)
    assert_visible(layout, dets, "Billing address")


def test_a_town_or_street_line_of_a_card_is_still_masked_where_a_country_ends_it(detector):
    """A real value of that shape: a town alone on its line under the heading, and a street whose
    name holds a country's ("12 Jamaica Street"), are masked still."""
    rows = [(0, 0, "Shipping address"), (0, 26, "12 Jamaica Street"), (0, 46, "Aberdeen"), (0, 66, "AB10 1AB")]
    layout, dets = detect(detector, *rows, (0, 86, "United Kingdom"))
    for value in ("12 Jamaica Street", "Aberdeen", "AB10 1AB"):
        assert_hidden(layout, [d for d in dets if d.entity_type in ("ADDRESS", "LOCATION", "ZIP_CODE")], value)
    assert_visible(layout, dets, "United Kingdom")
