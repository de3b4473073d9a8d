"""A new starter's onboarding wizard in an HR product (Workday/BambooHR-like), step by step.

Why this screen: onboarding asks for everything at once, one step after another, with a progress
rail on the left: legal and preferred name, date of birth, NI number, personal e-mail and
mobile, the home address found from a postcode (a dropdown of the street's six addresses),
bank details (account holder, sort code, account number), an emergency contact, the right to
work (passport number, expiry, a Home Office share code like `W4K 8JP N2R`), and a summary page
repeating every answer under small captions. The technician types what the new starter reads
out, with a slip corrected.
"""

from __future__ import annotations

import random

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

SHARE_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"

CSS = """
body{font-size:13px;background:#f5f6f8;color:#1e2329;overflow:hidden}
.top{height:52px;background:#fff;border-bottom:1px solid #e1e4e8;display:flex;align-items:center;padding:0 22px;
gap:20px}
.top b{font-size:17px;color:#5a2ca0}.top span{color:#59636e}.top .who{margin-left:auto;font-size:12px;color:#59636e}
.rail{position:absolute;left:0;top:52px;bottom:0;width:230px;background:#fff;border-right:1px solid #e1e4e8;
padding:18px}
.rail h4{margin:0 0 12px;font-size:12px;color:#59636e;text-transform:uppercase;letter-spacing:.5px}
.rail div{padding:8px 0 8px 28px;position:relative;color:#59636e}
.rail div::before{content:'';position:absolute;left:4px;top:9px;width:12px;height:12px;border-radius:50%;
border:2px solid #c5cbd3}
.rail div.on{color:#1e2329;font-weight:700}.rail div.on::before{border-color:#5a2ca0;background:#5a2ca0}
.rail div.done{color:#1e2329}.rail div.done::before{border-color:#2e8b57;background:#2e8b57}
main{position:absolute;left:260px;top:66px;width:700px}
h1{font-size:21px;margin:0 0 4px}.sub{color:#59636e;margin-bottom:12px}
.step{display:none}.step.on{display:block}
.box{background:#fff;border:1px solid #e1e4e8;border-radius:8px;padding:14px 20px 6px}
.row{display:flex;gap:18px}.fl{margin-bottom:10px;flex:1}
.fl label{display:block;font-size:12px;font-weight:700;margin-bottom:3px}
.fl .h{font-size:11px;color:#6a737d;margin-bottom:3px}
.fl input{width:100%;padding:6px 8px;border:1px solid #a9b1ba;border-radius:4px;font-size:13px}
.fl input:focus{outline:2px solid #5a2ca0}
.find{display:flex;gap:8px;align-items:flex-start}.find input{width:130px}
.btn{background:#5a2ca0;color:#fff;border:0;border-radius:5px;padding:8px 18px;font-weight:700}
.btn.sec{background:#fff;color:#5a2ca0;border:1px solid #5a2ca0}
.addr{display:none;border:1px solid #a9b1ba;border-radius:4px;background:#fff;margin:-4px 0 10px;width:420px}
.addr div{padding:4px 8px;cursor:pointer}.addr div:hover{background:#efe8fa}
.addr .cap{color:#6a737d;font-size:11px;cursor:default}
.nav{margin-top:12px;display:flex;gap:10px}
dl{display:grid;grid-template-columns:170px 1fr;margin:0;row-gap:4px;font-size:12px}dt{color:#6a737d}dd{margin:0}
.sum h3{font-size:13px;margin:8px 0 4px;color:#5a2ca0}
.side{position:absolute;left:990px;top:66px;right:20px;font-size:12px;color:#59636e;line-height:1.5}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
const steps = ['s1', 's2', 's3', 's4', 's5'];
let at = 0;
const show = n => { at = n; steps.forEach((s, i) => { $(s).classList.toggle('on', i === n);
  $('r' + i).className = i < n ? 'done' : (i === n ? 'on' : ''); }); };
for (const b of document.querySelectorAll('.next')) b.addEventListener('click', () => {
  if (at === 3) for (const el of document.querySelectorAll('[data-f]')) $('v-' + el.dataset.f).textContent = el.value;
  show(at + 1); });
$('findbtn').addEventListener('click', () => { $('addr').style.display = 'block'; });
for (const d of document.querySelectorAll('.addr .a')) d.addEventListener('click', () => {
  $('line1').value = d.dataset.l; $('town').value = d.dataset.t; $('addr').style.display = 'none'; });
"""


