"""Passwords in a shell's history and dotfiles (scene shell_secrets: `history | tail -20`, then
`cat ~/.netrc`, `~/.pgpass`): mysql's password glued to -p inside quotes, htpasswd's batch-mode
password, a connection URL's password holding punctuation, a .pgpass line's last field and a
.netrc entry's login stayed readable. Values are invented."""

import pytest

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


@pytest.mark.parametrize(
    "row, kind, value",
    [
        (" 4814  mysql -u root -p'wQ7#ZtX8yKpj' billing", "PASSWORD", "wQ7#ZtX8yKpj"),
        (' 4815  mysqldump -u admin -p"Lk2!vv9Qa" shop', "PASSWORD", "Lk2!vv9Qa"),
        (" 4824  htpasswd -b /etc/nginx/.htpasswd tquarrie Heron-Winter-42", "PASSWORD", "Heron-Winter-42"),
        ("htpasswd -cb .htpasswd abrennock Tq9mm2Lp", "PASSWORD", "Tq9mm2Lp"),
        ("psql postgres://billing_app:Zq8Ex*T9XRm@db.internal:5432/billing", "PASSWORD", "Zq8Ex*T9XRm"),
        ("REDIS_URL=redis://cache:p%40ss!Word9@10.0.0.4:6379/0", "PASSWORD", "p%40ss!Word9"),
        ("db.internal:5432:billing:billing_app:Zq8EXsq*T9XRm", "PASSWORD", "Zq8EXsq*T9XRm"),
        ("10.40.2.30:5432:*:reporting:Kp4vWn7tQe2Rj9x", "PASSWORD", "Kp4vWn7tQe2Rj9x"),
        ("  login tquarrie", "USERNAME", "tquarrie"),
        ("machine ftp.example.co.uk login abrennock password Hx9pQ2mmL", "USERNAME", "abrennock"),
    ],
)
def test_a_secret_in_a_history_line_or_a_dotfile_is_found(detector, row, kind, value):
    assert (kind, value) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "00:11:22:33:44:55",
        "12:30:45:99:100",
        "Please login again",
        "mysql -u root -p billing",
        "htpasswd -v .htpasswd",
        "https://example.org:8443/login",
    ],
)
def test_lines_of_the_same_shapes_without_a_secret_stay(detector, row):
    assert not {v for e, v in _found(detector, row) if e in ("PASSWORD", "USERNAME")}


@pytest.mark.parametrize(
    "row, kind, value",
    [
        # as OCR reads a terminal's 10 pt text: "q" read "a", a space after -p, the quote read "]"
        ("| 4814 mysal -u root -p 'wQ7#ZtX8yKpj]' billing", "PASSWORD", "wQ7#ZtX8yKpj"),
        # the history's number glued to the command, its options to their values
        ("4814mysql-uroot -p'wQ7#ZtX8yKpj' billing", "PASSWORD", "wQ7#ZtX8yKpj"),
        ("4814mysgl-uroot-p'wQ7#ZtX8yKpj' billing", "PASSWORD", "wQ7#ZtX8yKpj"),
        # the opening quote read as a double one, a space before the closing one (any quote
        # opens and closes as OCR reads them)
        ("4814 mysql -u root -p\"wQ7#ZtX8yKpj ' billing", "PASSWORD", "wQ7#ZtX8yKpj"),
        ("sshpass -p \"Kq2!9ppxL' ssh deploy@10.0.0.9", "PASSWORD", "\"Kq2!9ppxL'"),
        # a terminal scaled to 75 %: the history's number and -p glued to sshpass, dots read
        # after the host at the line's end
        ("6203sshpass-p Vb7mXqT2wn ssh hbrackwell@l0.9.4.21....", "PASSWORD", "Vb7mXqT2wn"),
        ("6203sshpass-p Vb7mXqT2wn ssh hbrackwell@l0.9.4.21....", "USERNAME", "hbrackwell"),
        # ... and at 66 %: the cursor's specks read as a dot, a star and a dot after the host
        ("4817 sshpass -p Vb7mXqT2wn ssh hbrackwell@1a.40.8.79.*.", "USERNAME", "hbrackwell"),
        # curl's -u: the login beside the password (shell_secrets at 66 %: the password and the
        # URL read glued, the login left readable)
        ("4816 curl -u hbrackwell:Vb7mXqT2wnhttps://api.example.com/v1/reports", "USERNAME", "hbrackwell"),
        ("curl --user=mquennell:Vb7mXqT2wn https://api.example.com", "USERNAME", "mquennell"),
        ("pg_dump --password `Hx9pQ2mmL' -h db shop", "PASSWORD", "`Hx9pQ2mmL'"),
        # the file's path split at its dots; the user before the last argument
        ("| 4824 htpasswd -b /etc/nginx/ . htpasswd tquarrie Heron-Winter-42", "PASSWORD", "Heron-Winter-42"),
        ("| 4824 htpasswd -b /etc/nginx/ . htpasswd tquarrie Heron-Winter-42", "USERNAME", "tquarrie"),
        # spaces read after a .pgpass line's colons and dots, an underscore lost
        ("10.40.2.30:5432:*: reporting: Kp4vWn7tQe2Rj9x", "PASSWORD", "Kp4vWn7tQe2Rj9x"),
        ("db-billing. internal :5432:billing:billing app:Zq8EXsq*T9XRm", "PASSWORD", "Zq8EXsq*T9XRm"),
    ],
)
def test_a_secret_in_a_history_line_or_a_dotfile_is_found_as_ocr_reads_it(detector, row, kind, value):
    assert (kind, value) in _found(detector, row)


@pytest.mark.parametrize(
    "row",
    [
        "00: 11: 22: 33: 44: 55",
        "12:30: 45:99:abc",
        "htpasswd -D .htpasswd tquarrie",
        "automysql -p'x.conf'",
        "mysql --skip-password shop",
        "curl -s https://api.example.com -H 'Accept: json'",  # no -u
    ],
)
def test_ocr_spaced_lines_without_a_secret_stay(detector, row):
    assert not {v for e, v in _found(detector, row) if e in ("PASSWORD", "USERNAME")}


def test_a_pgpass_file_shown_under_its_command_masks_its_passwords_only(detector):
    """`cat ~/.pgpass`: the file's name in the command is no caption of the line under it (the
    whole record was masked as its password, its host, database and user with it)."""
    found = _found(
        detector,
        "owrenfield@ci-07:~$ cat ~/.pgpass",
        "db.example.internal:5432:ledger:ledger_rw:Zq8EXsq*T9XRm",
        "10.9.8.7:5432:*:audit:Kp4vWn7tQe2Rj9x",
    )
    assert {v for e, v in found if e == "PASSWORD"} == {"Zq8EXsq*T9XRm", "Kp4vWn7tQe2Rj9x"}, found
