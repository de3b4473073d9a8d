"""The gate does not report the analysis's own guesses (issue 17 item 2), read on real shell
screens drawn with a real font, through real Tesseract and the real detector:

- a config file's "password = " whose value is hidden (the gate reads the output, where it is
  blurred) has no value on the next line: "[payments]" under it is no password, "user = ..."
  under "name = " no name;
- a shell command that greps for TOKEN or KEY is no heading of a secret block, and a prompt
  ends a block: `df -h`'s output after it is no secret;
- a name or place the analysis saw (from NER, a column's type, its value memory) is looked for
  again only where it still names something: "Delivery" or "billing" typed LOCATION/PERSON by a
  misread form, or "De Mar" read off a date beside a blur, match nothing; a real one still does;
- nor does the gate report such a name or place of its own reading: a dictionary word in a
  City column ("Shipping", an order's status column misread) is no finding, "Leeds" is.
"""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.analysis.ocr import CachedEngine, OcrConfig, make_engine
from pipeline.analysis.values import SeenValues
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, OcrWord, Track, TrackSegment
from pipeline.redact.verify import FindingBasis, finding_basis, frame_layout, verify_output
from tests.helpers import draw_screen, font
from tests.test_tables_classes import boxes, read, read_and_check  # noqa: F401 - `read` is a fixture
from tests.test_verify_basis import COUNT, FPS, H, W, clip, unmasked

INI = [
    (20, "ops@billing-prod-02:~$ cat config.ini"),
    (20, "[database]"),
    (20, "port = 5432"),
    (20, "name ="),
    (20, "user = billing_svc"),
    (20, "password ="),
    (20, ""),
    (20, "[payments]"),
    (20, "provider = stripe"),
]


def test_an_assignment_with_its_value_hidden_has_no_value_below(detector, read):  # noqa: F811
    detections = read_and_check(detector, read, INI, [], kept=["[payments]", "billing_svc", "stripe"])
    assert not [d for d in detections if d.entity_type in {"PASSWORD", "PERSON"}]


DF = [
    (20, "ops@billing-prod-02:~$ env | grep -E 'USER|TOKEN|KEY'"),
    (20, "USER=ops"),
    (20, "AWS ACCESS KEY"),  # as the gate reads "AWS_ACCESS_KEY_ID=..." with the value blurred
    (20, "AWS_ACCESS_KEY_ID=..."),
    (20, "ops@billing-prod-02:~$ df -h"),
    (20, "Filesystem      Size  Used Avail Use% Mounted on"),
    (20, "/dev/sda1        48G   41G  4.6G  90% /"),
    (20, "/dev/sdb1       197G  122G   66G  65% /var/lib/billing"),
    (20, "ops@billing-prod-02:~$ sudo systemctl restart billing-api"),
]
CODES = [
    (20, "Recovery codes"),
    (20, "4f9k-2m8q  7hx3-pq2d"),
    (20, "k82m-ze4w  c9va-3n5t"),
]


def test_a_command_is_no_secret_heading_and_a_prompt_ends_a_block(detector, read):  # noqa: F811
    detections = read_and_check(detector, read, DF, [], kept=["/dev/sda1", "197G", "4.6G", "sudo"])
    assert not [d for d in detections if d.entity_type == "SECRET"]


def test_codes_under_a_heading_are_still_secret(detector, read):  # noqa: F811
    read_and_check(detector, read, CODES, ["4f9k-2m8q", "c9va-3n5t"])


CLINIC_MAIL = "nurse.ali@harbourviewclinic.org"