def share_code(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(SHARE_CHARS) for _ in range(3)) for _ in range(3))


def _field(fid: str, label: str, hint: str = "", value: str = "") -> str:
    h = f"<div class=h>{hint}</div>" if hint else ""
    return (
        f"<div class=fl><label>{label}</label>{h}<input id={fid} data-f={fid} value='{esc(value)}' "
        f"autocomplete=off></div>"
    )


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    first, last = fake.first_name_female(), fake.last_name()
    legal = stage.pii(f"{first} {fake.first_name_female()} {last}", "PERSON", note="legal name, pre-filled")
    preferred = stage.pii(first[:3] if len(first) > 5 else first, "PERSON", scored=False, note="a first name alone")
    dob = stage.pii(fakes.dob_uk(fake), "DATE_OF_BIRTH")
    ni = stage.pii(fakes.nino(rng), "UK_NINO")
    email = stage.pii(f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@gmail.com", "EMAIL_ADDRESS")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    street_name = fake.street_name()
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    numbers = sorted(rng.sample(range(1, 60), 6))
    lines = [stage.pii(f"{n} {street_name}", "ADDRESS") for n in numbers]
    bank = fakes.uk_bank(fake)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    contact = stage.pii(fakes.person(fake), "PERSON", note="emergency contact, typed")
    contact_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    passport = stage.pii(str(rng.randint(100000000, 999999999)), "UK_PASSPORT")
    code = stage.pii(share_code(rng), "SECRET", note="a Home Office right-to-work share code")
    expiry = "14/08/2031"
    options = "".join(
        f"<div class=a data-l='{esc(line)}' data-t='{esc(town)}'>{esc(line)}, {esc(town)}</div>" for line in lines
    )
    rail = "".join(
        f"<div id=r{i} class={'on' if i == 0 else ''}>{t}</div>"
        for i, t in enumerate(["Personal details", "Bank details", "Emergency contact", "Right to work", "Review"])
    )
    nav = (
        "<div class=nav><button class='btn next'>Save and continue</button><button class='btn sec'>Back</button></div>"
    )
    body = f"""<div class=top><b>Peoplebase</b><span>Home</span><span>My tasks</span><span>Documents</span>
<div class=who>Onboarding · starts 5 January 2027 · Operations Analyst</div></div>
<div class=rail><h4>Your onboarding</h4>{rail}</div><main>
<div class="step on" id=s1><h1>Personal details</h1><div class=sub>As shown on your passport or ID.</div><div class=box>
<div class=row>{_field("legal", "Legal name", "", legal)}
{_field("pref", "Preferred name", "What should we call you?")}</div>
<div class=row>{_field("dob", "Date of birth", "DD/MM/YYYY")}
{_field("ni", "National Insurance number", "e.g. QQ 12 34 56 C")}</div>
<div class=row>{_field("email", "Personal e-mail")}{_field("mobile", "Mobile number")}</div>
<div class=fl><label>Home postcode</label><div class=find><input id=pc data-f=pc autocomplete=off>
<button class="btn sec" id=findbtn>Find address</button></div></div>
<div class=addr id=addr><div class=cap>6 addresses found</div>{options}</div>
<div class=row>{_field("line1", "Address line 1")}{_field("town", "Town or city")}</div></div>{nav}</div>
<div class=step id=s2><h1>Bank details</h1><div class=sub>Where we pay your salary.</div><div class=box>
{_field("holder", "Account holder name")}<div class=row>{_field("sc", "Sort code", "6 digits")}
{_field("acc", "Account number", "8 digits")}</div></div>{nav}</div>
<div class=step id=s3><h1>Emergency contact</h1><div class=sub>Who should we call if something happens at work?
</div><div class=box>{_field("ecn", "Full name")}<div class=row>{_field("ecr", "Relationship")}
{_field("ecp", "Phone number")}</div></div>{nav}</div>
<div class=step id=s4><h1>Right to work</h1><div class=sub>We must check this before your first day.</div>
<div class=box><div class=row>{_field("pp", "Passport number")}{_field("ppx", "Expiry date", "DD/MM/YYYY")}</div>
{_field("share", "Share code", "From the Home Office 'Prove your right to work' service")}</div>{nav}</div>
<div class="step sum" id=s5><h1>Review your answers</h1><div class=box>
<h3>Personal details</h3><dl><dt>Legal name</dt><dd id=v-legal></dd><dt>Preferred name</dt><dd id=v-pref></dd>
<dt>Date of birth</dt><dd id=v-dob></dd><dt>NI number</dt><dd id=v-ni></dd><dt>Personal e-mail</dt><dd id=v-email></dd>
<dt>Mobile</dt><dd id=v-mobile></dd><dt>Address</dt><dd><span id=v-line1></span>, <span id=v-town></span>
<span id=v-pc></span></dd></dl>
<h3>Bank details</h3><dl><dt>Account holder</dt><dd id=v-holder></dd><dt>Sort code</dt><dd id=v-sc></dd>
<dt>Account number</dt><dd id=v-acc></dd></dl>
<h3>Emergency contact</h3><dl><dt>Name</dt><dd id=v-ecn></dd><dt>Relationship</dt><dd id=v-ecr></dd>
<dt>Phone</dt><dd id=v-ecp></dd></dl>
<h3>Right to work</h3><dl><dt>Passport number</dt><dd id=v-pp></dd><dt>Expiry</dt><dd id=v-ppx></dd>
<dt>Share code</dt><dd id=v-share></dd></dl></div>
<div class=nav><button class=btn>Submit</button></div></div></main>
<div class=side><b>Need a hand?</b><br>Your HR partner can help with any of these steps. Your answers are saved as
you go.</div>"""
    stage.page("onboarding/start.html", doc("Onboarding - Peoplebase", CSS, body, SCRIPT))
    stage.keep("Peoplebase", "Your onboarding", "Bank details", "Emergency contact", "Right to work")
    stage.keep("Personal details", "Need a hand?")
    chrome = stage.chrome("http://app.peoplebase.io/onboarding/start.html", mode="maximized")
    desk = stage.desk

    def fill(selector: str, text: str, typo: float = 0.0) -> None:
        stage.click(*chrome.point(selector))
        desk.type(text, typo_rate=typo, delay_ms=70)

    def next_step(name: str) -> None:
        stage.click(*chrome.point(".step.on .next"))
        stage.mark(name)
        stage.pause(0.8)

    stage.start()
    stage.pause(2.0)
    fill("#pref", preferred)
    stage.click(*chrome.point("#dob"))
    desk.type(dob[:3], delay_ms=70)
    desk.type("7", delay_ms=70)  # a slip, seen and corrected
    stage.pause(0.3)
    desk.key("BackSpace")
    desk.type(dob[3:], delay_ms=70)
    fill("#ni", ni)
    fill("#email", email, 0.02)
    fill("#mobile", mobile)
    fill("#pc", postcode)
    stage.click(*chrome.point("#findbtn"))
    stage.mark("addresses_listed")
    stage.pause(2.0)
    stage.click(*chrome.point(".addr .a", 3))
    stage.pause(1.0)
    next_step("bank")
    fill("#holder", legal)
    fill("#sc", sort_code)
    fill("#acc", account)
    next_step("emergency")
    fill("#ecn", contact, 0.03)
    fill("#ecr", "Sister")
    fill("#ecp", contact_phone)
    next_step("right_to_work")
    fill("#pp", passport)
    fill("#ppx", expiry)
    fill("#share", code)
    next_step("review")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="hr_onboarding",
    description="New-starter onboarding wizard of an HR product in Chromium (progress rail on the left): "
    "personal details (legal name pre-filled, preferred name, date of birth with a slip corrected, NI "
    "number, personal e-mail, mobile, a postcode whose 'Find address' lists six addresses of one street); "
    "bank details (account holder, sort code, account number); an emergency contact; right to work "
    "(passport number, expiry, a Home Office share code 'W4K 8JP N2R'); a review page repeating every answer.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=38261,
    crf=24,
)
