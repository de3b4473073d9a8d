"""A video meeting in the browser: names on dark video tiles, a participants list and a chat.

Why this screen: customers join calls while the technician is connected. Every tile carries its
person's name in small light text on a dark, moving background (no label, no column), the
participants panel lists the same names with roles ("Host", "Guest"), and the chat panel shows
messages under a "Name  time" header, one with a phone number and one with an e-mail address
typed by the customer during the call.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#1f1f1f;color:#e8eaed;overflow:hidden}
.grid{position:absolute;left:14px;top:14px;right:374px;bottom:84px;display:grid;grid-template-columns:1fr 1fr;
grid-template-rows:1fr 1fr;gap:10px}
.tile{position:relative;border-radius:10px;overflow:hidden}
.tile .face{position:absolute;left:50%;top:42%;width:120px;height:120px;margin:-60px 0 0 -60px;border-radius:50%;
font-size:48px;display:flex;align-items:center;justify-content:center;color:#fff}
.tile .nm{position:absolute;left:12px;bottom:10px;font-size:13px;text-shadow:0 1px 2px #000}
.bar{position:absolute;left:0;right:360px;bottom:0;height:76px;display:flex;align-items:center;justify-content:center;
gap:14px}.bar span{background:#3c4043;border-radius:24px;padding:12px 18px}.bar .end{background:#ea4335}
.clock{position:absolute;left:20px;bottom:28px}
aside{position:absolute;right:0;top:0;bottom:0;width:360px;background:#fff;color:#202124;border-radius:12px 0 0 12px}
aside h3{margin:16px 20px 8px;font-size:16px;font-weight:500}.tabs{display:flex;gap:20px;padding:0 20px;
border-bottom:1px solid #ddd}.tabs div{padding:8px 0}.tabs .on{border-bottom:3px solid #1a73e8;color:#1a73e8}
.p{display:flex;gap:12px;align-items:center;padding:8px 20px}.av{width:32px;height:32px;border-radius:50%;color:#fff;
display:flex;align-items:center;justify-content:center}.p small{color:#5f6368;display:block}
#chat{display:none;padding:6px 20px}.m{margin:10px 0}.m b{font-weight:600}.m time{color:#5f6368;font-size:12px;
margin-left:8px}.m div{margin-top:3px;line-height:1.4}
#say{position:absolute;left:16px;right:16px;bottom:16px;border:0;background:#f1f3f4;border-radius:20px;
padding:11px 16px;font-size:14px;display:none}
"""

SCRIPT = """
const show = (chat) => {
  document.getElementById('people').style.display = chat ? 'none' : 'block';
  document.getElementById('chat').style.display = chat ? 'block' : 'none';
  document.getElementById('say').style.display = chat ? 'block' : 'none';
  document.getElementById('tchat').className = chat ? 'on' : '';
  document.getElementById('tppl').className = chat ? '' : 'on';
};
document.getElementById('tchat').addEventListener('click', () => show(true));
document.getElementById('tppl').addEventListener('click', () => show(false));
const say = document.getElementById('say');
say.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || !say.value) return;
  const m = document.createElement('div'); m.className = 'm';
  m.innerHTML = '<b>You</b><time>10:14</time><div></div>';
  m.querySelector('div').textContent = say.value;
  document.getElementById('chat').appendChild(m); say.value = '';
});
let t = 0;  // the tiles' backgrounds drift like video
setInterval(() => { t += 1; document.querySelectorAll('.tile').forEach((el, i) => {
  el.style.background = `hsl(${(i * 70 + t) % 360}, 18%, ${18 + 4 * Math.sin((t + i * 20) / 9)}%)`; }); }, 120);
"""

TILE_COLOURS = ["#5e35b1", "#00897b", "#c0ca33", "#f4511e"]


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    people = [stage.pii(fakes.person(fake), "PERSON") for _ in range(4)]
    host = people[0]
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    email = stage.pii(fakes.email_for(people[2], "outlook.com", rng), "EMAIL_ADDRESS")
    tiles = "".join(
        f'<div class="tile"><div class="face" style="background:{c}">{esc(p[0])}</div>'
        f'<div class="nm">{esc(p)}{" (Presenting)" if i == 1 else ""}</div></div>'
        for i, (p, c) in enumerate(zip(people, TILE_COLOURS, strict=True))
    )
    roles = ["Meeting host", "", "Guest", ""]
    ppl = "".join(
        f'<div class="p"><div class="av" style="background:{c}">{esc(p[0])}</div><div>{esc(p)}'
        f"<small>{r}</small></div></div>"
        for p, c, r in zip(people, TILE_COLOURS, roles, strict=True)
    )
    chat = f"""<div class="m"><b>{esc(host)}</b><time>10:02</time><div>Thanks for joining, the engineer is on the
line now.</div></div><div class="m"><b>{esc(people[1])}</b><time>10:05</time><div>If we get cut off my mobile is
{esc(phone)}</div></div>"""
    body = f"""<div class="grid">{tiles}</div>
<div class="clock">10:14 | Weekly service review</div>
<div class="bar"><span>🎤</span><span>📷</span><span>⬆ Present</span><span>✋</span><span class="end">📞</span></div>
<aside><h3>Meeting details</h3>
<div class="tabs"><div id="tppl" class="on">People (4)</div><div id="tchat">Chat</div></div>
<div id="people">{ppl}</div><div id="chat">{chat}</div><input id="say" placeholder="Send a message" autocomplete="off">
</aside>"""
    stage.page("meet/abc-defg-hij.html", doc("Meet - Weekly service review", CSS, body, SCRIPT))
    stage.keep("Meeting details", "Weekly service review", "Chat", "Meeting host", "Present")
    chrome = stage.chrome("http://meet.example.com/meet/abc-defg-hij.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    stage.click(*chrome.point("#tchat"))
    stage.mark("chat_opened")
    stage.pause(3.0)
    stage.click(*chrome.point("#say"))
    desk.type(f"send the invoice copy to {email} please", typo_rate=0.02)
    desk.key("Return")
    stage.mark("message_sent")
    stage.pause(4.0)
    stage.click(*chrome.point("#tppl"))
    stage.pause(3.0)


SCENE = SceneSpec(
    name="video_call",
    description="A browser video meeting: four tiles with names in small light text on drifting dark "
    "backgrounds, a participants panel (name and role), then the chat: a host's message, a guest's "
    "message with a mobile number, and an e-mail address typed and sent during the call.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=33187,
    crf=24,
)
