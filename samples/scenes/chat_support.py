"""A team chat app: a customer conversation with a participants list and message bubbles.

Why this screen: chat bubbles are narrow, so a phone number or an IBAN written in a sentence wraps
onto a second line in the middle of the value; an account number in prose ("My customer account
number is 12345678") has no label column to give it away. Incoming messages arrive while the
technician types replies key by key.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{display:flex;font-size:14px;background:#fff}
.rail{width:64px;background:#3f0e40;display:flex;flex-direction:column;align-items:center;
 padding-top:12px;gap:14px}
.rail div{width:36px;height:36px;border-radius:8px;background:#ffffff33;color:#fff;display:flex;
 align-items:center;justify-content:center;font-weight:bold}
.side{width:230px;background:#4a154b;color:#e8d9e8;padding:12px 0;font-size:14px}
.side h1{font-size:17px;color:#fff;margin:2px 16px 16px}
.side h2{font-size:13px;font-weight:normal;margin:14px 16px 6px;color:#cdb6cd}
.side div{padding:4px 16px 4px 26px}.side .on{background:#1164a3;color:#fff}
main{flex:1;display:flex;flex-direction:column;min-width:0}
header{height:52px;border-bottom:1px solid #ddd;display:flex;align-items:center;padding:0 18px;gap:10px}
header b{font-size:16px}header span{color:#616061;font-size:13px}
#msgs{flex:1;overflow-y:auto;padding:10px 18px}
.m{display:flex;gap:10px;margin:12px 0}.m.me{flex-direction:row-reverse}
.av{width:34px;height:34px;border-radius:6px;color:#fff;display:flex;align-items:center;
 justify-content:center;
 font-weight:bold;font-size:13px;flex:none}
.who{font-size:13px;color:#616061;margin-bottom:3px}.who b{color:#1d1c1d;margin-right:6px}
.me .who{text-align:right}
.bub{background:#f1f0f0;border-radius:14px;padding:8px 12px;line-height:20px;max-width:380px}
.me .bub{background:#1164a3;color:#fff}
#typing{height:20px;color:#616061;font-size:12px;padding:0 20px;font-style:italic}
.compose{margin:0 18px 16px;border:1px solid #bbb;border-radius:8px;padding:4px}
.compose textarea{width:100%;border:0;outline:0;resize:none;height:38px;padding:8px;font-size:14px}
.tools{color:#777;font-size:12px;padding:2px 8px}
aside{width:250px;border-left:1px solid #ddd;padding:14px 16px;font-size:13px}
aside h3{font-size:14px;margin:4px 0 12px}
.p{display:flex;gap:8px;align-items:center;margin:10px 0}.p .av{width:28px;height:28px}
.p small{display:block;color:#616061}
.dot{width:8px;height:8px;border-radius:50%;background:#2bac76;display:inline-block;margin-left:4px}
"""

SCRIPT = """
const msgs = document.getElementById('msgs');
function twoLines(bub, value){
  // narrow the bubble until `value` breaks over exactly two lines, as it would in a narrower window
  const node = [...bub.childNodes].find(n => n.nodeType === 3 && n.data.includes(value));
  if (!node) return;
  const i = node.data.indexOf(value), rg = document.createRange();
  rg.setStart(node, i); rg.setEnd(node, i + value.length);
  for (let w = 380; w >= 200; w -= 2) {
    bub.style.maxWidth = w + 'px';
    const tops = new Set([...rg.getClientRects()].filter(r => r.width > 1).map(r => Math.round(r.top)));
    if (tops.size === 2) return;
  }
}
function add(who, initials, color, text, me, wrapValue){
  const d = document.createElement('div'); d.className = 'm' + (me ? ' me' : '');
  const t = new Date(2025, 8, 16, 10, 40 + msgs.children.length);
  const hm = t.getHours() + ':' + String(t.getMinutes()).padStart(2, '0');
  d.innerHTML = `<div class="av" style="background:${color}">${initials}</div><div>` +
    `<div class="who"><b></b>${hm}</div><div class="bub"></div></div>`;
  d.querySelector('b').textContent = who; d.querySelector('.bub').textContent = text;
  msgs.appendChild(d);
  if (wrapValue) twoLines(d.querySelector('.bub'), wrapValue);
  msgs.scrollTop = msgs.scrollHeight;
}
const ta = document.getElementById('ta');
ta.addEventListener('keydown', e => {
  if (e.key !== 'Enter' || !ta.value.trim()) return;
  e.preventDefault(); add(ME.name, ME.initials, ME.color, ta.value.trim(), true, null); ta.value = '';
});
function receive(i){
  const m = INCOMING[i], ty = document.getElementById('typing');
  ty.textContent = m.who + ' is typing…';
  return new Promise(ok => setTimeout(() => { ty.textContent = '';
    add(m.who, m.initials, m.color, m.text, false, m.wrap); ok(true); }, 1500));
}
"""


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()[:2]).upper()


