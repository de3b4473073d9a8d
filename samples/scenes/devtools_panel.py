"""A customer account page with a DevTools-like panel docked at the bottom: network, storage, console.

Why this screen: "my profile page will not save" has a technician open the browser's developer
tools on the customer's account page. The panel is docked under the page with a splitter between
them; its text is small monospace and sans (11-12 px) in dense rows. The Network tab lists the
page's requests (name, status, type, initiator, size, time); the selected request's Headers show
the request URL, a `cookie:` header with a session id and an `authorization: Bearer <JWT>` line;
its Preview shows the JSON response as a tree (`name:`, `email:`, `phone:`, `dob:`, an `address`
object with `line1`, `city`, `postcode`). The technician drags the splitter up, opens
Application > Local Storage (a key/value table: a `user` object as JSON and an `access_token`),
then the Console, where a `console.log(user)` printed the object. Names from en_GB and a rare one.
"""

from __future__ import annotations

import json
import random

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = ("Siobhán", "Wetherall-Adeyemi")

CSS = """
body{overflow:hidden;font-size:13px;background:#fff}
#app{position:absolute;left:0;right:0;top:0;height:var(--split,380px);overflow:auto;background:#f6f7fb}
.nav{height:46px;background:#123d5c;color:#fff;display:flex;align-items:center;gap:20px;padding:0 18px}
.nav b{font-size:16px}.nav span{opacity:.85}
.card{background:#fff;border:1px solid #e2e5ec;border-radius:6px;margin:14px 18px;padding:14px 18px;max-width:760px}
.card h2{margin:0 0 10px;font-size:16px}.grid{display:grid;grid-template-columns:150px 1fr;gap:7px 12px}
.grid span{color:#5d6576}
#sp{position:absolute;left:0;right:0;top:var(--split,380px);height:5px;background:#cbcdd1;cursor:row-resize;z-index:3}
#dt{position:absolute;left:0;right:0;bottom:0;top:calc(var(--split,380px) + 5px);background:#fff;font-size:11.5px;
color:#1f1f1f;font-family:'Liberation Sans',Arial,sans-serif}
.tabs{display:flex;background:#f1f3f4;border-bottom:1px solid #cbcdd1;height:27px;align-items:stretch}
.tabs div{padding:6px 11px;cursor:pointer;color:#474747}.tabs div.on{color:#1a73e8;border-bottom:2px solid #1a73e8}
.pane{position:absolute;left:0;right:0;top:28px;bottom:0;display:none}.pane.on{display:block}
.fb{height:25px;border-bottom:1px solid #e0e0e0;display:flex;gap:10px;align-items:center;padding:0 8px;color:#5f6368}
.fb input{width:160px;font-size:11px;border:1px solid #ccc;padding:1px 4px}
#nl{position:absolute;left:0;top:26px;bottom:0;width:380px;overflow:auto;border-right:1px solid #cbcdd1}
#nl table{border-collapse:collapse;width:100%}#nl th{background:#f1f3f4;font-weight:400;text-align:left;
padding:3px 5px;
border-right:1px solid #ddd;color:#474747}#nl td{padding:3px 5px;white-space:nowrap;border-right:1px solid #eee}
#nl tr:nth-child(even) td{background:#f5f7fa}#nl tr.sel td{background:#d2e3fc}
#nd{position:absolute;left:381px;right:0;top:26px;bottom:0}
.st{display:flex;border-bottom:1px solid #cbcdd1;height:24px}.st div{padding:5px 10px;cursor:pointer}
.st div.on{border-bottom:2px solid #1a73e8}
.sb{position:absolute;top:25px;left:0;right:0;bottom:0;overflow:auto;padding:4px 10px;display:none}
.sb.on{display:block}
.sec{font-weight:700;margin:6px 0 3px}.kv{font-family:'DejaVu Sans Mono',monospace;font-size:11px;line-height:1.55;
white-space:nowrap}.k{color:#881280}.s{color:#c41a16}.n{color:#1c00cf}.kv .h{color:#5f6368}
.tree{font-family:'DejaVu Sans Mono',monospace;font-size:11px;line-height:1.6;white-space:nowrap}
.tree div{padding-left:14px}
#side{position:absolute;left:0;top:0;bottom:0;width:220px;border-right:1px solid #cbcdd1;padding:6px 0;overflow:auto}
#side div{padding:3px 10px;white-space:nowrap}#side .g{font-weight:700;color:#474747;margin-top:6px}
#side .sel{background:#d2e3fc}
#ls{position:absolute;left:221px;right:0;top:0;bottom:0;overflow:auto}
#ls table{border-collapse:collapse;width:100%;table-layout:fixed}#ls th{background:#f1f3f4;font-weight:400;
text-align:left;padding:3px 6px;border-right:1px solid #ddd}#ls td{padding:3px 6px;border-right:1px solid #eee;
font-family:'DejaVu Sans Mono',monospace;font-size:11px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#ls tr.sel td{background:#d2e3fc}#lv{border-top:1px solid #cbcdd1;padding:6px 8px}
#con{padding:4px 8px;font-family:'DejaVu Sans Mono',monospace;font-size:11px;line-height:1.6;overflow:auto;
position:absolute;inset:0}
#con .ln{border-bottom:1px solid #f0f0f0;padding:1px 0;white-space:nowrap}#con .w{background:#fffbe5;color:#5c3c00}
#con .src{float:right;color:#5f6368;text-decoration:underline}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
function tab(t) {
  for (const el of document.querySelectorAll('.tabs div')) el.classList.toggle('on', el.dataset.t === t);
  for (const el of document.querySelectorAll('.pane')) el.classList.toggle('on', el.id === 'p-' + t);
}
for (const el of document.querySelectorAll('.tabs div')) el.addEventListener('click', () => tab(el.dataset.t));
for (const el of document.querySelectorAll('.st div')) el.addEventListener('click', () => {
  for (const x of document.querySelectorAll('.st div')) x.classList.toggle('on', x === el);
  for (const x of document.querySelectorAll('.sb')) x.classList.toggle('on', x.id === 'sb-' + el.dataset.s);
});
let drag = false;
$('sp').addEventListener('mousedown', e => { drag = true; e.preventDefault(); });
addEventListener('mousemove', e => {
  if (drag) document.body.style.setProperty('--split', Math.max(120, Math.min(600, e.clientY)) + 'px');
});
addEventListener('mouseup', () => { drag = false; });
for (const el of document.querySelectorAll('#ls tr[data-k]')) el.addEventListener('click', () => {
  for (const x of document.querySelectorAll('#ls tr')) x.classList.toggle('sel', x === el);
  $('lv').textContent = el.children[1].textContent;
});
"""


