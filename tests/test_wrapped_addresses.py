"""An address wrapped over two lines of a narrow card, list or chat bubble (scene maps_places: a
search suggestion's "<street> · <Town>, <ST>" with its ZIP code on the next line, a timeline
row's "<number> <Name> Forge Suite" with the suite's number and the town on the next): the line
break between a unit's word and its number, a state and its ZIP code, or a house number and its
street, is read as a space (structure/wraps.py), and ADDRESS and ZIP_CODE are read there too, so
both parts are boxed; pyap2 reads a block's lines with such a unit's break as a space, so the
town after the number is part of the address. Other lines that end in such a word stay apart. Values are invented."""

from __future__ import annotations

import pytest

from tests.helpers import text_layout


def _covered(detector, rows: list[str], value: str) -> bool:
    lt, findings = detector.find_spans(text_layout(*rows))
    at = lt.text.find(value)
    assert at >= 0
    return all(any(f.start <= k < f.end for f in findings) for k in range(at, at + len(value)))


@pytest.mark.parametrize(
    "rows, value",
    [
        (["35874 Quarrie Extension Apt. 342 · North Hollisport, MI", "98069"], "98069"),
        (["Arrived at Work · 36384 Ellerby Forge Suite", "222, Springfield, IL"], "222"),
        (["Sure, I live at 12", "Thornbury Crescent, Leeds"], "Thornbury Crescent"),
        # OCR read the state's "I" as "l", as it does small grey text
        (["35874 Quarrie Extension Apt. 342 - North Hollisport, Ml", "98069"], "98069"),
        (["35874 Quarrie Extension Apt. 342 - North Hollisport, Ml", "98069"], "North Hollisport"),
        # a town no list knows after the wrapped suite's number, the address's state after it
        (["Arrived at Work · 36384 Ellerby Forge Suite", "222, Quarriemouth, IL"], "Quarriemouth"),
    ],
)
def test_a_wrapped_address_is_boxed_on_both_lines(detector, rows, value):
    assert _covered(detector, rows, value)


@pytest.mark.parametrize(
    "rows",
    [
        ["Book the Conference Room", "2 hours ago"],
        ["Order total: $12", "Main menu"],
        ["Shipping to: Springfield, IL", "12345 items in stock"],
    ],
)
def test_lines_that_only_end_like_an_address_stay_readable(detector, rows):
    lt, findings = detector.find_spans(text_layout(*rows))
    second = lt.text.split("\n")[1]
    at = lt.text.index(second)
    assert not any(f.start < at + len(second) and f.end > at for f in findings)


# A CSV record in a vim split narrower than the record (scene vim_editing, after `:vsplit`): vim
# wraps each row at the pane's width whatever it holds, and a UK postcode's space fell at the
# wrap: the full row ends in the outward code (a letter last, as in "AA9A"), the next row opens
# with the inward code, and the other pane's line between them in the layout's order kept the
# two halves apart.
_ROW = (400, 0, "1207,Isembard,Tamsery,itamsery@example.net,07700 900417,EC2R")
_WRAPPED = (408, 24, "8QZ,1979-11-23")
_OTHER_PANE = [(0, 12, "MAIL_PORT=587")]  # a row of the other pane at a height between the two


def test_a_postcode_cut_at_its_space_by_a_row_wrap_is_boxed_on_both_rows(detector):
    lt, findings = detector.find_spans(text_layout(_ROW, *_OTHER_PANE, _WRAPPED))
    for half in ("EC2R", "8QZ"):
        at = lt.text.find(half)
        assert any(f.start <= at < f.end for f in findings), (half, findings)


def test_a_short_line_is_not_moved_to_a_longer_one_as_a_wrapped_postcode(detector):
    short, longer = (400, 0, "Flight to Ravensholt, desk B4C"), (400, 24, "3RD row from the front, window side")
    lt, findings = detector.find_spans(text_layout(short, *_OTHER_PANE, longer))
    at = lt.text.find("3RD")
    assert not any(f.start <= at < f.end for f in findings), findings
