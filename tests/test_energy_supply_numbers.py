"""An energy supplier's account as its agents see it: the electricity supply number (MPAN) in its
boxed two-row layout (the supply's profile, meter time-switch and line-loss codes over the
13-digit core, "<2> <4> <4> <3>", with no caption on the core's row), the core beside "MPAN
core", the gas meter point reference (MPRN) and the meters' serial numbers beside their
captions. Whoever reads them can move the supply or read its use. Values are invented (the
cores carry a valid check digit)."""

import pytest

from pipeline.detection.recognizers.meters import mpan_check_ok
from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=7))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def _covered(found: set[tuple[str, str]], value: str) -> bool:
    return any(e == "ACCOUNT_NUMBER" and value in v for e, v in found)


def test_check_digit():
    assert mpan_check_ok("1644027183958")
    assert not mpan_check_ok("1644027183957")
    assert not mpan_check_ok("164402718395")


@pytest.mark.parametrize("core", ["16 4402 7183 958", "23 0719 8455 618"])
def test_the_boxed_core_under_the_supply_codes_is_covered(detector, core):
    rows = [(366, 0, "Supply number (MPAN)"), (372, 24, "S 01 801 101"), (372, 48, core), (366, 80, "Meter type")]
    assert _covered(_found(detector, *rows), core)


def test_the_core_on_one_line_with_its_codes_is_covered(detector):
    found = _found(detector, (0, 0, "Supply number S 01 801 101 01 7733 4021 885"))
    assert _covered(found, "01 7733 4021 885"), found


@pytest.mark.parametrize(
    ("caption", "value"),
    [
        ("MPAN core", "1644027183958"),
        ("MPRN", "8725904116"),
        ("Meter point reference", "74100382"),
        ("Meter serial", "19P3385012"),
        ("Meter serial", "E6S1120938471"),
        ("Gas meter serial no.", "G4K00731228A"),
    ],
)
def test_a_supply_number_beside_its_caption_is_covered(detector, caption, value):
    rows = [(24, 0, "Tariff"), (200, 0, "Fixed Saver"), (24, 21, caption), (200, 21, value)]
    assert _covered(_found(detector, *rows), value)


@pytest.mark.parametrize(
    "rows",
    [
        # a product's barcode, a spaced number whose check digit fails, a meter's type
        [(0, 0, "EAN 5012345678900 Qty 2")],
        [(0, 0, "Ref 16 4402 7183 957 logged")],
        [(24, 0, "Meter type"), (142, 0, "Smart meter (SMETS2)")],
        [(24, 0, "Meter serial"), (142, 0, "Not recorded")],
    ],
)
def test_other_numbers_and_captions_stay(detector, rows):
    found = _found(detector, *rows)
    assert not any(e == "ACCOUNT_NUMBER" for e, _ in found), found
