"""A contacts app: a list of people beside the card of the one selected, searched by typing a name.

Why this screen: an address book is names with no label at all (the list), then a card whose
values sit under small grey captions (Mobile, Work, Home, Birthday) rather than beside a colon,
and a notes box in prose that names another person and a number. Selecting another contact
redraws the whole card in place; typing in the search box filters the list key by key.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc

COMPANIES = [
    ("Harbour Logistics", "Operations Manager"),
    ("Greenfield Dental", "Practice Manager"),
    ("Northgate Legal", "Paralegal"),
    ("Brightside Nurseries", "Office Administrator"),
    ("Copperleaf Studio", "Graphic Designer"),
    ("Riverside Veterinary", "Receptionist"),
    ("Atlas Joinery", "Site Supervisor"),
    ("Meadow Bank Care", "Finance Officer"),
    ("Pinecrest Accountants", "Senior Associate"),
    ("Lantern Print Co", "Account Executive"),
    ("Oakwood Surveyors", "Project Coordinator"),
    ("Bluebell Florists", "Store Manager"),
]
SHOWN = (0, 3, 7)  # the contacts whose card is opened, in this order
NAV = ["All contacts", "Favourites", "Recently added", "Customers", "Suppliers", "Shared with me"]

CSS = """
body{font-size:14px;background:#fff;display:flex;flex-direction:column}
.top{height:56px;display:flex;align-items:center;gap:18px;padding:0 18px;border-bottom:1px solid #e0e0e0}
.top b{font-size:20px;color:#1a73e8}.top input{width:420px;padding:9px 14px;border:1px solid #dadce0;
 border-radius:8px;font-size:14px;background:#f1f3f4}
.wrap{display:flex;flex:1;min-height:0}
nav{width:200px;padding:12px 0;border-right:1px solid #eee}nav div{padding:8px 22px;color:#3c4043}
nav .on{background:#e8f0fe;color:#1967d2;font-weight:bold;border-radius:0 18px 18px 0;margin-right:10px}
#list{width:330px;overflow-y:auto;border-right:1px solid #eee}
.c{display:flex;align-items:center;gap:12px;padding:8px 16px;cursor:pointer}
.c:hover{background:#f5f5f5}.c.sel{background:#e8f0fe}
.av{width:36px;height:36px;border-radius:50%;color:#fff;display:flex;align-items:center;
 justify-content:center;font-size:15px;flex:none}
.c .n{font-size:14px}.c .o{font-size:12px;color:#5f6368}
#card{flex:1;padding:26px 40px;overflow-y:auto}
#card .head{display:flex;align-items:center;gap:20px}
#card .big{width:72px;height:72px;font-size:28px}
#card h2{margin:0;font-size:24px;font-weight:normal}#card .role{color:#5f6368;margin-top:4px}
.sec{margin-top:22px;border:1px solid #e0e0e0;border-radius:8px;padding:14px 18px;max-width:620px}
.sec h3{margin:0 0 10px;font-size:14px;color:#3c4043}
.f{margin:10px 0}.f small{display:block;color:#80868b;font-size:12px;margin-bottom:2px}
.notes{line-height:1.5;color:#3c4043}
.acts{display:flex;gap:10px;margin-top:16px}.acts span{border:1px solid #dadce0;border-radius:16px;
 padding:6px 16px;color:#1a73e8}
"""

SCRIPT = """
const people = JSON.parse(document.getElementById('data').textContent);
const colours = ['#1e88e5','#8e24aa','#43a047','#f4511e','#6d4c41','#00897b'];
function initials(n){return n.split(' ').map(p => p[0]).slice(0,2).join('');}
function esc(t){const d=document.createElement('div');d.textContent=t;return d.innerHTML;}
function list(filter){
  const box = document.getElementById('list'); box.innerHTML = '';
  people.forEach((p, i) => {
    if (filter && !p.name.toLowerCase().includes(filter.toLowerCase())) return;
    const d = document.createElement('div'); d.className = 'c'; d.id = 'c' + i;
    d.innerHTML = `<div class="av" style="background:${colours[i % 6]}">${initials(p.name)}</div>` +
      `<div><div class="n">${esc(p.name)}</div><div class="o">${esc(p.org)}</div></div>`;
    d.addEventListener('click', () => show(i)); box.appendChild(d);
  });
}
function show(i){
  const p = people[i];
  document.querySelectorAll('.c').forEach(e => e.classList.toggle('sel', e.id === 'c' + i));
  const f = (k, v) => v ? `<div class="f"><small>${k}</small>${v}</div>` : '';
  document.getElementById('card').innerHTML =
    `<div class="head"><div class="av big" style="background:${colours[i % 6]}">${initials(p.name)}</div>` +
    `<div><h2>${esc(p.name)}</h2><div class="role">${esc(p.role)} · ${esc(p.org)}</div></div></div>` +
    `<div class="acts"><span>Email</span><span>Call</span><span>Schedule</span><span>Edit</span></div>` +
    `<div class="sec"><h3>Contact details</h3>${f('Mobile', esc(p.mobile))}${f('Work', esc(p.work))}` +
    `${f('Email', esc(p.email))}</div>` +
    `<div class="sec"><h3>Personal</h3>${f('Home', esc(p.street) + '<br>' + esc(p.town) + ' ' + esc(p.postcode))}` +
    `${f('Birthday', esc(p.birthday))}</div>` +
    `<div class="sec"><h3>Notes</h3><div class="notes">${esc(p.notes)}</div></div>`;
}
list('');
document.getElementById('q').addEventListener('input', e => list(e.target.value));
"""


@dataclass
class Contact:
    name: str
    org: str
    role: str
    mobile: str
    work: str
    email: str
    street: str
    town: str
    postcode: str
    birthday: str
    notes: str


def _contact(stage: Stage, fake: Faker, rng: random.Random, i: int, shown: bool) -> Contact:
    """One contact; the values of a card that will be opened are registered for the watcher."""
    name = fakes.person(fake)
    org, role = COMPANIES[i]
    stage.pii(name, "PERSON")
    c = Contact(
        name=name,
        org=org,
        role=role,
        mobile=fakes.uk_mobile(rng),
        work=f"020 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}",
        email=fakes.email_for(name, org.lower().replace(" ", "") + ".co.uk", rng),
        street=fakes.street(fake),
        town=rng.choice(fakes.UK_CITIES),
        postcode=fakes.uk_postcode(fake),
        birthday=fake.date_of_birth(minimum_age=25, maximum_age=70).strftime("%-d %B %Y"),
        notes="",
    )
    assistant = fakes.person(fake)
    extension = f"ext. {rng.randint(2000, 4999)}"
    c.notes = (
        f"Met at the spring trade fair. Prefers a call before 10am; if unavailable ask for "
        f"{assistant} on {extension}. Renewal due in March."
    )
    if shown:
        for value, kind in (
            (c.mobile, "PHONE_NUMBER"),
            (c.work, "PHONE_NUMBER"),
            (c.email, "EMAIL_ADDRESS"),
            (c.street, "ADDRESS"),
            (c.town, "LOCATION"),
            (c.postcode, "ZIP_CODE"),
            (c.birthday, "DATE_OF_BIRTH"),
            (assistant, "PERSON"),
        ):
            stage.pii(value, kind)
    return c


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    people = [_contact(stage, fake, rng, i, i in SHOWN) for i in range(len(COMPANIES))]
    data = json.dumps([vars(p) for p in people]).replace("</", "<\\/")  # raw text inside <script>
    nav = "".join(f'<div class="{"on" if i == 0 else ""}">{n}</div>' for i, n in enumerate(NAV))
    body = f"""<div class="top"><b>Contacts</b><input id="q" placeholder="Search contacts"></div>
<div class="wrap"><nav>{nav}</nav><div id="list"></div>
<div id="card"><div class="role">Select a contact to see their details</div></div></div>
<script type="application/json" id="data">{data}</script>"""
    stage.page("contacts/index.html", doc("Contacts", CSS, body, SCRIPT))
    stage.keep(
        "Contacts",
        "All contacts",
        "Favourites",
        "Recently added",
        "Customers",
        "Suppliers",
        "Contact details",
        "Personal",
        "Notes",
        "Mobile",
        "Birthday",
        "Schedule",
        *{org for org, _ in COMPANIES[:8]},
    )
    chrome = stage.chrome("http://contacts.fabrikam-office.com/contacts/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    for n, i in enumerate(SHOWN):
        stage.click(*chrome.point(f"#c{i}"))
        stage.mark(f"card_{n}")
        stage.pause(3.0)
    target = people[SHOWN[1]].name
    stage.click(*chrome.point("#q"))
    desk.type(target.split(" ")[0][:4], typo_rate=0.0)
    stage.mark("searched")
    stage.pause(2.5)
    desk.key("ctrl+a", "BackSpace")
    stage.pause(2.0)


SCENE = SceneSpec(
    name="contacts_app",
    description="A web address book in Chromium: a list of twelve people (name and company, with initials "
    "avatars) beside the card of the selected one, with values under small captions: UK mobile and "
    "London work numbers, e-mail, home street, town and postcode, birthday, and a notes paragraph "
    "naming an assistant. Three cards are opened in turn; then a name is typed into the search box "
    "and cleared.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=22.0,
    seed=40417,
    crf=26,
)
