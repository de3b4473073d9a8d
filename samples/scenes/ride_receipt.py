"""A ride-hailing trip receipt in a webmail reading pane, beside the rider's trip history.

Why this screen: a technician helping someone find a receipt (an expense claim, a lost item)
opens the rider's webmail: the receipt e-mail greets the rider by first name ("Thanks for riding,
<First>"), names the driver by first name only with the car and its number plate, prints the
pickup and drop-off street addresses with their times, a static map whose streets are labelled
and whose pins carry the streets, the fare lines, and the card by network and last four digits.
A second tab lists the trip history (date, pickup, drop-off, fare), and the lost-item report form
is typed: what was lost, a phone number to call back, a description naming the item's owner.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.motor_claim import plate_current
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Aoife", "Tendai", "Rhiannon", "Ngozi", "Cerys", "Iolo", "Siobhan", "Kwabena", "Oisin"]
CARS = ["Toyota Prius", "Skoda Octavia", "Kia Niro", "Toyota Corolla", "Hyundai Ioniq"]
MAP_STREETS = ["Albion Road", "Station Approach", "Church Lane", "Victoria Street", "Park Terrace", "Mill Road"]

CSS = """
body{font-size:13px;background:#f6f8fc;color:#202124}
.app{display:grid;grid-template-columns:210px 340px 1fr;height:100%}
.side{padding:14px 10px;font-size:13px}.side div{padding:6px 12px;border-radius:0 16px 16px 0}
.side .on{background:#d3e3fd;font-weight:700}.compose{background:#c2e7ff;border-radius:14px;padding:14px 18px;
 display:inline-block;margin-bottom:12px;font-weight:700}
.list{background:#fff;border-right:1px solid #e0e0e0;overflow:hidden}
.row{padding:9px 14px;border-bottom:1px solid #f1f3f4;font-size:12px}.row b{display:block;font-size:13px}
.row.sel{background:#e8f0fe}
.pane{background:#fff;padding:16px 22px;overflow:auto}
.subj{font-size:19px;margin:0 0 6px}.from{font-size:12px;color:#5f6368;margin-bottom:12px}
.mail{border:1px solid #e0e0e0;border-radius:8px;padding:14px 18px;max-width:640px}
.big{font-size:22px;font-weight:700;margin:4px 0}
.trip{display:grid;grid-template-columns:70px 1fr;row-gap:4px;margin:10px 0}
.trip span{color:#5f6368}
.map{position:relative;height:150px;background:#e9efe6;border-radius:6px;overflow:hidden;margin:8px 0}
.rd{position:absolute;background:#fff;border:1px solid #d6dbd2}
.rn{position:absolute;font-size:10px;color:#5d6b5a}
.pin{position:absolute;background:#111;color:#fff;font-size:10px;padding:2px 6px;border-radius:3px}
.fare{width:100%;border-collapse:collapse;margin-top:6px}.fare td{padding:3px 0}.fare td+td{text-align:right}
.fare .tot td{border-top:1px solid #ddd;font-weight:700;padding-top:6px}
.drv{display:flex;gap:12px;align-items:center;margin:10px 0;background:#f7f7f7;padding:8px;border-radius:6px}
.av{width:34px;height:34px;border-radius:50%;background:#9aa0a6}
.fl label{display:block;font-size:12px;font-weight:700;margin:8px 0 3px}
.fl input,.fl textarea{width:100%;padding:6px 8px;border:1px solid #bbb;border-radius:4px;font-size:13px}
.fl textarea{height:48px}
.btn{background:#000;color:#fff;border:0;border-radius:6px;padding:8px 16px;margin-top:8px}
"""


def _map(pick_street: str, drop_street: str) -> str:
    roads = [
        ("left:0;top:38px;width:100%;height:9px", "left:8px;top:26px", 0),
        ("left:0;top:104px;width:100%;height:9px", "left:300px;top:92px", 1),
        ("left:120px;top:0;width:9px;height:100%", "left:132px;top:60px", 2),
        ("left:410px;top:0;width:9px;height:100%", "left:422px;top:128px", 3),
    ]
    out = "".join(
        f'<div class="rd" style="{r}"></div><div class="rn" style="{n}">{esc(MAP_STREETS[i])}</div>'
        for r, n, i in roads
    )
    out += f'<div class="pin" style="left:150px;top:64px">{esc(pick_street)}</div>'
    out += f'<div class="pin" style="left:300px;top:118px;background:#276ef1">{esc(drop_street)}</div>'
    return out


def _street_name(line: str) -> str:
    """The street of a street line ('Flat 7, Mill Road' and '12 Mill Road' -> 'Mill Road'), as a map labels it."""
    street = line.split(", ")[-1]
    return street.split(" ", 1)[1] if street[0].isdigit() else street


def _receipt(first: str, driver: str, car: str, plate: str, legs: list[tuple[str, str]], pin: str, card: str) -> str:
    drop_pin = _street_name(legs[1][1].split(", ")[-2])
    (t0, a), (t1, b) = legs
    return f"""<div class="big">Thanks for riding, {esc(first)}</div>
<div>We hope you enjoyed your ride this evening.</div><div class="big" style="font-size:18px">Total £23.85</div>
<div class="drv"><div class="av"></div><div>You rode with {esc(driver)}<br>{esc(car)} · {esc(plate)}</div>
<div style="margin-left:auto">★ 4.93</div></div>
<div class="trip"><span>{t0}</span><div>{esc(a)}</div><span>{t1}</span><div>{esc(b)}</div></div>
<div class="map">{_map(pin, drop_pin)}</div>
<table class="fare"><tr><td>Trip fare</td><td>£19.40</td></tr><tr><td>Booking fee</td><td>£2.25</td></tr>
<tr><td>Tip</td><td>£2.20</td></tr><tr class="tot"><td>Amount charged</td><td>£23.85</td></tr>
<tr><td>Paid with</td><td>Visa •••• {card}</td></tr></table>"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    first = rng.choice(RARE_FIRST)
    rider = stage.pii(f"{first} {fake.last_name()}", "PERSON", note="the rider, a first name common lists miss")
    stage.pii(first, "PERSON", note="a first name alone: 'Thanks for riding, <First>'")
    email = stage.pii(fakes.email_for(rider, "outlook.com", rng), "EMAIL_ADDRESS")
    driver = stage.pii(fake.first_name(), "PERSON", note="the driver, first name only")
    car = rng.choice(CARS)
    plate = stage.pii(plate_current(rng), "VEHICLE_REGISTRATION")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    pick = stage.pii(fakes.street(fake), "ADDRESS", note="pickup")
    pick_pc = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    drop = stage.pii(fakes.street(fake), "ADDRESS", note="drop-off")
    drop_pc = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    pin = stage.pii(_street_name(pick), "ADDRESS", note="the map's pickup pin: the street alone")
    stage.pii(_street_name(drop), "ADDRESS", note="the map's drop-off pin: the street alone")
    older = [
        (stage.pii(fakes.street(fake), "ADDRESS", note="an older trip"), stage.pii(fakes.street(fake), "ADDRESS"))
        for _ in range(2)
    ]
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="typed in the lost-item form")
    friend = stage.pii(fakes.person(fake), "PERSON", note="named in the lost-item description")
    card = f"{rng.randint(1000, 9999)}"
    legs = [("21:12", f"{pick}, {town} {pick_pc}"), ("21:38", f"{drop}, {town} {drop_pc}")]
    mail = f"""<div class="app"><div class="side"><div class="compose">Compose</div><div class="on">Inbox 3</div>
<div>Starred</div><div>Sent</div><div>Drafts</div></div>
<div class="list"><div class="row sel"><b>Trip receipts</b>Your Friday evening trip with {esc(driver)}</div>
<div class="row"><b>Council Tax</b>Your annual bill is ready</div>
<div class="row"><b>Railcard</b>Renewal reminder</div></div>
<div class="pane"><div class="subj">Your Friday evening trip with {esc(driver)}</div>
<div class="from"><b>Trip receipts</b> &lt;noreply@rides.example&gt;
<span style="float:right">Fri 4 Dec, 23:51</span></div>
<div class="from" style="margin-top:-10px">to me ▾</div>
<div class="mail">{_receipt(first, driver, car, plate, legs, pin, card)}</div></div></div>"""
    stage.page("mail/inbox.html", doc("Inbox - Mail", CSS, mail))
    trips = "".join(
        f'<div class="row{" sel" if i == 0 else ""}"><b>{d}</b>{esc(a)} → {esc(b)}<br>£{f} · {esc(c)}</div>'
        for i, (d, (a, b), f, c) in enumerate(
            [
                ("Fri 4 Dec, 21:12", (pick, drop), "23.85", car),
                ("Tue 1 Dec, 18:04", older[0], "14.20", "Kia Niro"),
                ("Sat 28 Nov, 09:41", older[1], "9.75", "Skoda Octavia"),
            ]
        )
    )
    app = f"""<div class="app" style="grid-template-columns:210px 380px 1fr"><div class="side">
<div class="compose">Rides</div><div class="on">Your trips</div><div>Wallet</div><div>Help</div>
<div>{esc(rider)}<br><small>{esc(email)}</small></div></div>
<div class="list"><div class="row"><b>Your trips</b>Past · Business · Upcoming</div>
{trips}</div><div class="pane"><div class="subj">Trip details</div>
<div class="mail" id="det">{_receipt(first, driver, car, plate, legs, pin, card)}
<h3>Lost something?</h3><div class="fl"><label>What did you leave behind?</label><input id="item"></div>
<div class="fl"><label>Phone number we can reach you on</label><input id="ph"></div>
<div class="fl"><label>Describe it</label><textarea id="desc"></textarea></div>
<button class="btn">Report lost item</button></div></div></div>"""
    stage.page("trips/index.html", doc("Your trips", CSS, app))
    stage.keep("Your trips", "Trip details", "Trip fare", "Booking fee", "Amount charged", "Paid with")
    stage.keep("Lost something?", "Report lost item", "Wallet", car, *MAP_STREETS[:4])
    chrome = stage.chrome("http://mail.example.co.uk/mail/inbox.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    tab = chrome.new_tab("http://riders.example.co.uk/trips/index.html")
    stage.mark("trips_opened")
    stage.pause(3.0)
    desk.move(*tab.point(".map"))
    desk.scroll(4, pause=0.3)
    stage.mark("scrolled_to_form")
    stage.pause(1.5)
    stage.click(*tab.point("#item"))
    desk.type("Black umbrella and a library book", typo_rate=0.02)
    stage.click(*tab.point("#ph"))
    desk.type(phone, typo_rate=0.0)
    stage.click(*tab.point("#desc"))
    desk.type(f"The book has {friend} written inside the cover.", typo_rate=0.02, delay_ms=60)
    stage.mark("form_typed")
    stage.pause(2.0)
    desk.scroll(-4, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="ride_receipt",
    description="A ride-hailing receipt in a webmail reading pane (en_GB) in Chromium: 'Thanks for riding, "
    "<First>', the driver by first name with the car and its plate, pickup and drop-off streets with times, "
    "town and postcodes, a static map with labelled streets and the pickup and drop-off streets on pins, "
    "the fare lines, 'Visa •••• <4>'; then the ride app's trip history (older trips' streets) with the same "
    "details and the lost-item form typed (item, mobile, a description naming someone); scrolled down and back.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=82933,
    crf=24,
)
