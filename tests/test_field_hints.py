"""A line of help between a field's label and its input box ("Account number / 8 digits /
[85961148]", "Share code / From the Home Office ... / [LRE ULV N43]"), as GOV.UK's, banks' and HR
products' forms set them: the value is the one typed in the box under the hint. OCR words and
input boxes as the analysis hands them to detection (a form of an onboarding wizard)."""

from __future__ import annotations

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, InputField, Layout, OcrWord
from pipeline.detection.memory import ValueMemory
from tests.test_form_rows import _typed, _words

HINT = 12  # the hint is set smaller than the label
SHARE_HINT = "From the Home Office 'Prove your right to work' service"


def _form(label: str, hint: str, value: str, *, field: bool = True, below: tuple[str, str] | None = None) -> Layout:
    """`label` at y=100, `hint` under it, the input box under the hint holding `value`; `below`:
    the next field's label and value further down (its own box)."""
    words = _words((96, 100, label)) + _words((96, 119, hint), height=HINT)
    boxes = []
    if value:
        words += _words((107, 148, value))
    if field:
        boxes.append(Box(101, 140, 300, 30))
    if below:
        words += _words((96, 190, below[0])) + _words((107, 218, below[1]))
        boxes.append(Box(101, 210, 300, 30))
    return Layout(group_lines(words).lines, tuple(InputField(b) for b in boxes))


def test_the_value_in_the_field_under_a_hint_is_the_label_s(detector):  # noqa: F811
    """hr_onboarding (corpus_n5): "Account number", the hint "8 digits", the number typed in the
    box; found nowhere while typed, it was not remembered, and the review page's "Account
    number" (read "Account nember" under the pointer) left it readable."""
    hits = _typed(detector, _form("Account number", "8 digits", "85961148"), ValueMemory())
    assert ("ACCOUNT_NUMBER", "85961148") in hits
    hits = _typed(detector, _form("Sort code", "For example, 30-94-57", "73-35-72"), ValueMemory())
    assert ("SORT_CODE", "73-35-72") in hits
    memory = ValueMemory()
    hits = _typed(
        detector, _form("Share code", "From the Home Office 'Prove your right to work' service", "LRE ULV N43"), memory
    )
    assert ("SECRET", "LRE ULV N43") in hits


def test_a_neighbour_field_s_border_read_before_the_value_is_no_word_of_it(detector):  # noqa: F811
    """hr_onboarding's bank step: "Sort code" and "Account number" side by side, each over its
    hint and box; the sort code box's right edge was read ")" and joined the account number's
    line (") 85961148"), so no prefix of the run was a number."""
    words = _words((281, 280, "Sort code"), (619, 280, "Account number"))
    words += _words((281, 297, "6 digits"), (619, 297, "8 digits"), height=HINT)
    words += _words((597, 311, ")"), (610, 314, "85961148"), (290, 320, "73-35-72"))
    fields = (InputField(Box(285, 312, 314, 25)), InputField(Box(619, 312, 322, 26)))
    hits = _typed(detector, Layout(group_lines(words).lines, fields), ValueMemory())
    assert {("ACCOUNT_NUMBER", "85961148"), ("SORT_CODE", "73-35-72")} <= hits


def test_a_share_code_beside_its_caption_is_a_secret(detector):  # noqa: F811
    """The wizard's summary: "Share code   W4K 8JP N2R" on one row."""
    words = _words((281, 563, "Share code"), (451, 563, "W4K 8JP N2R"))
    assert ("SECRET", "W4K 8JP N2R") in _typed(detector, group_lines(words), ValueMemory())


def test_a_hint_takes_no_value_from_elsewhere(detector):  # noqa: F811
    """The hint is passed over only for the box right under it: with the label's box empty the
    next field's value is not the label's; with no box under the hint, a number lower down is
    not; a hint that does not start where the label starts is none; "Share code" words in prose
    take no value."""
    hits = _typed(detector, _form("Account number", "8 digits", "", below=("Quantity", "40221378")), ValueMemory())
    assert not any(entity == "ACCOUNT_NUMBER" for entity, _ in hits)
    hits = _typed(detector, _form("Account number", "8 digits", "85961148", field=False), ValueMemory())
    assert ("ACCOUNT_NUMBER", "85961148") not in hits
    words = _words((96, 100, "Share code snippet"), (96, 119, "Copies a link for 30 days"))
    assert not any(entity == "SECRET" for entity, _ in _typed(detector, group_lines(words), ValueMemory()))


def test_a_label_whose_last_word_is_misread_is_still_that_label(detector):  # noqa: F811
    """hr_onboarding's review page: the pointer over "Account number" made it read "Account
    nember" (its box taller, the pointer's tip a line of its own above it). "Account" alone read
    right is a label too, whose value was then the word "nember": no value, and the number on
    the row's right stayed readable. A misread word the longer label goes on with is part of it;
    the value must still have its shape."""

    def review(label: str, value: str) -> set[tuple[str, str]]:
        words = [
            OcrWord("Sort", Box(281, 391, 25, 11), 90.0),
            OcrWord("code", Box(309, 391, 24, 11), 90.0),
            OcrWord("73-35-72", Box(451, 391, 48, 11), 90.0),
            OcrWord(">", Box(334, 400, 7, 6), 40.0),
            OcrWord(label.split()[0], Box(280, 404, 50, 17), 90.0),
            OcrWord(label.split()[1], Box(333, 406, 37, 13), 90.0),
            OcrWord(value, Box(451, 409, 54, 11), 90.0),
        ]
        return _typed(detector, group_lines(words), ValueMemory())

    assert ("ACCOUNT_NUMBER", "85961148") in review("Account nember", "85961148")
    assert ("ACCOUNT_NUMBER", "85961148") in review("Account number", "85961148")
    assert not any(entity == "ACCOUNT_NUMBER" for entity, _ in review("Account nember", "Closed"))


def test_a_share_code_being_typed_is_a_secret_from_its_first_characters(detector):  # noqa: F811
    """hr_onboarding recorded with other values: the share code typed key by key into its box
    under the hint, and the wizard moved on 0.3 s after the last key, so no analysed frame held
    the whole code and none of the part-typed ones matched its shape: the code was readable as
    it was typed. A part of a code (its first three characters on) is the code's secret too."""
    for typed in ("QTX", "QTX 7", "QTX 7MB", "QTX 7MB K"):
        hits = _typed(detector, _form("Share code", SHARE_HINT, typed), ValueMemory())
        assert ("SECRET", typed) in hits, (typed, hits)


def test_a_share_code_box_s_own_words_are_no_part_typed_code(detector):  # noqa: F811
    """Lower-case words and a word of two letters under the label stay readable."""
    hits = _typed(detector, _form("Share code", SHARE_HINT, "Enter it here"), ValueMemory())
    assert not any(entity == "SECRET" for entity, _ in hits), hits
