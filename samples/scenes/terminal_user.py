"""A terminal whose user name is a person's name: `cat` of a customer CSV, then `env` with tokens.

Why this screen: the person is in the window title and in every prompt (`emma.wilson@ws-eng-07`),
a CSV prints names, e-mails and phones as comma-separated fields under a header row, and `env`
prints API tokens, a database URL with a password and an internal IP among harmless variables.
"""

from __future__ import annotations

import random
import string

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "ws-eng-07"


def _csv(stage: Stage, fake: Faker, rng: random.Random) -> str:
    """customers_export.csv: a header and nine rows; every personal field is registered."""
    lines = ["customer_id,full_name,email,phone,city,signup_date,plan"]
    for i in range(9):
        name = fakes.person(fake)
        email = fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "btinternet.com"]), rng)
        phone = fakes.uk_mobile(rng)
        city = rng.choice(fakes.UK_CITIES)
        for value, kind in ((name, "PERSON"), (email, "EMAIL_ADDRESS"), (phone, "PHONE_NUMBER"), (city, "LOCATION")):
            stage.pii(value, kind, watch=False)
        plan = rng.choice(["basic", "plus", "pro"])
        lines.append(
            f"{4100 + i * 13},{name},{email},{phone},{city},2024-{rng.randint(1, 12):02d}-"
            f"{rng.randint(1, 28):02d},{plan}"
        )
    return "\n".join(lines) + "\n"


def _rc(stage: Stage, user: str, rng: random.Random) -> tuple[str, dict[str, tuple[str, str]]]:
    """The shell's rc file: a prompt with the user's name and an environment holding secrets."""
    ip = f"10.{rng.randint(16, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    db_password = fakes.token(rng, 16)  # URL-safe: no characters that would need %-escaping
    upper, b64 = string.ascii_uppercase + string.digits, string.ascii_letters + string.digits + "/+"
    secrets = {
        "GITHUB_TOKEN": ("ghp_" + fakes.token(rng, 36), "SECRET"),
        "AWS_ACCESS_KEY_ID": ("AKIA" + fakes.token(rng, 16, upper), "SECRET"),
        "AWS_SECRET_ACCESS_KEY": (fakes.token(rng, 40, b64), "SECRET"),
        "SLACK_BOT_TOKEN": (
            f"xoxb-{rng.randint(10**11, 10**12)}-{rng.randint(10**12, 10**13)}-" + fakes.token(rng, 24),
            "SECRET",
        ),
    }
    env = {
        "USER": user,
        "LOGNAME": user,
        "HOME": f"/home/{user}",
        "SHELL": "/bin/bash",
        "LANG": "en_GB.UTF-8",
        "XDG_RUNTIME_DIR": "/run/user/1000",
        "PATH": f"/home/{user}/.local/bin:/usr/local/bin:/usr/bin:/bin",
        "PWD": f"/home/{user}",
        "AWS_DEFAULT_REGION": "eu-west-2",
        "DATABASE_URL": f"postgres://crm_app:{db_password}@{ip}:5432/crm",
        **{k: v for k, (v, _) in secrets.items()},
    }
    stage.pii(db_password, "PASSWORD", watch=False)
    stage.pii(ip, "IP_ADDRESS", watch=False)
    for value, kind in secrets.values():
        stage.pii(value, kind, watch=False)
    exports = "\n".join(f"export {k}='{v}'" for k, v in env.items())
    rc = f"""{exports}
unset XDG_CONFIG_HOME OLDPWD
PS1='{user}@{HOST}:~$ '
PROMPT_COMMAND=
clear
"""
    return rc, secrets


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    person = fakes.person(fake)
    user = person.lower().replace(" ", ".").replace("'", "")
    csv = _csv(stage, fake, rng)
    rc, _ = _rc(stage, user, rng)
    files = {
        "customers_export.csv": csv,
        "notes.md": "# renewal follow-ups\n",
        "report.py": "print('ok')\n",
        "requirements.txt": "pandas\nrequests\n",
    }
    stage.xterm(f"{user}@{HOST}: ~", rc, files, geometry="150x40+8+4", size=10)
    desk = stage.desk
    stage.start()
    stage.shown(user, "USERNAME")  # title bar and the first prompt, from the first frame
    stage.keep(HOST, static=True)
    stage.pause(1.0)
    desk.type("ls\n")
    stage.pause(0.8)
    stage.keep("customers_export.csv", "requirements.txt", "notes.md", "report.py", static=True)
    desk.type("cat cu\t\n")  # completed by bash, as people type it
    stage.pause(0.6)
    stage.stamp_printed(lambda e: e.value in csv)
    stage.keep(csv.splitlines()[0], static=True)
    stage.mark("csv_printed")
    stage.pause(2.5)
    desk.type("env\n")
    stage.pause(0.6)
    stage.stamp_printed(lambda e: e.first_shown_s is None)
    stage.keep("AWS_DEFAULT_REGION=eu-west-2", "SHELL=/bin/bash", "LANG=en_GB.UTF-8", "TZ=America/Chicago", static=True)
    stage.mark("env_printed")
    stage.pause(2.0)


SCENE = SceneSpec(
    name="terminal_user",
    description="A full-screen xterm titled 'first.last@ws-eng-07: ~' (a Unix user name made of a person's "
    "name, also in every prompt). The user runs ls, cats customers_export.csv (a header row and "
    "nine rows of id, full name, e-mail, UK mobile, city, sign-up date, plan), then env, which "
    "prints a GitHub token, AWS key id and secret, a Slack bot token and a DATABASE_URL with a "
    "password and an internal IP among ordinary variables.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=22.0,
    seed=77120,
    crf=26,
)
