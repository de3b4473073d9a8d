"""A car-insurance customer portal: the policy, the insured vehicle and a claim typed in.

Why this screen: a motor insurer's portal puts a vehicle's registration beside the person it is
linked to ("Registered keeper"), in the shape a UK plate prints it (`AB12 CDE`, drawn as a
yellow plate, or after a caption), with the VIN (17 characters) and the named drivers' DVLA
licence numbers. The technician opens "Make a claim" and types what the customer dictates:
when it happened, the third party's name, phone, registration (an older prefix plate) and
insurer, and a free-text account that names people and a street.
"""

from __future__ import annotations

import random
import string

from faker import Faker

from samples.scenes import fakes
from samples.scenes.licence_scan import _licence_number
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"  # no I, Q or Z in the random letters
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # a VIN never holds I, O or Q
CARS = [
    ("Volkswagen", "Golf 1.5 TSI Life 5dr", "WVW"),
    ("Ford", "Fiesta 1.0 EcoBoost Titanium", "WF0"),
    ("Vauxhall", "Corsa 1.2 SE 5dr", "W0L"),
    ("Toyota", "Yaris 1.5 Hybrid Icon", "VNK"),
    ("Nissan", "Qashqai 1.3 DIG-T N-Connecta", "SJN"),
]
INSURERS = ["Direct Line", "Admiral", "Aviva", "LV=", "Churchill", "Hastings Direct"]

CSS = """
body{font-size:13px;background:#f4f6f8;color:#1d2730}
.top{height:54px;background:#12355b;color:#fff;display:flex;align-items:center;padding:0 26px;gap:26px}
.top b{font-size:18px}.top span{opacity:.85}.top .who{margin-left:auto;font-size:12px;text-align:right}
.wrap{width:1180px;margin:14px auto}
.hello{font-size:20px;margin:4px 0 12px}
.cards{display:grid;grid-template-columns:430px 1fr;gap:16px}
.card{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:14px 18px}
.card h2{font-size:15px;margin:0 0 10px;color:#12355b;display:flex;justify-content:space-between}
.card h2 small{font-weight:400;color:#0b7a3e;font-size:12px}
dl{display:grid;grid-template-columns:140px 1fr;margin:0;row-gap:6px}dt{color:#5b6770;font-size:12px}dd{margin:0}
table{border-collapse:collapse;width:100%;margin-top:8px;font-size:12px}
th{text-align:left;color:#5b6770;font-weight:400;border-bottom:1px solid #e3e7eb;padding:4px 6px 4px 0}
td{padding:5px 6px 5px 0;border-bottom:1px solid #f0f2f4}
.veh{display:flex;gap:22px;align-items:flex-start}
.plate{background:#f7d117;border:2px solid #222;border-radius:5px;font:700 30px 'DejaVu Sans Mono',monospace;
 padding:4px 16px 4px 8px;letter-spacing:2px;display:inline-flex;align-items:center;gap:10px;color:#111}
.plate i{font:700 10px 'Liberation Sans',sans-serif;background:#1a3d8f;color:#fff;padding:8px 3px;border-radius:2px;
 font-style:normal}
.vd{flex:1}.btns{margin-top:12px;display:flex;gap:10px}
.btn{background:#0b7a3e;color:#fff;border:0;border-radius:5px;padding:9px 18px;font-weight:700}
.btn.sec{background:#fff;color:#12355b;border:1px solid #12355b}
.claim{margin-top:16px}
.grid2{display:grid;grid-template-columns:1fr 1fr 1fr;gap:10px 18px}
.fl label{display:block;font-size:12px;color:#36424b;margin-bottom:3px;font-weight:700}
.fl input,.fl select{width:100%;padding:7px 8px;border:1px solid #9aa5ae;border-radius:4px;font-size:13px}
textarea{width:100%;height:64px;padding:7px 8px;border:1px solid #9aa5ae;border-radius:4px;font-size:13px}
.note{font-size:12px;color:#5b6770;margin:8px 0}
"""

SCRIPT = """
document.getElementById('go').addEventListener('click', () => {
  document.getElementById('claim').scrollIntoView({behavior: 'smooth', block: 'start'});
});
"""


