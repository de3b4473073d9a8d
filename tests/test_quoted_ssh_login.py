"""A login in an ssh command quoted in a sentence (macOS Sharing > Remote Login: 'To log in to
this computer remotely, type “ssh <login>@<ip>”.'; scene mac_users). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row",
    [
        "To log in to this computer remotely, type “ssh tquilty@192.168.1.40”.",
        'To log in to this computer remotely, type "ssh tquilty@192.168.1.40".',
        "Run “ssh tquilty@nas01”, then enter your password.",
        "(ssh tquilty@10.0.0.5)",
    ],
)
def test_a_login_in_a_quoted_ssh_command_is_a_username(detector, row):
    assert ("USERNAME", "tquilty") in _found(detector, row)


def test_a_system_account_or_an_address_in_a_sentence_is_no_login_of_its_own(detector):
    found = _found(detector, "Type “ssh root@192.168.1.40”. Write to tquilty@example.org.")
    assert ("USERNAME", "root") not in found, found
    assert ("EMAIL_ADDRESS", "tquilty@example.org") in found, found
