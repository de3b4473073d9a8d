"""An admin console's user directory: a table of accounts, a search, a user's drawer and a reset.

Why this screen: IT support spends its day here. A user table puts a person's name beside a login
name that is not a name (`jsmith42`, `k.okafor`), an e-mail and the IP address of the last
sign-in, under a header row; the search box is typed into (a surname, letter by letter, the
table filtering as it goes); a row opens a side drawer with the phone and office address under
small captions; "Reset password" shows a temporary password in a read-only field with a Copy
button, the kind of value support staff read out over the phone.
"""

from __future__ import annotations

import json
import random

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

ROLES = ["Member", "Member", "Member", "Billing admin", "Helpdesk", "Global admin", "Guest"]
TEAMS = ["Finance", "Sales", "Operations", "Engineering", "Customer success", "Legal", "Facilities"]

CSS = """
body{font-size:14px;background:#f3f2f1;color:#201f1e;display:flex;flex-direction:column}
.top{height:48px;background:#0f6cbd;color:#fff;display:flex;align-items:center;padding:0 18px;gap:18px;
 flex:none}
.top b{font-size:16px}.top span{opacity:.85}
.main{display:flex;flex:1;min-height:0}
nav{width:200px;background:#fff;border-right:1px solid #e1dfdd;padding:12px 0;flex:none}
nav div{padding:8px 20px;color:#323130}nav .on{background:#edebe9;border-left:3px solid #0f6cbd;font-weight:600}
.content{flex:1;padding:16px 22px;overflow:auto;min-width:0}
h1{font-size:22px;margin:0 0 10px;font-weight:600}
.bar{display:flex;gap:10px;align-items:center;margin-bottom:10px}
.bar input{width:260px;padding:6px 9px;border:1px solid #8a8886;border-radius:3px}
.bar button{padding:6px 14px;border:1px solid #8a8886;background:#fff;border-radius:3px}
.bar .primary{background:#0f6cbd;color:#fff;border-color:#0f6cbd}
table{border-collapse:collapse;width:100%;background:#fff}
th{text-align:left;font-weight:600;padding:8px 10px;border-bottom:1px solid #c8c6c4;color:#605e5c;font-size:13px}
td{padding:7px 10px;border-bottom:1px solid #edebe9;white-space:nowrap}
tr.row:hover td{background:#f3f2f1}
.st{font-size:12px;padding:2px 8px;border-radius:10px;background:#dff6dd;color:#107c10}
.st.off{background:#fde7e9;color:#a4262c}
.drawer{position:fixed;top:48px;right:0;bottom:0;width:380px;background:#fff;box-shadow:-4px 0 12px #0003;
 padding:20px 24px;display:none}
.drawer h2{font-size:20px;margin:0 0 2px}.drawer .sub{color:#605e5c;margin-bottom:16px}
.cap{font-size:12px;color:#605e5c;margin-top:12px}.val{font-size:14px;margin-top:2px}
.drawer .acts{margin-top:18px;display:flex;gap:8px}
.drawer button{padding:6px 12px;border:1px solid #8a8886;background:#fff;border-radius:3px}
.modal{position:fixed;left:330px;top:210px;width:440px;background:#fff;box-shadow:0 8px 30px #0005;
 border-radius:4px;padding:20px 24px;display:none}
.modal h3{margin:0 0 8px;font-size:18px}.modal p{color:#605e5c;margin:0 0 12px}
.modal input{width:260px;padding:6px 9px;border:1px solid #8a8886;border-radius:3px;font-family:
 'Liberation Mono',monospace;font-size:15px}
.modal button{padding:6px 14px;margin-left:6px;border:1px solid #8a8886;background:#fff;border-radius:3px}
"""

SCRIPT = """
const q = document.getElementById('q');
q.addEventListener('input', () => {
  const v = q.value.toLowerCase();
  for (const r of document.querySelectorAll('tr.row'))
    r.style.display = r.dataset.k.includes(v) ? '' : 'none';
});
for (const r of document.querySelectorAll('tr.row')) r.addEventListener('click', () => {
  const d = JSON.parse(r.dataset.d);
  for (const k of Object.keys(d)) document.getElementById('d-' + k).textContent = d[k];
  document.getElementById('drawer').style.display = 'block';
});
document.getElementById('reset').addEventListener('click', () => {
  document.getElementById('modal').style.display = 'block';
});
document.getElementById('done').addEventListener('click', () => {
  document.getElementById('modal').style.display = 'none';
});
"""


def _username(name: str, rng: random.Random) -> str:
    first, last = name.lower().replace("'", "").split(" ", 1)
    last = last.replace(" ", "").replace("-", "")
    return rng.choice([f"{first[0]}{last}", f"{first}.{last[0]}", f"{first[0]}.{last}", f"{last}{rng.randint(2, 99)}"])


