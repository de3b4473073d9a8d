"""An immigration caseworker's view of one visa application: identity, sponsor, travel, dependants, documents.

Why this screen: "the case page freezes when I open the documents" has a technician look at a visa
caseworking system (a UKVI-like "Atlas"-style console) with a caseworker. The case header gives the
applicant's name in the "FAMILY, Given" order and the case reference; the identity panel has the
passport's details under captions (passport number with no national pattern our recognizers know,
nationality, date and place of birth, issue and expiry dates, issuing authority); the contact panel a
UK address and two previous addresses (one abroad, in Lagos), a phone and an e-mail; the sponsor
panel the employer, its licence number, the Certificate of Sponsorship reference and the
authorising officer's name. A travel-history table (dates, countries, purpose) is innocent. The
dependants table lists the spouse and a child (name, relationship, date of birth, passport), a
caseworker's note names the husband and the employer's HR contact in prose, and the document
checklist's file names carry the surname ("passport_<last>.pdf"). Names are Yoruba (Faker yo_NG)
and English; the technician scrolls down to the documents and back.
"""

from __future__ import annotations

from datetime import date, timedelta

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:13.5px;background:#f3f2f1;color:#0b0c0c}
.top{height:46px;background:#0b0c0c;color:#fff;display:flex;align-items:center;padding:0 20px;gap:22px}
.top b{font-size:17px}.top span{color:#d0d0d0;font-size:13.5px}.top i{margin-left:auto;font-style:normal}
.head{background:#fff;border-bottom:4px solid #1d70b8;padding:10px 22px}
.head h1{font-size:22px;margin:0 0 3px}.head small{color:#505a5f;font-size:13px}
.tag{background:#fff7bf;color:#594d00;padding:2px 8px;font-weight:700;font-size:12px;margin-left:8px}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:14px;padding:12px 22px}
.box{background:#fff;border:1px solid #b1b4b6;padding:9px 13px}
.box h3{font-size:14.5px;margin:0 0 7px;border-bottom:1px solid #e0e0e0;padding-bottom:5px}
.kv{display:grid;grid-template-columns:118px 1fr;gap:4px 8px}.kv span{color:#505a5f}
.sec{padding:0 22px 12px}.sec h2{font-size:16px;margin:4px 0 7px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e0e0e0;padding:5px 9px;text-align:left}th{background:#f8f8f8;color:#383f43}
.note{background:#fff;border-left:5px solid #1d70b8;padding:8px 12px;line-height:1.45}
.ok{color:#00703c;font-weight:700}.wait{color:#b58800;font-weight:700}
"""


def play(stage: Stage) -> None:
    yo, gb, rng = stage.fake("yo_NG"), stage.fake("en_GB"), stage.rng
    family = yo.last_name()
    given = f"{yo.first_name_female()} {yo.first_name_female()}"
    stage.pii(f"{family.upper()}, {given}", "PERSON", note="the case header, 'FAMILY, Given Given'")
    stage.pii(given, "PERSON", note="the given names under their caption")
    stage.pii(family, "PERSON", note="the family name under its caption and in file names")
    passport = stage.pii(f"A{rng.randint(10000000, 99999999)}", "PASSPORT", note="a letter and 8 digits")
    born = date(rng.randint(1984, 1996), rng.randint(1, 12), rng.randint(1, 28))
    dob = stage.pii(born.strftime("%d %B %Y"), "DATE_OF_BIRTH", note="the applicant's")
    pob = stage.pii(rng.choice(["Ibadan", "Abeokuta", "Osogbo", "Ilorin", "Akure"]), "LOCATION", note="place of birth")
    issued = date(2022, rng.randint(1, 12), rng.randint(1, 28))
    expiry = issued.replace(year=issued.year + 10) - timedelta(days=1)
    gwf = stage.pii(f"GWF0{rng.randint(10000000, 99999999)}", "ACCOUNT_NUMBER", note="the case reference")
    uk_street = stage.pii(fakes.street(gb), "ADDRESS", note="the UK address")
    uk_town = rng.choice(fakes.UK_CITIES)
    uk_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="the UK address")
    prev_uk = stage.pii(fakes.street(gb), "ADDRESS", note="a previous UK address")
    prev_uk_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="a previous UK address")
    prev_uk_town = rng.choice(fakes.UK_CITIES)
    lagos = stage.pii(
        f"{rng.randint(2, 48)} {yo.last_name()} Street, Ikeja", "ADDRESS", note="a previous address abroad"
    )
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="the applicant's")
    email = stage.pii(f"{given.split()[0].lower()}.{family.lower()}@yahoo.com", "EMAIL_ADDRESS")
    cos = stage.pii(f"C{rng.randint(1, 9)}G{rng.randint(1000000, 9999999)}K", "ACCOUNT_NUMBER", note="CoS reference")
    licence = f"{rng.randint(1, 9)}{rng.choice('ABCDEFGHJK')}{rng.randint(1000000, 9999999)}"
    stage.pii(licence, "ACCOUNT_NUMBER", scored=False, note="the employer's sponsor licence, a company's")
    officer = stage.pii(fakes.person(gb), "PERSON", note="the sponsor's authorising officer")
    hr = stage.pii(fakes.person(gb), "PERSON", note="the employer's HR contact, in the note")
    spouse_first = yo.first_name_male()
    spouse = stage.pii(f"{spouse_first} {family}", "PERSON", note="the spouse")
    stage.pii(spouse_first, "PERSON", scored=False, note="'her husband <First>' in the note, a first name")
    s_dob = stage.pii(
        date(born.year - rng.randint(1, 5), rng.randint(1, 12), rng.randint(1, 28)).strftime("%d %B %Y"),
        "DATE_OF_BIRTH",
        note="the spouse's",
    )
    s_pass = stage.pii(f"A{rng.randint(10000000, 99999999)}", "PASSPORT", note="the spouse's")
    child_first = next(n for n in (yo.first_name_male() for _ in range(50)) if n != spouse_first)
    child = stage.pii(f"{child_first} {family}", "PERSON", note="the child")
    c_dob = stage.pii(date(2019, rng.randint(1, 12), rng.randint(1, 28)).strftime("%d %B %Y"), "DATE_OF_BIRTH")
    c_pass = stage.pii(f"A{rng.randint(10000000, 99999999)}", "PASSPORT", note="the child's")
    cw_name = stage.pii(f"J. {gb.last_name()}", "PERSON", note="the caseworker, an initial and a surname")
    caseworker = f"{cw_name} (CW 4471)"

    travel = [
        ("12/04/2024", "26/04/2024", "Nigeria", "Family visit"),
        ("03/08/2023", "10/08/2023", "France", "Holiday"),
        ("19/12/2022", "06/01/2023", "Nigeria", "Family visit"),
        ("14/05/2022", "18/05/2022", "Ireland", "Business conference"),
    ]
    trows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in travel)
    deps = [
        ("Spouse", spouse, s_dob, "Nigerian", s_pass),
        ("Child", child, c_dob, "Nigerian", c_pass),
    ]
    drows = "".join(
        f"<tr><td>{esc(r)}</td><td>{esc(n)}</td><td>{esc(d)}</td><td>{esc(nat)}</td><td>{esc(p)}</td></tr>"
        for r, n, d, nat, p in deps
    )
    fam = family.lower()
    files = [
        (f"passport_{fam}.pdf", "Passport (biographic page)", "Verified"),
        (f"tb_certificate_{fam}.pdf", "TB test certificate", "Verified"),
        (f"bank_statements_{fam}_oct.pdf", "Maintenance funds", "Received"),
        (f"marriage_certificate_{fam}.pdf", "Relationship evidence", "Requested"),
        ("english_language_B1.pdf", "English language", "Verified"),
    ]
    frows = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td class={'ok' if c == 'Verified' else 'wait'}>{c}</td></tr>"
        for a, b, c in files
    )
    note = (
        f"Spoke to the applicant on 02/12/2026. She confirmed her husband {spouse_first} will travel separately "
        f"after the school term. Employer contact {hr} (HR) confirmed the start date of 05/01/2027 and the "
        "salary on the CoS. Marriage certificate still outstanding; request sent."
    )
    body = f"""<div class="top"><b>Atlas</b><span>My cases</span><span>Search</span><span>Work queues</span>
<span>Reports</span><i>{esc(caseworker)}</i></div>
<div class="head"><h1>{esc(family.upper())}, {esc(given)}<span class="tag">AWAITING DECISION</span></h1>
<small>Skilled Worker &middot; Entry clearance &middot; Case ref {esc(gwf)} &middot; Applied 18/11/2026 at
VFS Lagos</small></div>
<div class="grid"><div class="box"><h3>Identity</h3><div class="kv"><span>Given names</span><div>{esc(given)}</div>
<span>Family name</span><div>{esc(family)}</div><span>Date of birth</span><div>{esc(dob)}</div>
<span>Place of birth</span><div>{esc(pob)}, Nigeria</div><span>Nationality</span><div>Nigerian</div>
<span>Passport no.</span><div>{esc(passport)}</div><span>Issued</span><div>{issued.strftime("%d %B %Y")}</div>
<span>Expires</span><div>{expiry.strftime("%d %B %Y")}</div><span>Authority</span><div>NIS Abuja</div></div></div>
<div class="box"><h3>Contact and addresses</h3><div class="kv"><span>UK address</span>
<div>{esc(uk_street)}<br>{esc(uk_town)} {esc(uk_pc)}</div><span>Previous (UK)</span>
<div>{esc(prev_uk)}<br>{esc(prev_uk_town)} {esc(prev_uk_pc)}</div><span>Previous</span>
<div>{esc(lagos)}<br>Lagos, Nigeria</div><span>Phone</span><div>{esc(phone)}</div><span>Email</span>
<div>{esc(email)}</div></div></div>
<div class="box"><h3>Sponsor</h3><div class="kv"><span>Employer</span><div>Northgate Care Homes Ltd</div>
<span>Licence no.</span><div>{esc(licence)}</div><span>CoS reference</span><div>{esc(cos)}</div>
<span>Authorising officer</span><div>{esc(officer)}</div><span>Occupation</span><div>Senior care worker (6145)</div>
<span>Salary</span><div>£29,000 per year</div></div></div></div>
<div class="sec"><h2>Travel history (last 5 years)</h2><table><tr><th>Departed UK</th><th>Returned</th><th>Country</th>
<th>Purpose</th></tr>{trows}</table></div>
<div class="sec"><h2>Dependants</h2><table><tr><th>Relationship</th><th>Name</th><th>Date of birth</th>
<th>Nationality</th><th>Passport no.</th></tr>{drows}</table></div>
<div class="sec"><h2>Caseworker notes</h2><div class="note"><b>{esc(caseworker)}</b> &middot; 02/12/2026 15:40<br>
{esc(note)}</div></div>
<div class="sec"><h2>Documents</h2><table><tr><th>File</th><th>Evidence</th><th>Status</th></tr>{frows}</table></div>
<div style="height:260px"></div>"""
    stage.page("cases/index.html", doc(f"Case {gwf} - Atlas", CSS, body))
    stage.keep("Travel history (last 5 years)", "Business conference", "Family visit", "Northgate Care Homes Ltd")
    stage.keep("Senior care worker (6145)", "Authorising officer", "english_language_B1.pdf", "TB test certificate")
    stage.keep("Maintenance funds", "Relationship evidence", "Caseworker notes")
    stage.chrome("http://atlas.casework.example/cases/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    desk.move(640, 450)
    desk.scroll(3, pause=0.3)
    stage.mark("travel_dependants")
    stage.pause(4.5)
    desk.scroll(4, pause=0.3)
    stage.mark("documents")
    stage.pause(4.5)
    desk.scroll(-7, pause=0.3)
    stage.pause(4.0)


SCENE = SceneSpec(
    name="visa_application",
    description="A visa caseworking console (UKVI-like) in Chromium: the applicant 'FAMILY, Given Given' with "
    "the case reference; identity under captions (given and family names, date and place of birth, "
    "nationality, a passport number with no national pattern, issue and expiry, authority); a UK address, a "
    "previous UK address and one in Lagos, phone and e-mail; the sponsor (employer, licence number, CoS "
    "reference, authorising officer); an innocent travel-history table (dates, countries, purposes); "
    "dependants (spouse and child: name, date of birth, nationality, passport); a caseworker note naming the "
    "husband by first name and the HR contact; documents whose file names carry the surname "
    "('passport_<last>.pdf'). Yoruba names (Faker yo_NG) and en_GB ones; scrolled down and back.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=66837,
    crf=24,
)
