"""A veterinary practice system: the day's appointments, a patient's record, clinical notes, an invoice.

Why this screen: a technician supporting a vet practice (a lab result that will not attach, an
invoice that will not print) sees what RxWorks, Provet and ezyVet show the vet: the day's
appointments (time, the pet's name, species, the owner as "<Last>, <First>", the reason); a click
opens the patient record: the pet's name, breed and weight (innocent) beside the owner's name,
address, phone, e-mail, a second contact, the pet's microchip number (15 digits) and the
insurer's policy number; the vet types a clinical note ("Owner <First> reports ..."); then the
invoice. Names from en_GB, en_IE and en_AU lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Aoibhinn", "Torquil", "Yevgenia", "Cadfael", "Oluwatoyin", "Briallen", "Ptolemy", "Nerys"]
RARE_LAST = ["Cholmondeley", "Ó Ceallaigh", "Wrzesniewski", "Ngata-Holmes", "Tregoning", "Vaillancourt"]

PETS = [
    ("Biscuit", "Dog", "Cocker Spaniel", "Vaccination booster"),
    ("Pickle", "Cat", "Domestic Shorthair", "Limping, front left"),
    ("Mabel", "Dog", "Labrador Retriever", "Itchy ears"),
    ("Nibbles", "Rabbit", "Netherland Dwarf", "Dental check"),
    ("Churchill", "Dog", "British Bulldog", "Post-op check"),
    ("Luna", "Cat", "Maine Coon", "Weight loss"),
    ("Rolo", "Dog", "Border Terrier", "Nail clip"),
    ("Pepper", "Cat", "Siamese", "Vomiting"),
]

CSS = """
body{font-size:13px;background:#eef4f2;color:#1c2a27;overflow:hidden}
.top{height:46px;background:#1d6b5f;color:#fff;display:flex;align-items:center;padding:0 16px;gap:20px}
.logo{font-weight:800;font-size:17px}.top .u{margin-left:auto;font-size:12px;opacity:.9}
.tabs{display:flex;gap:3px;padding:8px 16px 0;background:#d9e6e2}
.tabs div{padding:7px 14px;border-radius:6px 6px 0 0;color:#3b4d49;cursor:pointer}
.tabs .on{background:#fff;font-weight:700}
.pane{background:#fff;margin:0 16px;padding:12px 14px;height:600px;display:none;overflow:hidden}.pane.on{display:block}
h1{font-size:17px;margin:0 0 6px}.sub{color:#5f716d;font-size:12px;margin-bottom:10px}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:12px;color:#5f716d;padding:6px 8px;border-bottom:2px solid #d9e6e2;background:#f6faf9}
td{padding:7px 8px;border-bottom:1px solid #ebf1ef}tr.a{cursor:pointer}td.r,th.r{text-align:right}
.sp{border-radius:10px;padding:1px 8px;font-size:11px;background:#e3efe9;color:#1d6b5f;font-weight:700}
.gp{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.box{border:1px solid #d9e6e2;border-radius:7px;padding:10px 12px}
.box h3{margin:0 0 8px;font-size:12px;text-transform:uppercase;color:#1d6b5f;letter-spacing:.4px}
dl{display:grid;grid-template-columns:130px 1fr;row-gap:6px;margin:0}dt{color:#5f716d}dd{margin:0}
textarea{width:100%;height:70px;font:13px sans-serif;border:1px solid #a9bcb7;border-radius:5px;padding:7px}
.btn{display:inline-block;background:#1d6b5f;color:#fff;border-radius:5px;padding:6px 14px;margin-top:6px}
.tot td{font-weight:700;border-top:2px solid #1d6b5f}
"""

SCRIPT = """
const show = id => {
  for (const p of document.querySelectorAll('.pane')) p.classList.toggle('on', p.id === id);
  for (const t of document.querySelectorAll('.tabs div')) t.classList.toggle('on', t.dataset.p === id); };
for (const r of document.querySelectorAll('tr.a')) r.addEventListener('click', () => show('patient'));
for (const t of document.querySelectorAll('.tabs div')) t.addEventListener('click', () => show(t.dataset.p));
"""


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie, au = stage.fake("en_GB"), stage.fake("en_IE"), stage.fake("en_AU")
    vet = stage.pii(f"{rng.choice(RARE_FIRST[4:])} {ie.last_name()}", "PERSON", note="the vet, top bar")
    owners: list[tuple[str, str]] = [
        (rng.choice(RARE_FIRST), gb.last_name()),
        (gb.first_name(), rng.choice(RARE_LAST)),
        (ie.first_name(), ie.last_name()),
        (au.first_name(), au.last_name()),
        (gb.first_name(), gb.last_name()),
        (rng.choice(RARE_FIRST), rng.choice(RARE_LAST)),
        (ie.first_name(), gb.last_name()),
        (gb.first_name(), rng.choice(RARE_LAST[3:])),
    ]
    rows = ""
    for k, (first, last) in enumerate(owners):
        owner = stage.pii(f"{last}, {first}", "PERSON", note="owner '<Last>, <First>'")
        pet, species, _, reason = PETS[k]
        rows += (
            f"<tr class=a><td>{9 + k // 2:02d}:{(k % 2) * 30:02d}</td><td>{pet}</td><td><span class=sp>{species}"
            f"</span></td><td>{esc(owner)}</td><td>{reason}</td><td>Consult room {1 + k % 3}</td></tr>"
        )
    first, last = owners[0]
    pet, species, breed, reason = PETS[0]
    owner_full = stage.pii(f"{first} {last}", "PERSON", note="the owner on the record")
    street = stage.pii(f"{rng.randint(2, 120)} {gb.street_name()}", "ADDRESS")
    town = stage.pii(f"{gb.city()} {gb.postcode()}", "LOCATION", note="'<town> <postcode>'")
    phone = stage.pii(f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER")
    email = stage.pii(f"{first.lower()}.{last.lower()}@{rng.choice(['yahoo.co.uk', 'hotmail.com'])}", "EMAIL_ADDRESS")
    c_first, c_last = ie.first_name(), rng.choice(RARE_LAST[:3])
    second = stage.pii(f"{c_first} {c_last}", "PERSON", note="second contact")
    second_phone = stage.pii(f"01{rng.randint(200, 999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER")
    chip = stage.pii("826" + "".join(str(rng.randint(0, 9)) for _ in range(12)), "MICROCHIP", note="15 digits")
    policy = stage.pii(
        f"PP{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}", "ACCOUNT_NUMBER", note="insurance policy number"
    )
    stage.pii(first, "PERSON", scored=False, note="a first name alone in the clinical note")
    note = (
        f"Owner {first} reports {pet} has been off her food for two days and shaking her head. "
        "Left ear canal red, brown discharge. Plan: ear cytology, Surolan drops twice daily, recheck 10 days."
    )
    appts = (
        "<div id=day class='pane on'><h1>Appointments · Friday 4 December 2026</h1><div class=sub>Harbour Vets "
        "Kingsbridge · 8 booked · 2 waiting</div><table><tr><th>Time</th><th>Pet</th><th>Species</th><th>Owner</th>"
        f"<th>Reason</th><th>Room</th></tr>{rows}</table></div>"
    )
    patient = (
        f"<div id=patient class=pane><h1>{pet} · {breed}</h1><div class=sub>Female, neutered · 6 years · 14.2 kg"
        " · Insured</div><div class=gp><div class=box><h3>Owner</h3><dl>"
        f"<dt>Name</dt><dd>{esc(owner_full)}</dd><dt>Address</dt><dd>{esc(street)}<br>{esc(town)}</dd>"
        f"<dt>Phone</dt><dd>{phone}</dd><dt>E-mail</dt><dd>{esc(email)}</dd>"
        f"<dt>Second contact</dt><dd>{esc(second)} · {second_phone}</dd></dl></div>"
        f"<div class=box><h3>Patient</h3><dl><dt>Microchip</dt><dd>{chip}</dd><dt>Insurer</dt>"
        f"<dd>PetCover Plus</dd><dt>Policy number</dt><dd>{policy}</dd><dt>Vaccinations</dt><dd>Up to date</dd>"
        "<dt>Allergies</dt><dd>None known</dd></dl></div></div><div class=box style='margin-top:14px'>"
        "<h3>Clinical notes</h3><textarea id=note autocomplete=off></textarea><span class=btn>Save note</span></div>"
        "</div>"
    )
    invoice = (
        "<div id=invoice class=pane><h1>Invoice INV-20931</h1><table><tr><th>Item</th><th>Qty</th>"
        "<th class=r>Amount</th></tr><tr><td>Consultation</td><td>1</td><td class=r>£58.00</td></tr>"
        "<tr><td>Ear cytology</td><td>1</td><td class=r>£42.50</td></tr>"
        "<tr><td>Surolan 15 ml</td><td>1</td><td class=r>£24.90</td></tr>"
        "<tr class=tot><td>Total (incl. VAT)</td><td></td><td class=r>£125.40</td></tr></table></div>"
    )
    body = (
        "<div class=top><span class=logo>VetDesk</span><span>Harbour Vets Kingsbridge</span>"
        f"<span class=u>{esc(vet)} · Veterinary surgeon</span></div><div class=tabs><div class=on data-p=day>"
        "Appointments</div><div data-p=patient>Patient record</div><div data-p=invoice>Invoice</div>"
        f"<div>Lab results</div></div>{appts}{patient}{invoice}"
    )
    stage.page("vetdesk/day.html", doc("Appointments · VetDesk", CSS, body, SCRIPT))
    stage.keep("Appointments", "Patient record", "Lab results", "Harbour Vets Kingsbridge", "Cocker Spaniel")
    stage.keep("Biscuit", "Pickle", "Nibbles", "Vaccination booster", "Itchy ears", "Domestic Shorthair")
    chrome = stage.chrome("http://kingsbridge.vetdesk.example/vetdesk/day.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("tr.a", 0))
    stage.mark("patient")
    stage.keep("Microchip", "PetCover Plus", "Second contact", "Up to date", "None known")
    stage.pause(4.0)
    stage.click(*chrome.point("#note"))
    desk.type(note, typo_rate=0.0, delay_ms=45)
    stage.mark("typed")
    stage.pause(2.0)
    stage.click(*chrome.point(".tabs div", 2))
    stage.mark("invoice")
    stage.keep("Consultation", "Ear cytology", "£125.40")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="vet_practice",
    description="A veterinary practice system in Chromium (en_GB, en_IE, en_AU names and ones common lists miss): "
    "the day's appointments (time, pet, species, owner '<Last>, <First>', reason); a patient record (pet's name, "
    "breed: innocent; the owner's name, address, phone, e-mail, a second contact with a phone, the microchip number "
    "(15 digits), the insurance policy number); a clinical note typed ('Owner <First> reports <Pet> ...'); the "
    "invoice.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=37103,
    crf=24,
)
