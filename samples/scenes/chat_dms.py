"""A messenger's direct messages: a DM list with previews, an open DM, a contact-info panel.

Why this screen: customers share their screen from WhatsApp-Web-like messengers, or technicians
chat with them in one. The DM list shows contact names, the last message truncated with "…",
times and unread counts; in the open DM the customer sends an address over three short
messages, a phone number and a date of birth "for the form", a photo with a caption and a
voice note named after a person; the technician types replies key by key; the contact-info panel
shows the phone number and "About".
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#d1d7db;overflow:hidden;color:#111b21}
.app{position:absolute;inset:0;display:flex;background:#fff}
.left{width:360px;border-right:1px solid #e9edef;display:flex;flex-direction:column}
.left .hd{height:56px;background:#f0f2f5;display:flex;align-items:center;padding:0 16px;gap:12px}
.me{width:38px;height:38px;border-radius:50%;background:#8696a0}
.left .hd b{font-size:16px}.left .hd span{margin-left:auto;color:#54656f}
.srch{padding:7px 12px;border-bottom:1px solid #e9edef}.srch div{background:#f0f2f5;border-radius:8px;padding:7px 14px;
 color:#667781}
.dm{display:flex;gap:12px;padding:9px 14px;align-items:center;border-bottom:1px solid #f0f2f5}
.dm.on{background:#f0f2f5}
.av{width:44px;height:44px;border-radius:50%;flex:none;color:#fff;display:flex;align-items:center;justify-content:center;
 font-weight:600}
.dm .tx{flex:1;min-width:0}.dm .n{display:flex}.dm .n b{font-weight:normal;font-size:15px}
.dm .n small{margin-left:auto;color:#667781;font-size:12px}.dm .n small.u{color:#1fa855}
.dm .p{display:flex;color:#667781;font-size:13px;margin-top:2px}
.dm .p span{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;flex:1}
.badge{background:#25d366;color:#fff;border-radius:10px;font-size:11px;padding:1px 6px;margin-left:6px;font-weight:600}
.mid{flex:1;display:flex;flex-direction:column;min-width:0;background:#efeae2}
.mid .hd{height:56px;background:#f0f2f5;display:flex;align-items:center;padding:0 16px;gap:12px}
.mid .hd div small{display:block;color:#667781;font-size:12px}
#msgs{flex:1;overflow-y:auto;padding:12px 7%}
.day{text-align:center;margin:8px 0}.day span{background:#fff;border-radius:7px;padding:4px 10px;font-size:12px;
 color:#54656f}
.m{max-width:62%;margin:3px 0;padding:6px 9px 7px;border-radius:8px;background:#fff;
 box-shadow:0 1px .5px rgba(0,0,0,.13);
 width:fit-content;line-height:1.35}
.m.out{margin-left:auto;background:#d9fdd3}
.m .t{float:right;margin:6px 0 -4px 10px;font-size:11px;color:#667781}
.ph{width:240px;height:150px;border-radius:6px;background:linear-gradient(135deg,#9db7c9,#5d7b8f);margin-bottom:4px}
.vn{display:flex;align-items:center;gap:8px;width:270px}.vn i{flex:1;height:3px;background:#a4b0b6}
.vn small{color:#667781;font-size:12px}
.comp{height:62px;background:#f0f2f5;display:flex;align-items:center;padding:0 16px;gap:12px}
.comp input{flex:1;border:0;border-radius:8px;padding:10px 12px;font-size:15px}
.right{width:300px;border-left:1px solid #e9edef;background:#fff}
.right .hd{height:56px;background:#f0f2f5;display:flex;align-items:center;padding:0 16px}
.right .big{width:120px;height:120px;border-radius:50%;margin:22px auto 10px;font-size:40px}
.right h3{text-align:center;margin:0;font-size:19px;font-weight:normal}
.right .num{text-align:center;color:#667781;margin:4px 0 14px}
.right .sec{border-top:8px solid #f0f2f5;padding:12px 20px}.right .sec label{display:block;color:#667781;font-size:13px;
 margin-bottom:4px}
"""

