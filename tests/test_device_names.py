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


@pytest.mark.parametrize(
    "host",
    [
        "Tobias-s-Galaxy-S23",  # Android's "<First>'s Galaxy S23" with its apostrophe made a hyphen
        "Imogens-iPad",
        "DESKTOP-HARGREAVES",  # a surname alone beside the device word, no English word
        "Tobias-Oyelaran-Laptop",  # a first name and a surname before the device
        "Imogen-Pixel-7",  # a phone renamed after its owner
        "Galaxy-S23-Tobias",  # the owner after the device and its model
        "iPhone-15-Pro-Imogen",
        "khargreaves-laptop",  # a Linux laptop: an initial and a surname English knows only as a name
    ],
)
def test_a_router_s_device_list_names_the_household(detector, host):
    """A home router's attached devices (DHCP leases): each row a device name, its IP and MAC
    address; the phones and computers carry their owner's name the ways devices name themselves."""
    row = f"Online   {host}   192.168.1.23   3A:4F:22:10:9C:01   5 GHz   3 h 12 min   Edit"
    found = _found(detector, "Status   Device Name   IP Address   MAC Address   Connection   Lease Expires", row)
    assert ("PERSON", host) in found, found


@pytest.mark.parametrize(
    "rows, ssid",
    [
        (["Network Name (SSID)   Pennington Family"], "Pennington Family"),
        (["Network Name (SSID)   Ashworth_5G"], "Ashworth_5G"),
        (["Wi-Fi networks", "Rowntree-Home   Connected, secured"], "Rowntree-Home"),
    ],
)
def test_a_wi_fi_network_named_after_its_household_is_a_person(detector, rows, ssid):
    assert ("PERSON", ssid) in _found(detector, *rows)


@pytest.mark.parametrize(
    "row",
    [
        "HP-LaserJet-M15w  Ring-Doorbell-Pro  Nest-Thermostat-E  Echo-Dot-4  SKYQ-MINI-3  PS5-Console",
        "android-8c3e51f0a2b7d914  Galaxy-Tab-S8  iPhone-15-Pro  Surface-Pro-9  MacBook-Pro  Pixel-Watch",
        "Kitchen-Tablet  Lounge-iPad  Guest-Laptop  Spare-Laptop  Work-Laptop  Gaming-PC  Front-Desk-PC",
        "NETGEAR_5G  TALKTALK-5G  Vodafone-5G  BT-Hub6-X7KQ  VM1234567-5G  XFINITY-5G  Linksys_Guest",
        "Font Family  Product Family  Microsoft Family  Sign-in options  Wi-Fi  x86_64  2026-12-05",
        "Galaxy-S23-Ultra  Laptop-15-Office  xserver-pc  build-laptop01  Pixel-8a  Galaxy-Tab-S8-Lite",
    ],
)
def test_a_device_s_or_a_network_s_own_name_names_no_one(detector, row):
    """Makers' and providers' default names, a room's device, a model's words, a typeface family."""
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}


@pytest.mark.parametrize(
    "row, value",
    [
        # the apostrophe read as a slash, and the 'w' before it as a 'v'
        ("Harlov/s Kindle Scribe           Kindle Scribe", "Harlov/s Kindle"),
        ("Ysolde/s iPad mini               iPad (6th gen)", "Ysolde/s iPad mini"),
        # Amazon names its devices the same way
        ("Ysolde's Fire TV Cube            Fire TV (2nd gen)", "Ysolde's Fire TV"),
        ("Harlow's Echo Show               Echo Show 8", "Harlow's Echo"),
    ],
)
def test_an_owner_s_device_in_a_scaled_down_device_list_is_found(detector, row, value):
    """An account's device list, scaled down: the apostrophe of "<First>'s <device>" is a thin
    stroke that OCR reads as a slash (with the letter before it misread too), and Amazon's own
    devices carry their owner's name as Apple's do. Values are invented."""
    assert any(value in v for e, v in _found(detector, "Your devices", row) if e == "PERSON"), value


@pytest.mark.parametrize(
    "row", ["Amazon/s Kindle Scribe is on sale", "Amazon's Echo Show 8 review", "Input/Output/s PC port"]
)
def test_a_maker_s_device_with_a_slash_names_no_person(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "PERSON"}
