"""Secrets left in a shell's history and dotfiles, read in a terminal.

Why this screen: "which password does the deploy use?" or a security clean-up has a technician
print what a developer's account remembers. `history | tail -20` shows commands typed with their
passwords inline: `mysql -u root -p'<pw>'` (glued to the option), `curl -u <login>:<pw>`,
`sshpass -p <pw> ssh <login>@<host>`, `export AWS_SECRET_ACCESS_KEY=...`, a database URL
`postgres://<user>:<pw>@db/...`, `htpasswd -b .htpasswd <login> <pw>` (the password a bare word
after the login, one of them made of English words); none says "password" before its value. Then
the dotfiles: `~/.netrc` (machine / login / password, one a line), `~/.pgpass`
(host:port:db:user:password, colons only), `~/.my.cnf` ([client] user= password=), `git config
--list` (user.name=<First> <Last>, user.email, credential.helper, a token inside the remote's
URL) and `docker inspect` filtered to the container's Env list (DB_PASSWORD among harmless
settings). Names from en_IE and en_IN.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "build-02"
GIT = "git.northquay.io"


def play(stage: Stage) -> None:
    rng = stage.rng
    ie, ind = stage.fake("en_IE"), stage.fake("en_IN")
    owner, colleague, ops, client = fakes.person(ie), fakes.person(ind), fakes.person(ie), fakes.person(ie)
    login = fakes.initial_login(owner)
    ssh_login = fakes.initial_login(colleague)
    ops_login = ops.lower().replace(" ", ".").replace("'", "")
    client_login = fakes.initial_login(client)
    mail = f"{ops_login}@northquay.io"
    pw = [fakes.password(rng, n) for n in (12, 14, 11, 16, 13, 15, 12)]
    worded = "Kestrel-Autumn-88"
    aws_key_id = "AKIA" + fakes.token(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    aws_secret = fakes.token(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")
    gh_token = "ghp_" + fakes.token(rng, 36)
    git_token = "glpat-" + fakes.token(rng, 20)
    ssh_ip = f"10.40.{rng.randint(1, 9)}.{rng.randint(2, 250)}"
    history_rows = [
        "cd ~/projects/billing-api",
        "git pull --rebase",
        "ls -la config/",
        f"mysql -u root -p'{pw[0]}' billing",
        "vim config/settings.yml",
        f"curl -u {login}:{pw[1]} https://ci.northquay.io/job/billing-api/build",
        f"sshpass -p {pw[2]} ssh {ssh_login}@{ssh_ip}",
        "df -h /var/lib/docker",
        f"export AWS_ACCESS_KEY_ID={aws_key_id}",
        f"export AWS_SECRET_ACCESS_KEY={aws_secret}",
        "aws s3 ls s3://northquay-billing-exports/",
        f"psql postgres://billing_app:{pw[3]}@db-billing.internal:5432/billing",
        "sudo systemctl restart nginx",
        f"htpasswd -b /etc/nginx/.htpasswd {client_login} {worded}",
        "docker ps -a",
        "docker logs --tail 50 billing-api",
        "cat ~/.netrc",
        "git config --list",
        "history | tail -20",
    ]
    history_out = "".join(f" {4811 + i:5d}  {row}\n" for i, row in enumerate(history_rows))
    netrc = (
        f"machine api.github.com\n  login {login}\n  password {gh_token}\n"
        f"machine ftp.supplier-portal.co.uk\n  login {client_login}\n  password {pw[4]}\n"
    )
    pgpass = f"db-billing.internal:5432:billing:billing_app:{pw[3]}\n10.40.2.30:5432:*:reporting:{pw[5]}\n"
    mycnf = f'[client]\nuser=billing_admin\npassword="{pw[6]}"\nhost=db-billing.internal\n'
    git_out = (
        f"user.name={ops}\nuser.email={mail}\ncredential.helper=store\ncore.editor=vim\n"
        f"remote.origin.url=https://oauth2:{git_token}@{GIT}/billing/billing-api.git\n"
        "branch.main.remote=origin\n"
    )
    docker_out = (
        "[\n    {\n"
        '        "Id": "4b1f0c9e7a2d",\n'
        '        "Name": "/billing-api",\n'
        '        "Config": {\n'
        '            "Hostname": "4b1f0c9e7a2d",\n'
        '            "Env": [\n'
        '                "DB_HOST=db-billing.internal",\n'
        '                "DB_USER=billing_app",\n'
        f'                "DB_PASSWORD={pw[3]}",\n'
        '                "LOG_LEVEL=info",\n'
        '                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",\n'
        '                "LANG=C.UTF-8"\n'
        "            ],\n"
        '            "Image": "registry.northquay.io/billing-api:2.14.1"\n'
        "        }\n    }\n]\n"
    )
    docker_shown = "".join(docker_out.splitlines(keepends=True)[5:13])
    for value, kind in [
        (login, "USERNAME"),
        (ssh_login, "USERNAME"),
        (client_login, "USERNAME"),
        (ops, "PERSON"),
        (mail, "EMAIL_ADDRESS"),
        (ssh_ip, "IP_ADDRESS"),
        *((p, "PASSWORD") for p in pw),
        (worded, "PASSWORD"),
        (aws_key_id, "SECRET"),
        (aws_secret, "SECRET"),
        (gh_token, "SECRET"),
        (git_token, "SECRET"),
    ]:
        stage.pii(value, kind, watch=False)
    prompt = f"{login}@{HOST}:~$ "
    rc = (
        'export LANG=C.UTF-8 PAGER=cat HOME="$PWD"\n'
        "history() { command cat history.out; }\n"
        "git() { command cat git.out; }\n"
        "docker() { command cat docker.out; }\n"
        f"PS1='{prompt}'\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    files = {
        "history.out": history_out,
        "git.out": git_out,
        "docker.out": docker_out,
        ".netrc": netrc,
        ".pgpass": pgpass,
        ".my.cnf": mycnf,
    }
    stage.xterm(f"{login}@{HOST}: ~", rc, files, geometry="132x44+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.stamp_printed(lambda e: e.value == login)  # the prompt and the title show it from the start

    stage.run_keeping("history | tail -20", history_out, 5.0)
    desk.key("ctrl+l")
    stage.pause(0.5)
    stage.run_keeping("cat ~/.netrc", netrc, 2.0, "machine api.github.com", "machine ftp.supplier-portal.co.uk")
    stage.run_keeping("cat ~/.pgpass", pgpass, 2.0, "db-billing.internal:5432:billing:billing_app")
    stage.run_keeping("cat ~/.my.cnf", mycnf, 2.0, "[client]", "host=db-billing.internal")
    stage.run_keeping("git config --list", git_out, 2.5, "credential.helper=store", "branch.main.remote=origin")
    stage.run_keeping("docker inspect billing-api | grep -A7 '\"Env\"'", docker_shown, 3.0, '"LOG_LEVEL=info",')
    stage.mark("done")
    stage.pause(8.0)


SCENE = SceneSpec(
    name="shell_secrets",
    description="An xterm on a build server: `history | tail -20` with passwords typed inline (`mysql -u root "
    "-p'<pw>'`, `curl -u <login>:<pw>`, `sshpass -p <pw> ssh <login>@<ip>`, `export AWS_SECRET_ACCESS_KEY=`, "
    "`psql postgres://<user>:<pw>@db/...`, `htpasswd -b <file> <login> <pw>` with a password of English "
    "words), then `cat ~/.netrc` (machine / login / password), `~/.pgpass` (host:port:db:user:password), "
    "`~/.my.cnf` ([client] user, password), `git config --list` (user.name=<First> <Last>, user.email, "
    "credential.helper, a token in the remote URL) and `docker inspect | grep -A7 Env` (DB_PASSWORD). Names "
    "from en_IE and en_IN.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=70523,
    crf=26,
)
