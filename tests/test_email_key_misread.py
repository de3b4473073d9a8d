"""A JSON key "email" whose last letter OCR read as "1" (class: JSON viewers' raw views and API
replies in small monospace type, scaled recordings): '"emai1":"<address>"', the address's "@"
read as "e" as well. The key still names an e-mail address. Values are invented."""

from tests.helpers import values_found


def test_an_email_key_read_with_a_one(detector):
    row = '"name":{"given":"Tobias","family":"Quennell"},"emai1":"tquennellegmail.com","phone":"+44 7700 900461"'
    found = values_found(detector, row)
    assert found.get("tquennellegmail.com") == "EMAIL_ADDRESS", found


def test_a_one_after_mai_in_prose_is_no_key(detector):
    found = values_found(detector, "Remai1 batch queued at 09:14 for tquennellegmail.com")
    assert found.get("tquennellegmail.com") != "EMAIL_ADDRESS", found
