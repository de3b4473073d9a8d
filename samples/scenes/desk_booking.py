"""An office floor plan for hot-desk booking: people's names in small type inside desks, a side panel.

Why this screen: "I booked a desk but the plan shows someone else in it" has a technician open the
workplace app's floor plan. The plan is a drawing: rooms with labels ("Kestrel", "Kitchen",
"Quiet zone", "Lifts"), banks of desks as small rectangles with a desk code; a booked desk shows
its person in two lines of 9-10 px type (given name over family name), a free one "Free". Names
are drawn at odd places on the screen, rotated with nothing else on their lines, next to codes
and room labels. Clicking a desk opens the booking in a side panel (name, e-mail, mobile, team,
desk, date). The technician zooms the plan in (names grow, some desks leave the view) and out (the
names shrink to 7-8 px), selects two more desks and pans the plan. en_GB names and rare ones.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Morwenna", "Trevaskis-Oyelaran"), ("Cathal", "Ní Bhraonáin"), ("Yusra", "Kettleborough")]
TEAMS = ["Finance", "Customer Success", "Platform", "Legal", "Payroll", "Marketing"]

CSS = """
body{overflow:hidden;font-size:13px;color:#1c2430;background:#f3f4f6}
.top{height:52px;display:flex;align-items:center;gap:18px;padding:0 18px;background:#fff;
border-bottom:1px solid #e3e5ea}
.top b{font-size:17px;color:#0f766e}.top .f{border:1px solid #d4d8df;border-radius:6px;padding:6px 10px}
.top .z{margin-left:auto;display:flex;gap:6px}.top .z span{width:32px;height:32px;border:1px solid #d4d8df;
border-radius:6px;display:flex;align-items:center;justify-content:center;font-size:18px;cursor:pointer;background:#fff}
#view{position:absolute;left:0;top:53px;right:330px;bottom:0;overflow:hidden;background:#eceef2}
#plan{position:absolute;left:0;top:0;width:1100px;height:640px;transform-origin:0 0;transition:transform .5s ease}
.room{position:absolute;background:#fff;border:2px solid #9aa3b2;border-radius:2px}
.room .rl{position:absolute;left:8px;top:6px;font-size:12px;font-weight:600;color:#4b5565;letter-spacing:.2px}
.desk{position:absolute;width:84px;height:46px;border:1px solid #9aa3b2;border-radius:3px;background:#f8fafc;
font-size:9.5px;line-height:1.15;padding:3px 4px;overflow:hidden;cursor:pointer;color:#1c2430}
.desk .c{color:#7b8494;font-size:8.5px}.desk .nm{white-space:pre-line}.desk.bk{background:#dbeafe;border-color:#60a5fa}
.desk.me{background:#fde68a;border-color:#d97706}.desk.sel{outline:3px solid #0f766e}
.desk.fr .c+div{color:#15803d}
#panel{position:absolute;right:0;top:53px;bottom:0;width:330px;background:#fff;border-left:1px solid #e3e5ea;
padding:18px 20px;font-size:13px}
#panel h2{font-size:16px;margin:0 0 4px}#panel .sub{color:#6b7280;margin-bottom:16px}
#panel .av{width:44px;height:44px;border-radius:50%;background:#0f766e;color:#fff;display:flex;align-items:center;
justify-content:center;font-weight:700;margin-bottom:10px}
#panel .row{margin:10px 0}#panel .row small{display:block;color:#6b7280;font-size:11.5px;margin-bottom:2px}
#panel .btn{display:inline-block;margin-top:14px;padding:7px 12px;border:1px solid #d4d8df;border-radius:6px}
"""

SCRIPT = """
const D = %s;
const $ = id => document.getElementById(id);
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
let zoom = 1, px = 0, py = 0;
function place() { $('plan').style.transform = `translate(${px}px, ${py}px) scale(${zoom})`; $('zl').textContent =
  Math.round(zoom * 100) + '%%'; }
function show(code) {
  document.querySelectorAll('.desk.sel').forEach(e => e.classList.remove('sel'));
  const el = document.querySelector(`.desk[data-c="${code}"]`); el.classList.add('sel');
  const b = D.bookings[code];
  if (!b) { $('panel').innerHTML = `<h2>Desk ${code}</h2><div class=sub>Free all day</div>` +
    `<span class=btn>Book this desk</span>`; return; }
  const ini = b.name.split(' ').map(w => w[0]).slice(0, 2).join('');
  $('panel').innerHTML = `<div class=av>${esc(ini)}</div><h2>${esc(b.name)}</h2>` +
    `<div class=sub>Desk ${code} · ${esc(D.floor)} · ${esc(D.date)}</div>` +
    `<div class=row><small>Email</small>${esc(b.email)}</div>` +
    `<div class=row><small>Mobile</small>${esc(b.mobile)}</div>` +
    `<div class=row><small>Team</small>${esc(b.team)}</div>` +
    `<div class=row><small>Booked</small>All day (08:00 – 18:00), checked in 08:47</div>` +
    `<span class=btn>Message</span> <span class=btn>Release desk</span>`;
}
document.querySelectorAll('.desk').forEach(el => el.addEventListener('click', () => show(el.dataset.c)));
$('zin').addEventListener('click', () => { zoom = Math.min(2.0, zoom + 0.35); place(); });
$('zout').addEventListener('click', () => { zoom = Math.max(0.65, zoom - 0.35); place(); });
let drag = null;
$('view').addEventListener('mousedown', e => { drag = [e.clientX - px, e.clientY - py];
  $('plan').style.transition = 'none'; });
addEventListener('mousemove', e => { if (drag) { px = e.clientX - drag[0]; py = e.clientY - drag[1]; place(); } });
addEventListener('mouseup', () => { drag = null; $('plan').style.transition = ''; });
place();
"""


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    rooms = [
        ("Kestrel", 20, 20, 250, 170),
        ("Heron", 290, 20, 170, 170),
        ("Kitchen", 880, 20, 200, 150),
        ("Quiet zone", 20, 430, 300, 190),
        ("Lifts", 900, 470, 180, 150),
        ("Print & post", 480, 20, 140, 110),
    ]
    # three banks of desks: 2 rows x 5, facing each other
    desks = []
    for bank, (x0, y0) in enumerate(((340, 220), (340, 330), (340, 450), (820, 250))):
        cols = 5 if bank < 3 else 2
        for i in range(cols):
            code = f"4{'ABCD'[bank]}{i + 1:02d}"
            desks.append((code, x0 + i * 90, y0))
    people = [fakes.person(gb) for _ in range(11)] + [f"{a} {b}" for a, b in RARE]
    rng.shuffle(people)
    bookings: dict[str, dict[str, str]] = {}
    free = {"4A03", "4B05", "4C02", "4D02"}
    it = iter(people)
    for code, _, _ in desks:
        if code in free:
            continue
        name = next(it, None)
        if name is None:
            break
        stage.pii(name, "PERSON", note="a booked desk (given name over family name) and the side panel")
        bookings[code] = {
            "name": name,
            "email": fakes.email_for(name, "northwall.example", rng),
            "mobile": fakes.uk_mobile(rng),
            "team": rng.choice(TEAMS),
        }
    plan = "".join(
        f"<div class=room style='left:{x}px;top:{y}px;width:{w}px;height:{h}px'><div class=rl>{esc(n)}</div></div>"
        for n, x, y, w, h in rooms
    )
    for code, x, y in desks:
        b = bookings.get(code)
        if b:
            first, last = b["name"].split(" ", 1)
            inner, cls = f"<div class=c>{code}</div><div class=nm>{esc(first)}\n{esc(last)}</div>", "desk bk"
        else:
            inner, cls = f"<div class=c>{code}</div><div>Free</div>", "desk fr"
        plan += f"<div class='{cls}' data-c='{code}' style='left:{x}px;top:{y}px'>{inner}</div>"
    data = {"bookings": bookings, "floor": "Floor 4", "date": "Tue 8 Dec 2026"}
    body = f"""<div class="top"><b>&#9635; Deskfinder</b><span class="f">Northwall House &#9662;</span>
<span class="f">Floor 4 &#9662;</span><span class="f">Tue 8 Dec 2026</span><span class="f">Neighbourhoods</span>
<div class="z"><span id="zout">&minus;</span><span id="zl" style="width:56px;font-size:13px">100%</span>
<span id="zin">+</span></div></div>
<div id="view"><div id="plan">{plan}</div></div><div id="panel"><h2>Select a desk</h2>
<div class="sub">Click a desk on the plan to see its booking.</div></div>"""
    stage.page("floors/4.html", doc("Floor 4 · Deskfinder", CSS, body, SCRIPT % json.dumps(data)))
    stage.keep("Kestrel", "Kitchen", "Quiet zone", "Lifts", "Deskfinder", "Northwall House")
    chrome = stage.chrome("http://book.deskfinder.example/floors/4.html", mode="maximized")
    stage.start()
    stage.pause(5.0)

    def select(code: str, hold: float = 4.5) -> None:
        b = bookings.get(code)
        if b:
            stage.pii(b["email"], "EMAIL_ADDRESS", note="the side panel's booking")
            stage.pii(b["mobile"], "PHONE_NUMBER", note="the side panel's booking")
        stage.click(*chrome.point(f'.desk[data-c="{code}"]'))
        stage.mark(f"desk {code}")
        stage.pause(hold)

    select("4B02")
    stage.click(*chrome.point("#zin"))
    stage.mark("zoom in")
    stage.pause(3.5)
    select("4A02")
    vx, vy = chrome.point("#view", 0, 0.2, 0.93)  # the plan's margin below the quiet zone
    stage.drag(vx, vy, vx - 140, vy - 120)
    stage.mark("pan")
    stage.pause(3.5)
    stage.click(*chrome.point("#zout"))
    stage.pause(1.0)
    stage.click(*chrome.point("#zout"))
    stage.mark("zoom out")
    stage.pause(3.5)
    select("4C04")
    select("4D01", 3.5)
    stage.click(*chrome.point("#zin"))
    stage.pause(4.0)


SCENE = SceneSpec(
    name="desk_booking",
    description="A workplace app's hot-desk floor plan in Chromium: rooms with labels, banks of desks as small "
    "rectangles with a desk code and the booked person's given and family names on two lines (9-10 px), 'Free' "
    "desks; a side panel with the selected booking (name, e-mail, mobile, team, desk, date); zoomed in (panned) and "
    "out to 65 % (7-8 px names), three more desks selected. en_GB and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=42302,
    crf=24,
)
