"""An operating system's account list (issue 16, corpus_n5 account_settings): each account is its
name over a small caption of its kind ("Local account"), with no label before it. Every value
here is invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from tests.test_detect import CHAR_W, LINE_H, assert_hidden, assert_visible


def _line(text: str, x: int, y: int, h: int, char_w: int = CHAR_W) -> TextLine:
    words, pos = [], x
    for part in text.split(" "):
        words.append(OcrWord(part, Box(pos, y, char_w * len(part), h), 91.0))
        pos += char_w * (len(part) + 1)
    return TextLine(tuple(words))


def _users(login: str) -> Layout:
    """Settings > Accounts > Other users, as OCR read a recorded frame: a Microsoft account's
    card, then a local account's: the login (x-height letters only, so its box is shorter than the
    caption's) over 'Local account' in smaller type, its role far right. OCR joined the login's
    line with the avatar's initial (read 'ie', a tall box) and a side bar's item lower down."""
    joined = TextLine(
        (
            OcrWord("Personalisation", Box(28, 380, 101, 13), 91.0),
            OcrWord("ie", Box(336, 368, 40, 40), 40.0),
            OcrWord(login, Box(390, 376, 42, 10), 91.0),
        )
    )
    return Layout(
        (
            _line("Other users", 320, 270, 15, 9),
            _line("Leah Quayle", 390, 306, 13, 9),
            _line("leah.quayle@example.org", 390, 324, 12, 6),
            joined,
            _line("Administrator", 1119, 382, 12, 6),
            TextLine((OcrWord("Local", Box(390, 391, 29, 12), 91.0), OcrWord("account", Box(422, 393, 45, 10), 91.0))),
            _line("Set up a kiosk", 320, 440, 15, 9),
        )
    )


def test_a_login_over_its_local_account_caption_is_a_username(detector):
    """The login (a word of no shape: no digit, no dot, no '@') over 'Local account' stayed
    readable: no label before it, no recognizer's shape (fails before)."""
    layout = _users("owenq")
    dets = detector.detect(layout)
    assert_hidden(layout, dets, "owenq", 3)
    for row, text in ((5, "Local account"), (4, "Administrator"), (6, "Set up a kiosk"), (3, "Personalisation")):
        assert_visible(layout, dets, text, row)


def test_a_display_name_over_a_domain_account_caption_is_found(detector):
    layout = Layout(
        (
            _line("Users", 0, 0, LINE_H),
            _line("Tamsin Ferrow", 40, 30, LINE_H),
            _line("Domain user", 40, 50, 12, 7),
        )
    )
    dets = detector.detect(layout)
    assert_hidden(layout, dets, "Tamsin Ferrow", 1)


def test_settings_words_over_the_caption_and_a_line_under_it_stay_readable(detector):
    """A card's title over its 'Local account' subtitle is no name, and the caption takes no value
    below it (the next heading); a sentence holding the words is no caption."""
    layout = Layout(
        (
            _line("Account type", 320, 0, LINE_H),
            _line("Local account", 320, 20, 12, 7),
            _line("Adjust your photo", 320, 44, LINE_H),
            _line("Sign in with a local account instead", 320, 90, LINE_H),
            _line("Reports", 320, 130, LINE_H),
        )
    )
    dets = detector.detect(layout)
    assert not [d for d in dets if d.entity_type == "USERNAME"]
    for row, text in ((0, "Account type"), (2, "Adjust your photo"), (4, "Reports")):
        assert_visible(layout, dets, text, row)
