"""A directory's people as LDAP tools print them (scene ldap_directory: `ldapsearch -x -LLL` prints
LDIF, one 'attribute: value' a line, the attribute's name the only caption): a surname alone on
its 'sn:' line (double-barrelled or not), the search filter's surname typed at the prompt
('(sn=<Last>*)') and an entry's login in its DN as OCR reads a terminal's DN ('uid=<login>, ou=...')
and on its 'uid:' line stayed readable. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows, kind, value",
    [
        (("sn: Trewhella",), "PERSON", "Trewhella"),
        (("sn: Trewhella-Baines",), "PERSON", "Trewhella-Baines"),
        (("givenName: Morwenna",), "PERSON", "Morwenna"),
        (("displayName: Morwenna Trewhella",), "PERSON", "Morwenna Trewhella"),
        (
            ("admin@dir-01:~$ ldapsearch -x -LLL -b ou=people, ou=staff ,dc=example,dc=org '(sn=Trewhella*) '",),
            "PERSON",
            "Trewhella",
        ),
        (("ldapsearch -x -LLL '(&(objectClass=person)(givenName=Morwenna))' mail",), "PERSON", "Morwenna"),
        (("dn: uid=mtrewhella, ou=people, ou=staff ,dc=corp,dc=example,dc=org",), "USERNAME", "mtrewhella"),
        (("uid: mtrewhella",), "USERNAME", "mtrewhella"),
        (("sAMAccountName: MTrewhella",), "USERNAME", "MTrewhella"),
        (("ldapsearch -x -LLL '(uid=mtrewhella)' mail",), "USERNAME", "mtrewhella"),
    ],
)
def test_a_person_in_a_directory_entry_or_filter_is_found(detector, rows, kind, value):
    assert (kind, value) in _found(detector, *rows)


@pytest.mark.parametrize(
    "row",
    [
        "  uid: 7c1e04b2-5a9d-4f3e-9b61-2d8c0a7e4f19",
        "uid: c1e04b2a-5a9d-4f3e-9b61-2d8c0a7e4f19",
        "SN: 4CE0461KXZ",
        "cn: admins",
        "uid: root",
        "ldapsearch -x -LLL '(objectClass=posixGroup)' cn",
        "ldapsearch -x -LLL '(uid=*)' dn",
        "objectClass: inetOrgPerson",
    ],
)
def test_directory_lines_without_a_person_stay(detector, row):
    assert not {v for e, v in _found(detector, row) if e in ("PERSON", "USERNAME")}