def plate_current(rng: random.Random) -> str:
    """A current-format UK registration: area letters, age identifier, three random letters."""
    area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice(PLATE_LETTERS)
    age = rng.choice(["15", "16", "17", "18", "19", "20", "21", "65", "66", "67", "68", "69", "70", "71"])
    return f"{area}{age} {''.join(rng.choice(PLATE_LETTERS) for _ in range(3))}"


def plate_prefix(rng: random.Random) -> str:
    """A 1983-2001 prefix registration: the year letter, one to three digits, three letters."""
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    return f"{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}{rng.randint(1, 999)} {letters}"


def vin(rng: random.Random, wmi: str) -> str:
    return wmi + "".join(rng.choice(VIN_CHARS) for _ in range(8)) + "".join(rng.choice(string.digits) for _ in range(6))


def _driver(fake: Faker, rng: random.Random) -> tuple[str, str]:
    female = rng.random() < 0.5
    first = fake.first_name_female() if female else fake.first_name_male()
    middle = fake.first_name_female() if female else fake.first_name_male()
    last = fake.last_name()
    born = fake.date_of_birth(minimum_age=19, maximum_age=70)
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return f"{first} {last}", _licence_number(
        last, born.day, born.month, born.year, first[0] + middle[0], female, letters
    )


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    holder = stage.pii(fakes.person(fake), "PERSON", note="the policyholder")
    policy_no = stage.pii(
        f"MP{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}", "ACCOUNT_NUMBER", note="policy number"
    )
    dob = stage.pii(fake.date_of_birth(minimum_age=25, maximum_age=70).strftime("%d %b %Y"), "DATE_OF_BIRTH")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    drivers = [_driver(fake, rng) for _ in range(2)]
    for name, lic in drivers:
        stage.pii(name, "PERSON", note="a named driver")
        stage.pii(lic, "UK_DRIVING_LICENCE")
    make, model, wmi = rng.choice(CARS)
    reg = stage.pii(plate_current(rng), "VEHICLE_REGISTRATION", note="the insured car's plate, linked to the keeper")
    car_vin = stage.pii(vin(rng, wmi), "VIN")
    tp_name = stage.pii(fakes.person(fake), "PERSON", note="third party, typed")
    tp_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    tp_reg = stage.pii(plate_prefix(rng), "VEHICLE_REGISTRATION", note="third party's plate, typed")
    witness = stage.pii(fakes.person(fake), "PERSON", note="a witness named in the account")
    road = stage.pii(fake.street_name(), "ADDRESS", note="a street named in the account")
    insurer = rng.choice(INSURERS)
    when = "29/11/2026"
    account = f"Third party pulled out of {road} into my lane. Witness {witness} saw it, will give a statement."
    drivers_rows = "".join(
        f"<tr><td>{esc(n)}</td><td>{esc(lic)}</td><td>{'Main driver' if i == 0 else 'Named driver'}</td></tr>"
        for i, (n, lic) in enumerate(drivers)
    )
    body = f"""<div class="top"><b>Greenlane Insurance</b><span>My policies</span><span>Claims</span>
<span>Documents</span><span>Help</span><div class="who">{esc(holder)}<br>Policy {esc(policy_no)}</div></div>
<div class="wrap"><div class="hello">Your car insurance</div>
<div class="cards"><div class="card"><h2>My policy <small>● Active</small></h2><dl>
<dt>Policy number</dt><dd>{esc(policy_no)}</dd><dt>Policyholder</dt><dd>{esc(holder)}</dd>
<dt>Date of birth</dt><dd>{esc(dob)}</dd><dt>Address</dt><dd>{esc(street)}, {esc(town)} {esc(postcode)}</dd>
<dt>Cover</dt><dd>Comprehensive · renews 14 Mar 2027</dd></dl>
<table><tr><th>Named drivers</th><th>Licence number</th><th>Role</th></tr>{drivers_rows}</table></div>
<div class="card"><h2>Your vehicle <small>MOT valid</small></h2><div class="veh">
<div class="plate"><i>UK</i>{esc(reg)}</div><div class="vd"><dl>
<dt>Make and model</dt><dd>{esc(make)} {esc(model)}</dd><dt>Registration</dt><dd>{esc(reg)}</dd>
<dt>VIN</dt><dd>{esc(car_vin)}</dd><dt>Registered keeper</dt><dd>{esc(holder)}</dd>
<dt>Annual mileage</dt><dd>8,000 miles</dd><dt>Overnight</dt><dd>On a driveway</dd></dl></div></div>
<div class="btns"><button class="btn" id="go">Make a claim</button><button class="btn sec">Change vehicle</button>
<button class="btn sec">Add a driver</button></div></div></div>
<div class="card claim" id="claim"><h2>Make a claim</h2><div class="note">Tell us what happened. We'll call you
back within one working day.</div><div class="grid2">
<div class="fl"><label>Date of incident</label><input id="when" autocomplete="off"></div>
<div class="fl"><label>Time</label><input id="time" autocomplete="off"></div>
<div class="fl"><label>Where did it happen?</label><select><option>On a public road</option></select></div>
<div class="fl"><label>Third party name</label><input id="tpn" autocomplete="off"></div>
<div class="fl"><label>Third party phone</label><input id="tpp" autocomplete="off"></div>
<div class="fl"><label>Third party registration</label><input id="tpr" autocomplete="off"></div>
<div class="fl"><label>Third party insurer</label><input id="tpi" autocomplete="off"></div>
<div class="fl"><label>Was anyone injured?</label><select><option>No</option></select></div>
<div class="fl"><label>Police reference (if any)</label><input></div></div>
<div class="fl" style="margin-top:10px"><label>What happened?</label><textarea id="what"></textarea></div>
<div class="btns"><button class="btn">Submit claim</button><button class="btn sec">Save for later</button></div>
</div><div style="height:240px"></div></div>"""
    stage.page("account/motor.html", doc("My car insurance - Greenlane Insurance", CSS, body, SCRIPT))
    stage.keep("Greenlane Insurance", "My policy", "Your vehicle", "Named drivers", "Make and model")
    stage.keep("Registered keeper", "Comprehensive", "Policy number", "Licence number", "Annual mileage")
    stage.keep("Third party name", "Third party insurer", "What happened?", "Submit claim", "Save for later")
    chrome = stage.chrome("http://my.greenlane-insurance.co.uk/account/motor.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.5)
    desk.move(*chrome.point(".plate"))
    stage.pause(1.0)
    stage.click(*chrome.point("#go"))
    stage.mark("claim_opened")
    stage.pause(1.5)
    stage.click(*chrome.point("#when"))
    desk.type(when, typo_rate=0.0)
    stage.click(*chrome.point("#time"))
    desk.type("17:45", typo_rate=0.0)
    stage.click(*chrome.point("#tpn"))
    desk.type(tp_name, typo_rate=0.04)
    stage.click(*chrome.point("#tpp"))
    desk.type(tp_phone, typo_rate=0.03)
    stage.click(*chrome.point("#tpr"))
    desk.type(tp_reg, typo_rate=0.0)
    stage.click(*chrome.point("#tpi"))
    desk.type(insurer, typo_rate=0.0)
    stage.mark("third_party_typed")
    stage.click(*chrome.point("#what"))
    desk.type(account, typo_rate=0.02, delay_ms=60)
    stage.mark("account_typed")
    stage.pause(2.0)
    desk.scroll(-3, pause=0.3)
    stage.pause(2.5)


SCENE = SceneSpec(
    name="motor_claim",
    description="UK car-insurance customer portal in Chromium: 'My policy' (policy number, policyholder, date "
    "of birth, address, named drivers with DVLA licence numbers), the vehicle card (registration drawn as a "
    "yellow plate and after a caption, make and model, VIN, registered keeper); 'Make a claim' typed key by "
    "key: date and time, the third party's name, mobile, prefix-format registration and insurer, and an "
    "account of the accident naming a street and a witness; scrolled back up.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=51827,
    crf=24,
)
