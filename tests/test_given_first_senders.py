"""A mail index row's sender written given name first, "<First> <Last>" as the From header names
it, cut at the column's width (scene mutt_mail, other seeded values: a given name and a surname
that neither NER nor the names lexicon knew, the surname cut, stayed readable 3-30 s). The row's
number, date and bracketed size say it is the sender's cell; a service's name there is judged as
NER's names are. Values are invented."""

import pytest

from tests.helpers import text_layout


def _persons(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


@pytest.mark.parametrize(
    "row, name",
    [
        ("   7 N   Dec 03 Taddeo Briskwoo (6.7K) Callback about the VPN", "Taddeo Briskwoo"),
        ("  14 r   Nov 30 Seanan Corby    (2.2K) Re: Holiday cover", "Seanan Corby"),
        ("   2 O   Dec 01 Tadhgan Rusk    (3.2K) Router replacement", "Tadhgan Rusk"),
        # the number, flags and date glued as the analysis's OCR reads the row
        ("7NDec03 Taddeo Briskwoo (6.7K) Callback about the VPN", "Taddeo Briskwoo"),
    ],
)
def test_a_sender_given_name_first_in_a_mail_index_row_is_a_person(detector, row, name):
    assert name in _persons(detector, row)


@pytest.mark.parametrize(
    "sender",
    [
        "Cron Daemon",
        "Mail Delivery S",
        "Jira Service De",
        "Apple Support",
        "Google Calendar",
        "Service Desk",
        "Build Server",
        "Alert Manager",
        "Backup Report",
        "Microsoft 365",
        "GitLab",
    ],
)
def test_a_service_in_the_sender_cell_stays_readable(detector, sender):
    row = f"   8 O   Dec 04 {sender:<15} (4.2K) Pipeline failed for billing-api (main)"
    assert not _persons(detector, row)
