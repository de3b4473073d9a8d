"""A GP practice system's patient record (EMIS/SystmOne-like): search, pick, read, scroll.

Why this screen: a GP system is dense (11-12 px text, grey panels) and names people everywhere:
the patient banner ("SURNAME, First (Mrs)", "Born 03-Apr-1961 (63y)", the NHS number 3 3 4, the
address on one line, the usual GP), prescribers beside medication, clinicians beside each
consultation whose free text names a relative ("Daughter <name> present"), a next of kin panel
and the nominated pharmacy. The technician types the surname into the patient search, picks one
of several patients with that surname from the results (name, date of birth, NHS number,
postcode), then scrolls the record.
"""

from __future__ import annotations

import datetime as dt
import random

from faker import Faker

from samples.scenes import fakes
from samples.scenes.clinic_calendar import _nhs_number
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

TODAY = dt.date(2026, 12, 5)
DRUGS = [
    ("Amlodipine 5mg tablets", "One to be taken each day"),
    ("Atorvastatin 20mg tablets", "One at night"),
    ("Metformin 500mg tablets", "One twice a day with food"),
    ("Ramipril 2.5mg capsules", "One each morning"),
    ("Salbutamol 100mcg inhaler", "Two puffs when required"),
    ("Omeprazole 20mg capsules", "One each morning"),
]
CONSULTS = [
    "BP review. 142/88. Continue amlodipine, recheck 3/12.",
    "Annual diabetic review. HbA1c 52. Feet checked, pulses present.",
    "Chest infection. Amoxicillin 5/7. Safety-netted.",
    "Knee pain L, OA likely. Referred physio.",
    "Medication review. Tolerating statin. Bloods booked.",
    "Flu vaccination given L deltoid. Batch noted.",
    "Low mood after bereavement. PHQ-9 11. Talking therapies info given.",
    "Dizziness on standing. BP lying/standing done. Reduce amlodipine.",
]

CSS = """
body{font-size:12px;background:#e9edf1;color:#1b1f23;overflow:hidden;display:flex;flex-direction:column}
.bar,.search,.banner,.tabs{flex:none}
.bar{height:30px;background:#2d4f6c;color:#fff;display:flex;align-items:center;gap:18px;padding:0 10px;font-size:12px}
.bar b{font-size:13px}.bar .s{margin-left:auto;opacity:.8}
.search{background:#fff;border-bottom:1px solid #b9c3cc;padding:6px 10px;display:flex;gap:8px;align-items:center}
.search input{width:260px;padding:3px 6px;border:1px solid #8d99a5;font-size:12px}
.res{position:absolute;top:62px;left:10px;width:720px;background:#fff;border:1px solid #8d99a5;display:none;z-index:5;
 box-shadow:0 4px 10px rgba(0,0,0,.25)}
.res table{width:100%}.res tr.p{cursor:pointer}.res tr.p:hover{background:#dbe8f5}
table{border-collapse:collapse}th{background:#eef1f4;text-align:left;font-weight:600;padding:3px 6px;
 border-bottom:1px solid #c9d1d8;font-size:11px;color:#3b4650}
td{padding:3px 6px;border-bottom:1px solid #edf0f2;white-space:nowrap}
.banner{background:#fdf6d8;border-bottom:1px solid #d8c87a;padding:5px 10px;display:none;line-height:1.45}
.banner .nm{font-size:15px;font-weight:700}.banner span{margin-right:16px}
.tabs{display:none;background:#fff;border-bottom:1px solid #b9c3cc;padding:0 8px}
.tabs div{display:inline-block;padding:5px 12px;border-right:1px solid #dde2e6}.tabs .on{background:#2d4f6c;color:#fff}
.rec{display:none;flex:1;min-height:0;overflow:auto;padding:8px 10px}
.cols{display:grid;grid-template-columns:1fr 330px;gap:10px}
.pan{background:#fff;border:1px solid #c2cbd3;margin-bottom:10px}.pan h3{margin:0;font-size:12px;background:#d9e2ea;
 padding:4px 8px;color:#22384b}.pan .in{padding:6px 8px}.pan table{width:100%}
.cons td.t{white-space:normal}.kv{display:grid;grid-template-columns:110px 1fr;row-gap:3px}.kv i{color:#5d6873;
 font-style:normal}
.empty{padding:40px;color:#5d6873}
"""

