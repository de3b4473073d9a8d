"""An identity admin console's user properties: right-aligned labels, values left, two pairs a row.

Why this screen: "a new starter cannot sign in" is checked on the directory's admin console, where
a user's record is a details panel laid out as admin consoles (Entra, Okta, Google Admin, ticket
and asset tools) lay out their properties: sections whose rows hold two label/value pairs side by
side, each label right-aligned in a grey column against its value, which is left-aligned after a
gap. Read as a line, a row is "<label> <value> <label> <value>", so the second pair's label follows
the first pair's value with nothing but space between them. The technician opens the user from the
Overview tab's card (name, principal name, a few facts) to the Properties tab: Identity (display
name, first and last name, user principal name, on-premises account name, employee id, user
type, created), Job information (job title, department, manager, company, office, hire date),
Contact information (street, city, postal code, country, mobile and business phones, other
e-mail), Personal (date of birth, personal mobile), Authentication (last sign-in and its IP, the
recovery phone and e-mail). Contact information's "Edit" turns its values into inputs; the mobile
is replaced key by key and saved; the panel scrolls down to Authentication and back. en_GB values
and names common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Philippa", "Orchard-Nwosu"), ("Anselm", "Kilbride"), ("Romilly", "Penhaligon")]

CSS = """
body{background:#f3f2f1;color:#242424;font:14px 'Liberation Sans',Arial,sans-serif}
.top{height:46px;background:#0f3d68;color:#e3ecf5;display:flex;align-items:center;padding:0 18px;gap:18px;
font-size:13px}
.top b{color:#fff;font-size:15px}.top .r{margin-left:auto}
.nav{position:fixed;top:46px;left:0;bottom:0;width:190px;background:#fff;border-right:1px solid #e1dfdd;padding:14px 0;
font-size:13px}.nav div{padding:7px 18px;color:#444}.nav div.on{background:#edebe9;font-weight:700}
.main{margin-left:190px;padding:14px 26px 120px}
.crumb{font-size:12px;color:#605e5c}h1{font-size:22px;margin:4px 0 10px;font-weight:600}
.tabs{display:flex;gap:24px;border-bottom:1px solid #e1dfdd;margin-bottom:14px;font-size:14px}
.tabs span{padding:6px 0;cursor:pointer;color:#444}
.tabs span.on{border-bottom:2px solid #0f6cbd;font-weight:700;color:#111}
.card{background:#fff;border:1px solid #e1dfdd;border-radius:4px;padding:14px 18px;margin-bottom:14px;max-width:1020px}
.card h2{font-size:15px;margin:0 0 10px;display:flex;align-items:center}
.card h2 a{margin-left:auto;font-size:13px;color:#0f6cbd;font-weight:400;cursor:pointer}
.grid{display:grid;grid-template-columns:170px 1fr 170px 1fr;column-gap:16px;row-gap:9px;font-size:13.5px}
.grid .k{text-align:right;color:#616161}.grid .v{color:#1b1b1b;white-space:nowrap}
.grid .v input{font-size:13px;padding:2px 6px;border:1px solid #8a8886;border-radius:2px;width:210px}
.btns{margin-top:12px;display:none;gap:8px}.btns.on{display:flex}
button{padding:6px 14px;border:1px solid #8a8886;background:#fff;border-radius:3px;font-size:13px}
button.p{background:#0f6cbd;border-color:#0f6cbd;color:#fff}
#ov .who{display:flex;gap:16px;align-items:center}.av{width:64px;height:64px;border-radius:50%;background:#c7e0f4;
color:#0f3d68;font-size:24px;display:flex;align-items:center;justify-content:center;font-weight:700}
#ov .nm{font-size:18px;font-weight:600}#ov .sub{color:#605e5c;font-size:13px;margin-top:3px}
#props{display:none}#props.on{display:block}#ov.off{display:none}
#saved{display:none;background:#dff6dd;border:1px solid #9fd89f;color:#0e700e;padding:8px 12px;border-radius:3px;
margin-bottom:12px;font-size:13px;max-width:1020px}#saved.on{display:block}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
$('tab-props').onclick = () => { $('ov').classList.add('off'); $('props').classList.add('on');
  $('tab-props').classList.add('on'); $('tab-ov').classList.remove('on'); };
$('edit').onclick = () => {
  for (const v of document.querySelectorAll('#contact .v[data-edit]')) {
    const t = v.textContent; v.textContent = ''; const i = document.createElement('input'); i.value = t;
    i.id = 'in-' + v.dataset.edit; v.appendChild(i);
  }
  $('cbtn').classList.add('on');
};
$('save').onclick = () => {
  for (const i of document.querySelectorAll('#contact .v input')) { i.parentElement.textContent = i.value; }
  $('cbtn').classList.remove('on'); $('saved').classList.add('on');
};
"""


def _grid(pairs: list[tuple[str, str, str | None]]) -> str:
    """Label/value pairs laid two a row; a third item names the value's input when it can be edited."""
    cells = []
    for label, value, edit in pairs:
        attr = f" data-edit={edit}" if edit else ""
        cells.append(f"<div class=k>{esc(label)}</div><div class=v{attr}>{esc(value)}</div>")
    return f"<div class=grid>{''.join(cells)}</div>"


def _section(title: str, pairs: list[tuple[str, str, str | None]], *, ident: str = "", edit: bool = False) -> str:
    link = "<a id=edit>Edit</a>" if edit else ""
    btns = "<div class=btns id=cbtn><button class=p id=save>Save</button><button>Cancel</button></div>" if edit else ""
    id_attr = f" id={ident}" if ident else ""
    return f"<div class=card{id_attr}><h2>{esc(title)}{link}</h2>{_grid(pairs)}{btns}</div>"


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    first, last = rng.choice(RARE)
    stage.pii(first, "PERSON", note="first name alone, Identity", scored=False)
    stage.pii(last, "PERSON", note="last name alone, Identity")
    name = stage.pii(f"{first} {last}", "PERSON", note="display name, heading and Overview")
    login = fakes.initial_login(name)
    upn = stage.pii(f"{login}@harrowgate-foods.co.uk", "EMAIL_ADDRESS", note="user principal name")
    sam = stage.pii(f"HGF\\{login}", "USERNAME", note="on-premises account name")
    manager = stage.pii(fakes.person(gb), "PERSON", note="Manager, right column")
    street = stage.pii(fakes.street(gb), "ADDRESS", note="Street address")
    town = stage.pii(gb.city(), "LOCATION", note="City, right column")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="Postal code")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="Mobile phone, replaced")
    new_mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="the mobile typed key by key")
    office = stage.pii(f"0113 {rng.randint(200, 899)} {rng.randint(1000, 9999)}", "PHONE_NUMBER", note="Business phone")
    other = stage.pii(fakes.email_for(name, "gmail.com", rng), "EMAIL_ADDRESS", note="Other emails, right column")
    dob = stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH", note="Personal, Date of birth")
    personal = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="Personal mobile, right column")
    ip = stage.pii(fakes.ipv4(rng), "IP_ADDRESS", note="Last sign-in IP")
    recovery = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="Recovery phone")
    rec_mail = stage.pii(fakes.email_for(name, "outlook.com", rng), "EMAIL_ADDRESS", note="Recovery email")
    initials = first[0] + last[0]

    identity = _section(
        "Identity",
        [
            ("Display name", name, None),
            ("User principal name", upn, None),
            ("First name", first, None),
            ("Last name", last, None),
            ("On-premises account", sam, None),
            ("Employee ID", f"HG-{rng.randint(10000, 99999)}", None),
            ("User type", "Member", None),
            ("Created", "14 Sept 2026, 09:12", None),
        ],
    )
    job = _section(
        "Job information",
        [
            ("Job title", "Payroll Officer", None),
            ("Department", "Finance Operations", None),
            ("Company name", "Harrowgate Foods Ltd", None),
            ("Manager", manager, None),
            ("Office location", "Leeds Dock, Floor 3", None),
            ("Hire date", "21 Sept 2026", None),
        ],
    )
    contact = _section(
        "Contact information",
        [
            ("Street address", street, "street"),
            ("City", town, "city"),
            ("Postal code", postcode, "postcode"),
            ("Country or region", "United Kingdom", None),
            ("Mobile phone", mobile, "mobile"),
            ("Business phone", office, "office"),
            ("Fax number", "-", None),
            ("Other emails", other, "other"),
        ],
        ident="contact",
        edit=True,
    )
    personal_s = _section(
        "Personal (synced from HR)",
        [("Date of birth", dob, None), ("Personal mobile", personal, None)],
    )
    auth = _section(
        "Authentication",
        [
            ("Last sign-in", "Today, 08:47", None),
            ("Sign-in IP address", ip, None),
            ("Recovery phone", recovery, None),
            ("Recovery email", rec_mail, None),
            ("MFA status", "Enforced", None),
            ("Password last set", "21 Sept 2026", None),
        ],
    )
    overview = f"""<div id=ov><div class=card><div class=who><div class=av>{esc(initials)}</div><div>
<div class=nm>{esc(name)}</div><div class=sub>{esc(upn)}</div><div class=sub>Payroll Officer &middot; Finance
Operations</div></div></div></div><div class=card><h2>Basic info</h2>{
        _grid([("Account status", "Enabled", None), ("Sign-ins", "Blocked: no licence", None)])
    }</div></div>"""
    body = f"""<div class=top><b>Harrowgate Admin centre</b><span>Directory</span><span>Devices</span>
<span class=r>Service desk</span></div>
<div class=nav><div>Home</div><div class=on>Users</div><div>Groups</div><div>Devices</div><div>Licences</div>
<div>Sign-in logs</div><div>Audit logs</div></div>
<div class=main><div class=crumb>Home &rsaquo; Users &rsaquo; All users</div><h1>{esc(name)}</h1>
<div class=tabs><span class=on id=tab-ov>Overview</span><span id=tab-props>Properties</span><span>Groups</span>
<span>Licences</span><span>Devices</span></div>{overview}
<div id=props><div id=saved>Contact information saved.</div>{identity}{job}{contact}{personal_s}{auth}</div></div>"""
    stage.page("users/properties.html", doc(f"{name} - Harrowgate Admin centre", CSS, body, SCRIPT))
    stage.keep("Harrowgate Admin centre", "User principal name", "Contact information", "Job information")
    stage.keep("Payroll Officer", "Finance Operations", "Harrowgate Foods Ltd", "Country or region", "United Kingdom")
    stage.keep("Business phone", "Street address", "Office location", "Leeds Dock, Floor 3", "Identity")
    chrome = stage.chrome("http://admin.harrowgate.example/users/properties.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    stage.click(*chrome.point("#tab-props"))
    stage.mark("properties")
    stage.pause(4.0)
    x, y = chrome.point(".main", 0, 0.5, 0.4)
    desk.move(x, y)
    desk.scroll(4, pause=0.25)
    stage.pause(3.0)
    stage.click(*chrome.point("#edit"))
    stage.mark("edit contact")
    stage.pause(2.0)
    stage.click(*chrome.point("#in-mobile", 0, 0.9, 0.5))
    desk.key("ctrl+a")
    desk.key("BackSpace")
    desk.type(new_mobile, typo_rate=0.0, delay_ms=130)
    stage.mark("mobile typed")
    stage.pause(1.5)
    stage.click(*chrome.point("#save"))
    stage.mark("saved")
    stage.pause(3.0)
    desk.move(x, y)
    desk.scroll(6, pause=0.25)
    stage.pause(3.5)
    desk.scroll(-10, pause=0.15)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="user_properties",
    description="An identity admin console's user page in Chromium: from the Overview card to Properties, "
    "sections whose rows hold two label/value pairs side by side (labels right-aligned in a grey column, values "
    "left-aligned): display name, first and last name, principal name, on-premises account, manager, street, city, "
    "postal code, mobile and business phones, other e-mail, date of birth, personal mobile, sign-in IP, recovery "
    "phone and e-mail; Contact information edited (the mobile retyped key by key, saved), scrolled down and back. "
    "en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=46102,
    crf=24,
)
