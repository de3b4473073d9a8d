"""A device named after its owner and a home folder in a file manager's breadcrumb bar
(models/recognizers.yaml DeviceOwnerRecognizer, HomeFolderRecognizer). Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows, value",
    [
        (["Bluetooth", "Tendai's AirPods Pro       Connected"], "Tendai's AirPods Pro"),
        (["Devices", "Marcus's iPad   Last backed up yesterday"], "Marcus's iPad"),
        (["Computer Name   Olive's MacBook Air"], "Olive's MacBook Air"),
        (["Local hostname: Olives-MacBook-Air.local"], "Olives-MacBook-Air.local"),
        (["okeating@Olives-MacBook-Air ~ % sw_vers"], "Olives-MacBook-Air"),
    ],
)
def test_a_device_named_after_its_owner_is_found(detector, rows, value):
    """Apple names a device after its owner ("<First>'s iPhone"; "<First>s-MacBook-Air" as the
    Mac's host name): a Bluetooth list, a backup list, Sharing settings, a shell prompt."""
    assert any(value in v for e, v in _found(detector, *rows) if e == "PERSON"), value


@pytest.mark.parametrize(
    "row",
    ["Apple's iPhone 15 review", "Google's Pixel 8 and Microsoft's Surface Pro compared", "Sales-PC offline"],
)
def test_a_maker_s_or_a_department_s_device_names_no_person(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}


def test_a_home_folder_in_a_breadcrumb_bar_is_a_login(detector):
    """Explorer's address bar shown as a breadcrumb: the folder under "Users" is the login; the
    shared profile is none."""
    found = _found(detector, "This PC > Local Disk (C:) > Users > tmoyo > Desktop")
    assert ("USERNAME", "tmoyo") in found, found
    found = _found(detector, "This PC > Local Disk (C:) > Users > Public > Documents")
    assert not {v for e, v in found if e == "USERNAME"}, found


@pytest.mark.parametrize(
    "row, host",
    [
        ("Device name   LAPTOP-JWHITFIELD", "LAPTOP-JWHITFIELD"),  # an initial and a surname
        ("Computer name: HAZEL-PC", "HAZEL-PC"),  # Windows 7's "<user>-PC"
        ("Remote Desktop Connection - MARGARETHOLLOWAY-PC.corp.local", "MARGARETHOLLOWAY-PC.corp.local"),
    ],
)
def test_a_computer_named_after_its_user_is_found(detector, row, host):
    assert ("PERSON", host) in _found(detector, row)


def test_a_default_or_a_department_s_computer_name_names_no_one(detector):
    row = "DESKTOP-7F3K2L9  DESKTOP-ABCDEFG  SALES-PC  RECEPTION-PC  HOME-PC  WS-0412  PC-LAB"
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}
