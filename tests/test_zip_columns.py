"""A table's postcode column holds a ZIP code or a German PLZ of five digits alone (a US customer
list's "City | State | ZIP", a German "PLZ | Ort"): models/structure.yaml types the column
ZIP_CODE, which needs a digit, where LOCATION needed a letter and refused every such cell.
Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, rows: list[str]) -> dict[str, str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


@pytest.mark.parametrize(
    "rows, code",
    [
        (
            [
                "Customer              City              State     ZIP        Status",
                "Ann Quennell          Springfield       IL        62704      Active",
            ],
            "62704",
        ),
        (
            [
                "Customer              City              State     Zip code   Orders",
                "Bo Oxborrow           Riverton          WY        82501      12",
            ],
            "82501",
        ),
        (
            [
                "Name                  PLZ      Ort              Telefon",
                "Ann Quennell          80331    Kleinhausen      +49 151 23456781",
            ],
            "80331",
        ),
        (["Nom                   Code postal   Ville", "Ann Quennell          69002         Villeurbanne"], "69002"),
    ],
)
def test_a_postcode_column_of_digits_is_typed(detector, rows, code):
    found = _found(detector, rows)
    assert found.get(code) == "ZIP_CODE", found
    assert not {t for t in found if t in {"Active", "12"} or t.endswith((" Active", " 12"))}, found


def test_a_status_bar_under_a_postcode_column_is_no_postcode(detector):
    rows = [
        "Name                  Postcode      Balance",
        "Ann Quennell          LS6 2AB       £120.00",
        "",
        "                      12 customers",
    ]
    found = _found(detector, rows)
    assert found.get("LS6 2AB") == "ZIP_CODE", found
    assert not {t for t in found if "customers" in t}, found