@pytest.mark.parametrize(
    "kind, value, line, expected",
    [
        ("LOCATION", "Delivery", "Delivery method", []),  # a label the analysis typed as a place
        ("LOCATION", "Shipping to", "Shipping Standard shipping", []),
        ("PERSON", "billing", "Billing API fails", []),  # no name: a lower-case word
        ("PERSON", "De Mar", "DeMar 14 09:02:11 billing-prod-02", []),  # a date beside a blur
        ("PERSON", "Ne Mar", "Mar 14 09:02:11", []),
        ("LOCATION", "Brianchester", "Brianchester, NE", [("Brianchester,", True)]),
        ("LOCATION", "Reading", "Reading, Berkshire", [("Reading,", True)]),  # a place, and a word
        ("LOCATION", "Salt Lake City", "Salt Lake City, UT", [("Salt Lake City,", True)]),
        ("PERSON", "Lorraine Blair", "Card holder Lorraine", [("Lorraine", False)]),
        ("PERSON", "Kuhne, Elspeth", "payee Elspeth", [("Elspeth", False)]),
        ("PERSON", "BLAIR LORRAINE", "BLAIR LORRAINE", [("BLAIR LORRAINE", True)]),  # as a card prints it
        ("URL", "https://rmm.northwind.example/devices/WS-FRONTDESK-02", "WS-FRONTDESK-02 Online", []),  # a title
        ("USERNAME", "rmontgomer@", "rmontgomer@billing-prod-02:~$ uptime", [("rmontgomer@billing-prod-02:~$", True)]),
        ("USERNAME", "rmontgomer@", "xrmontgomer@billing-prod-02:~$", []),  # inside another word
        ("PERSON", "Adam Cooper", "/home/adamcooper2/bin", []),
        # a login's host is the machine's name; a login read over its grid row's other cells (two
        # reads of a scrolling CRM row) makes no piece of the company's name printed in the grid
        ("USERNAME", "ops_jkowalski@billing-prod-02", "billing-prod-02 is up", []),
        ("USERNAME", "ops_jkowalski@billing-prod-02", "ssh ops_jkowalski@billing", [("ops_jkowalski@billing", False)]),
        ("USERNAME", "ntalmkowa@lakeviewc Lakeview Dental mkowalski@lake", "Lakeview Dental", []),
        # an address's domain is its organisation's name, printed as such; a piece of the person is not
        ("EMAIL_ADDRESS", CLINIC_MAIL, "shared with Harbourview Clinic", []),
        ("EMAIL_ADDRESS", CLINIC_MAIL, "to nurse.ali@harbourview", [("nurse.ali@harbourview", False)]),
        ("EMAIL_ADDRESS", CLINIC_MAIL, "Mail ali@harbourviewclinic", [("ali@harbourviewclinic", False)]),
        ("EMAIL_ADDRESS", "@harbourviewclinic.org", "Harbourview Clinic", []),  # a domain the analysis saw alone
        # a date's digits in another number are no piece of it; written as a date they are
        ("DATE_OF_BIRTH", "14/06/1960", "Salary 406196 GBP", []),
        ("DATE_OF_BIRTH", "14/06/1960", "born 14/06/19", [("14/06/19", False)]),
        ("DATE_OF_BIRTH", "14/06/1960", "DOB 14061960", [("14061960", True)]),
        # an amount holds five digits of some phone of a grid of ninety; the phone's own are a piece
        ("PHONE_NUMBER", "(614) 245-5901", "LTV $45,590", []),
        ("PHONE_NUMBER", "(614) 245-5901", "Cell: 245-5901", [("245-5901", False)]),
        # a number's value that ran on over a word: the word alone is no piece of it
        ("NATIONAL_ID", "483920174 - Expires", "State: WI - Expires", []),
        ("NATIONAL_ID", "483920174 - Expires", "No. 48392", [("48392", False)]),
        (
            "URL",
            "https://rmm.northwind.example/devices/WS-FRONTDESK-02",
            "Go northwind.example/devices/WS-FRONTDESK-0",
            [("northwind.example/devices/WS-FRONTDESK-0", False)],
        ),
        # the path without its host is the page's text (a breadcrumb, a tab's title), no address
        ("URL", "https://rmm.northwind.example/devices/WS-FRONTDESK-02", "Go devices/WS-FRONTDESK-0", []),
    ],
)
def test_a_seen_name_or_place_must_still_name_something(detector, kind, value, line, expected):
    seen = SeenValues()
    seen.add(kind, value, 1.0)
    words = line.split()
    found = seen.find(words, detector.lexicon.is_ordinary)
    assert [(" ".join(words[p.start : p.end]), p.whole) for p in found] == expected


@pytest.mark.parametrize(
    "value, line, expected",
    [
        # a window's title typed as a name by the grid's name column it was dragged over: no piece
        # of it is a name's (the app's brand in its tab title and top bar, on every frame)
        ("Callnotes - Lakemont CRM", "Customers - Lakemont CRM", []),
        ("Callnotes - Lakemont CRM", "Call notes - Lakemont CRM", []),
        ("Lakemont", "Customers - Lakemont CRM", []),  # the brand alone, typed as a name: no name known
        # real names of those shapes: a known surname alone, a name whole or in part
        ("Brennan", "Owner Brennan", [("Brennan", True)]),
        ("Nadia Brennan", "Customers - Nadia Brennan", [("Nadia Brennan", True)]),
        ("Nadia Brennan", "assigned to Brennan", [("Brennan", False)]),
    ],
)
def test_a_seen_name_written_as_none_is_no_name_to_look_for(detector, value, line, expected):
    """crm_grid (corpus_v3) blocked on PERSON seen_value_part x260: a notes window dragged over the
    grid put its title bar ("<title> - <brand> CRM") on a row's line under the Owner column, which
    typed it PERSON (and, a frame later, its brand alone); the gate then matched the brand in the
    page's tab title and top bar on every frame. A seen name with a word of no letters between
    its words, or of one word the lexicon knows as no name, is no name to look for."""
    seen = SeenValues()
    seen.add("PERSON", value, 1.0)
    words = line.split()
    found = seen.find(words, detector.lexicon.is_ordinary, detector.lexicon.is_name)
    assert [(" ".join(words[p.start : p.end]), p.whole) for p in found] == expected


CUSTOMERS = [
    ("Customer", "City", "Status"),
    ("Dana Cooper", "Shipping", "Open"),
    ("Mark Evans", "Leeds", "Closed"),
    ("Priya Shah", "Delivery", "Open"),
]


def test_the_gate_reports_no_dictionary_word_as_a_place(tmp_path, detector):
    lines = [(x, 30 + 40 * r, cell) for r, row in enumerate(CUSTOMERS) for x, cell in zip((20, 200, 380), row)]
    path = clip(tmp_path, "customers", lines)
    result = verify_output(path, unmasked(path), detector, CachedEngine(make_engine(OcrConfig())))
    places = [f for f in result.findings if f.entity_type == "LOCATION"]
    assert len({f.box.y for f in places}) == 1 and places[0].box.y < 30 + 40 * 2 + 8 < places[0].box.y2  # Leeds
    assert {f.basis for f in result.findings} == {FindingBasis.HIGH_CONFIDENCE}
    assert len({(f.entity_type, f.box.y) for f in result.findings if f.entity_type == "PERSON"}) == 3


