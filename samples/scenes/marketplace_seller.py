"""A marketplace's seller hub: orders awaiting dispatch, a buyer's message, feedback and a return request.

Why this screen: "I can't print my postage labels" has a technician look at a small furniture
seller's eBay/Etsy-like Seller Hub. The orders awaiting dispatch list each buyer twice: a user name
("jdoe_1987", "<first>.<last>88", "<word><word>_uk") in small grey text over the buyer's full name,
and the "Post to" block (name, street, town, postcode) beside the item, whose title is innocent but
capitalised ("Vintage Oak Side Table", "Mid Century Walnut Sideboard"). The order number, the price and
a dispatch-by date complete each row. A buyer's message asks "could you send it to my work address
instead: <company>, <street>, <town> <postcode>?" and the seller's reply is typed. Further down, the
feedback list shows buyers' user names partly hidden by the site ("j***n (123)") beside innocent
comments, and a return request names the buyer and gives a reason in a sentence that names a relative.
The technician clicks a row's "Message" link, types the reply, scrolls to feedback and returns.
"""

from __future__ import annotations

import unicodedata

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Eulalia", "Kwame", "Bronwen", "Thorfinn", "Marisol", "Oluwadamilare", "Séverine", "Gethin"]
RARE_LAST = ["Attenborough-Nkemelu", "Pendergrass", "Ó Murchú", "Vasquez-Loftus", "Blenkinsop", "Tsiolkas"]

ITEMS = [
    ("Vintage Oak Side Table", "£85.00"),
    ("Mid Century Walnut Sideboard", "£340.00"),
    ("Pair of Brass Table Lamps", "£62.50"),
    ("Victorian Pine Blanket Box", "£120.00"),
]

