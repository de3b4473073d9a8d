"""A sales CRM's dashboard: charts whose labels are people, a leaderboard, an activity feed.

Why this screen: a technician helping a sales manager lands on the CRM's home page, and what it
shows is charts, not forms or tables. A horizontal bar chart of the top accounts by revenue puts
each key contact's name left of its bar and the amount at the bar's end, with no header over the
names; a donut chart's legend lists the pipeline's owners (a coloured dot, the name, a share); a
leaderboard of avatars, names and amounts; an activity feed in small grey sentences naming the
rep and the customer ("<Rep> logged a call with <Customer>"). Hovering a bar pops a tooltip card
with the contact's e-mail and phone; a line chart carries a flag annotation naming a customer.
KPI cards, axis ticks and amounts around them are innocent. Names are of several cultures, some
not in common name lists.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Ngozika", "Eberechukwu"), ("Saoirse", "Mac Giolla Bhríde"), ("Teodoro", "Ibáñez-Urquiza")]
COLOURS = ["#4f46e5", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444"]

CSS = """
body{background:#f4f6fa;color:#1f2937;font-size:14px}
.top{height:54px;background:#fff;border-bottom:1px solid #e5e7eb;display:flex;align-items:center;gap:22px;
padding:0 22px}
.top b{font-size:18px;color:#4f46e5}.top span{color:#6b7280}
.grid{display:grid;grid-template-columns:1.25fr 1fr;gap:16px;padding:16px 22px}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:14px 16px;position:relative}
.card h3{margin:0 0 10px;font-size:15px}
.kpis{grid-column:1/3;display:grid;grid-template-columns:repeat(4,1fr);gap:16px}
.kpi .l{color:#6b7280;font-size:12.5px}.kpi .v{font-size:22px;font-weight:700;margin-top:4px}
.bar{display:flex;align-items:center;gap:10px;margin:9px 0;position:relative}
.bar .n{width:200px;text-align:right;font-size:13px;color:#374151}
.bar .b{height:16px;border-radius:4px;background:#6366f1}
.bar .a{font-size:12.5px;color:#6b7280}
.tip{display:none;position:absolute;left:215px;top:22px;z-index:5;background:#111827;color:#f9fafb;border-radius:8px;
padding:9px 12px;font-size:12.5px;line-height:1.6;box-shadow:0 8px 20px rgba(0,0,0,.25)}
.bar:hover .tip{display:block}.bar:hover .b{background:#4338ca}
.donut{display:flex;gap:22px;align-items:center}
.ring{width:130px;height:130px;border-radius:50%;flex:none}
.leg div{display:flex;align-items:center;gap:8px;margin:6px 0;font-size:13px}
.dot{width:10px;height:10px;border-radius:50%;flex:none}.pct{color:#6b7280}
.lb div{display:flex;align-items:center;gap:10px;padding:6px 0;border-bottom:1px solid #f3f4f6;font-size:13px}
.av{width:26px;height:26px;border-radius:50%;color:#fff;font-size:11px;font-weight:700;display:flex;align-items:center;
justify-content:center;flex:none}.amt{margin-left:auto;font-weight:600}
.feed div{padding:7px 0;border-bottom:1px solid #f3f4f6;font-size:12.5px;color:#6b7280}
.line{height:120px;border-left:1px solid #d1d5db;border-bottom:1px solid #d1d5db;position:relative;
margin:6px 0 6px 34px}
.flag{position:absolute;left:58%;top:8px;background:#fef3c7;border:1px solid #f59e0b;border-radius:5px;padding:3px 8px;
font-size:12px;color:#92400e}
.tick{position:absolute;font-size:11px;color:#9ca3af}
"""


def play(stage: Stage) -> None:
    gb, ie, es, ng, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.fake("es_ES"), stage.fake("en_US"), stage.rng
    contacts = []
    for i, fake in enumerate([gb, ie, es, ng, gb]):
        name = " ".join(RARE[i]) if i < len(RARE) and i % 2 == 0 else fakes.person(fake)
        contacts.append(stage.pii(name, "PERSON"))
    amounts = ["£86,400", "£71,250", "£64,900", "£52,300", "£47,800"]
    widths = [300, 248, 226, 182, 166]
    hovered = 1
    email = stage.pii(fakes.email_for(contacts[hovered], "harbourline.ie", rng), "EMAIL_ADDRESS", watch=False)
    phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", watch=False)
    tip = (
        f'<div class="tip">Key contact: {esc(contacts[hovered])}<br>{esc(email)}<br>{esc(phone)}<br>'
        "Renewal due 30 Jun</div>"
    )
    bars = "".join(
        f'<div class="bar" id="bar{k}"><div class="n">{esc(c)}</div><div class="b" style="width:{w}px"></div>'
        f'<div class="a">{a}</div>{tip if k == hovered else ""}</div>'
        for k, (c, a, w) in enumerate(zip(contacts, amounts, widths))
    )
    reps = [stage.pii(fakes.person(f), "PERSON") for f in (gb, ng, ie, es)]
    shares = [34, 27, 22, 17]
    stops, acc = [], 0
    for colour, share in zip(COLOURS, shares):
        stops.append(f"{colour} {acc}% {acc + share}%")
        acc += share
    legend = "".join(
        f'<div><span class="dot" style="background:{c}"></span>{esc(r)} <span class="pct">{s}%</span></div>'
        for c, r, s in zip(COLOURS, reps, shares)
    )
    board = "".join(
        f'<div><span class="av" style="background:{c}">{r[0]}{r.split()[-1][0]}</span>{esc(r)}'
        f'<span class="amt">{a}</span></div>'
        for c, r, a in zip(COLOURS, reps, ["£212,400", "£187,950", "£143,200", "£98,700"])
    )
    events = [
        f"{reps[0]} logged a call with {contacts[2]} · 10:42",
        f"{reps[1]} moved Harbourline renewal to Negotiation · 09:58",
        f"{reps[2]} sent a quote to {contacts[4]} · Yesterday",
        "Pipeline report exported by Sales Ops · Yesterday",
    ]
    feed = "".join(f"<div>{esc(e)}</div>" for e in events)
    flagged = stage.pii(fakes.person(gb), "PERSON")
    body = f"""<div class="top"><b>Pipewise</b><span>Dashboard</span><span>Deals</span><span>Contacts</span>
<span>Reports</span></div>
<div class="grid">
<div class="kpis"><div class="card kpi"><div class="l">Revenue this quarter</div><div class="v">£412,300</div></div>
<div class="card kpi"><div class="l">Open deals</div><div class="v">38</div></div>
<div class="card kpi"><div class="l">Win rate</div><div class="v">31%</div></div>
<div class="card kpi"><div class="l">Avg. deal size</div><div class="v">£10,850</div></div></div>
<div class="card"><h3>Top accounts by revenue</h3>{bars}</div>
<div class="card"><h3>Pipeline by owner</h3><div class="donut">
<div class="ring" style="background:conic-gradient({", ".join(stops)})"></div><div class="leg">{legend}</div></div>
<h3 style="margin-top:14px">Monthly bookings</h3><div class="line">
<span class="tick" style="left:-30px;top:0">120k</span><span class="tick" style="left:-24px;top:100px">0</span>
<span class="flag">Signed: {esc(flagged)}</span></div></div>
<div class="card"><h3>Leaderboard</h3><div class="lb">{board}</div></div>
<div class="card"><h3>Activity</h3><div class="feed">{feed}</div></div>
</div>"""
    stage.page("crm/dashboard.html", doc("Dashboard · Pipewise", CSS, body))
    stage.keep("Top accounts by revenue", "Pipeline by owner", "Revenue this quarter", "Monthly bookings")
    stage.keep("Leaderboard", "Pipeline report exported by Sales Ops", "Avg. deal size", static=True)
    chrome = stage.chrome("http://crm.pipewise.example/crm/dashboard.html", mode="maximized")
    stage.start()
    stage.pause(5.0)
    stage.mark("dashboard")
    x, y = chrome.point(f"#bar{hovered} .b")
    stage.desk.move(x, y, steps=6)
    stage.pause(0.5)
    stage.shown(email, "EMAIL_ADDRESS")
    stage.shown(phone, "PHONE_NUMBER")
    stage.mark("tooltip")
    stage.pause(6.0)
    stage.desk.move(x, y + 200, steps=6)
    stage.pause(2.0)
    for _ in range(3):  # scroll down: the leaderboard and the activity feed
        stage.desk.xdo("click", 5)
    stage.mark("scrolled")
    stage.pause(6.0)
    for _ in range(3):
        stage.desk.xdo("click", 4)
    stage.pause(4.0)


SCENE = SceneSpec(
    name="sales_dashboard",
    description="A sales CRM's dashboard in Chromium: a horizontal bar chart of top accounts with each key "
    "contact's name left of its bar (no header), a donut chart's legend of owners with shares, a leaderboard "
    "of avatars and names, an activity feed of small grey sentences naming reps and customers, a line chart "
    "flag naming a customer; hovering a bar pops a dark tooltip with the contact's e-mail and phone. KPI cards "
    "and amounts are innocent. Names of several cultures, some rare.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=50419,
    crf=24,
)
