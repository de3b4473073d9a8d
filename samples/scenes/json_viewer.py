"""An API reply opened in Chromium's tab through a JSON viewer (a JSON Formatter-like page).

Why this screen: a developer or an integrator shares the raw reply of a customer API while
support debugs an integration. The viewer shows a collapsible tree: line numbers in a gutter,
"▾"/"▸" toggles, `key: value` rows indented by depth, an array of customers whose names are split
into `given` and `family` keys, e-mail, phone, date of birth, a nested `address` object (street,
city and postcode as separate keys), an IBAN, and the request's API key echoed in `meta`. One
customer is collapsed and opened again; then the "Raw" toggle shows the same reply minified, one
long line wrapped at the window's edge, so values break wherever the line does. Names from
en_GB / en_IE lists and ones common name lists miss.
"""

from __future__ import annotations

import json
from typing import Any

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_GIVEN = ["Eilir", "Ffion", "Osian", "Tamsin", "Perpetua", "Sulien"]
RARE_FAMILY = ["Pengelly", "Quiller", "Kitto", "Nancarrow", "Bolitho"]

CSS = """
body{font-size:13px;background:#fff;color:#1f2328;overflow:hidden}
.bar{height:34px;display:flex;align-items:center;gap:8px;padding:0 10px;background:#f6f8fa;
 border-bottom:1px solid #d0d7de}
.bar span{border:1px solid #d0d7de;border-radius:5px;padding:3px 10px;background:#fff;cursor:pointer}
.bar span.on{background:#0969da;color:#fff;border-color:#0969da}
.bar .st{margin-left:auto;border:none;background:none;color:#57606a}
#pretty{height:600px;overflow:auto;font:13px/19px 'Liberation Mono','DejaVu Sans Mono',monospace}
.ln{display:flex}.g{width:44px;text-align:right;padding-right:8px;color:#8c959f;background:#f6f8fa;
 border-right:1px solid #e4e8ec;flex:none;user-select:none}
.c{padding-left:8px;white-space:pre}
.t{color:#57606a;cursor:pointer;display:inline-block;width:14px}
.k{color:#0550ae}.s{color:#0a3069}.n{color:#953800}.b{color:#cf222e}.p{color:#57606a}
.hid{display:none}
#raw{display:none;padding:8px 10px;font:13px/19px 'Liberation Mono','DejaVu Sans Mono',monospace;word-break:break-all;
 white-space:pre-wrap}
"""

SCRIPT = """
function tog(id){const b=document.getElementById('blk'+id),t=document.getElementById('t'+id),
 e=document.getElementById('el'+id);const open=!b.classList.contains('hid');b.classList.toggle('hid',open);
 e.classList.toggle('hid',!open);t.textContent=open?'\\u25B8':'\\u25BE';}
function mode(m){document.getElementById('pretty').style.display=m==='raw'?'none':'block';
 document.getElementById('raw').style.display=m==='raw'?'block':'none';
 document.getElementById('braw').classList.toggle('on',m==='raw');
 document.getElementById('bpretty').classList.toggle('on',m!=='raw');}
"""


