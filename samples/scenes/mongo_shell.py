"""A document database's shell: mongosh's documents, then redis-cli's hash of a session.

Why this screen: "the customer's address didn't save" or "log this user out everywhere" has a
technician open the app's document store and its cache from a shell. mongosh prints documents in
JavaScript's inspect style, not JSON: keys unquoted, strings in single quotes, a key and its value
on one line (`email: '<e-mail>'`), short objects and arrays inline (`name: { first: '<First>', last:
'<Last>' }`, `contacts: [ { type: 'mobile', value: '+44 ...' } ]`), longer ones over many lines with
two-space indents (`address: {` / `line1: '<street>',` / `postcode: '<postcode>'` / `},`), ids as
`ObjectId('<24 hex>')` and dates as `ISODate('<yyyy-mm-dd>T00:00:00.000Z')` (a date of birth among
innocent timestamps). The prompt is the replica set's, `rs0 [primary] crm>`. Then `redis-cli`
`HGETALL session:<id>` prints a session hash as numbered lines alternating field and value
(` 3) "email"` / ` 4) "<e-mail>"`, a name, a CSRF token, an auth token, an IP). Canned outputs
(no database runs). Names from en_IE, en_IN, pl_PL and rare ones.
"""

from __future__ import annotations

import unicodedata

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "ops-bastion"
COLS = 132
RARE_FIRST = ["Ruaridh", "Ifeoluwa", "Sunniva", "Radomir", "Eirlys", "Thandiwe"]
RARE_LAST = ["Oyelaran", "Przybylski", "Ní Bhriain", "Venkataraman", "Mutasa", "Wróblewska"]
HEX = "0123456789abcdef"

REPL = r"""#!/bin/bash
# a canned interactive client: each command line prints the next of $2.N.out (no real client runs)
n=0
while IFS= read -e -r -p "$1" line; do
  case "$line" in exit|quit|.exit) [ -f "$2.bye" ] && command cat "$2.bye"; break;; "") continue;; esac
  [ -f "$2.$n.out" ] && command cat "$2.$n.out"
  n=$((n+1))
done
"""


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()


def _q(text: str) -> str:
    """A string as mongosh prints it: in single quotes, or double ones where it holds an apostrophe."""
    return f'"{text}"' if "'" in text else f"'{text}'"


