"""A cloud phone system's web app: the call history, a caller's card, a voicemail's transcript, the dialpad.

Why this screen: a support desk's phone app sits beside every ticket. The call history lists
callers by name where the phone book knows them and by number where it does not, in every format a
number arrives in (national, international with its country code, a US number); each row says
"Missed call", "Incoming" or "Outgoing" with a duration and a time. A selected call opens the
caller's card (company, mobile, work phone, e-mail, "Caller location: <town>, UK"), and the
voicemail tab shows a machine transcript: prose in which the caller says who they are, reads out
a call-back number and an account number, and spells an e-mail address the way people say it
("<first> dot <last> at <domain> dot co dot uk"). The technician types a number into the
dialpad and scrolls the history.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Oisin", "Morwenna", "Chidera", "Eluned", "Radomir", "Saoirse", "Temperance", "Kwabena", "Ffion"]
TOWNS = ["Leeds", "Swansea", "Norwich", "Derby", "Aberdeen", "Exeter", "Lancaster", "Carlisle"]

CSS = """
body{font-size:14px;background:#eef1f5;color:#1b2430;margin:0}
.app{display:grid;grid-template-columns:64px 380px 1fr;height:100vh}
.rail{background:#0f2a47;color:#b9c7d8;display:flex;flex-direction:column;align-items:center;padding-top:14px;gap:22px;
font-size:11px}
.rail b{color:#fff}
.list{background:#fff;border-right:1px solid #d5dbe3;overflow-y:auto}
.list h1{font-size:18px;margin:14px 16px 6px}
.tabs{display:flex;gap:16px;padding:0 16px 8px;border-bottom:1px solid #e3e7ed;font-size:13px;color:#5b6776}
.tabs .on{color:#0b62d6;font-weight:700}
.row{display:grid;grid-template-columns:26px 1fr 70px;padding:9px 16px;border-bottom:1px solid #f0f2f5;gap:8px}
.row.sel{background:#e8f1ff}
.row .ic{font-size:15px;color:#5b6776}.row .miss{color:#c8323c}
.row .who{font-weight:600}.row .sub{font-size:12px;color:#6b7786}
.row .t{font-size:12px;color:#6b7786;text-align:right}
.main{padding:18px 26px;overflow-y:auto}
.card{background:#fff;border-radius:8px;padding:16px 20px;margin-bottom:14px;box-shadow:0 1px 2px rgba(0,0,0,.07)}
.card h2{font-size:15px;margin:0 0 10px}
.big{font-size:22px;font-weight:700}
.kv{display:grid;grid-template-columns:140px 1fr;row-gap:6px;margin-top:8px}.kv span{color:#6b7786}
.vm{line-height:1.55}
.vm small{color:#6b7786}
.pad{display:flex;gap:12px;align-items:center}
.pad input{font-size:20px;padding:6px 10px;width:260px;border:1px solid #b8c2cf;border-radius:6px}
.btn{background:#18a058;color:#fff;border:0;border-radius:18px;padding:8px 18px;font-weight:700}
"""


def _row(icon: str, who: str, sub: str, when: str, *, missed: bool = False, selected: bool = False) -> str:
    klass = "row sel" if selected else "row"
    ic = "ic miss" if missed else "ic"
    return (
        f'<div class="{klass}"><div class="{ic}">{icon}</div><div><div class="who">{esc(who)}</div>'
        f'<div class="sub">{esc(sub)}</div></div><div class="t">{esc(when)}</div></div>'
    )


def play(stage: Stage) -> None:
    gb, ie, us, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.fake("en_US"), stage.rng
    caller_first = rng.choice(RARE_FIRST)
    caller_last = gb.last_name()
    caller = stage.pii(f"{caller_first} {caller_last}", "PERSON", note="the selected caller, a rare given name")
    stage.pii(caller_first, "PERSON", note="the caller's first name, said in the voicemail")
    company = gb.company()
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="the caller's mobile, on the card")
    work = stage.pii(f"0{rng.randint(113, 191)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}", "PHONE_NUMBER")
    email = stage.pii(fakes.email_for(caller, "outlook.com", rng), "EMAIL_ADDRESS")
    town = stage.pii(rng.choice(TOWNS), "LOCATION", note="'Caller location: <town>, UK'")
    callback = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="read out in the voicemail")
    account = stage.pii(fakes.account_number(rng, 8), "ACCOUNT_NUMBER", note="in the voicemail's prose")
    spoken_user = f"{caller_first.lower()} dot {caller_last.lower()}"
    stage.pii(spoken_user, "EMAIL_ADDRESS", note="the e-mail as the transcript spells it")
    others = [fakes.person(gb), fakes.person(ie), fakes.person(us), f"{rng.choice(RARE_FIRST)} {ie.last_name()}"]
    for name in others:
        stage.pii(name, "PERSON", note="a caller in the history")
    unknown = [
        stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="an unknown caller, international"),
        stage.pii(fakes.us_phone(rng), "PHONE_NUMBER", note="a US caller"),
        stage.pii(f"+353 {rng.randint(83, 89)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", "PHONE_NUMBER"),
    ]
    dialled = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="typed into the dialpad")
    rows = [
        _row("&#8601;", caller, f"Missed call · {company}", "09:41", missed=True, selected=True),
        _row("&#8599;", others[0], "Outgoing · 4m 12s", "09:12"),
        _row("&#8601;", unknown[0], "Incoming · 1m 03s", "08:57"),
        _row("&#8601;", others[1], "Missed call", "Yesterday", missed=True),
        _row("&#8599;", unknown[1], "Outgoing · 12m 40s", "Yesterday"),
        _row("&#8601;", others[2], "Incoming · 7m 55s", "Mon"),
        _row("&#8601;", unknown[2], "Missed call", "Mon", missed=True),
        _row("&#8599;", others[3], "Outgoing · 2m 18s", "Fri 27 Nov"),
        _row("&#8601;", others[0], "Incoming · 0m 41s", "Fri 27 Nov"),
        _row("&#8601;", "Withheld", "Missed call", "Thu 26 Nov", missed=True),
        _row("&#8599;", others[2], "Outgoing · 3m 09s", "Wed 25 Nov"),
        _row("&#8601;", unknown[0], "Missed call", "Tue 24 Nov", missed=True),
    ]
    transcript = (
        f"Hi, it's {esc(caller_first)} from {esc(company)}. I'm ringing about the invoice that came through "
        f"last week, it's gone to the wrong address again. My account number is {esc(account)}. Could you "
        f"call me back on {esc(callback)}, or drop me an email, it's {esc(spoken_user)} at outlook dot com. "
        "Thanks, bye."
    )
    body = f"""<div class="app"><div class="rail"><b>&#9742;</b><div>Calls</div><div>Contacts</div><div>Messages</div>
<div>Settings</div></div>
<div class="list"><h1>Recents</h1><div class="tabs"><span class="on">All</span><span>Missed</span><span>Voicemail</span>
<span>Recorded</span></div>{"".join(rows)}</div>
<div class="main"><div class="card"><div class="big">{esc(caller)}</div><div class="sub">{esc(company)}</div>
<div class="kv"><span>Mobile</span><div>{esc(mobile)}</div><span>Work</span><div>{esc(work)}</div>
<span>Email</span><div>{esc(email)}</div><span>Caller location</span><div>{esc(town)}, UK</div>
<span>Last call</span><div>Missed &middot; today 09:41</div></div></div>
<div class="card"><h2>Voicemail &middot; 0:48</h2><div class="vm">{transcript}<br>
<small>Transcribed automatically &middot; accuracy may vary</small></div></div>
<div class="card"><h2>Dialpad</h2><div class="pad"><input id="dial" placeholder="Enter a number">
<button class="btn">Call</button></div><div class="sub" style="margin-top:8px">Calls are recorded for
quality and training purposes</div></div></div></div>"""
    stage.page("calls/index.html", doc("Recents - Ringwell Phone", CSS, body))
    stage.keep("Recents", "Voicemail", "Recorded", "Dialpad", "Caller location", "Last call")
    stage.keep("Transcribed automatically", "Contacts", "Messages", "Settings", "Enter a number")
    chrome = stage.chrome("http://app.ringwell.example/calls/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("#dial"))
    desk.type(dialled, typo_rate=0.0)
    stage.mark("number_dialled")
    stage.pause(3.0)
    desk.move(200, 500)
    desk.scroll(3, pause=0.3)
    stage.pause(3.0)
    desk.scroll(-3, pause=0.3)
    stage.pause(4.0)


SCENE = SceneSpec(
    name="softphone_calls",
    description="A cloud phone system's web app in Chromium: the call history (callers by name, or by number in "
    "UK, international, Irish and US formats; missed, incoming and outgoing with durations), a selected "
    "caller's card (company, mobile, work phone, e-mail, 'Caller location: <town>, UK'), a voicemail "
    "transcript in which the caller gives a call-back number, an account number and spells an e-mail "
    "('<first> dot <last> at outlook dot com'), and a number typed into the dialpad; the history scrolled.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=66361,
    crf=24,
)
