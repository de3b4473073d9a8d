"""A shop's "Your account" page as the customer sees it, in Australia: the header greets them by
first name over where parcels go, the address book, the devices registered to them, recent orders.

Why this screen: a technician helping a customer with a shop or a streaming device lands on the
customer's own account page. The first name stands alone ("Deliver to <First>", "Hello, <First>"),
over the suburb, state and postcode; the address book prints Australian and New Zealand blocks
with no field captions ("4/18 <Name> Esplanade" / "<Suburb> NSW 2088"; "<Town> 0622"); the devices
are named after their owner ("<First>'s Kindle"); orders say whom they were dispatched to.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

AU_PLACES = [
    ("Mosman", "NSW", "2088"),
    ("Fitzroy", "VIC", "3065"),
    ("Paddington", "QLD", "4064"),
    ("Subiaco", "WA", "6008"),
    ("Glenelg", "SA", "5045"),
    ("Sandy Bay", "TAS", "7005"),
]
NZ_PLACES = [("Takapuna", "0622"), ("Karori", "6012"), ("Riccarton", "8041"), ("Remuera", "1050")]
AU_TYPES = ["Esplanade", "Parade", "Crescent", "Circuit", "Corso", "Grove", "Terrace"]
NZ_TYPES = ["Road", "Street", "Esplanade", "Crescent", "Terrace"]

CSS = """
body{font-size:14px;background:#eaeded;color:#0f1111;margin:0}
.nav{height:58px;background:#131921;color:#fff;display:flex;align-items:center;padding:0 14px;gap:18px}
.nav b.logo{font-size:22px;margin-right:8px}.nav .two{line-height:1.15}
.nav .two small{color:#ccc;font-size:12px;display:block}
.nav .two span{font-weight:700;font-size:14px}.search{flex:1;height:38px;border-radius:6px;background:#fff}
.sub{height:38px;background:#232f3e;color:#fff;display:flex;align-items:center;gap:18px;padding:0 16px;font-size:14px}
.wrap{max-width:1180px;margin:14px auto;padding:0 14px}
h1{font-size:26px;font-weight:400;margin:6px 0 12px}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:14px}
.card{background:#fff;border-radius:8px;border:1px solid #d5d9d9;padding:14px 18px;line-height:1.45}
.card h2{font-size:17px;margin:0 0 8px}.muted{color:#565959;font-size:13px}
.def{font-size:12px;color:#565959;border-bottom:1px solid #e7e7e7;margin-bottom:8px;padding-bottom:4px}
.dev{display:flex;justify-content:space-between;border-top:1px solid #eee;padding:7px 0}
.order{background:#fff;border:1px solid #d5d9d9;border-radius:8px;margin-top:14px}
.ohead{background:#f0f2f2;padding:10px 18px;display:flex;gap:46px;font-size:12px;color:#565959;
border-radius:8px 8px 0 0}
.ohead b{display:block;color:#0f1111;font-weight:400;font-size:14px}.obody{padding:12px 18px}
"""


def play(stage: Stage) -> None:
    au, nz, rng = stage.fake("en_AU"), stage.fake("en_NZ"), stage.rng
    name = stage.pii(fakes.person(au), "PERSON")
    first = name.split(" ")[0]
    stage.pii(first, "PERSON", note="a first name alone: the header's greeting and 'Deliver to'")
    suburb, state, postcode = rng.choice(AU_PLACES)
    stage.pii(suburb, "LOCATION")
    stage.pii(postcode, "ZIP_CODE", scored=False, note="four digits")
    street = stage.pii(f"{rng.randint(1, 30)}/{rng.randint(2, 180)} {au.last_name()} {rng.choice(AU_TYPES)}", "ADDRESS")
    phone = stage.pii(f"04{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}", "PHONE_NUMBER")
    gift = stage.pii(fakes.person(nz), "PERSON")
    nz_street = stage.pii(f"{rng.randint(2, 240)} {nz.last_name()} {rng.choice(NZ_TYPES)}", "ADDRESS")
    nz_town, nz_code = rng.choice(NZ_PLACES)
    stage.pii(nz_town, "LOCATION")
    stage.pii(nz_code, "ZIP_CODE", scored=False, note="four digits")
    devices = [stage.pii(f"{first}'s {d}", "PERSON") for d in ("Kindle", "Fire TV Stick", "iPhone")]
    devices_html = "".join(
        f"<div class=dev><span>{esc(d)}</span><span class=muted>{k}</span></div>"
        for d, k in zip(devices, ["Kindle Paperwhite", "Fire TV (3rd gen)", "Kindle app for iOS"], strict=True)
    )
    body = f"""<div class=nav><b class=logo>kestrel</b>
<div class=two><small>Deliver to {esc(first)}</small><span>{suburb} {state} {postcode}</span></div>
<div class=search></div>
<div class=two><small>Hello, {esc(first)}</small><span>Account &amp; Lists</span></div>
<div class=two><small>Returns</small><span>&amp; Orders</span></div><b>Cart</b></div>
<div class=sub><span>All</span><span>Today's Deals</span><span>Customer Service</span><span>Gift Cards</span></div>
<div class=wrap><h1>Your Account</h1>
<div class=grid>
<div class=card id=addr><h2>Your Addresses</h2><div class=def>Default</div>
<div>{esc(name)}</div><div>{esc(street)}</div><div>{suburb} {state} {postcode}</div><div>Australia</div>
<div>Phone number: {phone}</div></div>
<div class=card><h2>Gift address</h2><div class=def>Saved</div>
<div>{esc(gift)}</div><div>{esc(nz_street)}</div><div>{nz_town} {nz_code}</div><div>New Zealand</div></div>
<div class=card id=dev><h2>Your devices</h2>{devices_html}
<div class=muted style="margin-top:6px">Manage content and devices</div></div></div>
<div class=order><div class=ohead><div>ORDER PLACED<b>3 December 2026</b></div><div>TOTAL<b>A$42.99</b></div>
<div>DISPATCH TO<b>{esc(name)}</b></div><div>ORDER # 204-5548127-3390716</div></div>
<div class=obody><b>Delivered 5 December</b><div class=muted>Your package was left near the front door or
porch.</div><div>Paperwhite cover, Sage</div></div></div>
<div class=order><div class=ohead><div>ORDER PLACED<b>18 November 2026</b></div><div>TOTAL<b>A$19.00</b></div>
<div>DISPATCH TO<b>{esc(gift)}</b></div><div>ORDER # 204-1182290-5521077</div></div>
<div class=obody><b>Delivered 24 November</b><div>Gift card, Birthday balloons design</div></div></div>
</div>"""
    stage.page("gp/css/homepage.html", doc("Your Account", CSS, body))
    stage.keep(
        "Your Account",
        "Your Addresses",
        "Gift address",
        "Your devices",
        "Account & Lists",
        "Manage content and devices",
        "Kindle Paperwhite",
        "Delivered 5 December",
        "Australia",
        "New Zealand",
        "Customer Service",
    )
    chrome = stage.chrome("http://www.kestrel.example/gp/css/homepage.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    desk.move(*chrome.point("#dev"))
    stage.pause(1.5)
    desk.scroll(3, pause=0.35)
    stage.mark("scrolled_to_orders")
    stage.pause(3.0)
    desk.scroll(-3, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="shop_account",
    description="A shop's Your Account page in Chromium for an Australian customer: the header's 'Deliver to "
    "<First>' over '<Suburb> <STATE> <postcode>' and 'Hello, <First>', an address book with an Australian "
    "block ('<n>/<n> <Name> <type>', suburb, state, postcode) and a New Zealand gift address ('<Town> "
    "<4 digits>') without captions, devices named '<First>'s Kindle', and two orders' 'DISPATCH TO <name>'; "
    "the page scrolls to the orders and back.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=18.0,
    seed=61402,
    crf=24,
)
