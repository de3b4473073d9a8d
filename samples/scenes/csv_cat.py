"""A customer export `cat` in an 80-column terminal: every record wraps, the header too.

Why this screen: "the import says row 5 is invalid" has a technician print the customer's export
in a default-sized xterm (80 columns) with `cat`, then page through it with `less` and `less -S`.
The header names fourteen columns (`customer_id,first_name,last_name,email,mobile,date_of_birth,
address_line1,town,postcode,ni_number,sort_code,account_no,plan,signup_date`); each record is
longer than the window, so it runs over two rows, values broken wherever the edge falls, and no
row shows the columns' count. Then `clear; tail -n 3` prints the last records with the header
gone; `less` wraps the same way; `less -S` cuts every row at the edge instead (the row under the
cut header is a record). UK values (en_GB).
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "helpdesk-07"
COLS = 80
ROWS = 34
HEADER = (
    "customer_id,first_name,last_name,email,mobile,date_of_birth,address_line1,town,postcode,"
    "ni_number,sort_code,account_no,plan,signup_date"
)
PLANS = ["Fibre 150", "Fibre 500", "Broadband Essentials", "Fibre 900"]
RECORDS = 7


def play(stage: Stage) -> None:
    rng = stage.rng
    gb = stage.fake("en_GB")
    lines = [HEADER]
    for i in range(RECORDS):
        first, last = gb.first_name(), gb.last_name()
        stage.pii(first, "PERSON", watch=False, scored=False, note="a first name alone (first_name column)")
        stage.pii(last, "PERSON", watch=False, note="a surname alone (last_name column)")
        email = stage.pii(
            fakes.email_for(f"{first} {last}", rng.choice(["gmail.com", "outlook.com", "btinternet.com"]), rng),
            "EMAIL_ADDRESS",
            watch=False,
        )
        mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", watch=False)
        dob = gb.date_of_birth(minimum_age=18, maximum_age=85)
        born = stage.pii(dob.isoformat(), "DATE_OF_BIRTH", watch=False)
        street = stage.pii(fakes.street(gb).replace(",", ""), "ADDRESS", watch=False)
        town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION", watch=False)
        postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", watch=False)
        nino = stage.pii(fakes.nino(rng).replace(" ", ""), "UK_NINO", watch=False)
        bank = fakes.uk_bank(gb)
        sort_code = stage.pii(bank.sort_code, "SORT_CODE", watch=False)
        account = stage.pii(bank.account, "ACCOUNT_NUMBER", watch=False)
        signup = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
        fields = [str(40310 + 7 * i), first, last, email, mobile, born, street, town, postcode, nino]
        lines.append(",".join([*fields, sort_code, account, PLANS[i % len(PLANS)], signup]))
    csv = "\n".join(lines) + "\n"
    shown = "\n".join(lines)

    rc = (
        'export LANG=C.UTF-8 HOME="$PWD" TERM=xterm-256color LESS=\n'
        f"PS1='tech@{HOST}:~/exports$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    stage.xterm(f"tech@{HOST}: ~/exports", rc, {"customers.csv": csv}, geometry=f"{COLS}x{ROWS}+4+4", size=12)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    desk.type("wc -l customers.csv\n")
    stage.pause(1.0)
    desk.type("cat customers.csv\n")
    stage.pause(1.0)
    # a value broken by the wrap is scored where the eval's OCR reads it whole (it cannot here)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in shown)
    stage.keep("customer_id,first_name,last_name", "wc -l customers.csv", static=True)
    stage.mark("cat")
    stage.pause(6.0)
    desk.type("clear; tail -n 3 customers.csv\n")
    stage.pause(1.0)
    stage.mark("tail")
    stage.pause(5.0)
    desk.type("less customers.csv\n")
    stage.pause(1.2)
    stage.mark("less")
    stage.pause(3.0)
    desk.key("j", "j", "j", pause=0.4)
    stage.pause(3.0)
    desk.type("q")
    stage.pause(0.6)
    desk.type("less -S customers.csv\n")
    stage.pause(1.2)
    stage.mark("less_S")
    stage.pause(4.0)
    desk.type("q")
    stage.pause(1.0)


SCENE = SceneSpec(
    name="csv_cat",
    description="An 80-column xterm: `cat` of a customer export whose fourteen-column header and every record "
    "wrap over two rows (values broken at the edge), `clear; tail -n 3` (records wrapped, the header gone), "
    "`less` (wrapped) and `less -S` (each row cut at the edge). UK values.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=34.0,
    seed=42611,
    crf=26,
)
