"""Identifiers customers show: dates of birth, bank accounts and sort codes (identifiers.py),
national ids and identity documents (Presidio's recognizers, kept only after the words that name
them: detection.yaml `filters.required_context`), postal addresses over lines; and the technical
screens where none of them may be found."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.errors import ConfigError
from pipeline.detection.config import load_model_files
from pipeline.detection.detector import Detector
from pipeline.detection.recognizers.identifiers import BankAccountRecognizer, DateOfBirthRecognizer
from pipeline.detection.text import LayoutText
from tests.helpers import text_layout

NEW_TYPES = frozenset(
    {
        "DATE_OF_BIRTH",
        "ACCOUNT_NUMBER",
        "SORT_CODE",
        "ADDRESS",
        "ZIP_CODE",
        "UK_NINO",
        "NATIONAL_ID",
        "UK_NHS",
        "UK_PASSPORT",
        "UK_DRIVING_LICENCE",
        "US_DRIVER_LICENSE",
        "US_PASSPORT",
        "US_ITIN",
        "US_BANK_NUMBER",
        "CA_SIN",
        "AU_TFN",
        "AU_MEDICARE",
        "IN_PAN",
        "IN_AADHAAR",
        "IN_PASSPORT",
        "IN_VOTER",
        "ES_NIF",
        "ES_NIE",
        "IT_FISCAL_CODE",
        "IT_DRIVER_LICENSE",
        "IT_PASSPORT",
        "IT_IDENTITY_CARD",
        "PL_PESEL",
        "FI_PERSONAL_IDENTITY_CODE",
        "SE_PERSONNUMMER",
        "DE_PASSPORT",
        "DE_ID_CARD",
        "DE_TAX_ID",
        "DE_SOCIAL_SECURITY",
    }
)


def spans(recognizer, text: str, entities: list[str]) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, entities)}


# ---------------------------------------------------------------------- dates of birth --

DATES_OF_BIRTH = [
    ("DOB 14/03/1987", "14/03/1987"),
    ("D.O.B.: 03/14/87", "03/14/87"),
    ("Date of birth: 1987-03-14", "1987-03-14"),
    ("I was born on 14 Mar 1987 in York", "14 Mar 1987"),
    ("born March 14, 1987", "March 14, 1987"),
    ("Birthday 14th March 1987", "14th March 1987"),
    ("Date of birth\n14.03.1987", "14.03.1987"),  # the label above its value
    ("DOB 14/ 03/1987", "14/ 03/1987"),  # OCR's space beside a separator
    ("Date of birth: 14 03 1987", "14 03 1987"),  # spaces for separators, as a form's boxes
    ("born on 3  11  1990", "3  11  1990"),
    # a payroll row whose header scrolled away: a national insurance number on the line
    ("Ross Birch KH 66 63 28 A 18/02/1982 York £47,750", "18/02/1982"),
    ("Kim Holt 536-22-8190 1987-03-14 Denver", "1987-03-14"),
]


@pytest.mark.parametrize("text,value", DATES_OF_BIRTH, ids=[v for _, v in DATES_OF_BIRTH])
def test_date_of_birth(text, value):
    assert ("DATE_OF_BIRTH", value) in spans(DateOfBirthRecognizer(), text, ["DATE_OF_BIRTH"])


NOT_DATES_OF_BIRTH = [
    "Last login 14/03/2025 09:12",
    "Adobe Acrobat Reader updated 12/03/2024",  # "dob" inside a word is no context
    "Original Install Date: 14/03/2021, 09:12:44",
    "Date of birth 12.19.2.45 driver",  # a version, not a date
    "Birthday party room booked, invoice 2024-13-45",  # no calendar date
    "born 1987",  # a year alone
    "Date of birth checked: ref 77 14 03 1987",  # digit groups of a longer number
    "DOB 14 03 87",  # spaced groups of two: a sort code's or a reference's shape, no date
    "Driver Date 2/17/2023 Driver Version 12.19.2.45",
    "KH 66 63 28 A record updated 18/02/2025",  # an id on the line, but a recent date
]


@pytest.mark.parametrize("text", NOT_DATES_OF_BIRTH)
def test_dates_without_birth_context(text):
    assert spans(DateOfBirthRecognizer(), text, ["DATE_OF_BIRTH"]) == set()


# ------------------------------------------------------------------------ bank accounts --

ACCOUNTS = [
    ("My customer account number is 12345678", "ACCOUNT_NUMBER", "12345678"),
    ("please pay into acct #98765432 today", "ACCOUNT_NUMBER", "98765432"),
    ("Account\n81619691", "ACCOUNT_NUMBER", "81619691"),
    ("Sort code 12-34-56 Account 87654321", "SORT_CODE", "12-34-56"),
    ("Sort code 12-34-56 Account 87654321", "ACCOUNT_NUMBER", "87654321"),
    ("Faster Payment to J Ellis 81-33-99 62626968", "SORT_CODE", "81-33-99"),
    ("Faster Payment to J Ellis 81-33-99 62626968", "ACCOUNT_NUMBER", "62626968"),
    ("Ross Birch KH 66 63 28 A York 81-92-50 52903836 GB90NNGE81925052903836", "ACCOUNT_NUMBER", "52903836"),
    ("s/c 40 47 84", "SORT_CODE", "40 47 84"),
    # in groups, as people type them and as a bubble wraps them (read again as one line)
    ("my customer account number is 1727 2957 thanks", "ACCOUNT_NUMBER", "1727 2957"),
    ("Account no. 0420 1881 3377", "ACCOUNT_NUMBER", "0420 1881 3377"),
    # glued to the prose word before it: a low-bitrate frame's space read as none
    ("My customer account number is12345678", "ACCOUNT_NUMBER", "12345678"),
    ("Account no98765432 please", "ACCOUNT_NUMBER", "98765432"),
]


@pytest.mark.parametrize("text,entity,value", ACCOUNTS, ids=[f"{e}-{v}" for _, e, v in ACCOUNTS])
def test_bank_accounts(text, entity, value):
    assert (entity, value) in spans(BankAccountRecognizer(), text, ["ACCOUNT_NUMBER", "SORT_CODE"])


NOT_ACCOUNTS = [
    "Event ID 4740 A user account was locked out. Security ID: S-1-5-21-3623811015-3361044348-30300820-1013",
    "Account lockout threshold: 10 invalid logon attempts",
    "Case number 02948317 Order number 112-4938271-3827465",
    "Updated 25-11-25 sort by date",  # a date, no sort code before it
    "Sort by: 25-11-25 newest first",
    "Disk 102687672 blocks, 48213044 used",
    "Version 10.0.19045 build 19045",
    "Process ID 12480 started 14-03-24",
    "Account created 2024 01 05 by admin",  # groups of two: a date
    "Account 1234 of 5678 synced",
    "User account ab12345678 disabled",  # letters and digits: an id, no prose word glued on
    "Order number is12345678 shipped",  # glued, but no account word before it
]


@pytest.mark.parametrize("text", NOT_ACCOUNTS)
def test_numbers_without_account_context(text):
    assert spans(BankAccountRecognizer(), text, ["ACCOUNT_NUMBER", "SORT_CODE"]) == set()


# ----------------------------------------------------------------------- the whole detector --


def found(detector: Detector, *rows: str) -> tuple[LayoutText, set[tuple[str, str]]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return lt, {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


IDENTIFIERS = [
    # id, rows, allowed entity types (a label may name the type, or only say "a document"), value
    ("nino-label", ["NI number: KH 66 63 28 A"], {"UK_NINO"}, "KH 66 63 28 A"),
    ("nino-prose", ["My national insurance is QQ123456C thanks"], {"UK_NINO"}, "QQ123456C"),
    # after its label, a number with a suffix no real one has (a test system's, a generator's)
    ("nino-label-any-suffix", ["NI number: ZX 71 40 92 T"], {"UK_NINO"}, "ZX 71 40 92 T"),
    ("nhs", ["NHS number 943 476 5919"], {"UK_NHS"}, "943 476 5919"),
    ("passport-label", ["Passport: 623824286"], {"US_PASSPORT", "NATIONAL_ID"}, "623824286"),
    ("passport-prose", ["my US passport 623824286 expires soon"], {"US_PASSPORT", "NATIONAL_ID"}, "623824286"),
    ("driver-license", ["Driver's license: O4381809 State: WI"], {"US_DRIVER_LICENSE"}, "O4381809"),
    ("driver-license-prose", ["driver license D1234567 was scanned"], {"US_DRIVER_LICENSE"}, "D1234567"),
    ("itin", ["ITIN 912-78-1234"], {"US_ITIN"}, "912-78-1234"),
    ("tfn-prose", ["I gave them my TFN 123 456 782 yesterday"], {"AU_TFN"}, "123 456 782"),
    ("aadhaar", ["Aadhaar 2345 6789 0124"], {"IN_AADHAAR", "NATIONAL_ID"}, "2345 6789 0124"),
    ("pesel", ["PESEL 44051401359"], {"PL_PESEL", "NATIONAL_ID"}, "44051401359"),
    ("nif", ["DNI 12345678Z"], {"ES_NIF"}, "12345678Z"),
    ("codice-fiscale", ["Codice fiscale RSSMRA85T10A562S"], {"IT_FISCAL_CODE", "NATIONAL_ID"}, "RSSMRA85T10A562S"),
    ("dob-right-of-label", ["Date of birth        12/22/1965"], {"DATE_OF_BIRTH"}, "12/22/1965"),
    ("dob-prose", ["I was born on 14 March 1987"], {"DATE_OF_BIRTH"}, "14 March 1987"),
    ("dob-spaced-below", ["2 Your date of birth", "14 03 1987"], {"DATE_OF_BIRTH"}, "14 03 1987"),
    ("dob-short-year", ["Date of birth: 14 Mar 87"], {"DATE_OF_BIRTH"}, "14 Mar 87"),
    ("account-prose", ["My customer account number is 12345678"], {"ACCOUNT_NUMBER"}, "12345678"),
    ("account-prose-glued", ["My customer account number is12345678"], {"ACCOUNT_NUMBER"}, "12345678"),
    ("sort-code-label", ["Sort code 99-61-90"], {"SORT_CODE"}, "99-61-90"),
    ("postcode-label", ["Postcode: SW1A 1AA"], {"ZIP_CODE"}, "SW1A 1AA"),
    ("zip-context", ["ZIP 53703"], {"ZIP_CODE"}, "53703"),
    # a person's number in a hospital's or a loyalty scheme's records
    ("mrn", ["MRN: 00591736"], {"ACCOUNT_NUMBER"}, "00591736"),
    ("hospital-number", ["Hospital number: R7730154"], {"ACCOUNT_NUMBER"}, "R7730154"),
    ("patient-id", ["Patient ID  PT-0093318"], {"ACCOUNT_NUMBER"}, "PT-0093318"),
    ("frequent-flyer", ["Frequent flyer  KL 51190824"], {"ACCOUNT_NUMBER"}, "KL 51190824"),
    ("loyalty-card", ["Loyalty card no. 6290 4411 0087"], {"ACCOUNT_NUMBER"}, "6290 4411 0087"),
    ("student-id", ["Student ID 20739114"], {"ACCOUNT_NUMBER"}, "20739114"),
    ("employee-id", ["Employee ID: E-330921"], {"ACCOUNT_NUMBER"}, "E-330921"),
    # a security question's answer beside it; a quiz's answer is none (test below)
    ("security-answer", ["Security question: Name of your first pet?   Answer: Marzipan"], {"PASSWORD"}, "Marzipan"),
    # a traveller's name as a booking or a boarding pass prints it, the title glued or not
    ("travel-name", ["Passenger   VANTERPOOL/ODESSA MRS   Seat 22A"], {"PERSON"}, "VANTERPOOL/ODESSA MRS"),
    ("travel-name-glued", ["1. QUARSHIE/KOFI ADJEIMR"], {"PERSON"}, "QUARSHIE/KOFI ADJEIMR"),
]


@pytest.mark.parametrize("rows,entities,value", [c[1:] for c in IDENTIFIERS], ids=[c[0] for c in IDENTIFIERS])
def test_identifiers_with_their_words(detector, rows, entities, value):
    _, hits = found(detector, *rows)
    assert any(e in entities and v == value for e, v in hits), hits


# Shapes of national ids on technical lines: valid checksums without the words that name them.
LOOKALIKES = [
    ("nhs-checksum-phone", "Call the service desk on 943 476 5919 today"),
    ("tfn-checksum-blocks", "/dev/sda1 102687672 48213044 49218600 50% /"),
    ("pesel-checksum-service-code", "Express Service Code 44051401359"),
    ("personnummer-luhn", "Build 811228-9874 ready"),
    ("nif-checksum", "Order 12345678Z shipped"),
    ("kb-numbers", "Hotfix(s): [01]: KB5031988 [02]: KB5011048 [03]: KB5015684"),
    ("incident", "Ticket #INC0012345 opened priority P2 SLA 4h"),
    ("nine-digits-after-status", "Status 623824286 bytes received"),
    ("license-key-line", "License: MAK ABCDE-12345 activated 22H2"),
    ("sid", "Security ID: S-1-5-21-3623811015-3361044348-30300820-1013"),
    ("port-after-ip-address", "Remote address 10.0.4.17 port 51822"),
]


@pytest.mark.parametrize("row", [c[1] for c in LOOKALIKES], ids=[c[0] for c in LOOKALIKES])
def test_id_shapes_without_their_words_are_not_ids(detector, row):
    _, hits = found(detector, row)
    assert not {(e, v) for e, v in hits if e in NEW_TYPES}, hits


@pytest.mark.parametrize(
    "rows, name",
    [
        (["Vorname: Ulf-Henning"], "Ulf-Henning"),
        (["Surname: O'Shaughnessy"], "O'Shaughnessy"),
        (["Name: Anne-Sophie Kerr-Whitley"], "Anne-Sophie Kerr-Whitley"),
        (["First name", "Marie-Ève"], "Marie-Ève"),
    ],
)
def test_a_hyphenated_or_apostrophe_name_is_a_name_label_s_value(detector, rows, name):
    """A name label's value may hold a hyphen or an apostrophe inside a name: a German checkout's
    "Vorname" field (corpus_n4 eu_checkout: the gate found the double first name readable for 8 s,
    which the value's letters-only shape had refused)."""
    from tests.test_detect import make_layout

    lt, findings = detector.find_spans(make_layout(*rows))
    assert ("PERSON", name) in {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


ROLE_NAMES = [
    ("Emergency contact: Lorcan Muirhead  07700 900233", "Lorcan Muirhead"),
    ("Parent/guardian: Aonghas Bain", "Aonghas Bain"),
    ("Next of kin: Tadhgin Rooney (brother)", "Tadhgin Rooney"),
    ("Attn: Eilidh Mackinnon", "Eilidh Mackinnon"),
    ("Pupil: Caoilfhionn Tierney", "Caoilfhionn Tierney"),
]


@pytest.mark.parametrize("row,name", ROLE_NAMES, ids=[r[1].split()[0] for r in ROLE_NAMES])
def test_a_person_named_by_their_role_is_found(detector, row, name):
    """A record's other people, captioned by their tie to its person or to the organisation
    (an emergency contact, a guardian, next of kin): the caption is a name label, whatever the
    name (these are names neither NER nor the name lists know on one line)."""
    from tests.test_detect import make_layout

    lt, findings = detector.find_spans(make_layout(row))
    assert ("PERSON", name) in {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_mentions_in_a_chat_are_found_and_code_s_at_words_are_not(detector):
    """A chat's or a comment's mentions: a handle ("cc @wbrackenridge and @fen_o"), a display name
    as Teams prints it ("@Ottoline Gravesend mentioned you"). A batch file's "@echo off", a
    stylesheet's "@media", a doc comment's "@param", Java's "@Override" and a channel-wide
    "@here" name nobody."""
    _, hits = found(
        detector,
        "Hi @wbrackenridge, can you check?",
        "cc @fen_o and @m.ostrowska",
        "@Ottoline Gravesend mentioned you in #billing",
    )
    for entity, value in (
        ("USERNAME", "@wbrackenridge"),
        ("USERNAME", "@fen_o"),
        ("USERNAME", "@m.ostrowska"),
        ("PERSON", "Ottoline Gravesend"),
    ):
        assert (entity, value) in hits, hits
    _, hits = found(
        detector, "@echo off", "@media (max-width: 600px)", " * @param userId the id", "@Override", "ping @here"
    )
    assert not {(e, v) for e, v in hits if e in ("USERNAME", "PERSON")}, hits


@pytest.mark.parametrize(
    "row",
    [
        "Recovery key: 031834-412357-500753-218240-661837-195431-372680-024519",
        "031834 412357 500753 218240 661837 195431 372680 024519",
    ],
)
def test_a_disk_recovery_key_is_a_secret(detector, row):
    """BitLocker's recovery key (eight groups of six digits), shown by an account's device page or
    `manage-bde -protectors -get`: it unlocks the disk."""
    _, hits = found(detector, row)
    assert any(e == "SECRET" and v.startswith("031834") and v.endswith("024519") for e, v in hits), hits


@pytest.mark.parametrize(
    "row", ["Network security key   Tq4!vRw8zL2p", "Wi-Fi key: Tq4!vRw8zL2p", "Pre-shared key  Tq4!vRw8zL2p"]
)
def test_a_wireless_network_s_key_is_a_password(detector, row):
    """Windows' wireless network properties with "Show characters" ticked, a router's settings:
    the network's key is captioned as a key, not a password."""
    _, hits = found(detector, row)
    assert ("PASSWORD", "Tq4!vRw8zL2p") in hits, hits


@pytest.mark.parametrize(
    "rows, answer",
    [
        (["Security question 1", "What was the name of your first pet?", "Pumpernickel"], "Pumpernickel"),
        (["Security questions", "What is your mother's maiden name?", "Ashworth-Quill"], "Ashworth-Quill"),
        (["Security question", "In what city did you meet your spouse?", "Kirkcudbright"], "Kirkcudbright"),
        (["Security question: What was your first car?", "Morris Ital"], "Morris Ital"),
        (["Question 2: What was the name of your primary school?", "Hillcrest Juniors"], "Hillcrest Juniors"),
    ],
)
def test_a_security_question_s_answer_on_the_line_below_is_a_password(detector, rows, answer):
    """An account's security questions written out, each answer typed in the box under its
    question (no "Answer" caption): the question says the line below is a secret."""
    _, hits = found(detector, *rows)
    assert ("PASSWORD", answer) in hits, hits


def test_a_survey_s_or_an_faq_s_question_holds_no_secret_below(detector):
    _, hits = found(
        detector,
        "What is your returns policy?",
        "You can return items within 30 days",
        "What is your favourite feature?",
        "Dark mode",
        "Where did you hear about us?",
        "Search engine",
    )
    assert not {(e, v) for e, v in hits if e == "PASSWORD"}, hits


def test_an_answer_without_a_security_question_is_no_secret(detector):
    _, hits = found(
        detector, "Question 3 of 10: Which port does RDP use?   Answer: 3389", "FAQ   Answer: Open Settings"
    )
    assert not {(e, v) for e, v in hits if e == "PASSWORD"}, hits


@pytest.mark.parametrize(
    "row, value",
    [
        ("Ring 0115 496 0187 after five", "0115 496 0187"),  # a range python-phonenumbers calls unassigned
        ("Tel: (0115) 496 0411", "(0115) 496 0411"),
        ("my mobile is 01154960722", "01154960722"),  # unspaced: with a phone word before it
    ],
)
def test_uk_numbers_in_their_usual_shapes_are_phones(detector, row, value):
    _, hits = found(detector, row)
    assert any(e == "PHONE_NUMBER" and value in v for e, v in hits), hits


def test_eleven_digits_without_a_phone_word_are_no_phone(detector):
    _, hits = found(detector, "Build 01154960722 finished in 4 min")
    assert not {v for e, v in hits if e == "PHONE_NUMBER"}, hits
    # an amount's thousands and the account number beside it in a grid's row
    _, hits = found(detector, "Salary  £32,000 52903836")
    assert not {v for e, v in hits if e == "PHONE_NUMBER"}, hits


def test_slashed_capitals_without_a_traveller_s_title_are_no_name(detector):
    """ "SURNAME/GIVEN" is a traveller's name only with its title after it: "AND/OR", "TCP/IP",
    "READ/WRITE" and a licence's categories are not."""
    _, hits = found(detector, "AND/OR  TCP/IP  N/A  READ/WRITE  categories AM/A/B1/B/f/k/l/n/p/q")
    assert not {(e, v) for e, v in hits if e == "PERSON"}, hits


TECHNICAL_SCREEN = [
    "Microsoft Windows [Version 10.0.19045.3803]",
    "Host Name: DESKTOP-7H3K2L9 OS Version: 10.0.19045 N/A Build 19045",
    "Original Install Date: 14/03/2021, 09:12:44 System Boot Time: 02/12/2025, 08:01:17",
    "BIOS Version: Dell Inc. 1.23.0, 11/08/2023 Total Physical Memory: 16,088 MB",
    "Event ID 4624 An account was successfully logged on. Logon ID: 0x3E7 Logon Type: 5",
    "Faulting application name: OUTLOOK.EXE, version: 16.0.17126.20132, time stamp: 0x6571b3f4",
    "Report Id: 7b9c3f0e-5a1d-4c2b-9e8f-1a2b3c4d5e6f",
    "svchost.exe 1284 Services 0 14,216 K",
    "TCP 192.168.1.23:50412 52.112.100.14:443 ESTABLISHED 10492",
    "DHCPv6 IAID . . . . . . . . . . . : 104878722",
    "commit 9f2c4e1b7a3d5f60812c9e4d7b1a0f3e5c6d8a9b",
    "Date: Tue Nov 25 14:03:11 2025 +0000",
    "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 setup.exe",
    "-rw-r--r-- 1 root root 1048576 Nov 25 09:14 backup-2025-11-25.tar.gz",
    "/dev/sda1 102687672 48213044 49218600 50% /",
    "Nov 25 14:03:12 web01 systemd[1]: Started Session 48213 of user deploy.",
    "2025-11-25T14:03:11.482Z INFO [main] Server started on port 8080 in 1532 ms",
    "1732543391 1732543391482 1700000000",
    "Download size: 1.2 GB (1,288,490,188 bytes) File size 734003200 bytes",
    "Serial Number 7XK2L93 Express Service Code 16403911455",
    "Ticket #INC0012345 opened 25/11/2025 priority P2 SLA 4h",
    "Case number 02948317 Order number 112-4938271-3827465",
    "Error 0x80070005 Access is denied. Stop code 0x0000007E",
    "port 22 port 443 port 3389 port 5900 ports 49152-65535 PID 28714",
    "Chrome 119.0.6045.160 (Official Build) (64-bit) Zoom 5.16.10 (26186)",
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAABHNCSVQICAgIfAhkiAAAAAlwSFlz",
]


def test_technical_screen_holds_none_of_the_new_types(detector):
    _, hits = found(detector, *TECHNICAL_SCREEN)
    assert not {(e, v) for e, v in hits if e in NEW_TYPES}, hits
    assert not {(e, v) for e, v in hits if e == "SECRET"}, hits


def test_address_over_two_lines_is_boxed_on_both_and_its_label_stays(detector):
    layout = text_layout("Home address   4381 Rebecca Ports", "               Madison, WI 49241")
    lt, findings = detector.find_spans(layout)
    address = [f for f in findings if f.entity_type == "ADDRESS"]
    assert [lt.text[f.start : f.end] for f in address] == ["4381 Rebecca Ports", "Madison, WI 49241"]
    boxes = [d.box for d in detector.detect(layout) if d.entity_type == "ADDRESS"]
    assert len(boxes) == 2 and boxes[0].y < boxes[1].y
    label_x2 = 8 * len("Home address")
    assert all(b.x > label_x2 for b in boxes)


# ------------------------------------------------------------------------- configuration --


def test_required_context_names_listed_entities(tmp_path: Path):
    models = tmp_path / "models"
    shutil.copytree(DEFAULT_MODELS_DIR, models)
    doc = yaml.safe_load((models / "detection.yaml").read_text())
    doc["filters"]["required_context"]["US_PASPORT"] = ["passport"]
    (models / "detection.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True))
    with pytest.raises(ConfigError, match=r"filters\.required_context\.US_PASPORT: not in entities"):
        load_model_files(models)


def test_every_gated_type_is_a_listed_entity():
    files = load_model_files(DEFAULT_MODELS_DIR)
    gated = set(files.detection.filters.required_context)
    assert gated and gated <= set(files.detection.entities)