# (no day after "Mar": "Bill Mar 14 ..." is a word before a date to the detector, no name at all)
JOURNAL = [(20, 60, "Bill Mar 09:02:11 systemd[1]: Started billing-api"), (20, 100, "Contact: Dana Cooper")]


@pytest.mark.parametrize("before, masked", [("", "Bi"), ("Bill M", "ar")])
def test_a_name_is_judged_by_the_words_no_mask_covers(tmp_path, detector, before, masked):
    """The gate reads a blur beside a journal's date as a word, or a page's link behind a
    terminal beside it ("Bill Mar": NER's PERSON); what no box covers, "Mar" or "Bill" alone,
    names nobody. A name beside its label is still reported."""
    engine = CachedEngine(make_engine(OcrConfig()))
    path = clip(tmp_path, "journal", JOURNAL)
    found = detector.detect(frame_layout(draw_screen(JOURNAL, (W, H)), engine, OcrConfig()), None)
    bill = next(d for d in found if d.entity_type == "PERSON" and d.box.y < 80)
    assert finding_basis(bill) == FindingBasis.HIGH_CONFIDENCE  # reported, were nothing masked
    face = font(14)
    word = Box(20 + round(face.getlength(before)), bill.box.y, round(face.getlength(masked)), bill.box.h)
    plan = unmasked(path)
    plan.tracks.append(Track(1, "USERNAME", 0.9, segments=[TrackSegment(0, COUNT - 1, word, 0.0, COUNT / FPS)]))
    result = verify_output(path, plan, detector, engine)
    assert {f.box.y > 80 for f in result.findings if f.entity_type == "PERSON"} == {True}  # Dana Cooper only


ROWS = [
    (20, 40, "4100,Robin Johnson,rjohnson@btinternet.com,Derby"),
    (20, 58, "4126,Carolyn Green,carolyn.green@btinternet.com,Glasgow"),
    (20, 76, "4139,Liam Mitchell,liamm@gmail.com,Norwich"),
]


def test_a_value_between_masked_rows_of_a_terminal_is_found(tmp_path, detector):
    """Rows 18 px apart, the rows above and below masked whole: the middle row's e-mail address
    is readable and the gate reports it (the grown masks of its neighbours covered most of its
    padded box, and it passed as blur)."""
    path = clip(tmp_path, "rows", ROWS)
    plan = unmasked(path)
    for i, y in enumerate((40, 76)):
        row = Box(18, y - 2, 520, 19)
        plan.tracks.append(Track(i + 1, "PERSON", 0.9, segments=[TrackSegment(0, COUNT - 1, row, 0.0, COUNT / FPS)]))
    result = verify_output(path, plan, detector, CachedEngine(make_engine(OcrConfig())))
    assert any(f.entity_type == "EMAIL_ADDRESS" and f.box.y < 66 < f.box.y2 for f in result.findings)


ENV = [
    (10, "emma.wilson@ws-eng-07:~$ env"),
    (10, "SHELL=/bin/bash"),
    (10, "AWS_SECRET_ACCESS_KEY=Qm3k9Xz0aLr+7BvT2pWn8YcE5uJd1Hs6Gf4Ki0Ao"),
    (10, "PWD=/home/emma.wilson"),
    (10, "LOGNAME=emma.wilson"),
    (10, "XDG_RUNTIME_DIR=/run/user/1000"),
    (10, "HOME=/home/emma.wilson"),
    (10, "LANG=en_GB.UTF-8"),
    (10, "GITHUB_TOKEN=ghp_a8Kd03LmQz7Xw2Pr5Tn9Yb4Vc6Hj1Gf0Se3D"),
    (10, "AWS_DEFAULT_REGION=eu-west-2"),
    (10, "emma.wilson@ws-eng-07:~$"),
]
ENV_SECRET = "Qm3k9Xz0aLr+7BvT2pWn8YcE5uJd1Hs6Gf4Ki0Ao"


def _gate_reads(detector, read, image, masks: list[Box]) -> list:  # noqa: F811
    """What the gate reports on `image` with `masks` blurred as the renderer blurs them: the
    detector's findings (with the gate's memory of tables) that no mask mostly covers."""
    from pipeline.redact.verify import MASKED_SHARE, _core, _TablesMemory, masked_share, reported_basis
    from pipeline.render.renderer import mask_frame

    layout = read(mask_frame(image.copy(), masks))
    found = detector.detect(layout, _TablesMemory())
    is_common = detector.lexicon.is_ordinary
    return [
        d
        for d in found
        if masked_share(_core(d.box), masks) < MASKED_SHARE and reported_basis(d, layout, masks, is_common) is not None
    ]


def test_env_output_with_its_secrets_masked_is_clean_and_a_secret_left_is_found(detector, read):  # noqa: F811
    """`env` in a terminal, masked where the analysis found its values, then read as the gate
    reads it: a variable whose value is masked reads as its key alone ("AWS SECRET ACCESS KEY",
    the "=" under the blur) and is no heading over a block of secrets (the paths and locale
    below it were SECRET structural), and "PWD" alone is no password label over the next line.
    The same screen with the secret key's box left out (a planted leak) is still blocked."""
    from tests.test_tables_classes import MONO, screen

    image = screen(ENV, MONO, size=(1100, 20 + 26 * len(ENV) + 10))
    analysed = detector.detect(read(image), None)
    masks = [d.box for d in analysed]
    gate = _gate_reads(detector, read, image, masks)
    assert not gate, [(d.entity_type, d.recognizer) for d in gate]
    where = boxes([(x, t) for x, t in ENV], MONO, [ENV_SECRET])[ENV_SECRET]
    planted = [m for m in masks if not m.intersects(where)]
    assert len(planted) < len(masks)
    gate = _gate_reads(detector, read, image, planted)
    assert any(d.entity_type in {"SECRET", "PASSWORD"} and d.box.intersects(where) for d in gate)


