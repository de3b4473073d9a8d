"""A hotel's front-desk system: today's arrivals, a guest's profile, the folio and a note typed.

Why this screen: a technician supporting a hotel (a key encoder that will not pair, a folio that
will not print) sees what Opera, Cloudbeds and Mews show the desk: the arrivals list (guest
"<Last>, <First>", room, nights, rate code, loyalty number, arrival time, "VIP"); a click opens
the guest's profile: passport number, nationality, date of birth, a home address in another
country (DE, FR, IE, US), e-mail, a phone with its country code, the car's registration plate,
"Card on file: Visa •••• <4> exp <mm/yy>"; the folio's charges; then the clerk types a note
("Guest's wife <First> arrives later"). Names from de_DE, fr_FR, en_IE and en_US lists and ones
common name lists miss.
"""

from __future__ import annotations

from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Wiebke", "Maëlys", "Siobhán", "Jarrah", "Gunnhild", "Ottilie", "Thaddäus", "Apolline"]
RARE_LAST = ["Przybylski", "Le Guennec", "Uí Dhubhghaill", "Katzenberger", "Vanderhaegen", "Abergavenny-Moss"]

CSS = """
body{font-size:13px;background:#eef1f4;color:#1d2733;overflow:hidden}
.top{height:46px;background:#2b3a4a;color:#fff;display:flex;align-items:center;padding:0 16px;gap:20px}
.logo{font-weight:800;font-size:17px;color:#f3c14b}.top span{opacity:.9}.top .u{margin-left:auto;font-size:12px}
.tabs{display:flex;gap:4px;padding:8px 16px 0;background:#dfe4ea}
.tabs div{padding:7px 14px;border-radius:6px 6px 0 0;color:#3d4a57}.tabs .on{background:#fff;font-weight:700}
.pane{background:#fff;margin:0 16px;padding:12px 14px;height:600px;display:none}.pane.on{display:block}
h1{font-size:17px;margin:0 0 8px}
table{border-collapse:collapse;width:100%}th{text-align:left;font-size:12px;color:#5c6b7a;padding:6px 8px;
 border-bottom:2px solid #dfe4ea;background:#f6f8fa}td{padding:7px 8px;border-bottom:1px solid #edf0f3}
tr.g{cursor:pointer}
.vip{background:#f3c14b;color:#2b3a4a;border-radius:3px;padding:1px 5px;font-size:11px;font-weight:700}
.st{color:#1f7a4d}
.gp{display:grid;grid-template-columns:1fr 1fr;gap:18px}
dl{display:grid;grid-template-columns:150px 1fr;row-gap:7px;margin:0}dt{color:#5c6b7a}dd{margin:0}
.box{border:1px solid #dfe4ea;border-radius:6px;padding:10px 12px}
.box h3{margin:0 0 8px;font-size:12px;text-transform:uppercase;color:#5c6b7a;letter-spacing:.4px}
.fol td.a{text-align:right}.fol tr.t td{font-weight:700;border-top:2px solid #2b3a4a}
textarea{width:100%;height:60px;font:13px sans-serif;border:1px solid #b8c2cc;border-radius:5px;padding:6px}
.btn{display:inline-block;background:#2b3a4a;color:#fff;border-radius:5px;padding:6px 14px;margin-top:8px}
"""

SCRIPT = """
const show = id => {
  for (const p of document.querySelectorAll('.pane')) p.classList.toggle('on', p.id === id);
  for (const t of document.querySelectorAll('.tabs div')) t.classList.toggle('on', t.dataset.p === id); };
for (const r of document.querySelectorAll('tr.g')) r.addEventListener('click', () => show('profile'));
for (const t of document.querySelectorAll('.tabs div')) t.addEventListener('click', () => show(t.dataset.p));
"""

# (locale, nationality, country, phone prefix)
COUNTRIES = [
    ("de_DE", "German", "Germany", "+49"),
    ("fr_FR", "French", "France", "+33"),
    ("en_IE", "Irish", "Ireland", "+353"),
    ("en_US", "American", "United States", "+1"),
]


