"""An address book exported to files (vCard and CSV), read in a terminal.

Why this screen: "my contacts did not come across to the new phone" has a technician open the
exported files in a terminal. `cat contacts.vcf` prints vCard 3.0 records: `N:<Last>;<First>;;;`
(the surname first, fields split by semicolons), `FN:`, `ORG:`, `TEL;TYPE=CELL:`,
`EMAIL;TYPE=INTERNET:`, `ADR;TYPE=HOME:;;<street>;<town>;<region>;<postcode>;<country>` (the whole
address on one line, no spaces between its parts), `BDAY:<yyyy-mm-dd>` and a `NOTE:` in prose that
names someone. Then the CSV export laid out with `column -s, -t < contacts.csv | head` (a header row
and columns of names, e-mails, mobiles, companies, towns and postcodes), one contact found with
`grep -i <surname>` (a bare CSV line with commas), and `wc -l`. Contacts from en_GB, en_US, en_IN
and en_IE, some with given names common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "helpdesk-07"
RARE_FIRST = ["Oisin", "Chiamaka", "Eilonwy", "Tavish", "Wairimu", "Bronagh", "Ifan", "Kalani", "Ngaire"]
COMPANIES = ["Fernhill Dental", "Kestrel Joinery", "Larkspur Analytics", "Hollins & Vane", "Orchard Lane Vets"]


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, us, ind, ie = stage.fake("en_GB"), stage.fake("en_US"), stage.fake("en_IN"), stage.fake("en_IE")
    tech = "support"

    def card(
        fake_first: str, last: str, org: str, tel: str, mail: str, adr: tuple[str, ...], bday: str, note: str
    ) -> str:
        street, town, region, pc, country = adr
        return (
            "BEGIN:VCARD\nVERSION:3.0\n"
            f"N:{last};{fake_first};;;\nFN:{fake_first} {last}\nORG:{org}\n"
            f"TEL;TYPE=CELL:{tel}\nEMAIL;TYPE=INTERNET:{mail}\n"
            f"ADR;TYPE=HOME:;;{street};{town};{region};{pc};{country}\n"
            f"BDAY:{bday}\nNOTE:{note}\nEND:VCARD\n"
        )

    cards = []
    # a UK contact with a rare given name
    first, last = rng.choice(RARE_FIRST), gb.last_name()
    spec = [
        (first, last, gb, fakes.uk_mobile_intl(rng), "West Yorkshire", "United Kingdom", "leeds"),
        (us.first_name(), us.last_name(), us, "+1 " + fakes.us_phone(rng), "", "USA", "us"),
        (
            ind.first_name(),
            ind.last_name(),
            ind,
            f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}",
            "Karnataka",
            "India",
            "in",
        ),
    ]
    csv_rows = []
    for first, last, fake, tel, region, country, kind in spec:
        stage.pii(f"{first} {last}", "PERSON")
        stage.pii(last, "PERSON", note="the surname alone, in N:<Last>;<First>;;;")
        stage.pii(first, "PERSON", scored=False, note="a first name alone")
        mail = stage.pii(
            fakes.email_for(f"{first} {last}", rng.choice(["gmail.com", "outlook.com", "icloud.com"]), rng),
            "EMAIL_ADDRESS",
        )
        stage.pii(tel, "PHONE_NUMBER")
        street = stage.pii(f"{rng.randint(2, 180)} {fake.street_name()}", "ADDRESS")
        if kind == "leeds":
            town, pc = stage.pii("Leeds", "LOCATION"), stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
        elif kind == "us":
            city, region = rng.choice(fakes.US_CITIES)
            town = stage.pii(city, "LOCATION")
            pc = stage.pii(f"{rng.randint(10000, 99999)}", "ZIP_CODE", scored=False, note="5 digits")
        else:
            town, pc = (
                stage.pii("Bengaluru", "LOCATION"),
                stage.pii(f"560{rng.randint(10, 99)}{rng.randint(0, 9)}", "ZIP_CODE", note="an Indian PIN code"),
            )
        bday = stage.pii(fake.date_of_birth(minimum_age=22, maximum_age=70).strftime("%Y-%m-%d"), "DATE_OF_BIRTH")
        friend = stage.pii(fakes.person(ie), "PERSON", note="named in the NOTE")
        note = rng.choice(
            [
                f"Spare key is with {friend} at number 9",
                f"Partner: {friend}. Prefers calls after 5pm",
                f"Referred by {friend}; invoices by e-mail only",
            ]
        )
        org = rng.choice(COMPANIES)
        cards.append(card(first, last, org, tel, mail, (street, town, region, pc, country), bday, note))
        csv_rows.append((f"{first} {last}", mail, tel.replace(" ", ""), org, town, pc))
    # more CSV-only contacts (UK mobiles, UK towns and postcodes)
    for i in range(9):
        fake = [gb, ie, ind][i % 3]
        given = rng.choice(RARE_FIRST) if i in (2, 7) else fake.first_name()
        name = stage.pii(f"{given} {fake.last_name()}", "PERSON")
        mail = stage.pii(
            fakes.email_for(name, rng.choice(["gmail.com", "yahoo.co.uk", "btinternet.com"]), rng), "EMAIL_ADDRESS"
        )
        tel = stage.pii(fakes.uk_mobile(rng).replace(" ", ""), "PHONE_NUMBER")
        # not York: the stamp would find it inside the card's "West Yorkshire"
        town = stage.pii(rng.choice([t for t in fakes.UK_CITIES if " " not in t and t != "York"]), "LOCATION")
        pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
        csv_rows.append((name, mail, tel, rng.choice(COMPANIES), town, pc))
    for _, _, tel, *_ in csv_rows[:3]:
        stage.pii(tel, "PHONE_NUMBER", note="the mobile without spaces, as the CSV has it")
    rng.shuffle(csv_rows)
    header = "Name,E-mail,Mobile,Company,Town,Postcode"
    csv_lines = [header] + [",".join(r) for r in csv_rows]
    vcf = "".join(cards)
    files = {"contacts.vcf": vcf, "contacts.csv": "\n".join(csv_lines) + "\n"}
    # a contact below `head`'s ten lines, whose surname is one plain word
    found = next(r for r in csv_rows[9:] + csv_rows if r[0].split(" ", 1)[1].isalpha())
    surname = found[0].split(" ", 1)[1]
    rc = f"""export LANG=C.UTF-8 PAGER=cat
