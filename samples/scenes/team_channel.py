"""A team workspace's escalation channel: colleagues discuss a customer, a thread, a member list.

Why this screen: support teams escalate in Slack-like workspaces, and colleagues quote the
customer in passing ("customer <name> says ... call her back on <phone>"), @mention each other
by full name, paste the customer's e-mail address and postal address in a code block, share a
file whose name holds the customer's name, and answer in a thread side panel. The left rail lists
channels and direct messages (people's names beside presence dots); the member list popover pairs
names with job titles; while the technician types "@" in the composer an autocomplete popup lists
matching people.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;color:#1d1c1d;overflow:hidden;font-family:'Lato','Liberation Sans',Arial,sans-serif}
.app{position:absolute;inset:0;display:flex}
.side{width:230px;background:#3f0e40;color:#cfc3cf;padding:10px 0;flex:none;font-size:14px}
.side h1{font-size:17px;color:#fff;margin:4px 16px 14px;font-weight:800}
.side h2{font-size:13px;font-weight:normal;margin:12px 16px 4px;color:#bca9bc}
.side .it{padding:3px 16px 3px 22px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.side .on{background:#1164a3;color:#fff}.side .bold{color:#fff;font-weight:700}
.dot{display:inline-block;width:8px;height:8px;border-radius:50%;margin-right:8px;border:1.5px solid #bca9bc}
.dot.up{background:#2bac76;border-color:#2bac76}
main{flex:1;display:flex;flex-direction:column;min-width:0}
header{height:50px;border-bottom:1px solid #ddd;display:flex;align-items:center;padding:0 16px;gap:10px}
header b{font-size:17px}header .topic{color:#616061;font-size:13px;white-space:nowrap;overflow:hidden;
 text-overflow:ellipsis;flex:1}
#mem{border:1px solid #ccc;border-radius:6px;padding:3px 8px;font-size:13px;color:#454245}
#msgs{flex:1;overflow-y:auto;padding:6px 0}
.m{display:flex;gap:9px;padding:6px 18px}.m:hover{background:#f8f8f8}
.av{width:36px;height:36px;border-radius:6px;color:#fff;display:flex;align-items:center;justify-content:center;
 font-weight:bold;font-size:13px;flex:none}
.hd b{font-weight:900;margin-right:6px}.hd small{color:#616061;font-size:12px}
.tx{line-height:21px}
.ment{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px}
pre{background:#f8f8f8;border:1px solid #ddd;border-radius:4px;padding:6px 8px;margin:4px 0;font-size:12.5px;
 font-family:'DejaVu Sans Mono',monospace;line-height:18px}
.file{display:flex;gap:10px;align-items:center;border:1px solid #ddd;border-radius:8px;padding:8px 12px;width:360px;
 margin-top:4px}
.file i{width:34px;height:34px;border-radius:6px;background:#e01e5a;color:#fff;font-style:normal;display:flex;
 align-items:center;justify-content:center;font-size:11px;font-weight:bold}
.file small{display:block;color:#616061;font-size:12px}
.re{display:inline-block;border:1px solid #ddd;border-radius:12px;padding:0 7px;margin:4px 4px 0 0;font-size:12px;
 background:#f8f8f8}
.rep{color:#1264a3;font-size:13px;font-weight:bold;margin-top:3px}
.comp{margin:0 16px 14px;border:1px solid #bbb;border-radius:8px;position:relative}
.comp .tools{height:30px;background:#f8f8f8;border-radius:8px 8px 0 0;color:#616061;padding:5px 10px;font-size:13px}
#box{width:100%;border:0;padding:9px 12px;font-size:15px;outline:none;border-radius:0 0 8px 8px}
#ac{position:absolute;bottom:78px;left:0;width:380px;background:#fff;border:1px solid #ccc;border-radius:8px;
 box-shadow:0 4px 12px rgba(0,0,0,.15);display:none;padding:6px 0}
#ac div{padding:5px 12px;display:flex;gap:8px;align-items:center}#ac div.sel{background:#1164a3;color:#fff}
#ac small{color:#868686;font-size:12px}#ac .sel small{color:#e8e8e8}
.thread{width:330px;border-left:1px solid #ddd;display:flex;flex-direction:column;flex:none}
.thread header b{font-size:16px}.thread header small{color:#616061}
.thread .m{padding:6px 14px}.thread .cnt{margin:4px 14px;color:#616061;font-size:12px;border-bottom:1px solid #eee;
 padding-bottom:4px}
#pop{position:absolute;top:46px;right:340px;width:330px;background:#fff;border:1px solid #ccc;border-radius:8px;
 box-shadow:0 6px 18px rgba(0,0,0,.2);display:none;padding:8px 0;z-index:5}
#pop h3{margin:4px 16px 8px;font-size:16px}
#pop .pm{display:flex;gap:10px;padding:5px 16px;align-items:center}
#pop .pm .av{width:28px;height:28px;font-size:11px}#pop small{display:block;color:#616061;font-size:12px}
"""

