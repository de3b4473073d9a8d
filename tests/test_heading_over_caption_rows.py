"""A panel's heading that holds a label word ('PREVIOUS ADDRESS', 'BILLING ADDRESS') over a
description list takes none of the list's rows below another caption as its value (class: a
CRM's or an account page's cards, a heading in capitals over 'Address <value>' and 'Dates
<value>' rows and a note under them). Found on energy_account (corpus38/scn1) by
benchmarks/gate.py at 905721e: blocked, ADDRESS seen_value_part x16 on the 'Supply address'
caption; the analysis had typed the card's note 'Lived at supply address since <mm/yyyy>' (and
the 'Dates' row's value) an ADDRESS by the heading's label (label:address/below): the heading's
word 'ADDRESS' stands right of the captions, over the values' column, and the lines under it
that reached under the word were taken past the 'Address' and 'Dates' captions. Values are
invented."""

from __future__ import annotations

from tests.test_detect import make_layout


def _card(detector):
    layout = make_layout(
        (24, 338, "PREVIOUS ADDRESS"),
        (24, 359, "Address        14 Kestrel Mews, Farnby QX12"),
        (144, 373, "9LT"),
        (24, 390, "Dates          05/2011 to 07/2016"),
        (24, 404, "Lived at supply address since 07/2016"),
    )
    lt, findings = detector.find_spans(layout)
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "ADDRESS"}


def test_the_rows_under_other_captions_are_not_the_headings(detector):
    found = _card(detector)
    assert not any("Lived" in v or "supply" in v for v in found), found
    assert not any("2011" in v for v in found), found


def test_the_address_row_and_its_wrapped_postcode_are_still_found(detector):
    found = _card(detector)
    assert any(v.startswith("14 Kestrel Mews") for v in found), found
    assert "9LT" in found, found


def test_a_caption_over_its_stacked_value_still_takes_it(detector):
    """A label over its value with no other caption between: the address below it."""
    layout = make_layout((24, 0, "Previous address"), (24, 18, "14 Kestrel Mews"), (24, 36, "Farnby QX12 9LT"))
    lt, findings = detector.find_spans(layout)
    found = {lt.text[f.start : f.end] for f in findings if f.entity_type == "ADDRESS"}
    assert any("Kestrel" in v for v in found) and any("9LT" in v for v in found), found
