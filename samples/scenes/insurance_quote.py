"""A car-insurance broker's multi-step quote form, walked through by an agent on the phone.

Why this screen: a broker's quote engine asks, step by step, who proposes (name, date of birth in
three boxes "Day | Month | Year", occupation, address with "years at address"), who else drives
(a named drivers table: name, relationship, date of birth, licence type, the DVLA licence number
"MORGA753116SM9IJ" shape, years held), which car (a registration typed into "Find your car", the
VIN and make the lookup returns, the overnight postcode), the claims and convictions history
(rows "SP30 - 3 points - 2023" beside the driver's name) and, at the end, payment (card number,
name on card, expiry) with a "Send a renewal reminder to <e-mail>" box. Unlike motor_claim (a
customer portal showing a policy) the values here are typed into form inputs and tables one step
after another, the stepper beside them. Names from en_GB lists and ones common name lists miss.
"""

from __future__ import annotations

import random

from samples.scenes import fakes
from samples.scenes.licence_scan import _licence_number
from samples.scenes.motor_claim import CARS, plate_current, vin
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST_F = ["Ffion", "Oriel", "Saoirse", "Damaris", "Ysolde", "Keturah"]
RARE_FIRST_M = ["Emrys", "Peregrine", "Cadoc", "Leofric", "Tiernan", "Obadiah"]
RARE_LAST = ["Quartermaine", "Ashbolt", "Penhaligon", "Tregunna", "Izzard-Lowe", "Mulgrew"]

CSS = """
body{font-size:13px;background:#f2f4f7;color:#1c2430;overflow:hidden}
.top{height:46px;background:#23135a;color:#fff;display:flex;align-items:center;padding:0 22px;gap:22px}
.top b{font-size:17px}.top .who{margin-left:auto;font-size:12px;opacity:.85}
.wrap{display:grid;grid-template-columns:210px 1fr;gap:18px;padding:14px 22px}
.steps{background:#fff;border:1px solid #d9dde3;border-radius:8px;padding:10px 0}
.steps div{padding:8px 16px;color:#69727d;border-left:4px solid transparent}
.steps div.on{color:#23135a;font-weight:700;border-left-color:#6a3de8;background:#f4f0ff}
.steps div.done{color:#1c7c43}
.panel{display:none;background:#fff;border:1px solid #d9dde3;border-radius:8px;padding:14px 20px}
.panel.on{display:block}
h2{font-size:18px;margin:0 0 12px;color:#23135a}
.row{display:grid;grid-template-columns:1fr 1fr;gap:10px 22px}
.fl label{display:block;font-weight:700;font-size:12px;margin-bottom:3px}
.fl input,.fl select{width:100%;padding:6px 8px;border:1px solid #8d96a0;border-radius:4px;font-size:13px}
.dob{display:flex;gap:8px}.dob div{display:flex;flex-direction:column;font-size:11px;color:#69727d}
.dob input{width:64px}.dob input.y{width:84px}
.hint{font-size:11px;color:#69727d;margin-top:2px}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin-top:4px}
th{text-align:left;color:#4a5360;font-weight:700;border-bottom:2px solid #d9dde3;padding:5px 6px;background:#f7f8fa}
td{padding:6px;border-bottom:1px solid #eceef1}.mono{font-family:'Liberation Mono',monospace}
.btns{margin-top:14px;display:flex;gap:10px}
.btn{background:#6a3de8;color:#fff;border:0;border-radius:5px;padding:8px 18px;font-weight:700}
.btn.sec{background:#fff;color:#23135a;border:1px solid #23135a}
.found{margin-top:10px;border:1px solid #cfe8d7;background:#f1faf4;border-radius:6px;padding:8px 12px;display:none}
.found.on{display:block}
.plate{display:inline-block;background:#f7d117;border:2px solid #222;border-radius:4px;font:700 20px
 'DejaVu Sans Mono',monospace;padding:2px 10px;letter-spacing:1px}
dl{display:grid;grid-template-columns:150px 1fr;row-gap:5px;margin:6px 0 0}dt{color:#69727d}dd{margin:0}
.price{float:right;background:#f4f0ff;border-radius:6px;padding:6px 12px;font-weight:700;color:#23135a}
.chk{margin-top:10px;display:flex;gap:8px;align-items:center}
"""

SCRIPT = """
function go(n) {
  document.querySelectorAll('.panel').forEach((p, i) => p.classList.toggle('on', i === n));
  document.querySelectorAll('.steps div').forEach((s, i) => {
    s.classList.toggle('on', i === n); s.classList.toggle('done', i < n); });
}
document.querySelectorAll('.next').forEach(b => b.addEventListener('click', () => go(+b.dataset.to)));
document.getElementById('find').addEventListener('click', () =>
  document.getElementById('found').classList.add('on'));
"""

STEPS = ["1. About you", "2. Drivers", "3. Your car", "4. Claims and convictions", "5. Payment"]


