"""A parcel carrier's business dashboard: a shipments table, a shipping label's preview, a recipient editor.

Why this screen: a small business ships to customers across Europe and the UK; the technician
helps when a label prints wrong. The shipments table lists the tracking number, the recipient's
name, the destination town and postcode, a two-letter country code and a status pill; the label
preview renders the selected parcel's label as it prints: the sender's block and the recipient's
block as free-form lines with no captions (EU order "75002 PARIS", UK order town then postcode,
names and streets often in capitals), a barcode drawn with bars and the recipient's phone on a
"Tel." line. The "Edit recipient" drawer has labelled fields; the technician corrects a house
number and the label redraws.
"""

from __future__ import annotations

import json
import random

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:13px;background:#f3f5f7;color:#1d2733;overflow:hidden}
.top{height:50px;background:#4a1d96;color:#fff;display:flex;align-items:center;gap:26px;padding:0 20px}
.top b{font-size:17px}.top span{opacity:.85}.top .acct{margin-left:auto;font-size:12px}
.bar{display:flex;align-items:center;gap:10px;padding:10px 20px}.bar h1{font-size:18px;margin:0 16px 0 0}
.bar input{width:220px;padding:6px 9px;border:1px solid #c5ccd6;border-radius:4px}
.bar .b{border:1px solid #c5ccd6;border-radius:4px;padding:5px 10px;background:#fff}
.tbl{position:absolute;left:20px;top:104px;width:770px;background:#fff;border:1px solid #dde2e8;border-radius:6px;
overflow:hidden}
table{border-collapse:collapse;width:100%}th{font-size:11px;color:#5b6675;text-align:left;padding:8px 8px;
background:#f8f9fb;border-bottom:1px solid #dde2e8;font-weight:600}
td{padding:7px 8px;border-bottom:1px solid #eef0f3;white-space:nowrap}
tr.sel td{background:#efe9fb}tr{cursor:pointer}
.mono{font-family:'DejaVu Sans Mono',monospace;font-size:12px}
.cc{font-size:11px;font-weight:700;border:1px solid #c5ccd6;border-radius:3px;padding:0 4px;color:#3b4654}
.pill{font-size:11px;border-radius:10px;padding:2px 8px}
.p0{background:#e0f2fe;color:#075985}.p1{background:#dcfce7;color:#166534}.p2{background:#fef3c7;color:#92400e}
.p3{background:#fee2e2;color:#991b1b}.p4{background:#ede9fe;color:#5b21b6}
.prev{position:absolute;left:806px;top:104px;right:16px;bottom:14px;background:#fff;border:1px solid #dde2e8;
border-radius:6px;padding:10px 14px}
.prev h2{font-size:14px;margin:0 0 8px;display:flex}.prev h2 span{margin-left:auto;color:#4a1d96;font-size:12px;
cursor:pointer;border:1px solid #4a1d96;border-radius:4px;padding:2px 8px;font-weight:400}
.label{border:2px solid #111;padding:10px 12px;font-family:'Liberation Sans',Arial,sans-serif;color:#111;
height:500px;position:relative;background:#fff}
.label .from{font-size:10px;line-height:1.3;border-bottom:1px solid #111;padding-bottom:6px}
.label .svc{position:absolute;right:10px;top:8px;font:bold 26px sans-serif;border:2px solid #111;padding:0 6px}
.label .to{font-size:15px;line-height:1.35;font-weight:700;padding:10px 0 8px;border-bottom:1px solid #111;
min-height:150px}
.label .to .tel{font-weight:400;font-size:13px;margin-top:4px}
.bc{display:flex;height:70px;margin:12px 0 4px;align-items:stretch}.bc i{display:block;background:#111}
.bcn{text-align:center;font-family:'DejaVu Sans Mono',monospace;font-size:13px;letter-spacing:2px}
.label .ref{font-size:10px;margin-top:8px;display:flex;justify-content:space-between}
.drawer{position:fixed;top:50px;right:-380px;width:370px;bottom:0;background:#fff;box-shadow:-4px 0 12px #0003;
padding:16px 20px;transition:right .25s;z-index:5}.drawer.open{right:0}
.drawer h3{margin:0 0 12px;font-size:16px}.fl{margin-bottom:9px}.fl label{display:block;font-size:11px;color:#5b6675;
margin-bottom:2px}.fl input{width:100%;padding:6px 8px;border:1px solid #c5ccd6;border-radius:4px;font-size:13px}
.drawer button{background:#4a1d96;color:#fff;border:0;border-radius:4px;padding:8px 18px;margin-top:6px}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
const label = i => {
  const s = SHIP[i];
  $('to').innerHTML = s.lines.map(x => '<div>' + x + '</div>').join('') + '<div class="tel">Tel. ' + s.tel + '</div>';
  $('bcn').textContent = s.track; $('ref').textContent = 'Ref. ' + s.ref;
  for (const r of document.querySelectorAll('tbody tr')) r.classList.toggle('sel', r.dataset.i == i);
  cur = i;
};
let cur = 0;
for (const r of document.querySelectorAll('tbody tr')) r.addEventListener('click', () => label(+r.dataset.i));
$('editb').addEventListener('click', () => {
  const s = SHIP[cur];
  $('e-name').value = s.name; $('e-l1').value = s.street; $('e-l2').value = s.street2;
  $('e-town').value = s.town; $('e-pc').value = s.pc; $('e-tel').value = s.tel;
  $('drawer').classList.add('open');
});
$('esave').addEventListener('click', () => {
  const s = SHIP[cur];
  s.lines = s.lines.map(x => x === s.street ? $('e-l1').value : x); s.street = $('e-l1').value;
  $('drawer').classList.remove('open'); label(cur);
});
label(0);
"""

STATUS = [
    ("In transit", "p0"),
    ("Delivered", "p1"),
    ("Label created", "p4"),
    ("Exception", "p3"),
    ("Out for delivery", "p2"),
]
FR_TOWNS = [("Paris", "750"), ("Lyon", "6900"), ("Toulouse", "3100"), ("Nantes", "4400"), ("Rennes", "3500")]
ES_TOWNS = [("Madrid", "280"), ("Zaragoza", "500"), ("Valencia", "460"), ("Malaga", "290")]
COUNTRY = {"FR": "FRANCE", "DE": "GERMANY", "GB": "UNITED KINGDOM", "NL": "NETHERLANDS", "ES": "SPAIN"}
ORDER = ["FR", "DE", "GB", "NL", "GB", "ES", "DE", "FR", "GB", "NL", "DE", "GB"]


def _postcode(prefix: str, rng: random.Random) -> str:
    """A five-digit postcode of a town whose postcodes start with `prefix` (75002, 28013)."""
    return prefix + f"{rng.randint(1, 10 ** (5 - len(prefix)) - 1):0{5 - len(prefix)}d}"


def _bars(rng: random.Random) -> str:
    return "".join(
        f'<i style="width:{rng.choice((1, 1, 2, 3))}px;margin-right:{rng.choice((1, 2, 2, 3))}px"></i>'
        for _ in range(70)
    )


def _shipment(stage: Stage, cc: str, fk: Faker, rng: random.Random, n: int) -> dict[str, object]:
    """One parcel: the row's values and its label's lines, each registered as the screen shows it."""
    name = stage.pii(f"{fk.first_name()} {fk.last_name()}", "PERSON")
    num = rng.randint(1, 120)
    if cc == "FR":
        town, pre = rng.choice(FR_TOWNS)
        pc = f"{_postcode(pre, rng)}"
        street = f"{num} {fk.street_name()}".upper()
        lines = [name.upper(), street, f"{pc} {town.upper()}", COUNTRY[cc]]
        tel = f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    elif cc == "ES":
        town, pre = rng.choice(ES_TOWNS)
        pc = f"{_postcode(pre, rng)}"
        street = f"Calle {fk.last_name()} {num}, 2º B"
        lines = [name, street, f"{pc} {town}", COUNTRY[cc]]
        tel = f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    elif cc == "GB":
        town, pc = rng.choice(fakes.UK_CITIES), fakes.uk_postcode(fk)
        street = f"{num} {fk.street_name()}"
        lines = [name, street, town.upper(), pc, COUNTRY[cc]]
        tel = fakes.uk_mobile(rng)
    else:  # DE, NL: street name first, house number last
        town = fk.city()
        pc = fk.postcode() if cc == "DE" else fk.postcode().replace(" ", "")[:4] + " " + fk.postcode()[-2:]
        street = f"{fk.street_name()} {num}"
        lines = [name, street, f"{pc} {town}", COUNTRY[cc]]
        tel = (
            f"+49 1{rng.choice(['51', '60', '70', '76'])} {rng.randint(1000000, 99999999)}"
            if cc == "DE"
            else f"+31 6 {rng.randint(10000000, 99999999)}"
        )
    five_digits = pc.isdigit() and len(pc) == 5
    stage.pii(town, "LOCATION")
    stage.pii(
        pc, "ZIP_CODE", scored=not five_digits, note="5 digits; too short to score reliably" if five_digits else None
    )
    for line in lines[1:-1]:
        if line == street:
            stage.pii(line, "ADDRESS")
        elif line != pc:
            stage.pii(line, "LOCATION", note=None if line.upper() == town.upper() else "postcode and town")
    if lines[0] != name:
        stage.pii(lines[0], "PERSON", note="capitals on the label")
    return {
        "name": name,
        "street": street,
        "street2": "",
        "town": town,
        "pc": pc,
        "cc": cc,
        "lines": lines,
        "tel": tel,
        "track": f"PW{rng.randint(10**11, 10**12 - 1)}{cc}",
        "ref": f"ORD-{rng.randint(10000, 99999)}",
        "status": STATUS[(n * 7) % len(STATUS)] if n else STATUS[0],
    }


def play(stage: Stage) -> None:
    rng = stage.rng
    fakers = {"FR": "fr_FR", "DE": "de_DE", "GB": "en_GB", "NL": "nl_NL", "ES": "es_ES"}
    ships = [_shipment(stage, cc, stage.fake(fakers[cc]), rng, n) for n, cc in enumerate(ORDER)]
    for i in (0, 2, 5):  # the labels shown: their phones become visible
        stage.pii(str(ships[i]["tel"]), "PHONE_NUMBER", note="the label's 'Tel.' line")
    edit = ships[2]
    fixed_street = str(edit["street"]).split(" ", 1)
    new_num = str(int(fixed_street[0]) + rng.randint(1, 9))
    fixed = stage.pii(f"{new_num} {fixed_street[1]}", "ADDRESS", note="the corrected house number")
    rows = "".join(
        f'<tr data-i="{i}"><td class="mono">{s["track"]}</td><td>{esc(s["name"])}</td>'
        f"<td>{esc(s['town'])} {esc(s['pc'])}</td><td><span class=cc>{s['cc']}</span></td>"
        f'<td><span class="pill {s["status"][1]}">{s["status"][0]}</span></td>'  # type: ignore[index]
        f"<td>{rng.randint(1, 4)}.{rng.randint(0, 9)} kg</td></tr>"
        for i, s in enumerate(ships)
    )
    data = [{k: v for k, v in s.items() if k != "status"} for s in ships]
    script = f"const SHIP = {json.dumps(data, ensure_ascii=False)};" + SCRIPT
    body = f"""<div class="top"><b>📦 ParcelWay Business</b><span>Shipments</span><span>Collections</span>
<span>Returns</span><span>Invoices</span><span class="acct">Northwind Crafts Ltd · Account 40718</span></div>
<div class="bar"><h1>Shipments</h1><input placeholder="Search tracking number, name, postcode">
<span class="b">Status: All</span><span class="b">Last 7 days</span><span class="b">Export CSV</span></div>
<div class="tbl"><table><thead><tr><th>Tracking number</th><th>Recipient</th><th>Destination</th><th>Country</th>
<th>Status</th><th>Weight</th></tr></thead><tbody>{rows}</tbody></table></div>
<div class="prev"><h2>Label preview<span id="editb">✎ Edit recipient</span></h2><div class="label">
<div class="from">Northwind Crafts Ltd<br>Unit 7, Tanners Yard<br>Leeds LS9 8AJ<br>United Kingdom</div>
<div class="svc">P2</div><div class="to" id="to"></div><div class="bc">{_bars(rng)}</div>
<div class="bcn" id="bcn"></div><div class="ref"><span id="ref"></span><span>1/1 · Tracked 48</span></div></div></div>
<div class="drawer" id="drawer"><h3>Edit recipient</h3>
<div class="fl"><label>Full name</label><input id="e-name"></div>
<div class="fl"><label>Address line 1</label><input id="e-l1"></div>
<div class="fl"><label>Address line 2 (optional)</label><input id="e-l2"></div>
<div class="fl"><label>Town or city</label><input id="e-town"></div>
<div class="fl"><label>Postcode</label><input id="e-pc"></div>
<div class="fl"><label>Phone (for delivery updates)</label><input id="e-tel"></div>
<button id="esave">Save and reprint</button></div>"""
    stage.page("shipments/index.html", doc("Shipments - ParcelWay Business", CSS, body, script))
    stage.keep("ParcelWay Business", "Collections", "Returns", "Invoices", "Tracking number", "Recipient")
    stage.keep("Destination", "Label preview", "Export CSV", "In transit", "Delivered", "Label created")
    chrome = stage.chrome("http://business.parcelway.eu/shipments/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.5)
    stage.click(*chrome.point("tbody tr", 2, fx=0.3))
    stage.mark("uk_label")
    stage.pause(3.0)
    stage.click(*chrome.point("tbody tr", 5, fx=0.3))
    stage.pause(2.0)
    stage.click(*chrome.point("tbody tr", 2, fx=0.3))
    stage.pause(1.5)
    stage.click(*chrome.point("#editb"))
    stage.mark("edit_recipient")
    stage.pause(2.0)
    stage.click(*chrome.point("#e-l1", fx=0.8))
    desk.key("Home")
    for _ in str(edit["street"]).split(" ", 1)[0]:
        desk.key("Delete", pause=0.12)
    desk.type(new_num, typo_rate=0.0)
    stage.mark("house_number_corrected")
    stage.pause(1.5)
    stage.click(*chrome.point("#esave"))
    stage.pause(3.0)
    assert fixed


SCENE = SceneSpec(
    name="shipping_labels",
    description="A parcel carrier's business dashboard in Chromium: a shipments table (tracking number, recipient, "
    "destination town and postcode, country code, status pill, weight) for twelve parcels to FR, DE, GB, NL and "
    "ES; a label preview of the selected parcel (a business sender's block, the recipient's block as free-form "
    "lines without captions in EU order and UK order, French names and streets in capitals, a CSS barcode, "
    "'Tel. <phone>'); a UK row, a Spanish row and the UK row again are selected, 'Edit recipient' opens a "
    "drawer of labelled fields and the house number is corrected, the label redraws.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=27719,
    crf=24,
)