TABULAR = [
    (20, 30, "Company"),
    (100, 30, "Harbourview Clinic"),
    (20, 60, "Address"),
    (100, 60, "14 Quarry Lane, Leeds LS6 2AB"),
    (20, 90, "Local time"),
    (100, 90, "Mon, 10:34 CDT"),
]
STACKED = [
    (20, 30, "Address"),
    (300, 30, "Sent by"),
    (370, 30, "dana.cooper@gmail.com"),
    (20, 55, "14 Quarry Lane, Leeds LS6 2AB"),
]


def test_a_label_whose_value_beside_it_is_masked_has_none_below(detector, read):  # noqa: F811
    """A tabular form read as the gate reads it, the address in its value column masked:
    "Address" then reads alone, and the line below ("Local time Mon, 10:34 CDT") is no address
    (ADDRESS label/below blocked a helpdesk ticket on every frame). A label above its value, with
    another field's value masked further along its row, still has its value below: planted
    there (its box left out), it is found."""
    image = draw_screen(TABULAR, (W, H))
    masks = [d.box for d in detector.detect(read(image), None)]
    assert masks
    assert not [d for d in _gate_reads(detector, read, image, masks) if d.entity_type == "ADDRESS"]
    image = draw_screen(STACKED, (W, H))
    found = detector.detect(read(image), None)
    line = Box(20, 52, 300, 20)  # the address's line
    assert any(d.entity_type == "ADDRESS" and d.box.intersects(line) for d in found)
    planted = [d.box for d in found if not d.box.intersects(line)]
    assert planted  # the e-mail address beside the label's row stays masked
    gate = _gate_reads(detector, read, image, planted)
    assert any(d.box.intersects(line) for d in gate)


def test_the_label_above_is_found_over_the_value_s_own_line():
    """The geometry of a real helpdesk frame read by the gate: the line under "Address" (its value
    masked to the right) is found as its value, in a box padded so that the line's words reach
    past its middle; the label is the line above, not the value's own last word ("CDT")."""
    from pipeline.core.layout import group_lines
    from pipeline.core.types import OcrWord
    from pipeline.redact.verify import _label_value_masked

    words = [
        OcrWord("Address", Box(17, 302, 49, 11), 95.0),
        OcrWord("Local", Box(18, 339, 31, 12), 95.0),
        OcrWord("time", Box(53, 339, 24, 12), 95.0),
        OcrWord("Mon,", Box(96, 339, 29, 12), 95.0),
        OcrWord("10:34", Box(129, 339, 32, 12), 95.0),
        OcrWord("CDT", Box(164, 339, 28, 11), 95.0),
    ]
    layout = group_lines(words)
    found = Box(14, 335, 182, 20)
    assert _label_value_masked(found, layout, [Box(91, 301, 122, 16), Box(93, 317, 122, 13)])
    assert not _label_value_masked(found, layout, [Box(444, 295, 112, 23)])  # nothing masked beside it


@pytest.mark.parametrize(
    "cell, reported",
    [
        ("Card payment TESCO STORES 2931", False),  # a payment's description under a misread header
        ("20-45-67", True),
        ("20-45", True),  # the rest under a window: still a sort code's digits
        ("40 44 06 ref 7", True),
    ],
)
def test_a_number_field_is_structural_only_where_it_shows_a_number(cell, reported):
    """A column typed SORT_CODE by its header (a row of a payment's details, "Payee | sort code |
    ref", read as a header by the gate once its values were masked) over a statement's payment
    descriptions: words, not the digits of a sort code, are no structural finding; digits are."""
    from pipeline.core.layout import group_lines
    from pipeline.core.types import Detection, OcrWord
    from pipeline.redact.verify import reported_basis

    words, x = [], 582
    for text in cell.split():
        words.append(OcrWord(text, Box(x, 516, 9 * len(text), 15), 95.0))
        x += 9 * len(text) + 5
    layout = group_lines(words)
    found = Detection("SORT_CODE", 0.85, Box(577, 511, x - 577, 26), "structure/table", "0" * 16)
    expected = FindingBasis.STRUCTURAL if reported else None
    assert reported_basis(found, layout, []) == expected


@pytest.mark.parametrize(
    "cell, reported",
    [
        ("9. AMIA/B1/BIf/k//n/plq", False),  # a licence's categories, zoomed under the number's column
        ("HOLLOW602117JK9LD", True),  # a licence number: letters and digits
        ("533380942", True),
    ],
)
def test_an_id_field_is_structural_only_where_it_shows_an_id_s_digits(cell, reported):
    """A driving licence zoomed in a viewer: its rows slide under a column the gate remembered as
    a document number's, and the categories line (letters and slashes, one digit) is read in it.
    A document number holds digits; the categories are no id."""
    from pipeline.core.layout import group_lines
    from pipeline.core.types import Detection, OcrWord
    from pipeline.redact.verify import reported_basis

    words, x = [], 322
    for text in cell.split():
        words.append(OcrWord(text, Box(x, 568, 9 * len(text), 16), 90.0))
        x += 9 * len(text) + 5
    found = Detection("NATIONAL_ID", 0.85, Box(317, 563, x - 317, 26), "structure/table", "0" * 16)
    assert reported_basis(found, group_lines(words), []) == (FindingBasis.STRUCTURAL if reported else None)


