"""Field labels misread by one letter (issue 18: scaled-down and low-bitrate recordings).

A scaled or blocky caption is read with a letter wrong ("Birthdav", "Sort cade") or two
neighbouring letters merged ("Son code"): the label pass still takes it for its label where the
label is long enough (6 letters; 8 for a pair) and its group's value has a shape of its own
(digits, a date), and the value must still have that shape. Fake OCR
layouts as in test_detect (8 px a character, 16 px lines).
"""

from __future__ import annotations

import pytest

from tests.test_detect import assert_hidden, assert_visible, detect

MISREAD = [
    # a contact card's caption above its value (contacts_app at crf 36)
    ("birthday-above", ["Birthdav", "14 March 1987"], "DATE_OF_BIRTH", "14 March 1987", "Birthdav"),
    ("birthday-letter-dropped", ["Brthday", "14 March 1987"], "DATE_OF_BIRTH", "14 March 1987", "Brthday"),
    ("date-of-birth-beside", ["Date of hirth: 03/11/1979"], "DATE_OF_BIRTH", "03/11/1979", "Date of hirth"),
    # an account card's key and value (bank_statement at 66 %)
    ("sort-code-beside", ["Sort cade 20-45-77"], "SORT_CODE", "20-45-77", "Sort cade"),
    # 'rt' of a small font read as one 'n' (bank_statement at 66 %: the caption above its value)
    ("sort-code-letters-merged", ["Son code", "99-61-90"], "SORT_CODE", "99-61-90", "Son code"),
    ("sort-code-above", ["Sorl code", "20-45-77"], "SORT_CODE", "20-45-77", "Sorl code"),
    ("sort-code-glued", ["Sortcode: 20 45 77"], "SORT_CODE", "20 45 77", "Sortcode"),
    ("account-number", ["Accounf number 31926819"], "ACCOUNT_NUMBER", "31926819", "Accounf number"),
    ("ni-number", ["National insurence number: QQ 12 34 56 C"], "UK_NINO", "QQ 12 34 56 C", "insurence"),
]


@pytest.mark.parametrize("rows,entity,value,label", [c[1:] for c in MISREAD], ids=[c[0] for c in MISREAD])
def test_a_label_misread_by_one_letter_still_finds_its_value(detector, rows, entity, value, label):
    layout, dets = detect(detector, *rows)
    assert entity in {d.entity_type for d in dets}, [(d.entity_type, d.recognizer) for d in dets]
    assert_hidden(layout, [d for d in dets if d.entity_type == entity], value)
    assert_visible(layout, dets, label)


INNOCENT = [
    # the value must still have its shape: a misread label over a word is no finding
    ("birthday-over-a-name-s-weekday", ["Birthdav", "Tuesday"]),
    ("sort-code-over-words", ["Sort cade", "Ascending by date"]),
    ("account-over-a-status", ["Accounf status: Active"]),
    # a short label is never taken with a letter wrong: 'Bob' is a name, not 'DOB'
    ("short-label", ["Bob 14/03/1987"]),
    ("iban-short", ["IBAM GB29 NWBK 6016 1331 9268 19"]),
    # two letters wrong apart is another word, and a pair wrong in a short label too
    ("two-letters-apart", ["Sont cade 20-45-77"]),
    ("postcode-is-no-sort-code", ["Postcode: 20-45-77"]),
    ("pair-in-a-short-label", ["Nlmo: QQ123456C"]),
    # a label's two letters dropped is another label: 'Number' is no 'DL number'
    ("two-letters-dropped", ["Serial Number 7XK2L93"]),
]


@pytest.mark.parametrize("rows", [c[1] for c in INNOCENT], ids=[c[0] for c in INNOCENT])
def test_a_word_near_a_label_is_no_label_without_a_value_of_its_shape(detector, rows):
    _, dets = detect(detector, *rows)
    labelled = [(d.entity_type, d.recognizer) for d in dets if d.recognizer.startswith("label:")]
    assert labelled == []


def test_a_label_s_own_word_read_after_a_colon_is_no_value(detector):
    """checkout_payment (../shared/recordings), the training output at 25.8 s: the blur of the
    input box under "Street address" reached the "t", read "Street: address"; the label pass
    took "address" for the value of "Street" (ADDRESS label:address 0.8, the gate blocked)."""
    layout, dets = detect(detector, "Street: address")
    assert not [d for d in dets if d.entity_type == "ADDRESS"], [(d.entity_type, d.recognizer) for d in dets]


@pytest.mark.parametrize(
    "rows, entity, value",
    [
        (["Street: 14 Larch Road"], "ADDRESS", "14 Larch Road"),
        (["Street address", "14 Larch Road"], "ADDRESS", "14 Larch Road"),
        (["Password: password"], "PASSWORD", "password"),  # any word can be a password, a label's too
    ],
)
def test_a_value_beside_or_below_the_label_is_still_found(detector, rows, entity, value):
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, [d for d in dets if d.entity_type == entity], value)
