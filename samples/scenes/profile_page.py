"""A US customer profile page: identity documents, date of birth, address and contact details.

Why this screen: a profile puts every identifier of one person on one page, each behind a short
label (DOB, License, Passport): the driver's license and passport numbers are bare letter/digit
strings that only the label or the shape identifies. The phone number is edited key by key.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:15px;background:#f4f5f7;color:#172b4d}
.top{height:60px;background:#fff;box-shadow:0 1px 2px #0002;display:flex;align-items:center;
 padding:0 28px;gap:26px}
.top b{color:#0052cc;font-size:19px}.top span{color:#42526e;font-size:14px}.top .av{margin-left:auto;
 width:34px;
 height:34px;border-radius:50%;background:#6554c0;color:#fff;display:flex;align-items:center;
 justify-content:center}
.wrap{max-width:980px;margin:22px auto;padding:0 16px}
h1{font-size:26px;margin:0 0 4px}.lead{color:#5e6c84;margin-bottom:18px}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002;padding:18px 24px;margin-bottom:16px}
.card h2{font-size:17px;margin:0 0 12px;display:flex}.card h2 button{margin-left:auto;background:#f4f5f7;
 border:1px solid #c1c7d0;border-radius:4px;padding:4px 14px;font-size:13px;color:#42526e}
.row{display:grid;grid-template-columns:220px 1fr;padding:9px 0;border-top:1px solid #ebecf0}
.row span{color:#5e6c84}.row input{font-size:15px;padding:5px 8px;width:260px;border:2px solid #4c9aff;
 border-radius:4px}
.save{background:#0052cc;color:#fff;border:0;border-radius:4px;padding:6px 16px;margin-left:10px;display:none}
.note{font-size:13px;color:#5e6c84;margin-top:8px}.ok{color:#006644;font-size:13px;margin-left:12px}
"""

SCRIPT = """
const edit = document.getElementById('edit'), save = document.getElementById('save');
const cell = document.getElementById('phone');
edit.addEventListener('click', () => {
  const v = cell.textContent; cell.innerHTML = '<input id="phone-in">';
  document.getElementById('phone-in').value = v; save.style.display = 'inline-block';
});
save.addEventListener('click', () => {
  cell.textContent = document.getElementById('phone-in').value; save.style.display = 'none';
  document.getElementById('saved').textContent = 'Saved';
});
"""


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f'<div class="row"><span>{esc(k)}</span><div>{v}</div></div>' for k, v in pairs)


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_US"), stage.rng
    name = stage.pii(fakes.person(fake), "PERSON")
    dob = stage.pii(fakes.dob_us(fake), "DATE_OF_BIRTH")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    city, state = rng.choice(fakes.US_CITIES)
    zip_code = fake.zipcode()
    stage.pii(f"{city}, {state}", "LOCATION")
    stage.pii(zip_code, "ZIP_CODE", scored=False, note="5 digits; too short to score reliably")
    phone = stage.pii(fakes.us_phone(rng), "PHONE_NUMBER")
    new_phone = stage.pii(fakes.us_phone(rng), "PHONE_NUMBER")
    email = stage.pii(fake.free_email(), "EMAIL_ADDRESS")
    license_no = stage.pii(fakes.us_driver_license(rng), "US_DRIVER_LICENSE")
    passport = stage.pii(fakes.us_passport(rng), "US_PASSPORT")
    emergency = stage.pii(fakes.person(fake), "PERSON")
    emergency_phone = stage.pii(fakes.us_phone(rng), "PHONE_NUMBER")
    personal = _rows(
        [
            ("Full legal name", esc(name)),
            ("Date of birth", dob),
            ("Home address", f"{esc(street)}<br>{city}, {state} {zip_code}"),
        ]
    )
    contact = _rows(
        [
            ("Mobile phone", f'<span id="phone">{phone}</span><span class="ok" id="saved"></span>'),
            ("Email", esc(email)),
            ("Preferred contact", "Text message"),
        ]
    )
    ids = _rows(
        [
            ("Driver's license", f"{license_no} · State: {state} · Expires 08/2029"),
            ("Passport number", f"{passport} · Expires 03/2031"),
            ("Citizenship", "United States"),
        ]
    )
    emergency_rows = _rows([("Name", esc(emergency)), ("Relationship", "Spouse"), ("Phone", emergency_phone)])
    body = f"""<div class="top"><b>Summit Health Plans</b><span>Dashboard</span><span>Claims</span>
<span>Benefits</span><span>Documents</span><div class="av">{name[0]}</div></div>
<div class="wrap"><h1>My profile</h1><div class="lead">Keep your details up to date so we can reach you
about claims and coverage.</div>
<div class="card"><h2>Personal information <button>Request change</button></h2>{personal}</div>
<div class="card"><h2>Contact details <button id="edit">Edit</button>
<button class="save" id="save">Save</button>
</h2>{contact}</div>
<div class="card"><h2>Identity documents <button>Upload</button></h2>{ids}
<div class="note">Documents are verified by our member services team within 2 business days.</div></div>
<div class="card"><h2>Emergency contact <button>Edit</button></h2>{emergency_rows}</div></div>"""
    stage.page("member/profile.html", doc("My profile - Summit Health Plans", CSS, body, SCRIPT))
    stage.keep(
        "Summit Health Plans",
        "My profile",
        "Personal information",
        "Full legal name",
        "Date of birth",
        "Home address",
        "Contact details",
        "Mobile phone",
        "Preferred contact",
        "Text message",
        "Identity documents",
        "Driver's license",
        "Passport number",
        "Request change",
        "Dashboard",
        "Claims",
        "Benefits",
    )
    chrome = stage.chrome("http://members.summithealthplans.com/member/profile.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.5)
    desk.move(*chrome.point("#phone"))
    stage.pause(1.0)
    desk.click(*chrome.point("#edit"))
    stage.mark("edit_contact")
    stage.pause(0.8)
    desk.click(*chrome.point("#phone-in"))
    desk.key("ctrl+a", "BackSpace")
    desk.type(new_phone, typo_rate=0.03)
    stage.pause(0.8)
    desk.click(*chrome.point("#save"))
    stage.mark("phone_saved")
    stage.pause(2.0)
    desk.move(*chrome.point(".wrap"))
    desk.scroll(3, pause=0.35)
    stage.mark("scrolled_to_documents")
    stage.pause(4.0)
    desk.scroll(3, pause=0.35)
    stage.pause(3.0)
    desk.scroll(-6, pause=0.3)
    stage.pause(2.5)


SCENE = SceneSpec(
    name="profile_page",
    description="A US health-plan member profile in Chromium: full name, date of birth, home address "
    "(street, city/state, ZIP), mobile phone, e-mail, driver's license and passport numbers, and "
    "an emergency contact. The mobile number is edited (select all, typed key by key, saved), "
    "then the page scrolls down to the identity documents and emergency contact and back up.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=11873,
    crf=24,
)
