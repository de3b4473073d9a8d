"""A Linux server's accounts in a terminal: `/etc/passwd` with full names, `last` with sign-in IPs.

Why this screen: a technician checking who can sign in to a customer's server prints the account
database. Each `/etc/passwd` line is colon-separated fields with no header: the login, the user
and group ids, the GECOS field (a person's full name, room, phone), the home folder, the shell;
system accounts (daemon, www-data, postgres) sit between people's. `last` lists logins with
the remote IP and times, `id` shows one user's groups, and `getent` repeats a person's line.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "files-01"
SYSTEM = [
    "root:x:0:0:root:/root:/bin/bash",
    "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin",
    "bin:x:2:2:bin:/bin:/usr/sbin/nologin",
    "sys:x:3:3:sys:/dev:/usr/sbin/nologin",
    "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin",
    "backup:x:34:34:backup:/var/backups:/usr/sbin/nologin",
    "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin",
    "systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin",
    "sshd:x:105:65534::/run/sshd:/usr/sbin/nologin",
    "postgres:x:106:113:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash",
]


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    people = []
    for i in range(6):
        name = fakes.person(fake)
        first, last = name.lower().replace("'", "").split(" ", 1)
        login = f"{first[0]}{last.replace(' ', '').replace('-', '')}"[:12]
        stage.pii(name, "PERSON", watch=False)
        stage.pii(login, "USERNAME", watch=False)
        room = f"Room {rng.randint(101, 340)}" if i % 2 == 0 else ""
        phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", watch=False) if i % 3 == 0 else ""
        gecos = f"{name},{room},{phone},"
        people.append((login, name, f"{login}:x:{1001 + i}:{1001 + i}:{gecos}:/home/{login}:/bin/bash"))
    lines = SYSTEM[:7] + [p[2] for p in people[:3]] + SYSTEM[7:] + [p[2] for p in people[3:]]
    passwd = "\n".join(lines) + "\n"
    ips = [stage.pii(fakes.ipv4(rng), "IP_ADDRESS", watch=False) for _ in range(4)]
    last_rows = []
    for n in range(7):
        login = people[n % 4][0]
        ip = ips[n % 4]
        day = 4 - n // 3
        last_rows.append(
            f"{login:<9}pts/{n % 3}        {ip:<16} Fri Dec  {day} {9 + n:02d}:{11 * n % 60:02d}   still logged in"
            if n == 0
            else f"{login:<9}pts/{n % 3}        {ip:<16} Thu Dec  {day} {8 + n:02d}:{7 * n % 60:02d} - "
            f"{9 + n:02d}:{13 * n % 60:02d}  (01:{n * 5:02d})"
        )
    last_out = "\n".join(last_rows) + "\n\nwtmp begins Sun Nov  1 00:00:02 2026\n"
    target = people[1]
    files = {"passwd": passwd, "last.out": last_out}
    rc = f"""export LANG=C.UTF-8 PAGER=cat
cat() {{ if [ "$1" = /etc/passwd ]; then command cat passwd; else command cat "$@"; fi; }}
last() {{ command cat last.out; }}
getent() {{ grep "^$2:" passwd; }}
id() {{ echo "uid=1002($1) gid=1002($1) groups=1002($1),27(sudo),100(users),1050(finance)"; }}
PS1='support@{HOST}:~$ '
PROMPT_COMMAND=
clear
"""
    stage.xterm(f"support@{HOST}: ~", rc, files, geometry="130x40+8+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    desk.type("cat /etc/passwd")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.value in passwd)
    stage.keep("/usr/sbin/nologin", "www-data", "/var/lib/postgresql", static=True)
    stage.mark("passwd_printed")
    stage.pause(3.5)
    desk.type("last -n 7")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in last_out)
    stage.keep("still logged in", "wtmp begins", static=True)
    stage.pause(3.0)
    desk.type(f"id {target[0]}")
    desk.key("Return")
    stage.pause(0.5)
    desk.type(f"getent passwd {target[0]}")
    desk.key("Return")
    stage.mark("getent_printed")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="linux_accounts",
    description="An xterm on a Linux file server: `cat /etc/passwd` prints system accounts and six people's "
    "lines (login, ids, GECOS field with the full name, a room and a mobile number, home folder, shell), "
    "`last` lists seven logins with remote IPs, then `id` and `getent passwd` show one person's groups "
    "and line again.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=22.0,
    seed=41729,
    crf=26,
)
