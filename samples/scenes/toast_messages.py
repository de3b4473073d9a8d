"""A user-management page whose actions answer with toasts, snackbars and inline errors.

Why this screen: web apps confirm what an agent did in short-lived messages that quote the data:
a toast fades in at the top right ("Invitation sent to <e-mail>"), stays three seconds and fades
out, partly transparent for half a second at each end; a snackbar at the bottom says "<First>
<Last> was removed · Undo"; a form's inline error repeats what was typed ("<e-mail> is already
registered to <First> <Last>"). Each is on screen briefly, over other content, in small type, and
at the start and end of its fade it is text of low contrast. The table of users behind them
(names, e-mails, phones) stays. Names are of several cultures, some not in common lists.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Ngaire", "Tūhoe-Bramley"), ("Ksawery", "Wnęk"), ("Aoibheann", "Ó Loingsigh")]
HINT = "Invited users get an e-mail with a link that expires in 7 days."

CSS = """
body{background:#f6f7f9;font-size:14px;color:#1f2328}
.top{height:52px;background:#fff;border-bottom:1px solid #e3e6ea;display:flex;align-items:center;
padding:0 22px;gap:20px}
.top b{font-size:17px}.top span{color:#57606a}
.main{padding:20px 28px;display:grid;grid-template-columns:1fr 330px;gap:24px}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #e3e6ea;border-radius:8px}
th{text-align:left;font-size:12px;color:#57606a;padding:9px 12px;border-bottom:1px solid #e3e6ea}
td{padding:9px 12px;border-bottom:1px solid #f0f1f3}
.btn{font-size:12px;border:1px solid #d0d7de;border-radius:6px;padding:3px 10px;background:#f6f8fa;cursor:pointer}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:14px 16px}
.card h3{margin:0 0 10px;font-size:15px}
.card label{display:block;font-size:12.5px;color:#57606a;margin:8px 0 4px}
.card input{width:290px;height:30px;border:1px solid #d0d7de;border-radius:6px;padding:0 8px;font-size:14px}
.card input.bad{border-color:#cf222e}
.err{color:#cf222e;font-size:12.5px;margin-top:5px;min-height:17px}
.hint{color:#57606a;font-size:12px;margin-top:10px}
.primary{margin-top:12px;background:#1f883d;color:#fff;border:0;border-radius:6px;padding:7px 14px;font-size:14px;
cursor:pointer}
.toasts{position:fixed;top:64px;right:22px;width:360px}
.toast{background:#24292f;color:#fff;border-radius:8px;padding:11px 14px;margin-bottom:8px;font-size:13.5px;
box-shadow:0 6px 18px rgba(0,0,0,.25);opacity:0;transition:opacity .6s}
.toast.on{opacity:1}
.snack{position:fixed;left:50%;bottom:26px;transform:translateX(-50%);background:#32383f;color:#fff;border-radius:6px;
padding:10px 16px;font-size:13.5px;opacity:0;transition:opacity .6s}
.snack.on{opacity:1}.snack a{color:#54aeff;margin-left:14px}
"""

SCRIPT = """
const msgs = %s;
function toast(i){const t=document.createElement('div');t.className='toast';t.textContent=msgs[i];
document.getElementById('toasts').appendChild(t);requestAnimationFrame(()=>requestAnimationFrame(()=>t.classList.add('on')));
setTimeout(()=>t.classList.remove('on'),3200);setTimeout(()=>t.remove(),4000);}
function invite(){const e=document.getElementById('em');
 if(e.value.trim()===msgs.taken){e.classList.add('bad');document.getElementById('err').textContent=msgs.takenErr;return;}
 e.classList.remove('bad');document.getElementById('err').textContent='';toast('invited');e.value='';}
function removeRow(k){document.getElementById('r'+k).remove();const s=document.getElementById('snack');
 s.firstChild.textContent=msgs.removed;s.classList.add('on');setTimeout(()=>s.classList.remove('on'),3500);}
"""


def play(stage: Stage) -> None:
    gb, us, rng = stage.fake("en_GB"), stage.fake("en_US"), stage.rng
    users = []
    for i in range(6):
        first, last = RARE[i // 2] if i % 2 == 0 else fakes.person(gb if i < 3 else us).split(" ", 1)
        name = f"{first} {last}"
        email = fakes.email_for(name, "harbourline.co.uk", rng)
        users.append({"name": name, "email": email, "phone": fakes.uk_mobile(rng)})
    for u in users:
        stage.pii(u["name"], "PERSON")
        stage.pii(u["email"], "EMAIL_ADDRESS")
        stage.pii(u["phone"], "PHONE_NUMBER")
    taken = users[2]
    invitee = fakes.email_for(fakes.person(us), "gmail.com", rng)
    reset_for = users[4]
    removed = users[5]
    msgs = {
        "invited": f"Invitation sent to {invitee}",
        "reset": f"Password reset link sent to {reset_for['email']}",
        "removed": f"{removed['name']} was removed from Harbourline",
        "taken": taken["email"],
        "takenErr": f"{taken['email']} is already registered to {taken['name']}",
    }
    # the messages are built by script and fade: stamped when shown
    stage.pii(invitee, "EMAIL_ADDRESS", watch=False)
    rows = "".join(
        f'<tr id="r{k}"><td>{esc(u["name"])}</td><td>{esc(u["email"])}</td><td>{esc(u["phone"])}</td>'
        f'<td><span class="btn" id="rs{k}" onclick="toast(\'reset\')">Reset password</span> '
        f'<span class="btn" id="rm{k}" onclick="removeRow({k})">Remove</span></td></tr>'
        for k, u in enumerate(users)
    )
    body = f"""<div class="top"><b>Harbourline</b><span>Dashboard</span><span>Users</span><span>Audit</span></div>
<div class="main"><table><tr><th>Name</th><th>E-mail</th><th>Mobile</th><th>Actions</th></tr>{rows}</table>
<div class="card"><h3>Invite a user</h3><label>Work e-mail</label><input id="em" autocomplete="off">
<div class="err" id="err"></div><button class="primary" id="go" onclick="invite()">Send invitation</button>
<div class="hint">{esc(HINT)}</div></div></div>
<div class="toasts" id="toasts"></div><div class="snack" id="snack"><span></span><a href="#">Undo</a></div>"""
    stage.page("admin/users.html", doc("Users - Harbourline", CSS, body, SCRIPT % json.dumps(msgs)))
    stage.keep(HINT, "Work e-mail", "Invite a user", static=True)
    chrome = stage.chrome("http://harbourline.example/admin/users.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    # an e-mail already taken: the inline error quotes it with its owner's name
    stage.click(*chrome.point("#em"))
    desk.type(taken["email"], delay_ms=90)
    stage.pause(0.5)
    stage.click(*chrome.point("#go"))
    stage.pause(0.5)
    stage.mark("inline_error")
    stage.pause(3.5)
    stage.click(*chrome.point("#em"))
    desk.key("ctrl+a")
    desk.type(invitee, delay_ms=90)
    stage.pause(0.4)
    stage.click(*chrome.point("#go"))
    stage.pause(0.7)
    stage.shown(invitee, "EMAIL_ADDRESS")
    stage.mark("toast_invited")
    stage.pause(4.5)
    stage.click(*chrome.point("#rs4"))
    stage.pause(0.7)
    stage.mark("toast_reset")
    stage.pause(4.5)
    stage.click(*chrome.point("#rm5"))
    stage.pause(0.7)
    stage.mark("snackbar_removed")
    stage.pause(5.0)


SCENE = SceneSpec(
    name="toast_messages",
    description="A user-management page in Chromium whose actions answer in short-lived messages that quote "
    "data: an inline error repeating a typed e-mail with its owner's name, a toast fading in and out at the top "
    "right with an invited e-mail, another with a password-reset e-mail, and a snackbar naming a removed user "
    "over the page's bottom. A table of users (names of several cultures, e-mails, mobiles) stays behind.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=61223,
    crf=24,
)
