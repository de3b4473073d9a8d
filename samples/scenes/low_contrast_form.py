"""A read-only employee profile in a light theme: disabled fields, grey on light grey, in a thin font.

Why this screen: "I can't change my phone number in the staff portal" has an HR self-service page
shared with the service desk. The page (self-contained, a pale grey app shell, a white card per
section) shows the employee's details as a form whose fields are disabled: each a light grey box
(#f3f4f6) holding its value in mid grey (#9aa0a8) in DejaVu Sans ExtraLight, a small label above
it in grey capitals, and small helper text under some ("Managed by HR. Contact the HR team to
change it."). A "Locked" badge with a padlock sits beside the section title "Personal details";
fields left empty show their placeholders in an even lighter grey beside filled ones ("Optional",
"Add a second number", "e.g. name@example.com"). Sections: Personal details (legal first and last
name, preferred name, date of birth, National Insurance number, employee number), Contact (personal
e-mail, mobile, second phone, home address over three lines of a read-only text area, postcode),
Emergency contact (name, relationship, phone) and Pay (sort code, account number). The employee
clicks "Edit contact details": the mobile and personal e-mail fields turn white with dark text,
the mobile is cleared and a new number typed, "Save changes" turns them grey again and a green
note says "Contact details saved". Scrolled down and back. en_GB values and rare names.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Perpetua", "Lindqvist-Amadi"), ("Florian", "Ashworth-Mbeki"), ("Seraphina", "Tolhurst")]

CSS = """
body{background:#f7f8fa;color:#6b7280;font:14px 'DejaVu Sans',sans-serif;font-weight:200;overflow-y:auto}
.top{height:52px;background:#fff;border-bottom:1px solid #e7e9ee;display:flex;align-items:center;padding:0 24px;
gap:26px;font-weight:400;color:#4b5563}
.top b{color:#4f46e5;font-size:17px}.top .r{margin-left:auto;font-size:13px}
.wrap{max-width:920px;margin:22px auto 80px}
h1{font-size:22px;font-weight:300;color:#374151;margin:0 0 4px}.sub{font-size:13px;margin:0 0 18px}
.card{background:#fff;border:1px solid #eceef2;border-radius:10px;padding:18px 22px;margin-bottom:16px}
.card h2{font-size:15px;font-weight:400;color:#4b5563;margin:0 0 14px;display:flex;align-items:center;gap:10px}
.lock{font-size:11px;background:#f1f2f4;color:#8b919a;border:1px solid #e3e5e9;border-radius:10px;padding:1px 8px}
.card h2 button{margin-left:auto;font-size:12px;background:#fff;border:1px solid #d9dce2;border-radius:6px;
padding:4px 10px;color:#4f46e5}
.g{display:grid;grid-template-columns:1fr 1fr 1fr;gap:12px 16px}
.f label{display:block;font-size:10.5px;letter-spacing:.6px;text-transform:uppercase;color:#a3a8b0;margin:0 0 4px}
.f input,.f textarea{width:100%;font:13px 'DejaVu Sans',sans-serif;font-weight:200;border:1px solid #e6e8ec;
background:#f3f4f6;color:#9aa0a8;border-radius:6px;padding:7px 9px;-webkit-text-fill-color:#9aa0a8;opacity:1}
.f textarea{height:72px;resize:none;line-height:17px}
.f input::placeholder{color:#c9cdd3}
.f small{display:block;font-size:10.5px;color:#b0b5bc;margin-top:3px}
.f input.on{background:#fff;color:#111827;-webkit-text-fill-color:#111827;border-color:#818cf8;font-weight:400}
.span2{grid-column:span 2}
#saved{display:none;color:#15803d;font-size:13px;font-weight:400;margin-left:8px}#saved.on{display:inline}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
$('edit').addEventListener('click', () => {
  for (const id of ['mob', 'pem']) { $(id).disabled = false; $(id).classList.add('on'); }
  $('edit').textContent = 'Save changes'; $('saved').classList.remove('on');
  $('edit').onclick = () => {
    for (const id of ['mob', 'pem']) { $(id).disabled = true; $(id).classList.remove('on'); }
    $('edit').textContent = 'Edit contact details'; $('saved').classList.add('on');
  };
}, {once: true});
"""


def _field(label: str, value: str = "", *, placeholder: str = "", help_: str = "", id_: str = "", cls: str = "") -> str:
    idattr = f' id="{id_}"' if id_ else ""
    ph = f' placeholder="{esc(placeholder)}"' if placeholder else ""
    small = f"<small>{esc(help_)}</small>" if help_ else ""
    return (
        f'<div class="f {cls}"><label>{esc(label)}</label><input{idattr} value="{esc(value)}"{ph} disabled '
        f"spellcheck=false>{small}</div>"
    )


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    first, last = rng.choice(RARE)
    stage.pii(first, "PERSON", note="legal first name alone in its field")
    stage.pii(last, "PERSON", note="legal last name alone in its field")
    full = stage.pii(f"{first} {last}", "PERSON", note="the top bar's signed-in name")
    dob = stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH")
    nino = stage.pii(fakes.nino(rng), "UK_NINO")
    pem = stage.pii(fakes.email_for(full, "gmail.com", rng), "EMAIL_ADDRESS", note="personal e-mail, disabled field")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="the mobile before the edit")
    new_mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="typed into the enabled mobile field")
    street = stage.pii(fakes.street(gb), "ADDRESS", note="line 1 of a read-only text area")
    town = stage.pii(gb.city(), "LOCATION", note="line 2 of the text area")
    county = gb.county()
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    ec = stage.pii(fakes.person(gb), "PERSON", note="the emergency contact")
    ec_phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="the emergency contact's phone")
    bank = fakes.uk_bank(gb)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    emp = f"E{rng.randint(10000, 99999)}"

    hr = "Managed by HR. Contact the HR team to change it."
    personal = f"""<div class=card><h2>Personal details <span class=lock>&#128274; Locked</span></h2><div class=g>
{_field("Legal first name", first, help_=hr)}{_field("Legal last name", last)}
{_field("Preferred name", placeholder="Optional")}
{_field("Date of birth", dob)}{_field("National Insurance number", nino, help_=hr)}
{_field("Employee number", emp)}</div></div>"""
    address = f"{street}\n{town}\n{county}"
    contact = f"""<div class=card><h2>Contact <span class=lock>&#128274; Locked</span><span id=saved>Contact details
saved</span><button id=edit>Edit contact details</button></h2><div class=g>
{_field("Personal email", pem, id_="pem", cls="span2")}{_field("Work email alias", placeholder="e.g. name@example.com")}
{_field("Mobile", mobile, id_="mob")}{_field("Second phone", placeholder="Add a second number")}
{_field("Preferred contact time", "Weekdays, after 5pm")}
<div class="f span2"><label>Home address</label><textarea disabled spellcheck=false>{esc(address)}</textarea>
<small>Address changes go through HR with proof of address.</small></div>
{_field("Postcode", postcode)}</div></div>"""
    emergency = f"""<div class=card><h2>Emergency contact <span class=lock>&#128274; Locked</span></h2><div class=g>
{_field("Name", ec)}{_field("Relationship", "Partner")}{_field("Phone", ec_phone)}</div></div>"""
    pay = f"""<div class=card><h2>Pay <span class=lock>&#128274; Locked</span></h2><div class=g>
{_field("Sort code", sort_code)}{_field("Account number", account)}
{_field("Pay frequency", "Monthly, last working day")}</div></div>"""
    body = f"""<div class=top><b>Peoplebase</b><span>Home</span><span>My profile</span><span>Time off</span>
<span>Payslips</span><span class=r>{esc(full)}</span></div>
<div class=wrap><h1>My profile</h1><p class=sub>Check your details are up to date. Locked details are managed by
HR.</p>{personal}{contact}{emergency}{pay}</div>"""
    stage.page("profile.html", doc("My profile - Peoplebase", CSS, body, SCRIPT))
    stage.keep("My profile", "Personal details", "Locked", "Emergency contact", "Add a second number")
    stage.keep("e.g. name@example.com", "Weekdays, after 5pm", "Monthly, last working day")
    stage.keep("Managed by HR. Contact the HR team to change it.")
    chrome = stage.chrome("http://hr.peoplebase.example/profile.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    x, y = chrome.point(".wrap", 0, 0.5, 0.2)
    desk.move(x + 300, y + 150)
    desk.scroll(3, pause=0.2)
    stage.pause(3.5)
    desk.scroll(3, pause=0.2)
    stage.pause(3.5)
    desk.scroll(3, pause=0.2)
    stage.pause(3.0)
    desk.scroll(-9, pause=0.1)
    stage.pause(1.5)
    desk.scroll(2, pause=0.2)
    stage.pause(1.5)
    stage.click(*chrome.point("#edit"))
    stage.mark("edit")
    stage.keep("Save changes")
    stage.pause(2.0)
    stage.click(*chrome.point("#mob", 0, 0.8, 0.5))
    desk.key("ctrl+a")
    desk.key("BackSpace")
    stage.pause(1.0)
    desk.type(new_mobile, typo_rate=0.0, delay_ms=140)
    stage.pause(2.5)
    stage.click(*chrome.point("#edit"))
    stage.mark("saved")
    stage.keep("Contact details saved")
    desk.move(x + 300, y + 150)
    stage.pause(3.0)
    desk.scroll(4, pause=0.2)
    stage.pause(4.0)
    desk.scroll(-4, pause=0.2)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="low_contrast_form",
    description="An HR self-service profile in Chromium, light theme: white cards on pale grey, fields disabled "
    "(values #9aa0a8 on #f3f4f6 in DejaVu Sans ExtraLight, small grey capital labels, small helper text), a "
    "'Locked' badge by each section title, placeholders in lighter grey beside filled fields; legal names, date "
    "of birth, NI number, personal e-mail, mobile, an international phone, a home address over three lines of a "
    "read-only text area, postcode, emergency contact, sort code and account number; scrolled; 'Edit contact "
    "details' enables the mobile and e-mail, the mobile cleared and retyped, 'Save changes'; scrolled. en_GB "
    "values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=48.0,
    seed=44163,
    crf=24,
)
