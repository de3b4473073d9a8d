"""A random key alone on its line whose letters hold a single digit: a signing secret typed into
a JWT debugger's field ("<prefix>-<8>-<12>" of capitals and small letters, one digit), with no
word naming a secret on its line. detect-secrets' entropy found it random enough, but a bare
token needed two capitals, two small letters and two digits (ids mix less), so it stayed readable
(jwt_debugger at 75 %). About one random key of 25 characters in fifteen holds one digit or none.
Values are invented."""

from __future__ import annotations

import pytest

from pipeline.detection.recognizers.secrets import DetectSecretsRecognizer
from tests.helpers import text_layout


@pytest.fixture(scope="module")
def recognizer() -> DetectSecretsRecognizer:
    return DetectSecretsRecognizer()


def found(recognizer: DetectSecretsRecognizer, text: str) -> set[str]:
    return {text[r.start : r.end] for r in recognizer.analyze(text, ["SECRET"])}


@pytest.mark.parametrize(
    "key",
    [
        "rtk-7HqwPLeM-xNfaRbUvKsDo",  # a prefix, then groups: one digit
        "QvLmTnsXoPbEwKa4rHdgcYuZj",  # no prefix
    ],
)
def test_a_long_key_of_both_cases_with_one_digit_is_a_secret(recognizer, key: str):
    assert found(recognizer, key) == {key}


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft.WindowsCalculator_8wekyb3d8bbwe",  # a package family: one capital or two
        "ContosoDesktopUpdaterService4Windows",  # glued words
        "x86_64-linux-gnu-gcc-12-plugin-dev",  # no capitals
        "QvLmTnsX4PbEwKa",  # short
    ],
)
def test_ids_with_one_digit_stay(recognizer, text: str):
    assert found(recognizer, text) == set()


def test_the_key_in_a_signature_box_is_masked(detector):
    lt, findings = detector.find_spans(
        text_layout(
            "VERIFY SIGNATURE",
            "HMACSHA256(",
            "  base64UrlEncode(header) + '.' +",
            "  base64UrlEncode(payload),",
            "  rtk-7HqwPLeM-xNfaRbUvKsDo",
            ") secret base64 encoded",
        )
    )
    assert any(f.entity_type == "SECRET" and "rtk-7HqwPLeM-xNfaRbUvKsDo" in lt.text[f.start : f.end] for f in findings)
