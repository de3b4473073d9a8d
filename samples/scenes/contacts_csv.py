"""An address book's CSV export opened raw in vim: a long header row, quoted fields, empty fields.

Why this screen: "my contacts did not import into the new phone" has a technician open the
customer's exported `contacts.csv` (Outlook's export layout) in vim to see what is wrong with it.
The header row names some twenty columns (`First Name,Middle Name,Last Name,...,E-mail Address,
...,Mobile Phone,...,Home Street,Home City,Home Postal Code,...,Birthday,Notes`); most contacts
leave many of them empty, so a record is runs of bare commas (`,,,`) between its values; a street
that holds a comma and a note that holds commas are quoted (`"Flat 2, 14 Some Road"`). First with
`:set nowrap` and line numbers: each record is longer than the window, its tail cut at the right
edge, and `zL` scrolls the view half a screen to the right twice (the names and the line's start
leave the screen sideways; the header scrolls with the rows), then back; then `:set wrap`, so
every record runs over two or three rows and its values break where the window's edge falls.
Names from en_GB, en_IE and rare ones.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "helpdesk-02"
COLS = 132
ROWS = 40
NUMBER_WIDTH = 4  # vim's `:set nu` column for a file under 1000 lines
WIDTH = COLS - NUMBER_WIDTH
RARE_FIRST = ["Ottoline", "Eilir", "Sunniva", "Ifeoluwa", "Tobiah"]
RARE_LAST = ["Pengelly", "Quiller", "Strachan-Odhiambo", "Vanterpool", "Kilbride"]
HEADER = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Title",
    "Suffix",
    "Nickname",
    "E-mail Address",
    "E-mail 2 Address",
    "Mobile Phone",
    "Home Phone",
    "Business Phone",
    "Company",
    "Job Title",
    "Home Street",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Birthday",
    "Notes",
]
NOTES = [
    "",
    "",
    '"Met at the school fair, prefers texts"',
    "",
    '"Plumber, emergency callouts only"',
    "",
    '"Book club, Thursdays"',
]


def _quote(text: str) -> str:
    return f'"{text}"' if "," in text else text


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie = stage.fake("en_GB"), stage.fake("en_IE")
    rows: list[list[str]] = []
    for i in range(12):
        f = gb if i % 3 else ie
        first = rng.choice(RARE_FIRST) if i % 5 == 2 else f.first_name()
        last = rng.choice(RARE_LAST) if i % 4 == 3 else f.last_name()
        rec = dict.fromkeys(HEADER, "")
        rec["First Name"], rec["Last Name"] = first, last
        stage.pii(first, "PERSON", watch=False, scored=False, note="a first name alone (First Name column)")
        stage.pii(last, "PERSON", watch=False, note="a surname alone (Last Name column)")
        rec["E-mail Address"] = stage.pii(
            fakes.email_for(f"{first} {last}", rng.choice(["gmail.com", "hotmail.co.uk", "eircom.net"]), rng),
            "EMAIL_ADDRESS",
            watch=False,
        )
        rec["Mobile Phone"] = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", watch=False)
        if i % 3 == 0:
            rec["Home Phone"] = stage.pii(
                f"0{rng.randint(113, 191)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
                "PHONE_NUMBER",
                watch=False,
            )
        if i % 4 == 1:
            rec["Company"], rec["Job Title"] = (
                rng.choice(["Harbour Lane Ltd", "Kestrel Print", "NHS Lothian"]),
                "Manager",
            )
        if i % 2 == 0 or i % 5 == 1:
            street = fakes.street(gb).replace(", ", " ")
            town = rng.choice(fakes.UK_CITIES)
            flat = f"Flat {rng.randint(1, 9)}, " if i % 4 == 0 else ""
            rec["Home Street"] = f"{flat}{street}"
            stage.pii(street, "ADDRESS", watch=False)
            rec["Home City"] = stage.pii(town, "LOCATION", watch=False)
            rec["Home Postal Code"] = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", watch=False)
            rec["Home Country/Region"] = "United Kingdom"
        if i % 3 != 1:
            dob = gb.date_of_birth(minimum_age=18, maximum_age=80)
            rec["Birthday"] = stage.pii(f"{dob.day}/{dob.month}/{dob.year}", "DATE_OF_BIRTH", watch=False)
        rows.append([_quote(rec[h]) for h in HEADER])
        if NOTES[i % len(NOTES)]:
            rows[-1][-1] = NOTES[i % len(NOTES)]
    lines = [",".join(HEADER), *(",".join(r) for r in rows)]
    csv = "\r\n".join(lines) + "\r\n"  # Outlook writes CRLF; vim reads it as a dos file

    def stamp(left: int) -> None:
        """Stamp values wholly inside columns left..left+WIDTH of some line (`nowrap`)."""
        cut = "\n".join(line[left : left + WIDTH] for line in lines)
        stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in cut)

    vimrc = "set nocompatible noswapfile viminfo= ruler laststatus=2 shortmess+=I sidescroll=1\nsyntax on\n"
    rc = (
        'export LANG=C.UTF-8 HOME="$PWD" TERM=xterm-256color\n'
        f"PS1='tech@{HOST}:~/Downloads$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    files = {"contacts.csv": csv, ".vimrc": vimrc}
    stage.xterm(f"tech@{HOST}: ~/Downloads", rc, files, geometry=f"{COLS}x{ROWS}+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    desk.type("vim -c 'set nowrap nu' contacts.csv\n")
    stage.pause(1.2)
    stamp(0)
    stage.keep("First Name,Middle Name,Last Name", static=True)
    stage.mark("nowrap")
    stage.pause(4.0)
    half = WIDTH // 2
    for k in (1, 2):
        desk.key("z", "L", pause=0.2)  # half a screen to the right
        stage.pause(0.8)
        stamp(k * half)
        stage.mark(f"right{k}")
        stage.pause(3.5)
    desk.key("z", "H", pause=0.2)
    stage.pause(0.4)
    desk.key("z", "H", pause=0.2)
    stage.pause(2.0)
    stage.mark("back")
    desk.type(":set wrap\n")
    stage.pause(1.0)
    shown = "\n".join(lines)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in shown)
    stage.mark("wrap")
    stage.pause(5.0)
    desk.key(*["j"] * 4, pause=0.25)
    stage.pause(3.0)
    desk.type(":q\n")
    stage.pause(0.5)


SCENE = SceneSpec(
    name="contacts_csv",
    description="An xterm of 132 columns with vim on an address book's CSV export (Outlook's layout): a header row "
    "of twenty columns (First Name, Middle Name, Last Name, ..., E-mail Address, Mobile Phone, Home Phone, "
    "Home Street, Home City, Home Postal Code, Birthday, Notes), records of values between runs of empty "
    "fields (,,,), streets and notes holding commas in quotes; `:set nowrap nu` with each record cut at the "
    "window's edge, `zL` twice half a screen to the right and back, then `:set wrap` (records over two or "
    "three rows, values broken at the edge). Names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=42602,
    crf=26,
)
