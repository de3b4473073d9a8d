"""An employer's payslip and the year's P60 in a PDF viewer, scrolled and zoomed in once.

Why this screen: employees ask for help opening, printing or forwarding their payslips, and
mortgage or tenancy applications ask for the last payslips and the P60. A payslip prints the
employee's name and home address where an envelope's window shows them (top left, no caption),
the employee number, the National Insurance number, the tax code ("1257L", innocent), a
payments and deductions table and year-to-date figures (innocent amounts), and where the pay
went ("Paid to account ending <4> · sort code <99-99-99>"). The P60 on the second page repeats
the name, the NI number and the address in its own boxed layout. The technician scrolls to the
P60 and zooms in once with Ctrl+= (the viewer takes the key, as Chromium's PDF viewer does).
Names from en_GB lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Oluwaseun", "Perpetua", "Lachlan", "Sunniva", "Iestyn", "Marisol", "Anwen", "Fintan"]
RARE_LAST = ["Sandilands", "Adeyemi-Cross", "Postlethwaite", "Vartanian", "Kerrigan-Shaw", "Blencowe"]

CSS = """
body{background:#525659;font-size:13px;overflow:hidden}
.bar{position:fixed;top:0;left:0;right:0;height:48px;background:#323639;color:#f1f1f1;display:flex;
 align-items:center;padding:0 16px;gap:18px;z-index:2;box-shadow:0 1px 4px #0006}
.bar .f{font-size:14px;width:320px}.bar .pg{background:#191b1c;padding:3px 8px;border-radius:2px}
.bar .z{margin-left:auto;display:flex;gap:16px}
#view{position:absolute;top:48px;bottom:0;left:0;right:0;overflow-y:auto}
#pages{zoom:1}
.page{width:794px;min-height:1060px;background:#fff;margin:16px auto;box-shadow:0 2px 8px #0008;
 padding:44px 56px;font-family:'Liberation Sans',Arial,sans-serif;color:#111;position:relative}
.hd{display:flex;justify-content:space-between;align-items:flex-start}
.co{text-align:right;line-height:1.45;font-size:12px}.co b{font-size:16px}
.env{margin-top:26px;line-height:1.45;font-size:13.5px;width:330px;min-height:96px}
h2{font-size:18px;margin:22px 0 8px;letter-spacing:.5px}
.ids{display:grid;grid-template-columns:repeat(5,1fr);border:1px solid #333;margin-bottom:14px}
.ids div{border-right:1px solid #333;padding:5px 7px}.ids div:last-child{border-right:0}
.ids small{display:block;font-size:10px;color:#555;text-transform:uppercase;letter-spacing:.3px}
table{width:100%;border-collapse:collapse}th{font-size:11px;text-align:left;border-bottom:2px solid #333;
 padding:5px;text-transform:uppercase;letter-spacing:.4px}td{padding:5px;border-bottom:1px solid #ddd}
td.n,th.n{text-align:right}.two{display:grid;grid-template-columns:1fr 1fr;gap:22px}
.net{margin-top:14px;border:2px solid #111;padding:8px 12px;display:flex;justify-content:space-between;
 font-size:15px;font-weight:bold}
.paid{margin-top:8px;font-size:12.5px}
.p60 .box{border:1px solid #333;padding:6px 8px;margin-bottom:8px}.p60 small{display:block;font-size:10px;color:#555}
.p60 .row{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.foot{position:absolute;bottom:26px;left:56px;right:56px;font-size:10px;color:#666;border-top:1px solid #ccc;
 padding-top:6px}
"""

SCRIPT = """
const levels = [1, 1.25]; let z = 0;
const setz = () => { document.getElementById('pages').style.zoom = levels[z];
  document.getElementById('zl').textContent = Math.round(levels[z] * 100) + '%'; };
document.addEventListener('keydown', e => {
  if (e.ctrlKey && (e.key === '=' || e.key === '+')) { e.preventDefault(); z = Math.min(z + 1, 1); setz(); }
  if (e.ctrlKey && e.key === '-') { e.preventDefault(); z = Math.max(z - 1, 0); setz(); } });
const v = document.getElementById('view');
v.addEventListener('scroll', () => { document.getElementById('pg').textContent =
  document.getElementById('p2').getBoundingClientRect().top < innerHeight / 2 ? '2' : '1'; });
"""

PAYMENTS = [("Basic salary", "160.33", "£17.94", 2876.33), ("Overtime 1.5x", "6.00", "£26.91", 161.46)]
DEDUCTIONS = [("PAYE tax", 364.20), ("National Insurance", 153.84), ("Pension (5%)", 151.89), ("Cycle scheme", 41.66)]


def play(stage: Stage) -> None:
    rng = stage.rng
    gb = stage.fake("en_GB")
    first, last = rng.choice(RARE_FIRST), rng.choice([gb.last_name(), rng.choice(RARE_LAST)])
    name = stage.pii(f"{first} {last}", "PERSON", note="envelope window, no caption")
    upper = stage.pii(f"{first.upper()} {last.upper()}", "PERSON", note="P60, capitals")
    street = stage.pii(f"{rng.randint(2, 140)} {gb.street_name()}", "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(gb.postcode(), "ZIP_CODE")
    nino = stage.pii(fakes.nino(rng), "UK_NINO")
    emp_no = stage.pii(f"{rng.randint(100000, 999999)}", "ACCOUNT_NUMBER", note="employee number")
    ending = stage.pii(f"{rng.randint(1000, 9999)}", "ACCOUNT_NUMBER", scored=False, note="account ending, 4 digits")
    bank = fakes.uk_bank(gb)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    pay_rows = "".join(
        f"<tr><td>{d}</td><td class=n>{u}</td><td class=n>{r}</td><td class=n>{a:,.2f}</td></tr>"
        for d, u, r, a in PAYMENTS
    )
    gross = sum(a for *_, a in PAYMENTS)
    ded_rows = "".join(f"<tr><td>{d}</td><td class=n>{a:,.2f}</td></tr>" for d, a in DEDUCTIONS)
    deductions = sum(a for _, a in DEDUCTIONS)
    net = gross - deductions
    page1 = f"""<div class=page id=p1><div class=hd><div class=env>{esc(name)}<br>{esc(street)}<br>{esc(town)}<br>
{postcode}</div><div class=co><b>Calderbrook Foods Ltd</b><br>Payroll Department<br>Unit 12, Mill Lane Estate<br>
PAYE ref 475/CB82741</div></div>
<h2>PAYSLIP · NOVEMBER 2026</h2>
<div class=ids><div><small>Employee no.</small>{emp_no}</div><div><small>NI number</small>{nino}</div>
<div><small>Tax code</small>1257L</div><div><small>NI letter</small>A</div>
<div><small>Pay date</small>28/11/2026</div></div>
<div class=two><div><table><tr><th>Payments</th><th class=n>Units</th><th class=n>Rate</th><th class=n>Amount</th></tr>
{pay_rows}<tr><td><b>Gross pay</b></td><td></td><td></td><td class=n><b>{gross:,.2f}</b></td></tr></table></div>
<div><table><tr><th>Deductions</th><th class=n>Amount</th></tr>{ded_rows}
<tr><td><b>Total deductions</b></td><td class=n><b>{deductions:,.2f}</b></td></tr></table></div></div>
<h2>YEAR TO DATE</h2><table><tr><th>Taxable pay</th><th>Tax paid</th><th>Employee NI</th><th>Pension</th></tr>
<tr><td>23,774.61</td><td>2,913.60</td><td>1,230.72</td><td>1,215.12</td></tr></table>
<div class=net><span>NET PAY</span><span>£{net:,.2f}</span></div>
<div class=paid>Paid by BACS to account ending {ending} · sort code {sort_code}</div>
<div class=foot>Calderbrook Foods Ltd · Registered in England and Wales no. 04471829 ·
Queries: payroll@calderbrook.co.uk
</div></div>"""
    page2 = f"""<div class='page p60' id=p2><h2>P60 End of Year Certificate · Tax year to 5 April 2026</h2>
<div class=row><div class=box><small>Employee's surname and forenames</small>{esc(upper)}</div>
<div class=box><small>National Insurance number</small>{nino}</div></div>
<div class=row><div class=box><small>Employee's address</small>{esc(street)}, {esc(town)} {postcode}</div>
<div class=box><small>Works / payroll number</small>{emp_no}</div></div>
<table><tr><th>Pay and Income Tax details</th><th class=n>Pay</th><th class=n>Tax deducted</th></tr>
<tr><td>In previous employment(s)</td><td class=n>0.00</td><td class=n>0.00</td></tr>
<tr><td>In this employment</td><td class=n>34,982.40</td><td class=n>4,426.40</td></tr>
<tr><td>Total for year</td><td class=n>34,982.40</td><td class=n>4,426.40</td></tr></table>
<div class=box style="margin-top:10px"><small>Final tax code</small>1257L</div>
<div class=foot>Employer PAYE reference 475/CB82741 · Calderbrook Foods Ltd · Keep this certificate in a safe place
</div></div>"""
    fname = "Payslip_2026-11.pdf"
    body = f"""<div class=bar><span>☰</span><span class=f>{fname}</span>
<span><span class=pg id=pg>1</span> / 2</span><span>−</span><span class=pg id=zl>100%</span><span>+</span>
<span class=z><span>⤓</span><span>⎙</span><span>⋮</span></span></div>
<div id=view><div id=pages>{page1}{page2}</div></div>"""
    stage.page(f"hr/payslips/{fname}.html", doc(fname, CSS, body, SCRIPT))
    stage.keep("Calderbrook Foods Ltd", "Payroll Department", "PAYSLIP · NOVEMBER 2026", "Tax code", "1257L")
    stage.keep("Basic salary", "Overtime 1.5x", "National Insurance", "Cycle scheme", "Total deductions", "NET PAY")
    stage.keep("Gross pay", "YEAR TO DATE", "Taxable pay")
    chrome = stage.chrome(f"http://myhr.calderbrook.co.uk/hr/payslips/{fname}.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    desk.move(*chrome.point("#view"))
    desk.scroll(4, pause=0.3)
    stage.mark("page1_lower")
    stage.pause(3.0)
    for _ in range(12):
        desk.scroll(1, pause=0.2)
        stage.pause(0.2)
        if chrome.cdp.js("document.getElementById('p2').getBoundingClientRect().top < 90"):
            break
    stage.mark("p60")
    stage.pause(3.0)
    desk.key("ctrl+equal")
    stage.mark("zoom_125")
    stage.keep("P60 End of Year Certificate", "In this employment", "Final tax code")
    stage.pause(2.5)
    desk.scroll(4, pause=0.3)
    stage.mark("p60_zoomed")
    stage.pause(4.0)
    desk.scroll(-20, pause=0.15)
    stage.mark("back_to_top")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="payslip_pdf",
    description="A payslip and a P60 in a PDF-viewer-like page in Chromium (en_GB, names common lists miss): page 1 "
    "shows the employee's name and home address in the envelope window (no caption), an IDs strip (employee no., "
    "NI number, tax code 1257L, pay date), payments and deductions tables, year to date, net pay and 'Paid by BACS "
    "to account ending <4> · sort code <99-99-99>'; page 2 is the P60 (name in capitals, NI number, the address on "
    "one line, payroll number). The viewer scrolls to the P60, zooms in once with Ctrl+=, scrolls on and goes back "
    "to the top.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=38103,
    crf=24,
)
