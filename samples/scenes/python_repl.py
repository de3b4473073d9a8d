"""A Python REPL with pandas: a customers frame's `head()`, one row as a Series, a user's dict, a traceback.

Why this screen: "why did the import skip these customers?" has a developer on the support rota
load the export in an interactive `python3` and poke at it. pandas prints a frame as right-aligned
columns under their names with the index on the left (`0  4101  <First>  <Last>  <e-mail> ...`),
long cells cut to the column's width with `...` (an address, a note); `df.loc[3]` prints one record
as a Series, the field names left and the values right-aligned, ending `Name: 3, dtype: object`;
a helper returns a user as a dict printed on one line (`{'id': ..., 'name': '<First> <Last>',
'email': '<e-mail>', 'password': '<pw>', ...}`); and a helper's exception quotes a customer's
e-mail in its message under a `Traceback (most recent call last):` with file paths and source
lines. A real interpreter with the real pandas of the virtualenv (the scene computes the same
reprs to stamp what was printed). Names from en_IE, en_IN, pl_PL and rare ones.
"""

from __future__ import annotations

import io
import sys
import unicodedata

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "dev-07"
COLS = 132
RARE_FIRST = ["Ruaridh", "Ifeoluwa", "Sunniva", "Radomir", "Eirlys", "Thandiwe"]
RARE_LAST = ["Oyelaran", "Przybylski", "Ní Bhriain", "Venkataraman", "Mutasa", "Wróblewska"]
DOMAINS = ["gmail.com", "outlook.com", "eircom.net", "wp.pl"]
OPTIONS = {"display.width": 130, "display.max_columns": 10, "display.max_colwidth": 24}

CRM_PY = '''"""Helpers for poking at the CRM export."""

import json

USERS = json.load(open("users.json"))


def user_record(customer_id):
    return USERS[str(customer_id)]


def send_reset(row):
    if not row["email_verified"]:
        raise ValueError(f"no verified address for {row['email']!r} (customer {row['id']})")
    return True
'''


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()


def play(stage: Stage) -> None:
    import json

    import pandas as pd

    rng = stage.rng
    ie, india, pl, gb = stage.fake("en_IE"), stage.fake("en_IN"), stage.fake("pl_PL"), stage.fake("en_GB")
    names = [
        fakes.person(ie),
        f"{india.first_name()} {rng.choice(RARE_LAST[2:4])}",
        fakes.person(pl),
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST[:2])}",
        fakes.person(india),
        f"{pl.first_name()} {rng.choice(RARE_LAST[4:])}",
        fakes.person(gb),
    ]
    rows = []
    streets = [fakes.street(gb) for _ in names]
    for i, n in enumerate(names):
        first, last = n.split(" ", 1)
        rows.append(
            {
                "id": 4101 + i,
                "first_name": first,
                "last_name": last,
                "email": fakes.email_for(
                    _ascii(n), rng.choice(["gmail.com", "outlook.com", "eircom.net", "wp.pl"]), rng
                ),
                "dob": gb.date_of_birth(minimum_age=19, maximum_age=82).isoformat(),
                "postcode": fakes.uk_postcode(gb),
                "address": f"{streets[i]}, {gb.city()}",
                "email_verified": i != 3,
            }
        )
    csv = io.StringIO()
    pd.DataFrame(rows).to_csv(csv, index=False)
    with pd.option_context(*(x for kv in OPTIONS.items() for x in kv)):
        df = pd.read_csv(io.StringIO(csv.getvalue()))
        head_out = repr(df.head())
        loc_out = repr(df.loc[3])
    target = rows[3]
    pw = fakes.password(rng, 14)
    users = {
        str(r["id"]): {
            "id": r["id"],
            "name": f"{r['first_name']} {r['last_name']}",
            "email": r["email"],
            "password": pw if r is target else fakes.password(rng, 14),
            "role": "customer",
            "mfa": False,
        }
        for r in rows
    }
    user_out = repr(users[str(target["id"])])
    tb_out = f"ValueError: no verified address for {target['email']!r} (customer {target['id']})\n"

    for r, street in zip(rows[:5], streets):
        stage.pii(r["first_name"], "PERSON", watch=False, scored=False, note="a first name alone (first_name column)")
        stage.pii(r["last_name"], "PERSON", watch=False, note="a surname alone (last_name column)")
        stage.pii(r["email"], "EMAIL_ADDRESS", watch=False)
        stage.pii(r["dob"], "DATE_OF_BIRTH", watch=False)
        stage.pii(r["postcode"], "ZIP_CODE", watch=False)
        stage.pii(street, "ADDRESS", watch=False)
    stage.pii(f"{target['first_name']} {target['last_name']}", "PERSON", watch=False)
    stage.pii(pw, "PASSWORD", watch=False)

    startup = "import pandas as pd\n" + "".join(f"pd.set_option({k!r}, {v!r})\n" for k, v in OPTIONS.items())
    files = {
        "customers.csv": csv.getvalue(),
        "users.json": json.dumps(users, indent=1),
        "crm.py": CRM_PY,
        ".pythonrc.py": startup,
    }
    rc = (
        "export LANG=C.UTF-8 PAGER=cat\n"
        f'python3() {{ PYTHONSTARTUP=./.pythonrc.py PYTHONDONTWRITEBYTECODE=1 {sys.executable} "$@"; }}\n'
        f"PS1='dev@{HOST}:~/crm-import$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    stage.xterm(f"dev@{HOST}: ~/crm-import", rc, files, geometry=f"{COLS}x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)

    desk.type("python3\n")
    stage.pause(3.0)  # the startup file imports pandas
    stage.keep(">>> ", static=True)
    stage.run_keeping('df = pd.read_csv("customers.csv")', "", 0.5)
    stage.run_keeping("df.head()", head_out, 5.0, "first_name", "email_verified")
    stage.mark("head")
    stage.run_keeping("df.loc[3]", loc_out, 4.5, "Name: 3, dtype: object")
    stage.mark("loc")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping("import crm", "", 0.3)
    stage.run_keeping("user = crm.user_record(4104)", "", 0.2)
    stage.run_keeping("user", user_out, 4.0)
    stage.mark("dict")
    stage.run_keeping("crm.send_reset(df.loc[3])", tb_out, 4.5, "Traceback (most recent call last):")
    stage.mark("traceback")
    stage.pause(1.0)


SCENE = SceneSpec(
    name="python_repl",
    description="An xterm running an interactive python3 with pandas on a customers export: `df.head()` (right-"
    "aligned columns under their names, the index on the left: id, first and last name, e-mail, date of birth, "
    "postcode, an address cut with '...'), `df.loc[3]` (a Series: field names left, values right, 'Name: 3, dtype: "
    "object'), a user's dict printed on one line ('name', 'email', 'password'), a traceback whose ValueError quotes "
    "a customer's e-mail. Real interpreter and pandas. Names from en_IE, en_IN, pl_PL and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=70741,
    crf=26,
)
