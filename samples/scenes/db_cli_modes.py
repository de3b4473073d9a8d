"""Database shells' other output modes: sqlite3's box, line and column modes, mysql's vertical `\\G`.

Why this screen: "is the customer's record right?" has a technician query the app's database from
a shell, and the client prints the rows however it was last set up. sqlite3's `.mode box` draws
the table with Unicode box-drawing characters (`┌ ─ ┬ │ ┼ ┘`: OCR reads the rules as letters or
drops them, and no `|` cuts the cells), `.mode line` prints each record as one `column = value` per
line with the column names right-aligned and a blank line between records (no header row at all),
`.mode column` with `.width` cuts each value at its column's width (a name or an e-mail shown only
in part, columns two spaces apart); then the mysql client's vertical output (`... \\G`): each row
under `*************************** 1. row ***************************`, one `field: value` per
line with the field names right-aligned. The customers table holds names, e-mail addresses,
mobiles, dates of birth, postcodes, a bcrypt `password_hash` and an `api_token`. Names from en_IE,
en_IN, pl_PL and rare ones (some not in common name lists, some with diacritics).
"""

from __future__ import annotations

import unicodedata

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "crm-db-01"
COLS = 132
RARE_FIRST = ["Ruaridh", "Ifeoluwa", "Sunniva", "Bartosz", "Eirlys", "Radomir", "Thandiwe"]
RARE_LAST = ["Ní Bhriain", "Oyelaran", "Wróblewska", "Przybylski", "Mac Giolla Phádraig", "Venkataraman"]
BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
COLUMNS = ("id", "full_name", "email", "phone", "dob", "postcode", "password_hash", "api_token")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()


