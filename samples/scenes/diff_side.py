"""Changes to customer data read in a terminal: `git diff --word-diff`, then two exports side by side in `diff -y`.

Why this screen: "since the import last night our customer list is wrong" has a technician read
what the shop's sync tool changed. First `git diff --word-diff` of the delivery notes it keeps (a
Markdown file in a repository): prose in which the changed words are wrapped in `[-old-]` and
`{+new+}`, in red and green, glued to the values they wrap ("ring [-07700 900123-]{+07700
900456+} first"). Then `diff -y` of yesterday's and today's export of the customer list: both
files side by side in one terminal line each, the old record left and the new one right, 71
columns apiece (cut there), and a gutter that says what happened (" | " changed, " < " only in
the old file, " > " only in the new one, blanks when both agree): every line holds two customers'
names, e-mails, mobiles and postcodes in CSV, glued by commas. The commands are typed; canned
outputs, coloured as git prints them; en_GB names and rare ones.
"""

from __future__ import annotations

import re

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "shop-sync"
HALF = 71  # each file's column in `diff -y -W 147`
RED, GREEN, CYAN, BOLD, OFF = "\x1b[31m", "\x1b[32m", "\x1b[36m", "\x1b[1m", "\x1b[m"
RARE = [("Ysolde", "Trevaskis"), ("Caspian", "Odufuwa"), ("Morwenna", "Klimczak-Hale"), ("Ludovic", "Anstruther")]
PLANS = ["Trade", "Retail", "Trade plus"]
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _side(left: str, mark: str, right: str) -> str:
    """One line of `diff -y`: the old line cut to its column, the gutter, the new line."""
    return f"{left[:HALF]:<{HALF}} {mark} {right[:HALF]}".rstrip() + "\n"


def _record(cid: int, c: dict[str, str]) -> str:
    return f"{cid},{c['name']},{c['email']},{c['mobile']},{c['postcode']},{c['plan']}"


def _people(stage: Stage, n: int) -> list[dict[str, str]]:
    gb, rng = stage.fake("en_GB"), stage.rng
    names = [fakes.person(gb) for _ in range(n - len(RARE))] + [f"{a} {b}" for a, b in RARE]
    rng.shuffle(names)
    return [
        {
            "name": name,
            "email": fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "btinternet.com"]), rng),
            "mobile": fakes.uk_mobile(rng),
            "postcode": fakes.uk_postcode(gb),
            "plan": rng.choice(PLANS),
        }
        for name in names
    ]


def _diff_y(stage: Stage, people: list[dict[str, str]]) -> tuple[str, list[dict[str, str]]]:
    """Yesterday's and today's export: most lines agree, some changed, one gone, the last two new.
    Also the changed records (their new mobile or postcode is a value too)."""
    rng, gb = stage.rng, stage.fake("en_GB")
    header = "id,name,email,mobile,postcode,plan"
    lines, changed = [_side(header, " ", header)], []
    for k, c in enumerate(people[:-2]):
        cid = 20410 + 17 * k
        old = _record(cid, c)
        if k % 4 == 1:  # a new mobile or a new postcode: the line changed
            new_c = dict(c, mobile=fakes.uk_mobile(rng)) if k % 8 == 1 else dict(c, postcode=fakes.uk_postcode(gb))
            changed.append(new_c)
            lines.append(_side(old, "|", _record(cid, new_c)))
        elif k == 6:
            lines.append(_side(old, "<", ""))
        else:
            lines.append(_side(old, " ", old))
    for k, c in enumerate(people[-2:]):
        lines.append(_side("", ">", _record(20900 + k, c)))
    return "".join(lines), changed


