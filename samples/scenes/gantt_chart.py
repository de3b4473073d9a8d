"""A project timeline (Gantt chart) web app: a task grid, bars labelled with people, a hover card.

Why this screen: "the timeline shows the wrong owner on half the tasks" has a technician open a
customer's project plan in a Gantt web app. The left grid lists the tasks (Task | Assignee |
Start | End, 12 px); the right pane is a time axis of days under week headings, one bar per task.
Bars carry their assignee: the full name inside a long bar, the name cut by the bar's end in a
shorter one (the text is clipped where the bar ends, no ellipsis), initials in a short bar, or the
name beside the bar's right end as desktop planners print resources. Milestones are diamonds with
a caption. Hovering a bar shows a card with the task, the dates, the assignee's name, role, e-mail
and phone. The technician scrolls the timeline sideways (a wheel's horizontal buttons) and the
plan down, hovering three bars on the way. en_GB names and rare ones that name lists miss.
"""

from __future__ import annotations

import datetime as dt
import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Lowenna", "Tregunna-Ashby"), ("Kofi", "Ravenscroft-Appiah"), ("Isolde", "Marchbank")]
DAY_PX = 30
ROW_PX = 30
START = dt.date(2026, 11, 30)  # a Monday
TASKS = [
    ("Kick-off workshop", 0, 1),
    ("Survey current floor", 1, 4),
    ("Network audit", 2, 6),
    ("Furniture inventory", 3, 3),
    ("Space plan draft", 6, 7),
    ("Stakeholder review", 13, 2),
    ("Cabling quote", 8, 5),
    ("Desk booking rollout", 14, 9),
    ("Move comms plan", 10, 4),
    ("IT cutover rehearsal", 20, 3),
    ("Printer relocation", 16, 2),
    ("Access cards", 18, 6),
    ("Phase 2 move weekend", 26, 2),
    ("Snagging", 28, 5),
    ("Handover to facilities", 33, 3),
    ("Lessons learned", 36, 2),
    ("Archive old floor plans", 22, 4),
    ("Budget reconciliation", 30, 6),
    ("Wayfinding signage", 24, 5),
    ("Post-move survey", 35, 4),
]

CSS = """
body{overflow:hidden;font-size:12px;color:#1d2433;background:#fff}
.top{height:48px;display:flex;align-items:center;gap:16px;padding:0 16px;background:#27304a;color:#fff}
.top b{font-size:17px;letter-spacing:.3px}.top .p{font-size:14px;opacity:.9}
.top .v{margin-left:auto;display:flex;gap:4px}
.top .v span{padding:5px 10px;border-radius:4px;background:#39435f;font-size:12px}.top .v .on{background:#5b7cfa}
.bar2{height:38px;display:flex;align-items:center;gap:10px;padding:0 16px;border-bottom:1px solid #dde1ea;color:#4a5368}
.bar2 span{border:1px solid #cfd5e2;border-radius:4px;padding:4px 9px}
#wrap{position:absolute;top:86px;left:0;right:0;bottom:0;display:flex}
#grid{width:520px;flex:none;border-right:2px solid #cfd5e2;overflow:hidden;position:relative}
#tl{flex:1;overflow:auto;position:relative}
.gh,.th{position:sticky;top:0;z-index:3;background:#f5f7fb;height:44px;border-bottom:1px solid #cfd5e2}
.gh{display:grid;grid-template-columns:28px 178px 150px 80px 80px;align-items:end;padding-bottom:6px;font-weight:600;
color:#4a5368}
#gbody{position:absolute;top:44px;left:0;right:0}
.gr{display:grid;grid-template-columns:28px 178px 150px 80px 80px;height:30px;align-items:center;
border-bottom:1px solid #eef0f5;white-space:nowrap}
.gr span{overflow:hidden;text-overflow:ellipsis;padding-right:6px}
.gr .n{color:#8a93a8;text-align:right;padding-right:8px}
.th{width:max-content}
.wk{display:flex;height:22px}
.wk div{flex:none;border-left:1px solid #cfd5e2;padding:4px 6px;font-weight:600;color:#4a5368}
.dy{display:flex;height:22px}.dy div{flex:none;width:30px;text-align:center;border-left:1px solid #e3e6ee;color:#8a93a8;
font-size:10.5px;padding-top:4px}
.dy .we{background:#eef0f5}
#canvas{position:relative}
.row{position:absolute;left:0;height:30px;border-bottom:1px solid #eef0f5}
.b{position:absolute;height:20px;top:5px;border-radius:4px;color:#fff;font-size:11px;line-height:20px;padding:0 6px;
overflow:hidden;white-space:nowrap;cursor:pointer}
.b .pr{position:absolute;left:0;top:0;bottom:0;background:rgba(0,0,0,.18)}.b span{position:relative}
.side{position:absolute;top:5px;height:20px;line-height:20px;font-size:11px;color:#384157;white-space:nowrap}
.ms{position:absolute;width:14px;height:14px;top:8px;transform:rotate(45deg);background:#27304a}
.msl{position:absolute;top:7px;font-size:11px;font-weight:600;color:#27304a;white-space:nowrap}
.today{position:absolute;top:0;bottom:0;width:2px;background:#e5484d;z-index:2}
#card{position:fixed;display:none;width:300px;background:#fff;border:1px solid #cfd5e2;border-radius:8px;
box-shadow:0 8px 24px rgba(20,30,60,.25);padding:12px 14px;z-index:9;font-size:12.5px;line-height:1.5}
#card.on{display:block}#card h3{margin:0 0 4px;font-size:14px}#card .d{color:#5b647a;margin-bottom:8px}
#card .who{font-weight:600}#card .role{color:#5b647a}#card .k{color:#8a93a8;display:inline-block;width:48px}
"""

