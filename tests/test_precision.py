"""Precision on system and product screens, recall of names without context: the whole detector."""

from __future__ import annotations

import pytest

from pipeline.core.layout import group_lines
from pipeline.core.types import Box, OcrWord
from pipeline.detection.detector import Detector

CHAR_W, LINE_H, ROW_PITCH = 9, 18, 30
NAMES = frozenset({"PERSON", "LOCATION"})


def rows_words(rows, xs=(40, 260, 480, 700, 920, 1140)) -> list[OcrWord]:
    words = []
    for r, row in enumerate(rows):
        for x, cell in zip(xs, row):
            for text in cell.split():
                words.append(OcrWord(text, Box(x, 60 + r * ROW_PITCH, CHAR_W * len(text), LINE_H), 95.0))
                x += CHAR_W * len(text) + 6
    return words


def found(detector: Detector, rows, entities=NAMES) -> set[tuple[str, str]]:
    words = rows_words(rows)
    out = set()
    for det in detector.detect(group_lines(words)):
        if det.entity_type in entities:
            out.add((det.entity_type, " ".join(w.text for w in words if det.box.contains(w.box))))
    return out


SYSTEM_SCREENS = {
    "services": [
        ("Name", "Description", "Status", "Startup Type"),
        ("Windows Update", "Enables the detection", "Running", "Manual"),
        ("Windows Defender Firewall", "Helps protect your computer", "Running", "Automatic"),
        ("Print Spooler", "This service spools print jobs", "Running", "Automatic"),
        ("Background Intelligent Transfer Service", "Transfers files in the background", "Stopped", "Manual"),
    ],
    "get_service": [
        ("Status", "Name", "DisplayName"),
        ("Running", "wuauserv", "Windows Update"),
        ("Running", "BITS", "Background Intelligent Transfer Service"),
        ("Stopped", "Dnscache", "DNS Client"),
        ("Running", "WinDefend", "Microsoft Defender Antivirus Service"),
        ("Running", "Spooler", "Print Spooler"),
    ],
    "event_viewer": [
        ("Level", "Date and Time", "Source", "Event ID"),
        ("Information", "03/12/2026 09:14:02", "Service Control Manager", "7036"),
        ("Warning", "03/12/2026 09:13:40", "DistributedCOM", "10016"),
        ("Error", "03/12/2026 09:12:11", "Kernel-Power", "41"),
    ],
    "task_manager": [
        ("Name", "PID", "Status", "Memory"),
        ("svchost.exe", "1044", "Running", "12,340 K"),
        ("lsass.exe", "712", "Running", "8,112 K"),
        ("spoolsv.exe", "2388", "Running", "6,020 K"),
    ],
    "settings": [
        ("Bluetooth & devices",),
        ("Network & internet",),
        ("Personalization",),
        ("Windows Security",),
        ("Privacy & security",),
        ("Time & language",),
    ],
    "shop": [
        ("Merino Hiking Socks", "Qty 2", "£18.00"),
        ("Trail Running Shoes", "Qty 1", "£89.99"),
        ("Waterproof Shell Jacket", "Qty 1", "£120.00"),
    ],
    # each of these gave a PERSON before names.py (spaCy alone, or a "Name" label's value)
    "product_alone": [("Merino Hiking Socks",)],
    "product_and_description": [("Merino Hiking Socks", "£18.00"), ("Helps protect your device",)],
    "product_hoodie": [("Alpine Fleece Hoodie",)],
    "service_after_label": [("Name: wuauserv",)],
    "service_beside_label": [("Name", "wuauserv")],
    "services_below_label": [("Name",), ("wuauserv",), ("BITS",), ("Dnscache",)],
    # a services console: "Name" and "Display name" head a table whose columns hold no names;
    # the label pass walked down both columns ("Base Filtering Engine", "mpssvc" as PERSON)
    "services_console": [
        ("Name", "Display name", "Description", "Status"),
        ("camsvc", "Capability Access", "Manages app access.", "Running"),
        ("DsSvc", "Data Sharing Service", "Shares data.", "Stopped"),
        ("InventorySvc", "Base Filtering Engine", "Filters packets.", "Running"),
        ("AppMgmt", "Task Scheduler", "Runs tasks.", "Running"),
    ],
    # the same beside a device tree on the same rows: the header is the run of header cells
    "services_beside_a_tree": [
        ("Name", "Display name", "Description", "Status", "v", "Audio inputs and outputs"),
        ("camsvc", "Capability Access", "Manages access.", "Running", ">", "Batteries"),
        ("DsSvc", "Data Sharing Service", "Shares data.", "Stopped", ">", "Disk drives"),
        ("AppMgmt", "Task Scheduler", "Runs tasks.", "Running", ">", "Keyboards"),
    ],
    # two header words in a checkout's summary line make no table ("Contact" typed the rows
    # below it PERSON: "Delivery method", "Standard shipping")
    "checkout_summary": [
        ("Contact", "information", "Size", "10 - Slate grey"),
        ("Delivery method", "", "Standard shipping"),
    ],
    "files": [
        ("Name", "Date modified", "Type"),
        ("Quarterly Report.docx", "02/12/2026 10:02", "Microsoft Word Document"),
        ("Budget Forecast.xlsx", "01/12/2026 16:40", "Microsoft Excel Worksheet"),
    ],
}


