"""A shop's back office showing till receipts as printed: a narrow monospace strip in capitals.

Why this screen: "the refund never reached my card" brings the technician to the shop's back
office with the store manager, who looks the transaction up and shows the receipt as the till
printed it: a narrow paper strip in a monospace font, 42 characters a line, dashed rules, items
with their prices flush right, and the customer's details as the till prints them, in capitals
after short captions ("NAME:", "TEL:", "EMAIL:", "ADDR:" over three lines, "REWARDS NO:"), the
card's last four digits, "AUTHORISED BY:" naming a supervisor. The manager types the receipt
number into "Find transaction" key by key, presses Enter, the refund receipt appears; its strip
scrolls in its pane; then the original sale is opened from "Linked transactions": a sale receipt
with a "DELIVER TO:" block (the name, street, town and postcode on lines of their own, a phone
after "TEL"), "E-RECEIPT SENT TO <e-mail>" and a gift message naming two people by first name.
en_GB values and names common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Marigold", "Featherstonehaugh"), ("Lorcan", "Abercrombie-Ngata"), ("Zenobia", "Trethewey")]
WIDTH = 42
RULE = "-" * WIDTH

CSS = """
body{background:#eceff1;color:#263238;font:14px 'Liberation Sans',Arial,sans-serif}
.top{height:48px;background:#37474f;color:#eceff1;display:flex;align-items:center;padding:0 20px;gap:20px;
font-size:13px}
.top b{font-size:16px;color:#fff}.top .r{margin-left:auto}
.main{display:flex;gap:26px;padding:16px 24px}
.side{width:330px}.side h1{font-size:19px;margin:0 0 12px}
.side label{display:block;font-size:12px;color:#546e7a;margin-bottom:4px}
.side input{width:100%;padding:7px 9px;border:1px solid #90a4ae;border-radius:3px;font-size:14px}
.side .hint{font-size:12px;color:#78909c;margin:5px 0 16px}
.side h2{font-size:14px;margin:18px 0 8px}
.lt{background:#fff;border:1px solid #cfd8dc;border-radius:4px}
.lt div{padding:8px 10px;border-bottom:1px solid #eceff1;font-size:13px;cursor:pointer;display:flex}
.lt div span{margin-left:auto;color:#607d8b}.lt div.on{background:#e3f2fd}
#pane{height:610px;overflow:auto;flex:1;background:#cfd8dc;border-radius:4px;padding:18px 0;display:flex;
justify-content:center;align-items:flex-start}
.strip{background:#fffef8;box-shadow:0 1px 4px rgba(0,0,0,.25);padding:16px 18px 26px}
pre{margin:0;font:13px/1.45 'DejaVu Sans Mono',monospace;color:#212121}
.empty{color:#607d8b;font-size:14px;margin-top:200px}
.links{display:none}.links.on{display:block}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
function show(id) {
  $('pane').innerHTML = '<div class=strip><pre>' + $(id).innerHTML + '</pre></div>';
  for (const d of document.querySelectorAll('.lt div')) d.classList.toggle('on', d.dataset.r === id);
}
$('q').addEventListener('keydown', e => { if (e.key === 'Enter') { show('refund'); $('links').classList.add('on'); } });
for (const d of document.querySelectorAll('.lt div')) d.onclick = () => show(d.dataset.r);
"""


def _lr(left: str, right: str) -> str:
    """One receipt line: text left, an amount or a code flush right."""
    return left + " " * max(1, WIDTH - len(left) - len(right)) + right


def _centre(text: str) -> str:
    return text.center(WIDTH).rstrip()


def _head(kind: str, till: str, when: str, cashier: str) -> list[str]:
    return [
        _centre("HOLLOWAY & VANE HOME"),
        _centre("Unit 7 Kirkgate Arcade"),
        _centre("VAT NO. GB 284 1193 72"),
        RULE,
        _lr(kind, till),
        _lr(when, f"CASHIER: {cashier}"),
        RULE,
    ]


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    first, last = rng.choice(RARE)
    name = stage.pii(f"MRS {first.upper()} {last.upper()}", "PERSON", note="NAME: on the refund receipt")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="TEL: on the refund receipt")
    email = stage.pii(fakes.email_for(f"{first} {last}", "btinternet.com", rng).upper(), "EMAIL_ADDRESS")
    street = stage.pii(fakes.street(gb).upper(), "ADDRESS", note="ADDR: first line")
    town = stage.pii(gb.city().upper(), "LOCATION", note="ADDR: second line, no caption")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="ADDR: third line, no caption")
    rewards = stage.pii(
        " ".join(str(rng.randint(1000, 9999)) for _ in range(4)), "ACCOUNT_NUMBER", note="REWARDS NO: loyalty card"
    )
    supervisor = stage.pii(fakes.person(gb).upper(), "PERSON", note="AUTHORISED BY: a supervisor")
    cashier = gb.first_name().upper()
    stage.pii(cashier, "PERSON", note="a cashier's first name alone", scored=False)
    recipient = stage.pii(fakes.person(gb).upper(), "PERSON", note="DELIVER TO: a gift's recipient")
    r_street = stage.pii(fakes.street(gb).upper(), "ADDRESS", note="DELIVER TO: street, no caption")
    r_town = gb.city().upper()
    r_post = fakes.uk_postcode(gb)
    stage.pii(r_town, "LOCATION", note="DELIVER TO: town before the postcode")
    stage.pii(r_post, "ZIP_CODE", note="the delivery postcode")
    r_tel = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="TEL after the delivery block")
    to_first = recipient.split(" ", 1)[0].title()
    stage.pii(to_first, "PERSON", note="first name alone in the gift message", scored=False)
    stage.pii(first, "PERSON", note="first name alone in the gift message", scored=False)
    last4 = f"{rng.randint(1000, 9999)}"
    number = f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"

    refund = _head("REFUND", f"TILL 04  #{number}", "03/12/2026 14:32", cashier) + [
        _lr("1 x LINEN DUVET COVER DBL", "-45.00"),
        _lr("1 x OAK BREAD BIN", "-28.50"),
        "   REASON: DAMAGED IN TRANSIT",
        RULE,
        _lr("TOTAL REFUND", "-73.50"),
        _lr("VISA DEBIT", f"************{last4}"),
        _lr("AUTH CODE 0934XY", "REFUND TO CARD"),
        RULE,
        "CUSTOMER DETAILS",
        f"NAME:  {name}",
        f"TEL:   {mobile}",
        f"EMAIL: {email}",
        f"ADDR:  {street}",
        f"       {town}",
        f"       {postcode}",
        f"REWARDS NO: {rewards}",
        RULE,
        "CUSTOMER SIGNATURE:",
        "",
        "   ______________________________",
        f"AUTHORISED BY: {supervisor}",
        _centre("REFUNDS TAKE 3-5 WORKING DAYS"),
        _centre("THANK YOU FOR SHOPPING WITH US"),
    ]
    till = f"TILL 02  #{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    sale = _head("SALE", till, "19/11/2026 11:05", "AMY") + [
        _lr("1 x LINEN DUVET COVER DBL", "45.00"),
        _lr("1 x OAK BREAD BIN", "28.50"),
        _lr("1 x STONEWARE MUG SET", "18.00"),
        _lr("HOME DELIVERY", "4.95"),
        RULE,
        _lr("TOTAL", "96.45"),
        _lr("VISA DEBIT", f"************{last4}"),
        RULE,
        "DELIVER TO:",
        recipient,
        r_street,
        f"{r_town} {r_post}",
        f"TEL {r_tel}",
        "",
        f"GIFT MESSAGE: HAPPY BIRTHDAY {to_first.upper()}!",
        f"LOVE {first.upper()} X",
        RULE,
        f"E-RECEIPT SENT TO {email}",
        _centre("KEEP YOUR RECEIPT FOR RETURNS"),
    ]

    hidden = "".join(
        f"<template id={rid}>{esc(chr(10).join(lines))}</template>"
        for rid, lines in (("refund", refund), ("sale", sale))
    )
    body = f"""<div class=top><b>H&amp;V Back Office</b><span>Sales</span><span>Returns</span><span>Stock</span>
<span class=r>Store 112 &middot; Manager</span></div>
<div class=main><div class=side><h1>Find transaction</h1><label for=q>Receipt number</label>
<input id=q placeholder="e.g. 04-123456" autocomplete=off><div class=hint>Printed under the till number at the top
of the receipt</div>
<div class=links id=links><h2>Linked transactions</h2><div class=lt><div data-r=refund>Refund, 03/12/2026
<span>-73.50</span></div>
<div data-r=sale id=open-sale>Original sale, 19/11/2026<span>96.45</span></div></div></div></div>
<div id=pane><div class=empty>Enter a receipt number to see the receipt as printed.</div></div></div>{hidden}"""
    stage.page("returns/find.html", doc("Find transaction - H&V Back Office", CSS, body, SCRIPT))
    stage.keep("H&V Back Office", "Find transaction", "Receipt number", "HOLLOWAY & VANE HOME", "CUSTOMER DETAILS")
    stage.keep("LINEN DUVET COVER DBL", "OAK BREAD BIN", "REASON: DAMAGED IN TRANSIT", "TOTAL REFUND")
    stage.keep("Linked transactions", "Original sale, 19/11/2026", "KEEP YOUR RECEIPT FOR RETURNS")
    stage.keep("STONEWARE MUG SET", "HOME DELIVERY", "Unit 7 Kirkgate Arcade")
    chrome = stage.chrome("http://backoffice.hv-home.example/returns/find.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    stage.click(*chrome.point("#q"))
    desk.type(number, typo_rate=0.0, delay_ms=150)
    desk.key("Return")
    stage.mark("refund receipt")
    stage.pause(5.0)
    x, y = chrome.point("#pane", 0, 0.5, 0.5)
    desk.move(x, y)
    desk.scroll(3, pause=0.3)
    stage.mark("receipt scrolled")
    stage.pause(4.0)
    desk.scroll(3, pause=0.3)
    stage.pause(3.0)
    stage.click(*chrome.point("#open-sale"))
    stage.mark("sale receipt")
    stage.pause(5.0)
    desk.move(x, y)
    desk.scroll(4, pause=0.3)
    stage.pause(4.0)
    desk.scroll(-4, pause=0.2)
    stage.pause(2.5)


SCENE = SceneSpec(
    name="refund_receipt",
    description="A shop's back office in Chromium showing till receipts as printed: a narrow strip in DejaVu Sans "
    "Mono, 42 characters a line, dashed rules, prices flush right, the customer's details in capitals after short "
    "captions (NAME:, TEL:, EMAIL:, ADDR: over three lines, REWARDS NO:), AUTHORISED BY: a supervisor; the receipt "
    "number typed key by key, the refund receipt scrolled in its pane, then the original sale opened: a DELIVER "
    "TO: block (name, street, town and postcode on their own lines, TEL), a gift message, E-RECEIPT SENT TO "
    "<e-mail>. en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=46103,
    crf=24,
)
