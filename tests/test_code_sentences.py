"""A one-time or door code in the sentence that sends it, with no label before it (scene
sms_messages: a phone's messages listed "<code> is your <Bank> login code" as snippets and
bubbles, and a family thread "the code is <digits>#" for a key safe; all stayed readable). Values
are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ("402817 is your Monzo login code. Don't share it with anyone.", "402817"),
        ("G-730164 is your Google verification code.", "G-730164"),
        ("ok see you at 6, the code is 5183#", "5183#"),
        ("Your code is 906342. It expires in 10 minutes.", "906342"),
        ("Use 227450 to sign in to your account.", "227450"),
    ],
)
def test_a_code_in_the_sentence_that_sends_it_is_a_credential(detector, row, code):
    found = _found(detector, "Messages", row)
    assert any(v == code for _, v in found), found


@pytest.mark.parametrize(
    ("row", "number"),
    [
        ("The error code is 1603 and the installer stopped.", "1603"),
        ("Tracking code: 8841207731", "8841207731"),
        ("Promo code is 2026 for new customers", "2026"),
        ("HTTP status code: 404 Not Found", "404"),
        ("Exit code: 1 after 2048 ms", "2048"),
    ],
)
def test_other_codes_in_a_sentence_stay_readable(detector, row, number):
    found = _found(detector, row)
    assert not {v for _, v in found if number in v}, found
