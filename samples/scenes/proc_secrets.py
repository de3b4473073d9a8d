"""Secrets in process lists and schedulers: `ps`, `/proc/<pid>/environ`, `systemctl status`, `crontab -l`.

Why this screen: "the sync job is stuck" or "why does the backup fail?" has a technician look at
what runs on a server, and the tools print each process's whole command line: credentials passed
as arguments show up for anyone who looks. `ps aux | grep` and `ps -ef` print long command lines
that the terminal wraps over two or three rows: a JVM's
`-Djavax.net.ssl.keyStorePassword=<pw>`, an app's `--db-url=postgres://<user>:<pw>@<host>/<db>`,
`mysqldump -u backup -p<pw>` (the password glued to its flag), `bash -c PGPASSWORD=<pw> psql -U
<login>`, a worker's `--password=<pw>` and `--user <e-mail>`. `cat /proc/<pid>/environ | tr '\\0'
'\\n'` lists a process's environment (`DB_USER`, `DB_PASSWORD`, `ADMIN_EMAIL`, a Sentry DSN);
`systemctl status <unit>` shows the CGroup's command line with a token after `--token` and the
unit's journal lines with customers' e-mails, a name and a phone; `crontab -l` a `MAILTO=<e-mail>`,
a curl with `Authorization: Bearer <token>` and a backup with `--password=<pw>`. Names from en_GB,
en_IN, pl_PL and rare ones.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "app-02"
COLS = 132
RARE_FIRST = ["Ifeoluwa", "Radomir", "Sunniva", "Thandiwe", "Ruaridh", "Eirlys"]
RARE_LAST = ["Oyelaran", "Przybylski", "Strachan-Odhiambo", "Ní Bhriain", "Mutasa"]


def _wrapped(out: str, value: str) -> bool:
    """Whether `value` is printed in `out` only across a row break of a COLS-wide terminal."""
    starts = [(line, line.find(value)) for line in out.splitlines() if value in line]
    return bool(starts) and all(s // COLS != (s + len(value) - 1) // COLS for _, s in starts)


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, india, pl = stage.fake("en_GB"), stage.fake("en_IN"), stage.fake("pl_PL")
    admin = f"{rng.choice(RARE_FIRST)} {gb.last_name()}"
    ops = fakes.person(india)
    customer = f"{pl.first_name()} {rng.choice(RARE_LAST)}"
    admin_mail = fakes.email_for(admin, "harbourlane.co.uk", rng)
    ops_mail = fakes.email_for(ops, "harbourlane.co.uk", rng)
    cust_mails = [
        fakes.email_for(fakes.person(gb), "gmail.com", rng),
        fakes.email_for("Aleksandra Wozniak", "wp.pl", rng),
    ]
    phone = fakes.uk_mobile(rng)
    db_login = fakes.initial_login(ops)
    pw_keystore, pw_db, pw_dump, pw_pg, pw_sync, pw_cron = (fakes.password(rng, n) for n in (14, 16, 12, 15, 13, 14))
    sync_token = "st_" + fakes.token(rng, 32)
    bearer = "eyJhbGciOiJIUzI1NiJ9." + fakes.token(rng, 40)
    sentry = fakes.token(rng, 32, "0123456789abcdef")
    java = (
        "/usr/lib/jvm/java-17-openjdk-amd64/bin/java -Xms512m -Xmx2g "
        "-Djavax.net.ssl.keyStore=/etc/billing/keystore.p12 "
        f"-Djavax.net.ssl.keyStorePassword={pw_keystore} -Dspring.profiles.active=prod -jar /opt/billing/billing.jar "
        f"--db-url=postgres://billing_app:{pw_db}@10.20.4.12:5432/billing"
    )
    sync = (
        f"/usr/bin/python3 /opt/sync/sync.py --user {ops_mail} --password={pw_sync} --token {sync_token} --interval 300"
    )
    ps_aux = (
        "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"
        f"billing    18231  2.1  8.4 6123456 1382244 ?    Sl   Dec05  41:12 {java}\n"
        f"backup     22817  0.0  0.1  23412  5120 ?        S    02:00   0:00 mysqldump -u backup -p{pw_dump} "
        "--single-transaction --routines crm\n"
        f"sync       18802  0.3  1.2 412880 98120 ?        Ssl  Dec05   3:11 {sync}\n"
        "root       23011  0.0  0.0   6432   720 pts/0    S+   02:15   0:00 grep --color=auto -E java|dump|sync\n"
    )
    ps_ef = (
        "UID          PID    PPID  C STIME TTY          TIME CMD\n"
        "root           1       0  0 Dec05 ?        00:00:09 /sbin/init\n"
        "root         812       1  0 Dec05 ?        00:00:00 /usr/sbin/cron -f -P\n"
        f"deploy     24410     812  0 02:20 ?        00:00:00 /bin/sh -c PGPASSWORD={pw_pg} psql -h 10.20.4.12 "
        f"-U {db_login} -d billing -f /opt/reports/nightly.sql\n"
        f"deploy     24412   24410  0 02:20 ?        00:00:00 psql -h 10.20.4.12 -U {db_login} -d billing -f "
        "/opt/reports/nightly.sql\n"
        "root       24460    1911  0 02:21 pts/0    00:00:00 ps -ef\n"
    )
    environ = (
        "LANG=C.UTF-8\n"
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\n"
        "HOME=/var/lib/billing\n"
        "JAVA_OPTS=-Xmx2g\n"
        f"DB_USER={db_login}\n"
        f"DB_PASSWORD={pw_db}\n"
        "SMTP_HOST=smtp.office365.com\n"
        f"ADMIN_EMAIL={admin_mail}\n"
        f"SENTRY_DSN=https://{sentry}@o45012.ingest.sentry.io/4506\n"
        "TZ=Europe/London\n"
    )
    status = (
        "● billing-sync.service - Billing sync worker\n"
        "     Loaded: loaded (/etc/systemd/system/billing-sync.service; enabled; preset: enabled)\n"
        "     Active: active (running) since Sat 2026-12-05 21:14:09 UTC; 5h 12min ago\n"
        "   Main PID: 18802 (python3)\n"
        "      Tasks: 3 (limit: 9440)\n"
        "     Memory: 84.2M\n"
        "        CPU: 3min 11.402s\n"
        "     CGroup: /system.slice/billing-sync.service\n"
        f"             └─18802 {sync}\n"
        "\n"
        f"Dec 06 02:10:14 {HOST} sync.py[18802]: synced invoice INV-2026-0412 for {cust_mails[0]}\n"
        f"Dec 06 02:10:15 {HOST} sync.py[18802]: WARN bounce from {cust_mails[1]} (550 5.1.1 mailbox unavailable)\n"
        f'Dec 06 02:12:40 {HOST} sync.py[18802]: updated contact "{customer}" phone={phone}\n'
        f"Dec 06 02:15:02 {HOST} sync.py[18802]: run finished: 41 invoices, 2 bounces\n"
    )
    crontab = (
        "# m h  dom mon dow   command\n"
        f"MAILTO={admin_mail}\n"
        f'*/15 * * * * curl -fsS -H "Authorization: Bearer {bearer}" https://api.harbourlane.co.uk/v1/sync >/dev/null\n'
        f"30 2 * * * /usr/bin/mysqldump -u backup --password={pw_cron} crm | gzip > /backup/crm-$(date +\\%F).sql.gz\n"
        f"0 6 * * 1 /opt/reports/weekly.sh --to {ops_mail}\n"
    )
    printed = ps_aux + ps_ef + environ + status + crontab
    for value, kind in [
        (admin, "PERSON"),
        (customer, "PERSON"),
        (admin_mail, "EMAIL_ADDRESS"),
        (ops_mail, "EMAIL_ADDRESS"),
        *((m, "EMAIL_ADDRESS") for m in cust_mails),
        (phone, "PHONE_NUMBER"),
        (db_login, "USERNAME"),
        (pw_keystore, "PASSWORD"),
        (pw_db, "PASSWORD"),
        (pw_dump, "PASSWORD"),
        (pw_pg, "PASSWORD"),
        (pw_sync, "PASSWORD"),
        (pw_cron, "PASSWORD"),
        (sync_token, "SECRET"),
        (bearer, "SECRET"),
        (sentry, "SECRET"),
    ]:
        if value in printed:
            stage.pii(value, kind, watch=False, note="wraps over 2 lines" if _wrapped(printed, value) else None)
    rc = (
        "export LANG=C.UTF-8 PAGER=cat SYSTEMD_PAGER=cat\n"
        'ps() { case "$*" in aux) command cat psaux.out;; *) command cat psef.out;; esac; }\n'
        "grep() { command cat; }\n"
        "tr() { command cat; }\n"
        'cat() { case "$*" in */environ) command cat environ.out;; *) command cat "$@";; esac; }\n'
        "systemctl() { command cat status.out; }\n"
        "crontab() { command cat crontab.out; }\n"
        f"PS1='root@{HOST}:~# '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    files = {
        "psaux.out": ps_aux,
        "psef.out": ps_ef,
        "environ.out": environ,
        "status.out": status,
        "crontab.out": crontab,
    }
    stage.xterm(f"root@{HOST}: ~", rc, files, geometry=f"{COLS}x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)

    stage.run_keeping("ps aux | grep -E 'java|dump|sync'", ps_aux, 4.0, "USER         PID %CPU %MEM")
    stage.mark("ps_aux")
    stage.run_keeping("ps -ef", ps_ef, 3.5, "/usr/sbin/cron -f -P")
    stage.mark("ps_ef")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(
        "cat /proc/18231/environ | tr '\\0' '\\n'", environ, 3.5, "SMTP_HOST=smtp.office365.com", "TZ=Europe/London"
    )
    stage.mark("environ")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping("systemctl status billing-sync.service", status, 4.0, "Main PID: 18802 (python3)")
    stage.mark("status")
    stage.run_keeping("crontab -l", crontab, 4.0, "# m h  dom mon dow   command")
    stage.mark("crontab")
    stage.pause(1.5)


SCENE = SceneSpec(
    name="proc_secrets",
    description="An xterm on an app server looking at what runs: `ps aux | grep` and `ps -ef` with long command "
    "lines wrapped over terminal rows (a JVM's -Djavax.net.ssl.keyStorePassword=, --db-url=postgres://user:pw@..., "
    "mysqldump -p<pw>, `sh -c PGPASSWORD=<pw> psql -U <login>`, a worker's --user <e-mail> --password= --token), "
    "`cat /proc/<pid>/environ | tr '\\0' '\\n'` (DB_USER, DB_PASSWORD, ADMIN_EMAIL, SENTRY_DSN), `systemctl status` "
    "(the CGroup's command line; journal lines with customers' e-mails, a quoted '<First> <Last>' and a phone) and "
    "`crontab -l` (MAILTO=<e-mail>, curl with a Bearer token, a backup's --password=). Names from en_GB, en_IN, "
    "pl_PL and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=70719,
    crf=26,
)
