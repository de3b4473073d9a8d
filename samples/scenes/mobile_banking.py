"""A banking web app in a phone-width Chromium window: stacked cards, transactions, Send money, profile.

Why this screen: "the app will not let me add a new payee" has a technician reproduce the customer's
view with the bank's mobile web app in a Chromium window narrowed to a phone's width (about 400 px)
at the middle of the desktop. Everything is stacked in one column: account cards with small grey
captions above their values ("Sort code", "Account number"), the balance in big type, a
transactions list (payee name in bold, a grey line "Faster Payment · Ref <reference>" under it,
the amount at the right), a "Send money" form (payee's name, sort code, account number, reference,
typed key by key) and its confirmation ("<First> <Last> · 12-34-56 · 12345678"), and the profile
screen (full name, date of birth, mobile, e-mail, home address over two lines) with a bottom
navigation bar fixed at the foot of the window. The lists are scrolled with the mouse wheel.
Names from en_GB and rare ones that common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Tegid", "Olawuyi"), ("Marit", "Ravenscroft"), ("Yusra", "Pemberthy"), ("Anselm", "Okonkwo-Hale")]
SHOPS = [
    ("Tesco Stores 3312", "Card payment", "-£42.18"),
    ("TfL Travel Charge", "Contactless", "-£8.10"),
    ("Octopus Energy", "Direct Debit", "-£96.00"),
    ("Pret A Manger", "Card payment", "-£6.45"),
    ("Council Tax", "Direct Debit", "-£148.00"),
]

CSS = """
body{background:#eef1f6;color:#17202f;font-size:14px;overflow:hidden}
.app{max-width:440px;margin:0 auto;height:100vh;display:flex;flex-direction:column;background:#f5f7fb}
.hd{background:#0b3d66;color:#fff;padding:12px 16px 14px}.hd small{opacity:.75;display:block}
.hd b{font-size:18px}.hd .av{float:right;width:34px;height:34px;border-radius:50%;background:#3d7bb8;
display:flex;align-items:center;justify-content:center;font-weight:700;font-size:13px}
.scr{flex:1;overflow-y:auto;padding:12px 14px 14px;display:none}.scr.on{display:block}
.card{background:#fff;border-radius:12px;padding:12px 14px;margin-bottom:10px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.cap{font-size:11.5px;color:#7a8496;margin-top:7px}.val{font-size:15px;margin-top:1px}
.bal{font-size:26px;font-weight:700;margin-top:4px}.pair{display:flex;gap:26px}
h3{font-size:13px;color:#56607a;margin:14px 2px 6px;text-transform:uppercase;letter-spacing:.5px}
.tx{display:flex;align-items:center;background:#fff;padding:9px 12px;border-bottom:1px solid #eef0f4}
.tx .ic{width:32px;height:32px;border-radius:50%;background:#e4ebf5;margin-right:10px;flex:none;display:flex;
align-items:center;justify-content:center;font-size:12px;font-weight:700;color:#2c4d73}
.tx b{display:block;font-size:14px;font-weight:600}.tx small{color:#7a8496;font-size:11.5px}
.tx .am{margin-left:auto;font-weight:600;white-space:nowrap;padding-left:8px}.tx .in{color:#1b7f46}
.fm label{display:block;font-size:12px;color:#56607a;margin:10px 0 4px}
.fm input{width:100%;border:1px solid #c3cad8;border-radius:8px;padding:10px;font-size:15px;background:#fff}
.go{display:block;width:100%;margin-top:16px;background:#0b3d66;color:#fff;border:0;border-radius:24px;padding:12px;
font-size:15px}
.ok{background:#e7f5ec;color:#17613a;border-radius:8px;padding:9px 11px;font-size:13px;margin-top:12px;display:none}
.ok.on{display:block}
.nav{display:flex;background:#fff;border-top:1px solid #dde2ea;height:58px}
.nav span{flex:1;text-align:center;font-size:11.5px;color:#7a8496;padding-top:9px;cursor:pointer}
.nav span i{display:block;font-style:normal;font-size:18px}.nav .on{color:#0b3d66;font-weight:700}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
const show = id => {
  for (const s of document.querySelectorAll('.scr')) s.classList.toggle('on', s.id === id);
  for (const n of document.querySelectorAll('.nav span')) n.classList.toggle('on', n.dataset.s === id);
};
for (const n of document.querySelectorAll('.nav span')) n.addEventListener('click', () => show(n.dataset.s));
$('cont').addEventListener('click', () => { $('ok').classList.add('on'); $('cont').textContent = 'Send £120.00'; });
"""


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    me_first, me_last = RARE[1]
    me = stage.pii(f"{me_first} {me_last}", "PERSON", note="the customer, profile screen")
    stage.pii(me_first, "PERSON", scored=False, note="a first name alone: the greeting")
    bank = fakes.uk_bank(gb)
    sc, acc = stage.pii(bank.sort_code, "SORT_CODE"), stage.pii(bank.account, "ACCOUNT_NUMBER")
    sav = fakes.uk_bank(gb)
    sav_sc, sav_acc = stage.pii(sav.sort_code, "SORT_CODE"), stage.pii(sav.account, "ACCOUNT_NUMBER")
    payees = [fakes.person(gb), f"{RARE[0][0]} {RARE[0][1]}", fakes.person(gb), f"{RARE[2][0]} {RARE[2][1]}"]
    payees.append(fakes.person(gb))
    refs = ["Rent December", "Dinner split", "Football subs", "Birthday present", "Car share Nov"]
    txs = []
    for k in range(10):
        if k % 2 == 0:
            p = stage.pii(payees[k // 2], "PERSON", note="a transaction's payee")
            inc = k in (2, 6)
            amount = f"{'+' if inc else '-'}£{rng.randint(10, 650)}.{rng.randint(0, 99):02d}"
            ini = "".join(w[0] for w in p.split()[:2])
            txs.append(
                f'<div class="tx"><span class="ic">{ini}</span><div><b>{esc(p)}</b><small>Faster Payment &middot; '
                f'Ref {esc(refs[k // 2])}</small></div><span class="am{" in" if inc else ""}">{amount}</span></div>'
            )
        else:
            name, kind, amount = SHOPS[k // 2]
            txs.append(
                f'<div class="tx"><span class="ic">{name[0]}</span><div><b>{esc(name)}</b><small>{kind} &middot; '
                f'{k + 1} Dec</small></div><span class="am">{amount}</span></div>'
            )
    new_payee = stage.pii(f"{RARE[3][0]} {RARE[3][1]}", "PERSON", note="typed into Send money")
    nb = fakes.uk_bank(gb)
    new_sc = stage.pii(nb.sort_code, "SORT_CODE", note="typed")
    new_acc = stage.pii(nb.account, "ACCOUNT_NUMBER", note="typed")
    dob = stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH")
    mob = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    mail = stage.pii(fakes.email_for(me, "outlook.com", rng), "EMAIL_ADDRESS")
    street = stage.pii(fakes.street(gb), "ADDRESS")
    town = stage.pii(gb.city(), "LOCATION")
    pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    body = f"""<div class="app"><div class="hd"><span class="av">{me_first[0]}{me_last[0]}</span><small>Good morning,
</small><b>{esc(me_first)}</b></div>
<div class="scr on" id="home"><div class="card"><div style="font-weight:700">Everyday Current Account</div>
<div class="cap">Available balance</div><div class="bal">£2,418.77</div><div class="pair"><div><div class="cap">Sort
code
</div><div class="val">{sc}</div></div><div><div class="cap">Account number</div><div class="val">{acc}</div></div>
</div></div>
<div class="card"><div style="font-weight:700">Easy Saver</div><div class="cap">Balance</div><div class="bal"
style="font-size:20px">£6,050.00</div><div class="pair"><div><div class="cap">Sort code</div><div class="val">{sav_sc}
</div></div><div><div class="cap">Account number</div><div class="val">{sav_acc}</div></div></div></div>
<h3>Recent transactions</h3>{"".join(txs)}</div>
<div class="scr" id="pay"><div style="font-size:18px;font-weight:700">Send money</div>
<div class="cap">New payee &middot; UK account</div><div class="fm"><label>Payee name</label><input id="pn"
autocomplete="off"><label>Sort code</label><input id="ps" inputmode="numeric"><label>Account number</label>
<input id="pa" inputmode="numeric"><label>Reference (shown on their statement)</label><input id="pr">
<label>Amount</label><input value="£120.00"></div><div class="ok" id="ok">&#10003; Name matches the account holder.
Payee: {esc(new_payee)}</div><button class="go" id="cont">Continue</button></div>
<div class="scr" id="prof"><div class="card"><div class="cap">Full name</div><div class="val">{esc(me)}</div>
<div class="cap">Date of birth</div><div class="val">{dob}</div><div class="cap">Mobile number</div>
<div class="val">{mob}</div><div class="cap">Email</div><div class="val">{esc(mail)}</div>
<div class="cap">Home address</div><div class="val">{esc(street)}</div><div class="val">{esc(town)}</div>
<div class="val">{pc}</div></div>
<div class="card"><div class="cap">Customer since</div><div class="val">March 2014</div><div class="cap">Paperless
statements</div><div class="val">On</div><div class="cap">Marketing preferences</div><div class="val">Email only</div>
</div><div class="card"><div style="font-weight:700">Security</div><div class="cap">Passcode</div><div class="val">
Last changed 4 months ago</div><div class="cap">Trusted devices</div><div class="val">2 devices</div></div></div>
<div class="nav"><span class="on" data-s="home" id="n1"><i>&#8962;</i>Home</span><span data-s="pay" id="n2"><i>&#8644;
</i>Payments</span><span><i>&#9636;</i>Cards</span><span data-s="prof" id="n4"><i>&#9786;</i>Profile</span></div>
</div>"""
    stage.page("m/app.html", doc("Harbourside Bank", CSS, body, SCRIPT))
    stage.keep("Everyday Current Account", "Recent transactions", "Available balance", "Octopus Energy")
    stage.keep("Good morning,", "Payments", "Cards", "Faster Payment")
    chrome = stage.chrome("http://m.harbourside-bank.example/m/app.html", mode="app", size=(412, 700), pos=(434, 6))
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    hx, hy = chrome.point("#home", fy=0.6)
    desk.move(hx, hy, steps=5)
    for _ in range(4):
        desk.scroll(2, pause=0.3)
        stage.pause(1.6)
    stage.mark("transactions")
    desk.scroll(-8, pause=0.1)
    stage.pause(1.0)
    stage.click(*chrome.point("#n2"))
    stage.mark("send_money")
    stage.keep("Send money", "Payee name")
    for sel, text in (("#pn", new_payee), ("#ps", new_sc), ("#pa", new_acc), ("#pr", "Rent share Dec")):
        stage.click(*chrome.point(sel))
        desk.type(text, typo_rate=0.0, delay_ms=100)
        stage.pause(0.6)
    stage.click(*chrome.point("#cont"))
    stage.pause(4.0)
    stage.click(*chrome.point("#n4"))
    stage.mark("profile")
    stage.keep("Date of birth", "Home address", "Customer since")
    stage.pause(3.5)
    px, py = chrome.point("#prof", fy=0.5)
    desk.move(px, py, steps=5)
    desk.scroll(3, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="mobile_banking",
    description="A UK bank's mobile web app in a phone-width Chromium app window (about 410 px) in the middle of "
    "the desktop: stacked account cards with grey captions above values (sort code, account number), a "
    "transactions list ('<First> <Last>' in bold over 'Faster Payment · Ref <reference>'), scrolled with the "
    "wheel; 'Send money' with payee name, sort code, account number and reference typed key by key and a "
    "name-match confirmation; the profile (full name, date of birth, mobile, e-mail, address over three lines); "
    "a bottom navigation bar. en_GB and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=40313,
    crf=24,
)
