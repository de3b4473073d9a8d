"""A member's or a policyholder's reference at another scheme or insurer written in groups a slash
parts ("<ABC>/<6 digits>/<2 digits>"), under its caption: a pension's transfer-in table
("Previous scheme | Your reference | Previous employer"), an insurer's claim reference. The
account labels' value took digits in groups a space or a dash parts only, so the reference under
"Your reference" was no value. Found on the new scene pension_portal (corpus39/scn1), on the
output frames at 7-16 s: the reference masked only in part, by another table's remembered date
column lined up by chance; its tail readable. A date under a reference caption stays no account
number. Values are invented."""

import pytest

from tests.helpers import text_layout


def _accounts(detector, caption: str, value: str) -> set[str]:
    rows = [
        (352, 213, "Previous scheme"),
        (690, 213, caption),
        (836, 213, "Previous employer"),
        (1067, 213, "Value"),
        (352, 240, "Harlow Retail Pension Scheme"),
        (690, 240, value),
        (836, 240, "Penmarric Freight Ltd"),
        (1045, 240, "£41,208.55"),
    ]
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7, line_h=13))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "ACCOUNT_NUMBER"}


@pytest.mark.parametrize(
    ("caption", "value"),
    [("Your reference", "KRB/318204/07"), ("Member reference", "PN/48213307"), ("Policy reference", "7710/582/04")],
)
def test_a_reference_in_slashed_groups_under_its_caption(detector, caption, value):
    assert value in _accounts(detector, caption, value)


@pytest.mark.parametrize("value", ["14/09/2026", "02/11/26"])
def test_a_date_under_a_reference_caption_is_no_account(detector, value):
    assert not _accounts(detector, "Reference", value)
