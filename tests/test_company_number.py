"""A company's public number is no bank account, even under a "Bank details" heading on the row
above: a customer record's "Company" and "Bank details" cards side by side read as one row
("COMPANY   BANK DETAILS", then "Company number   <8 digits>   Account name ...").
BankAccountRecognizer skips a number whose caption right before it on its line names a public
register (company, registration, charity, SRA, VAT number); the account number under the same
heading is still one. Values are invented."""

from tests.helpers import text_layout


def _accounts(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "ACCOUNT_NUMBER"}


def _any(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings}


def test_a_company_number_under_a_bank_details_heading_is_no_account(detector):
    rows = [
        "COMPANY                                      BANK DETAILS",
        "Company number    09317264                   Account name      Penhallow Joinery Ltd",
        "Charity number    1187342                    Account number    40271958",
    ]
    found = _accounts(detector, *rows)
    assert "09317264" not in found and "1187342" not in found, found
    assert "40271958" in found, found


def test_a_company_number_is_no_phone_or_us_bank_number_either(detector):
    """Without the account's reading, the 8 digits opening with 0 passed for a phone number and
    for a US bank number (Presidio's, by the heading's 'bank')."""
    rows = [
        "COMPANY                                      BANK DETAILS",
        "Company number    04718265                   Account name      Penhallow Joinery Ltd",
        "VAT number        GB 284 5613 90             Sort code         30-92-17",
    ]
    found = " | ".join(_any(detector, *rows))
    assert "04718265" not in found and "5613" not in found, found
