"""An e-mail address said aloud and written down in a voicemail's or a call's transcript ("it's
<first> dot <last> at outlook dot com"): found on the lead's scene softphone_calls, readable
the whole recording (EMAIL_ADDRESS, and the caller's first name inside it). Values are
invented."""

import pytest

from tests.helpers import text_layout


def _emails(detector, row: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(row))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "EMAIL_ADDRESS"}


@pytest.mark.parametrize(
    "row, address",
    [
        (
            "drop me an email, it's eluned dot prothero at outlook dot com. Thanks, bye.",
            "eluned dot prothero at outlook dot com",
        ),
        ("my email is j dot okafor at gmail dot com", "j dot okafor at gmail dot com"),
        (
            "email kaveh underscore r at btinternet dot co dot uk please",
            "kaveh underscore r at btinternet dot co dot uk",
        ),
    ],
)
def test_an_email_address_said_aloud_is_found(detector, row, address):
    assert address in _emails(detector, row)


@pytest.mark.parametrize("row", ["We meet at noon in the lobby", "Look at the new pricing page", "Dot at the top"])
def test_prose_with_at_is_no_email(detector, row):
    assert not _emails(detector, row)
