"""A shop's or an account's headings in another language are no names (issue 16, corpus_n4
eu_checkout: spaCy's English model tagged the German checkout's 'Ihre Bestellung' and the billing
card 'Wie Lieferadresse' as PERSON; the value memory then hid 'Lieferadresse' wherever it stood,
two of nine innocent strings lost). The words are UI vocabulary (models/detection.yaml
ner_filter.ui_vocabulary); a known name stays a name. Values invented for the test."""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect


@pytest.mark.parametrize(
    "heading",
    ["Ihre Bestellung", "Wie Lieferadresse", "Sichere Verbindung", "Votre commande", "Mes commandes", "Su pedido"],
)
def test_a_heading_in_another_language_is_no_name(detector, heading):
    layout, dets = detect(detector, heading, "Wanderrucksack Alpin 30 l", "Zwischensumme 89,95 €")
    assert not [d for d in dets if d.entity_type == "PERSON"], heading
    assert_visible(layout, dets, heading)


@pytest.mark.parametrize("name", ["Sabine Krause", "Jürgen Koch", "Rolf Ma", "Marie Su"])
def test_names_beside_such_headings_are_still_found(detector, name):
    """German first names and surnames that are German words too, and surnames that are a UI
    word of another language ('Ma', 'Su'), stay names."""
    layout, dets = detect(detector, "Ihre Bestellung", f"Kontoinhaber: {name}")
    assert_hidden(layout, dets, name)
    assert_visible(layout, dets, "Ihre Bestellung")
