"""A field's identifier in CamelCase with "Id" last is no person (issue 17 precision; class: a
command's output that names its fields as identifiers: klist's "Current LogonId is 0:0x...",
Get-Process's "SessionId", a JSON "tenantId"). Found on the scene win_accounts (corpus35/gate)
scaled to 0.75: spaCy tagged "Current LogonId" a PERSON, the memory learned it and the line was
masked from 46 s to the end. Values are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout

KLIST = [
    r"PS C:\Users\Administrator> klist",
    "Current LogonId is 0:0x3e7a1",
    "Cached Tickets: (1)",
    "#0>     Client: imarsh @ CORP.EXAMPLE.COM",
]


def _persons(detector, *rows: str) -> list[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return [lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"]


def test_klist_s_logon_id_is_no_person(detector):
    assert not _persons(detector, *KLIST)


@pytest.mark.parametrize("name", ["Sayid Hassan", "David Okafor", "Rashid Khan"])
def test_a_name_ending_in_id_is_still_a_person(detector, name):
    assert any(name in p for p in _persons(detector, f"The ticket was assigned to {name} yesterday."))
