"""A bank statement as banks print it: upper-case transaction lines, payees by initial and surname.

Why this screen: a customer asks why a payment bounced and opens last month's statement (the
PDF the bank e-mails, here shown as the bank's print view). Unlike the online banking pages,
the printed lines are in capitals and cut to the payment system's fields: "FASTER PAYMENT TO
<I> <SURNAME> REF RENT", "TFR FROM <I> <SURNAME>", "STANDING ORDER <MRS> <I> <SURNAME>", beside
merchants ("CARD PAYMENT TO TESCO STORES 3345"), direct debits and a salary, which must stay
readable. The statement header carries the holder's name and address in capitals, the sort code
and the account number.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

MERCHANTS = ["TESCO STORES 3345", "SAINSBURYS S/MKTS", "TFL TRAVEL CH", "AMAZON.CO.UK*2K4", "COSTA COFFEE 4412"]
DEBITS = ["BRITISH GAS", "THAMES WATER", "COUNCIL TAX LBH", "VODAFONE LTD", "TV LICENCE MBP"]
CSS = """
body{background:#525659}
.page{width:820px;margin:18px auto;background:#fff;padding:34px 44px;font-family:'DejaVu Sans Mono',monospace;
 font-size:12px;color:#111}
h1{font-family:'Liberation Sans',Arial;font-size:18px;margin:0 0 4px}
.hd{display:flex;justify-content:space-between;margin-bottom:18px}
table{width:100%;border-collapse:collapse}td,th{padding:3px 4px;text-align:left;white-space:nowrap}
th{border-bottom:1px solid #444;font-weight:700}td.n{text-align:right}
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    ie, india = stage.fake("en_IE"), stage.fake("en_IN")
    holder_first, holder_last = fake.first_name(), fake.last_name()
    holder = stage.pii(f"MR {holder_first.upper()} {holder_last.upper()}", "PERSON")
    street = stage.pii(fakes.street(fake).upper(), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES).upper(), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    bank = fakes.uk_bank(fake)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    rows = []
    for day in range(30, 0, -1):
        kind = rng.random()
        date = f"{day:02d} NOV"
        if kind < 0.22:
            f = rng.choice([fake, ie, india])
            payee = stage.pii(f"{f.first_name()[0]} {f.last_name().upper()}", "PERSON")
            ref = rng.choice(["RENT", "DINNER", "CAR SHARE", "GIFT"])
            rows.append((date, f"FASTER PAYMENT TO {payee} REF {ref}", f"{rng.uniform(12, 650):,.2f}", ""))
        elif kind < 0.32:
            f = rng.choice([fake, ie, india])
            payer = stage.pii(f"{f.first_name()[0]} {f.last_name().upper()}", "PERSON")
            rows.append((date, f"TFR FROM {payer} REF SPLIT BILL", "", f"{rng.uniform(20, 300):,.2f}"))
        elif kind < 0.5:
            rows.append((date, f"DIRECT DEBIT {rng.choice(DEBITS)}", f"{rng.uniform(18, 140):,.2f}", ""))
        else:
            rows.append((date, f"CARD PAYMENT TO {rng.choice(MERCHANTS)}", f"{rng.uniform(2, 90):,.2f}", ""))
    landlord = stage.pii(f"MRS {ie.first_name()[0]} {ie.last_name().upper()}", "PERSON")
    rows.insert(3, ("27 NOV", f"STANDING ORDER {landlord}", "850.00", ""))
    rows.insert(8, ("22 NOV", "BANK GIRO CREDIT REF NORTHWIND LTD SALARY", "", "2,310.00"))
    body_rows = "".join(
        f"<tr><td>{d}</td><td>{esc(desc)}</td><td class=n>{out}</td><td class=n>{inn}</td></tr>"
        for d, desc, out, inn in rows
    )
    page = f"""<div class="page"><div class="hd"><div><h1>Northwind Bank</h1>Statement of account<br>
01 NOV 2026 - 30 NOV 2026</div><div>{esc(holder)}<br>{esc(street)}<br>{esc(town)}<br>{esc(postcode)}</div></div>
<div>Sort code {esc(sort_code)} &nbsp; Account number {esc(account)}</div><br>
<table><tr><th>Date</th><th>Description</th><th>Paid out</th><th>Paid in</th></tr>{body_rows}</table></div>"""
    stage.page("statement/print.html", doc("Statement 2026-11 - Northwind Bank", CSS, page))
    stage.keep("Statement of account", "CARD PAYMENT TO TESCO STORES 3345", "DIRECT DEBIT BRITISH GAS")
    stage.keep("BANK GIRO CREDIT REF NORTHWIND LTD SALARY", "Paid out", "Paid in")
    tab = stage.chrome("http://online.northwind-bank.example/statement/print.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    desk.move(*tab.point(".page"))
    desk.scroll(5, pause=0.4)
    stage.mark("scrolled")
    stage.pause(5.0)
    desk.scroll(5, pause=0.4)
    stage.pause(4.0)
    desk.scroll(-10, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="statement_print",
    description="A UK bank statement's print view in Chromium: the holder's name and address in capitals, "
    "sort code and account number, a month of upper-case transaction lines: 'FASTER PAYMENT TO <I> "
    "<SURNAME> REF RENT', 'TFR FROM <I> <SURNAME>', 'STANDING ORDER MRS <I> <SURNAME>', card payments to "
    "merchants, direct debits and a salary (which stay readable); scrolled down and back. Payees from "
    "en_GB, en_IE and en_IN.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=91451,
    crf=24,
)
