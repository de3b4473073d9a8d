"""Two invoices in a PDF-viewer-like page: a UK "Bill to" block and a US "Ship to" block.

Why this screen: a postal address is several lines that only together make an address: a
name, a street line, a town and a postcode (`SW1A 1AA` has no digits-only shape to catch), on a
white page inside a grey viewer with its own toolbar; the second page has a US address.
"""

from __future__ import annotations

import random

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{background:#525659;font-size:13px;overflow:hidden}
.bar{position:fixed;top:0;left:0;right:0;height:48px;background:#323639;color:#f1f1f1;display:flex;
 align-items:center;padding:0 16px;gap:18px;z-index:2;box-shadow:0 1px 4px #0006}
.bar .f{font-size:14px;width:300px}.bar .pg{background:#191b1c;padding:3px 8px;border-radius:2px}
.bar .z{margin-left:auto;display:flex;gap:16px}
#view{position:absolute;top:48px;bottom:0;left:0;right:0;overflow-y:auto}
.page{width:794px;min-height:1000px;background:#fff;margin:16px auto;box-shadow:0 2px 8px #0008;
 padding:56px 64px;font-family:'DejaVu Serif',Georgia,serif;color:#222;position:relative}
.page h1{font:bold 30px 'Liberation Sans',Arial,sans-serif;letter-spacing:2px;color:#24476b;margin:0}
.hd{display:flex;justify-content:space-between;align-items:flex-start}
.from{text-align:right;line-height:1.5}
.from b{font-size:16px}.meta{margin:28px 0 26px;display:flex;gap:60px;line-height:1.6}
.meta h3{font:bold 11px 'Liberation Sans',Arial,sans-serif;letter-spacing:1px;color:#666;margin:0 0 4px}
table{width:100%;border-collapse:collapse;margin-top:10px}th{font:bold 11px 'Liberation Sans',Arial;
 text-align:left;border-bottom:2px solid #24476b;padding:6px;color:#24476b;letter-spacing:.5px}
td{padding:8px 6px;border-bottom:1px solid #ddd}td.n,th.n{text-align:right}
.tot{width:280px;margin-left:auto;margin-top:16px;line-height:1.9}.tot div{display:flex}
.tot span{margin-left:auto}.tot .g{font-weight:bold;font-size:15px;border-top:2px solid #24476b}
.foot{position:absolute;bottom:40px;left:64px;right:64px;font-size:11px;color:#777;border-top:1px solid #ddd;
 padding-top:8px}
"""

ITEMS_UK = [
    ("On-site support visit (half day)", 1, 285.00),
    ("Brother HL-L2350DW drum unit DR-2400", 2, 64.50),
    ("Managed backup licence, 10 seats, September", 1, 120.00),
    ("Cat6 patch lead 2 m", 6, 3.20),
]
ITEMS_US = [
    ("Remote support block, 5 hours", 1, 475.00),
    ("Ubiquiti U6-Lite access point", 2, 129.00),
    ("Microsoft 365 Business Standard, annual", 3, 150.00),
]


def _invoice(
    title: str,
    number: str,
    date: str,
    block: str,
    who: str,
    lines: list[str],
    items: list[tuple[str, int, float]],
    cur: str,
    tax: tuple[str, float],
    footer: str,
) -> str:
    rows = "".join(
        f"<tr><td>{esc(d)}</td><td class=n>{q}</td><td class=n>{cur}{p:,.2f}</td>"
        f"<td class=n>{cur}{q * p:,.2f}</td></tr>"
        for d, q, p in items
    )
    net = sum(q * p for _, q, p in items)
    vat = net * tax[1]
    address = "<br>".join(esc(x) for x in [who, *lines])
    return f"""<div class="page"><div class="hd"><h1>{title}</h1>
<div class="from"><b>Northwind IT Services</b><br>
Unit 4, Riverside Business Park<br>Support line 0800 046 1234<br>accounts@northwind-it.com</div></div>
<div class="meta"><div><h3>{block}</h3>{address}</div><div><h3>INVOICE NO.</h3>{number}<br><br>
<h3>DATE</h3>{date}</div><div><h3>TERMS</h3>Net 30</div></div>
<table><tr><th>DESCRIPTION</th><th class=n>QTY</th><th class=n>UNIT PRICE</th><th class=n>AMOUNT</th></tr>
{rows}</table><div class="tot"><div>Subtotal<span>{cur}{net:,.2f}</span></div>
<div>{tax[0]}<span>{cur}{vat:,.2f}</span></div><div class="g">Total due<span>{cur}{net + vat:,.2f}</span>
</div>
</div><div class="foot">{footer}</div></div>"""


def _uk_page(stage: Stage, fake: Faker) -> str:
    name = stage.pii(fakes.person(fake), "PERSON")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(fake.city(), "LOCATION")
    postcode = stage.pii(fake.postcode(), "ZIP_CODE")
    return _invoice(
        "INVOICE",
        "INV-2025-0917",
        "16 September 2025",
        "BILL TO",
        name,
        ["Harbour View Veterinary Clinic", street, town, postcode],
        ITEMS_UK,
        "£",
        ("VAT 20%", 0.2),
        "Payment by bank transfer to Northwind IT Services Ltd. Please quote the invoice number. "
        "Company registered in England and Wales no. 08812345. VAT no. GB 123 4567 89.",
    )


def _us_page(stage: Stage, fake: Faker, rng: random.Random) -> str:
    name = stage.pii(fakes.person(fake), "PERSON")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    city, state = rng.choice(fakes.US_CITIES)
    zip_code = fake.zipcode()
    stage.pii(f"{city}, {state}", "LOCATION")
    stage.pii(zip_code, "ZIP_CODE", scored=False, note="5 digits; too short to score reliably")
    return _invoice(
        "INVOICE",
        "INV-2025-0921-US",
        "September 18, 2025",
        "SHIP TO",
        name,
        ["Lakeshore Animal Hospital", street, f"{city}, {state} {zip_code}"],
        ITEMS_US,
        "$",
        ("Sales tax 7.25%", 0.0725),
        "Questions about this invoice? Contact billing within 15 days. Thank you for your business.",
    )


def play(stage: Stage) -> None:
    pages = _uk_page(stage, stage.fake("en_GB")) + _us_page(stage, stage.fake("en_US"), stage.rng)
    body = f"""<div class="bar"><span>☰</span><span class="f">INV-2025-0917.pdf</span>
<span><span class="pg" id="pg">1</span> / 2</span><span>−</span><span class="pg">100%</span><span>+</span>
<span class="z"><span>⤓</span><span>⎙</span><span>⋮</span></span></div><div id="view">{pages}</div>"""
    script = """const v = document.getElementById('view');
v.addEventListener('scroll', () => { document.getElementById('pg').textContent =
  v.scrollTop > 900 ? '2' : '1'; });"""
    stage.page("billing/invoices/INV-2025-0917.pdf.html", doc("INV-2025-0917.pdf", CSS, body, script))
    stage.keep(
        "INV-2025-0917.pdf",
        "Northwind IT Services",
        "Unit 4, Riverside Business Park",
        "Support line 0800 046 1234",
        "accounts@northwind-it.com",
        "INVOICE NO.",
        "DESCRIPTION",
        "UNIT PRICE",
        "Total due",
        "On-site support visit (half day)",
        "Subtotal",
        "Net 30",
    )
    chrome = stage.chrome("http://portal.northwind-it.com/billing/invoices/INV-2025-0917.pdf.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    desk.move(*chrome.point(".page .meta"))
    stage.pause(2.5)
    desk.scroll(3, pause=0.4)
    stage.mark("page1_items")
    stage.pause(3.0)
    desk.scroll(5, pause=0.4)
    stage.mark("page2_reached")
    stage.pause(3.0)
    desk.scroll(2, pause=0.4)
    stage.pause(3.0)
    desk.scroll(-10, pause=0.25)
    stage.mark("back_to_page1")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="invoice_pdf",
    description="Two invoices in a PDF-viewer-like page in Chromium (dark toolbar with file name, page "
    "counter and zoom; white A4 pages on grey). Page 1 bills a person at a UK practice: name, "
    "street line, town and postcode under 'BILL TO'; page 2 ships to a US address (street, "
    "'City, ST' and ZIP). The viewer scrolls to page 2 and back.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=20917,
    crf=24,
)