def play(stage: Stage) -> None:
    rng = stage.rng
    ie, india, pl, gb = stage.fake("en_IE"), stage.fake("en_IN"), stage.fake("pl_PL"), stage.fake("en_GB")

    def oid() -> str:
        return fakes.token(rng, 24, HEX)

    def stamp() -> str:
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        h, m, sec, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
        return f"{day}T{h:02d}:{m:02d}:{sec:02d}.{ms:03d}Z"

    people = [
        fakes.person(ie),
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST[:3])}",
        f"{india.first_name()} {rng.choice(RARE_LAST[3:])}",
        fakes.person(pl),
    ]
    mails = [
        fakes.email_for(_ascii(p), d, rng) for p, d in zip(people, ["eircom.net", "gmail.com", "outlook.com", "wp.pl"])
    ]
    mobiles = [fakes.uk_mobile_intl(rng) for _ in people]
    dobs = [gb.date_of_birth(minimum_age=19, maximum_age=82).isoformat() for _ in people]
    streets = [fakes.street(gb) for _ in people]
    towns = [gb.city() for _ in people]
    postcodes = [fakes.uk_postcode(gb) for _ in people]
    ids = [oid() for _ in people]
    registered: list[tuple[str, str, str | None]] = []

    def doc(i: int, split_name: bool, indent: str) -> str:
        first, last = people[i].split(" ", 1)
        name = f"name: {{ first: {_q(first)}, last: {_q(last)} }}," if split_name else f"name: {_q(people[i])},"
        if split_name:
            registered.append((last, "PERSON", "a surname alone: name: { first: ..., last: ... }"))
            registered.append((first, "PERSON", "a first name alone"))
        else:
            registered.append((people[i], "PERSON", None))
        registered.extend(
            [
                (mails[i], "EMAIL_ADDRESS", None),
                (mobiles[i], "PHONE_NUMBER", None),
                (dobs[i], "DATE_OF_BIRTH", "inside ISODate('...T00:00:00.000Z')"),
                (streets[i], "ADDRESS", None),
                (postcodes[i], "ZIP_CODE", None),
            ]
        )
        lines = [
            "{",
            f"  _id: ObjectId('{ids[i]}'),",
            f"  customerNo: {4101 + i},",
            f"  {name}",
            f"  email: {_q(mails[i])},",
            f"  dateOfBirth: ISODate('{dobs[i]}T00:00:00.000Z'),",
            "  address: {",
            f"    line1: {_q(streets[i])},",
            f"    town: {_q(towns[i])},",
            f"    postcode: {_q(postcodes[i])},",
            "    country: 'GB'",
            "  },",
            "  contacts: [",
            f"    {{ type: 'mobile', value: {_q(mobiles[i])}, verified: true }},",
            f"    {{ type: 'email', value: {_q(mails[i])}, verified: {str(i % 2 == 0).lower()} }}",
            "  ],",
            "  loyalty: { tier: 'gold', points: " + str(rng.randint(200, 4000)) + " },",
            "  tags: [ 'paperless', 'direct-debit' ],",
            f"  createdAt: ISODate('{stamp()}'),",
            f"  updatedAt: ISODate('{stamp()}')",
            "}",
        ]
        return "\n".join(indent + line for line in lines)

    find_out = "[\n" + doc(0, False, "  ") + ",\n" + doc(1, True, "  ") + "\n]\n"
    one_out = doc(2, False, "") + "\n"
    proj = (
        "[\n"
        + ",\n".join(
            f"  {{\n    _id: ObjectId('{ids[i]}'),\n    name: {_q(people[i])},\n"
            f"    contacts: [ {{ type: 'mobile', value: {_q(mobiles[i])} }} ]\n  }}"
            for i in (0, 2, 3)
        )
        + "\n]\n"
    )
    registered.append((people[3], "PERSON", None))
    registered.append((mobiles[3], "PHONE_NUMBER", None))

    session = fakes.token(rng, 16, HEX)
    csrf = fakes.token(rng, 32)
    auth = "eyJhbGciOiJIUzI1NiJ9." + fakes.token(rng, 48)
    ip = fakes.ipv4(rng)
    fields = [
        ("user_id", "4102"),
        ("email", mails[1]),
        ("display_name", people[1]),
        ("csrf_token", csrf),
        ("auth_token", auth),
        ("ip", ip),
        ("created_at", "1765008802"),
        ("last_seen", "1765010341"),
    ]
    flat = [x for pair in fields for x in pair]
    hgetall = "".join(f'{n:2d}) "{v}"\n' for n, v in enumerate(flat, 1))
    registered.extend(
        [
            (people[1], "PERSON", None),
            (csrf, "SECRET", "redis session hash: csrf_token"),
            (auth, "SECRET", "redis session hash: auth_token"),
            (ip, "IP_ADDRESS", None),
        ]
    )
    for value, kind, note in registered:
        scored = not (note or "").startswith("a first name alone")
        stage.pii(value, kind, watch=False, note=note, scored=scored)

    banner = (
        f"Current Mongosh Log ID:\t{oid()}\n"
        "Connecting to:\t\tmongodb://<credentials>@10.20.4.21:27017/crm?replicaSet=rs0&authSource=admin"
        "&appName=mongosh+2.1.1\n"
        "Using MongoDB:\t\t7.0.4\nUsing Mongosh:\t\t2.1.1\n\n"
        "For mongosh info see: https://docs.mongodb.com/mongodb-shell/\n\n"
    )
    files = {
        "repl.sh": REPL,
        "mg.banner": banner,
        "mg.0.out": find_out,
        "mg.1.out": one_out,
        "mg.2.out": proj,
        "rd.0.out": hgetall,
        "rd.1.out": "(integer) 1742\n",
    }
    rc = (
        "export LANG=C.UTF-8 PAGER=cat\n"
        "mongosh() { command cat mg.banner; bash ./repl.sh 'rs0 [primary] crm> ' mg; }\n"
        "redis-cli() { bash ./repl.sh '10.20.4.40:6379> ' rd; }\n"
        f"PS1='support@{HOST}:~$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    stage.xterm(f"support@{HOST}: ~", rc, files, geometry=f"{COLS}x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)

    stage.run_keeping('mongosh "mongodb://10.20.4.21:27017/crm?replicaSet=rs0" -u support', banner, 0.5)
    stage.run_keeping("db.customers.find({ 'loyalty.tier': 'gold' }).limit(2)", find_out, 5.0)
    stage.mark("find")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping(f"db.customers.findOne({{ _id: ObjectId('{ids[2]}') }})", one_out, 4.0)
    stage.mark("findOne")
    stage.run_keeping("db.customers.find({ 'contacts.type': 'mobile' }, { name: 1, contacts: 1 }).pretty()", proj, 4.0)
    stage.mark("projection")
    stage.run_keeping("exit", "", 0.3)
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping("redis-cli -h 10.20.4.40", "", 0.3)
    stage.run_keeping(f"HGETALL session:{session}", hgetall, 4.5, '"display_name"', '"csrf_token"')
    stage.mark("hgetall")
    stage.run_keeping(f"TTL session:{session}", "", 2.0, "(integer) 1742")
    stage.mark("ttl")
    stage.pause(1.0)


SCENE = SceneSpec(
    name="mongo_shell",
    description="An xterm on a bastion host in mongosh (prompt `rs0 [primary] crm>`): `db.customers.find(...)` "
    "prints documents in inspect style (unquoted keys, single-quoted strings, `ObjectId('...')`, a date of birth as "
    "`ISODate('<date>T00:00:00.000Z')`, `name: { first: '<First>', last: '<Last>' }` inline, `address: {` over "
    "lines with line1, town, postcode, `contacts: [ { type: 'mobile', value: '+44 ...' } ]`), `findOne`, a "
    "projection; then `redis-cli` `HGETALL session:<id>` (numbered lines alternating field and value: e-mail, "
    "display name, CSRF and auth tokens, IP) and `TTL`. Names from en_IE, en_IN, pl_PL and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=70740,
    crf=26,
)
