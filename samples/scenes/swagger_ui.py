"""An OpenAPI docs page (Swagger-UI-like): an operation tried out with a customer's record.

Why this screen: "creating customers through your API fails with a 422" has a technician and the
customer's developer share the API's interactive docs. The page (self-contained, no network) has
the docs' dark top bar, the API's title and version badges, a servers list and an Authorize
button, then operations grouped under a tag: coloured method badges (GET, POST, PATCH, DELETE)
with their paths and summaries. One POST is expanded: "Try it out" turns the example request
body into an editable textarea, into which the developer pastes a real customer (name, e-mail,
phone, a nested address, date of birth as an ISO date); "Execute" prints the generated curl (a
dark block: `-H 'Authorization: Bearer <JWT>'`, the body after `-d` pretty-printed), the request
URL, and the server's response: the code, a response body (the created customer with an id) and
response headers (a `location:` with the new id, a request id). The technician scrolls down
through it. en_US values and a rare name.
"""

from __future__ import annotations

import json
import random

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = ("Thaddeus", "Okonkwo-Villalobos")

CSS = """
body{font-size:14px;color:#3b4151;background:#fff;overflow-y:auto}
.tb{background:#1b1b1b;height:56px;display:flex;align-items:center;padding:0 40px;gap:20px}
.tb b{color:#fff;font-size:20px;letter-spacing:.5px}.tb b i{color:#85ea2d;font-style:normal}
.tb .u{margin-left:auto;display:flex}.tb .u span{background:#fff;border:2px solid #62a03f;border-right:none;
border-radius:4px 0 0 4px;padding:6px 10px;width:420px;font-size:13px}
.tb .u em{background:#62a03f;color:#fff;font-style:normal;font-weight:700;padding:8px 22px;border-radius:0 4px 4px 0}
.w{max-width:1160px;margin:0 auto;padding:0 20px}
.info h1{font-size:34px;margin:26px 0 6px;color:#3b4151}.info h1 small{font-size:10px;background:#7d8492;color:#fff;
border-radius:57px;padding:2px 6px;vertical-align:super;margin-left:6px}.info h1 small.o{background:#89bf04}
.info a{color:#4990e2;font-size:13px}.info p{margin:12px 0 18px}
.sv{display:flex;align-items:end;justify-content:space-between;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.15);
padding:20px 0;margin-bottom:16px}
.sv label{font-weight:700;font-size:12px;display:block;margin-bottom:4px}
.sv select{font-size:14px;padding:5px 28px 5px 8px;
border:2px solid #41444e;border-radius:4px;font-weight:700}
.auth{border:2px solid #49cc90;color:#49cc90;border-radius:4px;padding:6px 22px;font-weight:700;background:#fff}
.tag{font-size:24px;border-bottom:1px solid rgba(59,65,81,.3);padding:10px 0;margin:10px 0 6px;display:flex;gap:12px;
align-items:center}.tag small{font-size:14px;font-weight:400}
.op{border:1px solid;border-radius:4px;margin:0 0 12px}.op .sm{display:flex;align-items:center;padding:5px;gap:10px}
.op .m{min-width:80px;text-align:center;color:#fff;font-weight:700;border-radius:3px;padding:6px 0;font-size:14px}
.op .p{font-family:'DejaVu Sans Mono',monospace;font-weight:700;font-size:15px;color:#3b4151}
.op .s{font-size:13px}
.get{background:rgba(97,175,254,.1);border-color:#61affe}.get .m{background:#61affe}
.post{background:rgba(73,204,144,.1);border-color:#49cc90}.post .m{background:#49cc90}
.patch{background:rgba(80,227,194,.1);border-color:#50e3c2}.patch .m{background:#50e3c2}
.del{background:rgba(249,62,62,.1);border-color:#f93e3e}.del .m{background:#f93e3e}
.body{border-top:1px solid #49cc90;padding:0}
.sec{display:flex;justify-content:space-between;align-items:center;background:hsla(0,0%,100%,.8);padding:8px 20px;
box-shadow:0 1px 2px rgba(0,0,0,.1);min-height:50px}
.sec h4{margin:0;font-size:14px}.sec .try{border:2px solid #888;border-radius:4px;padding:5px 23px;font-weight:700;
background:transparent;color:#3b4151}.sec .try.c{border-color:#ff6060;color:#ff6060}
.pad{padding:12px 20px}.req{color:#f93e3e;font-size:10px;vertical-align:super;margin-left:4px}
.ct{font-size:12px;font-weight:700;border:2px solid #41444e;border-radius:4px;padding:3px 8px;float:right}
pre.code,textarea{font-family:'DejaVu Sans Mono',monospace;font-size:12px;border-radius:4px}
pre.code{background:#333;color:#fff;padding:10px;margin:6px 0 10px;white-space:pre-wrap;word-break:break-all;
line-height:1.45}
textarea{width:100%;height:330px;border:1px solid #d9d9d9;padding:10px;background:#fff;color:#3b4151;line-height:1.45}
.ex{width:100%;background:#4990e2;color:#fff;border:none;border-radius:4px;padding:9px;font-weight:700;margin:10px 0}
.lbl{font-weight:700;font-size:13px;margin:12px 0 2px}
table.rs{width:100%;border-collapse:collapse;font-size:13px}table.rs th{text-align:left;border-bottom:1px solid #ccc;
padding:8px 0;font-size:12px}table.rs td{vertical-align:top;padding:8px 10px 8px 0}
.hide{display:none}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
$('try').addEventListener('click', () => {
  $('ex').classList.add('hide'); $('ta').classList.remove('hide'); $('exe').classList.remove('hide');
  $('try').textContent = 'Cancel'; $('try').classList.add('c');
});
window.paste = text => { $('ta').value = text; };
$('exe').addEventListener('click', () => { $('resp').classList.remove('hide'); });
"""


