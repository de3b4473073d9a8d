"""A terminal mail client's header rows, read a run a word (class: mutt, alpine, mail(1) pagers).
Scene mutt_mail (corpus36/scn2, as recorded, 8.4-18.6 s): in mutt's pager the monospace spaces
are as wide as the gap that parts a line into runs, so each header row is a run a word, and OCR
set a row's words a pixel above its label. Taken down the screen in that order, the Cc row's
first name came before its "Cc:" label: no header line, the header ended at "To:", and the Cc
and Subject rows were masked as the message's body. Values are invented."""

from __future__ import annotations

from tests.helpers import text_layout


def _row(y: int, label: str, value: str) -> list[tuple[int, int, str]]:
    """A header row as OCR read it: the label, then each word of the value a run of its own,
    a pixel higher."""
    cells, x = [(7, y + 1, label)], 7 + 8 * (len(label) + 2)
    for word in value.split():
        cells.append((x, y, word))
        x += 8 * (len(word) + 2)
    return cells


PAGER = [
    (7, 26, "i:Exit  -:PrevPg  <Space>:NextPg  d:Del  r:Reply  j:Next  ?:Help"),
    *_row(45, "Date:", "Wed, 2 Dec 2026 16:42:09 +0000"),
    *_row(61, "From:", '"Wexford, Aoife" <awexford@harbourdental.ie>'),
    *_row(78, "To:", "support@northbay.io"),
    *_row(95, "Cc:", 'Ciara Dunne <cdunne@harbourdental.ie>, Ravi Mehta <ravi.mehta@northbay.io>, "Lowry, Brid"'),
    *_row(112, "Subject:", "Re: Router replacement for the Leeds office"),
    (7, 146, "Hi team,"),
    (7, 180, "The router in the Leeds office keeps dropping the VPN every afternoon."),
]


def test_a_pager_s_header_rows_read_a_word_a_run_are_no_body(detector):
    lt, findings = detector.find_spans(text_layout(*PAGER))
    body = [lt.text[f.start : f.end] for f in findings if f.entity_type == "EMAIL_BODY"]
    assert any("Hi" in b for b in body) and any("afternoon" in b for b in body), body
    for kept in ("Cc:", "Subject:", "Router", "replacement", "Leeds"):
        assert not any(kept in b for b in body if "afternoon" not in b), (kept, body)


def test_a_quoted_surname_first_recipient_in_a_list_is_a_person(detector):
    """The same pager's Cc row ends in a display name written surname first inside its quotes,
    the row cut by the terminal's edge before its address: after a recipient's address and its
    comma the name looked like a list's word, and it stayed readable in the pager (9-18 s) once
    the row was no longer taken for the body."""
    row = 'Cc: Ciara Dunne <cdunne@harbourdental.ie>, Ravi Mehta <ravi.mehta@northbay.io>, "Kearney, Siobhan"'
    for quoted in (row, row.replace('"Kearney', "“Kearney")):  # at 75 % OCR read the opening quote curly
        lt, findings = detector.find_spans(text_layout(quoted))
        people = {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}
        assert "Kearney, Siobhan" in people, people
    lt, findings = detector.find_spans(text_layout("Invoices: Smith, Jones, Alicia and Wood"))
    assert not {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"} & {"Jones, Alicia"}
