"""A scanned passport open in a photo viewer: a data page's fields and its machine-readable zone.

Why this screen: customers scan identity documents for accounts, visas and loans, and open them
while the technician is connected. The data page has bilingual captions over values ("Surname /
Nom", "Given names / Prénoms", "Date of birth / Date de naissance"), in capitals, and at its
foot the machine-readable zone: two lines of 44 monospace characters where `<` stands for
spaces, the name as SURNAME<<GIVEN<NAMES and a second line packing the passport number, the
nationality, the birth date (YYMMDD), sex and expiry with check digits.
"""

from __future__ import annotations

from datetime import date

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{background:#202020;color:#eee;font-size:13px;overflow:hidden}
.bar{height:40px;display:flex;align-items:center;gap:20px;padding:0 16px;background:#2b2b2b}
.bar b{font-weight:400}.bar .z{margin-left:auto}
.stage{position:absolute;top:40px;left:0;right:0;bottom:44px;display:flex;align-items:center;justify-content:center}
.page{width:760px;height:500px;background:linear-gradient(135deg,#e9e3f1,#d9e6ef);color:#1d1d3b;border-radius:6px;
position:relative;font-family:Arial,sans-serif;box-shadow:0 2px 12px #000}
.hd{position:absolute;left:24px;top:14px;font-size:13px;letter-spacing:1px}
.photo{position:absolute;left:28px;top:60px;width:150px;height:190px;background:#b9b6c4;border-radius:4px}
.f{position:absolute;font-size:10px;color:#4a4a6a}.f b{display:block;font-size:14px;color:#111;font-weight:700;
margin-top:1px;letter-spacing:.5px}
.mrz{position:absolute;left:24px;bottom:20px;font:19px/1.5 'DejaVu Sans Mono',monospace;letter-spacing:1.2px;color:#111}
.foot{position:absolute;left:0;right:0;bottom:0;height:44px;background:#2b2b2b;display:flex;align-items:center;
justify-content:center;gap:30px}
"""


def _mrz_date(d: date) -> str:
    return d.strftime("%y%m%d")


def _check(field: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1 over digits, letters A=10.. and '<'=0."""
    total = 0
    for i, ch in enumerate(field):
        value = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    surname = fake.last_name().upper()
    given = f"{fake.first_name()} {fake.first_name()}".upper()
    stage.pii(surname, "PERSON", note="a surname under its caption")
    stage.pii(given, "PERSON", note="given names under their caption")
    number = stage.pii(str(rng.randint(100000000, 999999999)), "UK_PASSPORT")
    born = fake.date_of_birth(minimum_age=20, maximum_age=70)
    shown_dob = stage.pii(born.strftime("%d %b %Y").upper(), "DATE_OF_BIRTH")
    place = stage.pii(rng.choice(fakes.UK_CITIES).upper(), "LOCATION", note="place of birth")
    issued = date(2021, rng.randint(1, 12), rng.randint(1, 28))
    expires = date(issued.year + 10, issued.month, issued.day)
    name_field = f"{surname}<<{given.replace(' ', '<')}".replace("-", "<")
    line1 = f"P<GBR{name_field}".ljust(44, "<")[:44]
    doc_part = number + _check(number)
    birth = _mrz_date(born) + _check(_mrz_date(born))
    expiry = _mrz_date(expires) + _check(_mrz_date(expires))
    personal = "<" * 14 + "<"
    composite = _check(doc_part + birth + expiry + personal)
    line2 = f"{doc_part}GBR{birth}{rng.choice('MF')}{expiry}{personal}{composite}"
    stage.pii(name_field, "PERSON", note="the name in the machine-readable zone")
    stage.pii(line2, "UK_PASSPORT", note="MRZ line 2: number, birth date and expiry with check digits")
    fields = [
        (200, 60, "Type / Type", "P"),
        (300, 60, "Code / Code", "GBR"),
        (420, 60, "Passport No. / Passeport No.", number),
        (200, 110, "Surname / Nom (1)", surname),
        (200, 160, "Given names / Prénoms (2)", given),
        (200, 210, "Nationality / Nationalité (3)", "BRITISH CITIZEN"),
        (200, 260, "Date of birth / Date de naissance (4)", shown_dob),
        (500, 260, "Sex / Sexe (5)", "M" if line2[20] == "M" else "F"),
        (200, 310, "Place of birth / Lieu de naissance (6)", place),
        (200, 360, "Date of issue / Date de délivrance (7)", issued.strftime("%d %b %Y").upper()),
        (500, 360, "Authority / Autorité (8)", "HMPO"),
        (200, 410, "Date of expiry / Date d'expiration (9)", expires.strftime("%d %b %Y").upper()),
    ]
    html_fields = "".join(
        f'<div class="f" style="left:{x}px;top:{y}px">{esc(cap)}<b>{esc(val)}</b></div>' for x, y, cap, val in fields
    )
    body = f"""<div class="bar"><b>passport_scan_0412.jpg</b><span>Photos</span><span class="z">100%</span></div>
<div class="stage"><div class="page"><div class="hd">UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND</div>
<div class="photo"></div>{html_fields}<div class="mrz">{esc(line1)}<br>{esc(line2)}</div></div></div>
<div class="foot"><span>◀</span><span>✎ Edit</span><span>⟲ Rotate</span><span>🗑 Delete</span><span>▶</span></div>"""
    stage.page("photos/view.html", doc("passport_scan_0412.jpg - Photos", CSS, body))
    stage.keep("Passport No. / Passeport No.", "Surname / Nom (1)", "Nationality / Nationalité (3)", "Rotate")
    stage.keep("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "BRITISH CITIZEN", "Delete")
    stage.chrome("http://photos.local/photos/view.html", mode="app")
    stage.start()
    stage.pause(12.0)


SCENE = SceneSpec(
    name="id_scan",
    description="A scanned UK passport data page in a dark photo viewer: bilingual captions over capitalised "
    "values (passport number, surname, given names, date of birth, place of birth, dates of issue and "
    "expiry) and the two-line machine-readable zone (SURNAME<<GIVEN<NAMES; number, birth date and expiry "
    "with ICAO check digits). The viewer stays still.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=12.0,
    seed=90215,
    crf=24,
)
