"""Credentials in a process list's command lines (scene proc_secrets: `ps -ef` printed '/bin/sh -c
PGPASSWORD=<pw> psql -h <ip> -U <login> -d billing' and the psql child's own line: no rule knew
psql's '-U', and the password label wanted a separator before 'password', so 'PGPASSWORD' was no
label). Values are invented."""

from tests.helpers import text_layout

PS_EF = (
    "UID          PID    PPID  C STIME TTY          TIME CMD",
    "deploy     24410     812  0 02:20 ?        00:00:00 /bin/sh -c PGPASSWORD=!vRKmqT#S8Lzgn psql -h 10.20.4.12 "
    "-U tkowalczyk -d billing -f /opt/reports/nightly.sql",
)


def _logins(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "USERNAME"}


def test_a_psql_login_in_a_process_list(detector):
    assert "tkowalczyk" in _logins(detector, *PS_EF)


def test_mysql_and_pg_dump_logins_typed(detector):
    assert "amehta" in _logins(detector, "support@db-01:~$ mysql -u amehta -p -h 10.20.4.30 crm")
    assert "r.nowak" in _logins(detector, "$ pg_dump --username=r.nowak -h db01 billing > billing.sql")


def test_service_accounts_and_other_flags_stay_readable(detector):
    rows = (
        "backup     22817  0.0  0.1  23412  5120 ?  S  02:00   0:00 mysqldump -u backup --single-transaction crm",
        "postgres   1201  0.0  0.2 psql -U postgres -d template1",
        "$ sort -u names.txt | head",
    )
    assert not _logins(detector, *rows)


def _passwords(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type in ("PASSWORD", "SECRET")}


def test_a_password_variable_glued_to_its_prefix(detector):
    assert "!vRKmqT#S8Lzgn" in _passwords(detector, *PS_EF)
    rows = ("/usr/bin/java -Xmx2g -Djavax.net.ssl.trustStorePassword=!qT#r8Lzgnv -jar app.jar",)
    assert "!qT#r8Lzgnv" in _passwords(detector, *rows)


def test_words_ending_in_pass_are_no_password_label(detector):
    rows = ("Bypass=enabled on port 8443", "compass=north-east bearing")
    assert not _passwords(detector, *rows)


def test_an_environment_users_underscore_read_as_a_space(detector):
    rows = ("JAVA_OPTS=-Xmx2g", "DB USER=tkowalczyk", "DB_PASSWORD=!vRKmqT#S8Lzgn")  # `cat /proc/<pid>/environ`
    assert "tkowalczyk" in _logins(detector, *rows)
    assert not _logins(detector, "Last user = 3 minutes ago", "The USER = field is required")


def test_a_connection_strings_password_whose_scheme_ocr_lost(detector):
    # a wrapped `ps aux` row of a scaled-down terminal, read from its middle (scene proc_secrets at 0.75)
    rows = ("illing_app:Qv7#Lmq!Zx2Tk@10.20.4.12:5432/billing", "amqp_user:Rp4%Kd8!Wq@mq-01.internal:5672/prod")
    found = _passwords(detector, *rows)
    assert "Qv7#Lmq!Zx2Tk" in found, found
    assert "Rp4%Kd8!Wq" in found, found


def test_an_e_mail_address_after_a_caption_is_no_userinfo(detector):
    rows = ("Contact:ops@example.com for access", "mailto:Anna.K@example.org", "scp notes.txt deploy@web-01:/srv/app")
    assert not _passwords(detector, *rows)
