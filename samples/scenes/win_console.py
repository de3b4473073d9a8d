"""A Windows administrator's command prompt on a domain: the computer's and the user's names,
an account's record from the domain, the sessions and the profile folders.

Why this screen: a technician on a customer's PC opens an elevated prompt to check who is signed
in and why an account is locked. `hostname` prints a computer named after its user
("LAPTOP-<INITIAL><SURNAME>"), `whoami` the domain login, `net user <login> /domain` the account's
record (its full name, home folder on a file server, last logon) as two columns without a colon,
`query user` the sessions by login, and `dir C:\\Users` the profile folders: each a login,
beside Public and Default. Rendered in an xterm with the console's colours (the harness runs
Linux); the text is what Windows prints.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

DOMAIN = "corp.northwind.local"


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    user = fakes.person(fake)
    login = fakes.initial_login(user)
    stage.pii(user, "PERSON", watch=False)
    stage.pii(login, "USERNAME", watch=False)
    host = stage.pii(f"LAPTOP-{login.upper()}", "PERSON", watch=False)
    others = [fakes.person(fake) for _ in range(3)]
    other_logins = [stage.pii(fakes.initial_login(n), "USERNAME", watch=False) for n in others]
    tech = stage.pii("adm-" + fakes.initial_login(fakes.person(fake))[:8], "USERNAME", watch=False)
    net_user = f"""The request will be processed at a domain controller for domain {DOMAIN}.

User name                    {login}
Full Name                    {user}
Comment                      Finance - Accounts payable
User's comment
Country/region code          000 (System Default)
Account active               Yes
Account expires              Never

Password last set            02/12/2026 09:14:22
Password expires             03/03/2027 09:14:22
Password changeable          03/12/2026 09:14:22
Password required            Yes
User may change password     Yes

Workstations allowed         All
Logon script
User profile
Home directory               \\\\fs01\\home$\\{login}
Last logon                   05/12/2026 08:02:11

Logon hours allowed          All

Local Group Memberships
Global Group memberships     *Domain Users         *Finance
The command completed successfully.
"""
    query = " USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME\n"
    query += f">{login:<21} console             1  Active      none   05/12/2026 08:02\n"
    query += f" {other_logins[0]:<21}                    2  Disc        3:12  04/12/2026 16:40\n"
    dirs = ["Public", "Default", login, *other_logins, tech]
    dir_out = " Volume in drive C is Windows\n Volume Serial Number is 6A2E-91F0\n\n Directory of C:\\Users\n\n"
    dir_out += "05/12/2026  08:02    <DIR>          .\n"
    for n, d in enumerate(sorted(dirs, key=str.lower)):
        dir_out += f"{rng.randint(1, 28):02d}/11/2026  {8 + n:02d}:{(17 * n) % 60:02d}    <DIR>          {d}\n"
    dir_out += f"               0 File(s)              0 bytes\n               {len(dirs) + 1} Dir(s)  "
    dir_out += "112,418,045,952 bytes free\n"
    files = {"net_user.out": net_user, "query.out": query, "dir.out": dir_out}
    rc = f"""export LANG=C.UTF-8
hostname() {{ echo '{host}'; }}
whoami() {{ echo 'corp\\{tech}'; }}
net() {{ command cat net_user.out; }}
query() {{ command cat query.out; }}
dir() {{ command cat dir.out; }}
PS1='C:\\\\Windows\\\\system32>'
PROMPT_COMMAND=
clear
echo 'Microsoft Windows [Version 10.0.19045.5131]'
echo '(c) Microsoft Corporation. All rights reserved.'
echo
"""
    stage.xterm("Administrator: Command Prompt", rc, files, geometry="110x40+8+4", size=11, fg="#cccccc", bg="#0c0c0c")
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    desk.type("hostname")
    desk.key("Return")
    stage.pause(0.5)
    stage.stamp_printed(lambda e: e.value == host)
    desk.type("whoami")
    desk.key("Return")
    stage.pause(1.5)
    stage.stamp_printed(lambda e: e.value == tech)
    desk.type(f"net user {login} /domain")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in net_user)
    stage.keep("The command completed successfully.", "Account active", "Password last set", static=True)
    stage.mark("net_user_printed")
    stage.pause(4.0)
    desk.type("query user")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in query)
    stage.pause(1.7)
    desk.type("dir C:\\Users")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in dir_out)
    stage.keep("Directory of C:\\Users", "Volume in drive C is Windows", static=True)
    stage.mark("dir_printed")
    stage.pause(3.5)


SCENE = SceneSpec(
    name="win_console",
    description="An administrator's command prompt (console colours, in an xterm): `hostname` prints "
    "'LAPTOP-<INITIAL><SURNAME>', `whoami` a domain login, `net user <login> /domain` the account's record "
    "(full name, home folder on a file server, last logon) in two columns without colons, `query user` the "
    "sessions by login, `dir C:\\Users` the profile folders (logins beside Public and Default).",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=73019,
    crf=26,
)
