"""A shop's product grid and checkout where product names sound like people: a precision test.

Why this screen: "Harris Tweed Flat Cap", "Florence Linen Shirt" or "Oscar Leather Wallet" contain
words a name detector likes, but they are products and must stay readable; the only personal
value typed is the contact e-mail address. A discount code and prices are typed or shown too.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

PRODUCTS = [
    ("Merino Hiking Socks", 18.00, "#7a8b6f"),
    ("Harris Tweed Flat Cap", 45.00, "#8b6f4e"),
    ("Florence Linen Shirt", 59.00, "#d9cbb0"),
    ("Oscar Leather Wallet", 38.00, "#5b3a29"),
    ("Hugo Waxed Jacket", 189.00, "#3f4a3c"),
    ("Ada Enamel Camping Mug", 14.50, "#e8e3d3"),
    ("Mabel Lambswool Scarf", 42.00, "#a34a3f"),
    ("Ellis Canvas Backpack", 75.00, "#4b5d6b"),
]
BASKET = (0, 1, 6)  # socks, cap, scarf

CSS = """
body{font-size:14px;color:#222;background:#fff}
.top{display:flex;align-items:center;height:64px;padding:0 40px;border-bottom:1px solid #e6e6e6;gap:30px}
.top b{font:bold 22px 'DejaVu Serif',serif;letter-spacing:1px}.top span{color:#555}
.top .bag{margin-left:auto;border:1px solid #222;border-radius:18px;padding:6px 14px;cursor:pointer}
.banner{background:#f3efe6;padding:12px 40px;font-size:13px}
#shop{padding:18px 40px}#shop h1{font:22px 'DejaVu Serif',serif;margin:0 0 14px}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:22px}
.card .img{height:150px;border-radius:4px}.card .nm{margin:8px 0 3px;font-weight:bold}
.card button{margin-top:6px;border:1px solid #222;background:#fff;padding:5px 12px;border-radius:3px}
.card button.added{background:#222;color:#fff}
#checkout{display:none;padding:20px 40px;gap:40px}#checkout.show{display:flex}
.col{flex:1}.col h2{font:19px 'DejaVu Serif',serif;margin:0 0 12px}
label{display:block;margin:12px 0 4px;font-size:13px;color:#555}
input[type=text],input[type=email]{width:100%;padding:9px;border:1px solid #bbb;border-radius:3px;
 font-size:15px}
.opt{border:1px solid #ccc;border-radius:4px;padding:10px 12px;margin:8px 0;display:flex;gap:10px}
.opt span{margin-left:auto}.sum{width:400px;background:#faf8f3;padding:18px 22px;border-radius:6px}
.line{display:flex;gap:10px;margin:10px 0;align-items:center}.line .th{width:46px;height:46px;
 border-radius:4px}
.line span{margin-left:auto}.tot{border-top:1px solid #ddd;margin-top:12px;padding-top:10px}
.code{display:flex;gap:8px}.code button{border:1px solid #222;background:#fff;padding:0 14px}
.ok{color:#1b7f3b;font-size:13px;margin-top:6px;min-height:18px}
.pay{width:100%;margin-top:18px;background:#222;color:#fff;border:0;padding:13px;font-size:15px;
 border-radius:3px}
"""

SCRIPT = """
let n = 0;
document.querySelectorAll('.card button').forEach(b => b.addEventListener('click', () => {
  b.classList.add('added'); b.textContent = 'Added'; n += 1;
  document.getElementById('bagn').textContent = n;
}));
document.getElementById('bag').addEventListener('click', () => {
  document.getElementById('shop').style.display = 'none';
  document.getElementById('checkout').classList.add('show');
  history.pushState({}, '', '/checkout');
});
document.getElementById('apply').addEventListener('click', () => {
  if (document.getElementById('code').value.trim().toUpperCase() === 'AUTUMN15') {
    document.getElementById('ok').textContent = 'AUTUMN15 applied: 15% off your order';
    document.getElementById('disc').textContent = '-£' + (TOTAL * 0.15).toFixed(2);
    document.getElementById('tot').textContent = '£' + (TOTAL * 0.85 + 4.95).toFixed(2);
  }
});
"""


def _cards() -> str:
    return "".join(
        f'<div class="card" id="p{i}">'
        f'<div class="img" style="background:linear-gradient(135deg,{c},#ffffff55)"></div>'
        f'<div class="nm">{esc(n)}</div><div>£{p:.2f}</div><button>Add to basket</button></div>'
        for i, (n, p, c) in enumerate(PRODUCTS)
    )


def _summary() -> tuple[str, float]:
    lines, total = [], 0.0
    for i in BASKET:
        n, p, c = PRODUCTS[i]
        total += p
        lines.append(
            f'<div class="line"><div class="th" style="background:{c}"></div><div>{esc(n)}<br>'
            f"<small>Qty 1</small></div><span>£{p:.2f}</span></div>"
        )
    return "".join(lines), total


def play(stage: Stage) -> None:
    fake = stage.fake("en_GB")
    email = stage.pii(fakes.email_for(fakes.person(fake), "gmail.com", stage.rng), "EMAIL_ADDRESS")
    lines, total = _summary()
    body = f"""<div class="top"><b>HEATHER &amp; HOLT</b><span>New in</span><span>Men</span><span>Women</span>
<span>Outdoor</span><span>Home</span><div class="bag" id="bag">Basket (<span id="bagn">0</span>)</div></div>
<div class="banner">Free UK delivery on orders over £75 · Easy 30-day returns</div>
<div id="shop"><h1>Autumn walking edit</h1><div class="grid">{_cards()}</div></div>
<div id="checkout"><div class="col"><h2>Contact</h2><label for="email">Email for order updates</label>
<input id="email" type="email" autocomplete="off"><h2 style="margin-top:22px">Delivery</h2>
<div class="opt"><input type="radio" name="d" checked> Standard delivery, 3-5 working days
<span>£4.95</span></div>
<div class="opt"><input type="radio" name="d"> Next working day<span>£7.95</span></div>
<div class="opt"><input type="radio" name="d"> Click and collect from a shop<span>Free</span></div></div>
<div class="sum"><h2>Order summary</h2>{lines}<label for="code">Discount code</label>
<div class="code"><input id="code" type="text" autocomplete="off"><button id="apply">Apply</button></div>
<div class="ok" id="ok"></div><div class="tot"><div class="line">Subtotal<span>£{total:.2f}</span></div>
<div class="line">Discount<span id="disc">£0.00</span></div><div class="line">Delivery<span>£4.95</span></div>
<div class="line"><b>Total</b><span id="tot"><b>£{total + 4.95:.2f}</b></span></div></div>
<button class="pay" id="pay">Continue to payment</button></div></div>"""
    script = f"const TOTAL = {total};" + SCRIPT
    stage.page("index.html", doc("Autumn walking edit | Heather & Holt", CSS, body, script))
    stage.keep(*(PRODUCTS[i][0] for i in BASKET))
    stage.keep(
        "HEATHER & HOLT",
        "Free UK delivery on orders over £75",
        "Easy 30-day returns",
        "Outdoor",
        "Order summary",
        "Discount code",
        "Continue to payment",
        "Standard delivery, 3-5 working days",
        "Next working day",
        "Click and collect from a shop",
        "Email for order updates",
    )
    chrome = stage.chrome("http://www.heatherandholt.co.uk/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    for i in BASKET:
        stage.click(*chrome.point(f"#p{i} button"))
        stage.pause(0.5)
    stage.mark("three_items_added")
    stage.click(*chrome.point("#bag"))
    stage.mark("checkout_opened")
    stage.pause(0.8)
    stage.click(*chrome.point("#email"))
    desk.type(email, typo_rate=0.02)
    stage.mark("email_typed")
    stage.pause(1.0)
    stage.click(*chrome.point("#code"))
    desk.type("AUTUMN15")
    stage.click(*chrome.point("#apply"))
    stage.mark("discount_applied")
    stage.pause(2.0)
    stage.click(*chrome.point(".opt", 1, fx=0.05))
    stage.pause(1.0)
    desk.move(*chrome.point("#pay"))
    stage.pause(1.0)


SCENE = SceneSpec(
    name="shop_checkout",
    description="A clothing shop in Chromium whose products sound like people ('Harris Tweed Flat Cap', "
    "'Florence Linen Shirt', 'Mabel Lambswool Scarf'): three items are added to the basket, the "
    "checkout opens with an order summary, the only personal value (a contact e-mail) is typed "
    "key by key, a discount code is typed and applied, and a delivery option is picked. Meant "
    "for precision: product names, prices and labels must all stay readable.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=50551,
    crf=24,
)
