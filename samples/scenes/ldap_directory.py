"""A directory server's people read and changed in a terminal: `ldapsearch` LDIF, then `ldapmodify`.

Why this screen: "why can't she log in?" or "update his phone number" has a technician query the
organisation's LDAP directory (OpenLDAP, 389-ds, an AD's LDAP port) from a shell. `ldapsearch -x
-LLL` prints each matching person as an LDIF entry, one `attribute: value` a line and no caption
but the attribute's name: `dn: uid=<login>,ou=people,...`, `cn: <First> <Last>`, `givenName`, `sn`
(the surname alone), `mail`, `telephoneNumber`, `mobile`, `postalAddress` with `$` between its
lines, `employeeNumber`, `title`, `manager: uid=<login>,...` (another person's login inside a DN),
`userPassword:: <base64 of a {SSHA} hash>`, a `description` naming someone. Lines longer than 76
characters are folded: the value goes on in the next row after one leading space, so a value can
be cut anywhere. The search filter itself names the surname (`'(sn=<Last>*)'`). Then
`ldapmodify` reads a change record typed at the terminal (changetype: modify, replace: mobile,
the new number) and answers "modifying entry ...". Names from en_GB and en_IE, and rare ones.
"""

from __future__ import annotations

import base64
import hashlib

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "dir-01"
BASE = "ou=people,ou=staff,dc=corp,dc=fernhollow-housing,dc=co,dc=uk"
DOMAIN = "fernhollow-housing.co.uk"
WRAP = 76  # ldapsearch's default ldif-wrap
RARE_FIRST = ["Ottoline", "Ruaridh", "Lowenna", "Tobiah", "Fenella", "Eirlys", "Kezia"]
RARE_LAST = ["Trevaskis", "Penhaligon", "Quartermaine", "Vanterpool", "Ferncombe", "Kilbride"]


def fold(line: str) -> str:
    """An LDIF line folded as ldapsearch prints it: rows of 76, each following one after a space."""
    if len(line) <= WRAP:
        return line + "\n"
    rows, rest = [line[:WRAP]], line[WRAP:]
    while rest:
        rows.append(" " + rest[: WRAP - 1])
        rest = rest[WRAP - 1 :]
    return "\n".join(rows) + "\n"


def folded_across(text: str, value: str) -> bool:
    """Whether `value` is printed in `text` only cut by a fold (never whole on one row)."""
    return value in text.replace("\n ", "") and all(value not in row for row in text.splitlines())