def _bubble(name: str, color: str, text: str, me: bool, hm: str) -> str:
    return (
        f'<div class="m{" me" if me else ""}"><div class="av" style="background:{color}">'
        f'{_initials(name)}</div><div><div class="who"><b>{esc(name)}</b>{hm}</div>'
        f'<div class="bub">{esc(text)}</div></div></div>'
    )


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    customer, agent, lead, billing = (stage.pii(fakes.person(fake), "PERSON") for _ in range(4))
    cust_email = stage.pii(fakes.email_for(customer, "brightwater-dental.co.uk", rng), "EMAIL_ADDRESS")
    account = stage.pii(fakes.account_number(rng), "ACCOUNT_NUMBER")
    phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER")  # wraps in its bubble: noted by the watcher
    iban = stage.pii(fakes.uk_bank(fake).iban_spaced, "IBAN_CODE")
    dms = [stage.pii(fakes.person(fake), "PERSON") for _ in range(3)]
    colors = {customer: "#e8912d", agent: "#2eb67d", lead: "#36c5f0", billing: "#e01e5a"}
    history = [
        (customer, "Hi, I can't log into the billing portal since this morning. It says my session expired.", False),
        (agent, "Sorry to hear that! Could you confirm which account this is about?", True),
        (customer, f"My customer account number is {account}", False),
        (agent, "Thanks, I can see the account. Let me check the login history.", True),
    ]
    bubbles = "".join(_bubble(n, colors[n], t, me, f"10:{31 + 2 * i}") for i, (n, t, me) in enumerate(history))
    incoming = [
        {
            "who": customer,
            "initials": _initials(customer),
            "color": colors[customer],
            "wrap": phone,
            "text": f"If it's easier you can call me on {phone} any time this afternoon, I'm at my desk.",
        },
        {
            "who": customer,
            "initials": _initials(customer),
            "color": colors[customer],
            "wrap": iban,
            "text": f"Sure, the refund can go to {iban} which is our practice account.",
        },
    ]
    people = "".join(
        f'<div class="p"><div class="av" style="background:{colors[n]}">{_initials(n)}</div><div>{esc(n)}'
        f'<span class="dot"></span><small>{role}</small></div></div>'
        for n, role in (
            (customer, "Customer · Brightwater Dental"),
            (agent, "Support engineer"),
            (lead, "Team lead"),
            (billing, "Billing specialist"),
        )
    )
    body = f"""
<div class="rail"><div>N</div><div>⌂</div><div>✉</div><div>☰</div></div>
<div class="side"><h1>Northwind Support</h1><h2>Channels</h2><div># general</div>
<div class="on"># it-helpdesk</div>
<div># billing-escalations</div><div># announcements</div><h2>Direct messages</h2>
{"".join(f"<div>{esc(d)}</div>" for d in dms)}</div>
<main><header><b># it-helpdesk</b>
<span>Billing portal login issue · shared with Brightwater Dental</span></header>
<div id="msgs">{bubbles}</div><div id="typing"></div>
<div class="compose"><textarea id="ta" placeholder="Message #it-helpdesk"></textarea>
<div class="tools">B &nbsp; I &nbsp; S &nbsp; Link &nbsp; ☺ &nbsp; @ &nbsp;
  Shift + Return to add a new line</div></div></main>
<aside><h3>Participants (4)</h3>{people}<h3 style="margin-top:22px">Customer contact</h3>
<div>{esc(cust_email)}</div><h3 style="margin-top:22px">Pinned</h3><div>Billing portal status page</div>
<div style="margin-top:6px">Refund policy (internal)</div></aside>"""
    me = {"name": agent, "initials": _initials(agent), "color": colors[agent]}
    script = f"const ME = {json.dumps(me)}; const INCOMING = {json.dumps(incoming)};" + SCRIPT
    stage.page("client/T02NW/C04HELP.html", doc("it-helpdesk - Northwind Support - Chat", CSS, body, script))
    stage.keep(
        "Northwind Support",
        "Channels",
        "Direct messages",
        "Participants (4)",
        "Customer contact",
        "Billing portal login issue",
        "general",
        "it-helpdesk",
        "billing-escalations",
        "announcements",
        "Support engineer",
        "Team lead",
        "Billing specialist",
        "Refund policy (internal)",
        "Billing portal status page",
        "Shift + Return to add a new line",
    )
    chrome = stage.chrome("http://app.northwind-chat.com/client/T02NW/C04HELP.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    desk.click(*chrome.point("#ta"))
    desk.type("Found it, sending a new reset link.\n", typo_rate=0.02)
    stage.mark("reply_sent")
    stage.pause(0.8)
    chrome.cdp.js("receive(0)")
    stage.mark("phone_message_received")
    stage.pause(2.5)
    desk.type("Where should the refund go?\n", typo_rate=0.02)
    chrome.cdp.js("receive(1)")
    stage.mark("iban_message_received")
    stage.pause(3.0)
    desk.type("Thanks, done.\n", typo_rate=0.02)
    stage.pause(1.5)
    mx, my = chrome.point("#msgs")
    desk.move(mx, my)
    desk.scroll(-3, pause=0.3)
    stage.mark("scrolled_up")
    stage.pause(3.0)
    desk.scroll(4, pause=0.3)
    stage.pause(2.0)


SCENE = SceneSpec(
    name="chat_support",
    description="A Slack-like team chat in Chromium: channel sidebar with direct-message names, a customer "
    "conversation in bubbles and a participants panel with the customer's e-mail. The "
    "customer's history says 'My customer account number is NNNNNNNN' in prose; two new messages "
    "arrive with a UK mobile number and a spaced IBAN, each wrapped over two lines inside a "
    "narrow bubble; the technician types three replies key by key, then scrolls the "
    "conversation up and down.",
    play=play,
    width=1280,
    height=720,
    fps=25,
    duration_s=30.0,
    seed=52331,
    crf=24,
)
