"""A mobile line's and a device's numbers beside their captions: a carrier's agent desktop shows
the SIM's ICCID (19-20 digits), the handset's IMEI (15 digits), and after "Show" the PUK and the
PAC (porting code: whoever reads it can move the number away); a vet's patient record shows the
pet's microchip (15 digits). No caption of theirs was a label, and "SIM ICCID" itself was read
as a person's name. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    ("caption", "value", "entity"),
    [
        ("SIM ICCID", "8944200311749026538", "ACCOUNT_NUMBER"),
        ("ICCID", "8935 3012 4477 1029 384", "ACCOUNT_NUMBER"),
        ("IMEI", "35-209900-176148-1", "ACCOUNT_NUMBER"),
        ("PUK code", "61820374", "PASSWORD"),
        ("PAC code", "QWT418275", "PASSWORD"),
        ("STAC", "530911RSQ", "PASSWORD"),
        ("Microchip", "826098741235560", "ACCOUNT_NUMBER"),
    ],
)
def test_a_line_or_device_number_beside_its_caption_is_covered(detector, caption, value, entity):
    rows = [(341, 0, "Mobile number"), (453, 0, "07700 900 418"), (341, 21, caption), (453, 21, value)]
    assert (entity, value) in _found(detector, *rows)


def test_a_code_with_its_validity_beside_it_is_covered(detector):
    found = _found(detector, (341, 0, "PAC code"), (453, 0, "KLM604112 valid 30 days"))
    assert any(e == "PASSWORD" and v.startswith("KLM604112") for e, v in found), found


def test_the_caption_itself_is_no_name(detector):
    found = _found(detector, (341, 0, "SIM ICCID"), (453, 0, "8944200311749026538"))
    assert not any(e == "PERSON" for e, _ in found), found


@pytest.mark.parametrize(("caption", "value"), [("Apple chip", "M2 Pro"), ("PAC code", "Request a new code")])
def test_no_number_beside_the_caption_stays(detector, caption, value):
    found = _found(detector, (0, 0, caption), (150, 0, value))
    assert not found, found
