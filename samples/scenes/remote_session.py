"""A remote-support tool's web console: the session list, a session's participants, chat and device.

Why this screen: the tool the recordings come from is itself on screen. A TeamViewer / AnyDesk /
ScreenConnect-like console lists the sessions as a table (customer, company, computer name
"DESKTOP-<SURNAME>" or "<FIRST>-LAPTOP", logged-on user "<DOMAIN>\\<login>", public IP, last
seen). The selected session's side panel lists the participants (technicians and the customer,
"host", "joined 14:02"), the session chat as "<First>: message" lines, and a "Device info" tab:
operating system, serial number, MAC address, private IP, the user's e-mail; the session's
access code and password are shown with an eye toggle. Names come from en_GB, en_IE and en_IN
lists and from names common lists miss.
"""

from __future__ import annotations

import random

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Eilidh", "Tadhg", "Chidinma", "Rhodri", "Aisling", "Kwame", "Niamh", "Senthil"]
RARE_LAST = ["Ogunbanjo", "Ni Dhomhnaill", "Wojciechowska", "Balasubramanian", "MacAskill", "Okafor-Hughes"]
COMPANIES = [
    "Harbour Dental Ltd",
    "Northgate Accountants",
    "Brightside Lettings",
    "Kestrel Logistics",
    "Oakmoor Primary School",
    "Fenwick & Rowe Solicitors",
    "Lumen Print Co",
]
DOMAINS = ["HARBOURDENT", "NORTHGATE", "BRIGHTSIDE", "KESTREL", "OAKMOOR", "FENWICKROWE", "LUMEN"]
OSES = ["Windows 11 Pro 23H2", "Windows 10 Pro 22H2", "Windows 11 Home 23H2", "macOS 14.6 Sonoma"]

CSS = """
body{font-size:13px;background:#f2f4f7;color:#1d2633;overflow:hidden}
.top{height:48px;background:#14213d;color:#fff;display:flex;align-items:center;padding:0 18px;gap:20px}
.top b{font-size:17px}.top span{opacity:.8;font-size:12px}.top .r{margin-left:auto}
.wrap{display:grid;grid-template-columns:1fr 410px;height:calc(100% - 48px)}
.main{padding:14px 18px;overflow:hidden}
h1{font-size:18px;margin:0 0 10px;display:flex;gap:12px;align-items:center}
h1 small{font-size:12px;color:#5b6777;font-weight:400}
.flt{display:flex;gap:8px;margin-bottom:10px}.flt span{background:#fff;border:1px solid #cfd6df;
 border-radius:14px;padding:4px 12px;font-size:12px}
.flt .on{background:#14213d;color:#fff;border-color:#14213d}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d6dce4}
th{font-size:11px;text-transform:uppercase;color:#5b6777;text-align:left;padding:8px 9px;background:#f7f9fb;
 border-bottom:1px solid #d6dce4;white-space:nowrap}
td{padding:8px 9px;border-bottom:1px solid #edf0f3;white-space:nowrap;font-size:12px}
tr.s{cursor:pointer}tr.sel td{background:#e4eefc}
td small{display:block;color:#6b7785;font-size:11px}
.g{display:inline-block;width:8px;height:8px;border-radius:50%;background:#25a35a;
 margin-right:5px}.g.o{background:#a0a9b4}
.side{background:#fff;border-left:1px solid #d6dce4;display:flex;flex-direction:column;overflow:hidden}
.sh{padding:12px 16px;border-bottom:1px solid #e6eaef}.sh b{font-size:15px}.sh div{color:#5b6777;
 font-size:12px;margin-top:3px}
.tb{display:flex;border-bottom:1px solid #e6eaef}.tb span{padding:9px 14px;cursor:pointer;color:#5b6777}
.tb span.on{color:#1557c0;border-bottom:2px solid #1557c0;font-weight:700}
.pn{display:none;padding:12px 16px;overflow:hidden;flex:1}.pn.on{display:block}
.pp{display:flex;gap:10px;align-items:center;padding:6px 0}.pp small{color:#6b7785;display:block;font-size:11px}
.ini{width:28px;height:28px;border-radius:50%;background:#6c7a89;color:#fff;font-size:11px;font-weight:700;
 display:flex;align-items:center;justify-content:center}
.tag{font-size:10px;background:#e8eef7;color:#1557c0;border-radius:3px;padding:1px 5px;margin-left:4px}
.chat{margin-top:10px;border-top:1px solid #e6eaef;padding-top:8px}.chat div{padding:3px 0}
.chat i{color:#8a94a1;font-style:normal;font-size:11px;margin-right:6px}
.kv{display:grid;grid-template-columns:120px 1fr;row-gap:9px}.kv i{font-style:normal;color:#5b6777}
.code{margin-top:12px;background:#f7f9fb;border:1px solid #e0e5eb;border-radius:6px;padding:10px 12px}
.code .kv{grid-template-columns:110px 1fr}
.pw{display:inline-flex;align-items:center;gap:8px}.pw input{border:0;background:transparent;font:inherit;
 width:120px;outline:none}
.eye{cursor:pointer;color:#1557c0}
.act{display:flex;gap:8px;padding:10px 16px;border-top:1px solid #e6eaef}
.act span{border:1px solid #1557c0;color:#1557c0;border-radius:4px;padding:5px 10px;font-size:12px}
.act span.p{background:#1557c0;color:#fff}
"""

