"""The gate reports no innocent text as what is left of a value (issue 17: false blocks on clean
recordings). The values and rows are invented; the shapes are those read on the recordings."""

from __future__ import annotations

import pytest

from pipeline.analysis.values import SeenValues
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, Detection, OcrWord
from pipeline.redact.verify import MASKED_CELL, FindingBasis, _TablesMemory, reported_basis
from tests.helpers import text_layout


def test_a_number_s_piece_holds_a_digit_whatever_words_were_read_into_it():
    """hotel_frontdesk (corpus36/scn1): the guest profile's room row ('<Room type> <n> nights'
    beside a masked room number) was typed ACCOUNT_NUMBER by the analysis at 10.9 s, and the
    arrivals list's room types ('<Room type>' on other rows, 0-16 s) spelt pieces of it:
    ACCOUNT_NUMBER x9. A piece of a number's type holds one of its digits."""
    seen = SeenValues()
    seen.add("ACCOUNT_NUMBER", "Harbour Suite 3 nights", 10.9)
    assert seen.find(["Harbour", "Suite"]) == []
    assert seen.find(["Room", "type:", "Harbour", "Suite"]) == []
    # a piece with its digit still counts, and so does the value whole
    assert [p.whole for p in seen.find(["Harbour", "Suite", "3", "nights"])] == [True]
    assert [p.whole for p in seen.find(["Suite", "3", "nights"])] == [False]
    # likewise a phone's: "Mobile <number> Preferred", its label and a badge read into it
    seen.add("PHONE_NUMBER", "Mobile 07700 900461 Preferred contact", 2.0)
    assert seen.find(["Preferred", "contact"]) == []


def _row(*texts: str) -> list[OcrWord]:
    words, x = [], 812
    for text in texts:
        words.append(OcrWord(text, Box(x, 311, 8 * len(text), 14), 92.0))
        x += 8 * len(text) + 5
    return words


def test_a_page_s_last_four_in_a_structural_number_field_is_no_finding():
    """hotel_frontdesk (corpus36/scn1) 5.7-11.3 s: 'Card on file  Visa •••• <4 digits> exp <date>',
    its expiry masked, the bullets read as one '*': ACCOUNT_NUMBER structural x5 on the last
    four the page prints in clear after its own mask. Fewer digits than a piece of a number
    needs, after a word of masking characters, are none; a field that shows more is still
    reported, and so are four digits without the page's mask before them."""
    words = _row("Visa", "*", "9268", "exp", "█████")
    layout = group_lines(words)
    box = Box(850, 306, 112, 24)
    masks = [Box(words[-1].box.x - 2, 306, 50, 24)]
    found = Detection("ACCOUNT_NUMBER", 0.85, box, "structure/table", "h")
    assert reported_basis(found, layout, masks) is None
    wider = _row("Visa", "*", "926871", "exp", "█████")
    assert reported_basis(found, group_lines(wider), masks) == FindingBasis.STRUCTURAL
    # four digits with no mask of the page's before them (the rest under a window) still are
    bare = _row("Visa", "9268", "exp", "█████")
    assert reported_basis(found, group_lines(bare), masks) == FindingBasis.STRUCTURAL


def _places(detector, row: str) -> list[str]:
    lt, findings = detector.find_spans(text_layout(row))
    return [lt.text[f.start : f.end] for f in findings if f.entity_type == "LOCATION"]


@pytest.mark.parametrize("typed", ["Janud", "Jand", "Febru"])
def test_a_month_being_typed_at_the_cursor_is_no_place(detector, typed):
    """ats_candidates (corpus36/scn1) 18.0 s: a recruiter's note typed into a text box, '... can
    start in Janu' with the text cursor after it, read glued ('Janud', 'Jand'): NER took the half
    month after 'in' for a place (LOCATION 0.85), and the gate blocked on it. A lone word at its
    line's end that starts a month's or a day's name (the cursor read as a letter or not) is the
    word being typed."""
    assert _places(detector, f"Spoke to her on the phone: happy with the range, can start in {typed}") == []


@pytest.mark.parametrize(
    "row, place", [("Candidate lives in Dundee", "Dundee"), ("She is based in Harrogate", "Harrogate")]
)
def test_a_whole_place_at_a_line_s_end_is_still_one(detector, row, place):
    assert _places(detector, row) == [place]


