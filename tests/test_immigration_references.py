"""A visa's and an immigration case's references beside their captions (a caseworker's console, a
sponsor's HR system): each one person's, masked as the document numbers they are
(models/detection.yaml labels national_id). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "caption, value",
    [
        ("CoS reference", "E7K2041183V"),  # a Certificate of Sponsorship's, letters among the digits
        ("Certificate of Sponsorship", "D4F8829017Q"),
        ("BRP number", "ZR1234567"),
        ("GWF number", "GWF071234567"),
    ],
)
def test_an_immigration_reference_beside_its_caption_is_masked(detector, caption, value):
    found = _found(
        detector, (36, 0, "Employer"), (262, 0, "Northgate Care Homes Ltd"), (36, 20, caption), (262, 20, value)
    )
    assert any(value in v for _, v in found), found


def test_a_cosine_is_no_reference(detector):
    assert not _found(detector, "Cos 0.5 radians is about 0.878")
