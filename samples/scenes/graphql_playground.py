"""A GraphQL explorer (GraphQL Playground-like, dark) querying a shop's customer by e-mail.

Why this screen: a developer or second-line support asks the shop's GraphQL API for a customer
while the customer waits. The page has three panes: the query (line numbers, a fragment, field
names in camelCase, no values), the QUERY VARIABLES pane under it with `{"email": "<address>"}`
typed key by key into it, and the result pane on the right: `{"data": {"customer": {...}}}` with
firstName/lastName, e-mail, phone, date of birth, a default shipping address object, and the
customer's last orders, each with its own shippingAddress whose `name` is the recipient (a gift to
someone else) and a line1/city/postcode. The result is scrolled; the HTTP HEADERS tab shows an
`Authorization: Bearer` token. Dark theme in small monospace type (light keys on navy).
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_GIVEN = ["Elowen", "Tudno", "Morwenna", "Caradoc", "Gwenllian"]
RARE_FAMILY = ["Nankivell", "Trembath", "Polglase", "Chenoweth"]

CSS = """
body{background:#0f202d;color:#c6cfd6;font-size:13px;overflow:hidden}
.tabs{height:34px;background:#0b1924;display:flex;align-items:flex-end;gap:2px;padding:0 8px}
.tabs div{padding:7px 16px;background:#172a3a;color:#8aa0b0;border-radius:3px 3px 0 0}
.tabs .on{background:#1f3344;color:#fff}
.url{height:40px;display:flex;align-items:center;gap:10px;padding:0 12px;background:#1f3344}
.url .in{flex:1;background:#0f202d;border-radius:3px;padding:6px 10px;color:#c6cfd6;
 font-family:'DejaVu Sans Mono',monospace}
.url .b{color:#8aa0b0;border:1px solid #3a5164;border-radius:3px;padding:4px 10px}
.main{position:absolute;top:74px;left:0;right:0;bottom:0;display:flex}
.left{width:47%;position:relative;background:#172a3a}
.code{font:12px/18px 'DejaVu Sans Mono','Liberation Mono',monospace;white-space:pre}
.ed{position:absolute;top:0;left:0;right:0;bottom:190px;overflow:hidden;padding-top:8px}
.ln{display:flex}.g{width:34px;text-align:right;padding-right:12px;color:#41576a;flex:none}
.kw{color:#2ab0c8}.fld{color:#e0e8ee}.arg{color:#f08fbe}.var{color:#dfa46b}.ty{color:#f6c86b}
.bot{position:absolute;left:0;right:0;bottom:0;height:190px;background:#0f202d;border-top:1px solid #2b4254}
.bt{display:flex;gap:20px;padding:8px 14px;font-size:11px;letter-spacing:1px;color:#6f8697}
.bt .on{color:#e0e8ee}
.pane{padding:2px 14px}
.play{position:absolute;left:calc(47% - 30px);top:96px;width:60px;height:60px;border-radius:50%;
 background:#e535ab;display:flex;align-items:center;justify-content:center;z-index:2;cursor:pointer}
.play:after{content:'';border-left:20px solid #fff;border-top:12px solid transparent;
 border-bottom:12px solid transparent;margin-left:6px}
.right{flex:1;background:#0f202d;position:relative}
#res{position:absolute;top:0;left:0;right:40px;bottom:0;overflow:auto;padding:10px 0 10px 40px}
.side{position:absolute;right:0;top:0;bottom:0;width:40px;background:#172a3a;display:flex;
 flex-direction:column;align-items:center;gap:60px;padding-top:40px;color:#8aa0b0;font-size:11px}
.side div{transform:rotate(90deg);letter-spacing:1px}
.k{color:#e0e8ee}.s{color:#6be2a6}.n{color:#dfa46b}.p{color:#8aa0b0}
.hid{display:none}
#spin{color:#6f8697;padding:40px}
"""

SCRIPT = """
function run(){document.getElementById('spin').classList.remove('hid');
 setTimeout(()=>{document.getElementById('spin').classList.add('hid');
 document.getElementById('out').classList.remove('hid');},700);}
function tab(t){for(const x of ['v','h']){document.getElementById('p'+x).classList.toggle('hid',x!==t);
 document.getElementById('t'+x).classList.toggle('on',x===t);}}
"""

QUERY = """query CustomerByEmail($email: String!) {
  customer(email: $email) {
    id
    firstName
    lastName
    email
    phone
    dateOfBirth
    defaultShippingAddress {
      ...Addr
    }
    orders(last: 3) {
      id
      placedAt
      total { amount currency }
      status
      shippingAddress {
        name
        ...Addr
      }
    }
  }
}

fragment Addr on Address {
  line1
  city
  postcode
  country
}"""


def _gql(line: str) -> str:
    """A query line coloured as the editor does: keywords, argument names, variables, types."""
    out = esc(line)
    for kw in ("query ", "fragment ", " on "):
        out = out.replace(kw, f"<span class=kw>{kw}</span>")
    out = out.replace("$email", "<span class=var>$email</span>")
    out = out.replace("String!", "<span class=ty>String!</span>").replace("Address", "<span class=ty>Address</span>")
    return out


def _json(obj: object, indent: int = 0) -> list[str]:
    pad = "  " * indent
    if isinstance(obj, dict):
        lines = [f"{pad}<span class=p>{{</span>"] if indent == 0 else []
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            comma = "<span class=p>,</span>" if i < len(items) - 1 else ""
            key = f'{pad}  <span class=k>"{esc(k)}"</span><span class=p>: </span>'
            if isinstance(v, dict):
                lines.append(f"{key}<span class=p>{{</span>")
                lines += _json(v, indent + 1)
                lines.append(f"{pad}  <span class=p>}}</span>{comma}")
            elif isinstance(v, list):
                lines.append(f"{key}<span class=p>[</span>")
                for j, x in enumerate(v):
                    lines.append(f"{pad}    <span class=p>{{</span>")
                    lines += _json(x, indent + 2)
                    sep = "<span class=p>,</span>" if j < len(v) - 1 else ""
                    lines.append(f"{pad}    <span class=p>}}</span>{sep}")
                lines.append(f"{pad}  <span class=p>]</span>{comma}")
            else:
                cls = "s" if isinstance(v, str) else "n"
                lines.append(f"{key}<span class={cls}>{esc(json.dumps(v, ensure_ascii=False))}</span>{comma}")
        if indent == 0:
            lines.append("<span class=p>}</span>")
        return lines
    raise TypeError(type(obj))


def play(stage: Stage) -> None:
    rng, gb, ie = stage.rng, stage.fake("en_GB"), stage.fake("en_IE")
    given, family = rng.choice(RARE_GIVEN), gb.last_name()
    stage.pii(given, "PERSON", note="a given name under firstName")
    stage.pii(family, "PERSON", note="a family name under lastName")
    email = stage.pii(fakes.email_for(f"{given} {family}", "gmail.com", rng), "EMAIL_ADDRESS")

    def address(name: str | None) -> dict[str, str]:
        a = {"name": name} if name else {}
        a |= {
            "line1": stage.pii(fakes.street(gb), "ADDRESS"),
            "city": stage.pii(rng.choice([c for c in fakes.UK_CITIES if " " not in c]), "LOCATION"),
            "postcode": stage.pii(fakes.uk_postcode(gb), "ZIP_CODE"),
            "country": "GB",
        }
        return a

    home = address(None)
    gift_to = stage.pii(f"{ie.first_name()} {rng.choice(RARE_FAMILY)}", "PERSON", note="a gift's recipient")
    orders = [
        {
            "id": f"ord_{fakes.token(rng, 10)}",
            "placedAt": "2026-11-2" + str(k) + "T1" + str(k) + ":04:11Z",
            "total": {"amount": f"{rng.randint(12, 240)}.{rng.randint(10, 99)}", "currency": "GBP"},
            "status": st,
            "shippingAddress": {"name": f"{given} {family}", **home} if k != 1 else address(gift_to),
        }
        for k, st in enumerate(["DELIVERED", "DISPATCHED", "PROCESSING"])
    ]
    stage.pii(f"{given} {family}", "PERSON", note="the recipient's name in shippingAddress.name")
    customer = {
        "id": f"gid://shop/Customer/{rng.randint(10**9, 10**10)}",
        "firstName": given,
        "lastName": family,
        "email": email,
        "phone": stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER"),
        "dateOfBirth": stage.pii(gb.date_of_birth(minimum_age=20, maximum_age=75).isoformat(), "DATE_OF_BIRTH"),
        "defaultShippingAddress": home,
        "orders": orders,
    }
    token = stage.pii("eyJhbGciOiJIUzI1NiJ9." + fakes.token(rng, 40), "SECRET", note="a bearer token in HTTP HEADERS")
    query_html = "".join(
        f"<div class=ln><span class=g>{i + 1}</span><span>{_gql(ln)}</span></div>"
        for i, ln in enumerate(QUERY.splitlines())
    )
    result_html = "".join(f"<div>{ln}</div>" for ln in _json({"data": {"customer": customer}}))
    body = f"""<div class=tabs><div class=on>CustomerByEmail</div><div>OrdersToday</div><div>+</div></div>
<div class=url><span class=b>PRETTIFY</span><span class=b>HISTORY</span>
<span class=in>https://api.loamandleaf.example/graphql</span><span class=b>COPY CURL</span></div>
<div class=main><div class=left><div class="ed code">{query_html}</div>
<div class=bot><div class=bt><span id=tv class=on onclick="tab('v')">QUERY VARIABLES</span>
<span id=th onclick="tab('h')">HTTP HEADERS</span></div>
<div class="pane code" id=pv>{{<br>  <span class=k>"email"</span><span class=p>: </span><span
class=s>"<span id=typed></span>"</span><br>}}</div>
<div class="pane code hid" id=ph>{{<br>  <span class=k>"Authorization"</span><span class=p>: </span><span
class=s>"Bearer {esc(token)}"</span><br>}}</div>
<input id=vin style="position:absolute;left:-2000px" oninput="document.getElementById('typed').textContent=this.value">
</div></div>
<div class=play onclick="run()"></div>
<div class=right><div id=res class=code><div id=spin class=hid>Loading...</div><div
id=out class=hid>{result_html}</div></div>
<div class=side><div>DOCS</div><div>SCHEMA</div></div></div></div>"""
    stage.page("graphql/index.html", doc("Playground - https://api.loamandleaf.example/graphql", CSS, body, SCRIPT))
    stage.keep("QUERY VARIABLES", "HTTP HEADERS", "PRETTIFY", "CustomerByEmail")
    chrome = stage.chrome("http://api.loamandleaf.example/graphql/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    stage.click(*chrome.point("#pv"))
    chrome.cdp.js("document.getElementById('vin').focus()")
    desk.type(email)
    stage.mark("email typed")
    stage.pause(1.5)
    stage.click(*chrome.point(".play"))
    stage.mark("run")
    stage.pause(6.0)
    x, y = chrome.point("#res")
    desk.move(x, y)
    desk.scroll(5, pause=0.3)
    stage.mark("result scrolled")
    stage.pause(5.0)
    desk.scroll(6, pause=0.3)
    stage.mark("result scrolled to orders")
    stage.pause(5.0)
    desk.scroll(8, pause=0.3)
    stage.mark("result at the end")
    stage.pause(4.0)
    stage.click(*chrome.point("#th"))
    stage.mark("http headers")
    stage.pause(4.0)
    stage.click(*chrome.point("#tv"))
    stage.pause(1.0)
    desk.move(x, y)
    desk.scroll(-12, pause=0.3)
    stage.mark("result back to the top")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="graphql_playground",
    description="A GraphQL explorer (Playground-like, dark theme): a query with line numbers and a fragment (camelCase "
    'fields, no values), the QUERY VARIABLES pane where {"email": "<address>"} is typed key by key, a round '
    "play button, and the result pane: data.customer with firstName/lastName, e-mail, +44 phone, ISO dateOfBirth, "
    "a defaultShippingAddress object (line1, city, postcode) and three orders whose shippingAddress carries the "
    "recipient's name (one a gift to someone else); the result scrolled to the end and back; the HTTP HEADERS tab "
    "with a bearer token (en_GB, en_IE and rare names).",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=42.0,
    seed=42389,
    crf=24,
)
