"""A scanned UK driving licence photocard on a document-upload page, beside a verification form.

Why this screen: lenders, car-hire and insurance back offices check an uploaded licence while
the technician is connected. The photocard numbers its fields instead of labelling them
("1. MORGAN", "2. SARAH JANE", "3. 11.06.1985 UNITED KINGDOM", "4a.", "4b.", "4c. DVLA",
"5. MORGA753116SM9IJ", "7." a signature, "8." the address on one line), prints everything in
capitals on a tinted guilloche background, and a scan is never quite straight. The viewer
zooms in and out; the technician types the licence number into the form beside it.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:13px;background:#eef1f4;color:#1f2d3d;overflow:hidden}
.top{height:50px;background:#fff;border-bottom:1px solid #d8dee4;display:flex;align-items:center;gap:20px;
padding:0 20px}.top b{font-size:16px;color:#0b5394}.top span{color:#5a6b7b}
.steps{height:36px;display:flex;align-items:center;gap:26px;padding:0 20px;font-size:12px;color:#5a6b7b}
.steps .on{color:#0b5394;font-weight:700}
.viewer{position:absolute;left:16px;top:96px;width:800px;bottom:16px;background:#3c4043;border-radius:6px;
overflow:hidden}
.vbar{height:38px;background:#2d3033;color:#e8eaed;display:flex;align-items:center;gap:14px;padding:0 14px}
.vbar .z{margin-left:auto;display:flex;gap:8px;align-items:center}
.vbar button{background:#4a4e52;color:#fff;border:0;border-radius:4px;width:30px;height:26px;font-size:16px}
.canvas{position:absolute;top:38px;left:0;right:0;bottom:0;overflow:hidden;display:flex;align-items:center;
justify-content:center}
.card{width:600px;height:380px;border-radius:18px;position:relative;transform-origin:50% 50%;
transition:transform .35s;font-family:Arial,'Liberation Sans',sans-serif;color:#1b1b2f;
background:repeating-radial-gradient(circle at 70% 40%,#f7d9e3 0 6px,#f2e6ec 6px 11px),#f4dde6;
box-shadow:0 3px 14px #000a}
.card:before{content:'';position:absolute;inset:0;border-radius:18px;
background:repeating-linear-gradient(60deg,#c7e3d833 0 2px,transparent 2px 9px)}
.hd{position:absolute;left:24px;top:14px;font-size:21px;font-weight:700;letter-spacing:1px;color:#2a2a6a}
.uk{position:absolute;right:22px;top:12px;width:54px;height:38px;background:#1d3b8f;color:#fff;font-weight:700;
display:flex;align-items:center;justify-content:center;border-radius:4px;font-size:18px}
.ctry{position:absolute;left:24px;top:42px;font-size:11px;letter-spacing:2px;color:#4a4a7a}
.photo{position:absolute;left:24px;top:76px;width:132px;height:170px;background:#b7b9c7;border-radius:4px;
overflow:hidden}.photo i{position:absolute;left:36px;top:26px;width:60px;height:70px;border-radius:50%;
background:#9598aa}.photo u{position:absolute;left:16px;top:100px;width:100px;height:90px;border-radius:50% 50% 0 0;
background:#9598aa}
.ghost{position:absolute;right:28px;bottom:30px;width:62px;height:80px;background:#e8c7d4;border-radius:3px;
opacity:.8}
.f{position:absolute;left:172px;font-size:15px;font-weight:700;letter-spacing:.4px;white-space:nowrap}
.f s{text-decoration:none;font-weight:400;font-size:12px;color:#3a3a5a;margin-right:6px}
.sig{position:absolute;left:172px;top:292px}
.side{position:absolute;left:832px;top:96px;right:16px;bottom:16px;background:#fff;border-radius:6px;
border:1px solid #d8dee4;padding:18px 20px}
.side h2{font-size:17px;margin:0 0 4px}.side .sub{color:#5a6b7b;font-size:12px;margin-bottom:16px}
.fl{margin-bottom:13px}.fl label{display:block;font-size:12px;color:#5a6b7b;margin-bottom:4px}
.fl input,.fl select{width:100%;padding:7px 9px;border:1px solid #b8c2cc;border-radius:4px;font-size:14px}
.fl input:focus{outline:2px solid #0b5394}
.go{background:#0b5394;color:#fff;border:0;border-radius:4px;padding:9px 20px;font-size:14px}
.res{margin-top:14px;color:#137333;font-size:13px;min-height:20px}
.hint{font-size:11px;color:#7a8793;margin-top:3px}
"""

SCRIPT = """
let z = 1;
const card = document.getElementById('card'), zl = document.getElementById('zl');
const zoom = d => { z = Math.round((z + d) * 100) / 100; card.style.transform = `rotate(-1.6deg) scale(${z})`;
  zl.textContent = Math.round(z * 100) + '%'; };
document.getElementById('zin').addEventListener('click', () => zoom(0.25));
document.getElementById('zout').addEventListener('click', () => zoom(-0.25));
document.getElementById('go').addEventListener('click', () => {
  document.getElementById('res').textContent = '✓ Licence number format valid · matches surname and date of birth';
});
"""