def play(stage: Stage) -> None:
    rng = stage.rng
    fk = {loc: stage.fake(loc) for loc, _, _, _ in COUNTRIES}
    clerk = stage.pii(f"{fk['en_IE'].first_name()} {fk['en_IE'].last_name()}", "PERSON", note="the clerk, top bar")
    guests: list[tuple[str, str]] = [
        (fk["de_DE"].first_name(), fk["de_DE"].last_name()),
        (rng.choice(RARE_FIRST), fk["fr_FR"].last_name()),
        (fk["en_US"].first_name(), fk["en_US"].last_name()),
        (fk["en_IE"].first_name(), rng.choice(RARE_LAST)),
        (fk["fr_FR"].first_name(), fk["fr_FR"].last_name()),
        (rng.choice(RARE_FIRST[3:]), fk["de_DE"].last_name()),
        (fk["en_US"].first_name(), rng.choice(RARE_LAST[3:])),
    ]
    rates = ["BAR", "CORP-ACME", "AAA", "PKG-BB", "BAR", "GOV", "ADV14"]
    rooms = ["312", "508", "221", "415", "118", "602", "307"]
    types = [
        "Deluxe King",
        "Junior Suite",
        "Superior Twin",
        "Classic Double",
        "Deluxe King",
        "Executive King",
        "Classic Double",
    ]
    rows = ""
    for k, (first, last) in enumerate(guests):
        name = stage.pii(f"{last}, {first}", "PERSON", note="a guest, '<Last>, <First>'")
        loyalty = stage.pii(
            f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            "ACCOUNT_NUMBER",
            note="loyalty number",
        )
        vip = "<span class=vip>VIP</span>" if k in (0, 3) else ""
        rows += (
            f"<tr class=g><td>{esc(name)} {vip}</td><td>{rooms[k]}</td><td>{types[k]}</td><td>{rng.randint(1, 6)}</td>"
            f"<td>{rates[k]}</td><td>{loyalty}</td><td>{rng.randint(13, 21)}:{rng.choice(['00', '15', '30', '45'])}"
            "</td><td class=st>Due in</td></tr>"
        )
    # the guest who opens: the first row, from Germany
    gf, gl = guests[0]
    de = fk["de_DE"]
    full = stage.pii(f"{gf} {gl}", "PERSON", note="the profile's heading")
    passport = stage.pii("C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), "DE_PASSPORT")
    dob = stage.pii(de.date_of_birth(minimum_age=30, maximum_age=70).strftime("%d.%m.%Y"), "DATE_OF_BIRTH")
    street = stage.pii(f"{de.street_name()} {rng.randint(2, 88)}", "ADDRESS")
    city = stage.pii(f"{de.postcode()} {de.city()}", "LOCATION", note="'<postcode> <town>'")
    email = stage.pii(
        f"{gf.lower()}.{gl.lower()}@web.de".replace("ü", "ue").replace("ö", "oe").replace("ä", "ae"), "EMAIL_ADDRESS"
    )
    phone = stage.pii(f"+49 15{rng.randint(1, 9)} {rng.randint(1000000, 9999999)}", "PHONE_NUMBER")
    letters = "ABCDEFGHKLMNPRSTUVWXZ"
    plate = stage.pii(
        f"{rng.choice(['M', 'B', 'K', 'HH', 'F'])}-{rng.choice(letters)}{rng.choice(letters)} {rng.randint(100, 9999)}",
        "VEHICLE_REGISTRATION",
    )
    card = f"{rng.randint(1000, 9999)}"
    wife = stage.pii(fk["de_DE"].first_name_female(), "PERSON", note="a first name alone in the clerk's note")
    arrivals = (
        "<div id=arrivals class='pane on'><h1>Arrivals · Thursday 3 December 2026</h1><table><tr><th>Guest</th>"
        "<th>Room</th><th>Room type</th><th>Nights</th><th>Rate code</th><th>Loyalty no.</th><th>ETA</th>"
        f"<th>Status</th></tr>{rows}</table></div>"
    )
    profile = (
        f"<div id=profile class=pane><h1>{esc(full)} <span class=vip>VIP</span></h1><div class=gp><div class=box>"
        f"<h3>Identity</h3><dl><dt>Passport number</dt><dd>{passport}</dd><dt>Nationality</dt><dd>German</dd>"
        f"<dt>Date of birth</dt><dd>{dob}</dd><dt>Home address</dt><dd>{esc(street)}<br>{esc(city)}<br>Germany</dd>"
        "</dl></div><div class=box><h3>Contact and stay</h3><dl>"
        f"<dt>E-mail</dt><dd>{esc(email)}</dd><dt>Phone</dt><dd>{phone}</dd>"
        f"<dt>Car registration</dt><dd>{plate}</dd><dt>Card on file</dt><dd>Visa •••• {card} exp 08/28</dd>"
        "<dt>Room</dt><dd>312 · Deluxe King · 3 nights</dd><dt>Rate code</dt><dd>BAR · €189.00 per night</dd></dl>"
        "</div></div><div class=box style='margin-top:14px'><h3>Notes</h3><textarea id=note autocomplete=off>"
        "</textarea><span class=btn>Save note</span></div></div>"
    )
    folio = (
        "<div id=folio class=pane><h1>Folio · Room 312</h1><table class=fol><tr><th>Date</th><th>Description</th>"
        "<th>Qty</th><th style='text-align:right'>Amount</th></tr>"
        "<tr><td>03/12</td><td>Accommodation · Deluxe King</td><td>1</td><td class=a>€189.00</td></tr>"
        "<tr><td>03/12</td><td>Breakfast buffet</td><td>2</td><td class=a>€48.00</td></tr>"
        "<tr><td>03/12</td><td>City tax</td><td>2</td><td class=a>€7.50</td></tr>"
        "<tr><td>03/12</td><td>Minibar</td><td>1</td><td class=a>€12.80</td></tr>"
        "<tr><td>03/12</td><td>Parking · underground</td><td>1</td><td class=a>€25.00</td></tr>"
        "<tr class=t><td></td><td>Balance</td><td></td><td class=a>€282.30</td></tr></table></div>"
    )
    body = (
        "<div class=top><span class=logo>FrontDesk</span><span>Hotel Harbourview Dublin</span><span>Business date "
        f"03/12/2026</span><span class=u>{esc(clerk)} · Reception</span></div><div class=tabs>"
        "<div class=on data-p=arrivals>Arrivals</div><div data-p=profile>Guest profile</div>"
        f"<div data-p=folio>Folio</div><div>Housekeeping</div></div>{arrivals}{profile}{folio}"
    )
    stage.page("frontdesk/arrivals.html", doc("Arrivals · FrontDesk", CSS, body, SCRIPT))
    stage.keep("Arrivals", "Guest profile", "Housekeeping", "Hotel Harbourview Dublin", "Rate code", "Due in")
    stage.keep("Deluxe King", "Junior Suite", "Superior Twin")
    chrome = stage.chrome("http://pms.harbourview.example/frontdesk/arrivals.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("tr.g", 0))
    stage.mark("profile")
    stage.keep("Passport number", "Nationality", "Card on file", "Car registration")
    stage.pause(5.0)
    stage.click(*chrome.point(".tabs div", 2))
    stage.mark("folio")
    stage.keep("Breakfast buffet", "City tax", "€282.30", "Accommodation · Deluxe King")
    stage.pause(4.0)
    stage.click(*chrome.point(".tabs div", 1))
    stage.pause(1.0)
    stage.click(*chrome.point("#note"))
    desk.type(f"Guest's wife {wife} arrives later by train, please give her a second key.", typo_rate=0.0, delay_ms=60)
    stage.mark("typed")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="hotel_frontdesk",
    description="A hotel's front-desk system in Chromium (de_DE, fr_FR, en_IE, en_US names and ones common lists "
    "miss): the arrivals list ('<Last>, <First>', room, nights, rate code, loyalty number, arrival time, VIP); a "
    "guest's profile (passport number, nationality, date of birth, a German home address, e-mail, '+49' phone, car "
    "registration, 'Card on file: Visa •••• <4> exp <mm/yy>'); the folio's charges; a note typed ('Guest's wife "
    "<First> arrives later').",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=36307,
    crf=24,
)
