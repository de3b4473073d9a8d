"""macOS System Settings (Ventura and later): Users & Groups and Sharing, in an app window.

Why this screen: a technician on a family's Mac opens System Settings. The sidebar starts with
the signed-in user's full name and Apple ID e-mail beside a round initials picture; Users & Groups
lists the accounts (full name over "Admin" or "Standard", a Guest User that is off), and a
user's info sheet shows the account name and the home folder "/Users/<login>". Sharing names
the computer after its owner ("<First>'s MacBook Pro"), shows "Local hostname
<First>s-MacBook-Pro.local", File Sharing's shared folder "<First>'s Public Folder" and the
"/Users/<login>" path, and Remote Login's hint "ssh <login>@<ip>". There is no caption beside
most names: they are list rows and sentences.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-family:'Noto Sans','Liberation Sans',Arial,sans-serif;font-size:13px;background:#ececec;color:#1d1d1f;
 overflow:hidden;display:flex}
.side{width:250px;flex:none;background:#e3e1e6;border-right:1px solid #cfcdd3;padding:40px 10px 0 10px}
.lights{position:absolute;top:14px;left:16px;display:flex;gap:8px}.lights i{width:12px;height:12px;border-radius:50%;
 display:block}
.find{background:#d6d4da;border-radius:6px;padding:5px 10px;color:#7b7a80;margin-bottom:12px}
.me{display:flex;gap:10px;align-items:center;padding:6px 8px;margin-bottom:10px}
.av{border-radius:50%;background:linear-gradient(#a9a9b3,#85858f);color:#fff;display:flex;align-items:center;
 justify-content:center;font-weight:600;flex:none}
.me .av{width:38px;height:38px;font-size:15px}.me b{display:block;font-size:13px}.me small{color:#6e6e73;font-size:11px}
.nav div{padding:5px 8px;border-radius:6px;display:flex;gap:8px;align-items:center;cursor:pointer}
.nav div.on{background:#0a64d8;color:#fff}.nav .ic{width:20px;height:20px;border-radius:5px;display:inline-block}
.nav hr{border:0;border-top:1px solid #cfcdd3;margin:6px 0}
main{flex:1;overflow-y:auto;padding:16px 22px}
.hd{display:flex;align-items:center;gap:10px;font-size:15px;font-weight:700;margin:0 0 16px}
.pg{display:none}.pg.on{display:block}
.grp{background:#fff;border:1px solid #dcdcdc;border-radius:9px;margin-bottom:16px}
.row{display:flex;align-items:center;gap:12px;padding:9px 12px;border-bottom:1px solid #ececec}
.row:last-child{border-bottom:0}.row .t{flex:1}.row small{display:block;color:#6e6e73;font-size:11px}
.row .av{width:30px;height:30px;font-size:12px}
.inf{width:18px;height:18px;border-radius:50%;border:1px solid #8e8e93;color:#6e6e73;font-size:11px;display:flex;
 align-items:center;justify-content:center;cursor:pointer;font-style:italic}
.sw{width:30px;height:18px;border-radius:9px;background:#d1d1d6;position:relative}
.sw.on{background:#34c759}.sw::after{content:'';position:absolute;top:2px;left:2px;width:14px;height:14px;
 border-radius:50%;background:#fff}.sw.on::after{left:14px}
.btn{background:#fff;border:1px solid #c7c7cc;border-radius:5px;padding:2px 10px;font-size:12px}
.btn.b{background:#0a64d8;color:#fff;border-color:#0a64d8}
.note{color:#6e6e73;font-size:12px;margin:-8px 4px 16px}
#sheet{position:absolute;inset:0;background:rgba(0,0,0,.25);display:none;align-items:flex-start;justify-content:center;
 padding-top:60px}
#sheet .box{width:520px;background:#f5f5f7;border-radius:10px;box-shadow:0 10px 40px rgba(0,0,0,.35);padding:18px}
#sheet .box .row{background:#fff}
.kv{display:grid;grid-template-columns:150px 1fr;row-gap:10px;padding:10px 12px;background:#fff;border-radius:8px;
 border:1px solid #dcdcdc}.kv i{font-style:normal;color:#6e6e73;text-align:right;padding-right:10px}
.foot{text-align:right;margin-top:14px}
"""

SCRIPT = """
function go(id){
  for (const p of document.querySelectorAll('.pg')) p.classList.toggle('on', p.id === id);
  for (const n of document.querySelectorAll('.nav [data-go]')) n.classList.toggle('on', n.dataset.go === id);
}
for (const n of document.querySelectorAll('[data-go]')) n.addEventListener('click', () => go(n.dataset.go));
for (const i of document.querySelectorAll('[data-sheet]')) i.addEventListener('click', () => {
  for (const s of document.querySelectorAll('.sh')) s.style.display = s.id === i.dataset.sheet ? 'block' : 'none';
  document.getElementById('sheet').style.display = 'flex'; });
for (const b of document.querySelectorAll('.done')) b.addEventListener('click', () => {
  document.getElementById('sheet').style.display = 'none'; });
"""