def test_a_url_s_path_and_parameter_name_are_no_piece_of_it():
    """log_tail (corpus36/scn2) 4.1-37.4 s: the analysis found a request's path with a visitor's
    address in its query ('/account/reset?email=<login>%40<domain>&utm=...'), and the next
    request of the same page ('"GET /account/reset?email=' beside the masked rest) spelt a
    piece of it on every frame: URL x21. A piece of an address with a query reaches one of its
    parameters' values; the path and the parameter's name are every visit's."""
    seen = SeenValues()
    seen.add("URL", "/account/reset?email=jo_bloggs%40mailbox.co&utm=reset-flow", 4.1)
    assert seen.find(['"GET', "/account/reset?email="]) == []
    assert [p.whole for p in seen.find(['"GET', "/account/reset?email=jo_bloggs%40mai"])] == [False]
    assert [p.whole for p in seen.find(["email=jo_bloggs%40mailbox.co&utm="])] == [False]
    # with its host: the site and the path are the site's own, a parameter's value still counts
    seen.add("URL", "https://shop.example.co.uk/account/reset?email=jo_bloggs%40mailbox.co", 2.0)
    assert seen.find(["shop.example.co.uk/account/reset?email="]) == []
    assert [p.whole for p in seen.find(["shop.example.co.uk/account/reset?email=jo_blo"])] == [False]


def _words(*rows: tuple[int, int, str]) -> list[OcrWord]:
    """Words at (x, y) in a 6 px per character sans font, 13 px tall, one space between; a
    "#" stands for a masked cell 100 px wide, as the gate reads it (`MASKED_CELL`)."""
    words = []
    for x, y, text in rows:
        for part in text.split(" "):
            if part == "#":
                words.append(OcrWord(MASKED_CELL, Box(x, y, 100, 13), 0.0))
                x += 108
                continue
            words.append(OcrWord(part, Box(x, y, 6 * len(part), 13), 93.0))
            x += 6 * (len(part) + 1)
    return words


def _gate_finds(detector, words: list[OcrWord]) -> list[tuple[str, str]]:
    found = detector.detect(group_lines(words), _TablesMemory())
    return [(d.entity_type, d.recognizer) for d in found]


def test_a_label_s_masked_value_beside_it_is_its_value_not_the_next_panel_s_text(detector):
    """telecom_account (corpus37/scn1), gate: ADDRESS high_confidence x18, 0-26 s: 'Billing address'
    whose value the plan masked (the gate reads the mask as a full block), and on its row, in the
    next panel's column of values, 'Handset  <model>': the block has no address's shape, so the
    label pass took the next panel's text on the row (label:address/right). The block is the value."""
    rows = [
        (27, 180, "Plan"),
        (139, 180, "Pay monthly - Unlimited"),
        (341, 180, "Mobile number"),
        (453, 180, "#"),
        (27, 220, "Date of birth"),
        (135, 220, "#"),
        (341, 222, "SIM ICCID"),
        (453, 222, "#"),
        (27, 241, "Billing address"),
        (140, 243, "#"),
        (341, 243, "Handset"),
        (453, 243, "Galaxy A55 5G - 128GB"),
        (135, 259, "#"),
        (341, 264, "PUK code"),
        (453, 263, "........ Show"),
        (135, 274, "#"),
        (341, 286, "PAC code"),
        (459, 285, "....... Show valid 30 days"),
        (27, 290, "E-mail"),
        (135, 292, "#"),
    ]
    assert not [f for f in _gate_finds(detector, _words(*rows)) if f[0] == "ADDRESS"]


def test_a_caption_s_masked_value_under_it_is_its_value_not_the_text_after_its_colon(detector):
    """telecom_account (corpus37/scn1), gate: PASSWORD structural x14, 2-24 s: the security
    question 'Mother's maiden name:' read on one line with the next panel's table header 'Date'
    (3a5b285's class); its answer under it masked, read as a full block: the label pass found no
    value under it and took 'Date'. A masked value right under the caption is its value."""
    words = _words((27, 384, "Question"), (139, 384, "Mother's maiden name:"), (336, 386, "Date"))
    masked = words + _words((135, 401, "#"))
    assert not [f for f in _gate_finds(detector, masked) if f[0] == "PASSWORD"]
    # the answer itself under the caption is still found (the analysis's reading)
    shown = words + _words((139, 403, "Kowalczyk"))
    assert ("PASSWORD", "label:security_answer/below") in _gate_finds(detector, shown)


