"""A cluster's and a container's settings read in a terminal (scene kube_secrets): the account an
app logs in as under its setting's name (`kubectl describe pod`'s Environment 'DB_USER: <login>',
a .env's 'MAIL_USERNAME=<login>') and a compact JSON member after the value it names
('"username":"<login>"},"type":"Opaque"}' in kubectl's last-applied-configuration annotation, one
OCR word) stayed readable; so did an app log's mailbox, a rare name in quotes before an address whose
dot OCR read twice ('sent to "<First> <Last>" <<login>@outlook.. com>'). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, kind, value",
    [
        ("DB_USER:         tquarrie", "USERNAME", "tquarrie"),
        ("POSTGRES_USER=tquarrie", "USERNAME", "tquarrie"),
        ("MAIL_USERNAME=abrennock", "USERNAME", "abrennock"),
        ("spring.datasource.username=abrennock", "USERNAME", "abrennock"),
        (
            '":"billing","host":"db.internal","password":"Zq8Ex*T9XRm","username":"tquarrie"},"type":"Opaque"}',
            "USERNAME",
            "tquarrie",
        ),
        ('{"username":"tquarrie","uid":1042}', "USERNAME", "tquarrie"),
    ],
)
def test_a_login_in_a_setting_or_a_compact_json_member_is_found(detector, row, kind, value):
    assert (kind, value) in _found(detector, row)


@pytest.mark.parametrize(
    "row, kind, value",
    [
        # the password before it ends at its own closing quote, not at the word's end
        ('"password":"Zq8Ex*T9XRm","username":"tquarrie"}', "PASSWORD", "Zq8Ex*T9XRm"),
        ("password: 'Kq2!vv9Qa'", "PASSWORD", "Kq2!vv9Qa"),
    ],
)
def test_a_quoted_value_ends_at_its_closing_quote(detector, row, kind, value):
    assert (kind, value) in _found(detector, row)


LOG_ROW = (
    '2026-12-06T00:41:22.118Z INFO invoice INV-2026-0412 sent to "Ifeoma Trewhella-Baines" <ifeoma_tb@outlook.. com>'
)


@pytest.mark.parametrize(
    "row, kind, value",
    [
        (LOG_ROW, "PERSON", "Ifeoma Trewhella-Baines"),
        (LOG_ROW, "EMAIL_ADDRESS", "ifeoma_tb@outlook.. com"),
        # scaled to 0.75: the quote glued to the word before it, the surname's "O" read "0"
        ('INF0 invoice INV-0412 sent to"Ifeoma 0yelaran-Baines" <io@outlook.com>', "PERSON", "Ifeoma 0yelaran-Baines"),
        ("Author: Ifeoma Trewhella-Baines <itb@example.org>", "PERSON", "Ifeoma Trewhella-Baines"),
        ("SUPPORT_CONTACT: Morwenna Przybylska <mp@example.org>", "PERSON", "Morwenna Przybylska"),
    ],
)
def test_a_mailbox_in_a_log_or_a_setting_is_found(detector, row, kind, value):
    assert (kind, value) in _found(detector, row)


@pytest.mark.parametrize(
    "row, kind",
    [
        ("From: Billing Team <billing@example.org>", "PERSON"),
        ("Reply-To: Customer Support <help@example.org>", "PERSON"),
        ("see you at@home.. Then we go", "EMAIL_ADDRESS"),
    ],
)
def test_mailboxes_and_dots_without_a_person_stay(detector, row, kind):
    assert not {v for e, v in _found(detector, row) if e == kind}


@pytest.mark.parametrize(
    "row",
    [
        "User: root",
        "end_user experience survey",
        "LOG_LEVEL:       info",
        "Service Account:  billing-api",
    ],
)
def test_settings_without_a_login_stay(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "USERNAME"}
