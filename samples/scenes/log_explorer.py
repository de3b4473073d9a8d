"""A log explorer's "Discover" page (Kibana / Grafana-Loki-like), seen by an on-call engineer.

Why this screen: support engineers share their log explorer while they chase a customer's error.
Logs are meant to be technical, and mostly are (levels, service names, latencies, request paths),
but applications log their users: the field sidebar lists the top five values of `user.email`,
`client.ip` and `user.name` with their shares, the events table's message column holds JSON lines
and `key=value` lines carrying e-mail addresses, client IPs, logins, phone numbers, a card's last
four digits and a full card number logged by mistake, and one event expanded into its field/value
table uses dotted field paths as captions (`user.full_name`, `customer.billing.postcode`). Names
from en_GB / en_US lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Loveday", "Jago", "Morwenna", "Sulien", "Kerensa", "Osian", "Demelza"]
RARE_LAST = ["Trevaskis", "Nankivell", "Chenoweth", "Angove", "Jelbert", "Vosper"]

CSS = """
body{font-size:12.5px;background:#fafbfd;color:#343741;overflow:hidden}
.top{height:38px;background:#25282f;color:#dfe5ef;display:flex;align-items:center;padding:0 14px;gap:18px}
.top b{font-size:15px;color:#fff}.top .sp{margin-left:auto;font-size:12px;color:#a2abba}
.qbar{display:flex;gap:8px;align-items:center;padding:7px 12px;background:#fff;border-bottom:1px solid #d3dae6}
.qbar .ix{border:1px solid #d3dae6;border-radius:4px;padding:4px 8px;background:#f1f4fa;font-weight:700}
.qbar input{flex:1;font:12.5px 'Liberation Mono',monospace;border:1px solid #c9d1de;border-radius:4px;padding:5px 8px}
.qbar .time{border:1px solid #d3dae6;border-radius:4px;padding:4px 8px}
.qbar .btn{background:#0b64dd;color:#fff;border-radius:4px;padding:5px 12px;font-weight:700}
.wrap{display:grid;grid-template-columns:246px 1fr;height:560px}
.side{border-right:1px solid #d3dae6;background:#fff;padding:6px 8px;overflow:hidden}
.side h4{margin:6px 0 4px;font-size:11px;color:#69707d;text-transform:uppercase;letter-spacing:.3px}
.fld{padding:3px 4px;font-family:'Liberation Mono',monospace;font-size:12px}
.fld i{display:inline-block;width:14px;color:#6a717d;font-style:normal}
.top5{margin:1px 0 5px 16px;font-size:11.5px}
.top5 div{display:flex;justify-content:space-between;padding:1px 0;border-bottom:1px dotted #e3e8f0}
.top5 span.p{color:#54b399;font-weight:700;margin-left:6px}
.main{overflow:auto;padding:6px 12px}
.hist{height:78px;display:flex;align-items:flex-end;gap:3px;border-bottom:1px solid #c9d1de;padding:0 4px}
.hist div{flex:1;background:#54b399}.hist div.e{background:#e7664c}
.axis{display:flex;justify-content:space-between;font-size:11px;color:#69707d;padding:2px 4px 6px}
.hits{font-weight:700;margin:2px 0 6px}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:12px;color:#343741;padding:5px 6px;border-bottom:1px solid #c9d1de}
td{padding:5px 6px;border-bottom:1px solid #eef1f7;vertical-align:top}
td.t{white-space:nowrap;width:186px}td.x{width:18px;color:#0b64dd;cursor:pointer}
td.m{font-family:'Liberation Mono',monospace;font-size:12px;word-break:break-all}
.lv{display:inline-block;border-radius:3px;padding:0 4px;color:#fff;font-size:11px;margin-right:4px}
.lv.info{background:#6092c0}.lv.warn{background:#d6bf57}.lv.error{background:#e7664c}.lv.debug{background:#98a2b3}
.doc{display:none}.doc.on{display:table-row}
.doc td{background:#f5f7fa}
.kv{width:100%;margin:4px 0}.kv td{padding:3px 6px;border-bottom:1px solid #e3e8f0}
.kv td.k{font-family:'Liberation Mono',monospace;width:250px;color:#343741}
.kv td.v{font-family:'Liberation Mono',monospace}
.tabs span{display:inline-block;padding:3px 10px;border-bottom:2px solid transparent}.tabs span.on{border-color:#0b64dd}
"""


def _lv(level: str) -> str:
    return f"<span class='lv {level}'>{level}</span>"


def play(stage: Stage) -> None:
    rng, gb, us = stage.rng, stage.fake("en_GB"), stage.fake("en_US")
    rf, rl = rng.sample(RARE_FIRST, 3), rng.sample(RARE_LAST, 3)
    people = [
        f"{rf[0]} {rl[0]}",
        f"{gb.first_name()} {gb.last_name()}",
        f"{us.first_name()} {us.last_name()}",
        f"{rf[1]} {rl[1]}",
        f"{gb.first_name()} {rl[2]}",
    ]
    domains = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"]
    emails = [stage.pii(fakes.email_for(p, d, rng), "EMAIL_ADDRESS") for p, d in zip(people, domains, strict=True)]
    logins = [stage.pii(fakes.initial_login(p), "USERNAME") for p in people]
    ips = [stage.pii(fakes.ipv4(rng), "IP_ADDRESS") for _ in range(5)]
    shares = ["31.4%", "18.2%", "12.9%", "7.5%", "4.1%"]

    def top5(values: list[str]) -> str:
        return (
            "<div class=top5>"
            + "".join(
                f"<div><span>{esc(v)}</span><span class=p>{s}</span></div>" for v, s in zip(values, shares, strict=True)
            )
            + "</div>"
        )

    side = (
        "<h4>Selected fields</h4><div class=fld><i>t</i>message</div>"
        "<h4>Available fields</h4>"
        "<div class=fld><i>@</i>@timestamp</div><div class=fld><i>k</i>client.ip</div>"
        + top5(ips)
        + "<div class=fld><i>k</i>event.duration</div><div class=fld><i>k</i>log.level</div>"
        "<div class=fld><i>k</i>service.name</div><div class=fld><i>k</i>user.email</div>"
        + top5(emails)
        + "<div class=fld><i>k</i>user.name</div>"
        + top5(logins)
        + "<div class=fld><i>k</i>url.path</div>"
    )

    phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="in a key=value log line")
    card = stage.pii(us.credit_card_number(card_type="visa16"), "CREDIT_CARD", note="logged by mistake")
    last4 = stage.pii(f"{rng.randint(1000, 9999)}", "ACCOUNT_NUMBER", scored=False, note="a card's last four")
    cust = stage.pii(people[3], "PERSON", note="customer in a JSON log line")
    full = stage.pii(people[0], "PERSON", note="user.full_name of the expanded event")
    street = stage.pii(fakes.street(gb), "ADDRESS", note="customer.billing.line1")
    town = stage.pii(gb.city(), "LOCATION", note="customer.billing.city")
    pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="customer.billing.postcode")
    dphone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="customer.phone")
    stage.pii(people[1], "PERSON", note="in a key=value log line")

    events = [
        (
            "Dec 6, 2026 @ 11:42:07.318",
            "info",
            f'{{"service":"checkout-api","msg":"order placed","order_id":"ORD-88412","user":{{"email":"{emails[0]}",'
            f'"id":48213}},"client_ip":"{ips[0]}","latency_ms":182}}',
        ),
        (
            "Dec 6, 2026 @ 11:42:06.904",
            "warn",
            f'service=auth-svc msg="login failed" user={logins[2]} email={emails[2]} ip={ips[1]} attempts=3 mfa=false',
        ),
        (
            "Dec 6, 2026 @ 11:42:05.771",
            "info",
            f'service=notify-sms msg="otp sent" to="{phone}" template=login_code provider=twilio latency_ms=96',
        ),
        (
            "Dec 6, 2026 @ 11:42:05.102",
            "error",
            f'{{"service":"payments","msg":"card declined","code":"do_not_honor","card_last4":"{last4}",'
            f'"customer":"{cust}","amount":"49.99 GBP"}}',
        ),
        (
            "Dec 6, 2026 @ 11:42:04.660",
            "debug",
            f'service=payments msg="charge request" card_number={card} exp=09/28 amount=49.99 currency=GBP',
        ),
        (
            "Dec 6, 2026 @ 11:42:03.215",
            "info",
            'service=search-api msg="GET /api/v2/products?page=2&sort=price" status=200 latency_ms=41',
        ),
        (
            "Dec 6, 2026 @ 11:42:02.987",
            "info",
            f'service=profile-api msg="address updated" user="{people[1]}" user_id=51190 ip={ips[2]} fields=3',
        ),
        ("Dec 6, 2026 @ 11:42:01.433", "info", 'service=gateway msg="health check ok" upstreams=12 latency_ms=3'),
    ]
    expanded = [
        ("@timestamp", "Dec 6, 2026 @ 11:42:02.987"),
        ("service.name", "profile-api"),
        ("log.level", "info"),
        ("user.full_name", full),
        ("user.email", emails[0]),
        ("client.ip", ips[2]),
        ("customer.billing.line1", street),
        ("customer.billing.city", town),
        ("customer.billing.postcode", pc),
        ("customer.phone", dphone),
        ("url.path", "/api/v2/profile/address"),
        ("event.duration", "118 ms"),
    ]
    kv = "".join(f"<tr><td class=k>{esc(k)}</td><td class=v>{esc(v)}</td></tr>" for k, v in expanded)
    rows = ""
    for k, (t, lv, msg) in enumerate(events):
        rows += f"<tr><td class=x id=x{k}>&#9656;</td><td class=t>{t}</td><td class=m>{_lv(lv)}{esc(msg)}</td></tr>"
        if k == 6:
            rows += (
                "<tr class=doc id=doc6><td></td><td colspan=2><div class=tabs><span class=on>Table</span>"
                f"<span>JSON</span></div><table class=kv>{kv}</table></td></tr>"
            )
    heights = [22, 30, 26, 41, 35, 28, 52, 61, 44, 38, 29, 33, 47, 70, 36, 31, 27, 40, 58, 45, 30, 26, 34, 39]
    hist = "".join(f"<div style='height:{h}px'{' class=e' if h > 55 else ''}></div>" for h in heights)
    axis = "".join(f"<span>11:{m:02d}</span>" for m in range(28, 44, 2))
    body = f"""<div class=top><b>Logscope</b><span>Discover</span><span>Dashboards</span><span>Alerts</span>
<span class=sp>prod-eu-west · on-call</span></div>
<div class=qbar><span class=ix>logs-prod-*</span><input id=q value='service.name : "profile-api"'>
<span class=time>Last 15 minutes</span><span class=btn>Refresh</span></div>
<div class=wrap><div class=side>{side}</div><div class=main id=main><div class=hits>1,284 hits</div>
<div class=hist>{hist}</div><div class=axis>{axis}</div>
<table><tr><th></th><th>@timestamp</th><th>message</th></tr>{rows}</table></div></div>"""
    script = (
        "document.getElementById('x6').addEventListener('click',()=>{document.getElementById('doc6')"
        ".classList.toggle('on');});"
    )
    stage.page("app/discover/index.html", doc("Discover - Logscope", CSS, body, script))
    stage.keep("Logscope", "logs-prod-*", "Last 15 minutes", "1,284 hits", "Available fields", "event.duration")
    stage.keep('service=search-api msg="GET /api/v2/products?page=2&sort=price" status=200 latency_ms=41')
    stage.keep('service=gateway msg="health check ok" upstreams=12 latency_ms=3', "Dec 6, 2026 @ 11:42:03.215")
    chrome = stage.chrome("http://logscope.internal.example/app/discover/#/?_g=(time:(from:now-15m))", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(7.0)
    stage.click(*chrome.point("#q"))
    desk.key("ctrl+a")
    desk.type("level : error or service.name : payments", typo_rate=0.0, delay_ms=45)
    desk.key("Return")
    stage.mark("query typed")
    stage.pause(3.0)
    stage.click(*chrome.point("#x6"))
    stage.mark("event expanded")
    stage.keep("customer.billing.postcode", "user.full_name", "/api/v2/profile/address", "118 ms")
    stage.pause(7.0)
    x, y = chrome.point("#main")
    desk.move(x, y + 120)
    desk.scroll(4)
    stage.mark("scrolled")
    stage.pause(8.0)
    desk.scroll(-4)
    stage.mark("back to top")
    stage.pause(6.0)


SCENE = SceneSpec(
    name="log_explorer",
    description="A log explorer's Discover page (Kibana/Loki-like) in Chromium: a time histogram; a field sidebar "
    "with the top five values and shares of client.ip, user.email and user.name; an events table (timestamp, "
    "message) whose JSON and key=value lines carry e-mails, client IPs, logins, a +44 phone, a card's last four and "
    "a full card number logged by mistake, beside innocent lines (levels, services, latencies, request paths); a "
    "query typed; one event expanded into a field/value table under dotted field paths (user.full_name, "
    "customer.billing.line1/city/postcode, customer.phone); scrolled down and back (en_GB, en_US and rare names).",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=41101,
    crf=24,
)
