"""A JWT debugger page (jwt.io-like): an ID token pasted in, decoded into its header and payload.

Why this screen: "users are logged out right after signing in" has a developer paste the app's
ID token into a JWT debugger while support watches. The page (self-contained, no network) has a
dark top bar with the algorithm picker, then two columns: left "Encoded", the token in a box of
monospace text coloured in its three parts (header red, payload purple, signature blue) and
wrapped anywhere at the box's edge; right "Decoded": "HEADER: ALGORITHM & TOKEN TYPE" and
"PAYLOAD: DATA" as pretty-printed JSON (an OpenID Connect ID token's claims: `"sub"`, `"name"`,
`"given_name"`, `"family_name"`, `"email"`, `"phone_number"`, an `"address"` object with
`"street_address"`, `"locality"`, `"postal_code"`, `"country"`, `"birthdate"`, `"iat"`/`"exp"`
with their dates in a tooltip-like comment), then "VERIFY SIGNATURE" with
`HMACSHA256(base64UrlEncode(header) + "." + base64UrlEncode(payload), <secret>)` where the
developer typed the app's signing secret into the field, and a "Signature Verified" badge. A
second token (another user's, RS256, with a `kid`) is pasted in, the decoded side redrawn, and
the page scrolled. The tokens are real encodings of the claims shown. en_US values and rare names.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Leocadia", "Emrys", "Zebulon", "Hyacinth"]
RARE_LAST = ["Vanterpool", "Quigley-Ashdown", "Oduya", "Marchbanks"]

CSS = """
body{font-size:14px;background:#fff;color:#2a2a2a;overflow-y:auto}
.top{background:#000;height:54px;display:flex;align-items:center;padding:0 40px;gap:30px;color:#fff}
.top b{font-size:22px;letter-spacing:1px}.top b i{color:#fb015b;font-style:normal}
.top span{font-size:13px;color:#ccc}.top .r{margin-left:auto}
.alg{display:flex;align-items:center;gap:10px;justify-content:center;margin:22px 0 10px;font-size:14px}
.alg select{font-size:14px;padding:4px 8px}
.cols{display:flex;gap:30px;max-width:1180px;margin:0 auto;padding:0 20px}
.col{flex:1}.col h2{font-size:22px;font-weight:400;margin:6px 0 2px}.col h2 small{font-size:12px;color:#888;
margin-left:8px;text-transform:uppercase}
.enc{border:1px solid #ddd;border-radius:3px;height:440px;padding:16px;font:15px/22px 'DejaVu Sans Mono',monospace;
word-break:break-all;white-space:pre-wrap;background:#fff}
.h{color:#fb015b}.p{color:#d63aff}.s{color:#00b9f1}.d{color:#000}
.box{border:1px solid #ddd;border-radius:3px;margin-bottom:10px}
.box .t{font-size:11px;letter-spacing:1px;padding:8px 14px;border-bottom:1px solid #ddd;color:#000}
.box .t em{font-style:normal;color:#888}
.box pre{margin:0;padding:10px 14px;font:13px/18px 'DejaVu Sans Mono',monospace;white-space:pre-wrap}
.hd pre{color:#fb015b}.pl pre{color:#d63aff}.vs pre{color:#00b9f1}
.vs input{font:13px 'DejaVu Sans Mono',monospace;border:1px solid #ccc;padding:3px 6px;width:300px;color:#00b9f1}
.ok{margin:14px auto 40px;text-align:center;font-size:20px;color:#00b9f1;font-weight:700}
.ok.bad{color:#fb015b}
.hide{display:none}
"""

SCRIPT = """
window.paste = i => {
  document.querySelectorAll('.tok').forEach((el, k) => el.classList.toggle('hide', k !== i));
  document.getElementById('ok').textContent = i === 0 ? 'Signature Verified' : 'Invalid Signature';
  document.getElementById('ok').classList.toggle('bad', i !== 0);
};
"""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _encode(header: dict[str, Any], payload: dict[str, Any], key: bytes) -> tuple[str, str, str]:
    h = _b64(json.dumps(header, separators=(",", ":")).encode())
    p = _b64(json.dumps(payload, separators=(",", ":")).encode())
    sig = _b64(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest())
    return h, p, sig


def _claims(stage: Stage, rng_name: str, email_domain: str, iat: int) -> dict[str, Any]:
    us, rng = stage.fake("en_US"), stage.rng
    given, family = rng_name.split(" ", 1)
    city, state = rng.choice(fakes.US_CITIES)
    claims = {
        "iss": "https://login.tallyhub.example/",
        "sub": f"auth0|{fakes.token(rng, 24, '0123456789abcdef')}",
        "aud": "7fQ2xLk9RmN4vB1cZ8sD",
        "iat": iat,
        "exp": iat + 3600,
        "name": stage.pii(rng_name, "PERSON", note="the decoded payload's name claim"),
        "given_name": given,
        "family_name": stage.pii(family, "PERSON", note="a family_name claim alone"),
        "email": stage.pii(fakes.email_for(rng_name, email_domain, rng), "EMAIL_ADDRESS"),
        "email_verified": True,
        "phone_number": stage.pii(
            f"+1{rng.randint(201, 989)}{rng.randint(201, 989)}{rng.randint(1000, 9999)}", "PHONE_NUMBER"
        ),
        "address": {
            "street_address": stage.pii(us.street_address(), "ADDRESS"),
            "locality": stage.pii(city, "LOCATION"),
            "region": state,
            "postal_code": stage.pii(us.postcode(), "ZIP_CODE", scored=False, note="a 5-digit ZIP"),
            "country": "US",
        },
        "birthdate": stage.pii(us.date_of_birth(minimum_age=20, maximum_age=75).strftime("%Y-%m-%d"), "DATE_OF_BIRTH"),
        "nonce": fakes.token(stage.rng, 16),
    }
    stage.pii(given, "PERSON", scored=False, note="a given_name claim alone")
    return claims


def _view(h: dict[str, Any], claims: dict[str, Any], parts: tuple[str, str, str], secret: str, hidden: bool) -> str:
    enc = (
        f"<span class=h>{parts[0]}</span><span class=d>.</span><span class=p>{parts[1]}</span>"
        f"<span class=d>.</span><span class=s>{parts[2]}</span>"
    )
    verify = (
        'HMACSHA256(\n  base64UrlEncode(header) + "." +\n  base64UrlEncode(payload),\n  '
        f"</pre><pre style='padding-top:0'>  <input value='{esc(secret)}' spellcheck=false>\n"
        ") &#9744; secret base64 encoded"
        if h["alg"] == "HS256"
        else 'RSASHA256(\n  base64UrlEncode(header) + "." +\n  base64UrlEncode(payload),\n'
        "  Public Key in SPKI, PKCS #1, X.509 Certificate, or JWK string format.\n)"
    )
    cls = "tok cols hide" if hidden else "tok cols"
    return f"""<div class="{cls}"><div class=col><h2>Encoded<small>paste a token here</small></h2>
<div class=enc contenteditable=true spellcheck=false>{enc}</div></div>
<div class=col><h2>Decoded<small>edit the payload and secret</small></h2>
<div class="box hd"><div class=t>HEADER: <em>ALGORITHM &amp; TOKEN TYPE</em></div>
<pre>{esc(json.dumps(h, indent=2))}</pre></div>
<div class="box pl"><div class=t>PAYLOAD: <em>DATA</em></div><pre>{esc(json.dumps(claims, indent=2))}</pre></div>
<div class="box vs"><div class=t>VERIFY SIGNATURE</div><pre>{verify}</pre></div></div></div>"""


def play(stage: Stage) -> None:
    rng = stage.rng
    us = stage.fake("en_US")
    secret = stage.pii(
        f"whsec-{fakes.token(rng, 8)}-{fakes.token(rng, 12)}", "SECRET", note="the signing secret typed into the field"
    )
    first = _claims(stage, f"{rng.choice(RARE_FIRST)} {us.last_name()}", "gmail.com", 1796371200)
    h1 = {"alg": "HS256", "typ": "JWT"}
    p1 = _encode(h1, first, secret.encode())
    token1 = stage.pii(".".join(p1), "SECRET", watch=False, note="the encoded token in coloured parts, wrapped")
    second = _claims(stage, f"{us.first_name()} {rng.choice(RARE_LAST)}", "outlook.com", 1796374800)
    h2 = {"alg": "RS256", "typ": "JWT", "kid": f"k{fakes.token(rng, 10)}"}
    p2 = _encode(h2, second, fakes.token(rng, 32).encode())
    p2 = (p2[0], p2[1], _b64(bytes(rng.randrange(256) for _ in range(256))))  # an RS256 signature's length
    token2 = stage.pii(".".join(p2), "SECRET", watch=False, note="the second token in coloured parts, wrapped")

    page = f"""<div class=top><b>JWT<i>.</i>debug</b><span>Debugger</span><span>Libraries</span>
<span>Introduction</span><span class=r>Crafted by Tallyhub</span></div>
<div class=alg>Algorithm <select><option>HS256</option><option>RS256</option></select></div>
{_view(h1, first, p1, secret, False)}{_view(h2, second, p2, secret, True)}
<div class=ok id=ok>Signature Verified</div><div style="height:200px"></div>"""
    stage.page("index.html", doc("JSON Web Tokens - jwt debugger", CSS, page, SCRIPT))
    stage.keep("ALGORITHM & TOKEN TYPE", "VERIFY SIGNATURE", "Algorithm", "Debugger", "Libraries")
    chrome = stage.chrome("http://jwt.debug.example/#debugger-io", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.shown(token1, "SECRET")  # three coloured spans: the watcher finds text within one node only
    stage.pause(4.0)
    x, y = chrome.point(".cols", 0, 0.75, 0.5)
    desk.move(x, y)
    desk.scroll(3, pause=0.2)
    stage.mark("payload")
    stage.pause(5.0)
    desk.scroll(3, pause=0.2)
    stage.mark("verify")
    stage.pause(4.0)
    desk.scroll(-6, pause=0.2)
    stage.pause(2.0)
    stage.click(*chrome.point(".enc", 0, 0.5, 0.3))
    desk.key("ctrl+a")
    chrome.cdp.js("paste(1)")  # the second token pasted over the first
    stage.pause(0.5)
    stage.shown(token2, "SECRET")
    stage.mark("second token")
    stage.pause(5.0)
    desk.move(x, y)
    desk.scroll(3, pause=0.2)
    stage.pause(5.0)
    desk.scroll(3, pause=0.2)
    stage.pause(3.0)
    desk.scroll(-6, pause=0.2)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="jwt_debugger",
    description="A JWT debugger page in Chromium (jwt.io-like, self-contained): dark top bar, the algorithm picker; "
    "left the encoded token in monospace coloured in its three parts and wrapped anywhere; right the decoded "
    "header and payload as pretty JSON (an ID token's claims: sub, name, given_name, family_name, email, "
    "phone_number, an address object with street_address, locality, postal_code, birthdate) and Verify Signature "
    "with the signing secret typed in its field; scrolled; a second user's RS256 token pasted in and the decoded "
    "side redrawn; scrolled again. Real encodings; en_US values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=44.0,
    seed=43163,
    crf=24,
)
