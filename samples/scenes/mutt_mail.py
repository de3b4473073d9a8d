"""A terminal mail client (mutt/neomutt): the index of a mailbox, then one message in the pager.

Why this screen: on a server, or for a customer who reads mail in a terminal, a technician sees
mail the way mutt draws it. The index is a fixed-width table with no header row: the message
number, flags, the date, the sender's name in a 15-character column (cut at its width, "<Last>,
<First>" as Outlook sends it, or the bare address when there is no name), the size in brackets and
the subject; a reverse-video bar marks the selected row, help and status bars frame it. The pager
shows the headers (Date:, From: "<Last>, <First>" <e-mail>, To:, Cc: with several people, Subject:),
a body with an address, a phone number and a signature, a quoted earlier message under "On ...,
<First> <Last> wrote:" with "> " before each line, and mutt's status bar "-N- 3/41: <First> <Last>
Re: ..." at the bottom. Names from en_IE, en_IN and en_GB, several that common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

COLS, ROWS = 132, 40
REV, BLUE, OFF = "\033[7m", "\033[34;1m", "\033[0m"
HELP_INDEX = "q:Quit  d:Del  u:Undel  s:Save  m:Mail  r:Reply  g:Group  ?:Help"
HELP_PAGER = "i:Exit  -:PrevPg  <Space>:NextPg v:View Attachm.  d:Del  r:Reply  j:Next ?:Help"
SUBJECT = "Re: Router replacement for the Leeds office"


def _bar(text: str) -> str:
    return f"{REV}{text[:COLS]:<{COLS}}{OFF}"


def _screen(top: str, rows: list[str], status: str) -> str:
    """A full terminal screen: help bar, rows (padded to the height), status bar, message line."""
    body = rows[: ROWS - 3] + [""] * (ROWS - 3 - len(rows))
    return "\n".join([_bar(top), *body, _bar(status), ""])


def play(stage: Stage) -> None:
    rng = stage.rng
    ie, ind, gb = stage.fake("en_IE"), stage.fake("en_IN"), stage.fake("en_GB")
    ie_names = [fakes.person(ie) for _ in range(4)]
    in_names = [fakes.person(ind) for _ in range(3)]
    gb_names = [fakes.person(gb) for _ in range(2)]
    sender = ie_names[2]  # the opened message's author
    s_first, s_last = sender.split(" ", 1)
    s_mail = fakes.email_for(sender, "ardmoredental.ie", rng)
    tech = gb_names[0]
    t_first = tech.split()[0]
    cc = [ie_names[0], in_names[1], gb_names[1]]
    cc_mail = [fakes.email_for(cc[0], "ardmoredental.ie", rng), fakes.email_for(cc[1], "northquay.io", rng)]
    bare = f"{in_names[2].split()[0].lower()}.{in_names[2].split()[1].lower()}@gmail.com"

    def last_first(name: str) -> str:
        first, last = name.split(" ", 1)
        return f"{last}, {first}"

    # index rows: (flags, date, who as the From header names them, size, subject)
    mails = [
        ("O", "Nov 28", "Microsoft 365", "14K", "Your subscription renews on 12 December"),
        ("r", "Dec 01", tech, "3.2K", "Router replacement for the Leeds office"),
        ("r", "Dec 02", last_first(sender), "5.1K", SUBJECT),
        ("O", "Dec 02", "Jira Service Desk", "9.8K", "[NQ-4417] Printer offline on floor 2"),
        ("N", "Dec 03", last_first(ie_names[1]), "2.4K", "Holiday cover next week"),
        ("O", "Dec 03", bare, "1.9K", "Invoice query"),
        ("N", "Dec 03", in_names[0], "6.7K", f"Callback for {ie_names[3]} about the VPN"),
        ("O", "Dec 04", "GitLab", "4.2K", "Pipeline failed for billing-api (main)"),
        ("N", "Dec 04", last_first(in_names[1]), "3.0K", "Re: New starter laptops"),
        ("N", "Dec 05", "Cron Daemon", "1.1K", "Cron <root@build-02> /usr/local/bin/backup.sh"),
    ]
    rows_by_cursor: list[list[str]] = []
    for cursor in range(3):
        rows = []
        for i, (flags, date, who, size, subject) in enumerate(mails):
            row = f"{i + 1:4d} {flags:<3} {date} {who[:15]:<15} ({size:>4}) {subject}"
            rows.append(_bar(row) if i == cursor else row)
        rows_by_cursor.append(rows)
    status_index = "-*-NeoMutt: =INBOX [Msgs:41 New:4 Old:21 1.2M]---(threads/date)" + "-" * 40 + "(all)---"
    screens = {f"index{c + 1}.txt": _screen(HELP_INDEX, rows, status_index) for c, rows in enumerate(rows_by_cursor)}
    street, town, postcode = fakes.street(gb), gb.city(), fakes.uk_postcode(gb)
    mobile = fakes.uk_mobile(rng)
    direct = f"+353 1 {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
    pager_rows = [
        "Date: Wed, 2 Dec 2026 16:42:09 +0000",
        f'From: "{s_last}, {s_first}" <{s_mail}>',
        "To: support@northquay.io",
        f'Cc: {cc[0]} <{cc_mail[0]}>, {cc[1]} <{cc_mail[1]}>, "{last_first(cc[2])}"',
        f"Subject: {SUBJECT}",
        "",
        "Hi team,",
        "",
        "Thanks for the quick call earlier. The new router can go to our site contact instead of",
        "reception, at this address:",
        "",
        f"    {street}",
        f"    {town}",
        f"    {postcode}",
        "",
        f"Please ring me on {mobile} when the courier is on the way.",
        "",
        "Kind regards,",
        sender,
        "Office Manager, Ardmore Dental Group",
        f"T: {direct}",
        "",
        f"On Tue, 1 Dec 2026 at 09:15, {tech} wrote:",
        f"{BLUE}> Hello {s_first},{OFF}",
        f"{BLUE}>{OFF}",
        f"{BLUE}> We can swap the router on Thursday. Could you confirm the delivery address{OFF}",
        f"{BLUE}> and a number the engineer can call on the day?{OFF}",
        f"{BLUE}>{OFF}",
        f"{BLUE}> {t_first}{OFF}",
    ]
    status_pager = f"-N- 3/41: {sender:<22} {SUBJECT}" + " " * 30 + "-- (all)"
    screens["pager.txt"] = _screen(HELP_PAGER, pager_rows, status_pager)
    index_text = "\n".join(screens["index1.txt"].splitlines())
    pager_text = screens["pager.txt"]
    cut = "'<Last>, <First>' cut at the index's 15-character column"
    for value, kind, note in [
        (tech, "PERSON", None),
        (last_first(sender)[:15], "PERSON", cut),
        (last_first(ie_names[1])[:15], "PERSON", cut),
        (bare[:15], "EMAIL_ADDRESS", "a sender's bare address cut at the index's 15-character column"),
        (in_names[0][:15], "PERSON", None),
        (ie_names[3], "PERSON", None),
        (last_first(in_names[1])[:15], "PERSON", cut),
        (sender, "PERSON", None),
        (f"{s_last}, {s_first}", "PERSON", None),
        (s_mail, "EMAIL_ADDRESS", None),
        (cc[0], "PERSON", None),
        (cc[1], "PERSON", None),
        (cc_mail[0], "EMAIL_ADDRESS", None),
        (cc_mail[1], "EMAIL_ADDRESS", None),
        (last_first(cc[2]), "PERSON", None),
        (street, "ADDRESS", None),
        (town, "LOCATION", None),
        (postcode, "ZIP_CODE", None),
        (mobile, "PHONE_NUMBER", None),
        (direct, "PHONE_NUMBER", None),
    ]:
        stage.pii(value, kind, watch=False, note=note if note and len(value) == 15 else None)
    script = (
        "printf '\\033[?1049h\\033[?25l'\n"
        "i=1\n"
        "while true; do\n"
        "  printf '\\033[H\\033[2J'; command cat .nm_index$i.txt\n"
        "  IFS= read -rsn1 k\n"
        '  case "$k" in\n'
        "    j) [ $i -lt 3 ] && i=$((i + 1)) ;;\n"
        "    k) [ $i -gt 1 ] && i=$((i - 1)) ;;\n"
        "    '') if [ $i -eq 3 ]; then printf '\\033[H\\033[2J'; command cat .nm_pager.txt\n"
        '          while IFS= read -rsn1 k2; do [ "$k2" = i ] || [ "$k2" = q ] && break; done; fi ;;\n'
        "    q) break ;;\n"
        "  esac\n"
        "done\n"
        "printf '\\033[?25h\\033[?1049l'\n"
    )
    files = {f".nm_{name}": text for name, text in screens.items()}
    files["neomutt.sh"] = script
    login = fakes.initial_login(tech)
    prompt = f"{login}@mail-01:~$ "
    rc = f"export LANG=C.UTF-8\nneomutt() {{ bash ./neomutt.sh; }}\nPS1='{prompt}'\nPROMPT_COMMAND=\nclear\n"
    stage.xterm(f"{login}@mail-01: ~", rc, files, geometry=f"{COLS}x{ROWS}+4+4", size=10)
    stage.pii(login, "USERNAME", watch=False)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.stamp_printed(lambda e: e.value == login)
    desk.type("neomutt")
    desk.key("Return")
    stage.pause(1.0)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in index_text)
    stage.keep("q:Quit  d:Del  u:Undel", "(threads/date)", "Pipeline failed for billing-api", static=True)
    stage.keep("Your subscription renews on 12 December", "Printer offline on floor 2", static=True)
    stage.pause(3.0)
    desk.key("j")
    stage.pause(0.8)
    desk.key("j")
    stage.pause(1.0)
    desk.key("Return")
    stage.pause(1.0)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in pager_text)
    stage.mark("pager")
    stage.pause(9.0)
    desk.key("i")
    stage.mark("index")
    stage.pause(5.0)


SCENE = SceneSpec(
    name="mutt_mail",
    description="An xterm running a mutt-like mail client: the index (number, flags, date, the sender in a "
    "15-character column cut at its width: '<Last>, <First>', a name, a bare address; size; subjects, one "
    "naming a person), the reverse-video cursor moved down, then the pager of one message (Date:, From: "
    "'\"<Last>, <First>\" <e-mail>', To:, Cc: with three people, Subject:, a body with a street, town and "
    "postcode on three lines, a mobile, a signature with an Irish number, '> ' quoted text under 'On ..., "
    "<First> <Last> wrote:', the status bar '-N- 3/41: <First> <Last>  Re: ...'), then back to the index. "
    "Names from en_IE, en_IN and en_GB.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=70637,
    crf=26,
)
