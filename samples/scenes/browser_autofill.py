"""A browser's autofill settings: saved addresses as one-line summaries, an address editor, saved cards.

Why this screen: customers open their browser's settings while the technician helps them fix a
form that fills the wrong address or an old card. "Addresses and more" lists each saved address
as one line, "<name>, <street>, <town>", with a kebab menu and no captions; "Edit address" opens a
dialog of labelled fields (name, organisation, street address in a textarea, town, county,
postcode, country select, phone, e-mail) where a phone number is corrected; "Payment methods"
lists saved cards by network and last four digits ("Visa •••• 1234", "Mastercard ending in
5678") with the expiry and the name on the card, and the card's editor shows the whole number.
At the end "addr" is typed into the settings search, which brings the addresses back.
"""

from __future__ import annotations

import random

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:13px;background:#f8fafd;color:#1f1f1f;overflow:hidden}
.top{height:56px;display:flex;align-items:center;padding:0 16px;gap:14px}
.top .logo{width:24px;height:24px;border-radius:50%;background:conic-gradient(#ea4335 0 33%,#fbbc04 0 66%,#34a853 0)}
.top b{font-size:20px;font-weight:400;width:216px}
.search{width:680px;height:40px;border-radius:20px;background:#e9eef6;display:flex;align-items:center;padding:0 16px;
gap:10px;color:#444}
.search input{border:0;background:transparent;outline:0;font-size:14px;flex:1}
nav{position:absolute;left:0;top:56px;width:256px;bottom:0;padding-top:6px}
nav div{height:40px;display:flex;align-items:center;padding-left:24px;border-radius:0 20px 20px 0;margin-right:12px;
color:#1f1f1f}
nav .on{background:#d3e3fd;color:#041e49;font-weight:500}
main{position:absolute;left:276px;top:60px;width:680px;bottom:0;overflow:hidden}
h2{font-size:14px;font-weight:500;margin:14px 0 10px 4px;color:#1f1f1f}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 2px #0002;margin-bottom:14px}
.row{display:flex;align-items:center;min-height:48px;padding:0 20px;border-top:1px solid #e3e3e3;gap:12px}
.row:first-child{border-top:0}.row .grow{flex:1}.row small{display:block;color:#474747;font-size:12px;margin-top:2px}
.tog{width:36px;height:20px;border-radius:10px;background:#0b57d0;position:relative}
.tog:after{content:'';position:absolute;right:3px;top:3px;width:14px;height:14px;border-radius:50%;background:#fff}
.kebab{width:32px;height:32px;border-radius:50%;display:flex;align-items:center;justify-content:center;
font-size:18px;color:#474747;cursor:pointer}
.kebab:hover{background:#eee}
.add{color:#0b57d0;border:1px solid #c7c7c7;border-radius:16px;padding:6px 14px;font-weight:500}
.ic{width:40px;height:26px;border-radius:4px;color:#fff;font:bold 10px sans-serif;display:flex;align-items:center;
justify-content:center}
.menu{display:none;position:absolute;background:#fff;border-radius:4px;box-shadow:0 2px 8px #0004;padding:6px 0;
width:140px;z-index:5}.menu div{padding:8px 16px;cursor:pointer}.menu div:hover{background:#f1f1f1}
.shade{display:none;position:fixed;inset:0;background:#0006;z-index:8}
.dlg{display:none;position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:512px;background:#fff;
border-radius:12px;padding:20px 24px 16px;z-index:9;box-shadow:0 4px 16px #0005}
.dlg h3{font-size:18px;font-weight:400;margin:0 0 12px}
.fld{margin-bottom:8px}.fld label{display:block;font-size:11px;color:#474747;margin-bottom:2px}
.fld input,.fld textarea,.fld select{width:100%;border:1px solid #c7c7c7;border-radius:4px;padding:5px 8px;
font-size:13px;background:#fff}
.fld textarea{height:40px;resize:none}.two{display:flex;gap:12px}.two .fld{flex:1}
.btns{display:flex;justify-content:flex-end;gap:8px;margin-top:10px}
.btns button{border-radius:16px;padding:7px 18px;border:1px solid #c7c7c7;background:#fff;color:#0b57d0}
.btns .pri{background:#0b57d0;color:#fff;border-color:#0b57d0}
.sec{display:none}.sec.on{display:block}
mark{background:#fde293;color:inherit}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
const show = n => {
  for (const s of document.querySelectorAll('.sec')) s.classList.toggle('on', s.id === n);
  for (const d of document.querySelectorAll('nav .sub')) d.classList.toggle('on', d.dataset.s === n);
};
let menuFor = null;
for (const k of document.querySelectorAll('.kebab')) k.addEventListener('click', e => {
  const m = $('menu'), r = k.getBoundingClientRect();
  m.style.left = (r.left - 110) + 'px'; m.style.top = (r.bottom + 2) + 'px'; m.style.display = 'block';
  menuFor = k.dataset.d; e.stopPropagation();
});
document.addEventListener('click', () => { $('menu').style.display = 'none'; });
$('medit').addEventListener('click', () => {
  $('shade').style.display = 'block'; $(menuFor).style.display = 'block';
});
for (const b of document.querySelectorAll('.close')) b.addEventListener('click', () => {
  $('shade').style.display = 'none';
  for (const d of document.querySelectorAll('.dlg')) d.style.display = 'none';
});
for (const d of document.querySelectorAll('nav .sub')) d.addEventListener('click', () => show(d.dataset.s));
$('q').addEventListener('input', () => {
  const q = $('q').value.toLowerCase();
  if (q.length >= 3) {
    show('addresses');
    const h = $('addrh');
    h.innerHTML = h.textContent.replace(new RegExp('(' + q + ')', 'i'), '<mark>$1</mark>');
    $('hits').textContent = '1 result';
  }
});
"""

NAV = [
    "You and Google",
    "Autofill and passwords",
    "Privacy and security",
    "Performance",
    "Appearance",
    "Search engine",
    "Default browser",
    "On start-up",
    "Languages",
    "Downloads",
    "Accessibility",
    "System",
    "Reset settings",
]


def _luhn(prefix: str, rng: random.Random, n: int = 16) -> str:
    """A card number of `n` digits starting with `prefix` whose check digit is right."""
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    owner = stage.pii(fakes.person(fake), "PERSON", note="the browser profile's owner")
    people = [owner, stage.pii(fakes.person(fake), "PERSON"), stage.pii(fakes.person(fake), "PERSON")]
    streets = [stage.pii(fakes.street(fake), "ADDRESS") for _ in people]
    towns = [stage.pii(t, "LOCATION") for t in rng.sample(fakes.UK_CITIES, 3)]
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    phone_old = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="the saved phone, then corrected")
    phone_new = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="typed key by key")
    email = stage.pii(fakes.email_for(people[1], "gmail.com", rng), "EMAIL_ADDRESS")
    visa = _luhn("4", rng)
    master = _luhn(str(rng.randint(51, 55)), rng)
    stage.pii(_spaced(visa), "CREDIT_CARD", note="the card editor's full number")
    card_name = owner.upper()
    stage.pii(card_name, "PERSON", note="name on card, capitals")
    expiry = f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}"
    expiry2 = f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}"

    rows = "".join(
        f'<div class="row"><div class="grow">{esc(p)}, {esc(s)}, {esc(t)}</div>'
        f'<div class="kebab" data-d="da{i}" id="k{i}">⋮</div></div>'
        for i, (p, s, t) in enumerate(zip(people, streets, towns, strict=True))
    )
    nav = "".join(
        f'<div class="{"on" if n == "Autofill and passwords" else ""}">{esc(n)}</div>'
        if i != 1
        else '<div class="on">Autofill and passwords</div>'
        '<div class="sub" data-s="pwd" style="padding-left:44px">Google Password Manager</div>'
        '<div class="sub" data-s="payments" id="nav-pay" style="padding-left:44px">Payment methods</div>'
        '<div class="sub on" data-s="addresses" id="nav-addr" style="padding-left:44px">Addresses and more</div>'
        for i, n in enumerate(NAV)
    )
    v_last, m_last = visa[-4:], master[-4:]
    body = f"""<div class="top"><div class="logo"></div><b>Settings</b>
<div class="search">🔍<input id="q" placeholder="Search settings" autocomplete="off"><span id="hits"></span></div></div>
<nav>{nav}</nav>
<main>
<div class="sec on" id="addresses"><h2 id="addrh">Addresses and more</h2>
<div class="card"><div class="row"><div class="grow">Save and fill addresses<small>Includes information such
as phone numbers, email addresses and delivery addresses</small></div><div class="tog"></div></div></div>
<h2>Addresses</h2><div class="card">{rows}
<div class="row"><span class="add">Add</span></div></div></div>
<div class="sec" id="payments"><h2>Payment methods</h2>
<div class="card"><div class="row"><div class="grow">Save and fill payment methods</div><div class="tog"></div></div>
<div class="row"><div class="grow">Allow sites to check if you have payment methods saved</div>
<div class="tog"></div></div></div>
<h2>Payment methods</h2><div class="card">
<div class="row"><div class="ic" style="background:#1a1f71">VISA</div><div class="grow">Visa •••• {v_last}
<small>Expires {expiry} · {esc(card_name)}</small></div><div class="kebab" data-d="dc0" id="kc0">⋮</div></div>
<div class="row"><div class="ic" style="background:#eb001b">MC</div><div class="grow">Mastercard ending in {m_last}
<small>Expires {expiry2} · Virtual card available</small></div><div class="kebab" data-d="dc1">⋮</div></div>
<div class="row"><span class="add">Add</span></div></div></div>
<div class="sec" id="pwd"><h2>Google Password Manager</h2></div>
</main>
<div class="menu" id="menu"><div id="medit">Edit</div><div>Remove</div></div>
<div class="shade" id="shade"></div>
<div class="dlg" id="da1"><h3>Edit address</h3>
<div class="fld"><label>Country/Region</label><select><option>United Kingdom</option></select></div>
<div class="fld"><label>Name</label><input value="{esc(people[1])}"></div>
<div class="fld"><label>Organisation</label><input value=""></div>
<div class="fld"><label>Street address</label><textarea>{esc(streets[1])}</textarea></div>
<div class="two"><div class="fld"><label>Post town</label><input value="{esc(towns[1])}"></div>
<div class="fld"><label>County</label><input value=""></div>
<div class="fld"><label>Postcode</label><input value="{esc(postcode)}"></div></div>
<div class="two"><div class="fld"><label>Phone</label><input id="phone" value="{esc(phone_old)}"></div>
<div class="fld"><label>Email</label><input value="{esc(email)}"></div></div>
<div class="btns"><button class="close">Cancel</button><button class="pri close" id="save">Save</button></div></div>
<div class="dlg" id="dc0"><h3>Edit card</h3>
<div class="fld"><label>Card number</label><input value="{_spaced(visa)}"></div>
<div class="two"><div class="fld"><label>Expiry date</label><select><option>{expiry[:2]}</option></select></div>
<div class="fld"><label>&nbsp;</label><select><option>20{expiry[3:]}</option></select></div></div>
<div class="fld"><label>Name on card</label><input value="{esc(card_name)}"></div>
<div class="fld"><label>Card nickname</label><input value="Everyday"></div>
<div class="btns"><button class="close" id="ccancel">Cancel</button><button class="pri close">Save</button></div></div>
<div class="dlg" id="dc1"></div>"""
    stage.page("settings/addresses.html", doc("Settings - Addresses and more", CSS, body, SCRIPT))
    stage.keep("Settings", "You and Google", "Privacy and security", "Appearance", "Search engine")
    stage.keep("Default browser", "On start-up", "Accessibility", "Reset settings", "Payment methods")
    stage.keep("Save and fill addresses", "Google Password Manager")
    chrome = stage.chrome("http://settings.browser.local/settings/addresses.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    stage.click(*chrome.point("#k1"))
    stage.pause(0.8)
    stage.click(*chrome.point("#medit"))
    stage.mark("address_editor")
    stage.pause(2.5)
    x, y = chrome.point("#phone", fx=0.9)
    stage.click(x, y)
    desk.key("ctrl+a")
    desk.type(phone_new, typo_rate=0.05)
    stage.mark("phone_corrected")
    stage.pause(1.5)
    stage.click(*chrome.point("#save"))
    stage.pause(1.5)
    stage.click(*chrome.point("#nav-pay"))
    stage.mark("payment_methods")
    stage.pause(3.0)
    stage.click(*chrome.point("#kc0"))
    stage.pause(0.8)
    stage.click(*chrome.point("#medit"))
    stage.mark("card_editor")
    stage.pause(3.5)
    stage.click(*chrome.point("#ccancel"))
    stage.pause(1.0)
    stage.click(*chrome.point("#q"))
    desk.type("addr", typo_rate=0.0)
    stage.mark("searched")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="browser_autofill",
    description="A browser's autofill settings in Chromium: 'Addresses and more' lists three saved addresses as "
    "one-line summaries ('<name>, <street>, <town>') with kebab menus; 'Edit address' opens a dialog of "
    "labelled fields (name, street address textarea, post town, postcode, country select, phone, e-mail) and "
    "the phone is retyped key by key; 'Payment methods' lists a Visa by its last four digits with expiry and "
    "the name on card in capitals and a Mastercard 'ending in'; the card editor shows the full number; "
    "'addr' is typed into the settings search.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=34.0,
    seed=60317,
    crf=24,
)
