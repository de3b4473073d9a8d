"""A government benefits account (Universal Credit-like): the journal, the claim's details, the household.

Why this screen: "my payment hasn't come" or "I can't update my rent" has a technician sit with a
claimant in their online benefits account. The page is plain GOV.UK style (a black header, large
bold headings, summary lists of "key | value | Change"): "Your journal" holds messages from a work
coach signed "<First> (Work coach)" and addressed "Hi <First>"; "Your claim" lists the National
Insurance number, date of birth written "<d> <Month> <yyyy>", the home address, the landlord's name
and address and the monthly rent; "People you live with" has a partner with a date of birth and
children under 13 with their names and dates of birth; "Bank account" shows the name on the
account, the sort code and account number; a to-do list asks to "Confirm your housing costs". The
technician scrolls the page down and back.
"""

from __future__ import annotations

import datetime as dt

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Kezia", "Tobiah", "Marigold", "Ruaridh", "Ottoline", "Fenella", "Lowenna", "Aurelio", "Tamsin"]
RARE_LAST = ["Trevaskis", "Bellingham-Ruiz", "Penhaligon", "Oyelaran", "Kilbride", "Mutasa", "Ferncombe"]

CSS = """
body{font-size:16px;background:#fff;color:#0b0c0c;margin:0;font-family:Arial,'Liberation Sans',sans-serif}
.top{height:50px;background:#0b0c0c;color:#fff;display:flex;align-items:center;padding:0 30px;gap:30px}
.top b{font-size:20px}.top span{font-size:15px;margin-left:auto}
.bar{border-bottom:8px solid #1d70b8}
.main{padding:16px 30px;max-width:1000px}
h1{font-size:30px;margin:6px 0 14px}h2{font-size:22px;margin:26px 0 10px}
.msg{border-left:5px solid #b1b4b6;padding:6px 14px;margin-bottom:12px}
.msg small{display:block;color:#505a5f;font-size:14px}
dl{display:grid;grid-template-columns:280px 1fr 80px;margin:0;border-top:1px solid #b1b4b6}
dt,dd{border-bottom:1px solid #b1b4b6;padding:9px 0;margin:0}dt{font-weight:700}
dd.c a{color:#1d70b8;text-decoration:underline}
.todo li{margin-bottom:6px}.todo a{color:#1d70b8;text-decoration:underline}
.tag{background:#fcd6c3;color:#6e3619;font-size:13px;padding:2px 6px;font-weight:700}
"""


def _long_date(d: dt.date) -> str:
    return f"{d.day} {fakes.MONTHS[d.month - 1]} {d.year}"


