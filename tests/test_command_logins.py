"""A person's login as the argument of an account command typed at a prompt, and as the system
prints it back (models/recognizers.yaml CommandLoginRecognizer). Values are invented."""

import pytest

from tests.helpers import text_layout


def _logins(detector, row: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(row))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "USERNAME"}


@pytest.mark.parametrize(
    "row, login",
    [
        ("$ sudo passwd ewardlaw", "ewardlaw"),
        ("[sudo] password for ewardlaw:", "ewardlaw"),
        ("Changing password for user ewardlaw.", "ewardlaw"),
        ("$ usermod -aG sudo kpenhaligon", "kpenhaligon"),
        ("$ id rbalogun", "rbalogun"),
        ("uid=1007(rbalogun) gid=1007(rbalogun) groups=1007(rbalogun),27(sudo)", "rbalogun"),
        ("$ su - ewardlaw", "ewardlaw"),
        ("PS C:\\> Get-ADUser -Identity kpenhaligon -Properties *", "kpenhaligon"),
        ("C:\\> net user rbalogun /domain", "rbalogun"),
        ("PS C:\\> Unlock-ADAccount -Identity ewardlaw", "ewardlaw"),
        ("  ✓ Logged in to github.com account quilla-brent7 (keyring)", "quilla-brent7"),
        ("✓ Logged in to git.example.org as ToviMarsh-3 (oauth_token)", "ToviMarsh-3"),
        ("Signed in as ewardlaw.", "ewardlaw"),
    ],
)
def test_a_login_an_account_command_names_is_found(detector, row, login):
    assert login in _logins(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "$ sudo passwd root",
        "$ id -u",
        "$ su -",
        "Your id number is on the card",
        "uid=0(root) gid=0(root)",
        "Signed in as Tovi Marsh to the helpdesk",
        "Logged in to github.com account root (keyring)",
    ],
)
def test_system_accounts_options_and_prose_are_no_logins(detector, row):
    assert not _logins(detector, row)