ICONS = ["#8e8e93", "#0a84ff", "#30d158", "#ff9f0a", "#bf5af2", "#ff375f", "#64d2ff", "#8e8e93", "#5e5ce6"]


def _ini(name: str) -> str:
    return "".join(w[0] for w in name.split()[:2]).upper()


def _login(first: str, last: str) -> str:
    return (first + last[0]).lower().replace("'", "").replace("-", "")


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    us = stage.fake("en_US")
    first, last = us.first_name(), fake.last_name()
    owner = stage.pii(f"{first} {last}", "PERSON")
    login = stage.pii(_login(first, last), "USERNAME", note="the account name")
    apple_id = stage.pii(fakes.email_for(owner, "icloud.com", rng), "EMAIL_ADDRESS")
    partner_first = fake.first_name()
    partner = stage.pii(f"{partner_first} {last}", "PERSON")
    partner_login = stage.pii(_login(partner_first, last), "USERNAME")
    child = stage.pii(f"{us.first_name()} {last}", "PERSON")
    helper = stage.pii(fakes.person(stage.fake("en_IE")), "PERSON", note="a relative's standard account")
    computer = stage.pii(f"{first}'s MacBook Pro", "PERSON", note="the computer name")
    local_host = stage.pii(f"{first}s-MacBook-Pro.local", "PERSON", note="the local host name")
    ip = stage.pii(f"192.168.1.{rng.randint(20, 90)}", "IP_ADDRESS", note="a private LAN address")
    home = stage.pii(f"/Users/{login}", "USERNAME", note="the home folder's path")
    nav_items = [
        ("wifi", "Wi-Fi"),
        ("", "Bluetooth"),
        ("", "Network"),
        ("", "Notifications"),
        ("", "Sound"),
        ("", "Focus"),
        ("", "Screen Time"),
        ("gen", "General"),
        ("", "Appearance"),
        ("", "Privacy &amp; Security"),
        ("", "Desktop &amp; Dock"),
        ("", "Displays"),
        ("", "Touch ID &amp; Password"),
        ("users", "Users &amp; Groups"),
    ]
    nav = ""
    for k, (go, label) in enumerate(nav_items):
        attrs = f" data-go={go}" if go else ""
        cls = " class=on" if go == "users" else ""
        nav += f"<div{attrs}{cls}><span class=ic style='background:{ICONS[k % len(ICONS)]}'></span>{label}</div>"
        if k in (2, 6):
            nav += "<hr>"
    side = (
        "<div class=side><div class=lights><i style='background:#ff5f57'></i><i style='background:#febc2e'></i>"
        "<i style='background:#28c840'></i></div><div class=find>Search</div>"
        f"<div class=me><div class=av>{_ini(owner)}</div><div><b>{esc(owner)}</b>"
        f"<small>{esc(apple_id)}</small></div></div>"
        f"<div class=nav>{nav}</div></div>"
    )
    users = (
        "<div class='pg on' id=users><div class=hd>‹ › &nbsp;Users &amp; Groups</div><div class=grp>"
        f"<div class=row><div class=av>{_ini(owner)}</div><div class=t>{esc(owner)}<small>Admin</small></div>"
        "<span class=inf data-sheet=s-owner id=i-owner>i</span></div>"
        f"<div class=row><div class=av>{_ini(partner)}</div><div class=t>{esc(partner)}<small>Admin</small></div>"
        "<span class=inf>i</span></div>"
        f"<div class=row><div class=av>{_ini(child)}</div><div class=t>{esc(child)}<small>Standard · Managed with "
        "Screen Time</small></div><span class=inf>i</span></div>"
        f"<div class=row><div class=av>{_ini(helper)}</div><div class=t>{esc(helper)}<small>Standard</small></div>"
        "<span class=inf>i</span></div>"
        "<div class=row><div class=av>G</div><div class=t>Guest User<small>Off</small></div><span class=inf>i</span>"
        "</div></div><div class=grp><div class=row><div class=t>Automatically log in as</div><span>Off ⌄</span></div>"
        "<div class=row><div class=t>Network account server</div><span class=btn>Edit...</span></div></div>"
        "<div class=foot><span class=btn>Add Group...</span> <span class=btn>Add Account...</span></div></div>"
    )
    sharing = (
        "<div class=pg id=gen><div class=hd>‹ › &nbsp;Sharing</div><div class=grp>"
        "<div class=row><div class=t>File Sharing</div><span class=inf data-sheet=s-files id=i-files>i</span>"
        "<span class='sw on'></span></div>"
        "<div class=row><div class=t>Media Sharing</div><span class=inf>i</span><span class=sw></span></div>"
        "<div class=row><div class=t>Screen Sharing</div><span class=inf>i</span><span class='sw on'></span></div>"
        "<div class=row><div class=t>Remote Login</div><span class=inf data-sheet=s-ssh id=i-ssh>i</span>"
        "<span class='sw on'></span></div>"
        "<div class=row><div class=t>Remote Management</div><span class=inf>i</span><span class=sw></span></div>"
        "<div class=row><div class=t>Printer Sharing</div><span class=inf>i</span><span class=sw></span></div></div>"
        "<div class=grp><div class=row><div class=t>Local hostname<small>Computers on your local network can access "
        f"your computer at this address.</small></div><span>{esc(local_host)}</span>"
        "<span class=btn>Edit...</span></div>"
        f"<div class=row><div class=t>Hostname</div><span>{esc(computer)}</span></div></div>"
        "<div class=note>Screen Sharing: others can access your computer's screen at "
        f"vnc://{ip}/ or by looking for “{esc(computer)}”.</div></div>"
    )
    sheets = (
        "<div id=sheet><div class=box>"
        f"<div class=sh id=s-owner><div class=row><div class=av>{_ini(owner)}</div><div class=t><b>{esc(owner)}</b>"
        "<small>Admin</small></div></div><div class=kv style='margin-top:12px'><i>User ID</i><span>501</span>"
        f"<i>Account name</i><span>{esc(login)}</span><i>Login shell</i><span>/bin/zsh</span>"
        f"<i>Home directory</i><span>{esc(home)}</span><i>Apple ID</i><span>{esc(apple_id)}</span>"
        "<i>Allow user to administer</i><span>On</span></div></div>"
        "<div class=sh id=s-files><div class=hd>File Sharing</div><div class=grp>"
        "<div class=row><div class=t>Shared Folders</div><div class=t>Users</div></div>"
        f"<div class=row><div class=t>{esc(first)}'s Public Folder</div><div class=t>{esc(owner)}: Read &amp; Write"
        "<small>Everyone: Read Only</small></div></div>"
        f"<div class=row><div class=t>{esc(home)}/Shared</div><div class=t>{esc(partner)}: Read &amp; Write</div></div>"
        "</div><div class=note style='margin-top:0'>Other users can access shared folders on this computer at "
        f"smb://{ip}</div></div>"
        "<div class=sh id=s-ssh><div class=hd>Remote Login</div><div class=note style='margin:0 0 12px'>To log in to "
        f"this computer remotely, type “ssh {esc(login)}@{ip}”.</div><div class=grp>"
        "<div class=row><div class=t>Allow full disk access for remote users</div><span class=sw></span></div>"
        "<div class=row><div class=t>Allow access for: Only these users</div></div>"
        f"<div class=row><div class=t>{esc(owner)}</div></div><div class=row><div class=t>{esc(partner)}"
        f"<small>{esc(partner_login)}</small></div></div>"
        "<div class=row><div class=t>Administrators</div></div></div></div>"
        "<div class=foot><span class='btn b done'>Done</span></div></div></div>"
    )
    body = f"{side}<main>{users}{sharing}</main>{sheets}"
    stage.page("settings/users.html", doc("System Settings", CSS, body, SCRIPT))
    stage.keep("Users & Groups", "Automatically log in as", "Network account server", "Screen Sharing")
    stage.keep("Remote Login", "Printer Sharing", "Privacy & Security", "Guest User", "Shared Folders")
    stage.keep("Touch ID & Password", "Allow full disk access for remote users", "Desktop & Dock")
    chrome = stage.chrome("http://settings.local/settings/users.html", mode="app", size=(1120, 660), pos=(80, 30))
    stage.start()
    stage.pause(3.0)
    stage.click(*chrome.point("#i-owner"))
    stage.mark("user_info")
    stage.pause(3.0)
    stage.click(*chrome.point(".done"))
    stage.pause(1.0)
    stage.click(*chrome.point(".nav [data-go=gen]"))
    stage.mark("sharing")
    stage.pause(3.0)
    stage.click(*chrome.point("#i-files"))
    stage.mark("file_sharing")
    stage.pause(2.5)
    stage.click(*chrome.point(".done"))
    stage.pause(1.0)
    stage.click(*chrome.point("#i-ssh"))
    stage.mark("remote_login")
    stage.pause(3.0)
    stage.click(*chrome.point(".done"))
    stage.pause(2.0)
    stage.click(*chrome.point(".nav [data-go=users]"))
    stage.pause(2.0)


SCENE = SceneSpec(
    name="mac_users",
    description="macOS-like System Settings (Ventura+) in a Chromium app window: the sidebar's signed-in user "
    "(full name over the Apple ID e-mail), Users & Groups (full names over Admin / Standard, a Guest User), a user's "
    "info sheet (account name, home directory /Users/<login>, Apple ID e-mail), Sharing ('Local hostname "
    "<First>s-MacBook-Pro.local', \"<First>'s MacBook Pro\", a vnc:// address), File Sharing's shared folders "
    "and users, Remote Login's 'ssh <login>@<ip>' and its allowed users.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=34102,
    crf=24,
)
