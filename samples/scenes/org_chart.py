"""An intranet org chart / people directory: boxes linked by lines, a person's side card, a search.

Why this screen: a technician helping someone in HR or IT opens the company's people directory.
The org chart is boxes with an initials circle, a name and a job title, joined by lines over a
few levels, with no caption naming the names. Clicking a person opens a side card with small
captions over the values: title, department, manager (another name), e-mail, mobile, desk and
office, employee ID, start date and birthday (day and month only). A first name typed into the
search lists the people who share it.
"""

from __future__ import annotations

import json
import random

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

TITLES = {
    0: ["Chief Executive Officer"],
    1: ["Director of Operations", "Chief Technology Officer", "People Director"],
    2: [
        "Head of Customer Support",
        "Service Desk Manager",
        "Logistics Manager",
        "Head of Platform",
        "Engineering Manager",
        "HR Business Partner",
        "Talent Acquisition Lead",
    ],
    3: [
        "Support Analyst",
        "Senior Support Analyst",
        "Field Engineer",
        "Dispatch Coordinator",
        "Site Reliability Engineer",
        "Payroll Specialist",
    ],
}
DEPTS = {1: ["Operations", "Technology", "People"]}

CSS = """
body{font-size:13px;background:#f4f5f7;color:#172b4d;overflow:hidden;display:flex;flex-direction:column}
.top{height:50px;flex:none;background:#fff;border-bottom:1px solid #dfe1e6;display:flex;align-items:center;gap:22px;
 padding:0 18px}
.top b{font-size:16px;color:#0052cc}.top span{color:#5e6c84}
.sr{position:relative;margin-left:auto}
.sr input{width:260px;padding:6px 10px;border:1px solid #c1c7d0;border-radius:4px}
.dd{position:absolute;top:34px;left:0;width:300px;background:#fff;border:1px solid #c1c7d0;border-radius:4px;
 box-shadow:0 4px 12px rgba(9,30,66,.2);display:none;z-index:9}
.dd div{padding:7px 10px;border-bottom:1px solid #f4f5f7}.dd small{display:block;color:#5e6c84}
.wrap{flex:1;display:flex;min-height:0}
.chart{flex:1;overflow:auto;padding:16px 10px;position:relative}
h1{font-size:17px;margin:0 0 2px 8px}.sub{color:#5e6c84;margin:0 0 14px 8px}
.lvl{display:flex;justify-content:center;gap:14px;position:relative;margin-bottom:34px}
.box{width:158px;background:#fff;border:1px solid #c1c7d0;border-radius:6px;padding:8px;text-align:center;
 cursor:pointer;position:relative;box-shadow:0 1px 2px rgba(9,30,66,.15)}
.box.sel{border-color:#0052cc;box-shadow:0 0 0 2px #4c9aff}
.box .c{width:30px;height:30px;border-radius:50%;margin:0 auto 4px;color:#fff;font-size:12px;font-weight:700;
 display:flex;align-items:center;justify-content:center}
.box b{display:block;font-size:12px}.box small{display:block;color:#5e6c84;font-size:11px;line-height:1.25}
.box::before{content:'';position:absolute;top:-18px;left:50%;height:17px;border-left:1px solid #8993a4}
.lvl.l0 .box::before{display:none}
.lvl::before{content:'';position:absolute;top:-18px;left:8%;right:8%;border-top:1px solid #8993a4}
.lvl.l0::before{display:none}
.card{width:330px;flex:none;background:#fff;border-left:1px solid #dfe1e6;padding:18px;display:none;overflow:auto}
.card .c{width:64px;height:64px;border-radius:50%;color:#fff;font-size:22px;font-weight:700;display:flex;
 align-items:center;justify-content:center;margin-bottom:8px}
.card h2{font-size:18px;margin:0}.card .ti{color:#5e6c84;margin:2px 0 14px}
.card i{display:block;font-style:normal;color:#6b778c;font-size:11px;text-transform:uppercase;letter-spacing:.4px;
 margin-top:10px}
.card span{display:block;margin-top:2px}
"""

SCRIPT = """
const card = document.getElementById('card');
for (const b of document.querySelectorAll('.box')) b.addEventListener('click', () => {
  for (const o of document.querySelectorAll('.box')) o.classList.toggle('sel', o === b);
  const p = JSON.parse(b.dataset.p);
  card.querySelector('.c').textContent = p.ini; card.querySelector('.c').style.background = p.col;
  for (const k of Object.keys(p)) { const e = card.querySelector('[data-k=' + k + ']'); if (e) e.textContent = p[k]; }
  card.style.display = 'block';
});
const q = document.getElementById('q'), dd = document.getElementById('dd');
q.addEventListener('input', () => {
  const v = q.value.toLowerCase(); let n = 0;
  for (const d of dd.children) {
    const m = v.length >= 3 && d.dataset.k.startsWith(v); d.style.display = m ? '' : 'none'; n += m; }
  dd.style.display = n ? 'block' : 'none';
});
"""

COLORS = ["#0052cc", "#00875a", "#de350b", "#6554c0", "#ff8b00", "#00a3bf", "#5e6c84", "#c9372c"]


def _ini(name: str) -> str:
    return "".join(w[0] for w in name.split()[:2]).upper()


