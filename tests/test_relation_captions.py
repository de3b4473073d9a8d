"""A relative captioned by the tie in a contact's note: `cat contacts.vcf` prints 'NOTE:Partner:
<First> <Last>. Prefers calls after 5pm', a CRM's or a client file's notes say 'Wife: <First>
<Last>'. 'Spouse' was a caption of a name, 'Partner', 'Husband' and 'Wife' were not: a name that
neither NER nor the names lexicon knows stayed readable there. 'Partner' is also a job title and a
firm's word, so only a caption before a colon counts. Values are invented."""

import pytest

from tests.helpers import text_layout, types_covering


@pytest.mark.parametrize(
    "row, name",
    [
        ("NOTE:Partner: Taddeo Brisk. Prefers calls after 5pm", "Taddeo Brisk"),
        ("Partner: Seanan Corby", "Seanan Corby"),
        ("Civil partner: Tadhgan Rusk", "Tadhgan Rusk"),
        ("Wife: Taddeo Brisk", "Taddeo Brisk"),
        ("Husband:  Seanan Corby", "Seanan Corby"),
    ],
)
def test_a_name_captioned_by_its_tie_is_a_person(detector, row, name):
    assert "PERSON" in types_covering(detector, ["ORG:Kettleby Joinery", row, "END:VCARD"], name)


@pytest.mark.parametrize(
    "row",
    [
        "Partner Center",
        "Partner ID: 44120",
        "Business partner: Northway Freight Ltd",
        "She joined as a partner at the firm in 2019",
        "Open the partner portal to see payouts",
    ],
)
def test_partner_as_a_word_of_business_stays_readable(detector, row):
    lt, findings = detector.find_spans(text_layout(row))
    assert not [f for f in findings if f.entity_type == "PERSON"], [lt.text[f.start : f.end] for f in findings]