def _jwt(rng: random.Random) -> str:
    """A JSON Web Token's three base64url parts, the way an API hands them out."""
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    head = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
    return f"{head}.eyJ{fakes.token(rng, 58, alpha)}.{fakes.token(rng, 43, alpha)}"


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    name = stage.pii(f"{RARE[0]} {RARE[1]}", "PERSON", note="the signed-in customer (a rare name)")
    first, last = RARE
    email = stage.pii(fakes.email_for(name, "btinternet.com", rng), "EMAIL_ADDRESS")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    dob_d = gb.date_of_birth(minimum_age=25, maximum_age=70)
    dob_iso = stage.pii(dob_d.strftime("%Y-%m-%d"), "DATE_OF_BIRTH", note="'dob' in JSON")
    dob_uk = stage.pii(dob_d.strftime("%d/%m/%Y"), "DATE_OF_BIRTH", note="the page's card")
    street = stage.pii(fakes.street(gb), "ADDRESS")
    town = stage.pii(gb.city(), "LOCATION")
    pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    cid = rng.randint(1000000, 9999999)
    token = stage.pii(_jwt(rng), "SECRET", note="Authorization: Bearer, and Local Storage access_token")
    sid = stage.pii(fakes.token(rng, 32, "0123456789abcdef"), "SECRET", note="the session cookie's value")
    csrf = fakes.token(rng, 24)
    user_json = json.dumps({"id": cid, "name": name, "email": email, "tier": "gold"}, separators=(",", ":"))
    stage.pii(user_json, "SECRET", scored=False, note="Local Storage 'user' value (its parts are scored)")
    # the page itself
    app = f"""<div class="nav"><b>Brightwell Energy</b><span>My account</span><span>Bills</span>
<span>Meter readings</span>
<span>Help</span><span style="margin-left:auto">Signed in as {esc(first)}</span></div>
<div class="card"><h2>Your details</h2><div class="grid"><span>Name</span><b>{esc(name)}</b>
<span>Email</span><b>{esc(email)}</b><span>Mobile</span><b>{esc(phone)}</b><span>Date of birth</span>
<b>{esc(dob_uk)}</b>
<span>Supply address</span><b>{esc(street)}, {esc(town)} {esc(pc)}</b></div>
<p style="color:#a12"><b>We couldn't save your changes.</b> Please try again later.</p></div>
<div class="card"><h2>Tariff</h2><div class="grid"><span>Plan</span><b>Fixed Saver 12M</b><span>Ends</span>
<b>31 March 2027</b></div></div>"""
    reqs = [
        ("statement", 200, "document", "Other", "14.2 kB", "182 ms"),
        ("main.7c21f0.js", 200, "script", "statement", "221 kB", "95 ms"),
        ("styles.3a9e.css", 200, "stylesheet", "statement", "38.4 kB", "61 ms"),
        (f"profile?customer={cid}", 200, "fetch", "main.7c21f0.js:2", "1.1 kB", "243 ms"),
        ("tariffs/current", 200, "fetch", "main.7c21f0.js:2", "812 B", "129 ms"),
        ("profile", 500, "fetch", "main.7c21f0.js:2", "214 B", "1.02 s"),
        ("collect?v=2&tid=G-41X", 204, "ping", "gtag.js:88", "0 B", "44 ms"),
        ("logo.svg", 200, "svg+xml", "statement", "3.9 kB", "12 ms"),
    ]
    sel = 3
    trs = "".join(
        f"<tr{' class=sel' if k == sel else ''}><td>{esc(n)}</td><td>{s}</td><td>{t}</td><td>{esc(i)}</td>"
        f"<td>{z}</td><td>{ms}</td></tr>"
        for k, (n, s, t, i, z, ms) in enumerate(reqs)
    )
    url = f"https://api.brightwell.example/v2/profile?customer={cid}"
    headers = f"""<div class="sec">&#9662; General</div><div class="kv">
<span class="h">Request URL:</span> {esc(url)}<br>
<span class="h">Request Method:</span> GET<br><span class="h">Status Code:</span> 200 OK<br>
<span class="h">Remote Address:</span> 104.18.22.61:443<br><span class="h">Referrer Policy:</span>
strict-origin-when-cross-origin</div>
<div class="sec">&#9662; Request Headers</div><div class="kv"><span class="h">accept:</span> application/json<br>
<span class="h">accept-language:</span> en-GB,en;q=0.9<br>
<span class="h">authorization:</span> Bearer {esc(token)}<br>
<span class="h">cookie:</span> bw_sid={esc(sid)}; consent=analytics%3D0; bw_csrf={esc(csrf)}<br>
<span class="h">sec-fetch-mode:</span> cors<br>
<span class="h">user-agent:</span> Mozilla/5.0 (X11;
 Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0</div>"""

    def q(v: str) -> str:
        return f'<span class="s">"{esc(v)}"</span>'

    tree = f"""<div class="tree">&#9662; {{customer: {{...}}, meta: {{...}}}}<div>&#9662; customer: {{id: {cid}, ...}}
<div><span class="k">id</span>: <span class="n">{cid}</span></div>
<div><span class="k">name</span>: {q(name)}</div><div><span class="k">email</span>: {q(email)}</div>
<div><span class="k">phone</span>: {q(phone)}</div><div><span class="k">dob</span>: {q(dob_iso)}</div>
<div>&#9662; <span class="k">address</span>: {{line1: "...", ...}}<div><span class="k">line1</span>: {q(street)}</div>
<div><span class="k">city</span>: {q(town)}</div><div><span class="k">postcode</span>: {q(pc)}</div>
<div><span class="k">country</span>: {q("GB")}</div></div>
<div><span class="k">marketing_opt_in</span>: <span class="n">false</span></div></div>
<div>&#9656; meta: {{request_id: "r-8f2e19", version: "2.14.0"}}</div></div>"""
    ls_rows = [
        ("user", user_json),
        ("access_token", token),
        ("theme", "light"),
        ("cookie_consent", '{"analytics":false,"ts":1765012339}'),
        ("last_seen_banner", "winter-tariff-2026"),
    ]
    ls = "".join(
        f'<tr data-k="{k}"{" class=sel" if k == 0 else ""}><td style="width:160px">{esc(a)}</td>'
        + f"<td>{esc(b)}</td></tr>"
        for k, (a, b) in enumerate(ls_rows)
    )
    con = f"""<div class="ln w">&#9888;
 [Deprecation] Listener added for a synchronous 'DOMNodeInserted' DOM Mutation Event.
<span class="src">main.7c21f0.js:1</span></div>
<div class="ln">user loaded <span class="src">main.7c21f0.js:2</span></div>
<div class="ln">&#9662; {{id: <span class="n">{cid}</span>, name: {q(name)}, email: {q(email)}, tier: {q("gold")}}}
<span class="src">main.7c21f0.js:2</span></div>
<div class="ln" style="padding-left:16px"><span class="k">email</span>: {q(email)}</div>
<div class="ln" style="padding-left:16px"><span class="k">id</span>: <span class="n">{cid}</span></div>
<div class="ln" style="padding-left:16px"><span class="k">name</span>: {q(name)}</div>
<div class="ln" style="padding-left:16px"><span class="k">tier</span>: {q("gold")}</div>
<div class="ln" style="color:#c41a16;background:#fff0f0">&#10006; PUT https://api.brightwell.example/v2/profile 500
(Internal Server Error) <span class="src">main.7c21f0.js:2</span></div>
<div class="ln">&gt; <span style="color:#1a73e8">|</span></div>"""
    body = f"""<div id="app">{app}</div><div id="sp"></div>
<div id="dt"><div class="tabs"><div data-t="el">Elements</div><div data-t="con">Console</div>
<div data-t="src">Sources</div>
<div data-t="net" class="on">Network</div><div data-t="perf">Performance</div><div data-t="mem">Memory</div>
<div data-t="app">Application</div><div data-t="sec">Security</div><div data-t="lh">Lighthouse</div></div>
<div class="pane on" id="p-net"><div class="fb"><input placeholder="Filter"> <span>Invert</span> <span>All</span>
<span>Fetch/XHR</span><span>Doc</span><span>CSS</span><span>JS</span><span>Img</span><span>Media</span>
<span>WS</span></div>
<div id="nl"><table><tr><th>Name</th><th>Status</th><th>Type</th><th>Initiator</th><th>Size</th><th>Time</th>
</tr>{trs}
</table></div><div id="nd"><div class="st"><div data-s="h" class="on">Headers</div><div data-s="pl">Payload</div>
<div data-s="pv">Preview</div><div data-s="r">Response</div><div data-s="t">Timing</div></div>
<div class="sb on" id="sb-h">{headers}</div><div class="sb" id="sb-pv">{tree}</div>
<div class="sb" id="sb-pl"><div class="kv"><span class="h">customer:</span> {cid}</div></div></div></div>
<div class="pane" id="p-app"><div id="side"><div class="g">Application</div><div>Manifest</div>
<div>Service workers</div>
<div class="g">Storage</div><div>&#9662; Local storage</div><div class="sel">&nbsp;&nbsp;
https://my.brightwell.example</div>
<div>&#9656; Session storage</div><div>IndexedDB</div><div>&#9656; Cookies</div>
<div class="g">Background services</div>
<div>Back/forward cache</div></div><div id="ls"><div class="fb"><input placeholder="Filter"></div><table>
<tr><th style="width:160px">Key</th><th>Value</th></tr>{ls}</table><div id="lv" class="kv"></div></div></div>
<div class="pane" id="p-con"><div id="con">{con}</div></div></div>"""
    stage.page("account/profile.html", doc("My account | Brightwell Energy", CSS, body, SCRIPT))
    stage.keep("Network", "Headers", "Request Method", "Fetch/XHR", "Your details", "Fixed Saver 12M")
    chrome = stage.chrome("http://my.brightwell.example/account/profile.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    stage.click(*chrome.point("#sb-h", 0, 0.5, 0.9))
    desk.scroll(2)
    stage.pause(3.0)
    stage.click(*chrome.point('.st div[data-s="pv"]'))
    stage.mark("preview tree")
    stage.keep("Preview", "marketing_opt_in")
    stage.pause(5.0)
    sx, sy = chrome.point("#sp", 0, 0.3)
    stage.drag(sx, sy, sx, sy - 170)
    stage.mark("splitter up")
    stage.pause(4.0)
    stage.click(*chrome.point('.tabs div[data-t="app"]'))
    stage.mark("local storage")
    stage.keep("Local storage", "Session storage", "last_seen_banner")
    stage.pause(3.0)
    stage.click(*chrome.point('#ls tr[data-k="1"]'))
    stage.pause(3.0)
    stage.click(*chrome.point('#ls tr[data-k="0"]'))
    stage.pause(4.0)
    stage.click(*chrome.point('.tabs div[data-t="con"]'))
    stage.mark("console")
    stage.keep("Internal Server Error")
    desk.move(1100, 200)
    stage.pause(6.0)


SCENE = SceneSpec(
    name="devtools_panel",
    description="An energy supplier's account page in Chromium with a DevTools-like panel docked under it (small "
    "monospace and sans text): Network's request list and the selected request's Headers (a bw_sid cookie, "
    "'authorization: Bearer <JWT>'), its Preview as a JSON tree (name, email, phone, dob, address line1, city, "
    "postcode); the splitter dragged up; Application > Local storage (a 'user' JSON object, an access_token); the "
    "Console with a logged user object. en_GB and a rare name.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=41302,
    crf=24,
)
