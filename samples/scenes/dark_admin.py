"""An organisation's members page in a dark-themed SaaS admin console, with a member's drawer.

Why this screen: developer tools and admin consoles are dark by default now, and a technician
helping an organisation's owner sees its members there: light names on a near-black table, each
with the login under it in small low-contrast grey, e-mail and last sign-in in grey, coloured role
badges. Clicking a member slides a drawer over the right half of the table (the table's columns
under it are covered, its left columns stay): the member's profile (name, e-mail, phone, location),
their sessions with IP addresses, and a personal access token just generated and shown once in
full. The audit log tab lists events in sentences that quote logins, e-mails and IPs. Names are
of several cultures, some not in common lists.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Tiihu", "Rautiainen"), ("Oghenekaro", "Adeyemi-Lund"), ("Wenonah", "Castellví")]
TOKEN_NOTE = "Make sure to copy your personal access token now. You won't be able to see it again!"

CSS = """
body{background:#0d1117;color:#e6edf3;font-size:14px}
.top{height:52px;display:flex;align-items:center;gap:18px;padding:0 20px;border-bottom:1px solid #30363d;
background:#010409}
.top b{font-size:17px}.top span{color:#7d8590}
.wrap{display:grid;grid-template-columns:200px 1fr;min-height:660px}
.side{border-right:1px solid #30363d;padding:16px 10px}
.side div{padding:7px 10px;border-radius:6px;color:#c9d1d9}.side .on{background:#1f2630;color:#fff;font-weight:600}
.main{padding:18px 26px;position:relative}
.tabs{display:flex;gap:18px;border-bottom:1px solid #30363d;margin-bottom:12px}
.tabs div{padding:8px 2px;color:#7d8590}.tabs .on{color:#e6edf3;border-bottom:2px solid #f78166}
table{border-collapse:collapse;width:100%}
th{text-align:left;color:#7d8590;font-weight:600;font-size:12px;padding:8px;border-bottom:1px solid #30363d}
td{padding:8px;border-bottom:1px solid #21262d;vertical-align:middle}
.who{display:flex;gap:10px;align-items:center}
.av{width:28px;height:28px;border-radius:50%;display:flex;align-items:center;justify-content:center;font-size:11px;
font-weight:700;color:#0d1117}
.login{font-size:12px;color:#7d8590}.grey{color:#7d8590;font-size:13px}
.badge{font-size:11px;padding:2px 8px;border-radius:10px;border:1px solid}
.owner{color:#f0883e;border-color:#f0883e}.admin{color:#a371f7;border-color:#a371f7}.member{color:#3fb950;border-color:#3fb950}
.drawer{position:absolute;top:0;right:0;width:520px;height:640px;background:#161b22;border-left:1px solid #30363d;
box-shadow:-12px 0 24px rgba(0,0,0,.5);padding:18px 22px;transform:translateX(560px);transition:transform .35s ease}
.drawer.on{transform:none}
.x{float:right;color:#7d8590;border:1px solid #30363d;border-radius:6px;padding:3px 10px;cursor:pointer}
.drawer h2{margin:0 0 2px;font-size:20px}.kv{display:grid;grid-template-columns:110px 1fr;row-gap:7px;margin:14px 0}
.kv span{color:#7d8590}
.sess div{padding:6px 0;border-bottom:1px solid #21262d;color:#c9d1d9;font-size:13px}
.tok{margin-top:14px;border:1px solid #238636;border-radius:6px;padding:10px 12px;background:#0f2a17}
.tok code{display:block;margin-top:6px;font-size:13px;color:#e6edf3}
.tok p{margin:0;color:#7ee787;font-size:12.5px}
.log div{padding:9px 4px;border-bottom:1px solid #21262d;color:#c9d1d9}.log .t{color:#7d8590;font-size:12px}
.pane{display:none}.pane.on{display:block}
"""

SCRIPT = """
function openDr(){document.getElementById('dr').classList.add('on');}
function tab(n){document.querySelectorAll('.pane').forEach(p=>p.classList.toggle('on', p.id===n));
document.querySelectorAll('.tabs div').forEach(t=>t.classList.toggle('on', t.dataset.p===n));}
"""

COLOURS = ["#79c0ff", "#d2a8ff", "#ffa657", "#7ee787", "#ff7b72", "#f2cc60"]


def play(stage: Stage) -> None:
    gb, fi, us, rng = stage.fake("en_GB"), stage.fake("fi_FI"), stage.fake("en_US"), stage.rng
    members = []
    for i in range(6):
        first, last = RARE[i // 2] if i % 2 == 0 else fakes.person(gb if i < 3 else us).split(" ", 1)
        name = f"{first} {last}"
        login = f"{first[0].lower()}{last.split('-')[0].lower()[:7]}-{rng.choice(['dev', 'ops', 'eng'])}"
        email = fakes.email_for(name, rng.choice(["northwind.io", "gmail.com", "proton.me"]), rng)
        members.append({"name": name, "login": login, "email": email, "role": ["owner", "admin", "member"][min(i, 2)]})
    for m in members:
        stage.pii(m["name"], "PERSON")
        stage.pii(m["login"], "USERNAME")
        stage.pii(m["email"], "EMAIL_ADDRESS")
    ago = ["2 hours ago", "yesterday", "3 days ago", "just now", "last week", "5 minutes ago"]
    rows = "".join(
        f'<tr onclick="openDr()"><td><div class="who"><div class="av" style="background:{COLOURS[k]}">'
        f"{m['name'][0]}{m['name'].split()[-1][0]}</div><div><div>{esc(m['name'])}</div>"
        f'<div class="login">{esc(m["login"])}</div></div></div></td><td class="grey">{esc(m["email"])}</td>'
        f'<td><span class="badge {m["role"]}">{m["role"].title()}</span></td><td class="grey">{ago[k]}</td>'
        f'<td class="grey">{"Enabled" if k % 3 else "Off"}</td></tr>'
        for k, m in enumerate(members)
    )
    who = members[1]
    phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER")
    place = stage.pii(f"{fi.city()}, Finland", "LOCATION")
    ips = [stage.pii(fakes.ipv4(rng), "IP_ADDRESS") for _ in range(3)]
    token = stage.pii("ghp_" + fakes.token(rng, 36), "SECRET")
    sessions = "".join(
        f"<div>{ip} &middot; {b} &middot; {t}</div>"
        for ip, b, t in zip(ips[:2], ["Firefox on Linux", "Safari on iPhone"], ["active now", "2 days ago"])
    )
    drawer = f"""<div class="drawer" id="dr"><div class="x" id="close"
onclick="event.stopPropagation();document.getElementById('dr').classList.remove('on')">Close</div>
<h2>{esc(who["name"])}</h2><div class="login">{esc(who["login"])}</div>
<div class="kv"><span>E-mail</span><div>{esc(who["email"])}</div><span>Phone</span><div>{esc(phone)}</div>
<span>Location</span><div>{esc(place)}</div><span>Member since</span><div>14 March 2024</div></div>
<div class="grey">Active sessions</div><div class="sess">{sessions}</div>
<div class="tok"><p>{esc(TOKEN_NOTE)}</p><code>{esc(token)}</code></div></div>"""
    new_email = stage.pii(fakes.email_for(fakes.person(us), "outlook.com", rng), "EMAIL_ADDRESS")
    events = [
        (f"{members[0]['login']} invited {new_email} to the organisation", "09:12"),
        (f"{who['login']} signed in from {ips[2]}", "08:57"),
        (f"{members[3]['login']} changed the billing e-mail to {members[3]['email']}", "Yesterday"),
        ("Repository northwind/infra was made private", "Yesterday"),
    ]
    log = "".join(f'<div>{esc(e)}<div class="t">{t}</div></div>' for e, t in events)
    body = f"""<div class="top"><b>northwind</b><span>Repositories</span><span>Projects</span>
<span>Packages</span></div>
<div class="wrap"><div class="side"><div>Overview</div><div class="on">People</div><div>Teams</div><div>Billing</div>
<div>Security</div><div>Settings</div></div><div class="main">
<div class="tabs"><div class="on" data-p="mem" id="tmem" onclick="tab('mem')">Members</div>
<div data-p="log" id="tlog" onclick="tab('log')">Audit log</div></div>
<div class="pane on" id="mem"><table><tr><th>Member</th><th>E-mail</th><th>Role</th><th>Last active</th>
<th>Two-factor</th></tr>{rows}</table></div><div class="pane log" id="log">{log}</div>{drawer}</div></div>"""
    stage.page("org/people.html", doc("People · northwind", CSS, body, SCRIPT))
    stage.keep("Repositories", "Packages", "Overview", "Billing", static=True)
    stage.keep("Active sessions", "Member since", "Two-factor", "Last active")
    stage.keep("Repository northwind/infra was made private", TOKEN_NOTE)
    chrome = stage.chrome("http://admin.northwind.example/org/people.html", mode="maximized")
    stage.start()
    stage.pause(4.0)
    stage.mark("members")
    stage.click(*chrome.point("tr:nth-child(3) .who"))
    stage.pause(1.0)
    stage.mark("drawer")
    stage.pause(7.0)
    stage.click(*chrome.point("#close"))
    stage.pause(1.0)
    stage.click(*chrome.point("#tlog"))
    stage.mark("audit_log")
    stage.pause(6.0)
    stage.click(*chrome.point("#tmem"))
    stage.pause(3.0)


SCENE = SceneSpec(
    name="dark_admin",
    description="A dark-themed organisation admin console in Chromium: a members table of light names over "
    "logins in small low-contrast grey, grey e-mails, coloured role badges; a member's drawer slides over the "
    "table's right columns (profile, phone, location, sessions with IPs, a new access token shown once); "
    "the audit log quotes logins, e-mails and an IP in sentences. Rare names of several cultures.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=50417,
    crf=24,
)