def _jwt(rng: random.Random) -> str:
    """A JSON Web Token's three base64url parts, the way an identity provider hands them out."""
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return f"eyJhbGciOiJSUzI1NiIsImtpZCI6Im{fakes.token(rng, 10, alpha)}In0.eyJ{fakes.token(rng, 64, alpha)}." + (
        fakes.token(rng, 43, alpha)
    )


def _op(cls: str, method: str, path: str, summary: str, inner: str = "") -> str:
    return (
        f"<div class='op {cls}'><div class=sm><span class=m>{method}</span><span class=p>{esc(path)}</span>"
        f"<span class=s>{esc(summary)}</span><span style='margin-left:auto'>&#128274; &#9662;</span></div>"
        f"{inner}</div>"
    )


def play(stage: Stage) -> None:
    us, rng = stage.fake("en_US"), stage.rng
    name = stage.pii(f"{RARE[0]} {RARE[1]}", "PERSON", note="the pasted body, the curl's -d, the response body")
    email = stage.pii(fakes.email_for(name, "fastmail.com", rng), "EMAIL_ADDRESS")
    phone = stage.pii(fakes.us_phone(rng), "PHONE_NUMBER")
    street = stage.pii(us.street_address(), "ADDRESS")
    city, state = rng.choice(fakes.US_CITIES)
    stage.pii(city, "LOCATION")
    zip5 = stage.pii(us.postcode(), "ZIP_CODE", scored=False, note="a 5-digit ZIP")
    dob = stage.pii(us.date_of_birth(minimum_age=22, maximum_age=70).strftime("%Y-%m-%d"), "DATE_OF_BIRTH")
    token = stage.pii(_jwt(rng), "SECRET", note="the curl's 'Authorization: Bearer' header")
    cid = f"cus_{fakes.token(rng, 14, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
    body = {
        "name": name,
        "email": email,
        "phone": phone,
        "address": {"line1": street, "city": city, "state": state, "postalCode": zip5, "country": "US"},
        "dateOfBirth": dob,
        "marketingOptIn": False,
    }
    example = {
        "name": "string",
        "email": "user@example.com",
        "phone": "string",
        "address": {"line1": "string", "city": "string", "state": "string", "postalCode": "string", "country": "US"},
        "dateOfBirth": "2026-12-06",
        "marketingOptIn": True,
    }
    pretty = json.dumps(body, indent=2)
    base = "https://api.ledgerly.example/v2"
    curl = (
        f"curl -X 'POST' \\\n  '{base}/customers' \\\n  -H 'accept: application/json' \\\n"
        f"  -H 'Authorization: Bearer {token}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{pretty}'"
    )
    created = {"id": cid, **body, "status": "active", "createdAt": "2026-12-08T10:41:07Z"}
    headers = (
        "content-type: application/json; charset=utf-8\n date: Tue, 08 Dec 2026 10:41:07 GMT\n"
        f" location: {base}/customers/{cid}\n ratelimit-remaining: 97\n"
        f" x-request-id: req_{fakes.token(rng, 20, '0123456789abcdef')}"
    )
    resp = f"""<div id="resp" class="hide"><div class="sec"><h4>Responses</h4></div><div class="pad">
<div class="lbl">Curl</div><pre class="code">{esc(curl)}</pre>
<div class="lbl">Request URL</div><pre class="code">{base}/customers</pre>
<div class="lbl">Server response</div><table class="rs"><tr><th style="width:80px">Code</th><th>Details</th></tr>
<tr><td>201</td><td><div class="lbl" style="margin-top:0">Response body</div>
<pre class="code">{esc(json.dumps(created, indent=2))}</pre>
<div class="lbl">Response headers</div><pre class="code">{esc(headers)}</pre></td></tr></table></div></div>"""
    inner = f"""<div class="body"><div class="sec"><h4>Parameters</h4><button class="try" id="try">Try it out</button>
</div><div class="pad">No parameters</div>
<div class="sec"><h4>Request body<span class="req">* required</span></h4><span class="ct">application/json</span></div>
<div class="pad"><pre class="code" id="ex">{esc(json.dumps(example, indent=2))}</pre>
<textarea id="ta" class="hide" spellcheck="false">{esc(json.dumps(example, indent=2))}</textarea>
<button class="ex hide" id="exe">Execute</button></div>{resp}</div>"""
    ops = (
        _op("get", "GET", "/customers", "List customers")
        + _op("post", "POST", "/customers", "Create a customer", inner)
        + _op("get", "GET", "/customers/{customerId}", "Retrieve a customer")
        + _op("patch", "PATCH", "/customers/{customerId}", "Update a customer")
        + _op("del", "DELETE", "/customers/{customerId}", "Delete a customer")
    )
    page = f"""<div class="tb"><b>{{<i>&#8226;</i>}} Swagger</b><div class="u"><span>/openapi.json</span>
<em>Explore</em></div></div>
<div class="w"><div class="info"><h1>Ledgerly Customer API<small>2.4.0</small><small class="o">OAS 3.0
</small></h1><a>/openapi.json</a><p>Create and manage the customers your invoices are sent to.</p></div>
<div class="sv"><div><label>Servers</label><select><option>{base} - Production</option></select></div>
<button class="auth">Authorize &#128275;</button></div>
<div class="tag">customers <small>Customer records</small></div>{ops}
<div class="tag">invoices <small>Invoices and credit notes</small></div>
{_op("get", "GET", "/invoices", "List invoices")}{_op("post", "POST", "/invoices", "Create an invoice")}
<div style="height:300px"></div></div>"""
    stage.page("docs/index.html", doc("Swagger UI", CSS, page, SCRIPT))
    stage.keep("Ledgerly Customer API", "Create a customer", "List customers", "Request body", "Authorize")
    chrome = stage.chrome("http://api.ledgerly.example/docs/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    desk.scroll(3, *chrome.point(".w", 0, 0.5, 0.1), pause=0.2)
    stage.pause(2.0)
    stage.click(*chrome.point("#try"))
    stage.mark("try it out")
    stage.pause(2.0)
    stage.click(*chrome.point("#ta", 0, 0.5, 0.3))
    desk.key("ctrl+a")
    chrome.cdp.js(f"paste({json.dumps(pretty)})")  # pasted from the customer's ticket
    stage.mark("body pasted")
    stage.pause(4.5)
    desk.scroll(4, pause=0.2)
    stage.pause(1.5)
    stage.click(*chrome.point("#exe"))
    stage.mark("execute")
    stage.keep("Response body", "Server response")
    stage.pause(1.0)
    for _ in range(3):
        desk.scroll(4, pause=0.2)
        stage.pause(4.0)
    desk.scroll(3, pause=0.2)
    stage.pause(4.0)
    desk.scroll(-6, pause=0.2)
    stage.pause(4.0)


SCENE = SceneSpec(
    name="swagger_ui",
    description="An API's interactive OpenAPI docs in Chromium (Swagger-UI-like, self-contained): dark top bar, "
    "title with version badges, servers and Authorize, operations with coloured method badges; POST /customers "
    "expanded, 'Try it out', a customer pasted into the request body's textarea (name, e-mail, phone, a nested "
    "address, ISO date of birth), 'Execute': the generated curl in a dark block with 'Authorization: Bearer "
    "<JWT>' and the body after -d, the request URL, the response code, body (the created customer) and headers "
    "(location with the new id); scrolled through. en_US values and a rare name.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=45.0,
    seed=42303,
    crf=24,
)
