"""A terminal in a light colour theme whose tools colour what they print.

Why this screen: many technicians' terminals are not white on black. This one is Solarized light
(grey-blue text on cream) and the tools colour their output: `grep --color` prints each match in
bold red inside grey lines (the searched surname, in a customers CSV), with green line numbers
and cyan separators; `git diff` prints a config change's removed line in red and the added lines
in green (an alert e-mail replaced, an on-call phone added); `ls -l --color` prints people's home
folders in bold blue after owner columns in grey; `journalctl -p err` prints error lines in bold
red, each quoting a customer's e-mail. Low contrast text next to saturated text, on a light
background: a reader that binarises for dark-on-light or light-on-dark loses one or the other.
"""

from __future__ import annotations

import re

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "app-07"
RED, GREEN, CYAN, BLUE, BOLD, OFF = "\x1b[01;31m", "\x1b[32m", "\x1b[36m", "\x1b[01;34m", "\x1b[1m", "\x1b[0m"
FG, BG = "#586e75", "#fdf6e3"  # Solarized light: base01 on base3
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _plain(text: str) -> str:
    """What the terminal shows of `text`, its colour codes gone (the values are stamped by it)."""
    return _SGR.sub("", text)


def play(stage: Stage) -> None:
    rng = stage.rng
    ie, gb, ind, pl = stage.fake("en_IE"), stage.fake("en_GB"), stage.fake("en_IN"), stage.fake("pl_PL")
    surname = "Quennell"
    firsts = [ie.first_name(), gb.first_name(), ind.first_name()]
    matched = [f"{first} {surname}" for first in firsts]
    others = [fakes.person(pl), fakes.person(gb)]
    rows = []
    for k, name in enumerate(matched):
        mail = fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "eircom.net"]), rng)
        rows.append((4100 + 37 * k, name, mail, fakes.uk_mobile(rng), gb.city()))
    for row in rows:
        for value, kind in zip(row[1:], ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION"), strict=True):
            stage.pii(value, kind, watch=False)
    numbers = [212, 388, 1047]
    grep_out = "".join(
        f"{GREEN}{n}{OFF}{CYAN}:{OFF}{cid},{name.replace(surname, RED + surname + OFF)},{mail},{phone},{town}\n"
        for n, (cid, name, mail, phone, town) in zip(numbers, rows, strict=True)
    )
    old_mail = stage.pii(fakes.email_for(others[0], "gmail.com", rng), "EMAIL_ADDRESS", watch=False)
    new_mail = stage.pii(fakes.email_for(others[1], "harbourlane.co.uk", rng), "EMAIL_ADDRESS", watch=False)
    oncall = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", watch=False)
    diff_out = (
        f"{BOLD}diff --git a/config/notify.yml b/config/notify.yml{OFF}\n"
        f"{BOLD}index 4e1c2a0..9b07f3d 100644{OFF}\n"
        f"{BOLD}--- a/config/notify.yml{OFF}\n{BOLD}+++ b/config/notify.yml{OFF}\n"
        f"{CYAN}@@ -3,7 +3,8 @@{OFF} alerts:\n"
        "   channel: ops-payments\n"
        "   severity: critical\n"
        f"{RED}-  alert_email: {old_mail}{OFF}\n"
        f"{GREEN}+  alert_email: {new_mail}{OFF}\n"
        f"{GREEN}+  oncall_phone: '{oncall}'{OFF}\n"
        "   retry_minutes: 15\n"
        "   quiet_hours: 23:00-07:00\n"
    )
    logins = [stage.pii(fakes.initial_login(p), "USERNAME", watch=False) for p in (matched[0], others[0], others[1])]
    ls_out = "total 12\n" + "".join(
        f"drwxr-x--- 14 {login:<9} {login:<9} 4096 Dec  5 09:{12 + k:02d} {BLUE}{login}{OFF}\n"
        for k, login in enumerate(logins)
    )
    err_mails = [
        rows[1][2],
        stage.pii(fakes.email_for(fakes.person(ie), "gmail.com", rng), "EMAIL_ADDRESS", watch=False),
    ]
    journal_out = (
        f"{RED}Dec 06 09:12:44 {HOST} shop-api[2213]: ERROR payment declined for {err_mails[0]} "
        f"(card ending 4242, 3DS failed){OFF}\n"
        f"{RED}Dec 06 09:14:02 {HOST} shop-api[2213]: ERROR refund webhook rejected: signature mismatch{OFF}\n"
        f"{RED}Dec 06 09:20:31 {HOST} shop-api[2213]: ERROR could not send receipt to {err_mails[1]}: "
        f"mailbox full{OFF}\n"
    )
    outputs = {"grep": grep_out, "git": diff_out, "ls": ls_out, "journalctl": journal_out}
    prompt = f"\\[{GREEN}\\]ops@{HOST}\\[{OFF}\\]:\\[{BLUE}\\]~/shop\\[{OFF}\\]$ "
    stage.canned_shell(outputs, prompt, f"ops@{HOST}: ~/shop", geometry="118x34+30+30", size=11, fg=FG, bg=BG)
    stage.start()
    stage.pause(1.5)
    stage.mark("grep")
    stage.run_keeping(f"grep --color=always -in {surname.lower()} exports/customers.csv", _plain(grep_out), 4.0)
    stage.mark("diff")
    stage.run_keeping(
        "git diff config/notify.yml",
        _plain(diff_out),
        4.0,
        "channel: ops-payments",
        "retry_minutes: 15",
        "severity: critical",
    )
    stage.mark("homes")
    stage.run_keeping("ls -l --color /home", _plain(ls_out), 3.0)
    stage.mark("errors")
    stage.run_keeping(
        "journalctl -u shop-api -p err --since today --no-pager",
        _plain(journal_out),
        5.0,
        "refund webhook rejected: signature mismatch",
    )


SCENE = SceneSpec(
    name="colour_terminal",
    description="An xterm in Solarized light (grey-blue on cream) whose tools colour their output: `grep "
    "--color` of a customers CSV (the surname in bold red inside grey lines, green line numbers), `git diff` of "
    "a config (an alert e-mail removed in red, a new e-mail and an on-call phone added in green), `ls -l --color "
    "/home` (logins in grey owner columns and bold blue folder names), `journalctl -p err` (bold red error lines "
    "quoting customers' e-mails); names from en_IE, en_GB, en_IN, pl_PL.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=50421,
    crf=24,
)
