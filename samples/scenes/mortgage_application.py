"""A lender's case screen for a joint mortgage application, seen by an underwriter or a broker.

Why this screen: a broker's or a lender's support desk opens a joint application to chase a
document or fix a detail. The case shows the two applicants side by side: one column of captions
on the left ("Title", "Full name", "Date of birth", "NI number", "Current address", "Time at
address", "Previous address", "Employer", "Gross annual income", "Mobile", "Email") and the values
of "Applicant 1" and "Applicant 2" in two columns under those headers, so the second applicant's
values have no caption of their own beside them. Tabs then show the property (the purchase
address, price, loan), the solicitor acting (a firm, the conveyancer's name, phone, e-mail), the
direct-debit mandate (account holder, sort code, account number) and a case-notes timeline that
names the applicants; a note is typed. Names from en_GB lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST_M = ["Caradoc", "Ossian", "Peregrine", "Tiernan", "Lachlan", "Evander"]
RARE_FIRST_F = ["Morwenna", "Eilidh", "Saoirse", "Clemency", "Lowenna", "Ottilie"]
RARE_LAST = ["Pengelly", "Quarmby", "Attwooll", "Brackenbury", "Featherstonehaugh", "Inskip"]
RARE_LAST_2 = ["Nankervis", "Trelawny", "Sidebottom", "Ackroyd", "Gillibrand", "Murgatroyd"]

CSS = """
body{font-size:13px;background:#eef1f5;color:#1b2433;overflow:hidden}
.top{height:44px;background:#17324d;color:#fff;display:flex;align-items:center;padding:0 18px;gap:20px}
.top b{font-size:16px}.top .who{margin-left:auto;font-size:12px;opacity:.85}
.case{display:flex;align-items:center;gap:18px;padding:10px 18px;background:#fff;border-bottom:1px solid #d5dbe4}
.case h2{margin:0;font-size:16px}
.pill{background:#fff4d6;color:#7a5600;border-radius:10px;padding:2px 10px;font-size:12px}
.main{padding:10px 18px}
.tabs{display:flex;gap:2px;border-bottom:2px solid #d5dbe4;margin-bottom:10px}
.tabs span{padding:7px 14px;color:#5b6678;cursor:pointer}
.tabs span.on{color:#17324d;font-weight:700;border-bottom:3px solid #2f7bd6;margin-bottom:-2px}
.tab{display:none}.tab.on{display:block}
.card{background:#fff;border:1px solid #d5dbe4;border-radius:6px;padding:10px 14px;margin-bottom:10px}
.card h3{margin:0 0 8px;font-size:12px;color:#2f7bd6;text-transform:uppercase;letter-spacing:.4px}
table.ap{border-collapse:collapse;width:100%}
table.ap th{text-align:left;padding:5px 8px;background:#f4f6f9;border-bottom:2px solid #d5dbe4;font-size:12.5px}
table.ap td{padding:4px 8px;border-bottom:1px solid #edf0f4;vertical-align:top}
table.ap td.k{color:#5b6678;width:170px}
dl{display:grid;grid-template-columns:170px 1fr;row-gap:6px;margin:0}dt{color:#5b6678}dd{margin:0}
.two{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.note{border-left:3px solid #2f7bd6;padding:4px 10px;margin-bottom:8px;background:#fff}
.note .h{font-size:11.5px;color:#5b6678}
textarea{width:96%;height:46px;font:13px 'Liberation Sans',sans-serif;border:1px solid #9aa6b8;border-radius:4px;
 padding:6px}
"""

SCRIPT = """
document.querySelectorAll('.tabs span').forEach((t, i) => t.addEventListener('click', () => {
  document.querySelectorAll('.tabs span').forEach((s, j) => s.classList.toggle('on', i === j));
  document.querySelectorAll('.tab').forEach((s, j) => s.classList.toggle('on', i === j)); }));
"""

TABS = ["Applicants", "Property", "Solicitor", "Direct debit", "Case notes"]


def play(stage: Stage) -> None:
    rng, gb = stage.rng, stage.fake("en_GB")
    a1_first, a1_last = rng.choice(RARE_FIRST_M), rng.choice(RARE_LAST)
    a2_first, a2_last = rng.choice(RARE_FIRST_F), rng.choice(RARE_LAST_2)
    a1 = stage.pii(f"{a1_first} {a1_last}", "PERSON", note="applicant 1")
    a2 = stage.pii(f"{a2_first} {a2_last}", "PERSON", note="applicant 2")
    apps = []
    for who in (a1, a2):
        dob = stage.pii(gb.date_of_birth(minimum_age=27, maximum_age=45).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
        nino = stage.pii(fakes.nino(rng), "UK_NINO")
        street = stage.pii(fakes.street(gb), "ADDRESS")
        town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
        pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
        prev = stage.pii(fakes.street(gb), "ADDRESS", note="previous address")
        prev_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="previous")
        mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
        email = stage.pii(
            fakes.email_for(who, rng.choice(["gmail.com", "outlook.com", "btinternet.com"]), rng), "EMAIL_ADDRESS"
        )
        apps.append((dob, nino, street, town, pc, prev, prev_pc, mobile, email))
    (d1, n1, s1, t1, p1, v1, vp1, m1, e1), (d2, n2, s2, t2, p2, v2, vp2, m2, e2) = apps
    prop = stage.pii(fakes.street(gb), "ADDRESS", note="the purchase")
    prop_town = stage.pii(gb.city(), "LOCATION", note="the purchase's town")
    prop_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="the purchase")
    conveyancer = stage.pii(f"{gb.first_name_female()} {gb.last_name()}", "PERSON", note="solicitor")
    conv_phone = stage.pii(f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER")
    conv_email = stage.pii(fakes.email_for(conveyancer, "hartleyandvane.co.uk", rng), "EMAIL_ADDRESS")
    bank = fakes.uk_bank(gb)
    holder = stage.pii(f"Mr {a1_first[0]} {a1_last} & Ms {a2_first[0]} {a2_last}", "PERSON", note="dd holder")
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    agent = stage.pii(f"{gb.first_name_male()} {gb.last_name()}", "PERSON", note="estate agent, in a note")
    underwriter = stage.pii(f"{gb.first_name()} {gb.last_name()}", "PERSON", note="the user, top bar")

    def row(caption: str, v1_: str, v2_: str) -> str:
        return f"<tr><td class=k>{caption}</td><td>{v1_}</td><td>{v2_}</td></tr>"

    applicants = f"""<div class="tab on"><div class=card><table class=ap>
<tr><th></th><th>Applicant 1</th><th>Applicant 2</th></tr>
{row("Title", "Mr", "Ms")}
{row("Full name", esc(a1), esc(a2))}
{row("Date of birth", d1, d2)}
{row("NI number", n1, n2)}
{row("Current address", f"{esc(s1)}, {esc(t1)} {p1}", f"{esc(s2)}, {esc(t2)} {p2}")}
{row("Time at address", "2 years 4 months", "1 year 9 months")}
{row("Previous address", f"{esc(v1)}, {vp1}", f"{esc(v2)}, {vp2}")}
{row("Employer", "Calderbrook Engineering Ltd", "NHS Lothian")}
{row("Gross annual income", "£46,750", "£38,210")}
{row("Mobile", m1, m2)}
{row("Email", esc(e1), esc(e2))}
</table></div></div>"""
    property_ = f"""<div class=tab><div class=two><div class=card><h3>Security property</h3><dl>
<dt>Property address</dt><dd>{esc(prop)}<br>{esc(prop_town)}<br>{prop_pc}</dd><dt>Tenure</dt><dd>Freehold</dd>
<dt>Property type</dt><dd>Semi-detached house</dd><dt>Purchase price</dt><dd>£312,500</dd></dl></div>
<div class=card><h3>Loan</h3><dl><dt>Loan amount</dt><dd>£265,625</dd><dt>Loan to value</dt><dd>85%</dd>
<dt>Term</dt><dd>30 years</dd><dt>Product</dt><dd>5 Year Fixed 4.39%</dd><dt>Valuation</dt>
<dd>Instructed 28/11/2026</dd></dl></div></div></div>"""
    solicitor = f"""<div class=tab><div class=card><h3>Conveyancer acting</h3><dl><dt>Firm</dt>
<dd>Hartley &amp; Vane Solicitors LLP</dd><dt>SRA number</dt><dd>612874</dd><dt>Contact</dt><dd>{esc(conveyancer)}</dd>
<dt>Telephone</dt><dd>{conv_phone}</dd><dt>Email</dt><dd>{esc(conv_email)}</dd><dt>Office</dt>
<dd>4 Minster Yard, York</dd></dl></div></div>"""
    dd = f"""<div class=tab><div class=card><h3>Direct debit mandate</h3><dl><dt>Account holder</dt>
<dd>{esc(holder)}</dd><dt>Sort code</dt><dd>{sort_code}</dd><dt>Account number</dt><dd>{account}</dd>
<dt>Collection day</dt><dd>1st of each month</dd><dt>Mandate status</dt><dd>Signed, awaiting lodgement</dd>
</dl></div></div>"""
    notes = f"""<div class=tab><div class=note><div class=h>02/12/2026 16:05 · Underwriting</div>Payslips for
{esc(a2_first)} received; income verified. Awaiting {esc(a1_first)}'s P60.</div>
<div class=note><div class=h>30/11/2026 11:22 · Broker</div>Spoke to {esc(a1)} on {m1}: completion target
is 23 January.</div><div class=note><div class=h>28/11/2026 09:40 · Valuation</div>Access arranged via
{esc(agent)} at the selling agent.</div><textarea id=note></textarea></div>"""
    tabs = "".join(f"<span{' class=on' if i == 0 else ''} id=t{i}>{t}</span>" for i, t in enumerate(TABS))
    body = f"""<div class=top><b>Fairmile Building Society</b><span>Cases</span><span>Underwriting</span>
<span class=who>{esc(underwriter)} · Underwriter</span></div>
<div class=case><h2>Case MA-2026-118204 · Joint application</h2><span class=pill>Awaiting documents</span></div>
<div class=main><div class=tabs>{tabs}</div>{applicants}{property_}{solicitor}{dd}{notes}</div>"""
    stage.page("cases/ma-118204.html", doc("Case MA-2026-118204 · Fairmile", CSS, body, SCRIPT))
    stage.keep("Fairmile Building Society", "Joint application", "Awaiting documents", "Applicant 1", "Applicant 2")
    stage.keep("Time at address", "2 years 4 months", "Calderbrook Engineering Ltd", "NHS Lothian", "£46,750")
    stage.keep("Gross annual income", *TABS)
    chrome = stage.chrome("http://cases.fairmile-bs.co.uk/cases/ma-118204.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(14.0)
    stage.keep("Semi-detached house", "£312,500", "5 Year Fixed 4.39%")
    stage.keep("Hartley & Vane Solicitors LLP", "4 Minster Yard, York", "Signed, awaiting lodgement")
    for i in range(1, 5):
        stage.click(*chrome.point(f"#t{i}"))
        stage.mark(TABS[i].lower().replace(" ", "_"))
        stage.pause(3.5)
    stage.click(*chrome.point("#note"))
    desk.type(f"Called {a2_first} {a2_last}: P60 for {a1_first} to follow by Friday.", typo_rate=0.0, delay_ms=50)
    stage.mark("typed")
    stage.pause(2.0)
    stage.click(*chrome.point("#t0"))
    stage.pause(13.0)


SCENE = SceneSpec(
    name="mortgage_application",
    description="A building society's joint mortgage case in Chromium (en_GB names and ones common lists miss): the "
    "two applicants side by side under 'Applicant 1 | Applicant 2' with one caption column on the left (title, full "
    "name, date of birth, NI number, current address '<street>, <town> <postcode>', time at address, previous "
    "address, employer, gross income, mobile, e-mail); tabs clicked in turn: the property (purchase address over "
    "three lines, price, loan), the solicitor (firm, the conveyancer's name, phone, e-mail), the direct-debit "
    "mandate ('Mr <I> <Last> & Ms <I> <Last>', sort code, account number) and case notes naming the applicants "
    "and the estate agent, with a note typed; back to the applicants.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=46.0,
    seed=40311,
    crf=24,
)