class _Tree:
    """Renders a JSON value as the viewer's lines: one div per line with its number, toggles on
    objects and arrays; each container's body is a block that a toggle hides."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.blocks = 0

    def line(self, depth: int, html: str) -> None:
        n = sum(1 for ln in self.lines if ln.startswith("<div class=ln>")) + 1
        self.lines.append(f"<div class=ln><span class=g>{n}</span><span class=c>{'  ' * depth}{html}</span></div>")

    @staticmethod
    def scalar(v: Any) -> str:
        if isinstance(v, str):
            return f"<span class=s>{esc(json.dumps(v, ensure_ascii=False))}</span>"
        if isinstance(v, bool) or v is None:
            return f"<span class=b>{json.dumps(v)}</span>"
        return f"<span class=n>{v}</span>"

    def value(self, depth: int, key: str | None, v: Any, last: bool) -> None:
        comma = "" if last else "<span class=p>,</span>"
        head = f"<span class=k>{esc(json.dumps(key))}</span><span class=p>: </span>" if key is not None else ""
        if isinstance(v, (dict, list)):
            open_, close = ("{", "}") if isinstance(v, dict) else ("[", "]")
            self.blocks += 1
            b = self.blocks
            size = f"{len(v)} {'keys' if isinstance(v, dict) else 'items'}"
            self.line(
                depth,
                f"<span class=t id=t{b} onclick='tog({b})'>&#9662;</span>{head}<span class=p>{open_}</span>"
                f"<span class='p hid' id=el{b}> &hellip; {close}{'' if last else ','} <i>{size}</i></span>",
            )
            self.lines.append(f"<div id=blk{b}>")
            items = list(v.items()) if isinstance(v, dict) else [(None, x) for x in v]
            for i, (k, x) in enumerate(items):
                self.value(depth + 1, k, x, i == len(items) - 1)
            self.line(depth, f"<span class=p>{close}</span>{comma}")
            self.lines.append("</div>")
        else:
            self.line(depth, f"<span class=t></span>{head}{self.scalar(v)}{comma}")


def play(stage: Stage) -> None:
    rng, gb, ie = stage.rng, stage.fake("en_GB"), stage.fake("en_IE")
    givens = [rng.choice(RARE_GIVEN), gb.first_name(), ie.first_name()]
    families = [gb.last_name(), rng.choice(RARE_FAMILY), ie.last_name()]
    customers = []
    for k, (g, f) in enumerate(zip(givens, families, strict=True)):
        stage.pii(g, "PERSON", note="a given name under a 'given' key")
        stage.pii(f, "PERSON", note="a family name under a 'family' key")
        bank = fakes.uk_bank(gb)
        customers.append(
            {
                "id": f"cus_{fakes.token(rng, 14)}",
                "object": "customer",
                "name": {"given": g, "family": f},
                "email": stage.pii(
                    fakes.email_for(f"{g} {f}", ["gmail.com", "outlook.com", "proton.me"][k], rng), "EMAIL_ADDRESS"
                ),
                "phone": stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER"),
                "date_of_birth": stage.pii(
                    gb.date_of_birth(minimum_age=19, maximum_age=80).isoformat(), "DATE_OF_BIRTH"
                ),
                "address": {
                    "street": stage.pii(fakes.street(gb), "ADDRESS"),
                    "city": stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION"),
                    "postcode": stage.pii(fakes.uk_postcode(gb), "ZIP_CODE"),
                    "country": "GB",
                },
                "iban": stage.pii(bank.iban, "IBAN_CODE"),
                "marketing_opt_in": k == 1,
                "status": "active",
                "created": 1764921600 + 86400 * rng.randint(1, 300),
            }
        )
    api_key = stage.pii("sk_live_" + fakes.token(rng, 28), "SECRET", note="the request's key echoed in meta")
    reply = {
        "object": "list",
        "data": customers,
        "has_more": True,
        "meta": {"request_id": "req_7Qw2ZkP1", "api_key": api_key, "api_version": "2026-10-01", "count": 3},
    }
    tree = _Tree()
    tree.value(0, None, reply, True)
    pretty = "".join(tree.lines)
    raw = json.dumps(reply, ensure_ascii=False, separators=(",", ":"))
    body = f"""<div class=bar><span id=bpretty class=on onclick="mode('pretty')">Pretty</span>
<span id=braw onclick="mode('raw')">Raw</span><span>Collapse all</span><span>Copy</span>
<span class=st>200 OK · application/json · 3.1 kB</span></div><div id=pretty>{pretty}</div>
<div id=raw>{esc(raw)}</div>"""
    stage.page("v1/customers/index.html", doc("api.shopkeep.example/v1/customers?limit=3", CSS, body, SCRIPT))
    stage.keep("Pretty", "Collapse all", "200 OK · application/json · 3.1 kB")
    chrome = stage.chrome("http://api.shopkeep.example/v1/customers/?limit=3&expand=address", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    x, y = chrome.point("#pretty")
    desk.move(x, y)
    desk.scroll(5, pause=0.25)
    stage.mark("scrolled to customer 2")
    stage.pause(5.0)
    for _ in range(4):  # the wheel until customer 2's toggle is on screen
        tx, ty = chrome.point("#t6")
        if 120 < ty < 640:
            break
        desk.move(x, y)
        desk.scroll(2 if ty >= 640 else -2, pause=0.25)
        stage.pause(0.5)
    stage.click(*chrome.point("#t6"))  # customer 2's object: collapsed
    stage.mark("collapsed")
    stage.pause(3.0)
    stage.click(*chrome.point("#t6"))
    stage.mark("expanded")
    stage.pause(2.0)
    desk.move(x, y)
    desk.scroll(6, pause=0.25)
    stage.mark("scrolled to the end")
    stage.pause(6.0)
    stage.click(*chrome.point("#braw"))
    stage.mark("raw")
    stage.pause(9.0)
    stage.click(*chrome.point("#bpretty"))
    stage.mark("pretty")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="json_viewer",
    description="An API reply in Chromium's JSON viewer: a collapsible tree (line numbers in a gutter, toggles, "
    "'key: value' rows indented by depth) of three customers whose names are split into 'given' and 'family' keys, "
    "with e-mail, +44 phone, ISO date of birth, a nested address object (street, city, postcode as separate keys), "
    "a compact IBAN, and the API key echoed in 'meta'; scrolled, one customer collapsed and opened, scrolled to the "
    "end; then the Raw view: the reply minified into one long line wrapped at the window's edge (values break "
    "anywhere); back to Pretty (en_GB, en_IE and rare names).",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=42.0,
    seed=41103,
    crf=24,
)
