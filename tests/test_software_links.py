"""A link that software prints in its own text is no visited site (issue 17 item 5: a recording of
system tools gets no box; system_tools of corpus42 kept a URL track on a PowerShell window's
banner for the whole recording). Shells and tools print their vendor's short links and
documentation in banners, messages of the day, help and error messages, always with the scheme:
that is technical information, which the policy keeps readable, not browsing history. A browser's
address bar writes no scheme unless it is being edited, so a visited page stays a URL, and so does
any host that is not a vendor's link or documentation host (detection.yaml
`software_link_hosts`). Hosts and paths are invented or a vendor's public documentation."""

from __future__ import annotations

import pytest

from pipeline.detection.memory import ValueMemory
from tests.helpers import text_layout


def _urls(detector, *rows: str, frames: int = 2) -> list[str]:
    memory = ValueMemory()
    found: list[str] = []
    for _ in range(frames):  # the next frame too: what the memory learnt
        lt, findings = detector.find_spans(text_layout(*rows), memory)
        found += [lt.text[f.start : f.end] for f in findings if f.entity_type == "URL"]
    return found


@pytest.mark.parametrize(
    "rows",
    [
        (
            "Windows PowerShell",
            "Copyright (C) Microsoft Corporation. All rights reserved.",
            "Install the latest PowerShell for new features and improvements! https://go.microsoft.com/fwlink/?linkid=20480",
            r"PS C:\Users\Administrator> Get-Service w*",
        ),
        (
            "Welcome to Ubuntu 24.04.1 LTS (GNU/Linux 6.8.0-45-generic x86_64)",
            " * Documentation:  https://help.ubuntu.com",
            " * Management:     https://landscape.canonical.com",
            " * Support:        https://ubuntu.com/pro",
        ),
        (
            "The service did not respond to the start or control request in a timely fashion.",
            "For more information, see https://go.microsoft.com/fwlink/?LinkId=123456",
        ),
    ],
)
def test_a_link_a_program_prints_in_its_own_text_is_no_url(detector, rows):
    assert _urls(detector, *rows) == []


@pytest.mark.parametrize(
    "line",
    [
        "Not secure  rmm.example-helpdesk.com/devices/pc-04/services.html",  # an address bar
        "help.ubuntu.com/community/SomePage",  # a vendor's page without its scheme: a visit
        "Open https://files.example-share.net/s/a8Jk2 to download",  # no vendor's host
        "see https://learn.microsoft.com.example-phish.net/login",  # a host that only starts alike
    ],
)
def test_a_visited_page_and_other_hosts_stay_urls(detector, line):
    assert _urls(detector, line, frames=1) != []


# A vendor's or a mail provider's host name, bare (no path, query or user), after other words on
# its line, is the system's own text (issue 17 items 1 and 5: a mail's raw headers, a process's
# environment and a config keep their relay and receiving hosts readable). Hosts are a vendor's
# public service names; the people and their domains are invented.
@pytest.mark.parametrize(
    "rows",
    [
        ("SMTP_RELAY=smtp-relay.gmail.com", "SMTP_PORT=587"),  # an environment or a config
        ("Received: from outlook.office365.com (2603:10a6:20b:3c1::17)",),  # a mail's header
        ("ARC-Authentication-Results: i=1; smtp-relay.gmail.com;",),
        ("systemd-timesyncd[512]: Contacted time server ntp.ubuntu.com:123",),  # a log line
        ("  imap_server = outlook.office365.com:993",),
    ],
)
def test_a_vendors_host_in_system_text_is_no_url(detector, rows):
    assert _urls(detector, *rows) == []


@pytest.mark.parametrize(
    "line",
    [
        "Not secure  outlook.live.com",  # an address bar's site: a visit, however bare
        "outlook.live.com",  # a host alone on its line: maybe an address bar's
        "Opened docs.google.com/document/d/1Qx7TbZ/edit",  # a page: browsing history
        "SMTP_RELAY=mail.quillmoor-family.co.uk",  # no vendor's domain: maybe someone's own
        "Received: from mx.quillmoor-family.co.uk (unknown)",
        "see https://login.microsoftonline.com.quillmoor.net",  # a host that only starts alike
    ],
)
def test_a_page_an_address_bar_and_other_hosts_stay_urls(detector, line):
    assert _urls(detector, line, frames=1) != []


def test_an_e_mail_at_a_providers_domain_stays_an_address(detector):
    lt, findings = detector.find_spans(text_layout("Reply-To: tamsin.quillmoor@ gmail.com"), ValueMemory())
    assert any(f.entity_type == "EMAIL_ADDRESS" for f in findings)
