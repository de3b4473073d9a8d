"""A message's raw source ("Show original", scene mail_headers): the summary's From/To lines
made a message header, and every line under it was the body, the envelope's header fields
included ("Received:", "Authentication-Results:", "MIME-Version:"), so the whole source was
masked. structure/mail.py _source_field: header fields, their folded lines and MIME boundaries
are no body; the body after them still is. Values are invented."""

from pipeline.detection.memory import ValueMemory
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


def test_a_field_name_read_with_a_space_at_its_hyphen_is_no_body(detector):
    """Scaled to 75 %, OCR read "Content-Type" as "Content -Type" and "DKIM-Signature" as
    "OKIM-Signature" (mail_headers at 0.75): each was taken for a body line and masked."""
    rows = [row.replace("Content-Type", "Content -Type").replace("MIME-Version", "MIME- Version") for row in SOURCE]
    rows.insert(8, "OKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org;")  # D read as O
    body = _body_lines(detector, rows)
    assert "The parcel for my order has still not arrived at the house." in body, body
    assert not {line for line in body if "Content" in line or "MIME" in line or "OKIM" in line}, body


def test_a_field_scrolled_to_where_a_body_line_was_is_no_body(detector):
    """A line remembered as body matches a line seen again where it was by its first letters (a
    line being typed grows); a header field of the source scrolled to that place ("Content-Type"
    where "Contents of ..." was) is a field, not that line."""
    memory = ValueMemory()
    first = [*SOURCE[:13], "", "Contents of the parcel were damaged in transit.", "Kind regards,"]
    detector.find_spans(text_layout(*first), memory)
    # two lines further down, the header out of view: the field stands on the remembered line's row
    scrolled = [*SOURCE[2:13], "", "--000000000000b65af1f4cd0f", "", "Content-Transfer-Encoding: quoted-printable"]
    lt, findings = detector.find_spans(text_layout(*scrolled), memory)
    body = {lt.text[f.start : f.end] for f in findings if f.entity_type == "EMAIL_BODY"}
    assert not {line for line in body if "Content" in line}, body


def _secrets(detector, rows: list[str]) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {f.entity_type for f in findings if f.entity_type in ("PASSWORD", "SECRET")}


def test_a_mail_check_s_verdict_is_no_password_label(detector):
    """mail_headers: "spf=pass (<domain>: ...)", "dkim=pass ..." and "Received-SPF: pass" read as a
    password label and its value; the host after it was learnt as a password and masked wherever
    it showed. A label glued after "=" is another key's value; a check's name is no caption."""
    rows = [
        "Authentication-Results: mx.google.com;",
        "       dkim=pass header.i=@example.org header.s=20230601 header.b=Qx3bLm0a;",
        "       spf=pass (google.com: domain of ann.quennell@example.org designates 209.85.220.41 as permitted sender)",
        "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.org",
        "Received-SPF: pass (google.com: domain of ann.quennell@example.org designates 209.85.220.41)",
    ]
    assert not _secrets(detector, rows)


def test_a_password_assigned_beside_a_mail_check_is_still_found(detector):
    lt, findings = detector.find_spans(text_layout("spf=pass smtp_pass=Wq7vTz9Lm2", "pass: Hr8kLq2Zx"))
    found = {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
    assert {("PASSWORD", "Wq7vTz9Lm2"), ("PASSWORD", "Hr8kLq2Zx")} <= found, found
