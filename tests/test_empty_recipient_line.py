"""A recipient label with no recipient after it on its row adds nothing to a message's header
(scene payment_activity, scaled to 0.75: a transaction's details drawer opened over the list of
transactions, which it cuts off at its edge, where each row's 'Completed' status showed only its
'C', read "Cc". Under the drawer's 'To <name>' row the "Cc" completed the header of a message being
written; a "Cc" beside the 'Date' row started one; under a received payment's 'From <name>' row it
completed a message's header: the drawer's rows and the list's cut-off column below were masked
as EMAIL_BODY). A compose window's empty Cc field is such a label too: it neither makes nor ends a
header. Values are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import text_layout

# the list's rows, cut off at x ~ 660 by the drawer (each row's status 'Completed' shows its 'C',
# read "Cc"); the drawer's label and value columns, as OCR read them at 0.75
PAID = [
    (185, 180, "3 December"),
    (223, 207, "You paid Ivo Marsh"),
    (680, 212, "To"),
    (777, 212, "Ivo Marsh"),
    (658, 214, "."),
    (653, 221, "Cc"),
    (680, 230, "Usemame"),
    (777, 231, "@Ivo-Marsh-12"),
    (680, 251, "Note"),
    (777, 252, "rent for December"),
    (655, 274, "+"),
    (777, 274, "Visa .. 1234"),
    (680, 275, "Pald with"),
    (653, 286, "Cc"),
    (680, 295, "Date"),
    (777, 295, "3 Dec 2026, 09:11"),
    (777, 313, "WX12ABCD34EF56GH"),
    (680, 315, "Transaction ID"),
    (693, 344, "Get help with this payment"),
    (653, 346, "Cc"),
]
# a payment received: its drawer's first row is "From <name>"
RECEIVED = [
    (680, 153, "+ £18.50"),
    (680, 178, "e Completed"),
    (680, 212, "From"),
    (777, 212, "Ada Quill"),
    (658, 214, "."),
    (653, 221, "Cc"),
    (680, 230, "Usemame"),
    (778, 232, "@Ada-Quill-33"),
    (680, 251, "Note"),
    (777, 251, "pizza friday"),
    (680, 265, "Pald with"),
    (777, 269, "Visa .. 1234"),
    (655, 274, "+"),
    (653, 286, "Cc"),
    (680, 290, "Date"),
    (777, 290, "3 Dec 2026, 09:12"),
]

# the list scrolled a little: its "Cc" on the row of the drawer's sender or of a line in it
RECEIVED_ON_ITS_ROW = [(x, 217 if t == "Cc" and y == 221 else y, t) for x, y, t in RECEIVED]
PAID_ON_ITS_ROW = [(x, 275 if t == "Cc" and y == 286 else y, t) for x, y, t in PAID]


def _bodies(detector, rows, **size) -> list[str]:
    lt, findings = detector.find_spans(text_layout(*rows, **size))
    return [lt.text[f.start : f.end] for f in findings if f.entity_type == "EMAIL_BODY"]


@pytest.mark.parametrize(
    "rows",
    [PAID, RECEIVED, PAID_ON_ITS_ROW, RECEIVED_ON_ITS_ROW],
    ids=["paid", "received", "paid, on a row", "received, on a row"],
)
def test_a_details_drawer_over_a_cut_off_list_is_no_message(detector, rows):
    assert not _bodies(detector, rows, char_w=5, line_h=10)  # text ~8 px high, as scaled


def test_a_message_being_written_with_an_empty_cc_field_still_has_a_body(detector):
    rows = [
        (300, 60, "To maria.lopez@example.com"),
        (300, 92, "Cc"),
        (300, 124, "Subject: Printer on the second floor"),
        (300, 164, "The printer on the second floor is jamming again whenever someone prints."),
    ]
    assert any("jamming" in b for b in _bodies(detector, rows))


def test_a_read_message_with_an_empty_cc_line_still_has_a_body(detector):
    rows = [
        (300, 60, "From: Maria Lopez <maria.lopez@example.com>"),
        (300, 84, "To: Service Desk"),
        (300, 108, "Cc:"),
        (300, 132, "Sent: Tuesday 3 December 2026 09:12"),
        (300, 172, "The printer on the second floor is jamming again whenever someone prints."),
    ]
    assert any("jamming" in b for b in _bodies(detector, rows))


def test_gmail_s_to_me_alone_on_its_row_is_a_recipient_s_line(detector):
    """ "to me" names its recipient: no empty label, whatever stands beside it (the avatar's
    initial left of it, a run of its own; webmail_inbox at 20 s)."""
    rows = [
        (302, 264, "Ivo Marsh <ivo.marsh@example.co.uk>"),
        (1032, 264, "Tue 16 Sep, 09:58"),
        (264, 275, "C"),
        (301, 288, "to me"),
        (301, 330, "The printer on the second floor is jamming again whenever someone prints."),
    ]
    assert any("jamming" in b for b in _bodies(detector, rows))
