"""A till receipt as a shop's back office shows it: a monospace strip in capitals whose
customer details and staff follow short captions ("REWARDS NO: <four groups of four digits>",
"AUTHORISED BY: <FIRST> <LAST>", "SERVED BY: ..."). A loyalty scheme's number after "Rewards
no." was no account (only "Loyalty card no." and "<scheme> club" were captions), and the person
who authorised a refund was named by no caption, so both stayed readable. Found on the new scene
refund_receipt (stop 46). The receipt's innocent lines stay readable. Values are invented."""

import pytest

from tests.helpers import text_layout, types_covering


@pytest.mark.parametrize(
    "row, value, entity",
    [
        ("REWARDS NO: 7315 0264 8890 1147", "7315 0264 8890 1147", "ACCOUNT_NUMBER"),
        ("Rewards card number 4402 9917 3058", "4402 9917 3058", "ACCOUNT_NUMBER"),
        ("Rewards no. 88130447", "88130447", "ACCOUNT_NUMBER"),
        ("AUTHORISED BY: TAMSIN VELLANOWETH", "TAMSIN VELLANOWETH", "PERSON"),
        ("Authorized by: Ferdie Oakhampton", "Ferdie Oakhampton", "PERSON"),
        ("SERVED BY: BRANOK HELLYER", "BRANOK HELLYER", "PERSON"),
        ("Refunded by: Jowan Trezise-Hoskin", "Jowan Trezise-Hoskin", "PERSON"),
    ],
)
def test_a_receipt_s_captions_name_their_value(detector, row, value, entity):
    assert entity in types_covering(detector, [row], value)


@pytest.mark.parametrize(
    "row",
    [
        "REFUND TO CARD",
        "AUTH CODE 7731QZ",
        "REFUNDS TAKE 3-5 WORKING DAYS",
        "Changes approved by the team",
        "Authorised by your bank",
    ],
)
def test_a_receipt_s_other_lines_stay_readable(detector, row):
    lt, findings = detector.find_spans(text_layout(row))
    assert not [(f.entity_type, lt.text[f.start : f.end]) for f in findings], row


def _centred(*lines: str) -> list[str]:
    return [line.center(42).rstrip() for line in lines]


@pytest.mark.parametrize(
    "head",
    [
        _centred("MARLOWE & FINCH KITCHENWARE", "Unit 12 Pennyfold Parade", "VAT NO. GB 517 2290 41"),
        _centred("QUILLBY GARDEN SUPPLIES", "48 Tannock Wharf Road", "VAT Reg No 733 1840 26"),
        ["Ostrey & Daunt Ltd", "3 Brackenhill Mews, Lowdry", "Company No. 09417726"],
    ],
)
def test_the_issuer_s_address_over_its_vat_number_stays_readable(detector, head):
    """A receipt's header prints the shop's own address between its name and its VAT number (a
    letterhead its company number): the issuer's premises, no customer's address. It was masked
    as an ADDRESS on every receipt (refund_receipt, stop 46: the one innocent line lost)."""
    rows = [*head, "-" * 42, "REFUND" + "TILL 03  #58-220417".rjust(36)]
    lt, findings = detector.find_spans(text_layout(*rows))
    assert not [f.entity_type for f in findings if f.entity_type in ("ADDRESS", "LOCATION")], head


@pytest.mark.parametrize(
    "block, street",
    [
        (["CUSTOMER DETAILS", "ADDR:  27 CORRANBY CLOSE", "       WESTLOE", "REWARDS NO: 6021"], "27 CORRANBY CLOSE"),
        (["DELIVER TO:", "ELWIN PASCOE", "9 Gorsemoor Lane", "TEL +44 7700 900418"], "9 Gorsemoor Lane"),
        (["Fenwith Tiles", "61 Carnmarth Row", "Receipt 4471"], "61 Carnmarth Row"),
    ],
)
def test_an_address_with_no_register_number_under_it_is_still_masked(detector, block, street):
    assert "ADDRESS" in types_covering(detector, block, street), block