@pytest.mark.parametrize("shown, reported", [(".···.···.··.", False), ("•••••••", False), ("Wx7#pLq2", True)])
def test_a_password_field_is_structural_only_where_it_shows_characters(shown, reported):
    """A "Current password" field showing its masking dots holds nothing readable (PASSWORD
    structural x5 on a security settings page); the same field showing characters does."""
    from pipeline.core.layout import group_lines
    from pipeline.core.types import Detection, OcrWord
    from pipeline.redact.verify import reported_basis

    layout = group_lines([OcrWord(shown, Box(386, 438, 63, 8), 60.0)])
    found = Detection("PASSWORD", 0.9, Box(382, 434, 71, 16), "structure/password_field", "0" * 16)
    assert reported_basis(found, layout, []) == (FindingBasis.STRUCTURAL if reported else None)


@pytest.mark.parametrize("conf, reported", [((8.0, 0.0, 7.0), False), ((91.0, 88.0, 60.0), True)])
def test_a_name_in_words_no_ocr_engine_could_read_is_no_finding(conf, reported):
    """security_settings's last false block (PERSON high_confidence x1, the frame after the page
    scrolled back to its recovery codes): the block's dashed border over the blurred tops of its
    codes, text the analysis could not read (an UNREAD_TEXT line, left unmasked for QA), was read
    at confidence 0-8 as three words that NER took for a name. Words read with confidence are
    judged as before. (That frame's geometry; the words are the kind OCR makes of such a border.)"""
    from pipeline.core.layout import group_lines
    from pipeline.core.types import Detection, OcrWord
    from pipeline.detection.filters import NER_RECOGNIZER
    from pipeline.redact.verify import reported_basis

    texts = ("Lin", "Sarnivan", "nnn")
    boxes_ = (Box(379, 433, 24, 16), Box(406, 433, 28, 16), Box(436, 434, 12, 3))
    layout = group_lines([OcrWord(t, b, c) for t, b, c in zip(texts, boxes_, conf)])
    found = Detection("PERSON", 0.85, Box(374, 428, 79, 26), NER_RECOGNIZER, "0" * 16)
    masks = [Box(394, 450, 95, 20), Box(594, 447, 96, 24)]
    assert reported_basis(found, layout, masks) == (FindingBasis.HIGH_CONFIDENCE if reported else None)


# A row of two rounded buttons under an e-mail ("Reply", "Forward"), the pointer's I-beam over the
# first, read as two lines of one row: the outlines' tops with the labels, and their bottoms
BUTTONS_TOP = [
    ("Va", (301, 641, 17, 18), 54.0),
    ("¢", (325, 655, 12, 8), 25.0),
    ("Fleply", (341, 649, 36, 20), 92.0),
    ("EN", (383, 640, 17, 20), 44.0),
    ("©", (434, 656, 12, 7), 46.0),
    ("Forward", (450, 652, 51, 13), 97.0),
    (">", (508, 641, 17, 19), 14.0),
]
BUTTONS_BOTTOM = [("Ne", (301, 657, 17, 20)), ("CaS", (383, 658, 44, 19)), ("yy", (508, 658, 17, 18))]


@pytest.mark.parametrize("conf, reported", [((26.0, 30.0, 0.0), False), ((91.0, 88.0, 60.0), True)])
def test_a_name_is_judged_by_the_confidence_of_its_own_line(conf, reported):
    """webmail_inbox's false block (PERSON high_confidence x3, every frame from 24 s): the
    outlines of a mail's Reply and Forward buttons read as a line of their own at confidence
    0-30 under the buttons' labels, and NER took two of those "words" for a name (0.85). Their
    padded box reached the middle of the label above ("Reply", read at 92), which lifted the
    mean confidence over the garbled threshold. The finding's own line is judged: garbled, no
    finding; the same line read with confidence, reported. (That frame's geometry.)"""
    from pipeline.core.layout import group_lines
    from pipeline.core.types import Detection, OcrWord
    from pipeline.detection.filters import NER_RECOGNIZER
    from pipeline.redact.verify import reported_basis

    words = [OcrWord(t, Box(*b), c) for t, b, c in BUTTONS_TOP]
    words += [OcrWord(t, Box(*b), c) for (t, b), c in zip(BUTTONS_BOTTOM, conf)]
    layout = group_lines(words)
    assert len(layout.lines) == 2  # as the gate read it
    found = Detection("PERSON", 0.85, Box(296, 656, 136, 22), NER_RECOGNIZER, "0" * 16)
    masks = [Box(296, 560, 160, 60)]  # the signature above, masked
    assert reported_basis(found, layout, masks) == (FindingBasis.HIGH_CONFIDENCE if reported else None)


DEPARTMENTS = ["Finance", "Facilities", "", "Legal", "Engineering", "Marketing"]  # "": the masked cell