def test_a_caption_under_a_caption_read_with_stray_letters_is_no_value_of_it(detector):
    """vet_practice (corpus37/scn1), gate: PERSON high_confidence x2 at 6-8 s: a patient panel's
    heading 'PATIENT' (a name's caption) over 'Microchip' (a caption whose value the plan masked),
    the mouse pointer resting on it: read '| Microchip ins', the caption no longer one to the
    labels pass, so it became the patient's name (label:name/below). A caption's word followed
    only by stray letters is the next caption, not a value."""
    words = [
        OcrWord("PATIENT", Box(660, 245, 50, 11), 92.0),
        OcrWord("|", Box(638, 272, 3, 14), 40.0),
        OcrWord("Microchip", Box(660, 267, 55, 13), 88.0),
        OcrWord("ins", Box(690, 272, 18, 9), 30.0),
        OcrWord(MASKED_CELL, Box(786, 270, 100, 11), 0.0),
        OcrWord("Insurer", Box(660, 288, 42, 13), 93.0),
        OcrWord("PetCover", Box(790, 288, 52, 13), 93.0),
        OcrWord("Plus", Box(848, 288, 26, 13), 93.0),
    ]
    assert not [f for f in _gate_finds(detector, words) if f[0] == "PERSON"]
    # a name under the heading is still its value
    named = [words[0], OcrWord("Biscuit", Box(660, 267, 42, 13), 93.0), *words[4:]]
    assert ("PERSON", "label:name/below") in _gate_finds(detector, named)


def test_a_word_left_of_a_label_is_no_value_of_it_where_ocr_read_the_row_twice(detector):
    """kube_secrets (corpus37/scn2), gate: PASSWORD structural x1 at 6.6 s: a Secret's
    last-applied-configuration annotation, '":"<db>","host":"<host>","password":"<masked>",...',
    read twice over: the whole row as one word (x 7-427), then pieces of it again ('<db>",' at
    x 55, '"host":...' from x 102). In the text the piece '<db>",' came right after the whole
    reading's '"password":"', so the label pass took the database's name for the password. A
    word that starts left of the label is none of its value; the row's masked value is."""
    whole = '":"billing","host":"db-billing.internal","password":"'
    words = [
        OcrWord(whole, Box(7, 230, 420, 15), 98.0),
        OcrWord('Billing",', Box(55, 228, 46, 17), 79.0),
        OcrWord('"host":"db-billing.internal","password":*""","username":"', Box(102, 228, 568, 17), 96.0),
        OcrWord(MASKED_CELL, Box(428, 236, 131, 6), 0.0),
        OcrWord('"},"type":"Opaque"}', Box(743, 230, 152, 15), 97.0),
    ]
    assert not [f for f in _gate_finds(detector, words) if f[0] == "PASSWORD"]
    # a value glued to its label in one word, or right of it, is still found
    for row in (["password:Tr0ub4dor&3x"], ["password:", "Tr0ub4dor&3x"]):
        glued, x = [], 20
        for text in row:
            glued.append(OcrWord(text, Box(x, 100, 9 * len(text), 15), 95.0))
            x += 9 * (len(text) + 1)
        assert [f for f in _gate_finds(detector, glued) if f[0] == "PASSWORD"], row


def _row_words(x: int, y: int, text: str, h: int = 13) -> list[OcrWord]:
    words = []
    for part in text.split(" "):
        words.append(OcrWord(part, Box(x, y, 7 * len(part), h), 93.0))
        x += 7 * (len(part) + 1)
    return words


