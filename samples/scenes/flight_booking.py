"""An airline's "Manage booking" page: the booking reference, passengers as airlines print them,
frequent-flyer numbers, contact details, the passport details typed, and a boarding pass.

Why this screen: a technician helping a traveller check in opens the airline's booking page. The
booking reference (a six-character record locator) opens the whole booking with the surname; the
passengers are printed in capitals with the title first ("MR <FIRST> <LAST>"), the boarding pass
prints them surname first ("<LAST>/<FIRST> MRS"); each passenger has a frequent-flyer number
after the scheme's name; the contact e-mail and mobile are listed; the advance passenger
information (passport number, expiry, nationality, date of birth) is typed key by key; the
boarding pass shows the name, the reference, the seat and a barcode-like block.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

# first names that common first-name lists miss or rank low
RARE_FIRST = [("Eithne", "MRS"), ("Oghenekaro", "MR"), ("Caoimhe", "MS"), ("Yevgenia", "MRS"), ("Tiernan", "MR")]
PNR_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

CSS = """
body{font-size:13px;background:#eef1f5;color:#17202a}
.top{height:56px;background:#0b2a4a;color:#fff;display:flex;align-items:center;padding:0 28px;gap:26px}
.top b{font-size:20px;letter-spacing:1px}.top span{font-size:13px;opacity:.85}
.wrap{width:1200px;margin:12px auto}
.hd{background:#fff;border-radius:8px;padding:12px 18px;display:flex;gap:40px;align-items:center}
.hd .ref{font-size:12px;color:#5d6d7e}.hd .ref b{display:block;font-size:22px;color:#17202a;letter-spacing:2px}
.hd .rt b{font-size:18px}.hd .rt small{display:block;color:#5d6d7e}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin-top:12px}
.card{background:#fff;border-radius:8px;padding:12px 18px}
.card h2{font-size:15px;margin:0 0 8px;color:#0b2a4a}
.px{display:grid;grid-template-columns:1fr 150px 60px;border-top:1px solid #e5e8eb;padding:7px 0;gap:8px}
.px b{font-size:14px}.px small{display:block;color:#5d6d7e}
dl{display:grid;grid-template-columns:120px 1fr;row-gap:6px;margin:0}dt{color:#5d6d7e}dd{margin:0}
.apis{display:grid;grid-template-columns:1fr 1fr 1fr 1fr;gap:8px 14px}
.fl label{display:block;font-size:12px;font-weight:700;margin-bottom:3px}
.fl input,.fl select{width:100%;padding:6px 8px;border:1px solid #99a3ad;border-radius:4px;font-size:13px}
.btn{background:#d4202a;color:#fff;border:0;border-radius:5px;padding:8px 16px;font-weight:700;margin-top:10px}
.bp{display:none;position:fixed;left:360px;top:120px;width:560px;background:#fff;border-radius:10px;
 box-shadow:0 8px 30px rgba(0,0,0,.35);font-size:12px;overflow:hidden}
.bp .h{background:#0b2a4a;color:#fff;padding:10px 16px;display:flex;justify-content:space-between}
.bp .g{display:grid;grid-template-columns:1fr 1fr 1fr 1fr;gap:8px;padding:12px 16px}
.bp .g small{display:block;color:#5d6d7e;font-size:10px;text-transform:uppercase}.bp .g b{font-size:15px}
.bp .nm{padding:10px 16px 0;font:700 17px 'DejaVu Sans Mono',monospace}
.bar{margin:6px 16px 14px;height:54px;background:repeating-linear-gradient(90deg,#111 0 2px,#fff 2px 4px,
 #111 4px 7px,#fff 7px 8px,#111 8px 9px,#fff 9px 12px)}
"""

SCRIPT = """
document.getElementById('showbp').addEventListener('click', () => {
  document.getElementById('bp').style.display = 'block';
});
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    pnr = stage.pii("".join(rng.choice(PNR_CHARS) for _ in range(6)), "BOOKING_REFERENCE", note="record locator")
    rare, title = rng.choice(RARE_FIRST)
    last = fake.last_name().upper()
    lead = (fake.first_name_male().upper(), last, "MR")
    second = (rare.upper(), last, title)
    names = []
    for first, surname, t in (lead, second):
        names.append(stage.pii(f"{first} {surname}", "PERSON", note=f"'{t} <FIRST> <LAST>'"))
    bp_name = stage.pii(f"{second[1]}/{second[0]}", "PERSON", note="boarding pass, '<LAST>/<FIRST> <TITLE>'")
    ffs = [stage.pii(f"BA {fakes.account_number(rng, 8)}", "ACCOUNT_NUMBER", note="frequent flyer") for _ in names]
    email = stage.pii(fakes.email_for(f"{lead[0].title()} {last.title()}", "gmail.com", rng), "EMAIL_ADDRESS")
    mobile = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER")
    passport = stage.pii(str(rng.randint(100000000, 999999999)), "UK_PASSPORT", note="typed")
    dob = stage.pii(fake.date_of_birth(minimum_age=25, maximum_age=70).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
    expiry = f"{rng.randint(10, 28)}/{rng.randint(1, 12):02d}/{rng.randint(2028, 2035)}"
    pax = "".join(
        f'<div class="px"><div><b>{t} {esc(n)}</b><small>Executive Club {esc(ff)}</small></div>'
        f"<div>1 x 23kg hold bag<small>Seat {s}</small></div><div>Adult</div></div>"
        for (_, _, t), n, ff, s in zip((lead, second), names, ffs, ("14B", "14C"), strict=True)
    )
    body = f"""<div class="top"><b>SKYWARD</b><span>Book</span><span>Manage</span><span>Check in</span>
<span>Flight status</span><span>Executive Club</span></div>
<div class="wrap"><div class="hd"><div class="ref">Booking reference<b>{esc(pnr)}</b></div>
<div class="rt"><b>London Heathrow (LHR) → Lisbon (LIS)</b><small>SK 1351 · Thu 17 Dec 2026 · 07:25 - 10:05 ·
Terminal 5</small></div><div class="rt"><b>Lisbon (LIS) → London Heathrow (LHR)</b><small>SK 1356 ·
Mon 21 Dec 2026 · 18:40 - 21:20</small></div></div>
<div class="cols"><div class="card"><h2>Passengers</h2>{pax}</div>
<div class="card"><h2>Contact details</h2><dl><dt>Email</dt><dd>{esc(email)}</dd><dt>Mobile</dt>
<dd>{esc(mobile)}</dd><dt>Fare</dt><dd>Economy Standard · 2 adults</dd></dl>
<button class="btn" id="showbp">View boarding pass</button></div></div>
<div class="card" style="margin-top:14px"><h2>Advance passenger information: {esc(second[2])} {esc(names[1])}</h2>
<div class="apis"><div class="fl"><label>Passport number</label><input id="pp" autocomplete="off"></div>
<div class="fl"><label>Expiry date</label><input id="exp" autocomplete="off"></div>
<div class="fl"><label>Nationality</label><select><option>British</option></select></div>
<div class="fl"><label>Date of birth</label><input id="dob" autocomplete="off"></div></div>
<button class="btn">Save passport details</button></div></div>
<div class="bp" id="bp"><div class="h"><b>BOARDING PASS</b><span>Economy · Group 4</span></div>
<div class="nm">{esc(bp_name)} {esc(second[2])}</div>
<div class="g"><div><small>From</small><b>LHR</b></div><div><small>To</small><b>LIS</b></div>
<div><small>Flight</small><b>SK 1351</b></div><div><small>Seat</small><b>14C</b></div>
<div><small>Gate closes</small><b>06:55</b></div><div><small>Boarding</small><b>06:35</b></div>
<div><small>Booking ref</small><b>{esc(pnr)}</b></div><div><small>Seq</small><b>042</b></div></div>
<div class="bar"></div></div>"""
    stage.page("manage/booking.html", doc("Manage booking - Skyward", CSS, body, SCRIPT))
    stage.keep("Manage booking", "Passengers", "Contact details", "Executive Club", "London Heathrow (LHR)")
    stage.keep("Lisbon (LIS)", "Advance passenger information", "Passport number", "Save passport details")
    stage.keep("Economy Standard", "23kg hold bag", "View boarding pass", "Nationality", "Flight status")
    chrome = stage.chrome("http://www.skyward.example/manage/booking.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    stage.click(*chrome.point("#pp"))
    desk.type(passport, typo_rate=0.0)
    stage.click(*chrome.point("#exp"))
    desk.type(expiry, typo_rate=0.0)
    stage.click(*chrome.point("#dob"))
    desk.type(dob, typo_rate=0.0)
    stage.mark("apis_typed")
    stage.pause(2.0)
    stage.click(*chrome.point("#showbp"))
    stage.mark("boarding_pass")
    stage.pause(5.0)


SCENE = SceneSpec(
    name="flight_booking",
    description="An airline's Manage booking page in Chromium (en_GB): the six-character booking reference, "
    "passengers as 'MR <FIRST> <LAST>' with their frequent-flyer numbers, the contact e-mail and mobile, the "
    "advance passenger information form (passport number, expiry, date of birth typed key by key), and a "
    "boarding pass over the page ('<LAST>/<FIRST> MRS', reference, seat, a barcode-like block).",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=28.0,
    seed=90817,
    crf=24,
)