SCRIPT = """
const q = document.getElementById('q'), res = document.getElementById('res');
q.addEventListener('input', () => { res.style.display = q.value.length >= 3 ? 'block' : 'none'; });
for (const tr of document.querySelectorAll('tr.p')) tr.addEventListener('click', () => {
  res.style.display = 'none'; document.getElementById('empty').style.display = 'none';
  for (const id of ['banner', 'tabs']) document.getElementById(id).style.display = 'block';
  document.getElementById('rec').style.display = 'block';
});
"""


def _age(born: dt.date) -> int:
    return TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))


def _date(d: dt.date) -> str:
    return d.strftime("%d-%b-%Y")


def _patients(fake: Faker, rng: random.Random, surname: str) -> list[tuple[str, dt.date, str, str, str]]:
    """Several patients sharing a surname: (title, first name, born, NHS number, postcode)."""
    out = []
    for _ in range(5):
        female = rng.random() < 0.5
        first = fake.first_name_female() if female else fake.first_name_male()
        title = rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"
        out.append(
            (title, first, fake.date_of_birth(minimum_age=18, maximum_age=85), _nhs_number(rng), fake.postcode())
        )
    return out


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    surname = fake.last_name()
    patients = _patients(fake, rng, surname)
    pick = 2
    rows = ""
    for title, first, born, nhs, pc in patients:
        name = stage.pii(f"{surname.upper()}, {first}", "PERSON")
        stage.pii(_date(born), "DATE_OF_BIRTH")
        stage.pii(nhs, "UK_NHS")
        stage.pii(pc, "ZIP_CODE")
        rows += (
            f"<tr class=p><td>{esc(name)} ({title})</td><td>{_date(born)}</td><td>{esc(nhs)}</td>"
            f"<td>{esc(pc)}</td><td>{'F' if title != 'Mr' else 'M'}</td></tr>"
        )
    title, first, born, nhs, postcode = patients[pick]
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    gp = stage.pii(f"{fake.first_name()} {fake.last_name()}", "PERSON", note="the usual GP")
    nurse = stage.pii(f"{fake.first_name()} {fake.last_name()}", "PERSON", note="a practice nurse")
    relative = stage.pii(f"{fake.first_name_female()} {fake.last_name()}", "PERSON", note="a daughter, in free text")
    kin = stage.pii(fakes.person(fake), "PERSON", note="next of kin")
    kin_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    sex = "Male" if title == "Mr" else "Female"
    banner = (
        f"<div class=nm>{esc(surname.upper())}, {esc(first)} ({title})</div>"
        f"<span>Born {_date(born)} ({_age(born)}y)</span><span>Gender {sex}</span><span>NHS No. {esc(nhs)}</span>"
        f"<span>Usual GP: Dr {esc(gp)}</span><br><span>{esc(street)}, {esc(town)}, {esc(postcode)}</span>"
        f"<span>Mobile: {esc(phone)}</span><span>Registered: Regular</span>"
    )
    meds = ""
    for k, (drug, dose) in enumerate(rng.sample(DRUGS, 5)):
        issued = TODAY - dt.timedelta(days=rng.randint(3, 60))
        who = gp if k % 2 == 0 else nurse
        prefix = "Dr " if k % 2 == 0 else "Nurse "
        meds += f"<tr><td>{drug}</td><td>{dose}</td><td>{_date(issued)}</td><td>{prefix}{esc(who)}</td></tr>"
    cons = ""
    for k, text in enumerate(CONSULTS):
        when = TODAY - dt.timedelta(days=20 + 37 * k)
        who = gp if k % 3 != 1 else nurse
        if k == 0:
            text = f"{text} Daughter {esc(relative)} present, helps with tablets."
        cons += (
            f"<tr><td>{_date(when)}</td><td>{'Dr ' if k % 3 != 1 else ''}{esc(who)}</td><td class=t>{text}</td></tr>"
        )
    town2 = rng.choice(fakes.UK_CITIES)
    body = f"""<div class=bar><b>Practice Clinical</b><span>Appointments</span><span>Workflow</span>
<span>Registration</span><span>Reporting</span><span class=s>Meadowbank Medical Centre · Reception 2</span></div>
<div class=search>Find patient <input id=q autocomplete=off placeholder="Surname, NHS number or DOB">
<span style="color:#5d6873">Include deceased / left</span></div>
<div class=res id=res><table><tr><th>Name</th><th>Born</th><th>NHS number</th><th>Postcode</th><th>Sex</th></tr>
{rows}</table></div>
<div class=empty id=empty>No patient selected. Search by surname, NHS number or date of birth.</div>
<div class=banner id=banner>{banner}</div>
<div class=tabs id=tabs><div class=on>Summary</div><div>Medication</div><div>Consultations</div><div>Problems</div>
<div>Documents</div><div>Results</div></div>
<div class=rec id=rec><div class=cols><div>
<div class=pan><h3>Current medication (repeat)</h3><table><tr><th>Drug</th><th>Dosage</th><th>Last issued</th>
<th>Prescriber</th></tr>{meds}</table></div>
<div class=pan><h3>Recent consultations</h3><table class=cons><tr><th>Date</th><th>Clinician</th><th>Summary</th></tr>
{cons}</table></div>
<div class=pan><h3>Problems</h3><div class=in>Essential hypertension (2014) · Type 2 diabetes mellitus (2019) ·
Osteoarthritis of knee (2024)</div></div></div>
<div><div class=pan><h3>Next of kin</h3><div class="in kv"><i>Name</i><span>{esc(kin)}</span><i>Relationship</i>
<span>Spouse</span><i>Phone</i><span>{esc(kin_phone)}</span></div></div>
<div class=pan><h3>Nominated pharmacy</h3><div class=in>Boots, 12 High St, {town2} {esc(fake.postcode())}</div></div>
<div class=pan><h3>Alerts</h3><div class=in>Allergy: penicillin (rash) · Carer: daughter</div></div></div></div>
<div style="height:300px"></div></div>"""
    stage.page("clinical/patient.html", doc("Practice Clinical - Meadowbank Medical Centre", CSS, body, SCRIPT))
    stage.keep("Practice Clinical", "Current medication (repeat)", "Recent consultations", "Next of kin")
    stage.keep("Nominated pharmacy", "Consultations", "Medication", "Last issued", "Prescriber", "Summary")
    chrome = stage.chrome("http://clinical.meadowbank.nhs.example/clinical/patient.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    stage.click(*chrome.point("#q"))
    desk.type(surname, typo_rate=0.0)
    stage.mark("surname_typed")
    stage.pause(3.0)
    stage.click(*chrome.point("tr.p", pick))
    stage.mark("record_open")
    stage.pause(4.0)
    desk.move(*chrome.point("#rec"))
    desk.scroll(3, pause=0.4)
    stage.mark("scrolled")
    stage.pause(3.0)
    desk.scroll(3, pause=0.4)
    stage.pause(3.0)
    desk.scroll(-6, pause=0.3)
    stage.pause(2.0)


SCENE = SceneSpec(
    name="gp_record",
    description="GP practice system (EMIS/SystmOne-like, 11-12 px text) in Chromium: the surname typed into "
    "the patient search opens a results list of five patients sharing it (SURNAME, First, date of birth, NHS "
    "number, postcode); one is picked: a banner (name, 'Born 03-Apr-1961 (63y)', NHS number, usual GP, "
    "address on one line, mobile), a repeat-medication table with prescribers, consultations whose free "
    "text names a daughter, a next of kin panel and the nominated pharmacy; the record scrolls.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=60413,
    crf=24,
)
