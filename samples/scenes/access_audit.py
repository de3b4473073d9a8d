"""Who logged in, and as whom: a Linux server's session lists, its ssh log, its account and
directory records, and a repository's author settings, in a terminal.

Why this screen: "I can't log in to the server" or "who changed this?" has a technician look at
`who`, `w` and `last` (each row starts with a person's login, then the terminal and the address
they came from), grep sshd's lines of the auth log (accepted and failed logins name the account),
read the account with `getent passwd` (the full name in the comment field) and in the directory
with `ldapsearch` (a distinguished name `uid=<login>,ou=people,...`, `cn`, `mail`), and check who
commits to a repository with `git config --list` (`user.name=<First> <Last>`). The logins stand
alone in lower case, glued from initials and surnames from Irish and Indian name lists as well as
English ones: no label says they are logins, only the commands and the columns.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "app-02"
DOMAIN = "corp.example.org"


def play(stage: Stage) -> None:
    rng = stage.rng
    names = [
        stage.fake("en_IE").first_name() + " " + stage.fake("en_IE").last_name(),
        stage.fake("en_IN").first_name() + " " + stage.fake("en_IN").last_name(),
        stage.fake("en_GB").first_name() + " " + stage.fake("en_GB").last_name(),
        stage.fake("en_IE").first_name() + " " + stage.fake("en_IE").last_name(),
        stage.fake("en_IN").first_name() + " " + stage.fake("en_IN").last_name(),
    ]
    logins = [fakes.initial_login(n) for n in names]
    ips = [f"10.20.{rng.randint(1, 9)}.{rng.randint(2, 250)}" for _ in names]
    outside = f"{rng.randint(81, 212)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    tech = logins[2]
    for login in logins:
        stage.pii(login, "USERNAME", watch=False)
        if len(login) > 8:
            stage.pii(login[:8], "USERNAME", watch=False, note="a login cut at 8 characters by w and last")
    for ip in [*ips, outside]:
        stage.pii(ip, "IP_ADDRESS", watch=False)
    # who / w / last: a login, its terminal, where from (who pads the login to 8 characters and
    # a space; w and last cut it at 8, so a longer login shows there only as its first 8 letters)
    who_out = "".join(
        f"{logins[i]:<8} pts/{i}        2026-12-05 0{8 + i}:{12 + 7 * i:02d} ({ips[i]})\n" for i in (0, 1, 2)
    )
    w_out = (
        " 10:44:01 up 3 days,  3 users,  load average: 0.08, 0.11, 0.09\n"
        "USER     TTY      FROM             LOGIN@   IDLE   JCPU   PCPU WHAT\n"
        + "".join(
            f"{logins[i][:8]:<8} pts/{i}    {ips[i]:<17}0{8 + i}:{12 + 7 * i:02d}    {i}:0{i + 1}"
            "   0.05s  0.01s -bash\n"
            for i in (0, 1, 2)
        )
    )
    last_rows = [
        f"{logins[i % 5][:8]:<8} pts/{i % 4}        {ips[i % 5]:<16} "
        f"Sat Dec  {5 - i // 3} 0{9 - i % 3}:{10 + 5 * i:02d}"
        + ("   still logged in" if i < 3 else f" - 1{i % 10}:0{i % 6}  (0{i % 4}:{11 * i % 60:02d})")
        for i in range(7)
    ]
    last_out = (
        "\n".join(last_rows) + "\nreboot   system boot  6.1.0-18-amd64   Thu Dec  3 07:55   still running\n"
        "\nwtmp begins Tue Dec  1 07:55:02 2026\n"
    )
    failed = logins[3]
    auth_out = (
        f"Dec  5 09:12:44 {HOST} sshd[2211]: Accepted publickey for {logins[0]} from {ips[0]} port 51122 ssh2\n"
        f"Dec  5 09:13:02 {HOST} sshd[2240]: Failed password for invalid user {failed} from {outside} port 40022 ssh2\n"
        f"Dec  5 09:13:05 {HOST} sshd[2240]: Failed password for {failed} from {outside} port 40022 ssh2\n"
        f"Dec  5 09:40:09 {HOST} sshd[2318]: pam_unix(sshd:session): session opened for user {logins[1]}"
        "(uid=1005) by (uid=0)\n"
    )
    target, target_login = names[3], logins[3]
    stage.pii(target, "PERSON", watch=False)
    mail = f"{target.lower().replace(' ', '.').replace(chr(39), '')}@{DOMAIN}"
    stage.pii(mail, "EMAIL_ADDRESS", watch=False)
    getent_out = f"{target_login}:x:1007:1007:{target},,,:/home/{target_login}:/bin/bash\n"
    ldap_out = (
        f"# {target_login}, people, corp.example.org\n"
        f"dn: uid={target_login},ou=people,dc=corp,dc=example,dc=org\n"
        "objectClass: inetOrgPerson\n"
        f"cn: {target}\n"
        f"mail: {mail}\n"
        f"uid: {target_login}\n"
        f"homeDirectory: /home/{target_login}\n"
        "loginShell: /bin/bash\n"
    )
    author = names[4]
    stage.pii(author, "PERSON", watch=False)
    author_mail = f"{logins[4]}@{DOMAIN}"
    stage.pii(author_mail, "EMAIL_ADDRESS", watch=False)
    git_out = (
        f"user.name={author}\nuser.email={author_mail}\ncore.editor=vim\ncore.autocrlf=input\n"
        "remote.origin.url=git@git.corp.example.org:ops/app-config.git\nbranch.main.remote=origin\n"
    )
    outputs = {
        "who": who_out,
        "w": w_out,
        "last": last_out,
        "sudo": auth_out,
        "getent": getent_out,
        "ldapsearch": ldap_out,
        "git": git_out,
    }
    stage.canned_shell(outputs, f"{tech}@{HOST}:~$ ", f"{tech}@{HOST}: ~", geometry="120x40+8+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.stamp_printed(lambda e: e.value == tech)  # in the prompt and the title from the start

    stage.run_command("who", who_out, 2.0)
    stage.run_command("w", w_out, 2.5)
    stage.keep("load average", "LOGIN@", static=True)
    stage.run_command("last -n 7", last_out, 3.0)
    stage.keep("still logged in", "system boot", "wtmp begins", static=True)
    desk.key("ctrl+l")
    stage.pause(0.5)
    stage.run_command("sudo grep sshd /var/log/auth.log | tail -4", auth_out, 3.0)
    stage.keep("Accepted publickey for", "Failed password for invalid user", "session opened for user", static=True)
    stage.run_command(f"getent passwd {target_login}", getent_out, 2.0)
    stage.run_command(f'ldapsearch -x -LLL -b "dc=corp,dc=example,dc=org" "(uid={target_login})"', ldap_out, 3.0)
    stage.keep("objectClass: inetOrgPerson", "loginShell: /bin/bash", static=True)
    desk.key("ctrl+l")
    stage.pause(0.5)
    desk.type("cd /srv/app-config")
    desk.key("Return")
    stage.run_command("git config --list", git_out, 3.0)
    stage.keep("core.editor=vim", "core.autocrlf=input", static=True)
    stage.mark("done")
    stage.pause(1.5)


SCENE = SceneSpec(
    name="access_audit",
    description="An xterm on a Linux server: `who`, `w` and `last` list sessions by login, terminal and "
    "address; sshd's auth log lines name accepted, failed and opened logins; `getent passwd <login>` shows "
    "the full name in its comment field; `ldapsearch` a directory entry (dn uid=<login>,ou=people, cn, mail, "
    "uid, homeDirectory); `git config --list` the author's user.name and user.email. Names from en_IE, "
    "en_IN and en_GB.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=34.0,
    seed=60719,
    crf=26,
)
