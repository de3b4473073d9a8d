"""A phone's text messages on the desktop: conversations named by contacts or by bare numbers, codes.

Why this screen: "I never got the code" or "is this message a scam?" has a technician open the
customer's messages in a "Messages for web"-style window mirrored from their phone. The left pane
lists conversations, each titled by a contact's name or, for senders not in the contacts, by a
bare number, with the last message as a one-line snippet: one-time passcodes ("123456 is your
verification code"), a bank's alert naming the card's last digits, a courier's note. The
right pane shows a family thread in chat bubbles that wrap: a first name in a greeting, a door
code, an address sent to be picked up from, a new number "saved as" a name. Then the technician
opens a code sender's thread: a column of codes, one per bubble, each a secret while it is valid.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Oluwaseun", "Brígida", "Maelle", "Tomasz", "Ffion", "Keziah"]

CSS = """
body{font-size:14px;background:#f8fafd}
.app{display:grid;grid-template-columns:380px 1fr;height:100%}
.left{background:#fff;border-right:1px solid #e3e6ea;overflow-y:auto}
.left .hd{height:56px;display:flex;align-items:center;padding:0 18px;font-size:20px;color:#1f1f1f}
.new{margin:4px 18px 10px;background:#c2e7ff;border-radius:14px;padding:12px 18px;width:170px;font-weight:700}
.cv{display:grid;grid-template-columns:44px 1fr 46px;gap:12px;padding:10px 18px;cursor:pointer}
.cv.on{background:#d3e3fd;border-radius:0 24px 24px 0}
.av{width:40px;height:40px;border-radius:50%;display:flex;align-items:center;justify-content:center;color:#fff;
font-size:17px}
.cv .t{font-size:15px;color:#1f1f1f}.cv .s{font-size:13.5px;color:#444746;white-space:nowrap;overflow:hidden;
text-overflow:ellipsis;margin-top:2px}.cv .w{font-size:12px;color:#444746;text-align:right}
.right{display:flex;flex-direction:column}
.right .hd{height:64px;display:flex;align-items:center;padding:0 24px;border-bottom:1px solid #e3e6ea;background:#fff}
.right .hd b{font-size:18px;font-weight:400}.right .hd small{margin-left:14px;color:#444746}
.th{flex:1;overflow-y:auto;padding:16px 90px 16px 40px}
.day{text-align:center;color:#444746;font-size:12px;margin:10px 0}
.b{max-width:420px;padding:9px 14px;border-radius:18px;margin:5px 0;line-height:1.4;font-size:14.5px}
.in{background:#e9eef6;color:#1f1f1f;border-bottom-left-radius:4px}
.out{background:#0b57d0;color:#fff;margin-left:auto;border-bottom-right-radius:4px}
.box{height:56px;border-top:1px solid #e3e6ea;background:#fff;display:flex;align-items:center;padding:0 24px;
color:#444746}
.pg{display:none}.pg.on{display:flex;flex-direction:column;height:100%}
"""

SCRIPT = """
for (const c of document.querySelectorAll('.cv')) c.addEventListener('click', () => {
  for (const d of document.querySelectorAll('.cv')) d.classList.toggle('on', d === c);
  for (const p of document.querySelectorAll('.pg')) p.classList.toggle('on', p.id === c.dataset.go);
});
"""


def _bubbles(items: list[tuple[str, str]]) -> str:
    return "".join(f'<div class="b {side}">{esc(text)}</div>' for side, text in items)


def play(stage: Stage) -> None:
    gb, ie, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.rng
    daughter = stage.pii(f"{RARE_FIRST[4]} {gb.last_name()}", "PERSON", note="the thread's contact name")
    daughter_first = daughter.split()[0]
    sister = stage.pii(fakes.person(ie), "PERSON", note="a contact in the list")
    plumber = stage.pii(f"{gb.first_name()} (plumber)", "PERSON", note="a contact saved with a note")
    unknown = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="a sender not in the contacts")
    new_number = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="a new number sent in a bubble")
    door = stage.pii(f"{rng.randrange(1000, 9999)}#", "SECRET", note="a key-safe code")
    street = stage.pii(fakes.street(gb), "ADDRESS")
    town = stage.pii(gb.city(), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    codes = [stage.pii(f"{rng.randrange(100000, 999999)}", "SECRET", note="a one-time passcode") for _ in range(4)]
    card_end = f"{rng.randrange(1000, 9999)}"
    snippets = [
        ("bank", "Monzo", "#ff4f40", "M", f"{codes[0]} is your Monzo login code. Don't share it with anyone.", "09:41"),
        ("fam", daughter, "#8e24aa", daughter[0], f"ok see you at 6, the code is {door}", "09:12"),
        ("unk", unknown, "#5f6368", "?", "Hi mum it's me, this is my new number. Can you text me?", "Yesterday"),
        ("sis", sister, "#0b8043", sister[0], "Lovely to see you both on Sunday x", "Yesterday"),
        ("dpd", "DPD", "#dc0032", "D", "Your parcel is due today between 13:05 and 14:05.", "Tue"),
        ("plb", plumber, "#f29900", plumber[0], "Can come Thursday morning to look at the boiler", "Mon"),
        ("nat", "NatWest", "#5a287d", "N", f"Card ending {card_end}: payment of £46.20 at TESCO declined.", "Mon"),
    ]
    items = "".join(
        f'<div class="cv{" on" if key == "fam" else ""}" data-go="{key}" id="cv-{key}">'
        f'<div class="av" style="background:{color}">{esc(initial)}</div>'
        f'<div><div class="t">{esc(title)}</div><div class="s">{esc(text)}</div></div>'
        f'<div class="w">{esc(when)}</div></div>'
        for key, title, color, initial, text, when in snippets
    )
    family = _bubbles(
        [
            ("in", f"Hi mum, can you pick me up from {street}, {town} {postcode} after practice?"),
            ("out", f"Yes of course {daughter_first}. What time?"),
            ("in", "About 6. Also Gran's key safe changed"),
            ("in", f"ok see you at 6, the code is {door}"),
            ("out", f"Thanks love. Also Dad's new work number is {new_number}, save it"),
        ]
    )
    bank = _bubbles([("in", f"{c} is your Monzo login code. Don't share it with anyone.") for c in reversed(codes)])
    threads = {
        "fam": (daughter, "Mobile", family),
        "bank": ("Monzo", "Business", bank),
    }
    pages = "".join(
        f'<div class="pg{" on" if key == "fam" else ""}" id="{key}"><div class="hd"><b>{esc(title)}</b>'
        f'<small>{esc(sub)}</small></div><div class="th"><div class="day">Today</div>{body}</div>'
        f'<div class="box">Text message</div></div>'
        for key, (title, sub, body) in threads.items()
    )
    body = f"""<div class="app"><div class="left"><div class="hd">Messages</div><div class="new">Start chat</div>
{items}</div><div class="right">{pages}</div></div>"""
    stage.page("web/conversations.html", doc("Messages for web", CSS, body, SCRIPT))
    stage.keep("Start chat", "Your parcel is due today between 13:05 and 14:05.", "Lovely to see you both on Sunday x")
    stage.keep("Can come Thursday morning to look at the boiler", "Text message")
    chrome = stage.chrome("http://messages.example/web/conversations.html", mode="maximized")
    stage.start()
    stage.pause(6.0)
    stage.mark("family_thread")
    stage.click(*chrome.point("#cv-bank"))
    stage.pause(1.0)
    stage.mark("codes_thread")
    stage.pause(6.0)
    stage.click(*chrome.point("#cv-fam"))
    stage.pause(4.0)


SCENE = SceneSpec(
    name="sms_messages",
    description="A phone's text messages mirrored in a 'Messages for web' window in Chromium: conversations titled "
    "by contacts ('<First> <Last>', '<First> (plumber)') or by a bare number, each with a one-line snippet (a "
    "login code, a key-safe code, a bank alert with a card's last digits); a family thread whose wrapping bubbles "
    "hold a pick-up address, a first name, a key-safe code and a new number; then a bank's thread of one-time "
    "passcodes, one per bubble. en_GB/en_IE and rare given names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=73877,
    crf=24,
)