def _cells_clip(tmp_path, name: str) -> tuple:
    """A column of equal bordered cells (a sheet's Department column as the field finder sees it)
    in which one cell, the one the plan masks, shows a row of dots: what the gate read in the
    blur of a masked cell. Raw frames, so the pixels are those drawn."""
    from PIL import Image, ImageDraw

    from tests.helpers import screen_clip
    from tests.test_verify_basis import COUNT, FPS, H, W

    image = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face = font(14)
    cells = []
    for i, word in enumerate(DEPARTMENTS):
        box = Box(400, 30 + 40 * i, 160, 28)
        draw.rectangle((box.x, box.y, box.x2, box.y2), outline=(150, 150, 150), width=1)
        if word:
            draw.text((box.x + 8, box.y + 6), word, fill=(20, 20, 20), font=face)
        else:
            for k in range(8):
                cx = box.x + 14 + 10 * k
                draw.ellipse((cx - 2, box.y + 12, cx + 2, box.y + 16), fill=(31, 35, 40))
        cells.append(box)
    frame = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
    path = screen_clip(tmp_path / f"{name}.mp4", [frame] * COUNT, FPS, codec="raw", pix_fmt="bgr24")
    return path, cells[DEPARTMENTS.index("")], COUNT, FPS


@pytest.mark.parametrize("masked", [True, False])
def test_a_masked_cell_is_no_field_that_showed_bullets(tmp_path, detector, masked):
    """hr_payroll_sheet's false block (PASSWORD structural x1365 from 5.5 s): the gate's field
    finder takes a sheet's cells for input boxes, a cell that the plan masks read as a field
    showing masking bullets, and the password-field memory (a field's column and size) typed
    every cell of the column PASSWORD. A box the plan's masks reach into is not taken for one
    showing bullets: the renderer's blur is no evidence of them. A field that shows bullets with
    no mask over it still makes its column's fields password fields."""
    path, dots, count, fps = _cells_clip(tmp_path, "cells")
    plan = unmasked(path)
    if masked:
        plan.tracks.append(Track(1, "PERSON", 0.9, segments=[TrackSegment(0, count - 1, dots, 0.0, count / fps)]))
    result = verify_output(path, plan, detector, CachedEngine(make_engine(OcrConfig())))
    passwords = [f for f in result.findings if f.entity_type == "PASSWORD"]
    if masked:
        assert not passwords
    else:
        assert passwords and {f.basis for f in passwords} == {FindingBasis.STRUCTURAL}


# A mail list: each row a sender cell and a subject, 40 px apart; the last row half under the
# list's bottom edge, its letters' bottoms and tails cut off (webmail_inbox's geometry)
_ROW_PITCH, _ROW_H, _CUT_H = 40, 16, 13
_SUBJECTS = ["Quarterly figures attached", "Parking permits renewal", "New starter next week", "Team lunch"]


def _mail_list(last_sender: str, last_subject: str, last_h: int) -> list[OcrWord]:
    """Words of the list's rows, the last of height `last_h` (its words read at 77-90)."""
    from pipeline.core.types import OcrWord

    def row(text: str, x: int, y: int, h: int, conf: float) -> list[OcrWord]:
        words, pos = [], x
        for part in text.split():
            words.append(OcrWord(part, Box(pos, y, 8 * len(part), h), conf))
            pos += 8 * len(part) + 6
        return words

    words = []
    for i, subject in enumerate(_SUBJECTS):
        words += row(subject, 488, 536 + i * _ROW_PITCH, _ROW_H, 96.0)
    y = 536 + len(_SUBJECTS) * _ROW_PITCH + (_ROW_H - last_h)
    words += row(last_sender, 294, y, last_h, 90.0) + row(last_subject, 488, y, last_h, 80.0)
    return words


@pytest.mark.parametrize(
    "subject, height, reported",
    [
        ("Fw’ Hnliday claim aierv", _CUT_H, False),  # a cut row's subject read as non-words: no name
        ("Fw’ Hnliday claim aierv", _ROW_H, True),  # the same words on a whole row: judged as before
        ("Nadia Okafor claim aierv", _CUT_H, True),  # a real name read off a cut row: still reported
    ],
)
def test_a_guessed_name_on_a_row_cut_by_the_view_s_edge_is_no_finding(detector, subject, height, reported):
    """webmail_inbox (corpus_v3) blocked on PERSON high_confidence x3: the list's last row, cut by
    the list's bottom edge, its letters' bottoms lost ("Expense" read as a word of no language),
    NER's PERSON 0.85 on the subject's first two words. A NER name on a row cut by its view's
    edge must hold a known first name or surname; the same words on a whole row, and a real name
    on the cut row, are still reported."""
    from pipeline.core.layout import group_lines
    from pipeline.core.types import Detection
    from pipeline.detection.filters import NER_RECOGNIZER
    from pipeline.redact.verify import reported_basis

    layout = group_lines(_mail_list("Sender", subject, height))
    last = max(layout.lines, key=lambda line: (line.box.y, line.box.x))
    first_two = Box.union_all(w.box for w in last.words[:2])
    assert first_two is not None
    found = Detection("PERSON", 0.85, first_two.pad(3), NER_RECOGNIZER, "0" * 16)
    masks = [Box(290, 530, 110, 220)]  # the sender column, masked
    lexicon = detector.lexicon
    basis = reported_basis(found, layout, masks, lexicon.is_ordinary, lexicon.is_name)
    assert basis == (FindingBasis.HIGH_CONFIDENCE if reported else None)


