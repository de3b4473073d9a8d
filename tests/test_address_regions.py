"""Address lines our address parser (pyap2: US, UK, Canada) does not know: Australian "Suburb STATE
1234" lines, Irish Eircodes, US military mail (APO/FPO/DPO, unit and box, a ship)
(models/recognizers.yaml, detection.yaml's postcode labels). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, value",
    [
        ("Deliver to: Unit 9, Wattle Grove, Bexhill NSW 2480", "Bexhill NSW 2480"),
        ("Tarragindi QLD 4121", "Tarragindi QLD 4121"),
        ("3 Fitzwilliam Lane, Dublin 4, D04 V2N9", "D04 V2N9"),
        ("Eircode: H91 E2K3", "H91 E2K3"),
        ("Lane Cove West, NSW, 2066", "Lane Cove West, NSW, 2066"),  # a form's fields joined by commas
        # US military mail: the post office line, and the unit or ship line above it
        ("Unit 8812 Box 4410", "Unit 8812 Box 4410"),
        ("PSC 1177, Box 2085", "PSC 1177, Box 2085"),
        ("APO AE 09213", "APO AE 09213"),
        ("USNS Whitcombe", "USNS Whitcombe"),
    ],
)
def test_australian_suburb_lines_and_irish_eircodes_are_found(detector, row, value):
    assert any(v == value or value in v for e, v in _found(detector, row) if e in ("ADDRESS", "ZIP_CODE")), value


@pytest.mark.parametrize(
    "row",
    [
        "Build 4121 passed on WA 2034 runner",
        "Dublin 2, Version 1 release",
        "Error SA 1234: retry",
        "ACT 2030 plan",
        "USB hub on port 2",
    ],
)
def test_state_letters_and_codes_in_technical_text_are_no_address(detector, row):
    assert not {v for e, v in _found(detector, row) if e in ("ADDRESS", "ZIP_CODE")}