SCRIPT = """
const msgs = document.getElementById('msgs'), box = document.getElementById('box'), ac = document.getElementById('ac');
let pick = [];
function send(text){
  const d = document.createElement('div'); d.className = 'm';
  d.innerHTML = '<div class="av" style="background:#2eb67d">' + ME_INI + '</div><div><div class="hd"><b></b>' +
    '<small>11:07 AM</small></div><div class="tx"></div></div>';
  d.querySelector('b').textContent = ME; d.querySelector('.tx').textContent = text;
  msgs.append(d); msgs.scrollTop = msgs.scrollHeight;
}
function refresh(){
  const m = /@([A-Za-z]*)$/.exec(box.value);
  if (!m) { ac.style.display = 'none'; pick = []; return; }
  const q = m[1].toLowerCase();
  pick = PEOPLE.filter(p => p.name.toLowerCase().split(' ').some(w => w.startsWith(q))).slice(0, 5);
  ac.innerHTML = '';
  pick.forEach((p, i) => { const d = document.createElement('div'); if (!i) d.className = 'sel';
    d.innerHTML = '<span class="dot up"></span><b></b><small></small>';
    d.querySelector('b').textContent = p.name; d.querySelector('small').textContent = p.title; ac.append(d); });
  ac.style.display = pick.length ? 'block' : 'none';
}
box.addEventListener('input', refresh);
box.addEventListener('keydown', e => {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  if (pick.length) { box.value = box.value.replace(/@[A-Za-z]*$/, '@' + pick[0].name + ' '); refresh(); return; }
  if (box.value) { send(box.value); box.value = ''; }
});
document.getElementById('mem').addEventListener('click', () => {
  const p = document.getElementById('pop'); p.style.display = p.style.display === 'block' ? 'none' : 'block'; });
msgs.scrollTop = msgs.scrollHeight;
"""

