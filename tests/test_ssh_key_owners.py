"""An ssh key file named after its owner ("IdentityFile ~/.ssh/id_ed25519_<first>",
"id_rsa_<i>.<surname>.pub"; OCR reads the "_" before the owner as a space in small text), as
`cat ~/.ssh/config` prints it (scene cli_identities: the key's
owner part was readable 31-36 s). The suffix after the key's algorithm is the owner's login
where a word of it is a given name or a surname, or a word English does not write (a name the
lists lack); a key named for its purpose ("github", "work", "deploy") stays readable. Values are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout


def _found(detector, row: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(row))
    return {lt.text[f.start : f.end] for f in findings}


@pytest.mark.parametrize(
    "row, owner",
    [
        ("    IdentityFile ~/.ssh/id_ed25519_siddharth", "siddharth"),
        ("IdentityFile ~/.ssh/id_rsa_k.okafor.pub", "k.okafor"),
        ("ssh-add ~/.ssh/id_ecdsa-priyanka", "priyanka"),
        ("IdentityFile ~/.ssh/id_ed25519 siddharth", "siddharth"),  # OCR read the "_" as a space
        ("IdentityFile ~/.ssh/id_ed25519_ siddharth", "siddharth"),  # and a space after it (scaled)
        # both underscores read as spaces (cli_identities at 66 %: the owner readable 5 s)
        ("IdentityFile ~/.ssh/id ed25519 siddharth", "siddharth"),
        # a given name the name lists lack, as OCR read it: no English word, so no purpose
        ("IdentityFile ~/.ssh/id_ed25519 tavrek", "tavrek"),
        ("IdentityFile ~/.ssh/id_rsa_ondrasha.pub", "ondrasha"),
        # a given name English writes as often as a word
        ("IdentityFile ~/.ssh/id_ed25519_benjamin", "benjamin"),
    ],
)
def test_an_ssh_key_named_after_its_owner_hides_the_owner(detector, row, owner):
    assert owner in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "IdentityFile ~/.ssh/id_ed25519_github",
        "IdentityFile ~/.ssh/id_rsa_work",
        "IdentityFile ~/.ssh/id_ecdsa_deploy.pub",
        "IdentityFile ~/.ssh/id_rsa_personal",
        "IdentityFile ~/.ssh/id_ed25519_heroku",  # a host the word lists do not know
        "IdentityFile ~/.ssh/id_rsa_main",  # a surname that is a common word
        "IdentityFile ~/.ssh/id_ed25519 backup",
        "IdentityFile ~/.ssh/id ed25519 backup",
    ],
)
def test_an_ssh_key_named_for_its_purpose_stays_readable(detector, row):
    assert not _found(detector, row)