def _people(fakers: list[Faker], rng: random.Random, n: int, shared_first: str) -> list[str]:
    out = []
    for k in range(n):
        f = fakers[k % len(fakers)]
        first = shared_first if k in (4, 9) else f.first_name()
        out.append(f"{first} {f.last_name()}")
    return out


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, us, ie, nz = stage.fake("en_GB"), stage.fake("en_US"), stage.fake("en_IE"), stage.fake("en_NZ")
    shared_first = ie.first_name_female()
    names = _people([gb, us, ie, nz, gb], rng, 15, shared_first)
    for nm in names:
        stage.pii(nm, "PERSON")
    # levels: 1 CEO, 3 directors, 6 managers, 5 staff under the first managers
    levels = [names[0:1], names[1:4], names[4:10], names[10:15]]
    manager_of: dict[str, str] = {}
    for n in levels[1]:
        manager_of[n] = levels[0][0]
    for k, n in enumerate(levels[2]):
        manager_of[n] = levels[1][k // 2]
    for k, n in enumerate(levels[3]):
        manager_of[n] = levels[2][k // 2]
    html = ""
    for li, lvl in enumerate(levels):
        html += f"<div class='lvl l{li}'>"
        for k, nm in enumerate(lvl):
            title = TITLES[li][k % len(TITLES[li])]
            col = COLORS[(li * 3 + k) % len(COLORS)]
            dept = DEPTS[1][k % 3] if li == 1 else DEPTS[1][min(k // 2, 2)] if li == 2 else "Operations"
            email = stage.pii(fakes.email_for(nm, "northvale-logistics.co.uk", rng), "EMAIL_ADDRESS")
            mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
            emp = stage.pii(f"NV{rng.randint(10000, 99999)}", "ACCOUNT_NUMBER", note="an employee ID")
            day = rng.randint(1, 28)  # drawn before the month, as the scene always has
            bday = stage.pii(f"{day} {fakes.MONTHS[rng.randrange(12)]}", "DATE_OF_BIRTH", note="day and month")
            floor = rng.randint(1, 4)
            p = {
                "ini": _ini(nm),
                "col": col,
                "name": nm,
                "title": title,
                "dept": dept,
                "mgr": manager_of.get(nm, "—"),
                "email": email,
                "mobile": mobile,
                "desk": f"Floor {floor}, Desk {floor}.{rng.randint(10, 48)} · Leeds, Wellington Place",
                "emp": emp,
                "start": f"{rng.randint(1, 28)} {fakes.MONTHS[rng.randrange(12)][:3]} {rng.randint(2012, 2025)}",
                "bday": bday,
            }
            data = esc(json.dumps(p))
            html += (
                f"<div class=box data-p=\"{data}\"><div class=c style='background:{col}'>{_ini(nm)}</div>"
                f"<b>{esc(nm)}</b><small>{esc(title)}</small></div>"
            )
        html += "</div>"
    dd = "".join(
        f"<div data-k='{esc(nm.lower())}'>{esc(nm)}<small>{esc(TITLES[2][0] if k % 2 else TITLES[3][1])}</small></div>"
        for k, nm in enumerate(names)
    )
    card = (
        "<div class=card id=card><div class=c></div><h2 data-k=name></h2><div class=ti data-k=title></div>"
        "<i>Department</i><span data-k=dept></span><i>Reports to</i><span data-k=mgr></span>"
        "<i>Email</i><span data-k=email></span><i>Mobile</i><span data-k=mobile></span>"
        "<i>Desk / Location</i><span data-k=desk></span><i>Employee ID</i><span data-k=emp></span>"
        "<i>Start date</i><span data-k=start></span><i>Birthday</i><span data-k=bday></span></div>"
    )
    body = (
        "<div class=top><b>Northvale People</b><span>Home</span><span>Org chart</span><span>Teams</span>"
        "<span>Policies</span><div class=sr><input id=q placeholder='Search people' autocomplete=off>"
        f"<div class=dd id=dd>{dd}</div></div></div><div class=wrap><div class=chart><h1>Organisation chart</h1>"
        f"<div class=sub>Northvale Logistics · 214 people · Updated weekly from the HR system</div>{html}</div>"
        f"{card}</div>"
    )
    stage.page("people/orgchart.html", doc("Org chart - Northvale People", CSS, body, SCRIPT))
    stage.keep("Organisation chart", "Chief Executive Officer", "Director of Operations", "Head of Customer Support")
    stage.keep("Service Desk Manager", "Talent Acquisition Lead", "Search people", "Northvale People")
    stage.keep("Support Analyst", "Field Engineer", "Dispatch Coordinator")
    chrome = stage.chrome("http://people.northvale.example/people/orgchart.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    stage.click(*chrome.point(".box", 5))
    stage.mark("card_open")
    stage.pause(3.5)
    stage.click(*chrome.point(".box", 11))
    stage.mark("card_staff")
    stage.pause(3.0)
    desk.move(*chrome.point(".chart"))
    desk.scroll(3, pause=0.3)
    stage.pause(2.0)
    desk.scroll(-3, pause=0.3)
    stage.click(*chrome.point("#q"))
    desk.type(shared_first, typo_rate=0.0, delay_ms=110)
    stage.mark("search_typed")
    stage.pause(3.0)
    stage.click(*chrome.point(".box", 2))
    stage.pause(3.0)


SCENE = SceneSpec(
    name="org_chart",
    description="An intranet org chart / people directory in Chromium: boxes (initials circle, name, job title) "
    "joined by lines over four levels, no caption beside the names; clicking a person opens a side card with "
    "small upper-case captions over title, department, 'Reports to' (another name), e-mail, UK mobile, desk and "
    "office, employee ID, start date and birthday (day and month); the chart scrolls; a first name typed into "
    "the search lists the two people who share it.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=34103,
    crf=24,
)