def _users(stage: Stage, fake: Faker, rng: random.Random) -> list[dict[str, str]]:
    users = []
    for _ in range(15):
        name = fakes.person(fake)
        user = {
            "name": name,
            "login": _username(name, rng),
            "email": fakes.email_for(name, "brightwell-group.co.uk", rng),
            "ip": f"{rng.choice([81, 86, 92, 109, 151, 176, 212])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
            f"{rng.randint(2, 254)}",
            "role": rng.choice(ROLES),
            "team": rng.choice(TEAMS),
            "seen": f"{rng.randint(1, 28)} Nov 2026, {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
            "status": "Active" if rng.random() > 0.15 else "Blocked",
        }
        for key, kind in (("name", "PERSON"), ("login", "USERNAME"), ("email", "EMAIL_ADDRESS"), ("ip", "IP_ADDRESS")):
            stage.pii(user[key], kind)
        users.append(user)
    return users


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    users = _users(stage, fake, rng)
    pick = users[4]
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    office = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fake.postcode(), "ZIP_CODE")
    temp = stage.pii(fakes.password(rng, 12), "PASSWORD")
    rows = "".join(
        f'<tr class=row data-k="{esc(u["name"].lower())}" '
        f"data-d='{esc(_drawer_json(u, phone, office, town, postcode))}'>"
        f"<td>{esc(u['name'])}</td><td>{esc(u['login'])}</td><td>{esc(u['email'])}</td><td>{esc(u['role'])}</td>"
        f"<td>{esc(u['seen'])}</td><td>{esc(u['ip'])}</td>"
        f'<td><span class="st{"" if u["status"] == "Active" else " off"}">{u["status"]}</span></td></tr>'
        for u in users
    )
    drawer = """<div class=drawer id=drawer><h2 id=d-name></h2><div class=sub id=d-role></div>
<div class=cap>User name</div><div class=val id=d-login></div>
<div class=cap>Email</div><div class=val id=d-email></div>
<div class=cap>Mobile</div><div class=val id=d-phone></div>
<div class=cap>Office</div><div class=val id=d-office></div>
<div class=cap>Department</div><div class=val id=d-team></div>
<div class=cap>Last sign-in</div><div class=val id=d-seen></div>
<div class=acts><button id=reset>Reset password</button><button>Block sign-in</button>
<button>Manage groups</button></div></div>"""
    modal = f"""<div class=modal id=modal><h3>Password reset</h3><p>Share this temporary password with the
user. They will be asked to change it when they next sign in.</p>
<div class=cap>Temporary password</div><input readonly value="{esc(temp)}"><button>Copy</button>
<div style="margin-top:16px;text-align:right"><button id=done>Done</button></div></div>"""
    body = f"""<div class=top><b>Brightwell admin centre</b><span>Home</span><span>Users</span><span>Groups</span>
<span>Billing</span></div><div class=main><nav><div>Home</div><div class=on>Active users</div>
<div>Guest users</div><div>Deleted users</div><div>Groups</div><div>Roles</div><div>Devices</div>
<div>Licences</div><div>Reports</div><div>Settings</div></nav>
<div class=content><h1>Active users</h1><div class=bar><input id=q placeholder="Search active users list">
<button class=primary>Add a user</button><button>Export users</button><button>Refresh</button></div>
<table><thead><tr><th>Display name</th><th>Username</th><th>Email</th><th>Role</th><th>Last sign-in</th>
<th>Sign-in IP</th><th>Status</th></tr></thead><tbody>{rows}</tbody></table></div></div>{drawer}{modal}"""
    stage.page("admin/users.html", doc("Active users - Brightwell admin centre", CSS, body, SCRIPT))
    stage.keep(
        "Brightwell admin centre",
        "Active users",
        "Guest users",
        "Deleted users",
        "Display name",
        "Username",
        "Last sign-in",
        "Sign-in IP",
        "Add a user",
        "Export users",
        "Licences",
        "Reports",
    )
    chrome = stage.chrome("http://admin.brightwell-group.co.uk/admin/users.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    desk.move(*chrome.point(".content"))
    desk.scroll(3, pause=0.3)
    stage.mark("scrolled")
    stage.pause(2.0)
    desk.scroll(-3, pause=0.3)
    stage.pause(1.0)
    stage.click(*chrome.point("#q"))
    surname = pick["name"].split(" ", 1)[1]
    desk.type(surname[:5].lower(), typo_rate=0.0)
    stage.mark("searched")
    stage.pause(1.5)
    stage.click(*chrome.point("tr.row[data-k='" + pick["name"].lower().replace("'", "\\'") + "'] td"))
    stage.mark("drawer_open")
    stage.pause(3.0)
    stage.click(*chrome.point("#reset"))
    stage.mark("password_shown")
    stage.pause(3.5)
    stage.click(*chrome.point("#done"))
    stage.pause(1.0)
    stage.click(*chrome.point("#q"))
    desk.key("ctrl+a", "BackSpace")
    stage.mark("search_cleared")
    stage.pause(2.5)


def _drawer_json(u: dict[str, str], phone: str, office: str, town: str, postcode: str) -> str:
    return json.dumps(
        {
            "name": u["name"],
            "role": f"{u['role']} · {u['team']}",
            "login": u["login"],
            "email": u["email"],
            # one drawer's contact details are real values; the other rows share them, and only
            # one row is opened in the scene
            "phone": phone,
            "office": f"{office}, {town} {postcode}",
            "team": u["team"],
            "seen": u["seen"],
        }
    )


SCENE = SceneSpec(
    name="admin_users",
    description="An admin centre's Active users table in Chromium (display name, username, e-mail, role, "
    "last sign-in, sign-in IP, status for 15 people); the list scrolls; five letters of a surname "
    "are typed into the search box and the table filters; the row opens a side drawer (username, "
    "e-mail, UK mobile, office street, town and postcode under small captions); Reset password "
    "shows a temporary password in a read-only field; the search is cleared.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=28.0,
    seed=40211,
    crf=24,
)
