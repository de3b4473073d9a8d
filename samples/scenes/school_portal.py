"""A school information system: a class register, a pupil's profile and a message to parents.

Why this screen: a technician supporting a school (a register that will not save, a parent
message stuck in the outbox) sees what Arbor, SIMS and Bromcom show a teacher: the class
register as a grid of pupils written "<Last>, <First>" with year group, date of birth, the
pupil's UPN ("A" and twelve digits) and the week's marks ("/", "\\", codes L, I, M); a click opens
the pupil's profile: preferred name, date of birth, home address, "Lives with: Mother", the
contacts in priority order "<First> <Last> (Mother) 07... <e-mail>", medical notes ("Allergy:
peanuts"), SEN status, the GP surgery and the doctor's name; then the teacher types a message
to the parents ("Dear Mrs <Last>, <First> was ..."). Children's names and dates of birth: the
policy keeps none of them. The names come from en_GB and en_IE lists and from given names and
surnames common name lists miss.
"""

from __future__ import annotations

from datetime import date

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Ngozi", "Eabha", "Tiernan", "Zuzanna", "Kacper", "Ameerah", "Oisin", "Nkechi", "Cormac", "Yetunde"]
RARE_LAST = ["Nwachukwu", "Ó Súilleabháin", "Wojciechowski", "Abernethy-Kaur", "Dunleavy", "Osei-Bonsu"]

CSS = """
body{font-size:13px;background:#f3f5f8;color:#1f2933;overflow:hidden}
.top{height:50px;background:#24446b;color:#fff;display:flex;align-items:center;padding:0 18px;gap:22px}
.logo{font-weight:800;font-size:18px;letter-spacing:.3px}.top .u{margin-left:auto;font-size:12px;opacity:.9}
.wrap{display:grid;grid-template-columns:180px 1fr;height:calc(100% - 50px)}
.nav{background:#fff;border-right:1px solid #dde3ea;padding:12px 8px}
.nav div{padding:8px 12px;border-radius:6px;color:#3e4c59}.nav .on{background:#e4edf7;color:#24446b;font-weight:700}
main{padding:14px 22px;overflow:hidden}
h1{font-size:19px;margin:0 0 2px}.sub{color:#616e7c;font-size:12px;margin-bottom:10px}
table{border-collapse:collapse;background:#fff;border:1px solid #dde3ea;width:100%}
th{background:#eef2f6;text-align:left;font-size:12px;color:#52606d;padding:6px 8px;border-bottom:1px solid #dde3ea}
td{padding:6px 8px;border-bottom:1px solid #eef1f4}
tr.p{cursor:pointer}tr.p:hover td{background:#f7fafc}
td.m{text-align:center;font-family:monospace;font-size:14px;width:34px}
.code{color:#b44d12;font-weight:700}.ok{color:#1f7a4d}
.bar{display:flex;gap:10px;margin-top:10px}.btn{background:#24446b;color:#fff;border-radius:5px;padding:6px 14px}
.btn2{border:1px solid #9aa5b1;border-radius:5px;padding:6px 14px;background:#fff}
.view{display:none}.view.on{display:block}
.prof{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.card{background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:12px 14px}
.card h3{margin:0 0 8px;font-size:13px;color:#24446b;text-transform:uppercase;letter-spacing:.4px}
dl{display:grid;grid-template-columns:120px 1fr;row-gap:6px;margin:0}dt{color:#616e7c}dd{margin:0}
ol{margin:0;padding-left:18px}ol li{margin-bottom:6px}
.tag{display:inline-block;background:#fdecea;color:#a61b1b;border-radius:4px;padding:1px 6px;font-size:12px}
textarea{width:100%;height:150px;font:13px sans-serif;border:1px solid #9aa5b1;border-radius:5px;padding:8px}
.to{margin-bottom:8px}
"""

SCRIPT = """
const show = id => { for (const v of document.querySelectorAll('.view')) v.classList.toggle('on', v.id === id); };
for (const r of document.querySelectorAll('tr.p')) r.addEventListener('click', () => show('profile'));
document.getElementById('msgbtn').addEventListener('click', () => show('message'));
"""


