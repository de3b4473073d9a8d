"""A helpdesk ticket: a conversation thread beside a requester sidebar with contact details.

Why this screen: the sidebar is a label/value card (name, e-mail, phone, company, address) that a
technician has open for every ticket, while the thread carries the same person's name in greetings
and a colleague's name in prose; the agent's reply is typed key by key.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#f8f9f9;display:flex;flex-direction:column;color:#2f3941}
.nav{height:46px;background:#03363d;color:#fff;display:flex;align-items:center;padding:0 14px;gap:4px}
.nav .t{background:#ffffff1f;padding:8px 14px;border-radius:4px 4px 0 0;font-size:13px}
.nav .t.on{background:#f8f9f9;color:#2f3941}.nav .add{margin-left:8px;opacity:.7}
.nav .me{margin-left:auto;font-size:13px;opacity:.85}
.wrap{display:flex;flex:1;min-height:0}
aside{width:290px;background:#fff;border-right:1px solid #d8dcde;padding:16px 18px;overflow:hidden}
aside h3{font-size:12px;color:#68737d;text-transform:uppercase;letter-spacing:.5px;margin:18px 0 8px}
.card .name{font-size:17px;font-weight:bold;margin:6px 0 10px}
.kv{display:flex;margin:7px 0;font-size:13px}.kv span{width:78px;color:#68737d;flex:none}
.field{margin:8px 0}.field label{display:block;font-size:12px;color:#68737d;margin-bottom:3px}
.field div{border:1px solid #d8dcde;border-radius:4px;padding:6px 8px;font-size:13px}
main{flex:1;display:flex;flex-direction:column;min-width:0}
.head{padding:14px 24px;background:#fff;border-bottom:1px solid #d8dcde}
.head h1{font-size:20px;margin:0 0 6px}.head small{color:#68737d}
.badge{display:inline-block;background:#e35b66;color:#fff;border-radius:3px;padding:1px 7px;font-size:11px;
 margin-right:8px;font-weight:bold}
#thread{flex:1;overflow-y:auto;padding:6px 24px}
.ev{display:flex;gap:12px;padding:14px 0;border-bottom:1px solid #e9ebed}
.av{width:36px;height:36px;border-radius:50%;background:#5293c7;color:#fff;display:flex;align-items:center;
 justify-content:center;font-weight:bold;flex:none}
.ev .who{font-weight:bold}.ev .who small{font-weight:normal;color:#68737d;margin-left:8px}
.ev p{margin:6px 0;line-height:1.5}.note{background:#fff6e0;margin:0 -24px;padding:14px 24px}
.reply{background:#fff;border-top:1px solid #d8dcde;padding:10px 24px 14px}
.reply .tabs{display:flex;gap:18px;font-size:13px;margin-bottom:6px}.reply .tabs b{color:#1f73b7}
.reply textarea{width:100%;height:74px;border:1px solid #d8dcde;border-radius:4px;padding:8px;resize:none}
.reply .row{display:flex;justify-content:flex-end;gap:10px;margin-top:8px}
.reply button{border:0;border-radius:4px;padding:8px 16px;background:#1f73b7;color:#fff}
.reply button.sec{background:#fff;color:#1f73b7;border:1px solid #1f73b7}
"""


