"""A staff directory the user zooms out of (Ctrl+minus) to see more rows: small, crisp text.

Why this screen: people zoom pages out to fit a wide table on a laptop screen, and a technician
watching their desktop sees the page at 80 % or 67 %: text of 9-10 pixels, sharp (not a scaled
video's blur), the rows dense. Here a company directory (name, job title, department, e-mail,
extension or mobile, office) is zoomed out three steps and scrolled; a click opens a person's
profile panel (personal mobile, home town, manager, emergency contact) at that zoom (75 %). Names are
of several cultures, some not in common lists.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = ["Tahmina", "Eerin", "Siosaia", "Ludmiła", "Kaveh", "Oona"]
TITLES = [
    "Payroll Officer",
    "Service Desk Analyst",
    "Account Manager",
    "Facilities Lead",
    "Data Engineer",
    "Legal Counsel",
    "Recruiter",
    "Buyer",
    "Office Manager",
    "Sales Executive",
]
DEPTS = ["Finance", "IT", "Sales", "Operations", "Engineering", "Legal", "People", "Procurement"]
OFFICES = ["Leeds HQ", "Bristol", "Remote", "Glasgow", "London Bridge"]
NOTE = "Directory data is synced from the HR system every night."

CSS = """
body{font-size:14px;background:#fafafa;color:#222}
.top{height:50px;background:#0b5cab;color:#fff;display:flex;align-items:center;padding:0 20px;gap:20px}
.top b{font-size:18px}
.wrap{display:grid;grid-template-columns:1fr 340px;gap:18px;padding:16px 22px}
table{border-collapse:collapse;width:100%;background:#fff}
th{text-align:left;font-size:12.5px;color:#555;padding:7px 9px;border-bottom:2px solid #ddd;position:sticky;top:0;
background:#fff}
td{padding:7px 9px;border-bottom:1px solid #eee}
tr{cursor:pointer}
.prof{background:#fff;border:1px solid #ddd;border-radius:8px;padding:14px 16px;visibility:hidden}
.prof.on{visibility:visible}
.prof h2{margin:0 0 4px;font-size:19px}.prof .t{color:#555}
.kv{display:grid;grid-template-columns:130px 1fr;row-gap:7px;margin-top:12px}.kv span{color:#666}
.note{color:#666;font-size:12.5px;margin:10px 22px}
"""


def play(stage: Stage) -> None:
    gb, us, rng = stage.fake("en_GB"), stage.fake("en_US"), stage.rng
    people = []
    for i in range(26):
        first = RARE[i // 5] if i % 5 == 2 else (gb if i % 2 else us).first_name()
        last = (gb if i % 3 else us).last_name()
        name = f"{first} {last}"
        people.append(
            {
                "name": name,
                "title": TITLES[i % len(TITLES)],
                "dept": DEPTS[i % len(DEPTS)],
                "email": fakes.email_for(name, "brightwater.co.uk", rng),
                "phone": fakes.uk_mobile(rng),
                "office": OFFICES[i % len(OFFICES)],
            }
        )
    for p in people:
        stage.pii(p["name"], "PERSON")
        stage.pii(p["email"], "EMAIL_ADDRESS")
        stage.pii(p["phone"], "PHONE_NUMBER")
    rows = "".join(
        f"<tr id=\"r{k}\" onclick=\"document.getElementById('prof').classList.add('on')\"><td>{esc(p['name'])}</td>"
        f"<td>{p['title']}</td><td>{p['dept']}</td><td>{esc(p['email'])}</td><td>{esc(p['phone'])}</td>"
        f"<td>{p['office']}</td></tr>"
        for k, p in enumerate(people)
    )
    who = people[7]
    home = stage.pii(gb.city(), "LOCATION")
    personal = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    kin = stage.pii(fakes.person(gb), "PERSON")
    kin_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    manager = people[3]["name"]
    prof = f"""<div class="prof" id="prof"><h2>{esc(who["name"])}</h2>
<div class="t">{who["title"]} · {who["dept"]}</div>
<div class="kv"><span>Work e-mail</span><div>{esc(who["email"])}</div>
<span>Personal mobile</span><div>{esc(personal)}</div>
<span>Home town</span><div>{esc(home)}</div><span>Manager</span><div>{esc(manager)}</div>
<span>Emergency contact</span><div>{esc(kin)} (partner) {esc(kin_phone)}</div><span>Desk</span><div>3rd floor, B12</div>
</div></div>"""
    body = f"""<div class="top"><b>Brightwater Directory</b><span>People</span><span>Teams</span>
<span>Sites</span></div>
<div class="note">{esc(NOTE)}</div><div class="wrap"><table><tr><th>Name</th><th>Job title</th><th>Department</th>
<th>E-mail</th><th>Mobile</th><th>Office</th></tr>{rows}</table>{prof}</div>"""
    stage.page("people/index.html", doc("People - Brightwater", CSS, body, ""))
    stage.keep(NOTE, "Brightwater Directory", static=True)
    stage.keep("Service Desk Analyst", "Procurement")
    chrome = stage.chrome("http://intranet.brightwater.example/people/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    for _ in range(3):  # 90 %, 80 %, 75 %
        desk.key("ctrl+minus")
        stage.pause(0.8)
    stage.mark("zoomed_out")
    stage.pause(3.0)
    stage.click(*chrome.point("#r7 td"))
    stage.pause(1.0)
    stage.mark("profile")
    stage.pause(5.0)
    desk.scroll(4, pause=0.3)
    stage.pause(3.0)
    stage.mark("scrolled")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="zoomed_directory",
    description="A company staff directory in Chromium zoomed out three steps with Ctrl+minus (small, crisp "
    "text): a dense table of names, job titles, departments, e-mails, mobiles and offices, a profile panel "
    "opened at that zoom (personal mobile, home town, manager, emergency contact), then a scroll. Names of "
    "several cultures.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=28841,
    crf=24,
)
