"""An event platform's organiser view: attendees, badge previews, check-in, waitlist and an export.

Why this screen: "the badge printer prints blank cards" or "the CSV export is empty" has a
technician look at an Eventbrite/Cvent-like organiser dashboard for a one-day conference. The
attendee grid lists each person with company, ticket type ("Early bird", "Speaker", "Exhibitor"),
e-mail and dietary needs ("Vegan", "Coeliac"). The Badges tab previews the print run as a card grid:
the name in big bold type on one line and the company under it. The check-in tab is searched by
surname (typed key by key) and shows the match with its order number and a "Check in" button; a
waitlist lists names with the time they joined and their e-mail. Finally the export dialog offers
"<event>-attendees.csv" with the columns to include. Names from en_GB, en_US and de_DE and rare
ones that common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Ingrith", "Tamsin", "Obadiah", "Saoirse", "Anwen", "Leocadia", "Chidubem", "Thibault"]
RARE_LAST = ["Wintringham", "Oyelaran", "Kowalczyk-Brandt", "Featherby", "Ravensdale", "Nakagawa-Lowe"]
COMPANIES = [
    "Northwind Analytics",
    "Brightline Logistics",
    "Copperleaf Energy",
    "Harbour Street Labs",
    "Fernway Health",
    "Quillon Software",
    "Tidewater Foods",
    "Bluestack Media",
]
TICKETS = ["Early bird", "Standard", "Speaker", "Exhibitor", "Standard", "Early bird", "Student", "Standard"]
DIETS = ["None", "Vegan", "Coeliac", "None", "Vegetarian", "Halal", "None", "Nut allergy"]

CSS = """
body{font-size:13px;background:#f5f6fa;color:#1e2235;overflow:hidden}
.top{height:50px;background:#1e2235;color:#fff;display:flex;align-items:center;padding:0 20px;gap:20px}
.top b{font-size:18px;color:#ff7a45}.top span{opacity:.85}
.ev{background:#fff;border-bottom:1px solid #e3e5ee;padding:10px 20px}.ev h1{font-size:18px;margin:0}
.ev small{color:#6b7086}
.tabs{display:flex;gap:4px;background:#fff;padding:0 16px;border-bottom:1px solid #e3e5ee}
.tabs span{padding:9px 14px;color:#6b7086;cursor:pointer}.tabs .on{color:#1e2235;font-weight:700;
border-bottom:3px solid #ff7a45}
.pane{display:none;padding:12px 20px}.pane.on{display:block}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #e3e5ee;font-size:12.5px}
th{text-align:left;background:#f0f1f6;color:#4a4f66;padding:6px 8px;font-weight:600}
td{padding:6px 8px;border-top:1px solid #eef0f5}
.tt{border-radius:10px;padding:1px 8px;font-size:11.5px;background:#eef2ff;color:#3b4cc0}
.badges{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.badge{background:#fff;border:1px solid #d6d9e6;border-top:10px solid #ff7a45;border-radius:6px;height:120px;
padding:16px 12px;text-align:center}
.badge .bn{font-size:21px;font-weight:800;white-space:nowrap}.badge .bc{font-size:14px;color:#4a4f66;margin-top:6px}
.badge .bt{font-size:11px;color:#ff7a45;margin-top:10px;text-transform:uppercase;letter-spacing:1px}
.srch{display:flex;gap:8px;margin-bottom:10px}#q{width:320px;border:1px solid #c5c9d8;border-radius:5px;
padding:7px 9px;font-size:14px}
.res{background:#fff;border:1px solid #e3e5ee;border-radius:6px;padding:10px 14px;display:none;
grid-template-columns:1fr auto;max-width:640px}.res.on{display:grid}
.res b{font-size:15px}.res small{display:block;color:#6b7086}.ci{background:#2e9e5b;color:#fff;border-radius:5px;
padding:8px 16px;align-self:center}
.two{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-top:14px}.two h3{font-size:14px;margin:0 0 6px}
#dlg{display:none;position:fixed;inset:0;background:rgba(20,22,35,.45)}#dlg.on{display:block}
.dbox{background:#fff;width:460px;margin:120px auto;border-radius:8px;padding:16px 20px}
.dbox h2{font-size:16px;margin:0 0 10px}.dbox input[type=text]{width:100%;border:1px solid #c5c9d8;
border-radius:5px;padding:6px 8px}.dbox label{display:block;margin:5px 0}.btn{background:#ff7a45;color:#fff;
border-radius:5px;padding:6px 14px;display:inline-block;margin-top:10px}
"""

SCRIPT = """
const tab = id => {
  for (const p of document.querySelectorAll('.pane')) p.classList.toggle('on', p.id === id);
  for (const t of document.querySelectorAll('.tabs span')) t.classList.toggle('on', t.dataset.p === id);
};
for (const t of document.querySelectorAll('.tabs span')) t.addEventListener('click', () => tab(t.dataset.p));
const q = document.getElementById('q');
q.addEventListener('input', () => document.getElementById('res').classList.toggle('on', q.value.length >= 4));
document.getElementById('exp').addEventListener('click', () => document.getElementById('dlg').classList.add('on'));
"""


def play(stage: Stage) -> None:
    gb, us, de, rng = stage.fake("en_GB"), stage.fake("en_US"), stage.fake("de_DE"), stage.rng
    organiser = stage.pii(f"{gb.first_name()} {gb.last_name()}", "PERSON", note="the organiser, top bar")
    people = [
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST)}",
        fakes.person(gb),
        fakes.person(us),
        f"{de.first_name()} {de.last_name()}",
        f"{rng.choice(RARE_FIRST[4:])} {gb.last_name()}",
        fakes.person(gb),
        f"{us.first_name()} {rng.choice(RARE_LAST[3:])}",
        fakes.person(us),
    ]
    people = [p.replace("ß", "ss") for p in people]
    for p in people:
        stage.pii(p, "PERSON", note="an attendee: grid row and badge")
    mails = []
    for p, co in zip(people, COMPANIES, strict=True):
        dom = co.split()[0].lower() + ".example.com"
        mails.append(
            stage.pii(
                fakes.email_for(p.replace("ä", "a").replace("ö", "o").replace("ü", "u"), dom, rng), "EMAIL_ADDRESS"
            )
        )
    rows = "".join(
        f"<tr><td>{esc(p)}</td><td>{esc(c)}</td><td><span class=tt>{esc(t)}</span></td><td>{esc(m)}</td>"
        f"<td>{esc(d)}</td><td>{'Yes' if i % 3 else 'No'}</td></tr>"
        for i, (p, c, t, m, d) in enumerate(zip(people, COMPANIES, TICKETS, mails, DIETS, strict=True))
    )
    badges = "".join(
        f"<div class=badge><div class=bn>{esc(p)}</div><div class=bc>{esc(c)}</div><div class=bt>{esc(t)}</div></div>"
        for p, c, t in zip(people, COMPANIES, TICKETS, strict=True)
    )
    # check-in: the attendee with a rare surname, searched by that surname
    who = people[0]
    surname = who.split(" ", 1)[1]
    stage.pii(surname, "PERSON", note="the surname typed into the check-in search")
    order = f"#{rng.randint(4000000, 4999999)}"
    wl = [fakes.person(gb), f"{rng.choice(RARE_FIRST[:4])} {de.last_name()}", fakes.person(us)]
    wl = [stage.pii(w.replace("ß", "ss"), "PERSON", note="waitlisted") for w in wl]
    wl_mail = [stage.pii(fakes.email_for(w, "gmail.com", rng), "EMAIL_ADDRESS") for w in wl]
    wlrows = "".join(
        f"<tr><td>{k + 1}</td><td>{esc(w)}</td><td>{esc(m)}</td><td>{t}</td></tr>"
        for k, (w, m, t) in enumerate(zip(wl, wl_mail, ["2 Dec 09:14", "2 Dec 17:40", "3 Dec 08:02"], strict=True))
    )
    event = "Data in Practice 2026"
    body = f"""<div class="top"><b>&#9670; Eventful</b><span>Events</span><span>Marketing</span><span>Reports</span>
<span>Finance</span><span style="margin-left:auto;font-size:12px">{esc(organiser)} &middot; Organiser</span></div>
<div class="ev"><h1>{event}</h1><small>Thu 10 Dec 2026 &middot; The Assembly Rooms, Leeds &middot; 212 of 240
tickets sold</small></div>
<div class="tabs"><span class="on" data-p="att">Attendees</span><span data-p="bad" id="tb">Badges</span>
<span data-p="chk" id="tc">Check-in</span><span id="exp">Export</span></div>
<div class="pane on" id="att"><table><tr><th>Name</th><th>Company</th><th>Ticket type</th><th>Email</th>
<th>Dietary needs</th><th>Workshop</th></tr>{rows}</table></div>
<div class="pane" id="bad"><div class="badges">{badges}</div></div>
<div class="pane" id="chk"><div class="srch"><input id="q" placeholder="Search by surname or order number">
</div><div class="res" id="res"><div><b>{esc(who)}</b><small>{esc(COMPANIES[0])} &middot; {esc(TICKETS[0])}
&middot; Order {order}</small><small>Not checked in &middot; badge printed</small></div><span class="ci">Check in
</span></div><div class="two"><div><h3>Waitlist (3)</h3><table><tr><th>#</th><th>Name</th><th>Email</th>
<th>Joined</th></tr>{wlrows}</table></div><div><h3>Check-in progress</h3><table><tr><th>Door</th><th>Checked in
</th></tr><tr><td>Main entrance</td><td>0 / 212</td></tr><tr><td>Speakers desk</td><td>0 / 14</td></tr></table>
</div></div></div>
<div id="dlg"><div class="dbox"><h2>Export attendees</h2>File name<input type="text"
value="data-in-practice-2026-attendees.csv"><label><input type="checkbox" checked> Name, company, ticket type</label>
<label><input type="checkbox" checked> Email</label><label><input type="checkbox"> Dietary needs</label>
<label><input type="checkbox"> Answers to custom questions</label><span class="btn">Export CSV</span></div></div>"""
    stage.page("o/ev/attendees.html", doc(f"Attendees | {event}", CSS, body, SCRIPT))
    stage.keep(event, "Ticket type", "Dietary needs", "Attendees", "Brightline Logistics", "Copperleaf Energy")
    chrome = stage.chrome("http://manage.eventful.example/o/ev/attendees.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    stage.click(*chrome.point("#tb"))
    stage.mark("badges")
    stage.pause(5.0)
    stage.click(*chrome.point("#tc"))
    stage.mark("check_in")
    stage.click(*chrome.point("#q"))
    desk.type(surname, typo_rate=0.0, delay_ms=90)
    stage.keep("Main entrance", "Speakers desk", "Check-in progress")
    stage.pause(6.0)
    stage.click(*chrome.point("#exp"))
    stage.mark("export")
    stage.keep("Export attendees", "Answers to custom questions")
    desk.move(1000, 650)
    stage.pause(5.0)


SCENE = SceneSpec(
    name="event_attendees",
    description="An event platform's organiser view (Eventbrite/Cvent-like) in Chromium: an attendee grid (name, "
    "company, ticket type, e-mail, dietary needs), the Badges tab's card grid of big bold '<First> <Last>' over "
    "the company, the Check-in tab searched by a surname typed key by key (the match with its order number), a "
    "waitlist with names and e-mails, and an export dialog offering '<event>-attendees.csv'. Names from en_GB, "
    "en_US, de_DE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=66902,
    crf=24,
)
