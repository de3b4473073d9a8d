"""A clinic's appointment calendar: patients' names inside coloured blocks of a week grid.

Why this screen: a calendar puts a person's name in a small coloured block beside a time and a
reason ("09:30 Sarah Collins · Check-up"), with no label or column header to type it; the
blocks of a week sit side by side in narrow day columns, some names cut by the block's width.
Opening an appointment shows the patient's date of birth, NHS number and mobile under small
captions in a side panel, and the receptionist types a note naming the patient's carer.
"""

from __future__ import annotations

import json
import random

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

DAYS = ["Mon 30", "Tue 1", "Wed 2", "Thu 3", "Fri 4"]
REASONS = ["Check-up", "Vaccination", "Blood test", "Review", "Dressing", "New patient", "Follow-up"]
COLOURS = ["#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3", "#ede9fe"]
HOUR_PX = 64
FIRST_HOUR = 8

CSS = f"""
body{{font-size:13px;background:#fff;color:#1f2937;display:flex;flex-direction:column}}
.top{{height:50px;border-bottom:1px solid #e5e7eb;display:flex;align-items:center;padding:0 18px;gap:18px;flex:none}}
.top b{{font-size:16px;color:#0f766e}}.top span{{color:#4b5563}}
.main{{display:flex;flex:1;min-height:0}}
.cal{{flex:1;overflow:auto;position:relative}}
.head{{display:grid;grid-template-columns:56px repeat(5,1fr);position:sticky;top:0;background:#fff;z-index:2;
 border-bottom:1px solid #e5e7eb}}
.head div{{padding:8px;font-weight:600;color:#374151}}
.grid{{display:grid;grid-template-columns:56px repeat(5,1fr);position:relative}}
.hours div{{height:{HOUR_PX}px;border-top:1px solid #f3f4f6;color:#9ca3af;font-size:11px;padding:2px 6px}}
.day{{position:relative;border-left:1px solid #e5e7eb}}
.day .slot{{height:{HOUR_PX}px;border-top:1px solid #f3f4f6}}
.appt{{position:absolute;left:3px;right:3px;border-radius:4px;padding:3px 6px;overflow:hidden;
 white-space:nowrap;cursor:pointer;border-left:3px solid #0f766e}}
.appt .t{{color:#4b5563;font-size:11px}}
.side{{width:320px;border-left:1px solid #e5e7eb;padding:16px 20px;display:none}}
.side h2{{font-size:18px;margin:0 0 4px}}.cap{{font-size:11px;color:#6b7280;margin-top:12px}}.val{{margin-top:2px}}
textarea{{width:100%;height:70px;margin-top:6px;border:1px solid #d1d5db;border-radius:4px;padding:6px;font-size:13px}}
"""

SCRIPT = """
for (const a of document.querySelectorAll('.appt')) a.addEventListener('click', () => {
  const d = JSON.parse(a.dataset.d);
  for (const k of Object.keys(d)) document.getElementById('p-' + k).textContent = d[k];
  document.getElementById('side').style.display = 'block';
});
"""


