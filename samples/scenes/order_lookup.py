"""A shop's back-office order page: a Canadian delivery, a UK billing address, values in prose.

Why this screen: support looks orders up for customers every day. The shipping address is
Canadian (street, city and province, a postal code like `K2P 1L4`), the billing address British;
the customer's own delivery note gives a phone number and a gate code in a sentence, the gift
message names two people, and the timeline's entries name the customer and staff. The agent
types an internal note with the customer's account number in prose.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CA_CITIES = [
    ("Ottawa", "ON"),
    ("Toronto", "ON"),
    ("Calgary", "AB"),
    ("Halifax", "NS"),
    ("Winnipeg", "MB"),
    ("Victoria", "BC"),
    ("Saskatoon", "SK"),
    ("Kingston", "ON"),
]

CSS = """
body{font-size:14px;background:#f6f6f7;color:#202223}
.top{height:52px;background:#1a1a1a;color:#e3e3e3;display:flex;align-items:center;padding:0 20px;gap:22px}
.top b{color:#fff;font-size:16px}
.wrap{max-width:1120px;margin:16px auto;padding:0 16px;display:grid;grid-template-columns:1fr 340px;gap:16px}
h1{grid-column:1/3;font-size:22px;margin:4px 0}h1 small{font-size:13px;color:#6d7175;font-weight:400;margin-left:10px}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 2px #0002;padding:14px 18px;margin-bottom:14px}
.card h2{font-size:15px;margin:0 0 10px}
.line{display:flex;justify-content:space-between;padding:7px 0;border-top:1px solid #f1f1f1}
.muted{color:#6d7175}.addr{line-height:1.5}
.note{background:#fff8e5;border:1px solid #f1d38a;border-radius:6px;padding:9px 11px;line-height:1.45}
.tl div{padding:7px 0;border-top:1px solid #f1f1f1}.tl span{color:#6d7175;font-size:12px;display:block}
textarea{width:100%;height:64px;border:1px solid #8c9196;border-radius:6px;padding:7px;font-size:14px}
.btn{background:#008060;color:#fff;border:0;border-radius:6px;padding:6px 14px;margin-top:6px}
"""


def play(stage: Stage) -> None:
    ca, gb, rng = stage.fake("en_CA"), stage.fake("en_GB"), stage.rng
    name = stage.pii(fakes.person(ca), "PERSON")
    email = stage.pii(fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "yahoo.ca"]), rng), "EMAIL_ADDRESS")
    phone = stage.pii(f"({rng.randint(204, 905)}) {rng.randint(201, 989)}-{rng.randint(1000, 9999)}", "PHONE_NUMBER")
    ship_street = stage.pii(ca.street_address(), "ADDRESS")
    city, province = rng.choice(CA_CITIES)
    stage.pii(f"{city} {province}", "LOCATION")
    postal = stage.pii(ca.postalcode(), "ZIP_CODE")
    bill_street = stage.pii(fakes.street(gb), "ADDRESS")
    bill_town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    bill_postcode = stage.pii(gb.postcode(), "ZIP_CODE")
    note_phone = stage.pii(f"{rng.randint(204, 905)}-{rng.randint(201, 989)}-{rng.randint(1000, 9999)}", "PHONE_NUMBER")
    gate = stage.pii(str(rng.randint(1000, 9999)), "PASSWORD", scored=False, note="4 digits: a gate code in prose")
    friend = stage.pii(fakes.person(ca), "PERSON")
    account = stage.pii(fakes.account_number(rng, 9), "ACCOUNT_NUMBER")
    first = name.split(" ")[0]
    stage.pii(first, "PERSON", scored=False, note="a first name alone")
    items = [
        ("Merino crew socks, 3-pack", "2", "$48.00"),
        ("Down vest, Forest, M", "1", "$189.00"),
        ("Gift wrap", "1", "$6.00"),
    ]
    lines = "".join(
        f"<div class=line><span>{esc(t)} <span class=muted>× {q}</span></span><span>{p}</span></div>"
        for t, q, p in items
    )
    body = f"""<div class=top><b>Northbay Outfitters</b><span>Orders</span><span>Products</span><span>Customers</span>
<span>Analytics</span></div>
<div class=wrap><h1>#CA-48213<small>Paid · Unfulfilled · 2 Dec 2026 at 9:41 am</small></h1>
<div><div class=card><h2>Unfulfilled (3)</h2>{lines}
<div class=line><b>Total</b><b>$243.00 CAD</b></div></div>
<div class=card><h2>Delivery instructions</h2><div class=note>Please call me on {note_phone} when you are
outside, the buzzer is broken. The side gate code is {gate}. Thanks! {esc(first)}</div></div>
<div class=card><h2>Gift message</h2><div class=note>Happy birthday {esc(friend)}! Wishing you a warm winter
on the trails. Love from all of us.</div></div>
<div class=card><h2>Timeline</h2><div class=tl>
<div>Order confirmation email was sent to {esc(name)} ({esc(email)}).<span>Dec 2, 9:41 am</span></div>
<div>A $243.00 CAD payment was processed on Visa ending in 4242.<span>Dec 2, 9:41 am</span></div>
<div>Fraud analysis: low risk.<span>Dec 2, 9:42 am</span></div>
</div><textarea id=note placeholder="Leave a comment..."></textarea><button class=btn>Post</button></div></div>
<div><div class=card><h2>Customer</h2><div>{esc(name)}</div><div class=muted>4 orders</div></div>
<div class=card><h2>Contact information</h2><div>{esc(email)}</div><div>{phone}</div></div>
<div class=card><h2>Shipping address</h2><div class=addr>{esc(name)}<br>{esc(ship_street)}<br>{city} {province}
 {postal}<br>Canada</div></div>
<div class=card><h2>Billing address</h2><div class=addr>{esc(name)}<br>{esc(bill_street)}<br>{bill_town}<br>
{bill_postcode}<br>United Kingdom</div></div>
<div class=card><h2>Tags</h2><div class=muted>winter-sale, returning</div></div></div></div>"""
    stage.page("admin/orders/48213.html", doc("Order #CA-48213 - Northbay Outfitters", CSS, body))
    stage.keep(
        "Northbay Outfitters",
        "Unfulfilled",
        "Delivery instructions",
        "Gift message",
        "Timeline",
        "Contact information",
        "Shipping address",
        "Billing address",
        "Merino crew socks",
        "Down vest",
        "Fraud analysis: low risk.",
        "United Kingdom",
    )
    chrome = stage.chrome("http://northbay.myshop.example/admin/orders/48213.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    desk.move(*chrome.point(".wrap"))
    desk.scroll(3, pause=0.35)
    stage.mark("scrolled_to_timeline")
    stage.pause(2.0)
    stage.click(*chrome.point("#note"))
    desk.type(f"Customer called, account {account} verified. Resending from the depot.", typo_rate=0.02)
    stage.mark("note_typed")
    stage.pause(2.5)
    desk.scroll(-3, pause=0.3)
    stage.pause(2.5)


SCENE = SceneSpec(
    name="order_lookup",
    description="A shop's back-office order page in Chromium: a Canadian shipping address (street, city and "
    "province, postal code), a UK billing address, the customer's e-mail and phone, a delivery note "
    "with a phone number and a gate code in prose, a gift message naming a friend, a timeline naming "
    "the customer; the page scrolls and the agent types a comment with the account number in prose.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=52907,
    crf=24,
)
