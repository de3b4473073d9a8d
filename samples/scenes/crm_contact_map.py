"""A CRM contact record: header, an "About this contact" property list, a map of the address, a timeline.

Why this screen: sales and support tools (HubSpot, Salesforce) open one contact on a three-column
record page. The header carries the contact's name, job title, company and the record's owner;
the left column lists properties as small captions *above* their values (Email, Phone number,
Mobile phone, Street address, City, Postal code, Country, Lifecycle stage, Lead status); a map
card draws the neighbourhood as tiles with street names and a pin whose label is the contact's
street address; the timeline names the contact ("Call with ..."), an e-mail address ("Email
from ...") and, in a note, the contact's spouse. The technician edits the phone number inline.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:13px;background:#f5f8fa;color:#33475b;overflow:hidden}
.top{height:44px;background:#2d3e50;color:#fff;display:flex;align-items:center;gap:22px;padding:0 18px;font-size:13px}
.top b{font-size:15px;color:#ff7a59}.top .u{margin-left:auto;opacity:.85}
.crumb{height:34px;display:flex;align-items:center;padding:0 18px;color:#0091ae;background:#fff;
border-bottom:1px solid #dfe3eb}
.left{position:absolute;left:0;top:78px;bottom:0;width:330px;background:#fff;border-right:1px solid #dfe3eb;
overflow:hidden}
.hd{padding:16px 18px 12px;border-bottom:1px solid #eaf0f6}
.av{width:46px;height:46px;border-radius:50%;background:#7fd1de;color:#fff;font-size:18px;display:flex;
align-items:center;justify-content:center;float:left;margin-right:12px}
.hd h1{font-size:18px;margin:2px 0 2px;color:#33475b}.hd .t{color:#516f90;font-size:12px}
.hd .own{clear:both;padding-top:10px;font-size:12px;color:#516f90}.hd .own b{color:#33475b;font-weight:400}
.acts{display:flex;gap:14px;margin-top:10px;font-size:11px;color:#0091ae}
.sec{padding:10px 18px 0;font-weight:700;font-size:13px;color:#33475b}
.p{padding:6px 18px 5px}.p label{display:block;font-size:11px;color:#7c98b6;margin-bottom:1px}
.p div{font-size:13px;color:#33475b;min-height:18px;padding:1px 3px;margin-left:-3px;border-radius:3px}
.p div:hover{background:#eaf0f6}
.p input{font-size:13px;width:240px;padding:3px 4px;border:1px solid #00a4bd;border-radius:3px;outline:0}
.mid{position:absolute;left:340px;top:88px;bottom:10px;width:520px;overflow:hidden}
.tabs{display:flex;gap:18px;border-bottom:2px solid #dfe3eb;padding:0 6px 8px;font-size:13px}
.tabs .on{color:#33475b;font-weight:700;border-bottom:3px solid #00a4bd;padding-bottom:6px;margin-bottom:-11px}
.ev{background:#fff;border:1px solid #dfe3eb;border-radius:4px;margin-top:10px;padding:10px 14px}
.ev .k{font-size:11px;color:#7c98b6;float:right}.ev b{font-size:13px}.ev p{margin:6px 0 0;line-height:1.45}
.month{margin-top:14px;font-size:12px;font-weight:700;color:#516f90}
.right{position:absolute;left:870px;top:88px;right:12px;bottom:10px}
.card{background:#fff;border:1px solid #dfe3eb;border-radius:4px;margin-bottom:10px}
.card h3{font-size:13px;margin:0;padding:9px 12px;border-bottom:1px solid #eaf0f6}
.map{position:relative;height:270px;overflow:hidden}
.pin{position:absolute;left:150px;top:118px;background:#fff;border:1px solid #99aabb;border-radius:4px;
padding:4px 8px;font-size:12px;box-shadow:0 1px 4px #0003;white-space:nowrap}
.pin:after{content:'';position:absolute;left:18px;bottom:-7px;border:6px solid transparent;border-top-color:#fff}
.dot{position:absolute;left:162px;top:150px;width:14px;height:14px;border-radius:50% 50% 50% 0;background:#e8453c;
transform:rotate(-45deg)}
.mapft{font-size:10px;color:#7c98b6;padding:4px 10px}
.deal{padding:8px 12px;font-size:12px;line-height:1.6}
.saved{color:#00bda5;font-size:11px;margin-left:6px}
"""

