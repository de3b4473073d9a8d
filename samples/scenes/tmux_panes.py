"""Split terminal panes: tmux with a service log tailing on the left and queries on the right.

Why this screen: "is the sync losing customers?" has a technician split the terminal, tail the
service's log in one pane and look the customers up in the other. Both panes run the full height
of the window, so every row of the screen holds two unrelated texts side by side, a one-column
`│` gutter between them: the log's innocent lines (times, levels, queue names, durations) stand
at the same height as the personal values of the other pane. The right pane runs `getent passwd`
(GECOS fields: '<First> <Last>,<room>,<phone>,'), `cat customers.csv | column -t -s,` (names,
e-mails, postcodes in aligned columns) and a `psql` query (psql's aligned table: names, mobiles,
dates of birth). Then the panes swap (`Ctrl-b }`), the divider moves (`resize-pane`), the log
stops and a longer query scrolls the query pane while the log pane stands still. Real tmux;
the commands' outputs are canned (shell functions), the log is written by a small loop. Names
from en_IE, en_IN, pl_PL and rare ones.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "app-02"
COLS, ROWS = 156, 40
LEFT = 77  # the log pane's width in columns; the query pane takes the rest
RARE_FIRST = ["Ruaridh", "Ifeoluwa", "Sunniva", "Radomir", "Eirlys", "Thandiwe"]
RARE_LAST = ["Oyelaran", "Przybylski", "Ní Bhriain", "Venkataraman", "Mutasa", "Wróblewska"]

LOG_LINES = [
    "INFO  http GET /healthz 200 1.2ms",
    "INFO  sync.worker batch=412 fetched=41 queued=41",
    "DEBUG pool.acquire conn=7 wait_ms=0",
    "INFO  sync.worker invoice pushed status=201 t=84ms",
    "INFO  http GET /metrics 200 3.8ms",
    "WARN  sync.worker retry upstream=ledger attempt=2",
    "INFO  sync.worker invoice pushed status=201 t=91ms",
    "DEBUG cache.hit key=plan:standard ttl=290",
    "INFO  scheduler tick job=reconcile next=300s",
    "INFO  http POST /v1/sync/run 202 12.4ms",
    "DEBUG pool.release conn=7 held_ms=88",
    "INFO  sync.worker batch=413 fetched=38 queued=38",
    "WARN  http GET /v1/ledger 503 upstream timeout",
    "INFO  sync.worker backoff 2.0s queue=ledger",
    "INFO  sync.worker invoice pushed status=201 t=77ms",
]

LOGTAIL = r"""#!/bin/bash
# a service log as `tail -f` shows it: a few lines at once, then one every ~0.6 s until ./stop exists
printf '\033]2;tail -f /var/log/billing/sync.log\007'
echo '$ tail -f /var/log/billing/sync.log'
i=0
mapfile -t lines < log.lines
emit() { printf '%s %s\n' "$(date +%H:%M:%S.%3N)" "${lines[$((i % ${#lines[@]}))]}"; i=$((i+1)); }
for _ in 1 2 3 4 5 6 7 8 9 10 11 12; do emit; done
while [ ! -f stop ]; do sleep 0.$((4 + RANDOM % 5)); emit; done
exec sleep 3600
"""

TMUX_CONF = f"""set -g destroy-unattached on
set -g exit-empty on
set -g status-left '[billing] '
set -g status-right ' {HOST} '
set -g status-style 'bg=green,fg=black'
set -g pane-border-style 'fg=colour244'
set -g pane-active-border-style 'fg=green'
set -g default-terminal 'xterm-256color'
set -g history-limit 5000
"""


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()


def _psql(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """psql's aligned output: centred headers, ' | ' between cells, a '(n rows)' footer."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    out = [" " + " | ".join(h.center(w) for h, w in zip(header, widths)).rstrip()]
    out.append("-" + "-+-".join("-" * w for w in widths) + "-")
    out.extend(" " + " | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)
    out.append(f"({len(rows)} rows)")
    return "\n".join(out) + "\n\n"


def _columns(rows: list[tuple[str, ...]]) -> str:
    """`column -t -s,`: each column padded to its widest cell, two spaces apart."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows) + "\n"


def play(stage: Stage) -> None:
    rng = stage.rng
    ie, india, pl, gb = stage.fake("en_IE"), stage.fake("en_IN"), stage.fake("pl_PL"), stage.fake("en_GB")
    staff = [
        f"{rng.choice(RARE_FIRST)} {ie.last_name()}",
        fakes.person(india),
        f"{pl.first_name()} {rng.choice(RARE_LAST[:2])}",
    ]
    logins = [fakes.initial_login(_ascii(s)) for s in staff]
    staff_phones = [fakes.uk_mobile(rng) for _ in staff]
    passwd = (
        "root:x:0:0:root:/root:/bin/bash\n"
        "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
        "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n"
        "postgres:x:114:121:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash\n"
        + "".join(
            f"{lg}:x:{1001 + i}:{1001 + i}:{s},Room {2 + i}.1{i},{ph},:/home/{lg}:/bin/bash\n"
            for i, (lg, s, ph) in enumerate(zip(logins, staff, staff_phones))
        )
        + "billing:x:998:998::/var/lib/billing:/usr/sbin/nologin\n"
    )
    names = [
        fakes.person(ie),
        f"{india.first_name()} {rng.choice(RARE_LAST[2:4])}",
        fakes.person(pl),
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST[4:])}",
        fakes.person(india),
        f"{pl.first_name()} {ie.last_name()}",
    ]
    customers = [
        (
            str(4101 + i),
            n,
            fakes.email_for(_ascii(n), rng.choice(["gmail.com", "outlook.com", "eircom.net", "wp.pl"]), rng),
            fakes.uk_postcode(gb),
            fakes.uk_mobile(rng),
            ie.date_of_birth(minimum_age=19, maximum_age=82).isoformat(),
        )
        for i, n in enumerate(names)
    ]
    csv_out = _columns([("id", "name", "email", "postcode")] + [c[:4] for c in customers])
    query1 = _psql(("id", "full_name", "mobile", "dob"), [(c[0], c[1], c[4], c[5]) for c in customers[:3]])
    more = [
        (
            str(4201 + i),
            n,
            fakes.uk_mobile(rng),
            gb.date_of_birth(minimum_age=19, maximum_age=82).isoformat(),
        )
        for i, n in enumerate(
            [
                fakes.person(gb),
                f"{rng.choice(RARE_FIRST)} {pl.last_name()}",
                fakes.person(india),
                fakes.person(ie),
                f"{pl.first_name()} {rng.choice(RARE_LAST)}",
                fakes.person(gb),
                fakes.person(india),
                fakes.person(pl),
                f"{ie.first_name()} {rng.choice(RARE_LAST)}",
                fakes.person(gb),
                fakes.person(ie),
                fakes.person(india),
            ]
        )
    ]
    query2 = _psql(("id", "full_name", "mobile", "dob"), more)
    for s, lg, ph in zip(staff, logins, staff_phones):
        stage.pii(s, "PERSON", watch=False, note="GECOS field of getent passwd")
        stage.pii(lg, "USERNAME", watch=False)
        stage.pii(ph, "PHONE_NUMBER", watch=False)
    for i, (_, n, mail, pc, ph, dob) in enumerate(customers):
        stage.pii(n, "PERSON", watch=False)
        stage.pii(mail, "EMAIL_ADDRESS", watch=False)
        stage.pii(pc, "ZIP_CODE", watch=False)
        if i < 3:  # the first query's rows
            stage.pii(ph, "PHONE_NUMBER", watch=False)
            stage.pii(dob, "DATE_OF_BIRTH", watch=False)
    for _, n, ph, dob in more:
        stage.pii(n, "PERSON", watch=False)
        stage.pii(ph, "PHONE_NUMBER", watch=False)
        stage.pii(dob, "DATE_OF_BIRTH", watch=False)

    right_rc = (
        "export LANG=C.UTF-8 PAGER=cat\n"
        "getent() { command cat passwd.out; }\n"
        "cat() { :; }\n"
        "column() { command cat csv.out; }\n"
        'psql() { case "$*" in *4200*) command cat q2.out;; *) command cat q1.out;; esac; }\n'
        f"PS1='support@{HOST}:~$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    rc = (
        "export LANG=C.UTF-8\nunset TMUX\n"
        f"exec tmux -S ./tmux.sock -f ./tmux.conf new-session -s billing -x {COLS} -y {ROWS - 1} "
        "'bash ./logtail.sh' \\; "
        f"split-window -h -l {COLS - LEFT - 1} 'bash --rcfile ./right.rc -i'\n"
    )
    files = {
        "logtail.sh": LOGTAIL,
        "log.lines": "\n".join(LOG_LINES) + "\n",
        "tmux.conf": TMUX_CONF,
        "right.rc": right_rc,
        "passwd.out": passwd,
        "csv.out": csv_out,
        "q1.out": query1,
        "q2.out": query2,
    }
    stage.xterm(f"support@{HOST}: tmux", rc, files, geometry=f"{COLS}x{ROWS}+4+4", size=10)
    home = Path(stage.desk.tmp) / "home"
    desk = stage.desk
    stage.start()
    stage.pause(1.5)
    stage.keep("[billing]", f" {HOST} ", static=True)

    stage.run_keeping("getent passwd", passwd, 3.0)
    stage.mark("getent")
    stage.run_keeping("cat customers.csv | column -t -s,", csv_out, 3.5)
    stage.mark("column")
    stage.run_keeping(
        "psql crm -c 'select id,full_name,mobile,dob from customers limit 3'",
        query1,
        4.0,
        "(3 rows)",
    )
    stage.mark("psql")
    desk.key("ctrl+b")
    desk.key("braceright")  # swap-pane: the queries move left, the log right
    stage.mark("swap")
    stage.pause(1.5)
    desk.key("ctrl+b")
    desk.key("colon")
    desk.type("resize-pane -R 10\n")  # the divider moves right: the log pane rewraps
    stage.mark("resize")
    stage.pause(2.0)
    (home / "stop").write_text("", encoding="utf-8")  # the log goes quiet
    stage.pause(0.8)
    stage.run_keeping(
        "psql crm -c 'select id,full_name,mobile,dob from customers where id>4200'",
        query2,
        4.5,
    )
    stage.mark("scrolled")
    stage.pause(1.5)


SCENE = SceneSpec(
    name="tmux_panes",
    description="An xterm running tmux split in two panes of full height: a service's log tailing on the left "
    "(innocent lines: times, levels, queues, durations), queries on the right at the same heights: `getent passwd` "
    "(GECOS '<First> <Last>,<room>,<phone>,'), `cat customers.csv | column -t -s,` (names, e-mails, postcodes), "
    "`psql` (aligned table: names, mobiles, dates of birth); then the panes swap (Ctrl-b }), the divider moves "
    "(resize-pane), the log stops and a longer query scrolls its pane while the log stands still. Names from en_IE, "
    "en_IN, pl_PL and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=70739,
    crf=26,
)