def test_the_analysis_still_finds_a_name_on_a_row_cut_by_the_view_s_edge(detector):
    """The rule above is the gate's: the analysis reads the same cut row and still masks the
    sender's name on it (whatever type NER gives it: spaCy calls this one a place)."""
    layout = group_lines(_mail_list("Nadia Okafor", "Quarterly report", _CUT_H))
    cut_y = 536 + len(_SUBJECTS) * _ROW_PITCH
    found = [d.box for d in detector.detect(layout) if d.box.y2 > cut_y]
    assert any(b.x <= 294 and b.x2 >= 294 + 8 * len("NadiaOkafor") + 6 for b in found)


# A customer grid (crm_grid's geometry): a header row, then rows 21 px apart, the company column
# at x 403; the first row half under the sticky header, its letters' tops cut off while OCR's
# boxes keep their height, read at 74-76 where the rows below read at 96-97
_GRID_COMPANIES = ["Summit Outdoor Supply", "Brightwater Dental", "Copperleaf Bakery", "Granite Peak Realty"]


def _grid(first: str, first_conf: float, garbled_row: int = 0) -> tuple:
    """The grid's words as OCR read them, `first` the first row's company cell (or, with
    `garbled_row` > 0, that row's); the line of that cell."""

    def row(text: str, x: int, y: int, conf: float) -> list[OcrWord]:
        words, pos = [], x
        for part in text.split():
            words.append(OcrWord(part, Box(pos, y, 8 * len(part), 13), conf))
            pos += 8 * len(part) + 5
        return words

    words = row("ID", 67, 185, 96.0) + row("Last contact", 1532, 184, 96.0) + row("Status", 1675, 184, 97.0)
    cells = [*_GRID_COMPANIES[:garbled_row], first, *_GRID_COMPANIES[garbled_row:]]
    for i, company in enumerate(cells):
        odd = i == garbled_row
        y = 200 + 20 * i
        words += row(f"CUS-105{47 + 7 * i}", 66, y, 87.0 if odd else 92.0)
        words += row(company, 404, y, first_conf if odd else 96.0)
    layout = group_lines(words)
    line = next(line for line in layout.lines if line.box.x == 404 and line.box.y == 200 + 20 * garbled_row)
    return layout, line


@pytest.mark.parametrize(
    "first, conf, garbled_row, reported",
    [
        ("Biuepiru LoyIsucs", 75.0, 0, False),  # the first row under the header, misread: no name
        ("Biuepiru LoyIsucs", 96.0, 0, True),  # the same words read as well as the rows below
        ("Nadia Okafor", 75.0, 0, True),  # a real name on the cut row: still reported
        ("Biuepiru LoyIsucs", 75.0, 2, True),  # a misread row inside the column: no edge cuts it
    ],
)
def test_a_guessed_name_on_a_row_under_a_sticky_header_is_no_finding(detector, first, conf, garbled_row, reported):
    """crm_grid (corpus34) blocked on PERSON high_confidence x4 (22-28 s): the grid's first row
    under its sticky header, the letters' tops cut off; OCR's boxes kept the row's height, so
    `_cut_by_edge` did not see it cut, and read '<Brand> Logistics' as two words of no language
    at 74-76 (the rows below at 96-97), which spaCy took for a name (0.85). A row at a column's
    edge read well under its column is cut as a shorter one is; a known name is still reported,
    and so is a misread row that no edge cuts."""
    from pipeline.core.types import Detection
    from pipeline.detection.filters import NER_RECOGNIZER
    from pipeline.redact.verify import reported_basis

    layout, line = _grid(first, conf, garbled_row)
    found = Detection("PERSON", 0.85, line.box.pad(3), NER_RECOGNIZER, "0" * 16)
    masks = [Box(190, 190, 110, 120)]  # the contact column, masked
    lexicon = detector.lexicon
    basis = reported_basis(found, layout, masks, lexicon.is_ordinary, lexicon.is_name)
    assert basis == (FindingBasis.HIGH_CONFIDENCE if reported else None)


# shipping_labels' output at 18 s: the 'Edit recipient' drawer's 'Full name' field masked (its
# left border under the blur, so no input box is found), left of it the 'Label preview' heading
# that the drawer's edge cuts, read on the field's line
_DRAWER_MASK = Box(930, 194, 105, 33)


def _drawer_words(second_label: bool) -> list[OcrWord]:
    words = [
        OcrWord("Edit", Box(931, 155, 30, 12), 96.0),
        OcrWord("recipient", Box(965, 155, 67, 16), 97.0),
        OcrWord("Full", Box(930, 184, 18, 10), 96.0),
        OcrWord("name", Box(951, 186, 28, 8), 97.0),
        OcrWord("Weight", Box(738, 201, 37, 11), 96.0),
        OcrWord("Label", Box(821, 203, 36, 13), 93.0),
        OcrWord("previev", Box(862, 203, 49, 15), 77.0),
    ]
    if second_label:  # a form's second field: its own label over the value
        words += [OcrWord("Last", Box(821, 184, 22, 10), 96.0), OcrWord("name", Box(846, 186, 28, 8), 96.0)]
    return words


