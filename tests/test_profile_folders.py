"""The folders of a listing of C:\\Users or /home are logins (detection/profile_folders.py), and
cmd's prompt before an account command (models/recognizers.yaml CommandLoginRecognizer). Values
are invented."""

from tests.helpers import text_layout


def _logins(detector, *rows) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "USERNAME"}


def test_the_folders_of_a_users_listing_are_logins(detector):
    found = _logins(
        detector,
        " Directory of C:\\Users",
        "21/11/2026  08:00    <DIR>          rbalogun",
        "06/11/2026  10:34    <DIR>          Default",
        "07/11/2026  14:42    <DIR>          kpenhaligon",
        "07/11/2026  13:25    <DIR>          Public",
        "               0 File(s)              0 bytes",
        "C:\\Windows\\system32>dir C:\\Program Files",
    )
    assert {"rbalogun", "kpenhaligon"} <= found, found
    assert not found & {"Default", "Public"}


def test_a_folder_read_as_a_line_of_its_own_right_of_its_mark_is_found(detector):
    """dir's columns stand far apart: OCR reads the name as a line of its own."""
    found = _logins(
        detector,
        (20, 0, "Directory of C:\\Users"),
        (10, 40, "21/11/2026 08:00 <DIR>"),
        (330, 40, "rbalogun"),
        (10, 60, "07/11/2026 14:42 <DIR>"),
        (330, 60, "Public"),
    )
    assert found == {"rbalogun"}, found


def test_a_home_listing_by_ls_is_read_and_other_listings_are_not(detector):
    found = _logins(
        detector,
        "support@files-01:~$ ls -l /home",
        "drwxr-x--- 12 ewardlaw ewardlaw 4096 Dec  4 09:12 ewardlaw",
        "drwx------  2 root     root    16384 Nov  1 10:02 lost+found",
        "support@files-01:~$ ls -l /var/www",
        "drwxr-xr-x  4 www-data www-data 4096 Dec  4 09:12 intranet",
    )
    assert "ewardlaw" in found, found
    assert not found & {"lost+found", "intranet"}, found


def test_an_account_command_at_cmd_s_prompt_names_a_login(detector):
    assert "rbalogun" in _logins(detector, "C:\\Windows\\system32>net user rbalogun /domain")