def _word_diff(stage: Stage, people: list[dict[str, str]]) -> str:
    rng = stage.rng
    a, b, c = people[0], people[3], people[5]
    new_mobile = fakes.uk_mobile(rng)
    driver = fakes.person(stage.fake("en_GB"))
    people.append({"name": driver, "mobile": new_mobile})
    first_a, first_b = a["name"].split()[0], b["name"].split()[0]

    def rm(s: str) -> str:
        return f"{RED}[-{s}-]{OFF}"

    def add(s: str) -> str:
        return f"{GREEN}{{+{s}+}}{OFF}"

    return (
        f"{BOLD}diff --git a/notes/deliveries.md b/notes/deliveries.md{OFF}\n"
        f"{BOLD}index 5c0e7a1..e81b2f4 100644{OFF}\n"
        f"{BOLD}--- a/notes/deliveries.md{OFF}\n{BOLD}+++ b/notes/deliveries.md{OFF}\n"
        f"{CYAN}@@ -12,9 +12,10 @@{OFF} ## Standing delivery notes\n"
        f"- {a['name']}: side gate, ring {rm(a['mobile'])}{add(new_mobile)} first, never before 9am.\n"
        f"- {rm(b['name'])}{add(c['name'])} takes parcels for No. 14 {rm('and 16')}{add('only')}.\n"
        f"- Pallet orders for {first_b} go to the yard: {rm(b['postcode'])}{add(c['postcode'])}, "
        f"ask for {add(driver)}.\n"
        f"- Invoices to {rm(a['email'])}{add(c['email'])} (changed at {first_a}'s request).\n"
        "\n"
        "## Couriers\n"
        f"- Tuesday van: {rm('Route 4')}{add('Route 7')}, back by 3pm.\n"
    )


def _plain(text: str) -> str:
    return _SGR.sub("", text)


def play(stage: Stage) -> None:
    people = _people(stage, 23)  # both outputs fit the terminal's 40 rows
    side, changed = _diff_y(stage, people)
    people += changed
    words = _word_diff(stage, people)
    kinds = (("name", "PERSON"), ("email", "EMAIL_ADDRESS"), ("mobile", "PHONE_NUMBER"), ("postcode", "ZIP_CODE"))
    for p in people:
        for key, kind in kinds:
            if key in p:
                stage.pii(p[key], kind, watch=False)
    outputs = {"side_out": side, "words_out": words}
    aliases = "diff() { side_out; }\ngit() { words_out; }\n"
    prompt = f"tech@{HOST}:~/exports$ "
    stage.canned_shell(outputs, prompt, f"tech@{HOST}: ~/exports", aliases, geometry="150x40+2+2", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.run_keeping(
        "git diff --word-diff notes/deliveries.md",
        _plain(words),
        6.0,
        "## Standing delivery notes",
        "index 5c0e7a1..e81b2f4 100644",
        "--- a/notes/deliveries.md",
        "side gate, ring",
        "first, never before 9am.",
        "takes parcels for No. 14",
        "Pallet orders for",
        "go to the yard:",
        "## Couriers",
        "Tuesday van:",
        "back by 3pm.",
    )
    stage.mark("word diff")
    stage.run_keeping(
        "diff -y -W 147 customers_2026-12-06.csv customers_2026-12-07.csv",
        side,
        10.0,
        "id,name,email,mobile,postcode,plan",
    )
    stage.mark("side by side")
    desk.type("diff -y --suppress-common-lines", delay_ms=110)
    stage.pause(2.5)
    desk.key("ctrl+u")
    stage.pause(1.0)


SCENE = SceneSpec(
    name="diff_side",
    description="An xterm of 150 columns: `git diff --word-diff` of a shop's delivery notes in Markdown whose "
    "changed words are wrapped in red '[-old-]' and green '{+new+}' glued to the names, mobiles, postcodes and "
    "e-mails they wrap; then `diff -y -W 147` of two exports of its customer list, both CSV files side by side on "
    "each line (the old record left, the new one right, 71 columns each, cut there, a gutter of ' | ', ' < ', ' > ' "
    "or blanks: two customers' names, e-mails, mobiles and postcodes on one line). Canned outputs; en_GB and rare "
    "names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=47102,
    crf=24,
)
