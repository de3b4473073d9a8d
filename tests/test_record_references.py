"""A record's reference under or beside a bare caption: a tenancy deposit's scheme reference in
a letting agent's tenancy page ("Deposit: Scheme | Reference <issuer>-<digits> | Amount"), a
claim's, a case's. The reference opens the person's record at the scheme; it was readable, as
"Reference" was no caption of any label. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    ("caption", "value"),
    [("Reference", "TDS-4820917"), ("DPS reference", "DP 51928374"), ("Claim reference", "CLM-0048213977")],
)
def test_a_reference_beside_its_caption_is_an_account_number(detector, caption, value):
    rows = [(864, 0, "DEPOSIT"), (864, 20, "Scheme"), (969, 20, "Tenancy Deposit Scheme"), (864, 40, caption)]
    rows.append((1010 if len(caption) > 12 else 969, 40, value))
    assert ("ACCOUNT_NUMBER", value) in _found(detector, *rows)


@pytest.mark.parametrize(("caption", "value"), [("Reference", "Q3 planning"), ("Invoice", "INV-20931")])
def test_a_reference_without_six_digits_stays(detector, caption, value):
    found = _found(detector, (0, 0, caption), (150, 0, value))
    assert not any(v == value for _, v in found), found


@pytest.mark.parametrize(
    ("caption", "value"),
    [("DD mandate", "HCT40019257"), ("Mandate reference", "MND-00418827"), ("Direct Debit ref", "DD 7730 1192")],
)
def test_a_direct_debit_mandate_beside_its_caption_is_an_account_number(detector, caption, value):
    """A donor's or a customer's Direct Debit mandate in a 'Regular giving' card (donor_crm)."""
    rows = [(26, 0, "REGULAR GIVING"), (26, 22, "Amount"), (136, 22, "£25.00 monthly"), (26, 42, caption)]
    rows.append((160, 42, value))
    assert ("ACCOUNT_NUMBER", value) in _found(detector, *rows)
