"""A sentence's end that starts with "to" is no recipient's line (issue 17, over-masking; class:
self-service and settings forms with small helper text under their fields, "Managed by HR.
Contact the HR team to change it.", where OCR leaves a gap wider than a space before "to": the
run "to change it." under one field and the same run under the next field, a line lower, made
the header of a message being written, and the form under them was masked as EMAIL_BODY).
Values are invented."""

from __future__ import annotations

from tests.helpers import text_layout

# two fields' helper text, each "to update it." a run of its own after OCR's wide gap
FORM = [
    (196, 290, "LEGAL FIRST NAME"),
    (560, 290, "LEGAL LAST NAME"),
    (206, 312, "Odalys"),
    (570, 312, "Quenneville"),
    (196, 335, "Managed by payroll. Ask the payroll team"),
    (500, 335, "to update it."),
    (196, 355, "Managed by payroll. Ask the payroll team"),
    (500, 355, "to update it."),
    (560, 380, "EMPLOYEE NUMBER"),
    (570, 402, "P40417"),
    (560, 430, "PREFERRED CONTACT TIME"),
    (570, 452, "Evenings, after 6pm"),
]


def _bodies(detector, rows, **size) -> list[str]:
    lt, findings = detector.find_spans(text_layout(*rows, **size))
    return [lt.text[f.start : f.end] for f in findings if f.entity_type == "EMAIL_BODY"]


def test_helper_text_ending_in_to_starts_no_message(detector):
    assert not _bodies(detector, FORM, char_w=6, line_h=11)  # 10.5 px helper text


def test_a_compose_window_s_recipient_line_still_starts_a_message(detector):
    rows = [
        (300, 60, "to odalys.q@example.org"),
        (300, 92, "Subject: Desk booking for Thursday"),
        (300, 132, "Could you book the quiet room for the whole afternoon please."),
    ]
    assert any("quiet room" in b for b in _bodies(detector, rows))


def test_gmail_s_to_me_still_names_its_recipient(detector):
    rows = [
        (302, 264, "Ivo Tarrant <ivo.tarrant@example.co.uk>"),
        (301, 288, "to me"),
        (301, 330, "The scanner on the third floor keeps losing its network share."),
    ]
    assert any("scanner" in b for b in _bodies(detector, rows))
