"""Logins in a shell's session lists (who, w, last) and a directory entry's distinguished name;
a config's keys beside the values they hold (git config's user.name and user.email). Values
are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "rows, login",
    [
        (("$ last -n 3", "ncharlton  pts/0  198.51.100.23  Thu Dec  3 09:12   still logged in"), "ncharlton"),
        (("$ who", "svenkatesh pts/2        2026-12-03 09:40 (10.1.4.22)"), "svenkatesh"),
        (("USER     TTY      FROM     LOGIN@   IDLE", "okwame   tty1     -        08:00    2:01"), "okwame"),
        (("dn: uid=tkowalczyk,ou=people,dc=corp,dc=local",), "tkowalczyk"),
    ],
)
def test_a_session_list_and_a_distinguished_name_show_logins(detector, rows, login):
    assert ("USERNAME", login) in _found(detector, *rows)


def test_system_sessions_are_no_logins(detector):
    found = _found(
        detector,
        "reboot   system boot  6.1.0-18-amd64   Wed Dec  2 08:01   still running",
        "root     tty1         2026-12-03 08:00",
        "wtmp begins Tue Dec  1 07:55:02 2026",
    )
    assert not {v for e, v in found if e == "USERNAME"}, found


def test_git_s_user_name_is_the_author_s_full_name(detector):
    found = _found(detector, "$ git config --list", "user.name=Aoife Brennan", "core.editor=vim")
    assert ("PERSON", "Aoife Brennan") in found, found
    found = _found(detector, '$ git config --global user.name "Ciaran Doherty"')
    assert ("PERSON", "Ciaran Doherty") in found, found


def test_a_config_key_before_its_address_stays_readable(detector):
    found = _found(detector, "user.email=aoife.brennan@gmail.com")
    assert found == {("EMAIL_ADDRESS", "aoife.brennan@gmail.com")}, found


@pytest.mark.parametrize("row", ["$ git config user.email", "print(user.name, request.app)", "return self.page"])
def test_a_dotted_name_of_code_is_no_url(detector, row):
    assert not {v for e, v in _found(detector, row) if e == "URL"}


def test_a_site_s_address_is_still_a_url(detector):
    found = _found(detector, "see shop.example.com or acme.app/orders/8812")
    assert ("URL", "shop.example.com") in found and ("URL", "acme.app/orders/8812") in found, found


@pytest.mark.parametrize(
    "row, login",
    [
        ("Dec  3 09:13:02 web01 sshd[2240]: Failed password for invalid user sfarrelly from 203.0.113.9", "sfarrelly"),
        ("sshd[3112]: Connection closed by authenticating user kdevlin 198.51.100.7 port 50122 [preauth]", "kdevlin"),
        ("pam_unix(sshd:session): session opened for user lfitzgerald(uid=1005) by (uid=0)", "lfitzgerald"),
        ("admin1   ssh:notty    203.0.113.9     Sat Dec  5 09:13 - 09:13  (00:00)", "admin1"),
    ],
)
def test_an_auth_log_names_the_login(detector, row, login):
    assert ("USERNAME", login) in _found(detector, row)


def test_net_user_lists_logins_beside_the_built_in_accounts(detector):
    found = _found(
        detector,
        r"C:\Users\tech>net user",
        r"User accounts for \\LAPTOP-4KD2",
        "-------------------------------------------------------------------------------",
        "Administrator            DefaultAccount           eobrien",
        "Guest                    pkrishnan                WDAGUtilityAccount",
        "The command completed successfully.",
    )
    logins = {v for e, v in found if e in ("USERNAME", "PERSON")}
    assert {"eobrien", "pkrishnan"} <= logins, found
    assert not logins & {"Administrator", "DefaultAccount", "Guest", "WDAGUtilityAccount"}, found


def test_a_local_group_s_members_are_logins_and_its_groups_stay(detector):
    found = _found(
        detector,
        r"C:\Windows\system32>net localgroup administrators",
        "Alias name     administrators",
        "Members",
        "-------------------------------------------------------------------------------",
        "Administrator",
        r"CORP\sdunne",
        r"CORP\Domain Admins",
        "The command completed successfully.",
    )
    values = {v for _, v in found}
    assert ("USERNAME", "sdunne") in found, found
    assert not values & {"administrators", "Admins", "Domain", "Administrator"}, found


def test_powershell_s_account_table_lists_logins(detector):
    found = _found(
        detector,
        r"PS C:\> Get-LocalUser",
        "Name               Enabled Description",
        "----               ------- -----------",
        "Administrator      False   Built-in account for administering the computer/domain",
        "niamhoc            True",
        "Guest              False   Built-in account for guest access to the computer/domain",
    )
    assert ("USERNAME", "niamhoc") in found, found
    assert {v for _, v in found} == {"niamhoc"}, found


@pytest.mark.parametrize(
    "row, mac",
    [
        ("Galaxy-S23  192.168.1.23  3C:22:FB:91:0A:7E  5 GHz", "3C:22:FB:91:0A:7E"),
        ("   Physical Address. . . . . . . . . : 3C-22-FB-91-0A-7E", "3C-22-FB-91-0A-7E"),
    ],
)
def test_a_device_s_hardware_address_is_masked(detector, row, mac):
    assert ("MAC_ADDRESS", mac) in _found(detector, row)


def test_times_and_versions_are_no_hardware_address(detector):
    found = _found(detector, "uptime 10:02:33, build 20.10.24.1", "Last seen 05/12/2026 10:02")
    assert not {v for e, v in found if e == "MAC_ADDRESS"}, found


def test_a_short_listing_of_the_home_folders_names_logins(detector):
    found = _found(detector, "tech@mac ~ % ls /Users", "Guest    Shared    aobrien    rkapoor", "tech@mac ~ %")
    logins = {v for e, v in found if e == "USERNAME"}
    assert {"aobrien", "rkapoor"} <= logins and not logins & {"Guest", "Shared"}, found


def test_a_shell_s_list_of_accounts_names_logins_one_per_line(detector):
    found = _found(detector, "% dscl . list /Users | grep -v '^_'", "daemon", "nobody", "root", "aobrien", "rkapoor")
    logins = {v for e, v in found if e == "USERNAME"}
    assert {"aobrien", "rkapoor"} <= logins and not logins & {"daemon", "nobody", "root"}, found


def test_sudo_s_rights_listing_names_the_login(detector):
    found = _found(detector, "$ sudo -l -U rkapoor", "User rkapoor may run the following commands on app-02:")
    assert ("USERNAME", "rkapoor") in found, found
    assert not _found(detector, "User accounts may run slowly", "User Guide")


def test_a_long_listing_names_each_file_s_owner(detector):
    found = _found(
        detector,
        "$ ls -l /srv/share/finance",
        "-rw-r--r-- 1 aobrien  finance  18244 Dec  5 09:12 budget-2027.xlsx",
        "-rw-r--r--@ 1 rkapoor  staff   9120 Dec  4 17:40 invoices.csv",
        "drwxr-xr-x 2 root     root      4096 Dec  1 08:00 archive",
        "Access: (0644/-rw-r--r--)  Uid: ( 1005/ okwame)   Gid: ( 1001/ finance)",
    )
    logins = {v for e, v in found if e == "USERNAME"}
    assert logins == {"aobrien", "rkapoor", "okwame"}, found


def test_net_user_s_closing_sentence_under_the_guest_account_stays_readable(detector):
    """ "Guest" is a name label (a booking's guest): the sentence below it is no guest's name."""
    found = _found(
        detector,
        r"User accounts for \\LAPTOP-4KD2",
        "Administrator            DefaultAccount",
        "Guest                    WDAGUtilityAccount",
        "The command completed successfully.",
    )
    assert not {v for _, v in found if "command" in v}, found


def test_net_user_s_accounts_under_a_rule_ocr_did_not_read(detector):
    """As OCR read a recorded console: the blank line and the rule under the heading are not
    read, so the accounts stand three line heights below it, each column a line of its own."""
    layout = text_layout(
        (11, 78, r"PS C:\Users\Administrator> net user"),
        (11, 112, r"User accounts for \\LAPTOP-7QK2M4"),
        (11, 163, "Administrator"),
        (211, 163, "DefaultAccount"),
        (411, 163, "nokeefe"),
        (11, 181, "Guest"),
        (210, 180, "wsibal"),
        (410, 180, "WDAGUtilityAccount"),
        (11, 197, "The command completed successfully."),
        line_h=14,
    )
    lt, findings = detector.find_spans(layout)
    found = {lt.text[f.start : f.end] for f in findings}
    assert found == {"nokeefe", "wsibal"}, found  # ("Guest" is a name label too: a PERSON either way)
