"""A candidate's CV open in a PDF viewer: a two-column layout, the name in display type, referees.

Why this screen: recruiters and HR staff ask for help with the documents candidates send, and a
CV is nothing but personal data laid out by a designer, not by a form. The name is set large at
the top with the headline under it; a coloured sidebar holds the contact details as icon-less
lines (a mobile, an e-mail, a town and postcode, a LinkedIn address with the name in it, a date of
birth some candidates still give), then skills and languages; the main column holds a profile in
prose, the work history (role, employer, dates, bullet points naming a manager), education, and
"References" with two referees side by side (name, title, employer, phone, e-mail). The viewer is
scrolled to the second page and back. Names of several cultures, some rare.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Ifeoluwa", "Brannigan-Oyelaran"), ("Sigrún", "Castellanos"), ("Thaddeus", "Okwuosa")]

CSS = """
body{background:#525659;font-size:13px;overflow:hidden}
.bar{position:fixed;top:0;left:0;right:0;height:48px;background:#323639;color:#f1f1f1;display:flex;
 align-items:center;padding:0 16px;gap:18px;z-index:2;box-shadow:0 1px 4px #0006}
.bar .f{font-size:14px;width:360px}.bar .pg{background:#191b1c;padding:3px 8px;border-radius:2px}
#view{position:absolute;top:48px;bottom:0;left:0;right:0;overflow-y:auto}
.page{width:794px;min-height:1080px;background:#fff;margin:16px auto;box-shadow:0 2px 8px #0008;
 font-family:'Liberation Sans',Arial,sans-serif;color:#1f2933;display:grid;grid-template-columns:250px 1fr}
.side{background:#1e3a5f;color:#e8eef6;padding:34px 22px;font-size:12.5px;line-height:1.55}
.side h4{font-size:12px;letter-spacing:1.5px;color:#9fc3ea;margin:22px 0 6px}
.main{padding:34px 34px}
.name{font-size:34px;font-weight:700;letter-spacing:.5px;color:#1e3a5f;line-height:1.1}
.head{font-size:15px;color:#52606d;margin:6px 0 18px}
.main h3{font-size:13px;letter-spacing:1.6px;color:#1e3a5f;border-bottom:2px solid #1e3a5f;padding-bottom:3px;
 margin:20px 0 10px}
.job b{font-size:14px}.job .when{float:right;color:#7b8794;font-size:12px}.job .co{color:#52606d}
.job ul{margin:6px 0 12px 18px;padding:0;line-height:1.5}
.refs{display:grid;grid-template-columns:1fr 1fr;gap:18px;line-height:1.55}
p{line-height:1.55;margin:0}
"""


def play(stage: Stage) -> None:
    gb, ie, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.rng
    first, last = RARE[0]
    name = stage.pii(f"{first} {last}", "PERSON")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    email = stage.pii(fakes.email_for(name, "gmail.com", rng), "EMAIL_ADDRESS")
    town = stage.pii(gb.city(), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    linkedin = stage.pii(f"linkedin.com/in/{first.lower()}-{last.lower()}", "USERNAME")
    dob = stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH")
    manager = stage.pii(fakes.person(ie), "PERSON")
    referees = []
    for (rf, rl), title, company in [
        (RARE[1], "Head of Finance", "Calderbrook Foods Ltd"),
        (RARE[2], "Operations Director", "Harbourline Logistics"),
    ]:
        ref_name = stage.pii(f"{rf} {rl}", "PERSON")
        referees.append(
            (
                ref_name,
                title,
                company,
                stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER"),
                stage.pii(fakes.email_for(ref_name, company.split()[0].lower() + ".co.uk", rng), "EMAIL_ADDRESS"),
            )
        )
    side = f"""<div class="side"><h4>CONTACT</h4><div>{esc(mobile)}</div><div>{esc(email)}</div>
<div>{esc(town)} {esc(postcode)}</div><div>{esc(linkedin)}</div><div>Born {esc(dob)}</div>
<h4>SKILLS</h4><div>Financial reporting</div><div>Month-end close</div><div>Xero and Sage 200</div>
<div>Power BI dashboards</div><div>Team leadership</div>
<h4>LANGUAGES</h4><div>English (native)</div><div>Yoruba (fluent)</div><div>Spanish (conversational)</div></div>"""
    jobs = [
        (
            "Senior Management Accountant",
            "Calderbrook Foods Ltd",
            "2021 – present",
            [
                "Own the monthly management pack for three sites",
                f"Report to {manager}, Financial Controller",
                "Cut the month-end close from eight days to five",
            ],
        ),
        (
            "Management Accountant",
            "Harbourline Logistics",
            "2017 – 2021",
            ["Built the fleet cost model in Power BI", "Led the move from Sage 50 to Sage 200"],
        ),
    ]
    history = "".join(
        f'<div class="job"><span class="when">{when}</span><b>{esc(role)}</b><div class="co">{esc(co)}</div>'
        f"<ul>{''.join(f'<li>{esc(b)}</li>' for b in bullets)}</ul></div>"
        for role, co, when, bullets in jobs
    )
    refs = "".join(
        f"<div><b>{esc(n)}</b><br>{esc(t)}<br>{esc(c)}<br>{esc(p)}<br>{esc(e)}</div>" for n, t, c, p, e in referees
    )
    page1 = f"""<div class="page" id="p1">{side}<div class="main"><div class="name">{esc(name)}</div>
<div class="head">Chartered Management Accountant (CIMA)</div><h3>PROFILE</h3>
<p>Commercially minded management accountant with eight years in food manufacturing and logistics. I turn
month-end numbers into decisions and enjoy building the reporting that operations teams actually use.</p>
<h3>EXPERIENCE</h3>{history}<h3>EDUCATION</h3><div class="job"><span class="when">2013 – 2016</span>
<b>BSc Accounting and Finance</b><div class="co">University of Leeds</div></div></div></div>"""
    page2 = f"""<div class="page" id="p2"><div class="side"><h4>INTERESTS</h4><div>Fell running</div>
<div>Community choir</div></div><div class="main"><h3>CERTIFICATIONS</h3><p>CIMA Chartered Global Management
Accountant, 2020<br>Microsoft Certified: Power BI Data Analyst, 2023</p><h3>REFERENCES</h3>
<div class="refs">{refs}</div></div></div>"""
    fname = f"CV_{first}_{last.split('-')[0]}.pdf"
    body = f"""<div class="bar"><span class="f">{esc(fname)}</span><span class="pg"><span id="pg">1</span> / 2</span>
<span>100%</span></div><div id="view">{page1}{page2}</div>"""
    stage.page("cv/view.html", doc(fname, CSS, body))
    stage.keep("EXPERIENCE", "Senior Management Accountant", "Chartered Management Accountant (CIMA)")
    stage.keep("Financial reporting", "Month-end close", "BSc Accounting and Finance", "University of Leeds")
    stage.keep("Own the monthly management pack for three sites", "REFERENCES")
    chrome = stage.chrome("http://ats.example/cv/view.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    stage.mark("page1")
    desk.move(*chrome.point("#view"))
    desk.scroll(5, pause=0.3)
    stage.pause(3.0)
    for _ in range(14):
        desk.scroll(1, pause=0.2)
        if chrome.cdp.js("document.getElementById('p2').getBoundingClientRect().top < 200"):
            break
    stage.mark("references")
    stage.pause(6.0)
    desk.scroll(-25, pause=0.12)
    stage.mark("back_to_top")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="cv_document",
    description="A candidate's CV in a PDF-viewer-like page in Chromium: a two-column design, the name in 34 px "
    "display type, a navy sidebar of contact lines without captions (mobile, e-mail, town and postcode, a LinkedIn "
    "address holding the name, a date of birth after 'Born'), skills; the main column's profile, work history "
    "naming a manager in a bullet, education; page 2's references side by side (name, title, employer, phone, "
    "e-mail); scrolled to page 2 and back. Rare names of several cultures.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=50423,
    crf=24,
)
