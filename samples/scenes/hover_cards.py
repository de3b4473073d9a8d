"""A ticket list where people are initials avatars: hover cards, a truncated cell's tooltip and an @mention list.

Why this screen: "the assignee column shows the wrong person" has a technician look at a Linear/Jira
like activity list where the requester and assignee are round initials avatars only ("KO"). The
mouse (real X moves) rests on an avatar and a hover card pops up beside it: the person's full name
in bold, e-mail, phone, "London, United Kingdom" and "Local time 14:32". A "Requested by" cell is
cut with an ellipsis by its column ("Jonathan Fitzgerald-Wi…"); resting on it shows a dark
tooltip with the full value. Finally "@" plus two letters typed into the comment box lists five
matching people (avatar, full name, e-mail) under the caret. Names from en_GB, en_US and rare
ones that common name lists miss; the truncated one is long and double-barrelled.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Ifeoluwa", "Thistlewood"), ("Radomir", "Quennell"), ("Sunniva", "Oyelowo"), ("Caoimhe", "Strzelecka")]
LONG = ("Bartholomew", "Fitzgerald-Winterbottom")
TITLES = [
    "Printer on floor 3 drops jobs after 20 pages",
    "VPN disconnects every 10 minutes on hotel Wi-Fi",
    "Shared mailbox not visible in Outlook",
    "Laptop battery swollen, needs replacement",
    "Access to the finance share for new starter",
    "Teams calls have echo in meeting room B",
    "Password reset loop on the HR portal",
    "Monitor flickers when docked",
]
CITIES = [
    ("London, United Kingdom", "14:32"),
    ("Austin, Texas", "08:32"),
    ("Lagos, Nigeria", "14:32"),
    ("Krakow, Poland", "15:32"),
    ("Leeds, United Kingdom", "14:32"),
    ("Toronto, Canada", "09:32"),
]

CSS = """
body{background:#fbfbfc;font-size:13px;color:#26282e;overflow:hidden}
.side{position:fixed;left:0;top:0;bottom:0;width:200px;background:#f1f2f5;border-right:1px solid #e4e5ea;padding:14px}
.side b{display:block;font-size:15px;margin-bottom:14px}.side div{padding:5px 6px;color:#50535e}
.main{margin-left:200px;padding:14px 22px}.main h1{font-size:17px;margin:0 0 10px}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th{text-align:left;color:#6b6f7b;font-weight:500;font-size:12px;padding:6px 8px;border-bottom:1px solid #e4e5ea}
td{padding:7px 8px;border-bottom:1px solid #f0f1f4;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.av{display:inline-flex;width:26px;height:26px;border-radius:50%;color:#fff;font-size:11px;font-weight:700;
align-items:center;justify-content:center;cursor:default}
.st{border-radius:10px;padding:1px 8px;font-size:11.5px;background:#eef0ff;color:#4450c4}
#hc{position:fixed;display:none;width:380px;white-space:nowrap;background:#fff;border:1px solid #dcdde3;
border-radius:8px;
box-shadow:0 8px 24px rgba(0,0,0,.16);padding:12px 14px;z-index:9}#hc.on{display:block}
#hc .nm{font-size:15px;font-weight:700}#hc .ro{color:#6b6f7b;margin-bottom:8px}
#hc div.r{margin:3px 0}#hc small{color:#8a8d97;display:inline-block;width:62px}
#tip{position:fixed;display:none;background:#2b2d33;color:#fff;border-radius:4px;padding:5px 8px;font-size:12px;
z-index:9}#tip.on{display:block}
.cm{margin-top:14px;position:relative;width:620px}
.cm textarea{width:100%;height:64px;border:1px solid #d3d5dc;border-radius:6px;padding:8px;font-size:13.5px}
#mn{position:absolute;left:10px;top:70px;width:330px;background:#fff;border:1px solid #dcdde3;border-radius:6px;
box-shadow:0 8px 24px rgba(0,0,0,.16);display:none}#mn.on{display:block}
#mn div{padding:6px 10px;display:flex;gap:8px;align-items:center}#mn div:first-child{background:#eef1ff}
#mn small{color:#7a7d88;margin-left:auto;font-size:11.5px}
"""

SCRIPT = """
const P = %s;
const $ = id => document.getElementById(id);
for (const a of document.querySelectorAll('.av[data-p]')) {
  a.addEventListener('mouseenter', () => {
    const p = P.people[+a.dataset.p], r = a.getBoundingClientRect();
    $('hc').innerHTML = `<div class=nm>${p.name}</div><div class=ro>${p.role}</div>` +
      `<div class=r><small>Email</small>${p.email}</div><div class=r><small>Phone</small>${p.phone}</div>` +
      `<div class=r><small>Location</small>${p.city}</div><div class=r><small>Local time</small>${p.time}</div>`;
    $('hc').style.left = (r.right + 8) + 'px'; $('hc').style.top = Math.min(r.top - 10, innerHeight - 190) + 'px';
    $('hc').classList.add('on');
  });
  a.addEventListener('mouseleave', () => $('hc').classList.remove('on'));
}
const t = $('trunc');
t.addEventListener('mouseenter', () => { const r = t.getBoundingClientRect(); $('tip').textContent = t.dataset.full;
  $('tip').style.left = r.left + 'px'; $('tip').style.top = (r.bottom + 6) + 'px'; $('tip').classList.add('on'); });
t.addEventListener('mouseleave', () => $('tip').classList.remove('on'));
$('ta').addEventListener('input', () => $('mn').classList.toggle('on', /@\\w{2,}$/.test($('ta').value)));
"""

COLOURS = ["#7b61ff", "#e5484d", "#12a594", "#f76b15", "#3e63dd", "#ab4aba", "#0d74ce", "#978365"]


def play(stage: Stage) -> None:
    gb, us, rng = stage.fake("en_GB"), stage.fake("en_US"), stage.rng
    names = [fakes.person(gb), f"{RARE[0][0]} {RARE[0][1]}", fakes.person(us), f"{RARE[1][0]} {RARE[1][1]}"]
    names += [fakes.person(gb), f"{RARE[2][0]} {RARE[2][1]}", fakes.person(us), f"{RARE[3][0]} {RARE[3][1]}"]
    roles = ["IT Support", "Finance", "Service Desk lead", "Facilities", "HR Business Partner", "Sales", "IT Support"]
    roles.append("Legal")
    people = []
    for k, n in enumerate(names):
        city, tm = CITIES[k % len(CITIES)]
        phone = fakes.uk_mobile_intl(rng) if "Kingdom" in city else fakes.us_phone(rng)
        people.append(
            {
                "name": stage.pii(n, "PERSON", note="hover card, the avatar's person"),
                "role": roles[k],
                "email": stage.pii(fakes.email_for(n, "northgate-group.example", rng), "EMAIL_ADDRESS"),
                "phone": stage.pii(phone, "PHONE_NUMBER"),
                "city": stage.pii(city.split(",")[0], "LOCATION") + city[city.index(",") :],
                "time": tm,
            }
        )
    full = stage.pii(f"{LONG[0]} {LONG[1]}", "PERSON", note="the truncated cell's tooltip")

    def initials(n: str) -> str:
        return "".join(w[0] for w in n.replace("-", " ").split()[:2]).upper()

    def av(k: int) -> str:
        return f'<span class="av" data-p="{k}" style="background:{COLOURS[k]}">{initials(names[k])}</span>'

    rows = []
    for i, title in enumerate(TITLES):
        req, asg = (i * 3 + 1) % 8, (i * 5 + 2) % 8
        by = (
            f'<td id="trunc" data-full="{esc(full)}"><span>{esc(full)}</span></td>'
            if i == 2
            else f"<td>{esc(['Service Desk', 'Email', 'Web form', 'Phone'][i % 4])}</td>"
        )
        rows.append(
            f"<tr><td>IT-{4410 + i}</td><td>{esc(title)}</td><td>{av(req)}</td><td>{av(asg)}</td>{by}"
            f"<td><span class=st>{['Open', 'In progress', 'Waiting', 'Open'][i % 4]}</span></td>"
            f"<td>{rng.randint(1, 9)}h ago</td></tr>"
        )
    mention = [names[1], names[5], names[7], names[3], names[0]]
    prefix = "Ca"  # typed after "@"
    mentions = "".join(
        f'<div><span class="av" style="background:{COLOURS[names.index(n)]}">{initials(n)}</span>{esc(n)}'
        f"<small>{esc(people[names.index(n)]['email'].split('@')[0])}</small></div>"
        for n in mention
    )
    body = f"""<div class="side"><b>Northgate Service Desk</b><div>Inbox</div><div>My tickets</div>
<div style="background:#e3e5ec;border-radius:5px">All open tickets</div><div>Changes</div><div>Knowledge base</div>
<div>Reports</div></div>
<div class="main"><h1>All open tickets</h1><table><colgroup><col style="width:70px"><col style="width:330px">
<col style="width:90px"><col style="width:80px"><col style="width:150px"><col style="width:110px"><col></colgroup>
<tr><th>ID</th><th>Title</th><th>Requester</th><th>Assignee</th><th>Requested by</th><th>Status</th><th>Updated</th>
</tr>{"".join(rows)}</table>
<div class="cm"><textarea id="ta" placeholder="Add an internal comment, @ to mention"></textarea>
<div id="mn">{mentions}</div></div></div>
<div id="hc"></div><div id="tip"></div>"""
    stage.page(
        "desk/open.html",
        doc("All open tickets | Northgate Service Desk", CSS, body, SCRIPT % json.dumps({"people": people})),
    )
    stage.keep("All open tickets", "Requested by", "Knowledge base", "Shared mailbox not visible in Outlook")
    chrome = stage.chrome("http://servicedesk.northgate.example/desk/open.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    for k, col in ((0, 2), (1, 3), (3, 2), (5, 3), (6, 2)):
        x, y = chrome.point("tr", k + 1)
        ax, _ = chrome.point("th", col)
        desk.move(ax - 30, y, steps=6)
        stage.mark(f"hover_{k}")
        stage.pause(2.6)
        desk.move(ax - 30, y + 160 if k < 4 else y - 120, steps=4)
        stage.pause(0.5)
    stage.keep("Local time")
    tx, ty = chrome.point("#trunc")
    desk.move(tx, ty, steps=6)
    stage.mark("tooltip")
    stage.pause(3.0)
    desk.move(tx + 300, ty + 200, steps=4)
    stage.click(*chrome.point("#ta"))
    desk.type(f"Reassigning to @{prefix}", typo_rate=0.0, delay_ms=110)
    stage.mark("mention")
    stage.pause(5.0)


SCENE = SceneSpec(
    name="hover_cards",
    description="A service desk's ticket list (Linear/Jira-like) in Chromium whose requester and assignee are "
    "initials avatars only: real mouse moves rest on avatars and hover cards pop up (full name, role, e-mail, "
    "phone, location, local time); a 'Requested by' cell cut by an ellipsis shows its full double-barrelled name "
    "in a dark tooltip; '@' and two letters typed into the comment box list five people (avatar, name, login). "
    "en_GB, en_US and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=40312,
    crf=24,
)
