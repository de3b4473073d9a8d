"""A one-time passcode typed under "Enter your code" (a bank's "Confirm it's you" step, the code
sent by text) is a credential; other text under that caption, and other codes, are not."""

from __future__ import annotations

from tests.test_detect import assert_hidden, assert_visible, detect


def passwords(dets):
    return [d for d in dets if d.entity_type == "PASSWORD"]


def test_a_code_typed_under_enter_your_code_is_hidden(detector):
    rows = [
        (250, 160, "Confirm it's you"),
        (249, 192, "We've sent a 6-digit code by text to your phone ending 4821. It expires in 5 minutes."),
        (275, 236, "Enter your code"),
        (314, 264, "584716"),
        (275, 309, "Send a new code"),
    ]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, dets, "584716")
    for text in ("Enter your code", "Send a new code", "Confirm it's you"):
        assert_visible(layout, dets, text)


def test_a_grouped_code_under_enter_the_six_digit_code(detector):
    layout, dets = detect(detector, (40, 40, "Enter the 6-digit code"), (40, 70, "482 913"))
    assert_hidden(layout, dets, "482 913")


def test_words_and_promotion_codes_under_the_caption_are_no_passcode(detector):
    for rows in (
        [(40, 40, "Enter your code"), (40, 70, "Send a new code")],
        [(40, 40, "Enter your code"), (40, 70, "WELCOME10")],
        [(40, 40, "Enter promo code"), (40, 70, "482913")],
    ):
        layout, dets = detect(detector, *rows)
        assert passwords(dets) == [], rows
