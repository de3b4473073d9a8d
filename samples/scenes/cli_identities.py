"""Who a developer's command-line tools are signed in as: GitHub, Google Cloud, Azure, AWS, npm, ssh.

Why this screen: "my deploy stopped working" has a technician check which account each tool
uses on the customer's laptop. Every tool prints the identity in its own shape and none puts a
caption a form would use before it: `gh auth status` ("Logged in to github.com account <login>"),
`gcloud config list` ("account = <e-mail>"), `az account show` (JSON: "user": {"name": "<e-mail>"},
the tenant's display name), `aws sts get-caller-identity` (JSON: the account number and the
user's ARN "arn:aws:iam::<account>:user/<first.last>"), `npm whoami` (a login alone on its line),
and `cat ~/.ssh/config` (Host blocks whose `User` and `HostName` name the person's accounts and
servers, an `IdentityFile` named after its owner). Logins are glued from names of several
cultures; the tools' own words stay readable.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "lap-dev-14"


def play(stage: Stage) -> None:
    rng = stage.rng
    fake = stage.fake("en_IN")
    first, last = fake.first_name(), fake.last_name()
    dotted = f"{first.lower()}.{last.lower()}"
    login = fakes.initial_login(f"{first} {last}")
    gh_login = f"{first.lower()}-{last.lower()}{rng.randint(10, 99)}"
    work_mail = f"{dotted}@contoso-retail.com"
    personal = f"{first.lower()}{last.lower()[:3]}{rng.randint(80, 99)}@gmail.com"
    account = f"{rng.randint(1, 9)}{rng.randint(10**10, 10**11 - 1)}"
    server_ip = fakes.ipv4(rng)
    for value, kind in [
        (login, "USERNAME"),
        (gh_login, "USERNAME"),
        (dotted, "USERNAME"),
        (work_mail, "EMAIL_ADDRESS"),
        (personal, "EMAIL_ADDRESS"),
        (account, "ACCOUNT_NUMBER"),
        (server_ip, "IP_ADDRESS"),
    ]:
        stage.pii(value, kind, watch=False)
    gh_out = (
        "github.com\n"
        f"  ✓ Logged in to github.com account {gh_login} (keyring)\n"
        "  - Active account: true\n"
        "  - Git operations protocol: ssh\n"
        "  - Token: gho_************************************\n"
        "  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'\n"
    )
    gcloud_out = (
        "[core]\n"
        f"account = {work_mail}\n"
        "disable_usage_reporting = True\n"
        "project = retail-analytics-prod\n\n"
        "Your active configuration is: [default]\n"
    )
    az_out = (
        json.dumps(
            {
                "environmentName": "AzureCloud",
                "isDefault": True,
                "name": "Pay-As-You-Go",
                "state": "Enabled",
                "tenantDisplayName": "Contoso Retail Ltd",
                "user": {"name": work_mail, "type": "user"},
            },
            indent=2,
        )
        + "\n"
    )
    aws_out = (
        json.dumps(
            {
                "UserId": "AIDA" + fakes.token(rng, 17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                "Account": account,
                "Arn": f"arn:aws:iam::{account}:user/{dotted}",
            },
            indent=4,
        )
        + "\n"
    )
    npm_out = f"{gh_login}\n"
    ssh_out = (
        "Host github.com\n"
        "    User git\n"
        f"    IdentityFile ~/.ssh/id_ed25519_{first.lower()}\n\n"
        "Host build\n"
        f"    HostName {server_ip}\n"
        f"    User {login}\n"
        "    ForwardAgent no\n\n"
        "Host *\n"
        "    ServerAliveInterval 60\n"
        f"    # personal: {personal}\n"
    )
    stage.pii(f"id_ed25519_{first.lower()}", "USERNAME", watch=False, note="a key file named after its owner")
    outputs = {"gh": gh_out, "gcloud": gcloud_out, "az": az_out, "aws": aws_out, "npm": npm_out, "cat": ssh_out}
    stage.canned_shell(outputs, f"{login}@{HOST}:~$ ", f"{login}@{HOST}: ~", geometry="120x40+8+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.stamp_printed(lambda e: e.value == login)  # the prompt and the title show it from the start
    stage.run_command("gh auth status", gh_out, 2.5)
    stage.keep("Git operations protocol: ssh", "Token scopes", static=True)
    stage.run_command("gcloud config list", gcloud_out, 2.5)
    stage.keep("disable_usage_reporting = True", "Your active configuration is", static=True)
    desk.key("ctrl+l")
    stage.pause(0.5)
    stage.run_command("az account show", az_out, 3.0)
    stage.keep('"environmentName": "AzureCloud"', '"state": "Enabled"', static=True)
    stage.run_command("aws sts get-caller-identity", aws_out, 3.0)
    desk.key("ctrl+l")
    stage.pause(0.5)
    stage.run_command("npm whoami", npm_out, 1.5)
    stage.run_command("cat ~/.ssh/config", ssh_out, 3.5)
    stage.keep("ForwardAgent no", "ServerAliveInterval 60", "Host github.com", static=True)
    stage.mark("done")
    stage.pause(1.0)


SCENE = SceneSpec(
    name="cli_identities",
    description="An xterm on a developer's laptop checking which accounts the tools use: `gh auth status` "
    "('Logged in to github.com account <login>'), `gcloud config list` ('account = <e-mail>'), `az account "
    "show` (JSON, 'user': {'name': <e-mail>}), `aws sts get-caller-identity` (account number, "
    "'arn:aws:iam::<account>:user/<first.last>'), `npm whoami` (a login alone), `cat ~/.ssh/config` (User, "
    "HostName, an IdentityFile named after its owner, a personal e-mail in a comment). Names from en_IN.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=61237,
    crf=26,
)
