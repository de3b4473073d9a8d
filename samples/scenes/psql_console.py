"""A database console in a terminal: psql's aligned table and its expanded (`\\x`) record display.

Why this screen: support engineers query customer tables directly. psql prints a header row of
column names (`full_name`, `email`, `phone`, `postcode`, `date_of_birth`) over rows separated by
`|`, padded to the widest value, and in expanded display one `column | value` pair per line under
`-[ RECORD 1 ]-` — a table turned on its side, where the column name is a label. The column
names are snake_case, not the words of a web form.
"""

from __future__ import annotations

import random

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "support-jump-01"
PLANS = ["basic", "plus", "family", "business"]


def _aligned(header: list[str], rows: list[list[str]]) -> str:
    """psql's aligned format: centred header, left-aligned text, `-+-` rule, a row count."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    head = "|".join(f" {h.center(w)} " for h, w in zip(header, widths))
    rule = "+".join("-" * (w + 2) for w in widths)
    body = ["|".join(f" {v.ljust(w)} " for v, w in zip(r, widths)) for r in rows]
    return "\n".join([head, rule, *body, f"({len(rows)} rows)", ""])


def _expanded(pairs: list[tuple[str, str]]) -> str:
    width = max(len(k) for k, _ in pairs)
    rule = "-[ RECORD 1 ]" + "-" * (width - 12) + "+" + "-" * 30
    return "\n".join([rule, *(f"{k.ljust(width)} | {v}" for k, v in pairs), ""])


def _customers(stage: Stage, fake: Faker, rng: random.Random) -> tuple[str, list[list[str]]]:
    header = ["id", "full_name", "email", "phone", "postcode", "date_of_birth", "plan"]
    rows = []
    for i in range(11):
        name = fakes.person(fake)
        email = fakes.email_for(name, rng.choice(["gmail.com", "hotmail.co.uk", "icloud.com"]), rng)
        phone = fakes.uk_mobile(rng)
        postcode = fake.postcode()
        dob = fake.date_of_birth(minimum_age=19, maximum_age=80).isoformat()
        for value, kind in (
            (name, "PERSON"),
            (email, "EMAIL_ADDRESS"),
            (phone, "PHONE_NUMBER"),
            (postcode, "ZIP_CODE"),
            (dob, "DATE_OF_BIRTH"),
        ):
            stage.pii(value, kind, watch=False)
        rows.append([str(20417 + i * 7), name, email, phone, postcode, dob, rng.choice(PLANS)])
    return _aligned(header, rows), rows


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    table, rows = _customers(stage, fake, rng)
    pick = rows[6]
    street = stage.pii(fakes.street(fake), "ADDRESS", watch=False)
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION", watch=False)
    ni = stage.pii(fakes.nino(rng), "UK_NINO", watch=False)
    bank = fakes.uk_bank(fake)
    stage.pii(bank.sort_code, "SORT_CODE", watch=False)
    stage.pii(bank.account, "ACCOUNT_NUMBER", watch=False)
    ip = stage.pii(
        f"{rng.randint(80, 212)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        "IP_ADDRESS",
        watch=False,
    )
    record = _expanded(
        [
            ("id", pick[0]),
            ("full_name", pick[1]),
            ("email", pick[2]),
            ("phone", pick[3]),
            ("address_line1", street),
            ("town", town),
            ("postcode", pick[4]),
            ("date_of_birth", pick[5]),
            ("ni_number", ni),
            ("sort_code", bank.sort_code),
            ("account_no", bank.account),
            ("last_login_ip", ip),
            ("plan", pick[6]),
            ("marketing_opt_in", "f"),
        ]
    )
    files = {"q1.out": table, "q2.out": record}
    # psql itself is not installed on the recording desktop: the shell answers the two queries
    # with what psql prints for them (bash runs `SELECT ... ;` as a function; `\\x` runs `x`)
    rc = """export LANG=C.UTF-8 PAGER=cat
SELECT() { case "$*" in *LIMIT*) cat q1.out ;; *) cat q2.out ;; esac; echo; }
x() { echo 'Expanded display is on.'; }
PS1='crm=> '
PROMPT_COMMAND=
clear
echo 'psql (16.4 (Debian 16.4-1.pgdg120+2))'
echo 'SSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)'
echo 'Type "help" for help.'
echo
"""
    title = f"support@{HOST}: psql crm"
    stage.xterm(title, rc, files, geometry="140x40+8+4", size=10)
    desk = stage.desk
    stage.start()
    stage.keep("SSL connection", static=True)
    stage.pause(1.2)
    desk.type("SELECT id, full_name, email, phone, postcode, date_of_birth, plan FROM customers ORDER BY id LIMIT 11;")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.value in table)
    stage.keep("full_name", "date_of_birth", "(11 rows)", static=True)
    stage.mark("table_printed")
    stage.pause(3.5)
    desk.type("\\x")
    desk.key("Return")
    stage.pause(0.5)
    desk.type(f"SELECT * FROM customers WHERE id = {pick[0]};")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in record)
    stage.keep("RECORD 1", "marketing_opt_in", static=True)
    stage.mark("record_printed")
    stage.pause(3.5)


SCENE = SceneSpec(
    name="psql_console",
    description="An xterm running psql against a CRM database: a SELECT prints eleven customers in psql's "
    "aligned format (id, full_name, email, UK mobile, postcode, date_of_birth, plan under a centred "
    "header and a -+- rule); then \\x and a SELECT of one customer print the expanded record: one "
    "`column | value` line each for name, e-mail, phone, street, town, postcode, date of birth, NI "
    "number, sort code, account number and last login IP.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=22.0,
    seed=63347,
    crf=26,
)
