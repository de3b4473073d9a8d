"""A code after 'the code is' cut short at its line's end (scene sms_messages, corpus38/me2: a key
safe's code in a family thread's bubble, the mouse pointer resting on its last digit; OCR read the
three digits before the pointer and stopped, so the four-digit pattern passed them, and three of
four digits stayed readable 0-6.8 s, which the gate blocked as a piece of the code seen in the
thread list's snippet). Three digits ending the line are a code; three digits inside a sentence,
and the codes of other things, stay text. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ("ok see you at 6, the code is 518", "518"),
        ("The padlock code is 472", "472"),
        ("PIN: 309", "309"),
    ],
)
def test_three_digits_ending_the_line_after_code_is(detector, row, code):
    found = _found(detector, "Messages", row)
    assert ("PASSWORD", code) in found, found


@pytest.mark.parametrize(
    ("row", "number"),
    [
        ("the code is 518 metres from the gate", "518"),
        ("HTTP status code: 404", "404"),
        ("The exit code is 137", "137"),
        ("Area code: 020", "020"),
        ("Order code is 555", "555"),
    ],
)
def test_three_digits_of_other_codes_stay_readable(detector, row, number):
    found = _found(detector, row)
    assert not {v for _, v in found if number in v}, found
