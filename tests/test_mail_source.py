"""A message's raw source ("Show original", scene mail_headers): the summary's From/To lines
made a message header, and every line under it was the body, the envelope's header fields
included ("Received:", "Authentication-Results:", "MIME-Version:"), so the whole source was
masked. structure/mail.py _source_field: header fields, their folded lines and MIME boundaries
are no body; the body after them still is. Values are invented."""

from tests.helpers import text_layout

SOURCE = [
    "From: Ann Quennell <ann.quennell@example.org>",
    "To: Harbour Home Support <help@harbourhome.example>",
    "Subject: Re: Order HH-40217 still not delivered",
    "Received: by 2002:a05:7208:3c8e with SMTP id k14csp2210577rbb;",
    "        Tue, 3 Nov 2026 01:14:22 -0800 (PST)",
    "Authentication-Results: mx.google.com;",
    "       dkim=pass header.i=@example.org header.s=20230601",
    "X-Mailer: Harbour Mail 4.2",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="000000000000b65af1f4cd0f"',
    "",
    "--000000000000b65af1f4cd0f",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    "Hello,",
    "The parcel for my order has still not arrived at the house.",
    "Kind regards,",
]


def _body_lines(detector, rows: list[str]) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "EMAIL_BODY"}


def test_the_header_fields_of_a_raw_source_are_no_body(detector):
    body = _body_lines(detector, SOURCE)
    assert "The parcel for my order has still not arrived at the house." in body, body
    for field in ("Authentication-Results: mx.google.com;", "MIME-Version: 1.0", "X-Mailer: Harbour Mail 4.2"):
        assert not {line for line in body if field in line}, body
    assert not {line for line in body if "dkim=pass" in line or "--000000000000" in line}, body


def test_an_opened_message_s_body_is_unchanged(detector):
    rows = [
        "From: Ann Quennell <ann.quennell@example.org>",
        "To: me",
        "",
        "Hi, the note says: call me after 5pm on Friday.",
        "Thanks for the help so far.",
    ]
    body = _body_lines(detector, rows)
    assert {"Hi, the note says: call me after 5pm on Friday.", "Thanks for the help so far."} <= body, body
