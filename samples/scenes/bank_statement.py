"""Online banking: an account summary (holder, sort code, account number, IBAN) and a statement.

Why this screen: bank identifiers appear both labelled (the summary card) and unlabelled inside
transaction descriptions ("Faster Payment to Erin Walsh"), next to merchant names, references and
amounts that must stay readable; a row expands to show the payee's sort code and account.
"""

from __future__ import annotations

import random

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

MERCHANTS = [
    "TESCO STORES 2931",
    "TFL TRAVEL CH",
    "AMAZON MKTPLACE",
    "PRET A MANGER",
    "SHELL LONDON BRIDGE",
    "SAINSBURYS S/MKT",
    "NETFLIX.COM",
    "BOOTS 1142",
    "COSTA COFFEE 40213",
    "WAITROSE 712",
]
DEBITS = ["THAMES WATER", "BRITISH GAS", "COUNCIL TAX LAMBETH", "VODAFONE LTD", "AVIVA INSURANCE"]

CSS = """
body{font-size:14px;background:#f2f2f2;color:#1d1d1b}
.top{background:#0b3b2e;color:#fff;height:64px;display:flex;align-items:center;padding:0 32px;gap:34px}
.top b{font-size:21px;letter-spacing:.3px}.top span{opacity:.9}.top .out{margin-left:auto;font-size:13px}
.sub{background:#fff;border-bottom:1px solid #ddd;padding:9px 32px;font-size:13px;color:#555}
.wrap{max-width:1120px;margin:18px auto;display:flex;gap:20px;padding:0 16px}
.card{background:#fff;border-radius:6px;box-shadow:0 1px 3px #0002;padding:18px 22px}
.acct{width:330px;flex:none;align-self:flex-start}.acct h2{font-size:17px;margin:0 0 12px}
.kv{margin:9px 0}.kv span{display:block;color:#666;font-size:12px}.kv div{font-size:15px}
.bal{font-size:28px;font-weight:bold;margin:14px 0 2px}.muted{color:#666;font-size:12px}
.stmt{flex:1;min-width:0}.stmt h2{font-size:17px;margin:0 0 10px;display:flex}
.stmt h2 button{margin-left:auto;font-size:13px;border:1px solid #0b3b2e;background:#fff;color:#0b3b2e;
 border-radius:4px;padding:4px 12px}
table{border-collapse:collapse;width:100%}th{text-align:left;font-size:12px;color:#666;font-weight:normal;
 border-bottom:2px solid #ddd;padding:6px 8px}
td{padding:8px;border-bottom:1px solid #eee;font-size:14px}td.n{text-align:right;white-space:nowrap}
tr.tx{cursor:pointer}tr.tx:hover td{background:#f6faf8}.in{color:#0a7a3e}
tr.det td{background:#f7f7f7;font-size:13px;color:#444;display:none}tr.det.open td{display:table-cell}
"""

SCRIPT = """
document.querySelectorAll('tr.tx').forEach(r => r.addEventListener('click', () => {
  const d = r.nextElementSibling; if (d && d.classList.contains('det')) d.classList.toggle('open');
}));
"""


