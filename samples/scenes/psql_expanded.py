"""psql's expanded display: each customer a block of "column | value" lines.

Why this screen: "my account shows the wrong address" has a technician look the customer up in
the CRM's database with psql; the table is wider than the terminal, so they switch on `\\x`
(expanded display): every row becomes a block under "-[ RECORD n ]-+----" whose lines are
"column_name | value", the names padded so that the bars line up. No ":" or "=" follows a name,
and the values (names, a date of birth, a street, a town, a postcode, a mobile) stand alone after
the bar. Then `\\x` off and a narrow select as an ordinary table. Names from en_GB.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.db_cli_modes import REPL
from samples.scenes.stage import SceneSpec, Stage

HOST = "crm-db-02"
COLUMNS = (
    "customer_id",
    "first_name",
    "last_name",
    "email",
    "mobile",
    "date_of_birth",
    "street",
    "town",
    "postcode",
    "plan",
    "created_at",
)


def _expanded(rows: list[tuple[str, ...]]) -> str:
    width = max(len(c) for c in COLUMNS)
    out = []
    for n, row in enumerate(rows, 1):
        out.append(f"-[ RECORD {n} ]{'-' * (width - 11)}+{'-' * 30}")
        out += [f"{c:<{width}} | {v}" for c, v in zip(COLUMNS, row)]
    return "\n".join(out) + "\n\n"


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    rows = []
    town = rng.choice(fakes.UK_CITIES)
    stage.pii(town, "LOCATION", watch=False)
    for n in range(3):
        first, last = fake.first_name(), fake.last_name()
        stage.pii(first, "PERSON", watch=False, scored=False, note="a first name alone (first_name)")
        stage.pii(last, "PERSON", watch=False, note="a surname alone (last_name)")
        email = stage.pii(fakes.email_for(f"{first} {last}", "gmail.com", rng), "EMAIL_ADDRESS", watch=False)
        mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", watch=False)
        dob = stage.pii(fake.date_of_birth(minimum_age=20, maximum_age=80).isoformat(), "DATE_OF_BIRTH", watch=False)
        street = stage.pii(fakes.street(fake).replace(",", ""), "ADDRESS", watch=False)
        postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE", watch=False)
        plan = ["Fibre 150", "Fibre 500", "Broadband Essentials"][n]
        created = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:{rng.randint(10, 59)}:07+00"
        rows.append((str(20417 + 11 * n), first, last, email, mobile, dob, street, town, postcode, plan, created))
    expanded = _expanded(rows) + "(3 rows)\n\n"
    narrow = (
        " customer_id |    plan     \n-------------+-------------\n"
        + "".join(f" {r[0]:>11} | {r[9]:<11}\n" for r in rows)
        + "(3 rows)\n\n"
    )
    files = {
        "repl.sh": REPL,
        "pg.0.out": "Expanded display is on.\n",
        "pg.1.out": expanded,
        "pg.2.out": "Expanded display is off.\n",
        "pg.3.out": narrow,
    }
    rc = (
        "export LANG=C.UTF-8 PAGER=cat\n"
        "psql() { echo 'psql (16.4 (Debian 16.4-1.pgdg120+1))'; echo 'Type \"help\" for help.'; echo;"
        " bash ./repl.sh 'crm=> ' pg; }\n"
        f"PS1='support@{HOST}:~$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    stage.xterm(f"support@{HOST}: ~", rc, files, geometry="110x37+4+4", size=11)
    stage.start()
    stage.pause(1.0)
    stage.run_keeping("psql -h localhost -U support crm", "", 0.5, 'Type "help" for help.')
    stage.run_keeping("\\x", "", 0.4, "Expanded display is on.")
    stage.run_keeping(f"SELECT * FROM customers WHERE town = '{town}' ORDER BY customer_id;", expanded, 6.0)
    stage.keep("RECORD 1", "created_at", "Broadband Essentials", static=True)
    stage.mark("expanded")
    stage.run_keeping("\\x", "", 0.4, "Expanded display is off.")
    stage.run_keeping("SELECT customer_id, plan FROM customers ORDER BY customer_id LIMIT 3;", narrow, 4.0)
    stage.mark("table")
    stage.pause(1.0)


SCENE = SceneSpec(
    name="psql_expanded",
    description="An xterm with psql: `\\x` on, a select of three customers of one town printed as expanded "
    "records ('-[ RECORD n ]-+---' over 'column_name | value' lines: first and last name, e-mail, mobile, "
    "date of birth, street, town, postcode), then `\\x` off and a narrow select as a table. en_GB.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=61043,
    crf=26,
)