def _box(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """sqlite3's `.mode box`: header names centred, values left-aligned, one space of padding."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * (w + 2) for w in widths) + right

    def row(cells: tuple[str, ...], centre: bool) -> str:
        return "│" + "│".join(f" {c.center(w) if centre else c.ljust(w)} " for c, w in zip(cells, widths)) + "│"

    lines = [rule("┌", "┬", "┐"), row(header, True), rule("├", "┼", "┤"), *(row(r, False) for r in rows)]
    return "\n".join([*lines, rule("└", "┴", "┘")]) + "\n"


def _line_mode(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """sqlite3's `.mode line`: `name = value` per line, names right-aligned, records apart."""
    width = max(len(h) for h in header)
    records = ["\n".join(f"{h.rjust(width)} = {v}" for h, v in zip(header, r)) for r in rows]
    return "\n\n".join(records) + "\n"


def _column_mode(header: tuple[str, ...], widths: tuple[int, ...], rows: list[tuple[str, ...]]) -> str:
    """sqlite3's `.mode column` after `.width`: each value cut at its column's width."""
    out = ["  ".join(h[:w].ljust(w) for h, w in zip(header, widths)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    out.extend("  ".join(c[:w].ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)
    return "\n".join(out) + "\n"


def _vertical(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """The mysql client's `\\G`: a starred line per row, `field: value` with names right-aligned."""
    width = max(len(h) for h in header)
    out: list[str] = []
    for n, r in enumerate(rows, 1):
        out.append(f"{'*' * 27} {n}. row {'*' * 27}")
        out.extend(f"{h.rjust(width)}: {v}" for h, v in zip(header, r))
    out.append(f"{len(rows)} rows in set (0.01 sec)\n")
    return "\n".join(out) + "\n"


REPL = r"""#!/bin/bash
# a canned database shell: each command line prints the next of $2.N.out (no real client runs)
n=0
while IFS= read -e -r -p "$1" line; do
  case "$line" in .quit|exit|quit) [ -f "$2.bye" ] && command cat "$2.bye"; break;; "") continue;; esac
  [ -f "$2.$n.out" ] && command cat "$2.$n.out"
  n=$((n+1))
done
"""


def play(stage: Stage) -> None:
    rng = stage.rng
    ie, india, pl = stage.fake("en_IE"), stage.fake("en_IN"), stage.fake("pl_PL")
    names = [
        fakes.person(ie),
        f"{india.first_name()} {rng.choice(RARE_LAST[4:])}",
        fakes.person(pl),
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST[:2])}",
        fakes.person(india),
        f"{pl.first_name()} {rng.choice(RARE_LAST[2:4])}",
        f"{rng.choice(RARE_FIRST)} {ie.last_name()}",
    ]
    customers = []
    for i, name in enumerate(names):
        mail = fakes.email_for(_ascii(name), rng.choice(["gmail.com", "outlook.com", "eircom.net", "wp.pl"]), rng)
        customers.append(
            (
                str(2201 + i),
                name,
                mail,
                fakes.uk_mobile(rng),
                ie.date_of_birth(minimum_age=19, maximum_age=82).isoformat(),
                fakes.uk_postcode(stage.fake("en_GB")),
                "$2b$12$" + fakes.token(rng, 53, BCRYPT),
                "tok_live_" + fakes.token(rng, 24),
            )
        )
    for _, name, mail, phone, dob, postcode, pw_hash, api in customers:
        stage.pii(name, "PERSON", watch=False)
        stage.pii(mail, "EMAIL_ADDRESS", watch=False)
        stage.pii(phone, "PHONE_NUMBER", watch=False)
        stage.pii(dob, "DATE_OF_BIRTH", watch=False)
        stage.pii(postcode, "ZIP_CODE", watch=False)
        stage.pii(pw_hash, "SECRET", watch=False, note="bcrypt hash (password_hash column)")
        stage.pii(api, "SECRET", watch=False, note="api_token column")
    db_pw = fakes.password(rng, 14)
    stage.pii(db_pw, "PASSWORD", watch=False, note="typed at mysql's hidden prompt: never drawn")

    box = _box(COLUMNS[:6], [c[:6] for c in customers[:4]])
    line = _line_mode(COLUMNS, [customers[3]]) + "\n" + _line_mode(COLUMNS[:6], [customers[4][:6]])
    column = _column_mode(
        ("id", "full_name", "email", "dob", "api_token"),
        (4, 16, 20, 10, 14),
        [(c[0], c[1], c[2], c[4], c[7]) for c in customers[:5]],
    )
    vertical = _vertical(COLUMNS, [customers[5], customers[6]])
    files = {
        "repl.sh": REPL,
        "sq.0.out": "",  # .mode box
        "sq.1.out": box,
        "sq.2.out": "",  # .mode line
        "sq.3.out": line,
        "sq.4.out": "",  # .mode column
        "sq.5.out": "",  # .width
        "sq.6.out": column,
        "my.banner": "Welcome to the MySQL monitor.  Commands end with ; or \\g.\nYour MySQL connection id is 48113\n"
        "Server version: 8.0.36 MySQL Community Server - GPL\n\nType 'help;' or '\\h' for help.\n\n",
        "my.0.out": "Database changed\n",
        "my.1.out": vertical,
        "my.bye": "Bye\n",
    }
    rc = (
        "export LANG=C.UTF-8 PAGER=cat\n"
        "sqlite3() { echo 'SQLite version 3.45.1 2024-01-30 16:01:20'; echo 'Enter \".help\" for usage hints.';"
        " bash ./repl.sh 'sqlite> ' sq; }\n"
        "mysql() { read -s -r -p 'Enter password: ' _; echo; command cat my.banner; bash ./repl.sh 'mysql> ' my; }\n"
        f"PS1='support@{HOST}:~$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    stage.xterm(f"support@{HOST}: ~", rc, files, geometry=f"{COLS}x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)

    stage.run_keeping("sqlite3 /srv/crm/crm.db", "", 0.5, 'Enter ".help" for usage hints.')
    stage.run_keeping(".mode box", "", 0.3)
    stage.run_keeping("SELECT id, full_name, email, phone, dob, postcode FROM customers WHERE id <= 2204;", box, 3.5)
    stage.mark("box")
    stage.run_keeping(".mode line", "", 0.3)
    stage.run_keeping("SELECT * FROM customers WHERE id IN (2204, 2205);", line, 4.0)
    stage.mark("line")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(".mode column", "", 0.3)
    stage.run_keeping(".width 4 16 20 10 14", "", 0.3)
    stage.run_keeping("SELECT id, full_name, email, dob, api_token FROM customers LIMIT 5;", column, 3.5)
    stage.mark("column")
    stage.run_keeping(".quit", "", 0.3)
    desk.key("ctrl+l")
    stage.pause(0.4)
    desk.type("mysql -u support -p -h 10.20.4.30\n")
    stage.pause(0.6)
    desk.type(db_pw + "\n")
    stage.pause(0.8)
    stage.keep("Server version: 8.0.36 MySQL Community Server - GPL", static=True)
    stage.run_keeping("use crm", "", 0.3)
    stage.run_keeping(
        "SELECT * FROM customers WHERE postcode <> '' AND id > 2205\\G", vertical, 4.5, "2 rows in set (0.01 sec)"
    )
    stage.mark("vertical")
    stage.pause(1.5)


SCENE = SceneSpec(
    name="db_cli_modes",
    description="An xterm querying a customers table in database shells' other output modes: sqlite3 `.mode box` "
    "(Unicode box-drawing rules, no '|'), `.mode line` (`column = value` per line, names right-aligned, records "
    "apart, a bcrypt password_hash and an api_token), `.mode column` after `.width` (values cut at their column's "
    "width); then mysql (password typed at the hidden prompt) with `\\G` (a starred line per row, `field: value` "
    "with right-aligned names). Names, e-mails, mobiles, DOBs, postcodes; names from en_IE, en_IN, pl_PL and rare "
    "ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=34.0,
    seed=70718,
    crf=26,
)