COLORS = ["#e01e5a", "#36c5f0", "#2eb67d", "#ecb22e", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#c0392b"]
TITLES = [
    "Support Team Lead",
    "Billing Specialist",
    "Customer Success Manager",
    "Senior Support Engineer",
    "Payments Operations",
    "Support Engineer",
    "Head of Customer Care",
    "Refunds Analyst",
]


def _ini(name: str) -> str:
    return "".join(w[0] for w in name.split()[:2]).upper()


def _msg(name: str, color: str, time: str, inner: str) -> str:
    return (
        f'<div class="m"><div class="av" style="background:{color}">{_ini(name)}</div><div>'
        f'<div class="hd"><b>{esc(name)}</b><small>{time}</small></div><div class="tx">{inner}</div></div></div>'
    )


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    staff: list[str] = []
    while len(staff) < 8:
        n = fakes.person(fake)
        if n not in staff:
            staff.append(n)
    for n in staff:
        stage.pii(n, "PERSON")
    me = staff[5]
    customer = stage.pii(fakes.person(fake), "PERSON", note="a customer quoted in a message")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    email = stage.pii(
        fakes.email_for(customer, rng.choice(["gmail.com", "outlook.com", "btinternet.com"]), rng), "EMAIL_ADDRESS"
    )
    street = stage.pii(fakes.street(fake), "ADDRESS", note="in a code block")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION", note="in a code block")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE", note="in a code block")
    first, last = customer.split(" ", 1)
    joined = stage.pii(f"{last.replace(' ', '_')}_{first}", "PERSON", note="a name inside a file name")
    file_name = f"{joined}_refund_request.pdf"
    stage.pii(first, "PERSON", scored=False, note="a first name alone")
    neighbour = stage.pii(fakes.person(fake), "PERSON", note="named in a thread reply")
    card4 = str(rng.randint(1000, 9999))
    dms = "".join(
        f'<div class="it{" bold" if i == 1 else ""}"><span class="dot{" up" if i % 3 != 2 else ""}"></span>'
        f"{esc(n)}</div>"
        for i, n in enumerate(staff[:7])
        if n != me
    )
    chans = "".join(
        f'<div class="it{c[1]}"># {c[0]}</div>'
        for c in [
            ("general", ""),
            ("support-escalations", " on"),
            ("billing-ops", " bold"),
            ("releases", ""),
            ("random", ""),
            ("status-page", ""),
        ]
    )
    side = (
        f'<div class="side"><h1>Ledgerly Support ▾</h1><div class="it">🧵 Threads</div><div class="it">@ Mentions'
        f" &amp; reactions</div><h2>▾ Channels</h2>{chans}<h2>▾ Direct messages</h2>{dms}</div>"
    )
    m = [
        _msg(staff[0], COLORS[0], "10:31 AM", "Morning all, refunds backlog is down to 14 🎉"),
        _msg(
            staff[1],
            COLORS[1],
            "10:42 AM",
            f"Escalating from the phone queue: customer {esc(customer)} says her card ending {card4} was charged "
            f"twice for the November invoice, call her back on {esc(phone)} before 3pm please"
            '<div><span class="re">👍 3</span><span class="re">👀 1</span></div>'
            '<div class="rep">3 replies</div>',
        ),
        _msg(
            staff[2],
            COLORS[2],
            "10:45 AM",
            f'<span class="ment">@{esc(staff[3])}</span> can you check the processor log for the duplicate capture?',
        ),
        _msg(
            staff[1],
            COLORS[1],
            "10:47 AM",
            f"Her details from the ticket:<pre>{esc(email)}\n{esc(street)}\n{esc(town)}\n{esc(postcode)}</pre>",
        ),
        _msg(
            staff[4],
            COLORS[4],
            "10:52 AM",
            f'<div class="file"><i>PDF</i><div>{esc(file_name)}<small>PDF · 214 KB</small></div></div>'
            '<div><span class="re">✅ 1</span></div>',
        ),
    ]
    thread = [
        _msg(staff[3], COLORS[3], "10:49 AM", "Two captures 40 seconds apart, the second one should have been voided."),
        _msg(
            staff[6],
            COLORS[6],
            "10:53 AM",
            f"Her neighbour {esc(neighbour)} rang about the same thing yesterday, might be a pattern",
        ),
        _msg(staff[1], COLORS[1], "10:55 AM", "Refund raised, ref RF-20931. Just needs the call back now."),
    ]
    members = "".join(
        f'<div class="pm"><div class="av" style="background:{COLORS[i]}">{_ini(n)}</div>'
        f"<div>{esc(n)}<small>{TITLES[i]}</small></div></div>"
        for i, n in enumerate(staff[:7])
    )
    body = f"""<div class="app">{side}<main><header><b># support-escalations</b>
<span class="topic">Customer escalations that need a second pair of eyes · SLA 4h</span><span id="mem">👥 23</span>
</header><div id="msgs">{"".join(m)}</div>
<div class="comp"><div id="ac"></div><div class="tools">𝐁 𝐼 🔗 ≡ &lt;/&gt;</div>
<input id="box" placeholder="Message #support-escalations" autocomplete="off"></div></main>
<div class="thread"><header><b>Thread</b><small># support-escalations</small></header>
{m[1].replace('<div class="rep">3 replies</div>', "")}<div class="cnt">3 replies</div>{"".join(thread)}</div>
<div id="pop"><h3>23 members</h3>{members}</div></div>"""
    people = [{"name": n, "title": TITLES[i]} for i, n in enumerate(staff)]
    script = (
        f"const PEOPLE = {json.dumps(people)}; const ME = {json.dumps(me)}; const ME_INI = {json.dumps(_ini(me))};"
        + SCRIPT
    )
    stage.page("client/T0A1/C08/index.html", doc("support-escalations - Ledgerly Support - Slack", CSS, body, script))
    stage.keep("Ledgerly Support", "support-escalations", "Direct messages", "Channels", "billing-ops")
    stage.keep("Thread", "3 replies", "Message #support-escalations", "Refund raised, ref RF-20931.")
    chrome = stage.chrome("http://app.slack.example.com/client/T0A1/C08/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.5)
    stage.click(*chrome.point("#mem"))
    stage.mark("members_open")
    stage.pause(3.0)
    stage.click(*chrome.point("#mem"))
    stage.pause(0.5)
    stage.click(*chrome.point("#box"))
    tag = staff[3].split()[0][:3]
    desk.type(f"@{tag}", delay_ms=160)
    stage.mark("autocomplete_open")
    stage.pause(2.0)
    desk.key("Return")
    desk.type(f"I'll ring {first} back on {phone} now and confirm the refund", typo_rate=0.02, delay_ms=65)
    stage.pause(0.8)
    desk.key("Return")
    stage.mark("sent")
    stage.pause(2.5)
    mx, my = chrome.point("#msgs")
    desk.move(mx, my)
    desk.scroll(-4, pause=0.25)
    stage.mark("scrolled_up")
    stage.pause(2.5)
    desk.scroll(5, pause=0.25)
    stage.pause(2.0)


SCENE = SceneSpec(
    name="team_channel",
    description="A Slack-like workspace on #support-escalations: a left rail of channels and direct messages "
    "(names beside presence dots), a colleague quoting a customer (name, card ending, mobile in prose), an "
    "@mention by full name, the customer's e-mail and postal address pasted in a code block, a shared file "
    "named after the customer, reactions, a thread panel with replies naming a neighbour, a member list "
    "popover (names and job titles), and a reply typed with the '@' autocomplete popup.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=60317,
    crf=24,
)
