"""A browser's address bar is no recipient's line (scene delivery_tracking, scaled to 0.75: the
reload icon read "Cc" before "Not secure <site>/<path>", the page's "Sender" caption under it made
a message header, and the tracking timeline and help card below were masked as EMAIL_BODY for the
whole recording: kept 5/10). Values are invented."""

from __future__ import annotations

from tests.helpers import text_layout

PAGE = [
    # back, forward and reload ("Cc"), each a run of its own, then the site
    (12, 42, "ro  >    Cc      A  Not secure parcelex.example/track/index.html?ref=PX11223344GB"),
    (114, 68, "Sender"),
    (227, 68, "Imogen Hartley"),
    (114, 85, "Service"),
    (227, 85, "Next day, signature required"),
    (114, 133, "Tracking history"),
    (127, 154, "Delivered"),
    (127, 166, "Left with neighbour at No. 21"),
    (127, 200, "Out for delivery"),
    (127, 245, "At your local depot"),
]


def _bodies(detector, rows) -> list[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return [lt.text[f.start : f.end] for f in findings if f.entity_type == "EMAIL_BODY"]


def test_the_address_bar_read_with_a_cc_is_no_recipient_line(detector):
    assert not _bodies(detector, PAGE)


def test_a_message_being_written_still_has_a_body(detector):
    rows = [
        (300, 60, "Cc maria.lopez@example.com"),
        (300, 84, "Subject: Printer on the second floor"),
        (300, 124, "The printer on the second floor is jamming again whenever someone prints."),
    ]
    assert any("jamming" in b for b in _bodies(detector, rows))