SCRIPT = """
for (const t of document.querySelectorAll('.tb span')) t.addEventListener('click', () => {
  for (const x of document.querySelectorAll('.tb span')) x.classList.toggle('on', x === t);
  for (const p of document.querySelectorAll('.pn')) p.classList.toggle('on', p.id === t.dataset.p); });
document.getElementById('eye').addEventListener('click', () => {
  const i = document.getElementById('spw'); i.type = i.type === 'password' ? 'text' : 'password'; });
"""


def _computer(rng: random.Random, first: str, last: str) -> str:
    shape = rng.randrange(3)
    if shape == 0:
        return f"DESKTOP-{last.replace(' ', '').replace('-', '').upper()[:8]}"
    if shape == 1:
        return f"{first.upper()}-LAPTOP"
    return f"{first.upper()[:1]}{last.replace(' ', '').upper()[:9]}-PC"


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    ie, ind = stage.fake("en_IE"), stage.fake("en_IN")
    techs = [stage.pii(fakes.person(fake), "PERSON", note="a technician"), stage.pii(fakes.person(ie), "PERSON")]
    sources = [
        (rng.choice(RARE_FIRST), fake.last_name()),
        (ie.first_name(), ie.last_name()),
        (ind.first_name(), ind.last_name()),
        (fake.first_name(), rng.choice(RARE_LAST)),
        (ie.first_name(), rng.choice(RARE_LAST)),
        (rng.choice(RARE_FIRST), ind.last_name()),
    ]
    rows = ""
    sessions = []
    for k, (first, last) in enumerate(sources):
        name = stage.pii(f"{first} {last}", "PERSON")
        company = COMPANIES[k]
        computer = stage.pii(_computer(rng, first, last), "PERSON", note="a computer named after its user")
        login = stage.pii(fakes.initial_login(name), "USERNAME")
        user = stage.pii(f"{DOMAINS[k]}\\{login}", "USERNAME", note="a domain login")
        ip = stage.pii(fakes.ipv4(rng), "IP_ADDRESS")
        seen = ["Online now", "Online now", "12 min ago", "Yesterday 16:40", "2 Dec 09:15", "Online now"][k]
        dot = "" if "Online" in seen else " o"
        sessions.append((first, last, name, company, computer, login, ip))
        rows += (
            f"<tr class='s{' sel' if k == 1 else ''}'><td><span class='g{dot}'></span>{esc(name)}</td>"
            f"<td>{esc(company)}</td><td>{esc(computer)}</td><td>{esc(user)}</td><td>{ip}</td><td>{seen}</td></tr>"
        )
    first, last, name, company, computer, login, ip = sessions[1]
    email = stage.pii(fakes.email_for(name, company.split()[0].lower() + ".co.uk", rng), "EMAIL_ADDRESS")
    stage.pii(first, "PERSON", scored=False, note="a first name alone before a chat line")
    tech_first = stage.pii(techs[0].split()[0], "PERSON", scored=False, note="the technician's first name in the chat")
    private_ip = stage.pii(f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}", "IP_ADDRESS", note="private")
    mac = stage.pii("-".join(f"{rng.randint(0, 255):02X}" for _ in range(6)), "MAC_ADDRESS")
    serial = "5CD" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(7))
    code = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    spw = stage.pii(fakes.password(rng, 10), "PASSWORD", note="the session password, shown by the eye toggle")
    chat = [
        ("14:02", f"{tech_first}", "Hi, this is the support desk. I'm connecting now."),
        ("14:03", first, "can you see my screen?"),
        ("14:03", f"{tech_first}", "Yes, I can see it. Please don't move the mouse for a minute."),
        ("14:05", first, "ok the printer one is the problem"),
    ]
    chat_html = "".join(f"<div><i>{t}</i><b>{esc(w)}:</b> {esc(m)}</div>" for t, w, m in chat)
    people = (
        f"<div class=pp><div class=ini>{techs[0][0]}{techs[0].split()[-1][0]}</div><div>{esc(techs[0])}"
        "<span class=tag>host</span><small>Technician · joined 14:01</small></div></div>"
        f"<div class=pp><div class=ini>{techs[1][0]}{techs[1].split()[-1][0]}</div><div>{esc(techs[1])}"
        "<small>Technician · joined 14:04</small></div></div>"
        f"<div class=pp><div class=ini style='background:#c2417a'>{first[0]}{last[0]}</div><div>{esc(name)}"
        "<span class=tag>customer</span><small>joined 14:02</small></div></div>"
    )
    device = (
        f"<div class=kv><i>Computer name</i><span>{esc(computer)}</span><i>Operating system</i>"
        f"<span>{OSES[1]}</span><i>Manufacturer</i><span>HP EliteBook 840 G8</span><i>Serial number</i>"
        f"<span>{serial}</span><i>MAC address</i><span>{mac}</span><i>Private IP</i><span>{private_ip}</span>"
        f"<i>Public IP</i><span>{ip}</span><i>User e-mail</i><span>{esc(email)}</span>"
        f"<i>Agent version</i><span>15.58.5</span></div>"
    )
    code_html = (
        f"<div class=code><div class=kv><i>Session code</i><span>{code}</span><i>Password</i><span class=pw>"
        f"<input id=spw type=password value='{esc(spw)}' readonly><span class=eye id=eye>👁 Show</span></span>"
        "</div></div>"
    )
    body = (
        f"<div class=top><b>RemoteDesk Console</b><span>Support team · EU region</span><span class=r>{esc(techs[0])}"
        "</span></div><div class=wrap><div class=main><h1>Sessions <small>6 devices · 3 online</small></h1>"
        "<div class=flt><span class=on>All sessions</span><span>Attended</span><span>Unattended</span>"
        "<span>Waiting</span></div><table><tr><th>Customer</th><th>Company</th><th>Computer</th>"
        f"<th>Logged-on user</th><th>Public IP</th><th>Last seen</th></tr>{rows}</table></div>"
        f"<div class=side><div class=sh><b>{esc(name)}</b><div>{esc(company)} · {esc(computer)}</div></div>"
        "<div class=tb><span class=on data-p=pa>Participants</span><span data-p=pd>Device info</span>"
        "<span data-p=pl>Session log</span></div>"
        f"<div class='pn on' id=pa>{people}<div class=chat>{chat_html}</div></div>"
        f"<div class=pn id=pd>{device}{code_html}"
        "</div><div class=pn id=pl><div>14:01 Session started</div><div>14:02 Customer joined</div></div>"
        "<div class=act><span class=p>Connect</span><span>File transfer</span><span>End session</span></div></div>"
        "</div>"
    )
    stage.page("console/sessions.html", doc("Sessions - RemoteDesk Console", CSS, body, SCRIPT))
    stage.keep("RemoteDesk Console", "All sessions", "Unattended", "Logged-on user", "Last seen", "Participants")
    stage.keep("Device info", "Session log", "File transfer", "End session", *COMPANIES[:3])
    chrome = stage.chrome("http://console.remotedesk.example/console/sessions.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    stage.click(*chrome.point(".tb span", 1))
    stage.mark("device_info")
    stage.pause(3.0)
    stage.click(*chrome.point("#eye"))
    stage.mark("password_shown")
    stage.pause(4.0)
    stage.click(*chrome.point("#eye"))
    stage.pause(1.0)
    stage.click(*chrome.point(".tb span", 0))
    stage.mark("participants")
    desk.move(*chrome.point("table"))
    stage.pause(6.0)


SCENE = SceneSpec(
    name="remote_session",
    description="A remote-support tool's web console (en_GB, en_IE, en_IN names) in Chromium: a session table "
    "(customer, company, computer 'DESKTOP-<SURNAME>' / '<FIRST>-LAPTOP' / '<I><SURNAME>-PC', logged-on user "
    "'<DOMAIN>\\<login>', public IP, last seen); the selected session's panel: participants (technicians, 'host', "
    "the customer, 'joined 14:02'), chat lines '<First>: message'; the Device info tab (computer, OS, serial, MAC, "
    "private and public IP, the user's e-mail) with the session code and a password shown by the eye toggle.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=35229,
    crf=24,
)