SCRIPT = """
const msgs = document.getElementById('msgs');
function add(m){
  const d = document.createElement('div'); d.className = 'm' + (m.out ? ' out' : '');
  if (m.photo) { const p = document.createElement('div'); p.className = 'ph'; d.append(p); }
  if (m.voice) { const v = document.createElement('div'); v.className = 'vn'; v.append('▶');
    v.append(document.createElement('i')); const s = document.createElement('small'); s.textContent = m.voice;
    v.append(s); d.append(v); }
  if (m.text) d.append(m.text);
  const t = document.createElement('span'); t.className = 't'; t.textContent = m.time + (m.out ? ' ✓✓' : '');
d.append(t);
  msgs.append(d); msgs.scrollTop = msgs.scrollHeight;
}
function receive(i){ add(INCOMING[i]); }
const box = document.getElementById('box');
box.addEventListener('keydown', e => { if (e.key === 'Enter' && box.value) {
  add({text: box.value, time: '14:' + String(10 + msgs.children.length).padStart(2, '0'), out: true});
box.value = ''; } });
HISTORY.forEach(add);
"""

COLORS = ["#dfa94f", "#6bcbef", "#ff8a8a", "#7fc97f", "#c39bd3", "#f5a25d", "#4db6ac", "#90a4ae", "#e57373"]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()[:2])


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    customer = stage.pii(fakes.person(fake), "PERSON")
    contacts = [stage.pii(fakes.person(fake), "PERSON") for _ in range(7)]
    street = stage.pii(fakes.street(fake), "ADDRESS", note="the first of three short messages")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION", note="the second of three short messages")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE", note="the third of three short messages")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    dob = stage.pii(fakes.dob_uk(fake), "DATE_OF_BIRTH")
    caption_name = stage.pii(fakes.person(fake), "PERSON", note="in a photo's caption")
    voice_name = stage.pii(fakes.person(fake), "PERSON", note="a voice note's file name")
    intl = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="the contact-info panel")
    preview_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="a DM list preview")
    previews = [
        ("Sure, see you at the depot at 9", "09:41", 0),
        (f"New number is {preview_phone} from now on, save it…", "09:12", 2),
        ("Thanks for sorting the router out yesterday, it has been perfect since", "Yesterday", 0),
        ("Photo", "Yesterday", 1),
        ("Can you send me the invoice again please? The first one went to spam", "Tuesday", 0),
        ("👍", "Monday", 0),
        ("Voice message (0:14)", "02/12/2026", 0),
    ]
    dms = [
        f'<div class="dm on"><div class="av" style="background:{COLORS[0]}">{_initials(customer)}</div><div class="tx">'
        f'<div class="n"><b>{esc(customer)}</b><small class="u">14:09</small></div>'
        f'<div class="p"><span>typing…</span><span class="badge" style="flex:none">2</span></div></div></div>'
    ]
    for i, (c, (p, t, unread)) in enumerate(zip(contacts, previews, strict=True), start=1):
        badge = f'<span class="badge" style="flex:none">{unread}</span>' if unread else ""
        dms.append(
            f'<div class="dm"><div class="av" style="background:{COLORS[i]}">{_initials(c)}</div><div class="tx">'
            f'<div class="n"><b>{esc(c)}</b><small{" class=u" if unread else ""}>{esc(t)}</small></div>'
            f'<div class="p"><span>{esc(p)}</span>{badge}</div></div></div>'
        )
    history = [
        {"text": "Hi, is this the right number for the home broadband team?", "time": "13:58"},
        {"text": "Yes, this is Northwind support. How can I help?", "time": "13:59", "out": True},
        {"text": "I'm moving house next week and want the fibre moved over", "time": "14:01"},
        {"text": "No problem. What's the new address?", "time": "14:01", "out": True},
    ]
    incoming = [
        {"text": street, "time": "14:02"},
        {"text": town, "time": "14:02"},
        {"text": postcode, "time": "14:02"},
        {"text": f"and my mobile is {phone} if the engineer needs to call", "time": "14:03"},
        {"text": f"Date of birth for the form: {dob}", "time": "14:04"},
        {
            "photo": True,
            "text": f"Meter cupboard at the new place – {caption_name} says the socket is behind it",
            "time": "14:05",
        },
        {"voice": f"{voice_name}.opus", "text": "", "time": "14:06"},
    ]
    body = f"""<div class="app"><div class="left"><div class="hd"><div class="me"></div><b>Chats</b>
<span>⊕ ⋮</span></div><div class="srch"><div>Search or start a new chat</div></div>{"".join(dms)}</div>
<div class="mid"><div class="hd">
<div class="av" style="background:{COLORS[0]};width:40px;height:40px">{_initials(customer)}
</div><div>{esc(customer)}<small>online</small></div></div>
<div id="msgs"><div class="day"><span>TODAY</span></div></div>
<div class="comp"><span>☺ 📎</span><input id="box" placeholder="Type a message" autocomplete="off"><span>🎤</span></div>
</div>
<div class="right"><div class="hd">✕ &nbsp; Contact info</div>
<div class="av big" style="background:{COLORS[0]}">{_initials(customer)}</div><h3>{esc(customer)}</h3>
<div class="num">{esc(intl)}</div>
<div class="sec"><label>About</label>Busy moving house 📦 – text, don't call</div>
<div class="sec"><label>Media, links and docs</label>12</div>
<div class="sec"><label>Disappearing messages</label>Off</div>
<div class="sec" style="color:#ea0038">Block {esc(customer.split()[0])}</div></div></div>"""
    stage.pii(customer.split()[0], "PERSON", scored=False, note="a first name alone")
    script = f"const HISTORY = {json.dumps(history)}; const INCOMING = {json.dumps(incoming)};" + SCRIPT
    stage.page("chats/index.html", doc("Messenger Web", CSS, body, script))
    stage.keep("Chats", "Search or start a new chat", "Contact info", "About", "Media, links and docs")
    stage.keep("Disappearing messages", "Type a message", "TODAY", "No problem. What's the new address?")
    chrome = stage.chrome("http://web.messenger.example.com/chats/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.5)
    for i in range(3):  # the address in three short messages
        chrome.cdp.js(f"receive({i})")
        stage.pause(0.9)
    stage.mark("address_received")
    stage.pause(1.0)
    chrome.cdp.js("receive(3)")
    stage.pause(1.0)
    stage.click(*chrome.point("#box"))
    desk.type("Thanks! And your date of birth for the account check?\n", typo_rate=0.02, delay_ms=70)
    chrome.cdp.js("receive(4)")
    stage.mark("dob_received")
    stage.pause(2.0)
    chrome.cdp.js("receive(5)")
    stage.pause(1.5)
    chrome.cdp.js("receive(6)")
    stage.mark("voice_note_received")
    stage.pause(1.0)
    desk.type(f"Got it, booking the move to {postcode} for next Tuesday\n", typo_rate=0.02, delay_ms=70)
    stage.mark("reply_typed")
    stage.pause(2.5)
    mx, my = chrome.point("#msgs")
    desk.move(mx, my)
    desk.scroll(-3, pause=0.3)
    stage.mark("scrolled_up")
    stage.pause(2.5)
    desk.scroll(4, pause=0.3)
    stage.pause(2.0)


SCENE = SceneSpec(
    name="chat_dms",
    description="A WhatsApp-Web-like messenger in Chromium: eight DMs on the left (contact names, last messages "
    "truncated with '…', one with a phone number, times, unread counts), an open DM where the customer sends "
    "a street, a town and a postcode as three short messages, a mobile number in prose, a date of birth 'for "
    "the form', a photo with a caption naming a person and a voice note named after one; the technician "
    "types two replies key by key (one repeats the postcode); a contact-info panel with an international "
    "mobile and 'About'; the conversation scrolls up and down.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=84407,
    crf=24,
)
