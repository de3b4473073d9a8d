"""A web server's logs read live in a terminal: nginx's access log, sshd's journal, an app's JSON log.

Why this screen: "customers can't reset their password" or "someone is trying our server" has a
technician read the logs as they are, not a report of them. `tail` of nginx's access log prints
one request a line in the combined format: the client's IP first, the request line with its query
string (`/account/reset?email=<e-mail>&ref=...`, once URL-encoded as `%40`), a path naming a user
(`/users/<login>/avatar`), the status, the referrer and a long user agent, so each line wraps in
the terminal and a value can sit at the start of a wrapped row. `journalctl -u ssh` prints sshd's
lines (accepted and failed passwords naming the login and the address it came from, an invalid
user's guessed name, pam_unix's "session opened for user <login>"). `jq -c` prints an app's JSON
log lines with the user's e-mail, IP, a phone number and a customer's name as string fields, and
`grep -c <surname>` counts one person's lines. No caption says what any value is, only its place
in the line.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "web-03"
SITE = "shop.harbourlane.co.uk"
COLS = 132
UA_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.1 Mobile/15E148 Safari/604.1"
)
UA_WIN = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
UA_BOT = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"


def _wrapped(out: str, value: str) -> bool:
    """Whether `value` is printed across a row break of a COLS-wide terminal in `out`."""
    for line in out.splitlines():
        start = line.find(value)
        while start >= 0:
            if start // COLS != (start + len(value) - 1) // COLS:
                return True
            start = line.find(value, start + 1)
    return False


def play(stage: Stage) -> None:
    rng = stage.rng
    ie, ind, gb = stage.fake("en_IE"), stage.fake("en_IN"), stage.fake("en_GB")
    people = [fakes.person(ind), fakes.person(ie), fakes.person(gb), fakes.person(ind), fakes.person(ie)]
    mails = [
        fakes.email_for(people[0], "gmail.com", rng),
        fakes.email_for(people[1], "outlook.ie", rng),
        fakes.email_for(people[3], "yahoo.co.in", rng),
    ]
    logins = [fakes.initial_login(p) for p in people]
    ips = [fakes.ipv4(rng) for _ in range(7)]
    phone = fakes.uk_mobile_intl(rng).replace(" ", "")
    encoded = mails[1].replace("@", "%40")
    t = [f"05/Dec/2026:09:{41 + i // 3:02d}:{(7 * i + 3) % 60:02d} +0000" for i in range(12)]

    def req(i: int, ip: str, line: str, status: int, size: int, ref: str, ua: str) -> str:
        return f'{ip} - - [{t[i]}] "{line} HTTP/1.1" {status} {size} "{ref}" "{ua}"'

    home, login_page, help_page = f"https://{SITE}/", f"https://{SITE}/login", f"https://{SITE}/help"
    access_rows = [
        req(0, ips[5], "GET /static/css/main.4f1c.css", 200, 18234, home, UA_WIN),
        req(1, ips[0], f"GET /account/reset?email={mails[0]}&ref=login-page", 302, 0, login_page, UA_IPHONE),
        req(2, ips[0], "GET /account/reset/sent", 200, 5120, login_page, UA_IPHONE),
        req(3, ips[6], "GET /robots.txt", 200, 68, "-", UA_BOT),
        req(4, ips[1], f"GET /users/{logins[1]}/avatar?size=64", 200, 4410, f"https://{SITE}/community", UA_WIN),
        req(5, ips[1], f"POST /account/reset?email={encoded}&ref=mail-footer", 429, 162, help_page, UA_WIN),
        req(6, ips[5], "GET /api/basket/count", 200, 14, home, UA_WIN),
        req(7, ips[2], f"GET /users/{logins[3]}/orders?page=2", 403, 153, f"https://{SITE}/account", UA_IPHONE),
        req(8, ips[6], "GET /sitemap.xml", 304, 0, "-", UA_BOT),
    ]
    access_out = "\n".join(access_rows) + "\n"
    bad_guess = people[4].split()[0].lower()
    journal_out = (
        "Dec 05 08:02:11 web-03 systemd[1]: Started ssh.service - OpenBSD Secure Shell server.\n"
        f"Dec 05 09:12:40 {HOST} sshd[21822]: Accepted password for {logins[2]} from {ips[3]} port 50122 ssh2\n"
        f"Dec 05 09:12:40 {HOST} sshd[21822]: pam_unix(sshd:session): session opened for user {logins[2]}(uid=1004) "
        "by (uid=0)\n"
        f"Dec 05 09:30:02 {HOST} sshd[22107]: Invalid user {bad_guess} from {ips[4]} port 41870\n"
        f"Dec 05 09:30:04 {HOST} sshd[22107]: Failed password for invalid user {bad_guess} from {ips[4]} port 41870 "
        "ssh2\n"
        f"Dec 05 09:31:17 {HOST} sshd[22140]: Failed password for {logins[0]} from {ips[4]} port 41902 ssh2\n"
        f"Dec 05 09:44:51 {HOST} sshd[21822]: pam_unix(sshd:session): session closed for user {logins[2]}\n"
    )
    customer = people[3]
    app_lines = [
        {
            "ts": "2026-12-05T09:41:10Z",
            "level": "warn",
            "user": mails[0],
            "ip": ips[0],
            "msg": "password reset requested",
            "phone": phone,
        },
        {
            "ts": "2026-12-05T09:42:31Z",
            "level": "error",
            "user": mails[1],
            "ip": ips[1],
            "msg": "rate limit exceeded",
            "route": "/account/reset",
        },
        {
            "ts": "2026-12-05T09:43:05Z",
            "level": "warn",
            "customer": customer,
            "user": mails[2],
            "msg": "address lookup failed",
            "postcode_service": "timeout",
        },
    ]
    jq_out = "".join(json.dumps(line, separators=(",", ":")) + "\n" for line in app_lines)
    surname = customer.split()[-1]
    grep_out = "7\n"
    for value, kind in [
        *((ip, "IP_ADDRESS") for ip in ips[:5]),
        *((m, "EMAIL_ADDRESS") for m in mails),
        (encoded, "EMAIL_ADDRESS"),
        (logins[0], "USERNAME"),
        (logins[1], "USERNAME"),
        (logins[2], "USERNAME"),
        (logins[3], "USERNAME"),
        (bad_guess, "USERNAME"),
        (phone, "PHONE_NUMBER"),
        (customer, "PERSON"),
        (surname, "PERSON"),
    ]:
        shown_in = "".join(o for o in (access_out, journal_out, jq_out) if value in o)
        note = "wraps over 2 lines" if shown_in and _wrapped(shown_in, value) else None
        stage.pii(value, kind, watch=False, note=note)
    outputs = {"tail": access_out, "journalctl": journal_out, "jq": jq_out, "grep": grep_out}
    prompt = f"root@{HOST}:~# "
    stage.canned_shell(outputs, prompt, f"root@{HOST}: ~", geometry=f"{COLS}x44+4+4", size=10)
    stage.start()
    stage.pause(1.0)

    stage.run_keeping(
        "tail -n 9 /var/log/nginx/access.log", access_out, 4.0, "GET /static/css/main.4f1c.css", "GET /robots.txt"
    )
    stage.run_keeping(
        "journalctl -u ssh --since today --no-pager",
        journal_out,
        3.5,
        "Started ssh.service - OpenBSD Secure Shell server",
        "Failed password for invalid user",
    )
    jq_keeps = ('"msg":"password reset requested"', '"msg":"rate limit exceeded"')
    stage.run_keeping("jq -c . /srv/shop/log/app.json", jq_out, 3.5, *jq_keeps)
    stage.run_keeping(f"grep -c {surname} /srv/shop/log/app.json", grep_out, 0.0)
    stage.mark("done")
    stage.pause(6.0)


SCENE = SceneSpec(
    name="log_tail",
    description="An xterm on a web server reading its logs: `tail` of nginx's access log (client IPs, "
    "request lines with '?email=<e-mail>&ref=...' and one '%40'-encoded, '/users/<login>/avatar', statuses, "
    "referrers, long user agents; each line wraps), `journalctl -u ssh` (accepted and failed passwords "
    "naming logins and addresses, an invalid user's guessed name, pam_unix's session lines), `jq -c` of an "
    "app's JSON log (user e-mail, ip, a +44 phone, a customer's name as fields) and `grep -c <surname>`. "
    "Names from en_IN, en_IE and en_GB.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=70411,
    crf=26,
)
