"""A developer's terminal: `git log` with authors, a production .env, an application log, an ssh line.

Why this screen: people reach a terminal in other shapes than a table or `key=value` exports:
`Author: Name <e-mail>` lines of a git history, a dotenv file whose secrets sit beside ordinary
settings, log lines where a user's e-mail and IP are fields of a free-form message, and a
`user@host` argument typed on the command line. The shell's own user is a service account.
"""

from __future__ import annotations

import random
import string

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "build-02"
MESSAGES = [
    "Fix rounding of VAT on credit notes",
    "Retry webhook delivery with backoff",
    "Add index on invoices.customer_id",
    "Bump stripe client to 7.4",
]


def _git(stage: Stage, fake: Faker, rng: random.Random) -> str:
    """Shell lines that make a repository whose history has four commits by three people."""
    authors = []
    for _ in range(3):
        name = fakes.person(fake)
        email = fakes.email_for(name, "fabrikam-pay.io", rng)
        authors.append((name, email))
        stage.pii(name, "PERSON", watch=False)
        stage.pii(email, "EMAIL_ADDRESS", watch=False)
    lines = ["git init -q . && git config user.name ci && git config user.email ci@localhost"]
    for day, message in enumerate(MESSAGES):
        name, email = authors[day % len(authors)]
        when = f"2025-09-{12 + day:02d}T{9 + day}:1{day}:00+01:00"
        lines.append(
            f"GIT_AUTHOR_NAME='{name}' GIT_AUTHOR_EMAIL='{email}' GIT_AUTHOR_DATE='{when}' "
            f"GIT_COMMITTER_DATE='{when}' git commit -q --allow-empty -m '{message}'"
        )
    return "\n".join(lines)


def _dotenv(stage: Stage, rng: random.Random) -> str:
    ip = f"10.{rng.randint(16, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    db_password = fakes.password(rng, 18).replace("'", "").replace("\\", "")
    stripe = "sk_live_" + fakes.token(rng, 32)
    sentry = fakes.token(rng, 32, string.hexdigits.lower()[:16])
    stage.pii(ip, "IP_ADDRESS", watch=False)
    stage.pii(db_password, "PASSWORD", watch=False)
    stage.pii(stripe, "SECRET", watch=False)
    stage.pii(sentry, "SECRET", watch=False)
    return "\n".join(
        [
            "# billing-service production settings",
            "APP_ENV=production",
            "LOG_LEVEL=info",
            "PORT=8080",
            f"DB_HOST={ip}",
            "DB_NAME=billing",
            "DB_USER=billing_app",
            f"DB_PASSWORD={db_password}",
            f"STRIPE_SECRET_KEY={stripe}",
            f"SENTRY_DSN=https://{sentry}@o4505.ingest.sentry.io/42",
            "FEATURE_NEW_INVOICES=true",
            "",
        ]
    )


def _log(stage: Stage, fake: Faker, rng: random.Random) -> str:
    """app.log: ordinary lines and lines about customers (their e-mail and client IP)."""
    lines = []
    for i in range(9):
        at = f"2025-09-16 10:{14 + i:02d}:{rng.randint(0, 59):02d}"
        if i % 3 == 1:
            lines.append(f"{at} INFO  scheduler: job invoice-sweep finished in {rng.randint(80, 400)} ms")
            continue
        email = fakes.email_for(fakes.person(fake), rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk"]), rng)
        ip = f"{rng.choice([81, 86, 92, 109])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        stage.pii(email, "EMAIL_ADDRESS", watch=False)
        stage.pii(ip, "IP_ADDRESS", watch=False)
        event = rng.choice(["payment declined", "card updated", "login failed", "refund issued"])
        lines.append(f"{at} WARN  billing: {event} for {email} from {ip}")
    return "\n".join(lines) + "\n"


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    git = _git(stage, fake, rng)
    dotenv = _dotenv(stage, rng)
    log = _log(stage, fake, rng)
    admin = fakes.person(fake).lower().replace(" ", ".").replace("'", "")
    admin_ip = f"10.{rng.randint(41, 60)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    stage.pii(admin, "USERNAME", watch=False)
    stage.pii(admin_ip, "IP_ADDRESS", watch=False)
    rc = f"""export GIT_PAGER=cat PAGER=cat LANG=C.UTF-8 TZ=Europe/London
{git}
PS1='deploy@{HOST}:~/billing-service$ '
PROMPT_COMMAND=
clear
"""
    files = {".env.production": dotenv, "app.log": log, "README.md": "# billing-service\n"}
    stage.xterm(f"deploy@{HOST}: ~/billing-service", rc, files, geometry="140x40+8+4", size=10)
    desk = stage.desk
    stage.start()
    stage.keep(f"deploy@{HOST}", static=True)
    stage.pause(1.0)
    desk.type("git log\n")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.type in ("PERSON", "EMAIL_ADDRESS") and e.value in git)
    stage.keep(*MESSAGES, static=True)
    stage.mark("git_log")
    stage.pause(3.0)
    desk.type("cat .env.production\n")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.type in ("IP_ADDRESS", "PASSWORD", "SECRET") and e.value in dotenv)
    stage.keep("APP_ENV=production", "DB_NAME=billing", "FEATURE_NEW_INVOICES=true", static=True)
    stage.mark("dotenv")
    stage.pause(3.0)
    desk.type("tail -n 9 app.log\n")
    stage.pause(0.8)
    stage.stamp_printed(lambda e: e.type in ("EMAIL_ADDRESS", "IP_ADDRESS") and e.value in log)
    stage.keep("scheduler: job invoice-sweep finished in", static=True)
    stage.mark("log")
    stage.pause(3.0)
    desk.type(f"ssh {admin}@{admin_ip}", typo_rate=0.0)
    stage.pause(0.5)
    stage.shown(admin, "USERNAME")
    stage.shown(admin_ip, "IP_ADDRESS")
    stage.mark("ssh_typed")
    stage.pause(1.5)
    desk.key("ctrl+c")
    stage.pause(2.0)


SCENE = SceneSpec(
    name="dev_terminal",
    description="An xterm of a service account (deploy@build-02) in a git repository: `git log` prints four "
    "commits by three people (Author: name <e-mail>), `cat .env.production` prints a database host IP "
    "and password, a Stripe secret key and a Sentry DSN among ordinary settings, `tail app.log` prints "
    "warnings naming customers' e-mail addresses and client IPs, and an `ssh first.last@10.x.x.x` line "
    "is typed and cancelled.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=52231,
    crf=26,
)