def _appointments(stage: Stage, fake: Faker, rng: random.Random) -> list[tuple[int, float, str, str]]:
    """(day, start hour, patient, reason): a busy week, every patient a registered PERSON."""
    booked = []
    for day in range(len(DAYS)):
        hour = FIRST_HOUR + rng.choice([0.0, 0.5])
        while hour < FIRST_HOUR + 8:
            if rng.random() < 0.7:
                name = stage.pii(fakes.person(fake), "PERSON")
                booked.append((day, hour, name, rng.choice(REASONS)))
            hour += rng.choice([0.5, 1.0, 1.0, 1.5])
    return booked


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    booked = _appointments(stage, fake, rng)
    pick = max(booked, key=lambda b: (b[0] == 2, -abs(b[1] - 10)))
    dob = stage.pii(fakes.dob_uk(fake), "DATE_OF_BIRTH")
    nhs = stage.pii(_nhs_number(rng), "UK_NHS")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    carer = stage.pii(fakes.person(fake), "PERSON")
    hours = "".join(f"<div>{h:02d}:00</div>" for h in range(FIRST_HOUR, FIRST_HOUR + 9))
    days = ""
    for day in range(len(DAYS)):
        blocks = ""
        for d, start, name, reason in booked:
            if d != day:
                continue
            top = round((start - FIRST_HOUR) * HOUR_PX) + 1
            hh, mm = int(start), round((start % 1) * 60)
            data = {"name": name, "when": f"{DAYS[day]} Dec, {hh:02d}:{mm:02d}", "reason": reason}
            if (d, start, name, reason) == pick:
                data.update(dob=dob, nhs=nhs, mobile=mobile)
            else:
                data.update(dob="-", nhs="-", mobile="-")
            blocks += (
                f"<div class=appt style='top:{top}px;height:{HOUR_PX // 2 - 3}px;background:{COLOURS[day]}'"
                f" data-d='{esc(_json(data))}'><span class=t>{hh:02d}:{mm:02d}</span> {esc(name)} · {reason}</div>"
            )
        days += f"<div class=day>{'<div class=slot></div>' * 9}{blocks}</div>"
    head = "<div></div>" + "".join(f"<div>{d} Dec</div>" for d in DAYS)
    side = """<div class=side id=side><h2 id=p-name></h2><div id=p-when></div>
<div class=cap>Reason</div><div class=val id=p-reason></div>
<div class=cap>Date of birth</div><div class=val id=p-dob></div>
<div class=cap>NHS number</div><div class=val id=p-nhs></div>
<div class=cap>Mobile</div><div class=val id=p-mobile></div>
<div class=cap>Reception notes</div><textarea id=note></textarea></div>"""
    body = f"""<div class=top><b>Riverside Surgery</b><span>Appointments</span><span>Patients</span>
<span>Messages</span><span>Rota</span></div><div class=main><div class=cal><div class=head>{head}</div>
<div class=grid><div class=hours>{hours}</div>{days}</div></div>{side}</div>"""
    stage.page("appointments/week.html", doc("Appointments - Riverside Surgery", CSS, body, SCRIPT))
    stage.keep("Riverside Surgery", "Appointments", "Patients", "Messages", "Rota", "Check-up", "Blood test")
    chrome = stage.chrome("http://riverside-surgery.nhs.example/appointments/week.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    desk.move(*chrome.point(".cal"))
    desk.scroll(3, pause=0.35)
    stage.mark("scrolled")
    stage.pause(2.5)
    desk.scroll(-3, pause=0.35)
    stage.pause(1.0)
    index = booked.index(pick)
    same_day = [b for b in booked if b[0] == pick[0]]
    stage.click(*chrome.point(f".day:nth-child({pick[0] + 2}) .appt", same_day.index(booked[index])))
    stage.mark("appointment_open")
    stage.pause(3.0)
    stage.click(*chrome.point("#note"))
    desk.type(f"Carer {carer} will attend with patient.", typo_rate=0.02)
    stage.mark("note_typed")
    stage.pause(3.0)


def _json(data: dict[str, str]) -> str:
    return json.dumps(data)


def _nhs_number(rng: random.Random) -> str:
    """A valid NHS number (modulus 11 check digit), printed 3 3 4 as the NHS writes it."""
    while True:
        digits = [4] + [rng.randint(0, 9) for _ in range(8)]  # numbers issued in England start 4-6
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        if check == 11:
            check = 0
        if check != 10:
            n = "".join(map(str, digits)) + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


SCENE = SceneSpec(
    name="clinic_calendar",
    description="A GP surgery's week calendar in Chromium: patients' names in coloured appointment blocks "
    "(time, name, reason) across five narrow day columns; the grid scrolls; one appointment opens a "
    "side panel with date of birth, NHS number and UK mobile under small captions; a note naming the "
    "patient's carer is typed.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=27749,
    crf=24,
)
