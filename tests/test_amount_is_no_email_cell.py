"""An amount is no e-mail address: a cell of one token with a dot passes for an address whose
"@" OCR lost only when it ends in a domain's letters (cells.py `cell_shape_ok`). A ledger's
bank reconciliation showed its amounts ("£1,250.00", "-£63.48") where the customer list's
Email column had stood; the column, remembered, typed them EMAIL_ADDRESS and masked them
(over-masking). Values are invented."""

import pytest

from pipeline.detection.structure.cells import cell_shape_ok


@pytest.mark.parametrize("amount", ["£1,250.00", "-£63.48", "£96.40", "2,860.00", "1.0.4"])
def test_an_amount_or_a_version_is_no_email_cell(amount):
    assert not cell_shape_ok("EMAIL_ADDRESS", amount)


@pytest.mark.parametrize(
    "address", ["wenna@greystone.example", "first.lastgmail.com", "yestin.carbery@marram.co.uk", "ifor@tolvan."]
)
def test_addresses_as_ocr_reads_them_are_email_cells(address):
    assert cell_shape_ok("EMAIL_ADDRESS", address)
