"""A webmail compose window: recipients picked from an autocomplete list, a body typed live.

Why this screen: customers write e-mails while the technician watches. Typing a few letters in
"To" opens a suggestion list of contacts (name over address, no label), the chosen recipient
becomes a chip, and the body is typed key by key (a phone number, an address and a name in
prose, a signature) — e-mail content the policy never keeps. The inbox behind the compose
window shows senders and subjects.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#f6f8fc;color:#202124;overflow:hidden}
.top{height:56px;display:flex;align-items:center;padding:0 18px;gap:14px}
.brand{font-size:20px;color:#444;width:200px}
.search{background:#eaf1fb;border-radius:24px;padding:11px 18px;width:560px;color:#5f6368}
nav{position:absolute;left:0;top:56px;width:220px}nav div{padding:7px 24px;border-radius:0 16px 16px 0}
nav .on{background:#d3e3fd;font-weight:700}
.list{position:absolute;left:230px;right:16px;top:56px;bottom:0;background:#fff;border-radius:16px}
.row{display:flex;gap:18px;padding:9px 18px;border-bottom:1px solid #f1f3f4}.row b{width:190px}
.row span{color:#5f6368}
#compose{position:absolute;right:40px;bottom:0;width:560px;height:500px;background:#fff;border-radius:8px 8px 0 0;
box-shadow:0 4px 18px #0005;display:flex;flex-direction:column}
#compose .h{background:#f2f6fc;padding:10px 14px;font-weight:600;border-radius:8px 8px 0 0}
.fld{display:flex;align-items:center;gap:8px;border-bottom:1px solid #eceff1;padding:6px 14px;
min-height:26px;flex-wrap:wrap}
.fld label{color:#5f6368;width:52px}.fld input{border:0;outline:0;font-size:14px;flex:1;min-width:120px}
.chip{background:#e8eaed;border-radius:12px;padding:2px 10px;font-size:13px}
#sugg{position:absolute;left:76px;top:78px;width:420px;background:#fff;box-shadow:0 2px 10px #0004;border-radius:6px;
display:none;z-index:3}#sugg div{padding:7px 12px;line-height:1.3}#sugg div small{color:#5f6368;display:block}
#sugg div.hi{background:#e8f0fe}
textarea{flex:1;border:0;outline:0;padding:10px 14px;font:14px/1.5 Arial,sans-serif;resize:none}
.foot{padding:10px 14px;display:flex;gap:12px;align-items:center}.send{background:#0b57d0;color:#fff;border-radius:18px;
padding:8px 22px}
"""

SCRIPT = """
const to = document.getElementById('to'), sugg = document.getElementById('sugg');
to.addEventListener('input', () => {
  const q = to.value.toLowerCase();
  let n = 0;
  for (const d of sugg.children) { const hit = q.length > 1 && d.dataset.k.includes(q);
    d.style.display = hit ? '' : 'none'; d.classList.toggle('hi', hit && n++ === 0); }
  sugg.style.display = n ? 'block' : 'none';
});
to.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const d = [...sugg.children].find(x => x.classList.contains('hi'));
  if (!d) return;
  const chip = document.createElement('span'); chip.className = 'chip'; chip.textContent = d.dataset.name;
  to.before(chip); to.value = ''; sugg.style.display = 'none';
});
"""

SUBJECTS = [
    "Your parcel is on its way",
    "Re: Book club in January",
    "Council tax bill 2026/27",
    "Photos from the weekend",
    "Appointment reminder",
    "Re: Boiler service",
    "Your weekly statement is ready",
    "School trip consent form",
]


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    me = fakes.person(fake)
    my_email = stage.pii(fakes.email_for(me, "btinternet.com", rng), "EMAIL_ADDRESS")
    senders = [stage.pii(fakes.person(fake), "PERSON") for _ in SUBJECTS]
    # contacts sharing a first name, so two letters bring up several suggestions
    first = fake.first_name_female()
    contacts = [f"{first} {fake.last_name()}" for _ in range(3)] + [fakes.person(fake)]
    emails = [fakes.email_for(c, rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk"]), rng) for c in contacts]
    for c, e in zip(contacts, emails, strict=True):
        stage.pii(c, "PERSON")
        stage.pii(e, "EMAIL_ADDRESS")
    recipient = contacts[0]
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    stage.pii(me, "PERSON")
    neighbour = stage.pii(fakes.person(fake), "PERSON")
    stage.pii(recipient.split(" ")[0], "PERSON", scored=False, note="a first name alone")
    rows = "".join(
        f'<div class="row"><b>{esc(s)}</b><div>{esc(t)} <span>- see you then</span></div></div>'
        for s, t in zip(senders, SUBJECTS, strict=True)
    )
    sugg = "".join(
        f'<div data-k="{esc(c.lower())} {esc(e)}" data-name="{esc(c)}" style="display:none">{esc(c)}'
        f"<small>{esc(e)}</small></div>"
        for c, e in zip(contacts, emails, strict=True)
    )
    body = f"""<div class="top"><div class="brand">✉ Mail</div><div class="search">Search mail</div>
<div style="margin-left:auto;color:#5f6368">{esc(my_email)}</div></div>
<nav><div style="font-weight:600;background:#c2e7ff;border-radius:16px;margin:4px 12px 10px;width:90px">✎ Compose</div>
<div class="on">Inbox</div><div>Starred</div><div>Sent</div><div>Drafts</div><div>Spam</div></nav>
<div class="list">{rows}</div>
<div id="compose"><div class="h">New Message</div>
<div class="fld" style="position:relative"><label>To</label><input id="to" autocomplete="off"></div>
<div id="sugg">{sugg}</div>
<div class="fld"><label>Subject</label><input id="subj" autocomplete="off"></div>
<textarea id="body"></textarea>
<div class="foot"><span class="send">Send</span><span>A</span><span>📎</span><span>🔗</span></div></div>"""
    stage.page("mail/compose.html", doc("Inbox - Mail", CSS, body, SCRIPT))
    stage.keep("Search mail", "Compose", "Inbox", "Starred", "Sent", "Drafts", "New Message", "Subject", "Send")
    stage.keep(*SUBJECTS[:5])
    chrome = stage.chrome("http://mail.example.co.uk/mail/compose.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.5)
    stage.click(*chrome.point("#to"))
    desk.type(first[:3].lower(), typo_rate=0.0)
    stage.mark("suggestions_shown")
    stage.pause(2.5)
    desk.key("Return")
    stage.pause(0.8)
    stage.click(*chrome.point("#subj"))
    desk.type("New address from Monday", typo_rate=0.02)
    stage.click(*chrome.point("#body"))
    desk.type(
        f"Hi {recipient.split(' ')[0]},\n\nWe have moved! Our new address is {street}, {town} {postcode}. "
        f"My mobile is still {phone}. {neighbour} next door has a spare key if the courier comes early.\n\n"
        f"Best wishes,\n{me}",
        typo_rate=0.01,
        delay_ms=70,
    )
    stage.mark("body_typed")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="mail_compose",
    description="A webmail compose window in Chromium over the inbox: three letters typed in To open an "
    "autocomplete list of contacts (name over address), Enter makes the first a chip, then a subject and "
    "a body are typed key by key: a new street address, town and postcode, a mobile number, a "
    "neighbour's name and the sender's signature. The inbox behind shows eight senders.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=71523,
    crf=24,
)