@pytest.mark.parametrize("screen", sorted(SYSTEM_SCREENS))
def test_system_screens_hold_no_names(detector: Detector, screen: str) -> None:
    assert found(detector, SYSTEM_SCREENS[screen]) == set()


def test_mail_list_senders_are_found(detector: Detector) -> None:
    rows = [
        ("Emma Wilson", "Quarterly report", "10:42"),
        ("Priya Sharma", "Re: invoice 4411", "09:13"),
        ("Lukas Schmidt", "Lunch on Friday?", "Yesterday"),
    ]
    assert {text for _, text in found(detector, rows, {"PERSON"})} >= {"Emma Wilson", "Priya Sharma", "Lukas Schmidt"}


def test_names_column_of_a_contact_table_is_found(detector: Detector) -> None:
    """A table of people types its "Name" column by its other columns: still found."""
    rows = [
        ("Name", "Display name", "Email", "Status"),
        ("Rachel Okonkwo", "Rachel O.", "r.okonkwo@example.org", "Active"),
        ("Tomasz Brzezinski", "Tomasz", "tomasz.b@example.org", "Invited"),
    ]
    assert {text for _, text in found(detector, rows, {"PERSON"})} >= {"Rachel Okonkwo", "Tomasz Brzezinski"}


def test_chat_participants_are_found(detector: Detector) -> None:
    rows = [("Participants (3)",), ("Wei Zhang",), ("Hiroshi Tanaka",), ("Fatima Khan",)]
    assert {text for _, text in found(detector, rows, {"PERSON"})} >= {"Wei Zhang", "Hiroshi Tanaka", "Fatima Khan"}


@pytest.mark.parametrize("line", ["emma.wilson@devbox: ~", "emma.wilson@devbox:~$ ls -la"])
def test_unix_user_in_title_and_prompt(detector: Detector, line: str) -> None:
    words = rows_words([(line,)])
    dets = [d for d in detector.detect(group_lines(words)) if d.entity_type in ("USERNAME", "PERSON")]
    assert dets and dets[0].box.x <= words[0].box.x + 2


@pytest.mark.parametrize(
    "line,name",
    [
        # terminal_ops_secrets (../shared/recordings), 17.3-18.0 s: a journal line beside a link of
        # the page behind the terminal, read on one line: NER's "Bill Mar" (PERSON, the gate blocked)
        ("Bill Mar 14 09:02:10 billing-prod-02 gunicorn[2211]: Error 0x80070005: access denied", None),
        ("Contact Dana Cooper Mar 14 about the invoice", "Dana Cooper"),  # a name before a date stays
        ("Contact Bill Marsh 14 times today", "Bill Marsh"),  # no month: a surname before a number
    ],
)
def test_a_month_before_a_day_number_is_a_date_not_a_surname(detector: Detector, line: str, name) -> None:
    names = {text for _, text in found(detector, [(line,)], {"PERSON"})}
    assert (name in names) if name else not names
