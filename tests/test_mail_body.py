"""An opened e-mail message's body is EMAIL_BODY (the policy keeps no e-mail body): found under
its header (a sender's line, then a recipient's line right under it), down to the message's
buttons or a gap; other text that names a sender without a recipient stays readable."""

from __future__ import annotations

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout
from tests.test_detect import assert_visible, detect, make_layout

NAV = [(20, 100, "Inbox"), (20, 130, "Starred"), (20, 160, "Sent"), (20, 190, "Drafts")]


def body_boxes(dets):
    return [d for d in dets if d.entity_type == "EMAIL_BODY"]


def test_a_webmail_message_body_and_signature_are_hidden(detector):
    """Gmail's reading pane: subject, the sender with the address in brackets, "to me" under it
    (after the avatar's initial), the body's paragraphs and signature, then Reply/Forward."""
    rows = [
        *NAV,
        (300, 60, "Re: Printer on the second floor"),
        (300, 100, "Kevin Jennings <kevin.jennings@thornfields-vets.co.uk>"),
        (1030, 100, "Tue 16 Sep, 09:58"),
        (262, 120, "K to me"),
        (300, 160, "Hi,"),
        (300, 200, "The printer on the second floor is jamming again whenever someone prints."),
        (300, 222, "We already tried switching it off and on."),
        (300, 262, "Thanks,"),
        (300, 300, "Practice Manager, Harbour View Veterinary Clinic"),
        (300, 340, "Reply Forward"),
    ]
    layout, dets = detect(detector, *rows)
    hidden = body_boxes(dets)
    for y in (160, 200, 222, 262, 300):
        assert any(d.box.y <= y + 4 and d.box.y2 >= y + 12 for d in hidden), y
    for text in ("Re: Printer on the second floor", "Reply", "Forward", "Inbox", "Drafts", "Tue 16 Sep"):
        assert_visible(layout, dets, text)


def test_an_outlook_style_header_of_label_lines_starts_a_body(detector):
    rows = [
        (40, 40, "From: Ann Lee"),
        (40, 62, "Sent: Monday, 3 November 2025 10:12"),
        (40, 84, "To: Service Desk"),
        (40, 106, "Subject: VPN drops every hour"),
        (40, 150, "Since the update my VPN disconnects every hour and I have to sign in again."),
        (40, 172, "Can you call me this afternoon?"),
    ]
    layout, dets = detect(detector, *rows)
    assert len(body_boxes(dets)) == 2
    assert_visible(layout, dets, "Subject:")


def test_a_sender_without_a_recipient_starts_no_body(detector):
    """`git log`: an author with an address in brackets, a date, the commit message; a mail
    list's rows: names, subjects and snippets. No recipient's line: no message body."""
    git = [
        (10, 20, "commit 3f9a2c7e41b84d0fa6e1c2b9d7e05a13"),
        (10, 42, "Author: Nadia Okafor <nadia.okafor@fabrikam-pay.io>"),
        (10, 64, "Date: Fri Sep 12 09:10:00 2025 +0100"),
        (50, 108, "Fix rounding of VAT on credit notes"),
    ]
    layout, dets = detect(detector, *git)
    assert not body_boxes(dets)
    assert_visible(layout, dets, "Fix rounding of VAT on credit notes")
    inbox = [
        (300, 100, "Kevin Jennings    Printer on the second floor - The printer is jamming again"),
        (300, 130, "Tom Ford    Team lunch on Friday - Shall we book the usual place"),
    ]
    _, dets = detect(detector, *inbox)
    assert not body_boxes(dets)


def test_a_message_being_written_has_its_body_hidden(detector):
    """A webmail compose window: "New Message", the recipient's line ("To" and a chip), the
    subject line right under it, then the body typed so far. The body is e-mail content (the
    policy keeps none); the window's title, labels and buttons stay readable."""
    rows = [
        (700, 250, "New Message"),
        (700, 285, "To Joanne Pearce"),
        (700, 318, "Subject New address from Monday"),
        (700, 352, "Hi Jo,"),
        (700, 394, "We have moved! The boxes are everywhere but the kettle works."),
        (700, 416, "Best wishes,"),
        (700, 690, "Send"),
    ]
    layout, dets = detect(detector, *rows)
    hidden = body_boxes(dets)
    for y in (352, 394, 416):
        assert any(d.box.y <= y + 4 and d.box.y2 >= y + 12 for d in hidden), y
    for text in ("New Message", "Subject", "Send"):
        assert_visible(layout, dets, text)


def test_a_recipient_line_without_a_header_line_under_it_starts_no_body(detector):
    """A travel form: "To" and a place, then ordinary fields: no message."""
    rows = [(40, 40, "To Edinburgh Waverley"), (40, 80, "Departing 09:30"), (40, 110, "Return not required")]
    layout, dets = detect(detector, *rows)
    assert body_boxes(dets) == []