SCRIPT = """
const cell = document.getElementById('phone');
cell.addEventListener('click', () => {
  if (cell.querySelector('input')) return;
  const v = cell.textContent; cell.innerHTML = '<input id="phone-in">';
  const i = document.getElementById('phone-in'); i.value = v; i.focus();
  i.addEventListener('keydown', e => { if (e.key === 'Enter') {
    cell.textContent = i.value; document.getElementById('saved').textContent = 'Saved'; } });
});
"""


def _map_svg(streets: list[str]) -> str:
    """A tile-like street map: blocks, a park, a river, roads with their names along them."""
    roads = [
        ("M-10 60 L420 40", streets[0], 30, 52, -3),
        ("M-10 175 L420 190", streets[1], 40, 172, 2),
        ("M120 -10 L140 300", streets[2], 118, 250, 86),
        ("M300 -10 L270 300", streets[3], 290, 90, 95),
        ("M-10 250 L420 230", streets[4], 200, 238, -3),
    ]
    paths = "".join(
        f'<path d="{d}" stroke="#fff" stroke-width="11" fill="none"/><path d="{d}" stroke="#f8d98a" '
        f'stroke-width="7" fill="none"/>'
        for d, *_ in roads
    )
    labels = "".join(
        f'<text x="{x}" y="{y}" transform="rotate({r} {x} {y})" font-size="10" fill="#5f6368" '
        f'font-family="Liberation Sans,Arial">{esc(n)}</text>'
        for _, n, x, y, r in roads
    )
    return (
        '<svg width="400" height="270" viewBox="0 0 400 270">'
        '<rect width="400" height="270" fill="#ebe8e0"/>'
        '<path d="M0 0 H400 V270 H0Z" fill="url(#g)"/>'
        '<defs><pattern id="g" width="50" height="50" patternUnits="userSpaceOnUse">'
        '<rect x="4" y="4" width="42" height="42" fill="#f1efe9" stroke="#e2ded5"/></pattern></defs>'
        '<rect x="160" y="70" width="100" height="80" fill="#c8e6c9"/>'
        '<text x="178" y="112" font-size="10" fill="#2e7d32" font-family="Liberation Sans,Arial">Victoria Park</text>'
        '<path d="M330 -10 C350 80 320 160 360 280" stroke="#aad3df" stroke-width="16" fill="none"/>'
        f"{paths}{labels}</svg>"
    )


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    name = stage.pii(fakes.person(fake), "PERSON")
    first, last = name.split(" ", 1)
    owner = stage.pii(fakes.person(fake), "PERSON", note="the record's owner, a colleague")
    spouse = stage.pii(f"{fake.first_name()} {last}", "PERSON", note="the contact's spouse, in a note")
    company = f"{fake.last_name()} & {fake.last_name()} Ltd"
    email = stage.pii(fakes.email_for(name, "btinternet.com", rng), "EMAIL_ADDRESS")
    work_email = stage.pii(fakes.email_for(name, company.split(" ")[0].lower() + ".co.uk", rng), "EMAIL_ADDRESS")
    phone = stage.pii(f"+44 113 {rng.randint(200, 499)} {rng.randint(1000, 9999)}", "PHONE_NUMBER")
    new_phone = stage.pii(f"+44 113 {rng.randint(500, 899)} {rng.randint(1000, 9999)}", "PHONE_NUMBER")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    pin = stage.pii(f"{street}, {postcode}", "ADDRESS", note="the map pin's label")
    streets = [fake.street_name() for _ in range(5)]
    title = fake.job()
    props = [
        ("Email", esc(email), ""),
        ("Phone number", esc(phone), "phone"),
        ("Mobile phone", esc(mobile), ""),
        ("Street address", esc(street), ""),
        ("City", esc(town), ""),
        ("Postal code", esc(postcode), ""),
        ("Country", "United Kingdom", ""),
        ("Lifecycle stage", "Customer", ""),
        ("Lead status", "Open deal", ""),
    ]
    prop_html = "".join(
        f'<div class="p"><label>{k}</label><div{f" id={i}" if i else ""}>{v}</div></div>' for k, v, i in props
    )
    body = f"""<div class="top"><b>◆ Hubline</b><span>Contacts</span><span>Conversations</span><span>Marketing</span>
<span>Sales</span><span>Reports</span><span class="u">Search Hubline</span></div>
<div class="crumb">‹ Contacts <span id="saved" class="saved"></span></div>
<div class="left"><div class="hd"><div class="av">{esc(first[0] + last[0])}</div><h1>{esc(name)}</h1>
<div class="t">{esc(title)} at {esc(company)}</div>
<div class="own">Contact owner <b>{esc(owner)}</b></div>
<div class="acts"><span>✎ Note</span><span>✉ Email</span><span>☎ Call</span><span>▣ Task</span><span>◷ Meet</span>
</div></div><div class="sec">▾ About this contact</div>{prop_html}</div>
<div class="mid"><div class="tabs"><span class="on">Activity</span><span>Notes</span><span>Emails</span>
<span>Calls</span><span>Tasks</span></div>
<div class="month">December 2026</div>
<div class="ev"><span class="k">Today at 09:42</span><b>Call with {esc(name)}</b>
<p>Outcome: Connected · Duration 6 min<br>Wants the renewal quote sent again before Friday.</p></div>
<div class="ev"><span class="k">Yesterday at 16:05</span><b>Email from {esc(work_email)}</b>
<p>Re: Renewal quote for 2027 · opened 3 times</p></div>
<div class="ev"><span class="k">2 Dec at 11:20</span><b>Note by {esc(owner)}</b>
<p>Spoke to {esc(spouse)} (wife) when {esc(first)} was out; asked us to call back after 2pm. Prefers the
mobile for anything urgent.</p></div>
<div class="month">November 2026</div>
<div class="ev"><span class="k">28 Nov at 14:10</span><b>Meeting booked</b><p>Quarterly review · 30 minutes</p></div>
</div>
<div class="right"><div class="card"><h3>Location</h3><div class="map">{_map_svg(streets)}
<div class="pin">{esc(pin)}</div><div class="dot"></div></div>
<div class="mapft">Map data ©2026 · Terms</div></div>
<div class="card"><h3>Deals (1)</h3><div class="deal">Renewal 2027<br>Amount: £4,800<br>Stage: Proposal sent</div>
</div></div>"""
    stage.page("contacts/record.html", doc(f"{name} | Contacts", CSS, body, SCRIPT))
    stage.keep("About this contact", "Phone number", "Mobile phone", "Street address", "Postal code")
    stage.keep("Lifecycle stage", "Lead status", "Open deal", "Contact owner", "Activity", "Victoria Park")
    stage.keep("Deals (1)", "Renewal 2027", "Stage: Proposal sent", "Map data ©2026 · Terms")
    chrome = stage.chrome("http://app.hubline.com/contacts/record.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    desk.move(*chrome.point(".map"))
    stage.pause(2.0)
    desk.move(*chrome.point("#phone"))
    stage.pause(0.8)
    stage.click(*chrome.point("#phone"))
    stage.mark("edit_phone")
    stage.pause(0.6)
    desk.key("ctrl+a", "BackSpace")
    desk.type(new_phone, typo_rate=0.05)
    stage.pause(0.6)
    desk.key("Return")
    stage.mark("phone_saved")
    stage.pause(3.0)
    desk.move(*chrome.point(".ev", 2))
    stage.pause(4.0)


SCENE = SceneSpec(
    name="crm_contact_map",
    description="A HubSpot-like CRM contact record in Chromium: header with the contact's name, job title, "
    "company and the record's owner; 'About this contact' with small captions above values (e-mail, phone, "
    "mobile, street, city, postcode, country, lifecycle stage, lead status); a map card drawn as tiles with "
    "street names and a pin labelled with the street address and postcode; an activity timeline (a call "
    "naming the contact, an e-mail from a work address, a note naming the spouse). The phone number is "
    "edited inline (select all, typed key by key with typos, Enter).",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=61427,
    crf=24,
)
