"""Two shapes OCR and apps give a person's account, found on the first recordings of two screen
classes (values are invented):

- a payment app's activity feed (scene payment_activity): each payment's counterparty over a
  handle capitalised with hyphens, as Venmo makes it ("@<First>-<Last>-<n>"); the lower-case
  mention rule left it, and a handle whose surname is a common word stayed readable 0-21 s;
- a remote-support console's session list (scene remote_session): the logged-on user
  "<DOMAIN>\\<login>" in a small font, whose backslash OCR read as "i" or dropped
  ("<DOMAIN>i<login>", "<DOMAIN><login>"): the login stayed readable 0-26 s.
"""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize("handle", ["@Nadia-Ray-54", "@Aoife-Ni-Bhriain-7", "@Tomi_Adebayo", "@Priya-Venkat"])
def test_a_capitalised_handle_with_hyphens_is_a_username(detector, handle):
    found = _found(detector, "You paid someone", handle, "rent December")
    assert ("USERNAME", handle) in found, found


def test_annotations_decorators_and_razor_stay_readable(detector):
    found = _found(detector, "@Override", '@SuppressWarnings("unchecked")', "@Html.Raw(Model.Body)", "@Test")
    assert not {v for e, v in found if e == "USERNAME"}, found


@pytest.mark.parametrize(
    "cell, login",
    [
        ("NORTHWINDipmorgan", "ipmorgan"),
        ("FABRIKAMtobrien", "tobrien"),
        ("CONTOSO|jbloggs", "jbloggs"),
    ],
)
def test_a_domain_login_whose_backslash_ocr_misread_is_a_login(detector, cell, login):
    row = f"Aisling Hart   Harbour Dental Ltd   DESKTOP-7F3K2L9   {cell}   198.51.100.23   Online now"
    found = _found(detector, row)
    assert ("USERNAME", login) in found, found


def test_products_and_acronyms_before_lower_case_stay_readable(detector):
    found = _found(detector, "Open NHSmail in SQLite over HTTPS; IDs, PDFs and URLs; VMware Tools; iOS")
    assert not {v for e, v in found if e == "USERNAME"}, found