def test_a_compose_window_over_the_mail_list_has_its_body_hidden_and_the_list_stays(detector):
    """Gmail's compose window in the bottom right corner, over the inbox: each of its lines shares
    an OCR line with the list row behind it, the list's text cut by the window's edge a little
    more than a space away. The body is hidden; the list's subjects stay readable."""

    def row(y: int, behind: str, compose: str) -> tuple[int, int, str]:
        return (456, y, f"{behind:<27}   {compose}".rstrip())  # the compose window at x=696

    rows = [
        row(223, "Council tax bill 2026/27", "New Message"),
        row(262, "Photos from the weekend", "To Joanne Pearce"),
        row(296, "Appointment reminder - see", "Subject New address from Monday"),
        row(328, "Re: Boiler service - see", "Hi Jo,"),
        row(374, "", "We have moved! The boxes are everywhere."),
        row(394, "School trip consent form", "The keys are with next door."),
    ]
    layout = text_layout(*rows)
    dets = detector.detect(layout)
    hidden = body_boxes(dets)
    for y in (328, 374, 394):
        part = [d for d in hidden if d.box.y <= y + 4 and d.box.y2 >= y + 12]
        assert part and min(d.box.x for d in part) >= 690, y  # the body's part of the line only
    for text in ("Council tax bill", "Re: Boiler service", "School trip consent form", "Subject"):
        assert_visible(layout, dets, text)


COMPOSE_HEADER = [(700, 250, "New Message"), (700, 285, "To Joanne Pearce"), (700, 318, "Subject Moving day")]
FIRST = (700, 352, "Hi Jo,")


def test_a_body_typed_below_its_headers_reach_stays_a_body(detector):
    """The analysis hands detection the lines that changed and a few lines around them: a body
    typed line by line soon shows its new lines without its header. The lines seen as body
    before, seen again where they were (the line being typed grows), carry the body on."""
    memory = ValueMemory()
    detector.detect(make_layout(*COMPOSE_HEADER, FIRST), memory)
    typed = [FIRST, (700, 394, "We have moved! The boxes are everywhere but the kettle")]
    layout = make_layout(*typed)
    assert body_boxes(detector.detect(layout)) == []  # the header is out of reach
    hidden = body_boxes(detector.detect(layout, memory))
    assert any(d.box.y <= 394 + 4 and d.box.y2 >= 394 + 12 for d in hidden)
    # typed on: the line grew and a line under it, each frame only its own neighbours
    more = [(700, 394, "We have moved! The boxes are everywhere but the kettle works."), (700, 416, "Best wi")]
    hidden = body_boxes(detector.detect(make_layout(*more), memory))
    for y in (394, 416):
        assert any(d.box.y <= y + 4 and d.box.y2 >= y + 12 for d in hidden), y


def test_a_remembered_body_line_types_nothing_where_the_screen_changed(detector):
    """After the message is sent, the inbox's rows take the body's place: other text at a body
    line's place, or a short line equal to a body's line elsewhere, starts no body."""
    memory = ValueMemory()
    detector.detect(make_layout(*COMPOSE_HEADER, FIRST, (700, 394, "Best wishes,")), memory)
    inbox = [(700, 352, "Council tax bill 2026/27 - see you then"), (700, 394, "Photos from the weekend")]
    layout = make_layout(*inbox)
    dets = detector.detect(layout, memory)
    assert body_boxes(dets) == []
    elsewhere = [(60, 500, "Best wishes,"), (60, 530, "Photos from the weekend")]
    layout = make_layout(*elsewhere)
    assert body_boxes(detector.detect(layout, memory)) == []


def test_a_scrolled_body_stays_a_body_and_a_line_alone_equal_to_one_of_it_does_not(detector):
    """A long message scrolled up: its lines, remembered, are found again higher up, a line and
    the line under it. One line alone equal to a remembered one (the recipient's name in a
    chip after the autocomplete list that showed it went) carries no body under it."""
    memory = ValueMemory()
    lines = [
        "The printer on the second floor is jamming again.",
        "We already tried switching it off and on again twice.",
        "Could someone come by this afternoon to look at it?",
    ]
    detector.detect(make_layout(*COMPOSE_HEADER, *((700, 352 + 22 * i, t) for i, t in enumerate(lines))), memory)
    scrolled = [(700, 120 + 22 * i, t) for i, t in enumerate(lines)] + [(700, 186, "Thanks for your help with this.")]
    layout = make_layout(*scrolled)
    hidden = body_boxes(detector.detect(layout, memory))
    for y in (120, 142, 164, 186):
        assert any(d.box.y <= y + 4 and d.box.y2 >= y + 12 for d in hidden), y
    layout = make_layout((760, 285, lines[1]), (700, 318, "Subject Printer on the second floor"))
    assert body_boxes(detector.detect(layout, memory)) == []
