"""A calendar's meeting details: attendees with their RSVPs, a home address as the place, a dial-in.

Why this screen: a technician sorting out a customer's calendar opens an event. Its panel lists
the guests one per line (name, or an e-mail address for outside guests, with "Organiser" or an
RSVP under some), a place that is someone's home address, the video call's link and a dial-in
number with its PIN, and a description in prose naming a child and a school. The panel is
scrolled.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#fff;color:#3c4043;overflow:hidden}
.top{height:60px;border-bottom:1px solid #dadce0;display:flex;align-items:center;gap:20px;padding:0 20px}
.top b{font-size:20px;font-weight:400}
.grid{position:absolute;left:0;top:61px;bottom:0;width:760px;
background:repeating-linear-gradient(#fff 0 47px,#e8eaed 47px 48px)}
.ev{position:absolute;left:120px;width:560px;background:#039be5;color:#fff;border-radius:6px;padding:4px 8px;
font-size:13px}
#panel{position:absolute;left:780px;top:70px;width:460px;bottom:10px;box-shadow:0 2px 10px #0003;border-radius:8px;
padding:18px 22px;overflow:auto}
#panel h2{font-size:21px;font-weight:400;margin:0 0 4px}.sub{color:#70757a;margin-bottom:14px}
.row{display:flex;gap:14px;margin:12px 0}.row i{width:20px;font-style:normal;color:#70757a}
.g{margin:8px 0 8px 34px}.g small{display:block;color:#70757a;font-size:12px}
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    organiser = stage.pii(fakes.person(fake), "PERSON")
    guests = [stage.pii(fakes.person(fake), "PERSON") for _ in range(3)]
    outside = stage.pii(fakes.email_for(fakes.person(fake), "btinternet.com", rng), "EMAIL_ADDRESS")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    dial = stage.pii(f"+44 20 {rng.randint(3000, 8999)} {rng.randint(1000, 9999)}", "PHONE_NUMBER")
    pin = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}#"
    stage.pii(pin, "PASSWORD", note="a dial-in PIN")
    child = fake.first_name()
    stage.pii(child, "PERSON", scored=False, note="a child's first name alone")
    rsvps = ["Organiser", "Going", "Maybe", "Awaiting"]
    people = [organiser, *guests]
    guest_rows = "".join(f'<div class="g">{esc(p)}<small>{r}</small></div>' for p, r in zip(people, rsvps, strict=True))
    guest_rows += f'<div class="g">{esc(outside)}<small>Awaiting</small></div>'
    body = f"""<div class="top"><b>Calendar</b><span>Today</span><span>‹ ›</span><span>December 2026</span></div>
<div class="grid"><div class="ev" style="top:190px;height:86px">Handover meeting<br>10:00 – 11:30</div>
<div class="ev" style="top:382px;height:38px;background:#33b679">Boiler service</div></div>
<div id="panel"><h2>Handover meeting</h2><div class="sub">Tuesday, 8 December · 10:00 – 11:30</div>
<div class="row"><i>📍</i><div>{esc(street)}, {esc(town)} {esc(postcode)}</div></div>
<div class="row"><i>🎥</i><div>Join with Meet<br><small>meet.example.com/qwe-rtyu-iop</small></div></div>
<div class="row"><i>📞</i><div>Join by phone<br>{esc(dial)} PIN: {esc(pin)}</div></div>
<div class="row"><i>👥</i><div>5 guests<br><small>2 yes, 1 maybe, 2 awaiting</small></div></div>{guest_rows}
<div class="row"><i>≡</i><div>Handover of the house keys before the move. {esc(child)} finishes at Meadowbank
Primary at 3:15 so we need to be done by 2:30. Bring the meter readings.</div></div>
<div class="row"><i>🔔</i><div>30 minutes before</div></div></div>"""
    stage.page("calendar/event.html", doc("Calendar - Handover meeting", CSS, body))
    stage.keep("Calendar", "December 2026", "Handover meeting", "Join with Meet", "Join by phone", "Boiler service")
    stage.keep("30 minutes before", "Organiser", "Bring the meter readings.")
    chrome = stage.chrome("http://calendar.example.com/calendar/event.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    desk.move(*chrome.point("#panel"))
    desk.scroll(3, pause=0.35)
    stage.mark("panel_scrolled")
    stage.pause(3.5)
    desk.scroll(-3, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="meeting_invite",
    description="A calendar event's detail panel in Chromium beside the day grid: a home street address, town "
    "and postcode as the place, a video link, a dial-in number with its PIN, five guests one per line (names "
    "with Organiser/RSVP captions, an outside guest's e-mail), a description naming a child and a school; "
    "the panel scrolls down and back.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=16.0,
    seed=62915,
    crf=24,
)