@pytest.mark.parametrize(
    "masks, second_label, reported",
    [
        ([_DRAWER_MASK], False, False),  # the label's value masked beside: the heading is no value
        ([], False, True),  # nothing masked beside it: judged as before
        ([_DRAWER_MASK], True, True),  # under a label of its own: judged as before
        ([Box(1100, 194, 105, 33)], False, True),  # a mask far beside it: judged as before
    ],
)
def test_words_beside_a_label_s_masked_value_and_under_no_label_are_no_value(masks, second_label, reported):
    """shipping_labels (corpus35/gate) blocked on PERSON high_confidence x5 (14-19 s): the
    gate's detector took the masked 'Full name' field (its masked cell under the label) with
    the cut heading beside it for the label's value, and judged the heading's words a name."""
    from pipeline.core.types import Detection
    from pipeline.redact.verify import reported_basis, with_masked_cells

    layout = with_masked_cells(group_lines(_drawer_words(second_label)), masks)
    found = Detection("PERSON", 0.85, Box(816, 198, 100, 25), "label:name/below", "0" * 16)
    assert reported_basis(found, layout, masks) == (FindingBasis.HIGH_CONFIDENCE if reported else None)


@pytest.mark.parametrize(
    "shown, width, conf, reported",
    [
        ("bh", 8, 38.0, False),  # the pointer's arrow read as two letters: no value
        ("bh", 8, 92.0, True),  # two characters read with confidence: a value shown
        ("k7Qx", 32, 38.0, True),  # a longer value read badly is still one
    ],
)
def test_the_pointer_beside_a_password_label_is_no_value(shown, width, conf, reported):
    """security_settings (corpus_v3) blocked on PASSWORD structural x1 (frame 150): the mouse
    pointer resting right of a "Current password" label, its arrow read "bh" at 38, was taken
    for the label's value beside it. A field's value of two characters or fewer read under the
    analysis's confidence for text nobody could read is a shape, not a value. (That frame's
    geometry.)"""
    from pipeline.core.types import Detection
    from pipeline.redact.verify import reported_basis

    words = [
        OcrWord("Current", Box(373, 524, 51, 12), 96.0),
        OcrWord("password", Box(428, 523, 65, 15), 96.0),
        OcrWord(shown, Box(578, 527, width, 9), conf),
    ]
    layout = group_lines(words)
    found = Detection("PASSWORD", 0.9, Box(574, 526, width + 8, 11), "label:password/right", "0" * 16)
    assert reported_basis(found, layout, []) == (FindingBasis.STRUCTURAL if reported else None)


@pytest.mark.parametrize("masked, reported", [(True, False), (False, True)])
def test_a_label_boxed_over_two_rows_with_its_value_masked_has_none_below(masked, reported):
    """terminal_ops_secrets of ../shared/recordings, training output (PASSWORD structural x2,
    frames 492 and 510): `cat config.ini`, "password = " with its value masked; OCR boxed
    "password" over two rows (37 px for a 15 px line, a glyph of the row above joined to it) and
    read the "=" as a line of its own, so the label seemed neither to meet the mask beside it
    nor to end before it, and "[payments]" below was taken for the password. With the value
    beside the label left unmasked, the line below is still judged its value. (That frame's
    geometry; the ini's section name as text.)"""
    from pipeline.core.types import Detection
    from pipeline.redact.verify import reported_basis

    words = [
        OcrWord("Ne", Box(16, 184, 17, 11), 97.0),  # the edge of a panel left of the terminal
        OcrWord("password", Box(34, 175, 82, 37), 98.0),
        OcrWord("=", Box(118, 180, 9, 6), 97.0),
        OcrWord("[payments]", Box(40, 212, 84, 15), 94.0),
        OcrWord("provider", Box(38, 230, 70, 14), 96.0),
    ]
    layout = group_lines(words)
    found = Detection("PASSWORD", 0.9, Box(44, 211, 76, 17), "label:password/below", "0" * 16)
    masks = [Box(132, 175, 134, 18)] if masked else []
    assert reported_basis(found, layout, masks) == (FindingBasis.STRUCTURAL if reported else None)


def _word_row(parts: list[tuple[int, str]], y: int = 649) -> list:
    """Words at the x given, 8 px a character, on one row."""
    from pipeline.core.types import OcrWord

    return [OcrWord(text, Box(x, y, 8 * len(text), 15), 95.0) for x, text in parts]


@pytest.mark.parametrize(
    "parts, reported",
    [
        # corpus_v3 system_tools, frames 270-484: a services list's 'Volume Shadow Copy' beside
        # 'Manages the shadow copies', 'Manages' read as 'Manag' and 'es' with no gap between
        ([(153, "Volume"), (209, "Shadow"), (265, "Copy"), (403, "Manag"), (443, "es"), (462, "the")], False),
        # a name OCR split the same way is still one
        ([(153, "Contact"), (265, "Tamsin"), (321, "Oko"), (345, "ro")], True),
    ],
)
def test_a_word_split_by_ocr_is_judged_whole(parts, reported, detector):
    """NER's PERSON over 'Copy Manag' (two cells of a system services list): the gate judged the
    words as split, and 'Manag', no dictionary word, passed for a name (fails before: high
    confidence, a no-personal-data recording blocked on 9 frames). Words OCR split where the
    image has no space are judged as the one word they are ('Manages')."""
    from pipeline.core.layout import group_lines
    from pipeline.core.types import Detection
    from pipeline.redact.verify import reported_basis

    words = _word_row(parts)
    layout = group_lines(words)
    first, last = words[2], words[3]
    found = Detection(
        "PERSON", 0.85, Box.from_corners(first.box.x - 4, 644, last.box.x2 + 4, 669), "SpacyRecognizer", "0" * 16
    )
    basis = reported_basis(found, layout, [], detector.lexicon.is_ordinary, detector.lexicon.is_name)
    assert (basis == FindingBasis.HIGH_CONFIDENCE) == reported
