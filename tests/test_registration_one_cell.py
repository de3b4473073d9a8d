"""A vehicle registration's shape over a cell gap is two texts, no registration (class: two panels
side by side, a postcode's outward code ending one panel's line and the next panel's heading in
capitals beside it: '<AA99>' + 'GAS SUPPLY'). Found on energy_account (corpus38/scn1), redact
output as recorded: the heading's 'GAS' masked as VEHICLE_REGISTRATION 0-24 s (with the end of
the previous address, which its own label masks), the detector's text joining the two panels'
words with one space. A registration is printed in one cell. Values are invented."""

from __future__ import annotations

from tests.test_detect import make_layout


def _plates(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(make_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "VEHICLE_REGISTRATION"}


def test_a_postcode_and_the_next_panels_heading_are_no_registration(detector):
    assert not _plates(detector, (24, 0, "Previous   14 Kestrel Mews, Farnby QX12     GAS SUPPLY"))


def test_a_registration_in_one_cell_is_still_one(detector):
    assert "QX12 GAS" in _plates(detector, (24, 0, "Vehicle   QX12 GAS     Colour   Blue"))
