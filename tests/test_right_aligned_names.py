"""Names in a column set flush right (structure/lists.py ListNameFinder._right_aligned): a sales
dashboard's bar chart of its top accounts puts each key contact's name left of its bar, ending
where the bars start, the amount at the bar's end (scene sales_dashboard). No header types the
column and the names start wherever their length puts them, so the list's columns of starts
never held them; NER took some and not a rare one. Values are invented."""

import pytest

from tests.helpers import text_layout

CHAR_W = 8
RIGHT = 240  # where the labels end and the bars start


def _chart(labels: list[str], amounts: list[str]) -> list[tuple[int, int, str]]:
    rows = [(40, 10, "Top accounts by revenue")]
    for i, (label, amount) in enumerate(zip(labels, amounts, strict=True)):
        y = 40 + i * 25
        rows.append((RIGHT - CHAR_W * len(label), y, label))
        rows.append((RIGHT + 30 + (300 - 40 * i), y, amount))  # after a bar of its own length
    return rows


def _persons(detector, rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows, char_w=CHAR_W))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


def test_a_bar_chart_s_names_flush_right_are_persons(detector):
    names = ["Ngozika Eberechukwu", "Jack Brannock", "Teodoro Ibanez-Urquiza", "Francisco Haldane", "Ben Tolland"]
    found = _persons(detector, _chart(names, ["£86,400", "£71,250", "£64,900", "£52,300", "£47,800"]))
    assert set(names) <= found, found
    assert not {f for f in found if "£" in f or "revenue" in f}, found


def test_surnames_frequent_in_text_but_no_english_words_count_as_known(detector):
    """The rare name is found only when the list's other names count as known: surnames the census
    list lacks that text names often enough to pass wordfreq's common level, though English writes
    none of them as a word (lists.py _known_name). NER may type one of them otherwise: masked."""
    names = ["Nicholas Featherstone", "Helen Gascoigne", "Stuart Farquhar", "Ngozika Eberechukwu"]
    lt, findings = detector.find_spans(
        text_layout(*_chart(names, ["£86,400", "£71,250", "£64,900", "£52,300"]), char_w=CHAR_W)
    )
    assert set(names) <= {lt.text[f.start : f.end] for f in findings}, findings


@pytest.mark.parametrize(
    "labels",
    [
        ["Account Settings", "Billing Details", "Team Members", "Privacy Policy"],  # a menu set flush right
        ["Victoria Station", "Oxford Circus", "Baker Street", "Canary Wharf"],  # places
        ["Direct Debit", "Bank Transfer", "Credit Card", "Gift Voucher"],  # payment methods
    ],
)
def test_labels_flush_right_that_are_no_names_stay(detector, labels):
    lt, findings = detector.find_spans(text_layout(*_chart(labels, ["40%", "30%", "20%", "10%"]), char_w=CHAR_W))
    assert not [f for f in findings if f.recognizer == "structure/list"], findings
