"""Captured HTTP traffic in a terminal: `tcpdump -A` of a web shop's plain-HTTP requests, paged in less.

Why this screen: "sign-ups from the kiosk fail behind the proxy" has a network engineer capture
the kiosk's traffic and read it with support. `tcpdump -A -nn -r <capture> 'tcp port 80' | less`
(a canned text: no capture is replayed) prints, per packet, tcpdump's header line (time, the
addresses and ports, flags, sequence numbers, options and length, long enough to wrap), then the
packet as ASCII: a line of the IP and TCP headers' bytes as dots and stray letters, glued to the
HTTP request line; the headers (Host, User-Agent, `Cookie: sessionid=<token>; csrftoken=<token>`,
an admin API's `Authorization: Basic <base64 of user:password>`); and bodies: a URL-encoded form
(`email=<local>%40<domain>&phone=%2B44...&full_name=<Given>+<Family>&password=<pw>&postcode=...`),
the server's JSON response naming the same customer in plain text, and a multipart form
(`Content-Disposition: form-data; name="full_name"`, a blank line, the value line; date of birth,
address line, town, postcode, and a file part whose JPEG bytes print as dots). The pager is
paged down, searched (`/multipart`), paged back and sent to the end. en_GB values and rare names.
"""

from __future__ import annotations

import base64
import json
import random
from urllib.parse import quote, quote_plus

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "netops-02"
COLS = 120
ROWS = 42  # less shows ROWS - 1 lines above its prompt
RARE_FIRST = ["Wenonah", "Cadoc", "Ysolde", "Anwen"]
RARE_LAST = ["Tregenza", "Okafor-Lindqvist", "Mabbutt", "Ravenscroft"]
KIOSK, SHOP, ADMIN = "10.20.3.44", "10.20.0.15", "10.20.0.31"


def _noise(rng: random.Random, n: int) -> str:
    """Header bytes as tcpdump -A prints them: mostly dots, a few printable bytes."""
    return "".join(rng.choice("..........E@P.N..m9H!F,") for _ in range(n))


def _packet(rng: random.Random, t: str, src: str, dst: str, seq: int, payload: str) -> list[str]:
    """One TCP segment carrying `payload`: tcpdump's header line, the header bytes, the payload's lines."""
    size = len(payload.encode())
    sport = rng.randint(40000, 60999)
    head = (
        f"{t} IP {src}.{sport} > {dst}.80: Flags [P.], seq {seq}:{seq + size}, ack 1, win 502, options "
        f"[nop,nop,TS val {rng.randint(10**9, 4 * 10**9)} ecr {rng.randint(10**9, 4 * 10**9)}], length {size}"
    )
    body = payload.split("\n")
    return [head, _noise(rng, 20), _noise(rng, 12) + body[0], *body[1:]]


def _response(rng: random.Random, t: str, src: str, dst: str, payload: str) -> list[str]:
    size = len(payload.encode())
    port = rng.randint(40000, 60999)
    head = f"{t} IP {src}.80 > {dst}.{port}: Flags [P.], seq 1:{size + 1}, ack 688, win 509, length {size}"
    body = payload.split("\n")
    return [head, _noise(rng, 20), _noise(rng, 12) + body[0], *body[1:]]