def _transactions(stage: Stage, fake: Faker, rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    """(date, description, detail, out, in) rows, newest first; payee names are personal data."""
    rows = []
    for day in range(16, 0, -1):
        if day == 12:
            rows.append(("12 Sep 2025", "Salary NORTHWIND LOGISTICS LTD", "BACS credit", "", "2,914.36"))
        for _ in range(rng.choice((0, 1, 1, 2))):
            kind = rng.random()
            date = f"{day:02d} Sep 2025"
            if kind < 0.25:
                payee = stage.pii(fakes.person(fake), "PERSON")
                bank = fakes.uk_bank(fake)
                detail = (
                    f"Payee {payee} · sort code {stage.pii(bank.sort_code, 'SORT_CODE')} · "
                    f"account {stage.pii(bank.account, 'ACCOUNT_NUMBER')} · ref "
                    f"{rng.choice(['RENT SEPT', 'DINNER', 'CAR SHARE', 'GIFT'])}"
                )
                rows.append((date, f"Faster Payment to {payee}", detail, f"{rng.uniform(12, 650):,.2f}", ""))
            elif kind < 0.35:
                payer = stage.pii(fakes.person(fake), "PERSON")
                rows.append(
                    (date, f"Bank transfer from {payer}", "Reference: SPLIT BILL", "", f"{rng.uniform(20, 300):,.2f}")
                )
            elif kind < 0.5:
                rows.append(
                    (
                        date,
                        f"Direct Debit {rng.choice(DEBITS)}",
                        "Mandate ref: 00492-DD",
                        f"{rng.uniform(18, 140):,.2f}",
                        "",
                    )
                )
            else:
                rows.append(
                    (
                        date,
                        f"Card payment {rng.choice(MERCHANTS)}",
                        "Visa debit ending 4417",
                        f"{rng.uniform(2, 90):,.2f}",
                        "",
                    )
                )
    return rows


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    holder = stage.pii(fakes.person(fake), "PERSON")
    bank = fakes.uk_bank(fake)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    iban = stage.pii(bank.iban_spaced, "IBAN_CODE")
    rows = _transactions(stage, fake, rng)
    balance = 3187.42
    body_rows = []
    for i, (date, desc, detail, out, inc) in enumerate(rows):
        body_rows.append(
            f'<tr class="tx" id="tx{i}"><td>{date}</td><td>{esc(desc)}</td>'
            f'<td class="n">{out}</td>'
            f'<td class="n in">{inc}</td><td class="n">{balance:,.2f}</td></tr>'
            f'<tr class="det"><td colspan="5">{esc(detail)}</td></tr>'
        )
        balance += float(out.replace(",", "") or 0) - float(inc.replace(",", "") or 0)
    payee_rows = [i for i, r in enumerate(rows) if r[1].startswith("Faster Payment")]
    body = f"""<div class="top"><b>Northwind Bank</b><span>Accounts</span><span>Payments</span>
<span>Cards</span><span>Savings</span><span>Help</span><span class="out">Log out</span></div>
<div class="sub">Welcome back, {esc(holder)} · Last login 15 Sep 2025 at 18:22</div>
<div class="wrap"><div class="card acct"><h2>Classic Current Account</h2>
<div class="kv"><span>Account holder</span><div>{esc(holder)}</div></div>
<div class="kv"><span>Sort code</span><div>{sort_code}</div></div>
<div class="kv"><span>Account number</span><div>{account}</div></div>
<div class="kv"><span>IBAN</span><div>{iban}</div></div>
<div class="kv"><span>BIC</span><div>NWBKGB2L</div></div>
<div class="bal">£3,187.42</div><div class="muted">Available balance · Arranged overdraft £500.00</div></div>
<div class="card stmt"><h2>Statement · September 2025<button>Download PDF</button></h2>
<table><tr><th>Date</th><th>Description</th><th style="text-align:right">Money out</th>
<th style="text-align:right">Money in</th><th style="text-align:right">Balance</th></tr>{"".join(body_rows)}
</table></div></div>"""
    stage.page("online/accounts/current.html", doc("Current account - Northwind Bank", CSS, body, SCRIPT))
    stage.keep(
        "Northwind Bank",
        "Classic Current Account",
        "Account holder",
        "Sort code",
        "Account number",
        "Available balance",
        "Statement · September 2025",
        "Download PDF",
        "Money out",
        "Money in",
        "Payments",
        "Savings",
        "Log out",
        "BIC",
        "NWBKGB2L",
    )
    chrome = stage.chrome("http://www.northwindbank.co.uk/online/accounts/current.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.5)
    desk.move(*chrome.point(".stmt table"))
    stage.pause(1.0)
    desk.scroll(3, pause=0.35)
    stage.mark("statement_scrolled")
    stage.pause(2.5)
    target = next((i for i in payee_rows if chrome.rect(f"#tx{i}")[1] > 200), payee_rows[-1])
    desk.click(*chrome.point(f"#tx{target}", fx=0.3))
    stage.mark("payment_details_opened")
    stage.pause(3.0)
    desk.scroll(3, pause=0.35)
    stage.pause(3.0)
    desk.scroll(-6, pause=0.3)
    stage.mark("back_to_top")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="bank_statement",
    description="UK online banking in Chromium: an account card (holder, sort code, account number, spaced "
    "IBAN, BIC, balance) beside a September statement with card payments, direct debits, a "
    "salary and Faster Payments to/from named people. The page scrolls, a Faster Payment row "
    "expands to show the payee's sort code and account number, then the page scrolls back to "
    "the top.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=30917,
    crf=24,
)
