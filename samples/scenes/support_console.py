"""A remote-support tool's technician console: the waiting queue, the session's customer and
computer, and the chat transcript, one timed line per message.

Why this screen: the tool the recordings come from is on screen in many of them. Its session
panel names the customer (name, e-mail, company) and the computer ("DESKTOP-<SURNAME>"), its
queue lists who waits and for how long, and its chat pane prints the conversation as a log, each
line "10:02 <First> <Last>: message" (the technician's own lines by name too). Nothing but the
line's shape says the words before the colon are a person; the customer's later lines give only
the first name, and the first names come from Irish and Indian name lists as well as English.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:13px;background:#eef1f5;color:#1f2933}
.top{background:#0b3d91;color:#fff;padding:8px 14px;font-weight:700}
.app{display:grid;grid-template-columns:230px 1fr 300px;height:calc(100% - 34px)}
.queue{background:#fff;border-right:1px solid #d5dbe3;padding:10px}
.queue h4,.info h4{margin:4px 0 8px;font-size:12px;color:#52606d;text-transform:uppercase}
.q{padding:7px 6px;border-bottom:1px solid #eef1f5}.q small{color:#7b8794}
.chat{display:flex;flex-direction:column;padding:10px 14px}
.log{flex:1;background:#fff;border:1px solid #d5dbe3;border-radius:4px;padding:10px;
 font-family:'DejaVu Sans Mono',monospace;
 font-size:12px;line-height:1.7;overflow:auto}
.send{display:flex;gap:6px;margin-top:8px}.send input{flex:1;padding:7px;border:1px solid #9aa5b1;border-radius:4px}
.send button{background:#0b3d91;color:#fff;border:0;border-radius:4px;padding:7px 14px}
.info{background:#fff;border-left:1px solid #d5dbe3;padding:10px}
.kv{display:grid;grid-template-columns:90px 1fr;row-gap:6px;font-size:12px}.kv span{color:#7b8794}
"""


def play(stage: Stage) -> None:
    rng = stage.rng
    ie, india, gb = stage.fake("en_IE"), stage.fake("en_IN"), stage.fake("en_GB")
    first, last = ie.first_name(), ie.last_name()
    customer = stage.pii(f"{first} {last}", "PERSON", note="the customer, Irish name lists")
    stage.pii(first, "PERSON", note="a first name alone as a transcript's speaker")
    tech = stage.pii(f"{india.first_name()} {india.last_name()}", "PERSON", note="the technician")
    email = stage.pii(fakes.email_for(customer, "brightwater-dental.ie", rng), "EMAIL_ADDRESS")
    phone = stage.pii(f"+353 8{rng.randint(3, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", "PHONE_NUMBER")
    host = stage.pii(f"DESKTOP-{last.upper().replace(' ', '').replace(chr(39), '')[:8]}", "PERSON")
    waiting = [stage.pii(f"{f.first_name()} {f.last_name()}", "PERSON") for f in (india, gb, ie)]
    log = [
        ("10:02", customer, "hi, Outlook keeps asking for my password since this morning"),
        ("10:02", tech, "Hello, thanks for waiting. I can see your screen now."),
        ("10:03", first, "ok great"),
        ("10:03", tech, "Could you open File > Account Settings for me?"),
        ("10:04", first, "done, it says the account needs attention"),
    ]
    lines = "".join(f"<div>{t} {esc(who)}: {esc(msg)}</div>" for t, who, msg in log)
    queue = "".join(
        f'<div class="q">{esc(n)}<br><small>waiting {m} min · {esc(topic)}</small></div>'
        for n, m, topic in zip(waiting, (4, 2, 1), ("Printer offline", "VPN will not connect", "New laptop setup"))
    )
    body = f"""<div class="top">SupportDesk Remote · Session 418 220 913 · Connected</div>
<div class="app"><div class="queue"><h4>Waiting (3)</h4>{queue}</div>
<div class="chat"><div class="log" id="log">{lines}</div>
<div class="send"><input id="msg" placeholder="Type a message"><button id="go">Send</button></div></div>
<div class="info"><h4>Session</h4><div class="kv"><span>Customer</span><div>{esc(customer)}</div>
<span>E-mail</span><div>{esc(email)}</div><span>Phone</span><div>{esc(phone)}</div>
<span>Company</span><div>Brightwater Dental</div><span>Computer</span><div>{esc(host)}</div>
<span>OS</span><div>Windows 11 Pro 23H2</div><span>Started</span><div>10:01</div></div></div></div>"""
    script = f"""document.getElementById('go').onclick=function(){{var i=document.getElementById('msg');
var d=document.createElement('div');d.textContent='10:05 {esc(tech)}: '+i.value;
document.getElementById('log').appendChild(d);i.value='';}};"""
    stage.page("console/index.html", doc("SupportDesk Remote", CSS, body, script))
    stage.keep("Waiting (3)", "Printer offline", "VPN will not connect", "Brightwater Dental", "Windows 11 Pro 23H2")
    stage.keep("Outlook keeps asking for my password", "Account Settings", "Send")
    tab = stage.chrome("http://console.supportdesk.example/console/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    stage.click(*tab.point("#msg"))
    desk.type("Thanks. I will re-enter the account now, please do not type anything.", typo_rate=0.02)
    stage.click(*tab.point("#go"))
    stage.mark("sent")
    stage.pause(3.0)
    tab.cdp.js(
        "var d=document.createElement('div');d.textContent="
        f"'10:06 {first}: ok, my mobile is {phone} if you need to call';document.getElementById('log').appendChild(d);"
    )
    stage.mark("customer_replied")
    stage.pause(5.0)


SCENE = SceneSpec(
    name="support_console",
    description="A remote-support tool's technician console in Chromium: the waiting queue (three names, "
    "wait times, topics), the chat transcript as a log of timed lines '10:02 <First> <Last>: message' (the "
    "customer later by first name alone, the technician by name), the session panel (customer, e-mail, "
    "Irish mobile, company, computer 'DESKTOP-<SURNAME>'); a message typed and sent, the customer's reply "
    "giving a mobile number. Names from en_IE, en_IN and en_GB.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=22.0,
    seed=90127,
    crf=24,
)
