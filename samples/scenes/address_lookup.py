"""A sign-up form's postcode lookup: every address at a postcode listed, one picked, fields filled.

Why this screen: "the form won't take my address" has a technician share the customer's screen
while they sign up for a broadband or energy contract. The customer types their name, e-mail and
date of birth into labelled inputs, then a postcode into "Find your address"; the form lists every
address at that postcode in a scrolling box ("Flat 3, 18 <Street> Road, <Town>", the neighbours'
too: each a home's address, shown without a label above it), the customer picks theirs, and the
form fills "Address line 1", "Address line 2", "Town or city" and "Postcode" inputs with it.
The list shows the addresses one per row in small type and is scrolled with the wheel.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Oona", "Tiberiu", "Agnieszka", "Kwesi", "Lowri", "Eamonn"]

CSS = """
body{font-size:15px;background:#f3f2f1;color:#0b0c0c}
.top{height:60px;background:#0b2f5b;color:#fff;display:flex;align-items:center;padding:0 32px;font-size:20px}
.top b{margin-right:10px}.steps{color:#505a5f;font-size:14px;margin:18px 0 4px}
.main{width:720px;margin:0 auto 260px}
h1{font-size:30px;margin:4px 0 18px}
label{display:block;font-weight:700;margin:16px 0 4px}
.hint{color:#505a5f;font-size:14px;margin-bottom:4px}
input{width:100%;height:38px;border:2px solid #0b0c0c;padding:4px 8px;font-size:16px;background:#fff}
.short{width:200px}
.row{display:flex;gap:12px;align-items:flex-end}
.btn{background:#00703c;color:#fff;border:0;padding:9px 16px;font-size:16px;box-shadow:0 2px 0 #002d18;height:38px}
.list{border:2px solid #0b0c0c;background:#fff;height:216px;overflow-y:auto;margin-top:8px;display:none}
.list.on{display:block}
.list div{padding:7px 10px;border-bottom:1px solid #dcdcdc;font-size:14px;cursor:pointer}
.list div:hover{background:#1d70b8;color:#fff}
.count{font-size:14px;color:#505a5f;margin-top:8px;display:none}.count.on{display:block}
.filled{display:none}.filled.on{display:block}
"""

SCRIPT = """
document.getElementById('find').addEventListener('click', () => {
  document.getElementById('list').classList.add('on');
  document.getElementById('count').classList.add('on');
});
for (const d of document.querySelectorAll('.list div')) d.addEventListener('click', () => {
  const f = JSON.parse(d.dataset.f);
  for (const k of Object.keys(f)) document.getElementById(k).value = f[k];
  document.getElementById('list').classList.remove('on');
  document.getElementById('filled').classList.add('on');
});
"""


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    name = stage.pii(f"{rng.choice(RARE_FIRST)} {gb.last_name()}", "PERSON")
    email = stage.pii(fakes.email_for(name, "gmail.com", rng), "EMAIL_ADDRESS")
    dob = stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    town = stage.pii(gb.city(), "LOCATION")
    road = f"{gb.last_name()} {rng.choice(['Road', 'Street', 'Lane', 'Avenue', 'Close'])}"
    house = rng.randrange(10, 90)
    rows = []
    for flat in range(1, 9):
        line1 = f"Flat {flat}, {house} {road}"
        rows.append((line1, town))
    for n in range(house + 2, house + 10, 2):
        rows.append((f"{n} {road}", town))
    mine = rows[4]
    for line1, _ in rows:
        # each neighbour's home is an address too; the list shows them unlabelled
        stage.pii(line1, "ADDRESS", note="a row of the postcode lookup")
    stage.pii(mine[0], "ADDRESS", note="the chosen address, in 'Address line 1' too")

    items = "".join(
        f"<div data-f='{esc(json.dumps({'a1': l1, 'a2': '', 'tn': t, 'pc': postcode}))}'>{esc(l1)}, {esc(t)}, "
        f"{esc(postcode)}</div>"
        for l1, t in rows
    )
    body = f"""<div class="top"><b>Brightline</b> Energy</div><div class="main">
<div class="steps">Step 2 of 4</div><h1>Your details</h1>
<label for="nm">Full name</label><input id="nm">
<label for="em">Email address</label><div class="hint">We'll send your welcome pack here</div><input id="em">
<label for="ph">Mobile number</label><input id="ph" class="short">
<label for="db">Date of birth</label><div class="hint">For example, 27 03 1985</div><input id="db" class="short">
<label for="q">Find your address</label><div class="hint">Enter your postcode</div>
<div class="row"><input id="q" class="short"><button class="btn" id="find">Find address</button></div>
<div class="count" id="count">{len(rows)} addresses found. Select yours.</div>
<div class="list" id="list">{items}</div>
<div class="filled" id="filled"><label for="a1">Address line 1</label><input id="a1">
<label for="a2">Address line 2 (optional)</label><input id="a2">
<label for="tn">Town or city</label><input id="tn" class="short">
<label for="pc">Postcode</label><input id="pc" class="short"></div></div>"""
    stage.page("signup/details.html", doc("Your details - Brightline Energy", CSS, body, SCRIPT))
    stage.keep("Your details", "Find your address", "We'll send your welcome pack here", "Enter your postcode")
    stage.keep("For example, 27 03 1985", "Address line 2 (optional)")
    chrome = stage.chrome("http://join.brightline.example/signup/details.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    for field, value in (("#nm", name), ("#em", email), ("#ph", phone), ("#db", dob)):
        stage.click(*chrome.point(field))
        desk.type(value, delay_ms=60)
        stage.pause(0.4)
    stage.click(*chrome.point("#q"))
    desk.type(postcode, delay_ms=90)
    stage.pause(0.6)
    stage.click(*chrome.point("#find"))
    stage.pause(0.8)
    desk.move(120, 420)  # the page's margin: the wheel scrolls the page, not the list
    desk.scroll(5, pause=0.3)
    stage.pause(1.0)
    stage.mark("address_list")
    stage.pause(3.0)
    x, y = chrome.point("#list")
    desk.move(x, y)
    desk.scroll(2, pause=0.3)
    stage.pause(2.5)
    desk.scroll(-1, pause=0.3)
    stage.pause(1.5)
    stage.click(*chrome.point(".list div:nth-child(5)"))
    stage.pause(1.0)
    stage.mark("address_filled")
    stage.keep("Town or city")
    desk.move(120, 420)
    desk.scroll(4, pause=0.3)
    stage.pause(5.0)


SCENE = SceneSpec(
    name="address_lookup",
    description="A utility's sign-up form in Chromium (GOV.UK-like design): the customer types full name, e-mail, "
    "mobile and date of birth into labelled inputs, then a postcode into 'Find your address'; the form lists the "
    "twelve addresses at that postcode (flats and houses of one street, unlabelled, one per row, in a scrolling "
    "box, scrolled with the wheel), the customer picks theirs and 'Address line 1', 'Town or city' and 'Postcode' "
    "fill in. Rare given names, en_GB.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=73919,
    crf=24,
)