def _card(rng: random.Random) -> str:
    """A Visa-shaped 16-digit number with a valid Luhn check digit, in groups of four."""
    digits = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d2 = d * 2 if i % 2 == 0 else d
        total += d2 - 9 if d2 > 9 else d2
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i : i + 4] for i in range(0, 16, 4))


def play(stage: Stage) -> None:
    rng, gb = stage.rng, stage.fake("en_GB")
    p_first, p_last = rng.choice(RARE_FIRST_F), rng.choice(RARE_LAST)
    p_middle = gb.first_name_female()
    proposer = stage.pii(f"{p_first} {p_last}", "PERSON", note="the proposer")
    born = gb.date_of_birth(minimum_age=30, maximum_age=62)
    dd, mm, yyyy = f"{born.day:02d}", f"{born.month:02d}", str(born.year)
    dob_boxes = stage.pii(f"{dd} {mm} {yyyy}", "DATE_OF_BIRTH", note="typed into Day | Month | Year", watch=False)
    street = stage.pii(fakes.street(gb), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    p_lic = stage.pii(
        _licence_number(p_last, born.day, born.month, born.year, p_first[0] + p_middle[0], True, "SM"),
        "UK_DRIVING_LICENCE",
        note="the proposer's",
    )
    # named drivers: a spouse (common names) and a son (a given name lists miss)
    s_first, s_middle = gb.first_name_male(), gb.first_name_male()
    s_born = gb.date_of_birth(minimum_age=32, maximum_age=64)
    c_first = rng.choice(RARE_FIRST_M)
    c_born = gb.date_of_birth(minimum_age=18, maximum_age=21)
    drivers = [
        (f"{s_first} {p_last}", "Spouse", s_born, "Full UK", s_first[0] + s_middle[0], "22"),
        (f"{c_first} {p_last}", "Son", c_born, "Provisional UK", c_first[0] + "9", "1"),
    ]
    rows = ""
    d_names = []
    for name, rel, b, kind, initials, held in drivers:
        stage.pii(name, "PERSON", note=f"named driver ({rel.lower()})")
        d_names.append(name)
        ddob = stage.pii(b.strftime("%d/%m/%Y"), "DATE_OF_BIRTH", note="named driver")
        lic = stage.pii(
            _licence_number(p_last, b.day, b.month, b.year, initials, False, rng.choice(["AB", "KT", "WX"])),
            "UK_DRIVING_LICENCE",
        )
        rows += (
            f"<tr><td>{esc(name)}</td><td>{rel}</td><td>{ddob}</td><td>{kind}</td>"
            f"<td class=mono>{lic}</td><td>{held}</td></tr>"
        )
    make, model, wmi = rng.choice(CARS)
    reg = stage.pii(plate_current(rng), "VEHICLE_REGISTRATION")
    car_vin = stage.pii(vin(rng, wmi), "VIN")
    overnight = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="overnight postcode, typed")
    card = stage.pii(_card(rng), "CREDIT_CARD", note="typed")
    on_card = stage.pii(f"MRS {p_first[0]} {p_last.upper()}", "PERSON", note="name on card, typed")
    email = stage.pii(f"{p_first.lower()}.{p_last.lower()}{rng.randint(2, 88)}@outlook.com", "EMAIL_ADDRESS")
    reminder = f"Send a renewal reminder to {email}"
    steps = "".join(f"<div{' class=on' if i == 0 else ''}>{s}</div>" for i, s in enumerate(STEPS))
    about = f"""<div class="panel on"><h2>About you <span class=price>Quote ref Q-58213</span></h2><div class=row>
<div class=fl><label>Full name</label><input value="{esc(proposer)}"></div>
<div class=fl><label>Date of birth</label><div class=dob><div>Day<input id=dd></div><div>Month<input id=mm></div>
<div>Year<input id=yy class=y></div></div></div>
<div class=fl><label>Occupation</label><input value="Quantity surveyor"><div class=hint>Employed full time</div></div>
<div class=fl><label>Mobile number</label><input value="{esc(phone)}"></div>
<div class=fl><label>Home address</label><input value="{esc(street)}, {esc(town)}"></div>
<div class=fl><label>Postcode</label><input value="{esc(postcode)}"></div>
<div class=fl><label>Years at this address</label><select><option>6 years</option></select></div>
<div class=fl><label>Licence number</label><input class=mono value="{p_lic}"></div></div>
<div class=btns><button class="btn next" data-to=1 id=n1>Continue</button><button class="btn sec">Save quote</button>
</div></div>"""
    drivers_p = f"""<div class=panel><h2>Named drivers</h2><div class=hint>Everyone who will drive the car, as on
their licence.</div><table><tr><th>Name</th><th>Relationship</th><th>Date of birth</th><th>Licence type</th>
<th>Licence number</th><th>Years held</th></tr>{rows}</table>
<div class=btns><button class="btn next" data-to=2 id=n2>Continue</button><button class="btn sec">Add a driver</button>
</div></div>"""
    car_p = f"""<div class=panel><h2>Your car</h2><div class=row><div class=fl><label>Find your car</label>
<input id=reg autocomplete=off placeholder="Registration number"></div>
<div class=fl><label>Where is it kept overnight?</label>
<input id=pc autocomplete=off placeholder="Postcode"></div></div>
<div class=btns><button class="btn sec" id=find>Find car</button></div>
<div class=found id=found><span class=plate>{reg}</span><dl><dt>Make and model</dt><dd>{make} {model}</dd>
<dt>VIN</dt><dd class=mono>{car_vin}</dd><dt>Value</dt><dd>£11,400</dd><dt>Modifications</dt><dd>None</dd></dl></div>
<div class=btns><button class="btn next" data-to=3 id=n3>Continue</button></div></div>"""
    claims_p = f"""<div class=panel><h2>Claims and convictions</h2><div class=hint>In the last 5 years, for every
driver.</div><table><tr><th>Driver</th><th>Type</th><th>Details</th><th>Date</th></tr>
<tr><td>{esc(d_names[0])}</td><td>Conviction</td><td>SP30 - 3 points - 2023</td><td>Jun 2023</td></tr>
<tr><td>{esc(proposer)}</td><td>Claim</td><td>Windscreen, no blame - £240</td><td>Feb 2024</td></tr>
<tr><td>{esc(d_names[1])}</td><td>None</td><td>No claims or convictions</td><td></td></tr></table>
<div class=btns><button class="btn next" data-to=4 id=n4>Continue</button></div></div>"""
    pay_p = f"""<div class=panel><h2>Payment <span class=price>£684.12 a year</span></h2><div class=row>
<div class=fl><label>Card number</label><input id=card autocomplete=off></div>
<div class=fl><label>Name on card</label><input id=noc autocomplete=off></div>
<div class=fl><label>Expiry date</label><input value="09 / 29"></div>
<div class=fl><label>Security code</label><input value="•••"></div></div>
<div class=chk><input type=checkbox checked><span>{esc(reminder)}</span></div>
<div class=btns><button class="btn">Buy policy</button>
<button class="btn sec">Pay monthly instead</button></div></div>"""
    body = f"""<div class=top><b>Kestrel Brokers</b><span>Car insurance quote</span><span>Agent desk</span>
<span class=who>Call recording on · Line 3</span></div><div class=wrap><div class=steps>{steps}</div>
<div>{about}{drivers_p}{car_p}{claims_p}{pay_p}</div></div>"""
    stage.page("quote/car.html", doc("Car insurance quote - Kestrel Brokers", CSS, body, SCRIPT))
    stage.keep("Kestrel Brokers", "Car insurance quote", "Agent desk", "Call recording on · Line 3", *STEPS)
    stage.keep("About you", "Quantity surveyor", "Years at this address")
    stage.keep("Named drivers", "Licence type", "Provisional UK", "Years held", "Find your car", "Make and model")
    stage.keep("Claims and convictions", "SP30 - 3 points - 2023", "No claims or convictions", "Name on card")
    stage.keep("£684.12 a year", "Buy policy", "Pay monthly instead", "Windscreen, no blame - £240")
    chrome = stage.chrome("http://quotes.kestrel-brokers.co.uk/quote/car.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.5)
    for sel, text in (("#dd", dd), ("#mm", mm), ("#yy", yyyy)):
        stage.click(*chrome.point(sel))
        desk.type(text, typo_rate=0.0)
    stage.shown(dob_boxes, "DATE_OF_BIRTH")
    stage.pause(3.0)
    stage.click(*chrome.point("#n1"))
    stage.mark("drivers")
    stage.pause(5.0)
    stage.click(*chrome.point("#n2"))
    stage.mark("car")
    stage.pause(1.0)
    stage.click(*chrome.point("#reg"))
    desk.type(reg, typo_rate=0.0)
    stage.click(*chrome.point("#pc"))
    desk.type(overnight, typo_rate=0.0)
    stage.click(*chrome.point("#find"))
    stage.pause(4.0)
    stage.click(*chrome.point("#n3"))
    stage.mark("claims")
    stage.pause(4.5)
    stage.click(*chrome.point("#n4"))
    stage.mark("payment")
    stage.pause(0.8)
    stage.click(*chrome.point("#card"))
    desk.type(card, typo_rate=0.0)
    stage.click(*chrome.point("#noc"))
    desk.type(on_card, typo_rate=0.0)
    stage.mark("card_typed")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="insurance_quote",
    description="A car-insurance broker's quote form in Chromium, step by step (en_GB names and ones common lists "
    "miss): 'About you' (full name, date of birth typed into Day | Month | Year boxes, occupation, mobile, address, "
    "years at address, licence number), 'Named drivers' (a table: name, relationship, date of birth, licence type, "
    "DVLA licence number, years held), 'Your car' (registration and overnight postcode typed, the lookup's plate, "
    "make and VIN), 'Claims and convictions' (rows per driver, 'SP30 - 3 points - 2023'), 'Payment' (card number "
    "and name on card typed, 'Send a renewal reminder to <e-mail>').",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=44.0,
    seed=39101,
    crf=24,
)