def _event(initials: str, color: str, who: str, when: str, paragraphs: list[str], note: bool = False) -> str:
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    cls = "ev note" if note else "ev"
    return (
        f'<div class="{cls}"><div class="av" style="background:{color}">{initials}</div><div>'
        f'<div class="who">{esc(who)}<small>{when}</small></div>{text}</div></div>'
    )


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_US"), stage.rng
    requester = stage.pii(fakes.person(fake), "PERSON")
    email = stage.pii(fakes.email_for(requester, "lakeshore-animal.com", rng), "EMAIL_ADDRESS")
    phone = stage.pii(fakes.us_phone(rng), "PHONE_NUMBER")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    city, state = rng.choice(fakes.US_CITIES)
    zip_code = fake.zipcode()
    stage.pii(f"{city}, {state}", "LOCATION")
    stage.pii(zip_code, "ZIP_CODE", scored=False, note="5 digits; too short to score reliably")
    agent, colleague, lead = (stage.pii(fakes.person(fake), "PERSON") for _ in range(3))
    first = requester.split()[0]
    stage.pii(first, "PERSON", scored=False, note="first name alone in a greeting")
    thread = "".join(
        [
            _event(
                requester[0],
                "#5293c7",
                requester,
                "Sep 15, 09:12",
                [
                    "Hello, since the Windows update last night none of the front desk PCs can print to the "
                    "Brother printer in reception. The print queue shows 'Error - Printing' and then the job "
                    "disappears.",
                    f"My colleague {colleague} tried restarting the printer and the PCs this morning, no change. "
                    "We have appointments all day so this is quite urgent.",
                ],
            ),
            _event(
                agent[0],
                "#038153",
                agent,
                "Sep 15, 09:40",
                [
                    f"Hi {first}, thanks for the details. Could you tell me the printer's model and whether it "
                    "shows an IP address on its display under Network > WLAN Status?",
                ],
            ),
            _event(
                requester[0],
                "#5293c7",
                requester,
                "Sep 15, 10:05",
                [
                    "It's an HL-L2350DW. The display says Connected, and there's a second one in the back office "
                    "that prints fine from the same PCs.",
                ],
            ),
            _event(
                lead[0],
                "#c38f00",
                f"{lead} (internal note)",
                "Sep 15, 10:21",
                [
                    "Known issue with the September cumulative update and the old Brother driver. Remove the "
                    "printer, install driver 4.1.2 from the share, re-add it. KB article 0x0000011b.",
                ],
                note=True,
            ),
        ]
    )
    sidebar = f"""<h3>Requester</h3><div class="card"><div class="name">{esc(requester)}</div>
<div class="kv"><span>Email</span>{esc(email)}</div><div class="kv"><span>Phone</span>{esc(phone)}</div>
<div class="kv"><span>Company</span>Lakeshore Animal Hospital</div>
<div class="kv"><span>Address</span><div>{esc(street)}<br>{esc(city)}, {state} {zip_code}</div></div>
<div class="kv"><span>Local time</span>Mon, 10:34 CDT</div></div>
<h3>Ticket fields</h3><div class="field"><label>Assignee</label><div>{esc(agent)}</div></div>
<div class="field"><label>Type</label><div>Incident</div></div>
<div class="field"><label>Priority</label><div>High</div></div>
<div class="field"><label>Tags</label><div>printing windows_update front_desk</div></div>"""
    body = f"""<div class="nav"><div class="t">Views</div>
<div class="t on">#48213 Printer offline after up…</div>
<div class="t">#48190 VPN drops every hour</div>
<div class="add">+ Add</div>
<div class="me">Northwind IT Support</div></div>
<div class="wrap"><aside>{sidebar}</aside><main>
<div class="head"><h1>Printer offline after Windows update</h1><span class="badge">OPEN</span>
<small>Ticket #48213 · via email · Lakeshore Animal Hospital</small></div>
<div id="thread">{thread}</div>
<div class="reply"><div class="tabs"><b>Public reply</b><span>Internal note</span></div>
<textarea id="ta" placeholder="Write a reply to the requester"></textarea>
<div class="row"><button class="sec">Apply macro</button><button id="send">Submit as Pending</button></div>
</div></main></div>"""
    stage.page("agent/tickets/48213.html", doc("Ticket #48213 - Northwind IT Support", CSS, body))
    stage.keep(
        "Printer offline after Windows update",
        "Requester",
        "Ticket fields",
        "Assignee",
        "Priority",
        "Lakeshore Animal Hospital",
        "Public reply",
        "Internal note",
        "Submit as Pending",
        "Apply macro",
        "Incident",
        "printing windows_update front_desk",
        "Local time",
        "#48190 VPN drops every hour",
        "Northwind IT Support",
        "Views",
    )
    chrome = stage.chrome("http://support.northwind-it.com/agent/tickets/48213.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    tx, ty = chrome.point("#thread")
    desk.move(tx, ty)
    stage.pause(1.0)
    desk.scroll(2, pause=0.35)
    stage.mark("thread_scrolled")
    stage.pause(3.0)
    desk.move(*chrome.point("aside .card .kv", 1))
    stage.pause(2.0)
    stage.click(*chrome.point("#ta"))
    desk.type(f"Hi {first}, known driver issue. I'll fix it remotely at 11:00.", typo_rate=0.02)
    stage.mark("reply_typed")
    stage.pause(2.0)
    desk.move(*chrome.point("#send"))
    stage.pause(1.5)


SCENE = SceneSpec(
    name="helpdesk_ticket",
    description="A Zendesk-like helpdesk ticket in Chromium: tabs of open tickets, a requester card (name, "
    "e-mail, phone, company, US street address, city/state/ZIP) and ticket fields on the left, "
    "the thread (customer messages naming a colleague, an agent reply, an internal note) in "
    "the middle. The thread scrolls, the pointer visits the card, and a public reply is typed "
    "key by key.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=70419,
    crf=24,
)
