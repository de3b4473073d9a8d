"""A parcel courier's tracking page: who took the parcel, where, the driver, the timeline, a form.

Why this screen: "my parcel says delivered but I don't have it" has a technician open the courier's
tracking page with the customer. The status names the recipient ("Delivered to <First> <Last>"),
where it was left ("Left with neighbour at No. <n>"), who signed ("Signed for by: <SURNAME>" in
capitals, as the driver's handset prints it), the delivery address on three lines, the driver by
first name ("Your driver today is <First>"), a timeline of scans at depots in other towns, the
sender (a private seller's name), a photo proof with its caption naming the street, and a "Change
delivery" form whose phone and e-mail fields come prefilled; the technician scrolls down to the
form, retypes the phone and scrolls back.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Peadar", "Morwenna", "Adaeze", "Gwilym", "Teodora", "Kaveh", "Rosheen", "Tamsin", "Jomo"]
DEPOTS = ["Hinckley National Hub", "Warrington Depot", "Bristol Avonmouth Depot", "Northampton Hub"]

CSS = """
body{font-size:14px;background:#f4f1ec;color:#1d1d1b}
.top{height:58px;background:#4b1e6d;color:#fff;display:flex;align-items:center;padding:0 28px;gap:26px}
.top b{font-size:22px;letter-spacing:.5px}.top span{font-size:13px}
.wrap{max-width:1000px;margin:18px auto;display:grid;grid-template-columns:600px 1fr;gap:18px}
.card{background:#fff;border-radius:8px;padding:16px 20px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.card h2{font-size:16px;margin:0 0 10px}
.st{font-size:24px;font-weight:700;color:#1e7b34;margin:4px 0}
.trk{color:#6b6b6b;font-size:12px}
.kv{display:grid;grid-template-columns:150px 1fr;row-gap:6px;margin-top:10px}
.kv span{color:#6b6b6b}
.tl{list-style:none;padding:0;margin:0}.tl li{border-left:3px solid #4b1e6d;padding:0 0 12px 14px;position:relative}
.tl li b{display:block}.tl li small{color:#6b6b6b}
.photo{height:120px;background:linear-gradient(135deg,#8a8f7a,#c9c3b3);border-radius:6px}
.cap{font-size:12px;color:#555;margin-top:6px}
.fl label{display:block;font-size:12px;font-weight:700;margin:10px 0 4px}
.fl input,.fl select{width:100%;padding:7px 9px;border:1px solid #aaa;border-radius:4px;font-size:14px}
.btn{background:#4b1e6d;color:#fff;border:0;border-radius:20px;padding:9px 20px;margin-top:12px;font-weight:700}
"""


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    first = rng.choice(RARE_FIRST)
    last = gb.last_name()
    recipient = stage.pii(f"{first} {last}", "PERSON", note="the recipient, a given name common lists miss")
    neighbour_last = stage.fake("en_IE").last_name()
    stage.pii(neighbour_last.upper(), "PERSON", note="'Signed for by: <SURNAME>', the neighbour")
    no = rng.randint(3, 60)
    house = no + rng.choice([-2, 2])
    street_name = gb.street_name()
    street = stage.pii(f"{house} {street_name}", "ADDRESS")
    stage.pii(f"{no} {street_name}", "ADDRESS", note="the neighbour's, in the photo caption")
    town = stage.pii(rng.choice([t for t in fakes.UK_CITIES if t not in ("Bristol", "Warrington")]), "LOCATION")
    pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    driver = stage.pii(stage.fake("en_IN").first_name(), "PERSON", note="the driver, first name only")
    sender = stage.pii(fakes.person(stage.fake("en_US")), "PERSON", note="a private seller sending the parcel")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="prefilled")
    new_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="typed into the form")
    email = stage.pii(fakes.email_for(recipient, rng.choice(["gmail.com", "hotmail.co.uk"]), rng), "EMAIL_ADDRESS")
    tracking = f"PX{rng.randint(10**11, 10**12 - 1)}GB"
    steps = [
        ("Delivered", f"Left with neighbour at No. {no}", "Today, 14:32"),
        ("Out for delivery", f"Your driver today is {driver}", "Today, 08:05"),
        ("At your local depot", DEPOTS[1], "Today, 04:51"),
        ("In transit", DEPOTS[0], "Yesterday, 22:17"),
        ("Collected", f"From {sender} at {DEPOTS[2]}", "Wed 2 Dec, 17:40"),
    ]
    tl = "".join(f"<li><b>{esc(a)}</b>{esc(b)}<br><small>{esc(c)}</small></li>" for a, b, c in steps)
    body = f"""<div class="top"><b>PARCELEX</b><span>Track a parcel</span><span>Send a parcel</span>
<span>Business</span><span>Help</span></div>
<div class="wrap"><div>
<div class="card"><div class="trk">Tracking number {esc(tracking)}</div>
<div class="st">Delivered to {esc(recipient)}</div>
<div>Left with neighbour at No. {no} &middot; Today, 14:32</div>
<div class="kv"><span>Signed for by:</span><b>{esc(neighbour_last.upper())}</b>
<span>Delivery address</span><div>{esc(street)}<br>{esc(town)}<br>{esc(pc)}</div>
<span>Sender</span><div>{esc(sender)}</div>
<span>Service</span><div>Next day, signature required</div></div></div>
<div class="card" style="margin-top:16px"><h2>Tracking history</h2><ul class="tl">{tl}</ul></div>
<div class="card" style="margin-top:16px" id="chg"><h2>Change delivery</h2>
<div>Not the right place? Tell us where to take your next parcel from this sender.</div>
<div class="fl"><label>Mobile number</label><input id="ph" value="{esc(phone)}"></div>
<div class="fl"><label>Email address</label><input id="em" value="{esc(email)}"></div>
<div class="fl"><label>Safe place</label><select><option>Front porch</option><option>Garage</option></select></div>
<button class="btn">Save delivery preferences</button></div></div>
<div><div class="card"><h2>Proof of delivery</h2><div class="photo"></div>
<div class="cap">Photo taken at {esc(no)} {esc(street_name)}, 14:32</div></div>
<div class="card" style="margin-top:16px"><h2>Your driver</h2><div>Your driver today is {esc(driver)}</div>
<div class="trk" style="margin-top:6px">Drivers can't see your messages after delivery.</div></div>
<div class="card" style="margin-top:16px"><h2>Need help?</h2><div>Report a missing parcel</div>
<div>Parcel damaged</div></div></div></div>"""
    stage.page("track/index.html", doc("Track your parcel - Parcelex", CSS, body))
    stage.keep("Track a parcel", "Send a parcel", "Tracking history", "Out for delivery", "At your local depot")
    stage.keep("Proof of delivery", "Change delivery", "Save delivery preferences", "Report a missing parcel")
    stage.keep("Next day, signature required", "Front porch", "Parcel damaged", "Safe place", "In transit")
    chrome = stage.chrome(f"http://www.parcelex.example/track/index.html?ref={tracking}", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    desk.move(640, 420)
    desk.scroll(3, pause=0.3)
    stage.pause(2.5)
    desk.scroll(4, pause=0.3)
    stage.mark("scrolled_to_form")
    stage.pause(2.0)
    stage.click(*chrome.point("#ph"))
    desk.key("ctrl+a")
    desk.type(new_phone, typo_rate=0.0)
    stage.mark("phone_typed")
    stage.pause(2.5)
    desk.scroll(-7, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="delivery_tracking",
    description="A UK courier's tracking page in Chromium: 'Delivered to <First> <Last>', 'Left with neighbour "
    "at No. <n>', 'Signed for by: <SURNAME>', the delivery address on three lines, the sender's name, a "
    "timeline of depot scans ('Your driver today is <First>', 'From <First> <Last> at <depot>'), a photo proof "
    "captioned with the neighbour's street, a 'Change delivery' form with the phone and e-mail prefilled; "
    "scrolled to the form, the phone retyped, scrolled back. Names from en_GB, en_IE, en_IN, en_US and rare "
    "given names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=66205,
    crf=24,
)