SCRIPT = """
const D = %s;
const $ = id => document.getElementById(id);
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const card = $('card');
for (const b of document.querySelectorAll('.b')) {
  b.addEventListener('mouseenter', () => {
    const t = D.tasks[+b.dataset.k], p = D.people[t.who], r = b.getBoundingClientRect();
    card.innerHTML = `<h3>${esc(t.name)}</h3><div class=d>${t.start} – ${t.end} · ${t.days} working days</div>` +
      `<div class=who>${esc(p.name)}</div><div class=role>${esc(p.role)}</div>` +
      `<div><span class=k>Email</span>${esc(p.email)}</div><div><span class=k>Phone</span>${esc(p.phone)}</div>`;
    const left = Math.min(innerWidth - 320, Math.max(530, r.left));
    card.style.left = left + 'px';
    card.style.top = (r.bottom + 8 + 170 < innerHeight ? r.bottom + 8 : r.top - 178) + 'px';
    card.classList.add('on');
  });
  b.addEventListener('mouseleave', () => card.classList.remove('on'));
}
$('tl').addEventListener('scroll', () => { $('gbody').style.top = (44 - $('tl').scrollTop) + 'px'; });
"""


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    names = [fakes.person(gb) for _ in range(5)] + [f"{a} {b}" for a, b in RARE]
    roles = [
        "Project manager",
        "Network engineer",
        "Facilities lead",
        "IT support",
        "Workplace designer",
        "Procurement",
        "Comms officer",
        "Office manager",
    ]
    people = []
    for k, n in enumerate(names):
        stage.pii(n, "PERSON", note="an assignee: grid cell, bar label (whole, cut or beside) and hover card")
        domain = "harbourline.example"
        email = stage.pii(fakes.email_for(n, domain, rng), "EMAIL_ADDRESS", note="in a bar's hover card")
        phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="in a bar's hover card")
        people.append({"name": n, "role": roles[k], "email": email, "phone": phone})
    colors = ["#5b7cfa", "#12a594", "#e5484d", "#f76b15", "#8e4ec6", "#0090ff", "#3e9b4f", "#d6409f"]

    def day(d: int) -> dt.date:
        return START + dt.timedelta(days=d)

    tasks, grid_rows, rows = [], [], []
    for k, (title, d0, length) in enumerate(TASKS):
        who = (k * 3) % len(people)
        name = people[who]["name"]
        first, last = name.split(" ", 1)
        s, e = day(d0), day(d0 + length - 1)
        tasks.append(
            {"name": title, "who": who, "start": s.strftime("%d %b"), "end": e.strftime("%d %b"), "days": length}
        )
        grid_rows.append(
            f"<div class=gr><span class=n>{k + 1}</span><span>{esc(title)}</span><span>{esc(name)}</span>"
            f"<span>{s.strftime('%d/%m/%y')}</span><span>{e.strftime('%d/%m/%y')}</span></div>"
        )
        x, w, c = d0 * DAY_PX, length * DAY_PX - 4, colors[who]
        pct = int(100 * max(0.0, min(1.0, (6 - d0) / length)))
        style = f"left:{x + 2}px;width:{w}px;background:{c}"
        if length >= 3:  # the whole name inside a long bar, cut by the end of a shorter one
            label = esc(name)
        elif length == 2:  # a short one: initials inside, the name beside it
            label = esc(first[0] + last[0])
        else:
            label = ""
        side = ""
        if length <= 2:
            side = f"<div class=side style='left:{x + w + 10}px'>{esc(name)}</div>"
        rows.append(
            f"<div class=row style='top:{k * ROW_PX}px;width:{40 * DAY_PX}px'>"
            f"<div class=b data-k={k} style='{style}'><div class=pr style='width:{pct}%'></div>"
            f"<span>{label}</span></div>{side}</div>"
        )
    ms = [(12, "Design sign-off"), (27, "Phase 2 live")]
    for d0, cap in ms:
        rows.append(
            f"<div class=row style='top:{len(TASKS) * ROW_PX}px'><div class=ms style='left:{d0 * DAY_PX + 8}px'></div>"
            f"<div class=msl style='left:{d0 * DAY_PX + 28}px'>{esc(cap)}</div></div>"
        )
    weeks = "".join(
        f"<div style='width:{7 * DAY_PX}px'>Week of {day(7 * w).strftime('%d %b %Y')}</div>" for w in range(6)
    )
    days = "".join(
        f"<div class='{'we' if day(d).weekday() >= 5 else ''}'>{day(d).strftime('%a')[0]}{day(d).day}</div>"
        for d in range(42)
    )
    height = (len(TASKS) + 2) * ROW_PX
    body = f"""<div class="top"><b>&#9638; Plotline</b><span class="p">Harbourline &rsaquo; Office move – Phase 2</span>
<div class="v"><span>Board</span><span>List</span><span class="on">Timeline</span><span>Workload</span></div></div>
<div class="bar2"><span>+ Add task</span><span>Group by: none</span><span>Zoom: Days</span><span>Filter</span>
<span style="margin-left:auto">Share</span></div>
<div id="wrap"><div id="grid"><div class="gh"><span></span><span>Task</span><span>Assignee</span><span>Start</span>
<span>End</span></div><div id="gbody">{"".join(grid_rows)}</div></div>
<div id="tl"><div class="th"><div class="wk">{weeks}</div><div class="dy">{days}</div></div>
<div id="canvas" style="width:{42 * DAY_PX}px;height:{height}px"><div class="today" style="left:{6 * DAY_PX}px">
</div>{"".join(rows)}</div></div></div><div id="card"></div>"""
    data = {"tasks": tasks, "people": people}
    stage.page("plans/office-move.html", doc("Office move – Phase 2 · Plotline", CSS, body, SCRIPT % json.dumps(data)))
    stage.keep("Assignee", "Timeline", "Workload", "Design sign-off", "Network audit", "Kick-off workshop")
    chrome = stage.chrome("http://app.plotline.example/plans/office-move.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)

    def hover(k: int, hold: float = 4.0) -> None:
        x, y = chrome.point(".b", k, 0.5, 0.5)
        desk.move(x, y, steps=6)
        stage.mark(f"hover bar {k + 1}")
        stage.pause(hold)

    hover(2)
    hover(4)
    tx, ty = chrome.point("#tl", 0, 0.6, 0.5)
    desk.move(tx, ty, steps=6)
    stage.pause(1.0)
    for _ in range(8):  # sideways: the wheel's horizontal buttons
        desk.xdo("click", 7)
        stage.pause(0.12)
    stage.mark("scrolled sideways")
    stage.pause(3.5)
    desk.scroll(4, pause=0.2)
    stage.mark("scrolled down")
    stage.pause(3.0)
    for k in (12, 17, 13):
        try:
            x, y = chrome.point(".b", k, 0.5, 0.5)
        except RuntimeError:
            continue
        if 540 < x < 1260 and 140 < y < 700:
            hover(k)
            break
    for _ in range(5):
        desk.xdo("click", 7)
        stage.pause(0.12)
    stage.pause(3.0)
    desk.move(tx, 110, steps=6)
    stage.pause(1.0)
    desk.move(tx, ty, steps=4)
    desk.scroll(-4, pause=0.2)
    for _ in range(13):
        desk.xdo("click", 6)
        stage.pause(0.1)
    stage.pause(4.0)


SCENE = SceneSpec(
    name="gantt_chart",
    description="A project timeline web app in Chromium: a left grid (Task | Assignee | Start | End, 12 px), a day "
    "axis under week headings with one bar per task carrying its assignee (the whole name inside a long bar, the "
    "name cut by a shorter bar's end, initials in a short bar with the name beside it), milestones, a today line; "
    "hover cards on bars (task, dates, assignee's name, role, e-mail, mobile); scrolled sideways and down. en_GB "
    "and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=45.0,
    seed=42301,
    crf=24,
)