def test_a_secret_heading_s_block_holds_no_other_panel_s_text_beside_it(detector):
    """crypto_wallet (corpus37/me), gate: SECRET x60, 0-30 s: the 'Secret Recovery Phrase' card's
    heading (left) stands level with a row of the recent transfers table (right panel), that row
    2 px lower; the secret block took it and the rows under it ('<dd> <Mon> <yyyy> <hh:mm> ...',
    amounts) as codes, the analysis masked them, and every date of the table spelt a piece of
    the masked one. Text beside the heading on its row, and its panel's lines under it, are no
    block's; the codes under the heading still are."""
    words = [
        *_row_words(41, 518, "Secret Recovery Phrase", 15),
        *_row_words(514, 531, "14 Nov 2026 08:30 Deposit GBP +500.00 Faster Payments"),
        *_row_words(41, 544, "Never share these words."),
        *_row_words(513, 558, "02 Nov 2026 16:57 Sell ETH -0.2500 To GBP wallet"),
        *_row_words(55, 565, "Reveal"),
    ]
    assert not [f for f in _gate_finds(detector, words) if f == ("SECRET", "structure/secret_block")]
    # the table scrolled: its row now level with the heading's top, the next one under it
    scrolled = [
        *_row_words(41, 518, "Secret Recovery Phrase", 15),
        *_row_words(514, 519, "21 Nov 2026 11:12 Buy BTC +0.02500000 Card purchase"),
        *_row_words(41, 544, "Never share these words."),
        *_row_words(513, 546, "14 Nov 2026 08:30 Deposit GBP +500.00 Faster Payments"),
        *_row_words(513, 573, "02 Nov 2026 16:57 Sell ETH -0.2500 To GBP wallet"),
    ]
    assert not [f for f in _gate_finds(detector, scrolled) if f == ("SECRET", "structure/secret_block")]
    codes = words[:3] + _row_words(41, 540, "k3v9-x2pq 7hd4-m81z")
    assert [f for f in _gate_finds(detector, codes) if f == ("SECRET", "structure/secret_block")]


def test_a_caption_whose_ruling_word_is_masked_is_no_label_to_the_gate(detector):
    """win_console (stop 45, gate at b22f715): PASSWORD structural x1 on an account record's
    two-column row '<caption ending in "change password">   <yes/no>', the analysis's mask over
    the caption's middle words. 'change' before 'password' rules the label out (models/
    detection.yaml not_after), and the analysis, reading it, found no password; the gate read
    the masked words as a full block, so 'password' alone was the caption and the setting its
    value. A masked word inside a caption's run may be such a word: the gate takes no label
    after it."""
    masked = _words((10, 140, "Holders # password"), (300, 140, "Allowed"))
    assert not [f for f in _gate_finds(detector, masked) if f[0] == "PASSWORD"]
    # the row as the analysis read it: no password either
    shown = _words((10, 140, "Holders may reset password"), (300, 140, "Allowed"))
    assert not [f for f in _gate_finds(detector, shown) if f[0] == "PASSWORD"]


@pytest.mark.parametrize(
    "rows",
    [
        # a form's masked e-mail above its password caption: another field's value
        [(20, 60, "E-mail"), (20, 80, "#"), (20, 110, "Password"), (20, 128, "Tq8#mWz2vL")],
        # a masked cell across a gap before the caption: another column's value
        [(20, 60, "#"), (240, 60, "Password: Tq8#mWz2vL")],
    ],
)
def test_a_masked_value_of_another_field_leaves_a_password_caption_one(detector, rows):
    assert "PASSWORD" in {kind for kind, _ in _gate_finds(detector, _words(*rows))}


def test_a_url_read_from_its_slashes_has_its_host_first():
    """whois_dns (stop 46, gate at d1c8d21): URL seen_value x5 at 50-56 s on the path of curl's
    '> GET /v1/<resource>/<id> HTTP/2' line. The analysis read the command line's address with
    its scheme after the rest ('//api.<host>/v1/<resource>/<id> https:' in reading order), so
    no host was found at its start and the path alone was a piece of it; the page prints that
    path as its own text. The host after the slashes is the part a piece must reach into."""
    seen = SeenValues()
    seen.add("URL", "//api.quillmere.example/v3/tenants/55190 https:", 40.2)
    assert seen.find(["GET", "/v3/tenants/55190", "HTTP/1.1"]) == []
    assert [p.whole for p in seen.find(["quillmere.example/v3/tenants/55190"])] == [False]
