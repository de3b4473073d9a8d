"""A street named without its house number in an account of a journey: a motor claim's "what
happened?" box ("Third party pulled out of <Name> Path into my lane"), an incident report's
"turning left into <Name> Loop". Before, only a street type that names no technical thing after
"near", "off" or "along" made a street, so such a street stayed readable unless NER happened to
call its words a person (scene motor_claim with other seeded values: the street named in the
account was readable 22-29 s). A verb of moving along roads and a direction ("pulled out of",
"turned into", "reversing onto", "the junction of") makes the capitalised words after it a
street when they end in a street type, a technical-sounding one too; toggles, fetches, git
branches and disks named like streets stay readable. Values are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout


def _addresses(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "ADDRESS"}


@pytest.mark.parametrize(
    "rows, street",
    [
        (
            ["What happened?", "Third party pulled out of Quenby Path into my lane. Witness Ada Rolfe saw it."],
            "Quenby Path",
        ),
        (["The van was turning left into Ashdown Loop when it hit the bollard"], "Ashdown Loop"),
        (["Reversing onto Tillery Row the driver did not see the cyclist"], "Tillery Row"),
        (["Collision at the junction of Marrick Field and the A614"], "Marrick Field"),
        (["I was cycling along Brenchley Run at about 8am"], "Brenchley Run"),
        (["The other car swerved across Pevensey Crescent and mounted the kerb"], "Pevensey Crescent"),
    ],
)
def test_a_street_in_an_account_of_a_journey_is_an_address(detector, rows, street):
    assert any(street in found for found in _addresses(detector, *rows))


@pytest.mark.parametrize(
    "row",
    [
        "Turned on Screen Lock for all managed devices",
        "Turned off Auto Run in the policy",
        "Pulled up Customer View for the ticket",
        "Pulled from Origin Branch at 10:42",
        "Merged and pulled into Release Branch",
        "Files came from Shared Drives and Google Drive",
        "Walk through Setup Wizard to finish",
        "Drag the file into Data Path",
    ],
)
def test_toggles_fetches_and_branches_named_like_streets_stay_readable(detector, row):
    assert not _addresses(detector, row)
