"""A calendar invite's raw iCalendar source read in a terminal.

Why this screen: "the engineer's visit never showed up in my calendar" has a technician open the
invite file a customer forwarded (`invite.ics`) in a terminal. The source is RFC 5545 text:
`ORGANIZER;CN=<Given> <Family>:mailto:<address>`, one `ATTENDEE;...;CN="<Family>, <Given>";
ROLE=...;PARTSTAT=...:mailto:<address>` per guest, `LOCATION:` with a street, a town and a
postcode separated by escaped commas, `DESCRIPTION:` in prose with a mobile number and `\\n` for
its line breaks, and every line longer than 75 octets folded: the rest goes on the next line after
one space, so a name, an address or a number may be split over two lines wherever the 75th octet
falls. `cat` prints it, `less` pages it and searches `/ATTENDEE`, and a small shell function
unfolds the lines so that each attendee is one long line again (wrapped at the terminal's edge).
Names from en_GB and en_IE lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "support-ws-11"
RARE_GIVEN = ["Morwenna", "Tudno", "Elowen", "Gwenllian", "Caradoc", "Ffraid"]
RARE_FAMILY = ["Chenoweth", "Trevaskis", "Rosewarne", "Penhaligon", "Nankivell"]
TOWNS = ["Penzance", "Truro", "Falmouth", "Bodmin", "Launceston", "Redruth"]


def fold(line: str) -> str:
    """RFC 5545 folding: at most 75 octets a line, the rest on lines that start with one space."""
    out, data = [], line.encode("utf-8")
    first = True
    while data:
        size = 75 if first else 74
        cut = min(size, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:  # never inside a UTF-8 character
            cut -= 1
        out.append(("" if first else " ") + data[:cut].decode("utf-8"))
        data, first = data[cut:], False
    return "\n".join(out)


def unfold(text: str) -> str:
    return text.replace("\n ", "")


def play(stage: Stage) -> None:
    rng, gb, ie = stage.rng, stage.fake("en_GB"), stage.fake("en_IE")
    org_given, org_family = gb.first_name(), gb.last_name()
    organiser = stage.pii(f"{org_given} {org_family}", "PERSON", note="the organiser in CN=")
    org_mail = stage.pii(fakes.email_for(organiser, "kernowbroadband.example", rng), "EMAIL_ADDRESS")
    guests = [
        (rng.choice(RARE_GIVEN), gb.last_name(), "gmail.com"),
        (ie.first_name(), rng.choice(RARE_FAMILY), "outlook.com"),
        (gb.first_name(), ie.last_name(), "btinternet.com"),
        (rng.choice(RARE_GIVEN), rng.choice(RARE_FAMILY), "icloud.com"),
    ]
    states = ["ACCEPTED", "NEEDS-ACTION", "TENTATIVE", "DECLINED"]
    roles = ["REQ-PARTICIPANT", "REQ-PARTICIPANT", "OPT-PARTICIPANT", "OPT-PARTICIPANT"]
    attendee_lines = []
    for i, (given, family, domain) in enumerate(guests):
        stage.pii(given, "PERSON", scored=False, note="a given name alone")
        stage.pii(family, "PERSON", note='a family name in CN="<Family>, <Given>"')
        mail = stage.pii(fakes.email_for(f"{given} {family}", domain, rng), "EMAIL_ADDRESS")
        cn = f'"{family}, {given}"' if i != 2 else f"{given} {family}"
        if i == 2:
            stage.pii(cn, "PERSON", note="CN=<Given> <Family> without quotes")
        attendee_lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={roles[i]};PARTSTAT={states[i]};RSVP=TRUE;CN={cn};"
            f"X-NUM-GUESTS=0:mailto:{mail}"
        )
    attendee_lines.append(
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={org_mail};"
        f"X-NUM-GUESTS=0:mailto:{org_mail}"
    )
    street = stage.pii(fakes.street(gb), "ADDRESS")
    town = stage.pii(rng.choice(TOWNS), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    host_given = guests[0][0]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/London:20261209T143000",
        "DTEND;TZID=Europe/London:20261209T153000",
        "DTSTAMP:20261206T101512Z",
        f"ORGANIZER;CN={organiser}:mailto:{org_mail}",
        "UID:4k2v9q7h1m3c8x0p5r6t2w8y@google.com",
        *attendee_lines,
        "CREATED:20261205T162204Z",
        (
            f"DESCRIPTION:Engineer visit to replace the fibre router.\\nIf the side gate is locked call "
            f"{host_given} on {mobile}\\, she keeps the key.\\n\\nReference FX-20461\\n-::~:~::~:~:~:~:~:~:~::~:~::-"
        ),
        "LAST-MODIFIED:20261206T101512Z",
        f"LOCATION:{street}\\, {town}\\, {postcode}\\, UK",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Fibre router replacement - engineer visit",
        "TRANSP:OPAQUE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT0H30M0S",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    ics = "\n".join(fold(ln) for ln in lines) + "\n"
    unfold_fn = "unfold-ics() { sed -e ':a' -e 'N' -e '$!ba' -e 's/\\n //g' \"$@\"; }\n"
    rc = f"""export LANG=C.UTF-8 PAGER=cat LESS=
{unfold_fn}PS1='tech@{HOST}:~/tickets/48213$ '
PROMPT_COMMAND=
clear
"""
    files = {"invite.ics": ics, "mail.eml": "(attachment saved)\n"}
    stage.xterm(f"tech@{HOST}: ~/tickets/48213", rc, files, geometry="120x40+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.run_keeping("ls -l", "", 1.0, "invite.ics")
    stage.run_keeping("cat invite.ics", ics, 6.0, "BEGIN:VCALENDAR", "METHOD:REQUEST", "CALSCALE:GREGORIAN")
    desk.key("ctrl+l")
    stage.pause(0.5)
    desk.type("less invite.ics")
    desk.key("Return")
    stage.pause(2.0)
    desk.type("/ATTENDEE")
    desk.key("Return")
    stage.mark("less: /ATTENDEE")
    stage.pause(3.0)
    desk.type("n")
    stage.pause(2.0)
    desk.key("space")
    stage.mark("less: next page")
    stage.pause(2.5)
    desk.type("q")
    stage.pause(0.5)
    desk.key("ctrl+l")
    stage.pause(0.5)
    unfolded = "\n".join(ln for ln in unfold(ics).splitlines() if ln.startswith(("ORGANIZER", "ATTENDEE", "LOCATION")))
    stage.run_command("unfold-ics invite.ics | grep -E '^(ORGANIZER|ATTENDEE|LOCATION)'", unfolded, 6.0)
    stage.run_keeping("grep -c ^ATTENDEE invite.ics", "5", 2.0)
    stage.mark("done")
    stage.pause(1.0)


SCENE = SceneSpec(
    name="ics_raw",
    description="An xterm reading a forwarded calendar invite's raw iCalendar source: `cat invite.ics` prints "
    'ORGANIZER;CN=<Given> <Family>:mailto:<address>, five ATTENDEE lines with CN="<Family>, <Given>" (one '
    "unquoted), ROLE/PARTSTAT/RSVP parameters and mailto: addresses, a DESCRIPTION in prose with a UK mobile and "
    "escaped \\n and \\, , a LOCATION of a street, town and postcode split by escaped commas, every line longer "
    "than 75 octets folded onto a next line that starts with a space (values split wherever the fold falls); "
    "`less` pages it and searches /ATTENDEE; a shell function unfolds it and grep prints the organiser, attendee "
    "and location lines whole (wrapped at 120 columns); en_GB, en_IE and rare Cornish/Welsh names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=42251,
    crf=26,
)