def _rows(line: str) -> int:
    """How many terminal rows `less` uses for one line (it wraps at the last column)."""
    return max(1, -(-len(line) // COLS))


def play(stage: Stage) -> None:
    rng, gb = stage.rng, stage.fake("en_GB")
    alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
    # the kiosk's sign-up: a URL-encoded form, then the server's JSON reply
    given, family = gb.first_name(), rng.choice(RARE_LAST)
    name = f"{given} {family}"
    email = fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk"]), rng)
    mobile = fakes.uk_mobile_intl(rng).replace(" ", "")
    pw = fakes.password(rng, 13)
    postcode = fakes.uk_postcode(gb)
    session = fakes.token(rng, 32, alpha)
    form = (
        f"email={quote(email, safe='')}&phone={quote(mobile, safe='')}&full_name={quote_plus(name)}"
        f"&password={quote(pw, safe='')}&postcode={quote_plus(postcode)}&marketing=0"
    )
    stage.pii(quote(email, safe=""), "EMAIL_ADDRESS", watch=False, note="URL-encoded: '@' as %40")
    stage.pii(quote(mobile, safe=""), "PHONE_NUMBER", watch=False, note="URL-encoded: '+' as %2B")
    stage.pii(quote_plus(name), "PERSON", watch=False, note="URL-encoded: the space as '+'")
    stage.pii(quote(pw, safe=""), "PASSWORD", watch=False, note="a form field, URL-encoded")
    stage.pii(quote_plus(postcode), "ZIP_CODE", watch=False, note="URL-encoded: the space as '+'")
    stage.pii(session, "SECRET", watch=False, note="a session cookie")
    stage.pii(name, "PERSON", watch=False, note="the JSON response")
    stage.pii(email, "EMAIL_ADDRESS", watch=False, note="the JSON response")
    stage.pii(mobile, "PHONE_NUMBER", watch=False, note="the JSON response")
    stage.pii(postcode, "ZIP_CODE", watch=False, note="the JSON response")
    # an admin tool's request with HTTP Basic credentials
    admin_pw = fakes.password(rng, 12)
    basic = base64.b64encode(f"svc-kiosk:{admin_pw}".encode()).decode()
    stage.pii(basic, "SECRET", watch=False, note="Authorization: Basic <base64 of user:password>")
    # a profile update with a multipart form: another customer
    other = f"{rng.choice(RARE_FIRST)} {gb.last_name()}"
    dob = fakes.dob_uk(gb)
    street = fakes.street(gb)
    town = rng.choice(fakes.UK_CITIES)
    postcode2 = fakes.uk_postcode(gb)
    phone2 = fakes.uk_mobile(rng)
    session2 = fakes.token(rng, 32, alpha)
    for value, type_ in (
        (other, "PERSON"),
        (dob, "DATE_OF_BIRTH"),
        (street, "ADDRESS"),
        (town, "LOCATION"),
        (postcode2, "ZIP_CODE"),
        (phone2, "PHONE_NUMBER"),
        (session2, "SECRET"),
    ):
        stage.pii(value, type_, watch=False, note="a multipart form part's value line" if type_ != "SECRET" else None)

    csrf = fakes.token(rng, 24, alpha)
    ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
    post1 = (
        "POST /account/register HTTP/1.1\nHost: shop.kiosk.lan\n"
        f"User-Agent: {ua}\nAccept: text/html,application/json\n"
        f"Cookie: sessionid={session}; csrftoken={csrf}\n"
        f"Content-Type: application/x-www-form-urlencoded\nContent-Length: {len(form)}\n"
        f"X-CSRFToken: {csrf}\n\n{form}"
    )
    reply_json = json.dumps(
        {"id": 48213, "full_name": name, "email": email, "phone": mobile, "postcode": postcode, "status": "pending"},
        indent=2,
    )
    resp1 = (
        "HTTP/1.1 201 Created\nServer: nginx/1.24.0\nDate: Sun, 06 Dec 2026 10:41:07 GMT\n"
        f"Content-Type: application/json\nContent-Length: {len(reply_json)}\nConnection: keep-alive\n\n{reply_json}"
    )
    get2 = (
        "GET /admin/api/v1/kiosks/K-0142/health HTTP/1.1\nHost: admin.kiosk.lan\n"
        f"Authorization: Basic {basic}\nUser-Agent: curl/8.5.0\nAccept: */*\n"
    )
    boundary = "----WebKitFormBoundary" + fakes.token(rng, 16)
    parts = [("full_name", other), ("date_of_birth", dob), ("phone", phone2), ("address_line1", street)]
    parts += [("city", town), ("postcode", postcode2)]
    mp = "".join(f'--{boundary}\nContent-Disposition: form-data; name="{k}"\n\n{v}\n' for k, v in parts)
    mp += (
        f'--{boundary}\nContent-Disposition: form-data; name="proof"; filename="utility_bill.jpg"\n'
        f"Content-Type: image/jpeg\n\n......JFIF.............C....{_noise(rng, 60)}\n{_noise(rng, 90)}\n"
    )
    post3 = (
        "POST /account/profile HTTP/1.1\nHost: shop.kiosk.lan\n"
        f"User-Agent: {ua}\nCookie: sessionid={session2}; csrftoken={csrf}\n"
        f"Content-Type: multipart/form-data; boundary={boundary}\nContent-Length: 48127\n\n{mp}"
    )
    resp3 = "HTTP/1.1 302 Found\nServer: nginx/1.24.0\nLocation: /account/profile?saved=1\nContent-Length: 0\n"
    lines = ["reading from file kiosk-0142.pcap, link-type EN10MB (Ethernet), snapshot length 262144"]
    lines += _packet(rng, "10:41:07.218733", KIOSK, SHOP, 1, post1)
    lines += _response(rng, "10:41:07.264102", SHOP, KIOSK, resp1)
    lines += _packet(rng, "10:41:09.801377", KIOSK, ADMIN, 1, get2)
    lines += _response(rng, "10:41:09.803910", ADMIN, KIOSK, "HTTP/1.1 200 OK\nContent-Length: 2\n\nok")
    lines += _packet(rng, "10:43:52.090415", KIOSK, SHOP, 1, post3)
    lines += _response(rng, "10:43:52.311286", SHOP, KIOSK, resp3)
    text = "\n".join(lines) + "\n"

    page = ROWS - 1
    starts, row = [], 0
    for line in lines:
        starts.append(row)
        row += _rows(line)
    total_rows = row

    def stamp(top: int) -> None:
        top = max(0, min(top, total_rows - page))
        joined = "\n".join(ln for ln, s in zip(lines, starts) if s >= top and s + _rows(ln) <= top + page)
        stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in joined)

    def search_top(word: str, top: int) -> int:
        """less searches from the screen's second line and puts the match on the top line."""
        for line, s in zip(lines, starts):
            if s > top and word in line:
                return s
        return top

    files = {"capture.out": text}
    rc = (
        'export LANG=C.UTF-8 LESS= LESSHISTFILE=- HOME="$PWD"\n'
        'tcpdump() { command cat capture.out; }\nsudo() { "$@"; }\n'
        f"PS1='eng@{HOST}:~/captures$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    stage.xterm(f"eng@{HOST}: ~/captures", rc, files, geometry=f"{COLS}x{ROWS}+4+4", size=9)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    desk.type("sudo tcpdump -A -nn -r kiosk-0142.pcap 'tcp port 80' | less\n")
    stage.pause(1.2)
    stage.keep("Content-Type: application/x-www-form-urlencoded", "HTTP/1.1 201 Created", static=True)
    top = 0
    stamp(top)
    stage.mark("opened")
    stage.pause(5.0)
    desk.key("space")
    stage.pause(1.0)
    top = min(top + page, total_rows - page)
    stamp(top)
    stage.mark("page 2")
    stage.pause(5.0)
    desk.type("/multipart\n")
    stage.pause(1.2)
    top = min(search_top("multipart", top), total_rows - page)
    stamp(top)
    stage.mark("search")
    stage.pause(5.0)
    desk.key("b")
    stage.pause(1.0)
    top = max(0, top - page)
    stamp(top)
    stage.mark("back a page")
    stage.pause(4.0)
    desk.key("G")
    stage.pause(1.0)
    stamp(total_rows - page)
    stage.mark("end")
    stage.pause(4.0)
    desk.key("g")
    stage.pause(1.0)
    stage.mark("top")
    stage.pause(3.0)
    desk.key("q")
    stage.pause(0.5)


SCENE = SceneSpec(
    name="http_capture",
    description="An xterm of 120 columns paging `tcpdump -A -nn -r <capture> 'tcp port 80' | less` (canned text): "
    "tcpdump's header lines (wrapped), the header bytes as dots glued to the request line, HTTP headers (Cookie "
    "with a session id, Authorization: Basic <base64>), a URL-encoded sign-up form (e-mail with %40, phone with "
    "%2B44, full_name with '+', password, postcode), the JSON response naming the customer, and a multipart "
    'profile form (Content-Disposition: form-data; name="...", a blank line, the value: name, date of birth, '
    "phone, address line, town, postcode, a JPEG part as dots); paged, searched, paged back, sent to the end and "
    "to the top. en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=43162,
    crf=26,
)
