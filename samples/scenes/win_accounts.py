"""A Windows PC's accounts listed by an administrator: the local accounts, the administrators
group, the registered owner, the signed-in user's processes and Kerberos tickets.

Why this screen: "who else has admin rights on this laptop?" has a technician list the accounts.
`net user` prints them in three columns under "User accounts for \\\\HOST" beside the built-in
ones (Administrator, Guest, DefaultAccount, WDAGUtilityAccount); `net localgroup administrators`
one member per line, domain members as DOMAIN\\login and domain groups with spaces; PowerShell's
`Get-LocalUser` a table whose first column is the account; `systeminfo` the registered owner's
full name; `tasklist /v` the process owner as DOMAIN\\login; `klist` the signed-in login before
the realm. Only the command and the heading say that a word is a login. Rendered in an xterm in
PowerShell's colours (the harness runs Linux); the text is what Windows prints.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

REALM = "CORP.CONTOSO.COM"
HOST = "LAPTOP-7QK2M4"


def play(stage: Stage) -> None:
    locales = ["en_IE", "en_IN", "en_GB", "en_US"]
    names = [f"{stage.fake(lc).first_name()} {stage.fake(lc).last_name()}" for lc in locales]
    logins = [fakes.initial_login(n) for n in names]
    local = [stage.pii(logins[0], "USERNAME", watch=False), stage.pii(logins[1], "USERNAME", watch=False)]
    member = stage.pii(logins[2], "USERNAME", watch=False)
    owner = stage.pii(names[0], "PERSON", watch=False)
    signed_in = stage.pii(logins[3], "USERNAME", watch=False)
    net_users = (
        f"\nUser accounts for \\\\{HOST}\n\n"
        + "-" * 79
        + f"\n{'Administrator':<25}{'DefaultAccount':<25}{local[0]}\n{'Guest':<25}{local[1]:<25}WDAGUtilityAccount\n"
        "The command completed successfully.\n\n"
    )
    localgroup = (
        "Alias name     administrators\n"
        "Comment        Administrators have complete and unrestricted access to the computer/domain\n\n"
        "Members\n\n" + "-" * 79 + f"\nAdministrator\nCONTOSO\\Domain Admins\nCONTOSO\\{member}\n{local[0]}\n"
        "The command completed successfully.\n\n"
    )
    get_local = (
        "\nName               Enabled Description\n"
        "----               ------- -----------\n"
        "Administrator      False   Built-in account for administering the computer/domain\n"
        "DefaultAccount     False   A user account managed by the system.\n"
        "Guest              False   Built-in account for guest access to the computer/domain\n"
        f"{local[0]:<19}True\n{local[1]:<19}True\n"
        "WDAGUtilityAccount False   A user account managed and used by the system for Windows Defender A...\n\n"
    )
    sysinfo = (
        f"\nHost Name:                 {HOST}\n"
        "OS Name:                   Microsoft Windows 11 Pro\n"
        "OS Version:                10.0.22631 N/A Build 22631\n"
        f"Registered Owner:          {owner}\n"
        "Registered Organization:   Contoso Ltd\n"
        "System Manufacturer:       LENOVO\n\n"
    )
    tasklist = (
        "\nImage Name                     PID Session Name        Session#    Mem Usage Status          User Name\n"
        "========================= ======== ================ =========== ============ =============== ==========\n"
        "OUTLOOK.EXE                   8812 Console                    1    312,440 K Running         "
        f"CONTOSO\\{signed_in}\n"
        "Teams.exe                     9120 Console                    1    221,004 K Running         "
        f"CONTOSO\\{signed_in}\n\n"
    )
    klist = (
        "\nCurrent LogonId is 0:0x3e7a1\n\nCached Tickets: (1)\n\n"
        f"#0>     Client: {signed_in} @ {REALM}\n"
        f"        Server: krbtgt/{REALM} @ {REALM}\n"
        "        KerbTicket Encryption Type: AES-256-CTS-HMAC-SHA1-96\n\n"
    )
    files = {"users.out": net_users, "group.out": localgroup, "getlocal.out": get_local}
    files |= {"sysinfo.out": sysinfo, "tasklist.out": tasklist, "klist.out": klist}
    rc = """export LANG=C.UTF-8
net() { if [ "$1" = user ]; then command cat users.out; else command cat group.out; fi; }
Get-LocalUser() { command cat getlocal.out; }
systeminfo() { command cat sysinfo.out; }
tasklist() { command cat tasklist.out; }
klist() { command cat klist.out; }
PS1='PS C:\\\\Users\\\\Administrator> '
PROMPT_COMMAND=
clear
echo 'Windows PowerShell'
echo 'Copyright (C) Microsoft Corporation. All rights reserved.'
echo
"""
    stage.xterm(
        "Administrator: Windows PowerShell", rc, files, geometry="118x40+8+4", size=10, fg="#eeedf0", bg="#012456"
    )
    desk = stage.desk
    stage.start()
    stage.pause(1.0)

    stage.run_command("net user", net_users, 2.5)
    stage.keep("The command completed successfully.", static=True)
    stage.run_command("net localgroup administrators", localgroup, 3.0)
    stage.keep("Alias name", "Domain Admins", static=True)
    desk.type("cls")
    desk.key("Return")
    stage.pause(0.5)
    stage.run_command("Get-LocalUser", get_local, 3.0)
    stage.keep("Built-in account for guest access to the computer/domain", static=True)
    stage.run_command(
        'systeminfo | findstr /B /C:"Host Name" /C:"OS" /C:"Registered" /C:"System Manufacturer"', sysinfo, 3.0
    )
    stage.keep("Microsoft Windows 11 Pro", "Contoso Ltd", static=True)
    desk.type("cls")
    desk.key("Return")
    stage.pause(0.5)
    stage.run_command('tasklist /v /fi "username eq CONTOSO\\*" /fi "memusage gt 200000"', tasklist, 3.0)
    stage.keep("OUTLOOK.EXE", "Running", static=True)
    stage.run_command("klist", klist, 3.0)
    stage.keep("Cached Tickets", "KerbTicket Encryption Type", static=True)
    stage.mark("done")
    stage.pause(1.0)


SCENE = SceneSpec(
    name="win_accounts",
    description="An administrator's PowerShell (its colours, in an xterm): `net user` lists local accounts "
    "in three columns beside the built-in ones, `net localgroup administrators` one member per line (a "
    "domain login as CONTOSO\\<login>, the Domain Admins group), `Get-LocalUser` a table of accounts, "
    "`systeminfo` the registered owner's full name, `tasklist /v` the processes' owner CONTOSO\\<login>, "
    "`klist` the signed-in login before the realm. Names from en_IE, en_IN, en_GB and en_US.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=34.0,
    seed=81233,
    crf=26,
)
