"""A Linux print server's queue and accounts in a terminal: the jobs by owner, a process list,
a password reset and a group change for one person.

Why this screen: a technician fixing "my document won't print" looks at the CUPS queue, where
each job shows its owner's login and often a file name with the person's name in it, then at the
processes running as people and as system accounts, resets the user's password with sudo (the
prompt names the technician's own login) and adds them to the printer admins. The logins stand
alone, lower case, glued from an initial and a surname: no label and no dot or underscore says
they are logins, only the columns ("Owner", "USER") and the commands (`passwd`, `usermod`, `id`).
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "print-01"
PRINTERS = ["Finance_M404", "Reception_C3530", "Warehouse_Zebra"]
DOCS = ["Quarterly figures.xlsx", "Invoice 4471.pdf", "Meeting notes.docx", "Label batch 12.pdf"]


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    people = []
    for _ in range(5):
        name = fakes.person(fake)
        first, last = name.lower().replace("'", "").split(" ", 1)
        login = f"{first[0]}{last.replace(' ', '').replace('-', '')}"[:12]
        people.append((name, login))
    tech_name = fakes.person(fake)
    tech_first, tech_last = tech_name.lower().replace("'", "").split(" ", 1)
    tech = f"{tech_first[0]}{tech_last.replace(' ', '').replace('-', '')}"[:12]
    for _name, login in people:
        stage.pii(login, "USERNAME", watch=False)
    stage.pii(tech, "USERNAME", watch=False)
    # the queue: lpq's table (Rank, Owner, Job, File(s), Total Size) and lpstat's one-line jobs
    lpq_rows = ["Rank    Owner        Job     File(s)                                 Total Size"]
    lpstat_rows = []
    for n in range(6):
        name, login = people[n % 5]
        if n in (1, 4):
            first, last = name.split(" ", 1)
            doc = f"P60_{first}_{last.replace(' ', '_')}_2026.pdf" if n == 1 else f"Letter to {name}.docx"
            stage.pii(name, "PERSON", watch=False)
        else:
            doc = DOCS[n % len(DOCS)]
        job = 112 + n
        size = rng.randint(12, 900) * 1024
        rank = "active" if n == 0 else f"{n + 1}{'st' if n == 0 else 'nd' if n == 1 else 'rd' if n == 2 else 'th'}"
        lpq_rows.append(f"{rank:<8}{login:<13}{job:<8}{doc[:38]:<40}{size} bytes")
        printer = PRINTERS[n % 3]
        when = f"Sat 05 Dec 2026 10:{2 + 3 * n:02d}:{11 * n % 60:02d} GMT"
        lpstat_rows.append(f"{printer}-{job:<6} {login:<13} {size:>9}   {when}")
    lpq_out = f"{PRINTERS[0]} is ready and printing\n" + "\n".join(lpq_rows) + "\n"
    lpstat_out = "\n".join(lpstat_rows) + "\n"
    ps_rows = ["USER         PID %CPU %MEM COMMAND"]
    for user, pid, cmd in [
        ("root", 1, "/sbin/init splash"),
        ("root", 612, "/usr/sbin/cupsd -l"),
        ("lp", 688, "/usr/lib/cups/filter/pdftopdf"),
        (people[0][1], 2231, "evince Quarterly figures.pdf"),
        ("www-data", 812, "nginx: worker process"),
        (people[2][1], 2417, "libreoffice --writer"),
        ("postgres", 911, "postgres -D /var/lib/postgresql"),
        (people[3][1], 2502, "python3 label_batch.py"),
    ]:
        ps_rows.append(f"{user:<12}{pid:>4} {rng.randint(0, 30) / 10:4.1f} {rng.randint(1, 40) / 10:4.1f} {cmd}")
    ps_out = "\n".join(ps_rows) + "\n"
    target = people[2][1]
    files = {"lpq.out": lpq_out, "lpstat.out": lpstat_out, "ps.out": ps_out}
    rc = f"""export LANG=C.UTF-8 PAGER=cat
lpq() {{ command cat lpq.out; }}
lpstat() {{ command cat lpstat.out; }}
ps() {{ command cat ps.out; }}
sudo() {{ shift 0; printf '[sudo] password for {tech}: '; read -rs _; echo; "$@"; }}
passwd() {{ printf 'New password: '; read -rs _; echo; printf 'Retype new password: '; read -rs _; echo; \
echo 'passwd: password updated successfully'; }}
usermod() {{ :; }}
id() {{ echo "uid=1003($1) gid=1003($1) groups=1003($1),7(lp),100(users),116(lpadmin)"; }}
PS1='{tech}@{HOST}:~$ '
PROMPT_COMMAND=
clear
"""
    stage.xterm(f"{tech}@{HOST}: ~", rc, files, geometry="120x40+8+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.stamp_printed(lambda e: e.value == tech)  # in the prompt and the title from the start
    desk.type("lpq -P Finance_M404")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in lpq_out)
    stage.keep("is ready and printing", "Total Size", static=True)
    stage.mark("queue_printed")
    stage.pause(3.0)
    desk.type("lpstat -o")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in lpstat_out)
    stage.pause(2.5)
    desk.type("ps -eo user,pid,%cpu,%mem,cmd")
    desk.key("Return")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in ps_out)
    stage.keep("/usr/sbin/cupsd -l", "www-data", "nginx: worker process", static=True)
    stage.pause(3.0)
    desk.type(f"sudo passwd {target}")
    desk.key("Return")
    stage.pause(0.6)
    desk.type("Tr0ub4dor&3x", typo_rate=0.0)
    desk.key("Return")
    stage.pause(0.5)
    for _ in range(2):
        desk.type("Pr1nt-Queue-Fix!", typo_rate=0.0)
        desk.key("Return")
        stage.pause(0.4)
    stage.keep("passwd: password updated successfully", static=True)
    desk.type(f"sudo usermod -aG lpadmin {target}")
    desk.key("Return")
    stage.pause(0.6)
    desk.type("Tr0ub4dor&3x", typo_rate=0.0)
    desk.key("Return")
    stage.pause(0.4)
    desk.type(f"id {target}")
    desk.key("Return")
    stage.mark("id_printed")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="print_admin",
    description="An xterm on a Linux print server: `lpq` lists jobs under Rank | Owner | Job | File(s) with "
    "people's logins and two file names holding a person's name, `lpstat -o` the jobs by printer and "
    "login, `ps` processes under USER (people's logins beside root, lp, www-data, postgres), then "
    "`sudo passwd <login>` (the prompt names the technician's login), `sudo usermod -aG lpadmin <login>` "
    "and `id <login>`.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=52817,
    crf=26,
)
