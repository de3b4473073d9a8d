"""An API client (Postman-like) in the browser: a customer record as pretty-printed JSON.

Why this screen: developers and second-line support query their own APIs while connected. The
response is JSON: camelCase keys are the labels (`firstName`, `dateOfBirth`, `postcode`,
`iban`, `lastLoginIp`), values are quoted and syntax-coloured, nested objects are indented, and
an `Authorization: Bearer ...` header and an API key sit in the request's headers table.
The response pane is scrolled.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:13px;background:#fff;color:#212121;overflow:hidden}
.top{height:44px;background:#f2f2f2;border-bottom:1px solid #ddd;display:flex;align-items:center;
gap:18px;padding:0 14px}
.req{display:flex;gap:8px;margin:12px 14px}
.req .m{background:#fff;border:1px solid #ccc;padding:7px 12px;color:#0b8a00;font-weight:700}
.req .u{flex:1;border:1px solid #ccc;padding:7px 10px;font-family:monospace}
.req .s{background:#ff6c37;color:#fff;padding:7px 20px}
.tabs{display:flex;gap:18px;margin:0 14px;border-bottom:1px solid #ddd}.tabs div{padding:7px 0}
.tabs .on{border-bottom:2px solid #ff6c37}
table{margin:6px 14px;border-collapse:collapse;width:640px}
td{border:1px solid #e0e0e0;padding:5px 8px;font-family:monospace}
.resp{position:absolute;left:0;right:0;top:250px;bottom:0;border-top:1px solid #ddd}
.rbar{display:flex;gap:18px;padding:8px 14px;color:#555}.rbar b{color:#0b8a00}
pre{margin:0;padding:6px 14px;font:13px/1.55 'DejaVu Sans Mono',monospace;height:400px;overflow:auto}
.k{color:#a31515}.v{color:#0451a5}.n{color:#098658}
"""


def _highlight(obj: object, indent: int = 0) -> str:
    """JSON pretty-printed as an API client shows it: keys and strings in their colours."""
    pad = "  " * indent
    if isinstance(obj, dict):
        items = [
            f'{pad}  <span class="k">"{esc(k)}"</span>: {_highlight(v, indent + 1).lstrip()}' for k, v in obj.items()
        ]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(obj, str):
        return f'{pad}<span class="v">{esc(json.dumps(obj))}</span>'
    return f'{pad}<span class="n">{esc(json.dumps(obj))}</span>'


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    name = fakes.person(fake)
    first, last = name.split(" ", 1)
    stage.pii(first, "PERSON", note="a first name under a firstName key")
    stage.pii(last, "PERSON", note="a surname under a lastName key")
    email = stage.pii(fakes.email_for(name, "gmail.com", rng), "EMAIL_ADDRESS")
    phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER")
    dob = stage.pii(fake.date_of_birth(minimum_age=20, maximum_age=75).isoformat(), "DATE_OF_BIRTH")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    bank = fakes.uk_bank(fake)
    iban = stage.pii(bank.iban, "IBAN_CODE")
    ip = stage.pii(fakes.ipv4(rng), "IP_ADDRESS")
    token = stage.pii("eyJhbGciOiJIUzI1NiJ9." + fakes.token(rng, 36) + "." + fakes.token(rng, 22), "SECRET")
    api_key = stage.pii("sk_live_" + fakes.token(rng, 24), "SECRET")
    record = {
        "id": 48213,
        "firstName": first,
        "lastName": last,
        "email": email,
        "phone": phone,
        "dateOfBirth": dob,
        "address": {"line1": street, "city": town, "postcode": postcode, "country": "GB"},
        "billing": {"iban": iban, "currency": "GBP", "plan": "family"},
        "lastLoginIp": ip,
        "marketingOptIn": False,
        "createdAt": "2024-03-11T09:41:22Z",
    }
    body = f"""<div class="top"><b>API Client</b><span>Workspaces</span><span>Collections</span>
<span>History</span></div>
<div class="req"><span class="m">GET</span><span class="u">https://api.example-shop.co.uk/v2/customers/48213</span>
<span class="s">Send</span></div>
<div class="tabs"><div>Params</div><div>Authorization</div><div class="on">Headers (3)</div><div>Body</div></div>
<table><tr><td>Authorization</td><td>Bearer {esc(token[:40])}</td></tr>
<tr><td>X-Api-Key</td><td>{esc(api_key)}</td></tr>
<tr><td>Accept</td><td>application/json</td></tr></table>
<div class="resp"><div class="rbar">Body Cookies Headers (9) <b>200 OK</b> 182 ms 1.2 KB</div>
<pre id="out">{_highlight(record)}</pre></div>"""
    stage.pii(token[:40], "SECRET", note="the token as the headers table shows it, cut")
    stage.page("client/index.html", doc("API Client - customers/48213", CSS, body))
    stage.keep("Workspaces", "Collections", "Params", "Authorization", "Accept", "application/json", "200 OK")
    stage.keep('"marketingOptIn"', '"createdAt"', '"currency"', '"GBP"')
    chrome = stage.chrome("http://client.example.com/client/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    desk.move(*chrome.point("#out"))
    desk.scroll(2, pause=0.35)
    stage.mark("response_scrolled")
    stage.pause(3.0)
    desk.scroll(3, pause=0.35)
    stage.pause(3.0)
    desk.scroll(-5, pause=0.3)
    stage.pause(2.5)


SCENE = SceneSpec(
    name="api_client",
    description="A Postman-like API client in Chromium: a GET of one customer, a headers table with a bearer "
    "token and an API key, and the JSON response pretty-printed and syntax-coloured (camelCase keys: "
    "firstName, lastName, email, phone, dateOfBirth, address.line1/city/postcode, billing.iban, "
    "lastLoginIp); the response pane scrolls down and back.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=20.0,
    seed=55821,
    crf=24,
)
