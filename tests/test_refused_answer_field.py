"""A form after a failed submit (issue 16; class: sign-up and application forms that come back with
an error summary and, at each refused field, a red message between the label's hint and the input
box still holding the answer: "Date of birth / For example, 27/3/2007 / Error: You must be 18 or
over ... / [answer]"). The label's value is the answer in the box under the hint and the message.
OCR words and input boxes as the analysis hands them to detection. Invented values."""

from __future__ import annotations

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, InputField, Layout
from pipeline.detection.memory import ValueMemory
from tests.helpers import cell_words as _words
from tests.helpers import text_layout
from tests.test_form_rows import _typed

HINT = 12


def _refused(label: str, hint: str, message: str, value: str, *, box: bool = True) -> Layout:
    """`label` at y=434, its hint, the red message, then the box holding `value` (x as drawn:
    the label, hint and message indented past the red bar, the box a pixel further)."""
    words = _words((312, 434, label)) + _words((312, 457, hint), height=HINT)
    words += _words((312, 480, message)) + _words((323, 512, value))
    boxes = (InputField(Box(317, 505, 192, 30)),) if box else ()
    return Layout(group_lines(words).lines, boxes)


def test_a_refused_date_of_birth_under_its_message_is_the_label_s(detector):
    layout = _refused(
        "Date of birth",
        "For example, 27/3/2007",
        "Error: You must be 18 or over to apply",
        "21/06/2011",
    )
    assert ("DATE_OF_BIRTH", "21/06/2011") in _typed(detector, layout, ValueMemory())


def test_a_refused_national_insurance_number_without_its_letter(detector):
    layout = _refused(
        "National Insurance number",
        "You will find it on a payslip or a P60",
        "Error: Enter a National Insurance number in the correct format",
        "JT 40 71 83",
    )
    assert ("UK_NINO", "JT 40 71 83") in _typed(detector, layout, ValueMemory())


def test_no_box_under_the_message_takes_no_value(detector):
    """Without an input box under them the lines are no hint and message of a field: a number
    lower down in the page's text is not the label's."""
    layout = _refused(
        "Date of birth",
        "For example, 27/3/2007",
        "Error: You must be 18 or over to apply",
        "21/06/2011",
        box=False,
    )
    assert ("DATE_OF_BIRTH", "21/06/2011") not in _typed(detector, layout, ValueMemory())


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_an_error_summary_quoting_refused_answers_hides_them_whole(detector):
    """The summary over the form: each message quotes the answer it refused, whatever its shape
    (an address without its dot, a number without its letter, a mobile a digit short)."""
    found = _found(
        detector,
        "Check these answers",
        "'corwen.ashby@fastmailcom' is not a valid email address",
        "'07288 51234' is not a valid UK mobile number - it should have 11 digits",
        "Error: 'JT 40 71 83' is not a valid National Insurance number",
    )
    assert ("EMAIL_ADDRESS", "corwen.ashby@fastmailcom") in found
    assert ("PHONE_NUMBER", "07288 51234") in found
    assert ("UK_NINO", "JT 40 71 83") in found


def test_a_quoted_word_before_is_not_valid_without_a_field_name_stays(detector):
    found = _found(detector, "'Continue' is not a valid choice here", '"Monday" is not a valid option')
    assert not any(text in ("Continue", "Monday") for _, text in found)


def test_a_date_quoted_by_an_age_refusal_is_a_date_of_birth(detector):
    """The summary's age message names no field, but its age rule says what the date is."""
    found = _found(
        detector,
        "Check these answers",
        "You must be 18 or over to apply. You gave 21/06/2011",
        "Applicants aged 16 or older only - you gave 3 March 2012",
    )
    assert ("DATE_OF_BIRTH", "21/06/2011") in found
    assert ("DATE_OF_BIRTH", "3 March 2012") in found


def test_a_date_beside_no_age_rule_is_no_date_of_birth(detector):
    found = _found(detector, "Your order of 21/06/2025 was sent to 18 or more stores", "Renew by 21/06/2031 if over 18")
    assert not any(entity == "DATE_OF_BIRTH" for entity, _ in found)
