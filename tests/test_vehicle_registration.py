"""A vehicle's registration linked to a person (a motor insurer's portal, a car-hire or parking
back office) is personal data: VEHICLE_REGISTRATION. The UK's current plate in capitals alone
("AB12 CDE", drawn on a yellow plate), the older prefix and suffix formats beside a context word,
and any country's plate under or beside its caption. Part numbers, paper sizes and a company's
registration number are none."""

from __future__ import annotations

import pytest

from tests.test_detect import find_chars, make_layout


def _found(detector, rows: list[str | tuple[int, int, str]], value: str, row: int | None = None) -> bool:
    layout = make_layout(*rows)
    dets = [d for d in detector.detect(layout) if d.entity_type == "VEHICLE_REGISTRATION"]
    boxes = find_chars(layout, value, row)
    return bool(boxes) and all(any(d.box.contains(b) for d in dets) for b in boxes)


@pytest.mark.parametrize(
    ("rows", "value"),
    [
        # motor_claim (corpus_n5): the insured car's plate drawn alone, "UK" on its blue band
        (["Your vehicle MOT valid", "UK AY21 BFM"], "AY21 BFM"),
        (["Make and model Nissan Qashqai 1.3 DIG-T", "Registration LV69 KXP"], "LV69 KXP"),
        # the third party's older plate typed into the box under its caption
        (["Third party name Third party phone Third party registration", (860, 36, "M612 RCV")], "M612 RCV"),
        (["Third party pulled out, reg M612 RCV, witness saw it."], "M612 RCV"),
        (["Vehicle: Ford Escort ABC 123D"], "ABC 123D"),
        (["Kennzeichen", "B-AB 1234"], "B-AB 1234"),
        (["Licence plate: AB-123-CD"], "AB-123-CD"),
        (["VRM", "WF18ZTX"], "WF18ZTX"),
    ],
)
def test_a_registration_is_found(detector, rows, value):  # noqa: F811
    assert _found(detector, rows, value)


@pytest.mark.parametrize(
    "rows",
    [
        ["Print to A4 PDF or save to the K8 USB stick"],
        ["Registration: Regular", "Usual GP: Dr Emma Walters"],
        ["Registration date 12/05/2026"],
        ["Company registration number 08123456"],
        ["Model SN74 HCT595 driver", "Order PO 4471 ABC"],
        ["IBAN GB29 NWBK 6016 1331 9268 19"],
    ],
)
def test_shapes_of_other_things_are_no_registration(detector, rows):  # noqa: F811
    layout = make_layout(*rows)
    assert not [d for d in detector.detect(layout) if d.entity_type == "VEHICLE_REGISTRATION"]


@pytest.mark.parametrize(
    ("rows", "value"),
    [
        # motor_claim (corpus_n5): the vehicle card's VIN beside its caption, read whole
        (["VIN SJNWW6JC04U294053", "Registered keeper"], "SJNWW6JC04U294053"),
        (["Chassis number", "WF0XXXGCDX1234567"], "WF0XXXGCDX1234567"),
        (["Vehicle identification number: VNKKL3D360A123456"], "VNKKL3D360A123456"),
    ],
)
def test_a_vin_beside_its_caption_is_found(detector, rows, value):  # noqa: F811
    layout = make_layout(*rows)
    dets = [d for d in detector.detect(layout) if d.entity_type == "VIN"]
    assert all(any(d.box.contains(b) for d in dets) for b in find_chars(layout, value))


def test_seventeen_characters_without_a_vin_caption_are_no_vin(detector):  # noqa: F811
    layout = make_layout("VIN Not recorded", "Serial number 5CG1234ABCDEFGH12", "Build 22621ABCDEF0123")
    assert not [d for d in detector.detect(layout) if d.entity_type == "VIN"]