def _dob(born: date) -> str:
    return born.strftime("%d/%m/%Y")


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    ie = stage.fake("en_IE")
    teacher = stage.pii(f"{fake.first_name_female()} {fake.last_name()}", "PERSON", note="the teacher, top bar")
    pupils: list[tuple[str, str]] = [
        (fake.first_name_male(), fake.last_name()),
        (rng.choice(RARE_FIRST), ie.last_name()),
        (fake.first_name_female(), rng.choice(RARE_LAST)),
        (ie.first_name(), ie.last_name()),
        (rng.choice(RARE_FIRST[5:]), fake.last_name()),
        (fake.first_name_female(), fake.last_name()),
        (ie.first_name(), rng.choice(RARE_LAST[3:])),
        (fake.first_name_male(), fake.last_name()),
    ]
    pupils.sort(key=lambda p: p[1])
    rows = ""
    dobs: list[str] = []
    marks_pool = ["/", "\\", "/", "\\", "/", "\\", "L", "I", "M", "/"]
    for k, (first, last) in enumerate(pupils):
        name = stage.pii(f"{last}, {first}", "PERSON", note="a pupil, '<Last>, <First>'")
        born = date(2017, 9, 1).fromordinal(date(2017, 9, 1).toordinal() + rng.randint(0, 364))
        dob = stage.pii(_dob(born), "DATE_OF_BIRTH", note="a pupil's")
        dobs.append(dob)
        upn = stage.pii("A" + "".join(rng.choice("0123456789") for _ in range(12)), "NATIONAL_ID", note="UPN")
        marks = ""
        for _ in range(7):
            m = rng.choice(marks_pool)
            cls = "code" if m.isalpha() else "ok"
            marks += f"<td class='m {cls}'>{esc(m)}</td>"
        today = "✓" if k != 3 else "N"
        marks += f"<td class='m {'ok' if today == '✓' else 'code'}'>{today}</td>"
        rows += (
            f"<tr class=p><td>{esc(name)}</td><td>Year 4</td><td>{dob}</td><td>{upn}</td>{marks}"
            f"<td>{'96.4%' if k % 2 else '91.2%'}</td></tr>"
        )
    # the pupil whose profile opens: the second row
    pf, pl = pupils[1]
    full = stage.pii(f"{pf} {pl}", "PERSON", note="the pupil's profile heading")
    pref = stage.pii(pf, "PERSON", note="a child's first name alone (preferred name, the message)")
    mother_first = ie.first_name_female()
    mother = stage.pii(f"{mother_first} {pl}", "PERSON", note="contact 1 (Mother)")
    father = stage.pii(f"{fake.first_name_male()} {fake.last_name()}", "PERSON", note="contact 2 (Father)")
    gran = stage.pii(f"{ie.first_name_female()} {ie.last_name()}", "PERSON", note="contact 3 (Grandmother)")
    m_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    f_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    g_phone = stage.pii(f"0113 {rng.randint(200, 499)} {rng.randint(1000, 9999)}", "PHONE_NUMBER", note="a landline")
    m_mail = stage.pii(fakes.email_for(f"{mother_first} {pl.replace('Ó ', 'O')}", "gmail.com", rng), "EMAIL_ADDRESS")
    f_mail = stage.pii(fakes.email_for(father, "outlook.com", rng), "EMAIL_ADDRESS")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    doctor = stage.pii(f"Dr {fake.first_name()} {rng.choice(RARE_LAST[:3])}", "PERSON", note="the GP")
    p_dob = dobs[1]
    surgery = f"{rng.choice(['Meadowbank', 'Oakwood', 'Riverside', 'Chapel Street'])} Medical Practice"
    head = "".join(f"<th>{d}</th>" for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Mon", "Tue", "Wed"])
    register = (
        "<div id=register class='view on'><h1>Register · 4B</h1><div class=sub>Year 4 · Wednesday 3 December 2026 "
        "· AM session · Room 12</div><table><tr><th>Pupil</th><th>Year</th><th>DOB</th><th>UPN</th>"
        f"{head}<th>Attendance</th></tr>{rows}</table>"
        "<div class=bar><span class=btn>Save register</span><span class=btn2>Mark all present</span>"
        "<span class=btn2>Late codes</span></div></div>"
    )
    profile = (
        f"<div id=profile class=view><h1>{esc(full)}</h1><div class=sub>Year 4 · 4B · Pupil profile</div>"
        "<div class=prof><div class=card><h3>Personal</h3><dl>"
        f"<dt>Preferred name</dt><dd>{esc(pref)}</dd><dt>Date of birth</dt><dd>{p_dob}</dd>"
        f"<dt>Home address</dt><dd>{esc(street)}<br>{esc(town)}<br>{esc(postcode)}</dd>"
        "<dt>Lives with</dt><dd>Mother</dd><dt>SEN status</dt><dd>SEN support (K)</dd>"
        "<dt>Free school meals</dt><dd>No</dd></dl></div>"
        "<div class=card><h3>Contacts (priority order)</h3><ol>"
        f"<li>{esc(mother)} (Mother) {m_phone} {esc(m_mail)}</li>"
        f"<li>{esc(father)} (Father) {f_phone} {esc(f_mail)}</li>"
        f"<li>{esc(gran)} (Grandmother) {g_phone}</li></ol></div>"
        "<div class=card><h3>Medical</h3><dl><dt>Conditions</dt><dd><span class=tag>Allergy: peanuts</span></dd>"
        "<dt>Medication</dt><dd>EpiPen kept in the school office</dd>"
        f"<dt>GP surgery</dt><dd>{surgery}</dd><dt>Doctor</dt><dd>{esc(doctor)}</dd></dl></div>"
        "<div class=card><h3>Attendance this term</h3><dl><dt>Present</dt><dd>94.1%</dd>"
        "<dt>Authorised absence</dt><dd>4.2%</dd><dt>Late</dt><dd>3 sessions</dd></dl>"
        "<div class=bar><span class=btn id=msgbtn>Message parents</span></div></div></div></div>"
    )
    message = (
        "<div id=message class=view><h1>New message to parents</h1><div class=sub>Sent by e-mail and the parent "
        f"app</div><div class=card><div class=to><b>To:</b> {esc(mother)} (Mother)</div>"
        "<textarea id=body autocomplete=off></textarea>"
        "<div class=bar><span class=btn>Send message</span><span class=btn2>Save draft</span></div></div></div>"
    )
    body = (
        f"<div class=top><span class=logo>Schoolhub</span><span>Oakfield Primary School</span><span class=u>"
        f"{esc(teacher)} · Class teacher</span></div><div class=wrap><div class=nav><div>Home</div>"
        "<div class=on>Registers</div><div>Pupils</div><div>Behaviour</div><div>Assessment</div><div>Messages</div>"
        f"</div><main>{register}{profile}{message}</main></div>"
    )
    stage.page("registers/4b.html", doc("Register 4B · Schoolhub", CSS, body, SCRIPT))
    stage.keep("Save register", "Mark all present", "Oakfield Primary School", "Registers", "Assessment")
    stage.keep("Behaviour", "Attendance")
    chrome = stage.chrome("http://oakfield.schoolhub.example/registers/4b.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("tr.p", 1))
    stage.mark("profile")
    stage.pause(6.0)
    stage.click(*chrome.point("#msgbtn"))
    stage.mark("message")
    stage.pause(1.0)
    stage.click(*chrome.point("#body"))
    title = "Mrs" if rng.random() < 0.5 else "Ms"
    letter = stage.pii(f"{title} {pl}", "PERSON", note="'Dear Mrs <Last>'")
    desk.type(
        f"Dear {letter},\n{pref} was a little unsettled after lunch today and said she had a headache. "
        "She is fine now. Please call the office if you have any questions.",
        typo_rate=0.0,
        delay_ms=45,
    )
    stage.mark("typed")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="school_portal",
    description="A school information system in Chromium (en_GB, en_IE names and ones common lists miss): a class "
    "register grid ('<Last>, <First>', year group, date of birth, UPN 'A' and twelve digits, attendance marks and "
    "codes); a pupil's profile (preferred name, date of birth, home address, 'Lives with: Mother', contacts in "
    "priority order '<First> <Last> (Mother) 07... <e-mail>', 'Allergy: peanuts', SEN status, GP surgery and "
    "doctor); a message to the parents typed ('Dear Mrs <Last>, <First> was ...').",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=36101,
    crf=24,
)
