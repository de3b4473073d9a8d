"""Software product keys (five groups of five capitals and digits, as Windows and Office print them)
are secrets wherever a screen shows them: a registry editor's value list, a licence dialog, a key
finder's table, a receipt. They are made of a reduced alphabet on purpose (no vowels, no look-alike
digits), so their entropy is too low for the entropy plugins. A product's id, a build string or a
GUID has other groups and stays readable. Keys here are invented."""

from __future__ import annotations

import pytest

from pipeline.detection.detector import Detector
from tests.helpers import text_layout

KEY = "KM7QB-RR2XT-9BKMV-WW7QR-TX22B"


def _found(detector: Detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows",
    [
        # a registry editor's Name | Type | Data list: the value's name is CamelCase, the type between
        [
            "Name                         Type          Data",
            "(Default)                    REG_SZ        (value not set)",
            f"BackupProductKeyDefault      REG_SZ        {KEY}",
            "InactivityShutdownDelay      REG_DWORD     0x00000258 (600)",
        ],
        # a key finder's table and a licence dialog
        [f"Windows 10 Pro     Retail     {KEY}     Installed"],
        [f"Product key  {KEY}", "Activate"],
    ],
)
def test_a_product_key_is_a_secret(detector, rows):
    assert ("SECRET", KEY) in _found(detector, *rows)


@pytest.mark.parametrize(
    "row",
    [
        "ProductId                    REG_SZ        00330-80000-00000-AB123",
        "ServiceSessionId             REG_SZ        {4F2A8B13-7C1D-4E0A-9B3C-5D6E7F8A9B0C}",
        "BuildLab                     REG_SZ        22621.ni_release.220506-1250",
        "Order ABCDE-FGHJK-LMNPQ-RSTVW-XYZAB shipped",  # letters only: no key printed so
    ],
)
def test_other_grouped_ids_are_no_product_key(detector, row):
    assert not any(e == "SECRET" and "-" in v and len(v) == 29 for e, v in _found(detector, row))