CSS = """
body{font-size:14px;background:#f7f7f7;color:#191919}
.top{height:52px;background:#fff;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;padding:0 24px;
gap:22px}.top b{font-size:20px;color:#3665f3}.top span{font-size:14px;color:#555}
.nav{display:flex;gap:24px;background:#fff;padding:10px 24px 0;border-bottom:1px solid #e5e5e5}
.nav span{padding-bottom:9px;color:#555}.nav .on{color:#191919;font-weight:700;border-bottom:3px solid #191919}
.wrap{display:grid;grid-template-columns:1fr 330px;gap:16px;padding:14px 24px}
.panel{background:#fff;border:1px solid #e5e5e5;border-radius:8px;padding:12px 16px;margin-bottom:14px}
.panel h2{font-size:16px;margin:0 0 10px}
table{border-collapse:collapse;width:100%;font-size:13px}
th{text-align:left;color:#707070;font-weight:400;border-bottom:1px solid #e5e5e5;padding:5px 8px}
td{border-bottom:1px solid #f0f0f0;padding:7px 8px;vertical-align:top}
td small{display:block;color:#707070;font-size:12px}
.item{font-weight:700;color:#191919}
.by{color:#c0392b;font-size:12px}
.lnk{color:#3665f3;cursor:pointer;display:block;font-size:12px;margin-top:3px}
.msg{font-size:13px;background:#f1f4fd;border-radius:8px;padding:8px 10px;margin:6px 0}
.msg.me{background:#eef7ee}
.msg small{display:block;color:#707070;font-size:11.5px;margin-bottom:2px}
#reply{width:100%;height:56px;border:1px solid #c7c7c7;border-radius:6px;padding:6px;font-size:13px}
.fb td{font-size:13px}.pos{color:#2e7d32;font-weight:700}
.ret{font-size:13px;line-height:1.5}
"""


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def play(stage: Stage) -> None:
    gb, ie, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.rng
    buyers = [
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST)}",
        fakes.person(gb),
        fakes.person(ie),
        f"{gb.first_name()} {rng.choice(RARE_LAST[3:])}",
    ]
    for b in buyers:
        stage.pii(b, "PERSON", note="a buyer's full name, under the user name and in 'Post to'")
    users = []
    for i, b in enumerate(buyers):
        first, last = _ascii(b).lower().replace("'", "").split(" ", 1)
        last = last.replace(" ", "").replace("-", "")
        shape = [
            f"{first[0]}{last}_{rng.randint(1960, 1999)}",
            f"{first}.{last}{rng.randint(10, 99)}",
            f"{last}{first[0]}-uk",
            f"{first}_{last[:4]}{rng.randint(1, 9)}",
        ][i]
        users.append(stage.pii(shape, "USERNAME", note="a buyer's user name"))
    streets = [stage.pii(fakes.street(gb), "ADDRESS", note="a buyer's 'Post to' street") for _ in buyers]
    towns = [rng.choice(fakes.UK_CITIES) for _ in buyers]
    pcs = [stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="a buyer's 'Post to' postcode") for _ in buyers]
    orders = [f"{rng.randint(10, 27)}-{rng.randint(10000, 99999)}-{rng.randint(10000, 99999)}" for _ in buyers]
    work_co = f"{gb.last_name()} & Partners"
    work_street = stage.pii(fakes.street(gb), "ADDRESS", note="the buyer's work address in a message")
    work_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="the work address's postcode in a message")
    work_town = rng.choice(fakes.UK_CITIES)
    b_first = buyers[1].split()[0]
    stage.pii(b_first, "PERSON", scored=False, note="the buyer's first name alone, signing the message")
    # Feedback: user names partly hidden by the site (unscored: the site already hides them).
    hidden = []
    for _ in range(4):
        u = gb.user_name()
        h = f"{u[0]}***{u[-1]} ({rng.randint(3, 480)})"
        hidden.append(stage.pii(h, "USERNAME", scored=False, note="partly hidden by the site"))
    ret_buyer = stage.pii(fakes.person(gb), "PERSON", note="the return request's buyer")
    ret_user = stage.pii(
        f"{_ascii(ret_buyer).split()[1].lower()}{rng.randint(100, 999)}",
        "USERNAME",
        note="the return request's buyer's user name",
    )
    relative = stage.pii(gb.first_name_female(), "PERSON", scored=False, note="'my daughter <First>', a first name")

    rows = "".join(
        f"<tr><td><span class=item>{esc(it)}</span><small>Order {esc(o)} &middot; Qty 1</small></td>"
        f"<td>{esc(u)}<small>{esc(b)}</small></td>"
        f"<td>{esc(b)}<br>{esc(s)}<br>{esc(t)} {esc(pc)}</td><td>{esc(price)}<small class=by>Dispatch by 8 Dec"
        f"</small><span class=lnk id=m{i}>Message buyer</span></td></tr>"
        for i, ((it, price), o, u, b, s, t, pc) in enumerate(
            zip(ITEMS, orders, users, buyers, streets, towns, pcs, strict=True)
        )
    )
    fb_comments = [
        "Beautiful table, well packed and quick delivery. Thank you!",
        "Exactly as described, would buy again.",
        "Lamps arrived safely, great seller.",
        "Lovely sideboard, fast and friendly communication.",
    ]
    fbrows = "".join(
        f"<tr><td class=pos>&#10003;</td><td>{esc(c)}</td><td>{esc(h)}</td><td>{esc(ITEMS[i % 4][0])}</td></tr>"
        for i, (c, h) in enumerate(zip(fb_comments, hidden, strict=True))
    )
    body = f"""<div class="top"><b>Seller Hub</b><span>Overview</span><span>Orders</span><span>Listings</span>
<span>Marketing</span><span>Performance</span><span>Payments</span></div>
<div class="nav"><span class="on">Awaiting dispatch (4)</span><span>Paid and dispatched</span><span>Returns (1)</span>
<span>Cancellations</span></div>
<div class="wrap"><div>
<div class="panel"><h2>Orders awaiting dispatch</h2><table><tr><th>Item</th><th>Buyer</th><th>Post to</th>
<th>Total</th></tr>{rows}</table></div>
<div class="panel"><h2>Recent feedback</h2><table class="fb"><tr><th></th><th>Comment</th><th>From</th>
<th>Item</th></tr>{fbrows}</table></div>
<div class="panel"><h2>Return request</h2><div class="ret"><b>{esc(ret_buyer)}</b> ({esc(ret_user)}) &middot;
Victorian Pine Blanket Box &middot; opened 5 Dec<br>Reason: Doesn't fit. "It was meant for my daughter
{esc(relative)}'s room but it is too wide for the alcove, sorry."<br>Refund due: £120.00 &middot; Respond by
10 Dec</div></div><div style="height:200px"></div></div>
<div><div class="panel"><h2>Messages</h2><div id="thread"><div class="msg"><small>{esc(users[1])} &middot;
4 Dec, 21:14</small>Hi, could you send it to my work address instead: {esc(work_co)}, {esc(work_street)},
{esc(work_town)} {esc(work_pc)}? I'm out all day. Thanks, {esc(b_first)}</div></div>
<textarea id="reply" placeholder="Write a reply"></textarea></div>
<div class="panel"><h2>Tasks</h2><div style="font-size:13px">Print 4 postage labels<br>Reply to 1 message<br>
Respond to 1 return</div></div></div></div>"""
    stage.page("sh/ord/index.html", doc("Orders | Seller Hub", CSS, body))
    stage.keep("Vintage Oak Side Table", "Mid Century Walnut Sideboard", "Pair of Brass Table Lamps")
    stage.keep("Victorian Pine Blanket Box", "Orders awaiting dispatch", "Awaiting dispatch (4)", "Post to")
    stage.keep("Print 4 postage labels", "Exactly as described, would buy again.", "Recent feedback")
    chrome = stage.chrome("http://www.seller.example.co.uk/sh/ord/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("#m1"))
    stage.click(*chrome.point("#reply"))
    stage.mark("reply")
    desk.type("No problem, I'll change the label to your work address today.", typo_rate=0.02, delay_ms=60)
    stage.pause(2.0)
    desk.move(500, 500)
    desk.scroll(4, pause=0.3)
    stage.mark("feedback")
    stage.pause(4.5)
    desk.scroll(3, pause=0.3)
    stage.mark("return_request")
    stage.pause(4.0)
    desk.scroll(-7, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="marketplace_seller",
    description="A marketplace's Seller Hub (eBay/Etsy-like) in Chromium: orders awaiting dispatch (innocent "
    "capitalised item titles, order numbers, each buyer's user name over the full name, the 'Post to' block "
    "with name, street, town and postcode), a buyer's message asking to send it to a work address (company, "
    "street, town, postcode) with a reply typed, recent feedback with user names partly hidden by the site "
    "('j***n (123)'), a return request naming the buyer and a relative in the reason; scrolled down and back. "
    "Names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=66823,
    crf=24,
)
