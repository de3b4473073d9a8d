"""An online pharmacy's patient page (US): the patient header, prescriptions, a bottle label, a refill.

Why this screen: a technician helping a patient with a pharmacy portal sees a header with the
patient's name, date of birth, the insurance plan's member id and a phone; a prescriptions list
where each row names the drug, its strength, the "Rx #" number and the prescriber as "Dr. <First>
<Last>, MD"; a preview of the printed bottle label (the patient's name in capitals, the home
address on two lines with no captions, the Rx number, the directions, the pharmacy's own address
and phone); and a refill form where the technician types a delivery address and the date of birth
the pharmacy asks to confirm.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

# first names that common first-name lists miss or rank low
RARE_FIRST = ["Oluwaseun", "Thandiwe", "Keziah", "Anneliese", "Ifeoma", "Marisol", "Tavita", "Eilidh"]
DRUGS = [
    ("Atorvastatin", "20 mg tablet", "Take 1 tablet by mouth once daily at bedtime"),
    ("Lisinopril", "10 mg tablet", "Take 1 tablet by mouth once daily"),
    ("Metformin ER", "500 mg tablet", "Take 2 tablets by mouth with evening meal"),
    ("Sertraline", "50 mg tablet", "Take 1 tablet by mouth every morning"),
]

CSS = """
body{font-size:13px;background:#f5f7fa;color:#1f2933}
.top{height:52px;background:#c8102e;color:#fff;display:flex;align-items:center;padding:0 24px;gap:24px}
.top b{font-size:19px}.top span{font-size:13px;opacity:.9}
.pt{background:#fff;border-bottom:1px solid #d9dee4;padding:10px 24px;display:flex;gap:40px;align-items:center}
.pt .nm{font-size:18px;font-weight:700}.pt div small{display:block;color:#616e7c;font-size:11px}
.wrap{display:grid;grid-template-columns:690px 1fr;gap:16px;padding:14px 24px}
.card{background:#fff;border:1px solid #d9dee4;border-radius:6px;padding:12px 16px}
.card h2{font-size:15px;margin:0 0 8px;color:#1f2933}
table{border-collapse:collapse;width:100%;font-size:12px}
th{text-align:left;color:#616e7c;font-weight:400;border-bottom:1px solid #e4e7eb;padding:4px 6px 4px 0}
td{padding:6px 6px 6px 0;border-bottom:1px solid #f0f2f4;vertical-align:top}
td small{display:block;color:#616e7c}
.label{border:1px dashed #9aa5b1;background:#fffef8;padding:10px 12px;font:12px 'DejaVu Sans Mono',monospace;
 line-height:1.45;width:100%}
.label .ph{font:700 12px 'Liberation Sans',sans-serif;border-bottom:1px solid #333;padding-bottom:4px;margin-bottom:6px}
.label .rx{display:flex;justify-content:space-between}
.fl label{display:block;font-size:12px;font-weight:700;color:#323f4b;margin:8px 0 3px}
.fl input{width:100%;padding:6px 8px;border:1px solid #9aa5b1;border-radius:4px;font-size:13px}
.btn{background:#c8102e;color:#fff;border:0;border-radius:4px;padding:8px 16px;font-weight:700;margin-top:10px}
.note{color:#616e7c;font-size:12px}
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_US"), stage.rng
    first = rng.choice(RARE_FIRST)
    last = fake.last_name()
    patient = stage.pii(f"{first} {last}", "PERSON", note="the patient, a first name common lists miss")
    stage.pii(patient.upper(), "PERSON", note="the bottle label's patient line, capitals")
    dob = stage.pii(fakes.dob_us(fake), "DATE_OF_BIRTH")
    member = stage.pii(f"{rng.choice('WXYZ')}{fakes.account_number(rng, 9)}", "ACCOUNT_NUMBER", note="plan member id")
    phone = stage.pii(fakes.us_phone(rng), "PHONE_NUMBER")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    city, state = rng.choice(fakes.US_CITIES)
    stage.pii(f"{city}, {state}", "LOCATION")
    zip_code = f"{rng.randint(10000, 99999)}"
    stage.pii(zip_code, "ZIP_CODE", scored=False, note="5 digits; too short to score reliably")
    new_street = stage.pii(fakes.street(fake), "ADDRESS", note="delivery address, typed")
    drugs = rng.sample(DRUGS, 3)
    prescribers = [stage.pii(f"{fake.first_name()} {fake.last_name()}", "PERSON", note="prescriber") for _ in drugs]
    rx = [stage.pii(f"{rng.randint(1000000, 9999999)}", "ACCOUNT_NUMBER", note="Rx number") for _ in drugs]
    rows = "".join(
        f"<tr><td><b>{esc(d)}</b><small>{esc(s)}</small></td><td>Rx #{esc(r)}</td>"
        f"<td>Dr. {esc(p)}, MD</td><td>{n}</td><td>{esc(f)}</td>"
        f"<td><button class='btn' style='margin:0;padding:4px 10px' id='rf{i}'>Refill</button></td></tr>"
        for i, ((d, s, _), r, p, n, f) in enumerate(
            zip(drugs, rx, prescribers, [3, 1, 5], ["11/14/2026", "10/30/2026", "11/21/2026"], strict=True)
        )
    )
    d0, s0, how0 = drugs[0]
    body = f"""<div class="top"><b>CareWell Pharmacy</b><span>Prescriptions</span><span>Shop</span>
<span>Vaccines</span><span>Store locator</span></div>
<div class="pt"><div class="nm">{esc(patient)}</div><div><small>Date of birth</small>{esc(dob)}</div>
<div><small>Member ID</small>{esc(member)}</div><div><small>Phone</small>{esc(phone)}</div>
<div><small>Plan</small>BlueRiver PPO Silver</div></div>
<div class="wrap"><div><div class="card"><h2>Active prescriptions</h2><table>
<tr><th>Medication</th><th>Rx number</th><th>Prescriber</th><th>Refills left</th><th>Last filled</th><th></th></tr>
{rows}</table></div>
<div class="card" style="margin-top:14px"><h2>Request a refill</h2><div class="note">Ready in 2 hours
for pickup, or delivered in 1-2 business days.</div>
<div class="fl"><label>Delivery address</label><input id="addr" autocomplete="off"></div>
<div class="fl"><label>Confirm date of birth</label><input id="dob" autocomplete="off" placeholder="MM/DD/YYYY"></div>
<button class="btn">Submit refill request</button></div></div>
<div class="card"><h2>Label preview</h2><div class="label"><div class="ph">CareWell Pharmacy #0417<br>
2200 Commerce Blvd, Dallas, TX 75201 · (214) 555-0143</div>
<div class="rx"><span>Rx# {esc(rx[0])}</span><span>Fill date 11/14/2026</span></div>
{esc(patient.upper())}<br>{esc(street)}<br>{esc(city)}, {esc(state)} {esc(zip_code)}<br><br>
<b>{esc(d0)} {esc(s0)}</b><br>{esc(how0)}<br>Qty: 30 &nbsp; Refills: 3<br>Dr. {esc(prescribers[0])}, MD<br>
Discard after: 11/14/2027</div>
<div class="note" style="margin-top:8px">Caution: Federal law prohibits the transfer of this drug to any
person other than the patient for whom it was prescribed.</div></div></div>"""
    stage.page("rx/patient.html", doc("Prescriptions - CareWell Pharmacy", CSS, body))
    stage.keep("CareWell Pharmacy", "Active prescriptions", "Request a refill", "Label preview", "Refills left")
    stage.keep("Last filled", "Submit refill request", "Delivery address", "Confirm date of birth", "Prescriber")
    stage.keep(*(d for d, _, _ in drugs), "BlueRiver PPO Silver", "Store locator")
    chrome = stage.chrome("http://www.carewell-rx.example/rx/patient.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    stage.click(*chrome.point("#rf0"))
    stage.mark("refill_clicked")
    stage.pause(1.0)
    stage.click(*chrome.point("#addr"))
    desk.type(new_street, typo_rate=0.03)
    stage.mark("address_typed")
    stage.click(*chrome.point("#dob"))
    desk.type(dob, typo_rate=0.0)
    stage.mark("dob_typed")
    stage.pause(3.0)
    desk.scroll(2, pause=0.3)
    stage.pause(2.0)
    desk.scroll(-2, pause=0.3)
    stage.pause(2.0)


SCENE = SceneSpec(
    name="pharmacy_refill",
    description="US online pharmacy in Chromium: a patient header (name, date of birth, plan member id, phone), "
    "active prescriptions (drug and strength, 'Rx #<7 digits>', 'Dr. <First> <Last>, MD', refills left, last "
    "filled), a bottle label preview (the patient in capitals, the home address without captions, Rx number, "
    "directions, the pharmacy's address and phone), a refill form where a delivery address and the date of "
    "birth are typed key by key.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=73411,
    crf=24,
)
