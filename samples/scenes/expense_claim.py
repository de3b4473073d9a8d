"""An employee's expense report in a finance app, opened by a finance colleague.

Why this screen: finance teams and helpdesks open expense reports (Concur/Expensify-like) to fix a
receipt that will not attach or a mileage rate that is wrong. A report lists the receipts
(merchant, date, amount, the company card's last four digits), a mileage row that names two
addresses in a sentence ("From <home address> to <client's address>, 23 miles"), a client
dinner's attendees (name and company, one per row), and the approver's comment naming the
employee. Beside the list, the receipt's photo is previewed a few degrees off straight, with the
card's last digits and the cardholder's name printed on it in a till's monospace capitals.
Names from en_GB and en_US lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Anoushka", "Bartholomew", "Clemency", "Dervla", "Evander", "Hermione", "Torquil", "Sunniva"]
RARE_LAST = ["Oyelaran", "Haverfield", "Cattermole", "Pennefather", "Szczepanik", "Lovibond"]
COMPANIES = ["Halden Marine Ltd", "Corvid Analytics", "Pellow & Sons", "Maresfield Group"]

CSS = """
body{font-size:13px;background:#f5f6fa;color:#1f2330;overflow:hidden}
.top{height:46px;background:#1d2b64;color:#fff;display:flex;align-items:center;padding:0 20px;gap:22px}
.top b{font-size:17px}.top .who{margin-left:auto;font-size:12px;opacity:.9}
.hd{padding:10px 20px 4px;display:flex;align-items:baseline;gap:16px}
.hd h1{font-size:19px;margin:0}.hd .st{background:#fff4d6;color:#8a5a00;border-radius:10px;padding:2px 10px;
 font-size:12px;font-weight:700}.hd .tot{margin-left:auto;font-size:16px;font-weight:700}
.wrap{display:grid;grid-template-columns:1fr 380px;gap:14px;padding:6px 20px;height:600px}
.left{overflow-y:auto}
.card{background:#fff;border:1px solid #dde1ea;border-radius:8px;padding:10px 14px;margin-bottom:10px}
.card h3{margin:0 0 6px;font-size:13px;color:#1d2b64}
table{border-collapse:collapse;width:100%;font-size:12.5px}
th{text-align:left;color:#5a6275;border-bottom:2px solid #dde1ea;padding:5px 6px;font-weight:700}
td{padding:6px;border-bottom:1px solid #eef0f5}td.r,th.r{text-align:right}
tr.sel td{background:#eef2ff}
.cmt{border-left:3px solid #1d2b64;padding:4px 10px;margin:6px 0;background:#fafbfe}
.cmt .h{font-size:11.5px;color:#5a6275}
textarea{width:100%;height:52px;font:13px 'Liberation Sans',sans-serif;border:1px solid #a3abbd;border-radius:5px;
 padding:6px}
.prev{background:#3a3f4b;border-radius:8px;padding:18px 10px;display:flex;justify-content:center;height:560px}
.prev .cap{position:absolute;color:#d7dae3;font-size:11px;margin-top:-14px}
.rcpt{background:#fbfaf5;width:270px;padding:16px 16px 20px;font:13px 'DejaVu Sans Mono',monospace;color:#222;
 transform:rotate(-3deg);box-shadow:2px 4px 12px #0008;height:max-content;line-height:1.35}
.rcpt .c{text-align:center}.rcpt .l{display:flex;justify-content:space-between}
.rcpt hr{border:0;border-top:1px dashed #777;margin:6px 0}
"""


def play(stage: Stage) -> None:
    rng, gb, us = stage.rng, stage.fake("en_GB"), stage.fake("en_US")
    first, last = rng.choice(RARE_FIRST), rng.choice(RARE_LAST)
    employee = stage.pii(f"{first} {last}", "PERSON", note="the employee")
    approver = stage.pii(f"{gb.first_name_male()} {gb.last_name()}", "PERSON", note="the approver")
    home = stage.pii(f"{rng.randint(3, 120)} {gb.street_name()}, {gb.city()}", "ADDRESS", note="mileage from")
    client_pc = fakes.uk_postcode(gb)
    client_addr = stage.pii(f"{rng.randint(1, 40)} {gb.street_name()}, {rng.choice(fakes.UK_CITIES)}", "ADDRESS")
    stage.pii(client_pc, "ZIP_CODE", note="client's postcode, in the mileage row")
    card4 = stage.pii(f"{rng.randint(1000, 9999)}", "ACCOUNT_NUMBER", scored=False, note="card ending, 4 digits")
    holder_caps = stage.pii(f"{first.upper()} {last.upper()}", "PERSON", note="cardholder on the receipt photo")
    guests = [
        (f"{rng.choice(RARE_FIRST[4:])} {gb.last_name()}", COMPANIES[0]),
        (f"{us.first_name()} {us.last_name()}", COMPANIES[1]),
        (f"{gb.first_name()} {rng.choice(RARE_LAST[3:])}", COMPANIES[0]),
    ]
    for g, _ in guests:
        stage.pii(g, "PERSON", note="dinner attendee")
    receipts = [
        ("03/11/2026", "Great Western Railway", "Rail travel", "£86.40"),
        ("03/11/2026", "The Griffin Brasserie", "Client entertainment", "£212.75"),
        ("04/11/2026", "Premier Inn Bristol", "Hotel", "£94.00"),
        ("04/11/2026", "Pret A Manger", "Meals (own)", "£7.85"),
    ]
    rows = "".join(
        f"<tr{' class=sel id=dinner' if 'Griffin' in m else ''}><td>{d}</td><td>{m}</td><td>{c}</td>"
        f"<td>Card •••• {card4}</td><td class=r>{a}</td></tr>"
        for d, m, c, a in receipts
    )
    mileage = f"From {home} to {client_addr} {client_pc}, 23 miles"
    stage.pii(mileage, "ADDRESS", scored=False, note="the whole sentence (the two addresses are scored)")
    attendees = "".join(f"<tr><td>{esc(n)}</td><td>{esc(c)}</td></tr>" for n, c in guests)
    attendees += f"<tr><td>{esc(employee)}</td><td>Fenwick Digital (employee)</td></tr>"
    left = f"""<div class=card><h3>Receipts</h3><table><tr><th>Date</th><th>Merchant</th><th>Category</th>
<th>Paid with</th><th class=r>Amount</th></tr>{rows}</table></div>
<div class=card><h3>Mileage</h3><table><tr><th>Date</th><th>Journey</th><th class=r>Claim</th></tr>
<tr><td>05/11/2026</td><td>{esc(mileage)}</td><td class=r>£10.35</td></tr></table></div>
<div class=card><h3>Attendees · The Griffin Brasserie</h3><table><tr><th>Name</th><th>Company</th></tr>{attendees}
</table></div>
<div class=card id=comments><h3>Comments</h3><div class=cmt><div class=h>{esc(approver)} · Approver · 12/11/2026</div>
{esc(first)}, please add the business reason for the dinner and attach the itemised receipt, not the card slip.
</div><textarea id=reply placeholder="Add a comment"></textarea></div><div style="height:120px"></div>"""
    receipt = f"""<div class=rcpt><div class=c><b>THE GRIFFIN BRASSERIE</b><br>14 Quay Street<br>VAT 318 4471 26</div>
<hr><div class=l><span>2 x Sea bream</span><span>58.00</span></div><div class=l><span>2 x Lamb rump</span>
<span>62.00</span></div><div class=l><span>1 x Rioja 75cl</span><span>44.50</span></div><div class=l>
<span>Service 12.5%</span><span>23.25</span></div><hr><div class=l><b>TOTAL GBP</b><b>212.75</b></div><hr>
<div>VISA DEBIT CONTACTLESS</div><div>CARD ************{card4}</div><div>CARDHOLDER</div><div>{esc(holder_caps)}</div>
<div>AUTH CODE 06142B</div><div class=c>03/11/2026 21:47<br>THANK YOU</div></div>"""
    body = f"""<div class=top><b>Ledgerly</b><span>Expenses</span><span>Approvals</span><span>Cards</span>
<span class=who>Finance team view</span></div><div class=hd><h1>November client visits · {esc(employee)}</h1>
<span class=st>Returned for changes</span><span class=tot>Total £411.35</span></div>
<div class=wrap><div class=left id=left>{left}</div><div class=prev>{receipt}</div></div>"""
    stage.page("reports/ER-20931.html", doc("ER-20931 · Ledgerly", CSS, body))
    stage.keep("Ledgerly", "Finance team view", "Returned for changes", "Total £411.35", "THE GRIFFIN BRASSERIE")
    stage.keep("VISA DEBIT CONTACTLESS", "TOTAL GBP", "AUTH CODE 06142B", "Sea bream", "Service 12.5%")
    stage.keep("Receipts", "Great Western Railway", "Client entertainment", "Premier Inn Bristol", "Mileage")
    stage.keep("Attendees · The Griffin Brasserie", "Halden Marine Ltd", "Corvid Analytics", "Add a comment")
    chrome = stage.chrome("http://app.ledgerly.example/reports/ER-20931.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(7.0)
    desk.move(*chrome.point("#left"))
    desk.scroll(3, pause=0.3)
    stage.mark("scrolled")
    stage.pause(5.0)
    desk.scroll(3, pause=0.3)
    stage.pause(1.0)
    stage.click(*chrome.point("#reply"))
    desk.type(
        f"Thanks {first}, dinner with {guests[0][0]} and {guests[1][0]} to agree the Q1 renewal. Approved.",
        typo_rate=0.0,
        delay_ms=50,
    )
    stage.mark("typed")
    stage.pause(3.0)
    desk.scroll(-6, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="expense_claim",
    description="An employee's expense report in a finance app in Chromium (en_GB/en_US names and ones common lists "
    "miss): the report's title with the employee's name; receipts (date, merchant, category, 'Card •••• <4>', "
    "amount); a mileage row 'From <home address> to <client's address> <postcode>, 23 miles'; a client dinner's "
    "attendees (name, company); the approver's comment naming the employee; a till receipt's photo previewed "
    "rotated 3 degrees (card's last four, 'CARDHOLDER' over the name in capitals); scrolled down, a comment typed "
    "naming two guests, scrolled back up.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=38.0,
    seed=39103,
    crf=24,
)
