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