PS1='{tech}@{HOST}:~/export$ '
PROMPT_COMMAND=
clear
"""
    stage.xterm(f"{tech}@{HOST}: ~/export", rc, files, geometry="120x40+8+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    desk.type("ls -l")
    desk.key("Return")
    stage.pause(1.5)
    stage.keep("contacts.vcf", "contacts.csv", static=True)
    stage.run_command("cat contacts.vcf", vcf, 5.0)
    stage.keep("BEGIN:VCARD", "VERSION:3.0", "END:VCARD", "EMAIL;TYPE=INTERNET:", "ADR;TYPE=HOME:", static=True)
    desk.key("ctrl+l")
    stage.pause(0.5)
    stage.run_command("column -s, -t < contacts.csv | head", "\n".join(csv_lines[:10]), 5.0)
    stage.keep("Postcode", "Company", static=True)
    stage.run_command(f"grep -i {surname.lower()} contacts.csv", ",".join(found), 3.0)
    stage.run_command("wc -l contacts.csv", "", 2.0)
    stage.keep("13 contacts.csv", static=True)
    stage.mark("done")
    stage.pause(1.5)


SCENE = SceneSpec(
    name="vcard_terminal",
    description="An xterm reading exported contacts: `cat contacts.vcf` prints three vCard 3.0 records "
    "(N:<Last>;<First>;;;, FN, ORG, TEL;TYPE=CELL, EMAIL;TYPE=INTERNET, ADR;TYPE=HOME:;;<street>;<town>;"
    "<region>;<postcode>;<country> for a UK, a US and an Indian address, BDAY:<yyyy-mm-dd>, a NOTE naming "
    "someone); `column -s, -t < contacts.csv | head` lays out twelve contacts (name, e-mail, mobile, "
    "company, town, postcode); `grep -i <surname>` prints one CSV line; `wc -l`. Names from en_GB, en_US, "
    "en_IN, en_IE and rare given names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=40563,
    crf=26,
)