def ssha(rng_bytes: bytes, password: str) -> str:
    """The base64 of a {SSHA} userPassword value, as `::` prints it."""
    salt = rng_bytes[:4]
    digest = hashlib.sha1(password.encode() + salt).digest()
    inner = "{SSHA}" + base64.b64encode(digest + salt).decode()
    return base64.b64encode(inner.encode()).decode()


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie = stage.fake("en_GB"), stage.fake("en_IE")
    surname = rng.choice(RARE_LAST)
    people = [f"{rng.choice(RARE_FIRST)} {surname}", f"{ie.first_name()} {surname}-{gb.last_name()}"]
    mgr_login = fakes.initial_login(fakes.person(gb))  # the manager is named by login only
    cover = fakes.person(ie)
    logins = [fakes.initial_login(p) for p in people]
    mails = [f"{p.lower().replace(' ', '.')}@{DOMAIN}" for p in people]
    phones = [f"+44 1872 {rng.randint(200, 899)} {rng.randint(100, 999)}" for _ in people]
    mobiles = [fakes.uk_mobile_intl(rng) for _ in people]
    new_mobile = fakes.uk_mobile_intl(rng)
    towns = ["Truro", "Falmouth"]
    streets = [fakes.street(gb) for _ in people]
    postcodes = [fakes.uk_postcode(gb) for _ in people]
    emp_nos = [str(rng.randint(40000, 49999)) for _ in people]
    hashes = [ssha(bytes(rng.randrange(256) for _ in range(4)), fakes.password(rng)) for _ in people]
    titles = ["Senior Housing Officer", "Repairs Scheduler"]
    depts = ["Tenancy Services", "Property Services"]

    def entry(i: int) -> str:
        lines = [
            f"dn: uid={logins[i]},{BASE}",
            "objectClass: inetOrgPerson",
            f"uid: {logins[i]}",
            f"cn: {people[i]}",
            f"givenName: {people[i].split()[0]}",
            f"sn: {people[i].split(' ', 1)[1]}",
            f"mail: {mails[i]}",
            f"telephoneNumber: {phones[i]}",
            f"mobile: {mobiles[i]}",
            f"postalAddress: {streets[i]}${towns[i]}$Cornwall${postcodes[i]}$United Kingdom",
            f"employeeNumber: {emp_nos[i]}",
            f"title: {titles[i]}",
            f"departmentNumber: {depts[i]}",
            f"manager: uid={mgr_login},{BASE}",
            f"userPassword:: {hashes[i]}",
        ]
        if i == 0:
            lines.insert(14, f"description: Covers the Truro patch for {cover} while on leave; ask before changing")
        return "".join(fold(line) for line in lines) + "\n"

    search_out = entry(0) + entry(1)
    modify_out = f'modifying entry "uid={logins[1]},{BASE}"\n\n'
    registered = [
        *((p, "PERSON") for p in people),
        (surname, "PERSON"),
        (people[1].split(" ", 1)[1], "PERSON"),
        (cover, "PERSON"),
        *((x, "USERNAME") for x in (*logins, mgr_login)),
        *((m, "EMAIL_ADDRESS") for m in mails),
        *((p, "PHONE_NUMBER") for p in (*phones, *mobiles, new_mobile)),
        *((s, "ADDRESS") for s in streets),
        *((p, "ZIP_CODE") for p in postcodes),
        *((n, "ACCOUNT_NUMBER") for n in emp_nos),
        *((h, "SECRET") for h in hashes),
    ]
    for value, kind in registered:
        note = "wraps over 2 lines" if folded_across(search_out, value) else None
        stage.pii(value, kind, watch=False, note=note)
    for p in people:
        stage.pii(p.split()[0], "PERSON", scored=False, watch=False, note="a first name alone (givenName)")
    # ldapmodify reads the change record typed at its stdin (ended by Ctrl-D), then answers
    rc = (
        "export LANG=C.UTF-8 PAGER=cat\n"
        "ldapsearch() { command cat ldapsearch.out; }\n"
        "ldapmodify() { command cat >/dev/null; command cat ldapmodify.out; }\n"
        f"PS1='admin@{HOST}:~$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    files = {"ldapsearch.out": search_out, "ldapmodify.out": modify_out}
    stage.xterm(f"admin@{HOST}: ~", rc, files, geometry="132x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.run_command(f"ldapsearch -x -LLL -b {BASE} '(sn={surname}*)'", search_out, 0.0)
    stage.keep(
        "objectClass: inetOrgPerson",
        f"title: {titles[0]}",
        f"departmentNumber: {depts[1]}",
        static=True,
    )
    stage.mark("search")
    stage.pause(6.0)
    desk.key("ctrl+l")
    stage.pause(0.4)
    # the change record typed at ldapmodify's stdin, ended with Ctrl-D
    desk.type("ldapmodify -x -D cn=admin,dc=corp,dc=fernhollow-housing,dc=co,dc=uk -y ~/.ldappw\n")
    stage.pause(0.3)
    record = f"dn: uid={logins[1]},{BASE}\nchangetype: modify\nreplace: mobile\nmobile: {new_mobile}\n-\n"
    for row in record.splitlines():
        desk.type(row + "\n")
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in record)
    desk.key("ctrl+d")
    stage.pause(0.6)
    stage.mark("modify")
    stage.pause(5.0)


SCENE = SceneSpec(
    name="ldap_directory",
    description="An xterm on a directory server: `ldapsearch -x -LLL -b ou=people,... '(sn=<Last>*)'` prints two "
    "people as LDIF (dn: uid=<login>,..., cn, givenName, sn, mail, telephoneNumber, mobile, postalAddress with '$' "
    "separators, employeeNumber, title, manager: uid=<login>,..., a description naming a colleague, userPassword:: "
    "<base64 of an {SSHA} hash>), lines over 76 characters folded with a leading space; then `ldapmodify` with a "
    "change record typed (replace: mobile). Names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=70631,
    crf=26,
)
