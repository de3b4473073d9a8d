"""A small business's accounting and invoicing app (a cloud ledger), seen by its bookkeeper.

Why this screen: support for an online ledger (or a bookkeeper sharing the screen) walks through
the business's contacts and invoices. Company names, company numbers and VAT numbers are public
and stay readable; the people behind them are not: the customer list shows each company's
contact person with an e-mail and a phone; the customer record holds the registration number,
the VAT number "GB 123 4567 89", the billing contact, the billing address and the bank details
(IBAN, BIC, sort code and account number, for refunds); the invoice editor has a "Bill to" block
(a person, a company, an address over lines with no captions) beside innocent line items; the
bank reconciliation lists statement lines as banks print them, in capitals with the payer's
name and the reference ("FP <I> <LAST> INV-0042", "BGC <FIRST> <LAST> REF ..."). Names from
en_GB lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Tegwen", "Anwen", "Crispin", "Hamish", "Fenella", "Ptolemy", "Iolo", "Marigold"]
RARE_LAST = ["Tregunna", "Oakenfold", "Higginbottom", "Polglase", "Verrall", "Witheridge", "Openshaw"]
COMPANIES = [
    "Tregothnan Joinery Ltd",
    "Brightwater Dental Care",
    "Kestrel Print & Sign",
    "Old Forge Bakery",
    "Northlight Architects LLP",
]

CSS = """
body{font-size:13px;background:#f4f6f8;color:#1f2a37;overflow:hidden}
.top{height:44px;background:#13b5ea;color:#fff;display:flex;align-items:center;padding:0 18px;gap:22px}
.top b{font-size:17px}.top .org{margin-left:auto;font-size:12px}
.wrap{display:grid;grid-template-columns:170px 1fr}
.nav{background:#fff;border-right:1px solid #dde3ea;height:680px;padding-top:8px}
.nav div{padding:9px 16px;color:#475467;cursor:pointer}.nav div.on{background:#e8f6fd;color:#0b6c8f;font-weight:700}
.main{padding:12px 18px}
.pane{display:none}.pane.on{display:block}
h2{margin:0 0 10px;font-size:17px}
.card{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:8px 14px;margin-bottom:8px}
.card h3{margin:0 0 8px;font-size:12px;color:#0b6c8f;text-transform:uppercase;letter-spacing:.4px}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:12px;color:#5b6472;padding:6px 8px;border-bottom:2px solid #dde3ea;background:#fafbfc}
td{padding:6px 8px;border-bottom:1px solid #eef1f4}td.r,th.r{text-align:right}
tr.link td:first-child{color:#0b6c8f;cursor:pointer}
dl{display:grid;grid-template-columns:150px 1fr;row-gap:6px;margin:0}dt{color:#5b6472}dd{margin:0}
.two{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.bill{line-height:1.45}
.ok{color:#1c7c3a;font-weight:700}.btn{display:inline-block;background:#1c7c3a;color:#fff;border-radius:4px;
 padding:3px 10px;font-size:12px}
input.li{width:95%;font:13px 'Liberation Sans',sans-serif;border:1px solid #b8c2cc;border-radius:3px;padding:4px}
textarea{width:96%;height:40px;font:13px 'Liberation Sans',sans-serif;border:1px solid #b8c2cc;border-radius:4px;
 padding:5px}
.mono{font-family:'Liberation Mono',monospace;font-size:12.5px}
"""

SCRIPT = """
function show(n){document.querySelectorAll('.pane').forEach(p=>p.classList.toggle('on',p.id===n));
document.querySelectorAll('.nav div').forEach(t=>t.classList.toggle('on',t.dataset.p===n));}
"""


def play(stage: Stage) -> None:
    rng, gb = stage.rng, stage.fake("en_GB")
    firsts = rng.sample(RARE_FIRST, 3)
    lasts = rng.sample(RARE_LAST, 3)
    contacts = [
        stage.pii(f"{firsts[0]} {lasts[0]}", "PERSON", note="contact, the record's"),
        stage.pii(f"{gb.first_name()} {gb.last_name()}", "PERSON"),
        stage.pii(f"{firsts[1]} {lasts[1]}", "PERSON"),
        stage.pii(f"{gb.first_name()} {gb.last_name()}", "PERSON"),
        stage.pii(f"{firsts[2]} {lasts[2]}", "PERSON"),
    ]
    domains = [
        "tregothnanjoinery.co.uk",
        "brightwaterdental.com",
        "kestrelprint.co.uk",
        "oldforgebakery.co.uk",
        "northlight-arch.co.uk",
    ]
    emails = [stage.pii(fakes.email_for(c, d, rng), "EMAIL_ADDRESS") for c, d in zip(contacts, domains, strict=True)]
    phones = [
        stage.pii(
            fakes.uk_mobile(rng) if k % 2 == 0 else f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            "PHONE_NUMBER",
        )
        for k in range(5)
    ]
    owing = ["£1,250.00", "£0.00", "£384.00", "£96.40", "£2,860.00"]
    rows = "".join(
        f"<tr class=link id=c{k}><td>{esc(co)}</td><td>{esc(c)}</td><td>{esc(e)}</td><td>{p}</td>"
        f"<td class=r>{o}</td></tr>"
        for k, (co, c, e, p, o) in enumerate(zip(COMPANIES, contacts, emails, phones, owing, strict=True))
    )
    street = stage.pii(fakes.street(gb), "ADDRESS", note="billing")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    bank = fakes.uk_bank(gb)
    iban = stage.pii(bank.iban_spaced, "IBAN_CODE")
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    bill_name = stage.pii(
        f"{gb.first_name_female()} {rng.choice(RARE_LAST)}-{gb.last_name()}", "PERSON", note="bill to"
    )
    bill_street = stage.pii(fakes.street(gb), "ADDRESS", note="bill to")
    bill_town = stage.pii(gb.city(), "LOCATION", note="bill to")
    bill_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="bill to")
    payer1 = stage.pii(f"{firsts[0][0]} {lasts[0].upper()}", "PERSON", note="statement line, initial and surname")
    payer2 = stage.pii(f"{firsts[2].upper()} {lasts[2].upper()}", "PERSON", note="statement line")
    payer3_first, payer3_last = gb.first_name(), gb.last_name()
    payer3 = stage.pii(f"{payer3_last.upper()} {payer3_first[0]}", "PERSON", note="statement line, surname first")
    bookkeeper = stage.pii(f"{gb.first_name_female()} {gb.last_name()}", "PERSON", note="the user")

    customers = f"""<div class="pane on" id=customers><h2>Customers</h2><div class=card><table><tr><th>Company</th>
<th>Contact person</th><th>Email</th><th>Phone</th><th class=r>Outstanding</th></tr>{rows}</table></div>"""
    record = f"""<div id=record style="display:none"><h2>{COMPANIES[0]}</h2><div class=two><div class=card>
<h3>Company</h3><dl>
<dt>Company number</dt><dd>08412397</dd><dt>VAT number</dt><dd>GB 284 5613 90</dd><dt>Billing contact</dt>
<dd>{esc(contacts[0])}</dd><dt>Email</dt><dd>{esc(emails[0])}</dd><dt>Billing address</dt>
<dd>{esc(street)}<br>{esc(town)}<br>{pc}</dd><dt>Payment terms</dt><dd>30 days after invoice date</dd></dl></div>
<div class=card><h3>Bank details</h3><dl><dt>Account name</dt><dd>Tregothnan Joinery Ltd</dd><dt>IBAN</dt>
<dd>{iban}</dd><dt>BIC</dt><dd>NWBKGB2L</dd><dt>Sort code</dt><dd>{sort_code}</dd><dt>Account number</dt>
<dd>{account}</dd><dt>Default currency</dt><dd>GBP Pound sterling</dd></dl></div></div></div></div>"""
    items = [
        ("Bespoke oak shelving, 3 units", "1", "£960.00"),
        ("Site survey and measuring", "2", "£90.00"),
        ("Delivery and fitting", "1", "£160.00"),
    ]
    lines = "".join(
        f"<tr><td>{d}</td><td class=r>{q}</td><td class=r>{a}</td><td>20% VAT on income</td></tr>" for d, q, a in items
    )
    invoice = f"""<div class=pane id=invoice><h2>New invoice INV-0047</h2><div class=two><div class=card>
<h3>Bill to</h3><div class=bill>{esc(bill_name)}<br>Kestrel Print &amp; Sign<br>{esc(bill_street)}<br>
{esc(bill_town)}<br>{bill_pc}</div></div><div class=card><dl><dt>Invoice date</dt><dd>05/12/2026</dd>
<dt>Due date</dt><dd>04/01/2027</dd><dt>Reference</dt><dd>PO 4471</dd></dl></div></div>
<div class=card><table><tr><th>Description</th><th class=r>Qty</th><th class=r>Amount</th><th>Tax rate</th></tr>
{lines}<tr><td><input class=li id=item></td><td class=r>1</td><td class=r>£45.00</td><td>20% VAT on income</td></tr>
</table></div><div class=card><h3>Notes to customer</h3><textarea id=notes></textarea></div></div>"""
    bank_lines = [
        ("03 Dec", f"FP {payer1} INV-0042", "£1,250.00", f"INV-0042 · {COMPANIES[0]}"),
        ("03 Dec", "DD HMRC VAT 123456789", "-£2,114.60", "VAT return Q3"),
        ("02 Dec", f"BGC {payer2} REF INV-0039", "£2,860.00", f"INV-0039 · {COMPANIES[4]}"),
        ("01 Dec", "CARD 4417 SCREWFIX DIRECT", "-£63.48", "Materials"),
        ("01 Dec", f"FP {payer3} OLD FORGE", "£96.40", f"INV-0045 · {COMPANIES[3]}"),
    ]
    recon_rows = "".join(
        f"<tr><td>{d}</td><td class=mono>{esc(s)}</td><td class=r>{a}</td><td>{esc(m)}</td>"
        f"<td><span class=btn>OK</span></td></tr>"
        for d, s, a, m in bank_lines
    )
    recon = f"""<div class=pane id=recon><h2>Reconcile · Business Current Account</h2><div class=card><table>
<tr><th>Date</th><th>Bank statement line</th><th class=r>Amount</th><th>Suggested match</th><th></th></tr>
{recon_rows}</table></div><div class=card>Statement balance £18,402.77 · Balance in ledger £18,402.77</div></div>"""
    nav = "".join(
        f"<div data-p={p} id=n{p}{' class=on' if p == 'customers' else ''} onclick=\"show('{p}')\">{t}</div>"
        for p, t in (
            ("customers", "Contacts"),
            ("invoice", "Invoices"),
            ("recon", "Bank reconciliation"),
        )
    )
    body = f"""<div class=top><b>Ledgerline</b><span>Dashboard</span><span>Business</span><span>Accounting</span>
<span class=org>Harbourside Joinery Supplies · {esc(bookkeeper)}</span></div><div class=wrap><div class=nav>{nav}</div>
<div class=main>{customers}{record}{invoice}{recon}</div></div>"""
    html = doc(
        "Ledgerline · Harbourside Joinery Supplies",
        CSS,
        body,
        SCRIPT + "document.getElementById('c0').addEventListener('click',"
        "()=>{document.getElementById('record').style.display='block';});",
    )
    stage.page("app/contacts.html", html)
    stage.keep("Ledgerline", "Harbourside Joinery Supplies", *COMPANIES[1:], "Contact person", "Outstanding")
    chrome = stage.chrome("http://go.ledgerline.example/app/contacts.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    stage.click(*chrome.point("#c0"))
    stage.mark("record")
    stage.pause(1.0)
    stage.keep("Tregothnan Joinery Ltd", "08412397", "GB 284 5613 90", "NWBKGB2L", "30 days after invoice date")
    stage.keep("GBP Pound sterling", "Bank details")
    stage.pause(9.0)
    stage.click(*chrome.point("#ninvoice"))
    stage.mark("invoice")
    stage.keep("Bespoke oak shelving, 3 units", "Site survey and measuring", "20% VAT on income", "PO 4471")
    stage.pause(3.0)
    stage.click(*chrome.point("#item"))
    desk.type("Hardwax oil finish", typo_rate=0.0, delay_ms=60)
    stage.click(*chrome.point("#notes"))
    desk.type(f"Thank you {bill_name.split()[0]}, payment within 30 days please.", typo_rate=0.0, delay_ms=50)
    stage.mark("typed")
    stage.pause(2.0)
    stage.click(*chrome.point("#nrecon"))
    stage.mark("reconcile")
    stage.keep("DD HMRC VAT 123456789", "CARD 4417 SCREWFIX DIRECT", "Statement balance £18,402.77", "VAT return Q3")
    stage.pause(6.0)
    stage.click(*chrome.point("#ncustomers"))
    stage.mark("contacts")
    stage.pause(18.0)


SCENE = SceneSpec(
    name="b2b_invoicing",
    description="A small business's cloud ledger in Chromium (en_GB names and ones common lists miss): the customer "
    "list (company, contact person, e-mail, phone, outstanding); a customer record (company number, VAT number "
    "'GB 284 5613 90', billing contact, billing address, bank details: IBAN, BIC, sort code, account number); the "
    "invoice editor (a caption-less 'Bill to' block: '<First> <Rare>-<Last>', company, address over three lines; "
    "innocent line items, one typed, and a note typed to the customer by first name); the bank reconciliation "
    "(statement lines in capitals 'FP <I> <LAST> INV-0042', 'BGC <FIRST> <LAST> REF INV-0039', 'FP <LAST> <I> OLD "
    "FORGE', beside 'DD HMRC VAT ...' and card lines).",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=54.0,
    seed=40322,
    crf=24,
)