def _licence_number(
    surname: str, born_day: int, born_month: int, born_year: int, initials: str, female: bool, rng_letters: str
) -> str:
    """DVLA's shape: surname's first five letters (9s pad), decade, month (+50 for women), day, year
    digit, two initials (9 pads), a digit and two check letters."""
    head = "".join(c for c in surname.upper() if c.isalpha())[:5].ljust(5, "9")
    month = born_month + (50 if female else 0)
    year = f"{born_year % 100:02d}"
    return f"{head}{year[0]}{month:02d}{born_day:02d}{year[1]}{initials[:2].ljust(2, '9')}9{rng_letters}"


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    female = rng.random() < 0.5
    surname = fake.last_name().upper()
    firsts = [fake.first_name_female() if female else fake.first_name_male() for _ in range(2)]
    first_names = " ".join(firsts).upper()
    born = fake.date_of_birth(minimum_age=22, maximum_age=66)
    issued = fake.date_between(start_date="-8y", end_date="-1y")
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    number = _licence_number(surname, born.day, born.month, born.year, firsts[0][0] + firsts[1][0], female, letters)
    street = fakes.street(fake).upper()
    town = rng.choice(fakes.UK_CITIES).upper()
    postcode = fakes.uk_postcode(fake)
    stage.pii(surname, "PERSON", note="a surname after its field number")
    stage.pii(first_names, "PERSON", note="first names after their field number")
    dob = stage.pii(born.strftime("%d.%m.%Y"), "DATE_OF_BIRTH")
    stage.pii(number, "UK_DRIVING_LICENCE")
    stage.pii(street, "ADDRESS")
    stage.pii(town, "LOCATION")
    stage.pii(postcode, "ZIP_CODE")
    expires = issued.replace(year=issued.year + 10)
    fields = [
        (76, "1.", esc(surname)),
        (102, "2.", esc(first_names)),
        (128, "3.", f"{dob} UNITED KINGDOM"),
        (154, "4a.", f"{issued:%d.%m.%Y} &nbsp;&nbsp;<s>4c.</s>DVLA"),
        (180, "4b.", f"{expires:%d.%m.%Y}"),
        (206, "5.", esc(number)),
        (262, "8.", f"{esc(street)}, {esc(town)}. {esc(postcode)}"),
        (330, "9.", "AM/A/B1/B/f/k/l/n/p/q"),
    ]
    html_fields = "".join(f'<div class="f" style="top:{y}px"><s>{n}</s>{v}</div>' for y, n, v in fields)
    signature = (
        '<svg class="sig" width="170" height="34">'
        '<text x="0" y="14" font-size="12" font-family="Arial">7.</text>'
        '<path d="M22 24 C34 2 40 30 52 14 S70 28 80 10 C86 2 92 30 104 18 S128 12 140 22 L158 16" '
        'stroke="#1b1b5f" stroke-width="1.6" fill="none"/></svg>'
    )
    body = f"""<div class="top"><b>Verify · Kestrel Car Hire</b><span>Bookings</span><span>Customers</span>
<span>Documents</span><span>Reports</span></div>
<div class="steps"><span>1 Customer</span><span class="on">2 Driving licence</span><span>3 Payment</span>
<span>4 Confirm</span></div>
<div class="viewer"><div class="vbar">licence_front_scan.jpg · 1.8 MB<span class="z">
<button id="zout">−</button><span id="zl">100%</span><button id="zin">+</button></span></div>
<div class="canvas"><div class="card" id="card" style="transform:rotate(-1.6deg)">
<div class="hd">DRIVING LICENCE</div><div class="uk">UK</div><div class="ctry">UNITED KINGDOM</div>
<div class="photo"><i></i><u></u></div>{html_fields}{signature}<div class="ghost"></div></div></div></div>
<div class="side"><h2>Check driving licence</h2><div class="sub">Compare the scan with the details the customer
gave. Type the licence number exactly as printed in field 5.</div>
<div class="fl"><label>Document type</label><select><option>UK photocard driving licence</option></select></div>
<div class="fl"><label>Licence number</label><input id="lic" autocomplete="off">
<div class="hint">16 characters, no spaces</div></div>
<div class="fl"><label>Issue number</label><input value="" placeholder="e.g. 02"></div>
<div class="fl"><label>Check code (optional)</label><input placeholder="8 characters"></div>
<button class="go" id="go">Verify licence</button><div class="res" id="res"></div></div>"""
    stage.page("verify/licence.html", doc("Driving licence check - Kestrel Car Hire", CSS, body, SCRIPT))
    stage.keep("DRIVING LICENCE", "UNITED KINGDOM", "Check driving licence", "Licence number", "Document type")
    stage.keep("UK photocard driving licence", "Verify licence", "Kestrel Car Hire", "Issue number")
    chrome = stage.chrome("http://backoffice.kestrelhire.co.uk/verify/licence.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    stage.click(*chrome.point("#zin"))
    stage.mark("zoom_125")
    stage.pause(2.5)
    stage.click(*chrome.point("#zin"))
    stage.mark("zoom_150")
    stage.pause(2.5)
    stage.click(*chrome.point("#zout"))
    stage.pause(0.4)
    stage.click(*chrome.point("#zout"))
    stage.pause(0.4)
    stage.click(*chrome.point("#zout"))
    stage.mark("zoom_75")
    stage.pause(2.5)
    stage.click(*chrome.point("#zin"))
    stage.pause(1.0)
    stage.click(*chrome.point("#lic"))
    desk.type(number, typo_rate=0.06)
    stage.mark("licence_typed")
    stage.pause(0.8)
    stage.click(*chrome.point("#go"))
    stage.mark("verified")
    stage.pause(3.5)


SCENE = SceneSpec(
    name="licence_scan",
    description="A scanned UK photocard driving licence on a car-hire back office's verification page: "
    "numbered fields in capitals on a pink guilloche background rotated 1.6 degrees (1. surname, 2. first "
    "names, 3. date of birth and country, 4a/4b dates, 4c DVLA, 5. the 16-character licence number, 7. a "
    "drawn signature, 8. street, town and postcode on one line, 9. categories), a photo placeholder; the "
    "viewer zooms to 125 %, 150 %, 75 % and back; the licence number is typed key by key (with typos) into "
    "the form beside it and verified.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=44718,
    crf=24,
)