def play(stage: Stage) -> None:
    gb, ie, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.rng
    c_first = rng.choice(RARE_FIRST)
    c_last = gb.last_name()
    claimant = stage.pii(f"{c_first} {c_last}", "PERSON", note="the claimant, a rare given name")
    stage.pii(c_first, "PERSON", note="'Hi <First>,' in the journal")
    coach_first = ie.first_name_female()
    coach = stage.pii(coach_first, "PERSON", note="'<First> (Work coach)'")
    nino = stage.pii(fakes.nino(rng), "UK_NINO")
    c_dob = stage.pii(_long_date(gb.date_of_birth(minimum_age=25, maximum_age=45)), "DATE_OF_BIRTH")
    street = stage.pii(fakes.street(gb), "ADDRESS", note="home")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    landlord = stage.pii(f"{gb.first_name()} {rng.choice(RARE_LAST)}", "PERSON", note="the landlord")
    ll_street = stage.pii(fakes.street(gb), "ADDRESS", note="the landlord's")
    ll_postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="the landlord's")
    partner = stage.pii(f"{gb.first_name_male()} {c_last}", "PERSON", note="the partner")
    p_dob = stage.pii(_long_date(gb.date_of_birth(minimum_age=25, maximum_age=45)), "DATE_OF_BIRTH")
    kids = []
    for first, years in ((rng.choice(RARE_FIRST[5:]), (2015, 2017)), (gb.first_name(), (2019, 2022))):
        name = stage.pii(f"{first} {c_last}", "PERSON", note="a child under 13")
        born = dt.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        kids.append((name, stage.pii(_long_date(born), "DATE_OF_BIRTH", note="a child's")))
    bank = fakes.uk_bank(gb)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    email = stage.pii(fakes.email_for(claimant, "yahoo.co.uk", rng), "EMAIL_ADDRESS")

    journal = [
        (
            f"Hi {c_first}, thanks for coming in on Tuesday. Please add your tenancy agreement so I can check "
            f"the rent. {coach} (Work coach)",
            f"{coach} (Work coach) · 2 December 2026, 10:14am",
        ),
        ("I have uploaded it now, the landlord changed in October.", "You · 2 December 2026, 6:51pm"),
        (
            f"Thanks {c_first}. Your next appointment is 9 December at 11:20am at the jobcentre. {coach} (Work coach)",
            f"{coach} (Work coach) · 3 December 2026, 9:02am",
        ),
    ]
    jhtml = "".join(f'<div class="msg">{esc(t)}<small>{esc(w)}</small></div>' for t, w in journal)

    def rows(pairs: list[tuple[str, str]]) -> str:
        return (
            "<dl>"
            + "".join(f'<dt>{esc(k)}</dt><dd>{v}</dd><dd class="c"><a>Change</a></dd>' for k, v in pairs)
            + "</dl>"
        )

    claim = rows(
        [
            ("Name", esc(claimant)),
            ("National Insurance number", esc(nino)),
            ("Date of birth", esc(c_dob)),
            ("Address", f"{esc(street)}<br>{esc(town)}<br>{esc(postcode)}"),
            ("Phone number", esc(phone)),
            ("Email", esc(email)),
            ("Landlord", esc(landlord)),
            ("Landlord's address", f"{esc(ll_street)}<br>{esc(ll_postcode)}"),
            ("Rent", "£725.00 every month"),
        ]
    )
    people = rows(
        [("Partner", f"{esc(partner)}<br>Born {esc(p_dob)}")]
        + [("Child", f"{esc(n)}<br>Born {esc(d)}") for n, d in kids]
    )
    bank_rows = rows(
        [
            ("Name on the account", esc(claimant)),
            ("Sort code", esc(sort_code)),
            ("Account number", esc(account)),
        ]
    )
    body = f"""<div class="top"><b>GOV.UK</b><b style="font-size:16px">Universal Credit</b>
<span>Signed in as {esc(claimant)}</span></div><div class="bar"></div>
<div class="main"><h1>Your Universal Credit account</h1>
<h2>Your to-do list</h2><ul class="todo"><li><a>Confirm your housing costs</a> <span class="tag">DUE 7 DEC</span></li>
<li><a>Accept your commitments</a></li><li><a>Report a change of circumstances</a></li></ul>
<h2>Your journal</h2>{jhtml}
<h2>Your claim</h2>{claim}
<h2>People you live with</h2>{people}
<h2>Bank account</h2>{bank_rows}
<p style="color:#505a5f">Payments are made monthly into this account.</p><div style="height:260px"></div></div>"""
    stage.page("uc/account.html", doc("Your account - Universal Credit - GOV.UK", CSS, body))
    stage.keep("Your journal", "Your claim", "People you live with", "National Insurance number", "Date of birth")
    stage.keep("Confirm your housing costs", "Landlord's address", "Sort code", "Account number", "Name on the account")
    stage.chrome("http://www.universal-credit.example/uc/account.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    desk.move(600, 450)
    for _ in range(4):
        desk.scroll(3, pause=0.3)
        stage.pause(3.5)
    stage.mark("bank_shown")
    desk.scroll(-6, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="benefits_claim",
    description="A government benefits account (Universal Credit-like, GOV.UK style) in Chromium: a to-do list, "
    "'Your journal' with messages from a work coach ('Hi <First>,' ... '<First> (Work coach)'), the claim's "
    "summary list (name, NI number, date of birth '<d> <Month> <yyyy>', home address on three lines, phone, "
    "e-mail, the landlord's name and address, rent), 'People you live with' (a partner and two children under "
    "13, each 'Born <date>'), the bank account (name, sort code, account number); scrolled down and back. "
    "Names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=66547,
    crf=24,
)
