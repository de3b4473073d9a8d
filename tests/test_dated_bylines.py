"""An activity timeline's entry headed by its date and the staff member who made it ("<date> ·
<First> <Last>" over "Thank-you call made"): a CRM's donor, customer or case history, a ticket's
audit trail. Found on a variant of the scene donor_crm (corpus38/scn1/v1): a staff member's name
of a given name and a surname no list knows stayed readable 9-24 s; the other, with a known
given name, was found. The date and the separator say what follows is who did it. Values are
invented."""

import pytest

from tests.helpers import text_layout


def _people(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("02/12/2026 · Oyinkansola Thwaitesby", "Oyinkansola Thwaitesby"),
        ("15/11/2026 · Tamsyn Quarrendon-Vale", "Tamsyn Quarrendon-Vale"),
        ("2026-10-28 · Ebubechi Nwadiogbu", "Ebubechi Nwadiogbu"),
        ("3 Oct 2026 · Zephyrine Abernethy", "Zephyrine Abernethy"),
    ],
)
def test_the_staff_member_after_an_entrys_date_is_a_person(detector, header, name):
    found = _people(detector, (960, 0, "ACTIVITY"), (960, 24, header), (960, 40, "Thank-you call made"))
    assert name in found, found


@pytest.mark.parametrize(
    "header",
    [
        "03/10/2026 · Gift Aid",
        "15/11/2026 · Direct Debit",
        "01/12/2026 · Brightwell Energy",
        "28/10/2026 · Winter Appeal",
        "12/11/2026 · Version 2",
    ],
)
def test_an_entrys_kind_after_its_date_stays(detector, header):
    found = _people(detector, (960, 0, "ACTIVITY"), (960, 24, header), (960, 40, "Declaration updated"))
    assert not found, found
