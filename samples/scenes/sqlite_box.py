"""sqlite3's framed tables in a narrow terminal, then a wide CSV in `less -S` scrolled right.

Why this screen: "which customers did last night's import change?" has a technician open the
app's SQLite database in a terminal sized for something else. `.mode table` frames the rows in
ASCII rules (`+----+------+`, `| id | ... |`), header names centred and values left-aligned;
`.mode box` frames them in Unicode box-drawing characters (`┌─┬─┐ │ ├─┼─┤`), and a select wider
than the terminal wraps each row at the terminal's edge, so a row's last cells (a postcode, an
address) stand at the left of the next line under other columns' headers; `.mode line` prints one
`column = value` a line with the names right-aligned. Then the export it came from, aligned with
`column -s, -t` and paged with `less -S`: two presses of the right arrow scroll half a screen
each, so the id and name columns (and their header words) leave the screen sideways while the
rows keep their other columns. Real sqlite3, column and less. Names from en_GB, en_IE, pl_PL and
rare ones.
"""

from __future__ import annotations

import subprocess
import tempfile
import unicodedata
from pathlib import Path

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "crm-app-03"
COLS = 110
RARE_FIRST = ["Ruaridh", "Ifeoluwa", "Sunniva", "Bartosz", "Eirlys", "Radomir", "Thandiwe"]
RARE_LAST = ["Ní Bhriain", "Oyelaran", "Wróblewska", "Przybylski", "Venkataraman", "Mutasa"]
COLUMNS = ("id", "first_name", "last_name", "email", "mobile", "dob", "postcode", "address", "updated_at")
TABLE_SQL = "SELECT id, first_name, last_name, dob, mobile FROM customers WHERE id <= 3104;"
BOX_SQL = (
    "SELECT id, first_name || ' ' || last_name AS full_name, email, mobile, dob, postcode, address "
    "FROM customers WHERE id BETWEEN 3105 AND 3108;"
)
LINE_SQL = "SELECT first_name, last_name, email, dob, postcode FROM customers WHERE id = 3109;"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sqlite(seed: str, mode: str, sql: str) -> str:
    """What the sqlite3 of this machine prints for `sql` in `mode` over the seeded database."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "crm.db"
        subprocess.run(["sqlite3", str(db)], input=seed, text=True, check=True, capture_output=True)
        done = subprocess.run(["sqlite3", str(db), f".mode {mode}", sql], text=True, check=True, capture_output=True)
    return done.stdout


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie, pl = stage.fake("en_GB"), stage.fake("en_IE"), stage.fake("pl_PL")
    names = [
        fakes.person(gb),
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST[:2])}",
        fakes.person(pl),
        fakes.person(ie),
        f"{gb.first_name()} {rng.choice(RARE_LAST[2:4])}",
        fakes.person(gb),
        f"{rng.choice(RARE_FIRST)} {ie.last_name()}",
        fakes.person(pl),
        f"{ie.first_name()} {rng.choice(RARE_LAST[4:])}",
        fakes.person(gb),
    ]
    rows = []
    for i, name in enumerate(names):
        first, last = name.split(" ", 1)
        domain = rng.choice(["gmail.com", "outlook.com", "eircom.net", "wp.pl", "btinternet.com"])
        street = fakes.street(gb).replace(",", "")  # the export drops commas: the street stays whole
        rows.append(
            {
                "id": str(3101 + i),
                "first_name": first,
                "last_name": last,
                "email": fakes.email_for(_ascii(name), domain, rng),
                "mobile": fakes.uk_mobile(rng),
                "dob": gb.date_of_birth(minimum_age=19, maximum_age=84).isoformat(),
                "postcode": fakes.uk_postcode(gb),
                "street": street,
                "address": f"{street}, {gb.city()}",
                "updated_at": f"2026-12-05 0{rng.randint(1, 5)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
            }
        )
    seed = "CREATE TABLE customers (" + ", ".join(f"{c} TEXT" for c in COLUMNS) + ");\n"
    seed += "".join("INSERT INTO customers VALUES (" + ", ".join(_quote(r[c]) for c in COLUMNS) + ");\n" for r in rows)
    csv = ",".join(COLUMNS) + "\n" + "".join(",".join(r[c].replace(",", "") for c in COLUMNS) + "\n" for r in rows)
    table_out = _sqlite(seed, "table", TABLE_SQL)
    box_out = _sqlite(seed, "box", BOX_SQL)
    line_out = _sqlite(seed, "line", LINE_SQL)

    for r in rows:
        name = f"{r['first_name']} {r['last_name']}"
        stage.pii(name, "PERSON", watch=False)
        stage.pii(r["first_name"], "PERSON", watch=False, scored=False, note="a first name alone (first_name)")
        stage.pii(r["last_name"], "PERSON", watch=False, note="a surname alone (last_name column)")
        stage.pii(r["email"], "EMAIL_ADDRESS", watch=False)
        stage.pii(r["mobile"], "PHONE_NUMBER", watch=False)
        stage.pii(r["dob"], "DATE_OF_BIRTH", watch=False)
        stage.pii(r["postcode"], "ZIP_CODE", watch=False)
        stage.pii(r["street"], "ADDRESS", watch=False)

    files = {"seed.sql": seed, "customers.csv": csv}
    rc = (
        "export LANG=C.UTF-8 LESS= LESSHISTFILE=-\n"
        "sqlite3 crm.db < seed.sql\n"
        f"PS1='support@{HOST}:~$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    stage.xterm(f"support@{HOST}: ~", rc, files, geometry=f"{COLS}x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)

    stage.run_keeping("sqlite3 crm.db", "", 0.5)
    stage.run_keeping(".mode table", "", 0.3)
    stage.run_keeping(TABLE_SQL, table_out, 4.0)
    stage.mark("table")
    stage.run_keeping(".mode box", "", 0.3)
    stage.run_keeping(BOX_SQL, box_out, 5.0)
    stage.mark("box")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(".mode line", "", 0.3)
    stage.run_keeping(LINE_SQL, line_out, 3.5)
    stage.mark("line")
    stage.run_keeping(".quit", "", 0.3)
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_command("column -s, -t customers.csv | less -S", csv, 3.0)
    stage.keep("(END)", static=True)  # the whole file fits: less waits at its end
    stage.mark("less")
    # each right arrow scrolls half the screen: id, names and e-mail leave it to the left
    for _ in range(2):
        desk.key("Right")
        stage.pause(3.0)
    stage.mark("scrolled")
    desk.key("q")
    stage.pause(0.5)


SCENE = SceneSpec(
    name="sqlite_box",
    description="An xterm of 110 columns on an SQLite database: sqlite3 `.mode table` (ASCII `+---+` rules, `| a | "
    "b |` rows, centred header names), `.mode box` with a select wider than the terminal (Unicode box-drawing "
    "rules, each row wrapped at the terminal's edge: its postcode and address on the next line under other "
    "columns), `.mode line` (`column = value`, names right-aligned); then the export in `column -s, -t | less -S`, "
    "scrolled right twice so the id and name columns leave the screen sideways. Real sqlite3, column and less. "
    "Names, e-mails, mobiles, DOBs, postcodes, streets; names from en_GB, en_IE, pl_PL and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=44.0,
    seed=70742,
    crf=26,
)
