"""A browser's print preview of a customer statement: the page drawn small beside a settings column.

Why this screen: "the statement prints cut off" has a technician open the customer's statement
in the browser and press Ctrl+P. Chromium's print preview covers the tab: on the left, on a grey
backdrop, the page itself rendered small (about 60 % of its size: 8-9 px text), with the
browser's header and footer (date, title, address, page number); on the right a settings column
(Destination, Pages, Layout, Colour, More settings: Paper size, Pages per sheet, Margins, Scale,
Options). The statement is a water company's: the customer's name and address block, account
number, phone, statement date, charges and payments. The technician types another scale (the
preview re-renders smaller, then larger), picks other margins (the page content moves), then
cancels and the statement shows at 100 %. Names from en_GB and rare ones that common name lists miss.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = ("Ifeoluwa", "Trevelyan-Okonedo")

CSS = """
body{background:#f1f3f4;overflow:hidden;font-size:13px}
#page{position:absolute;inset:0;overflow:auto;background:#f1f3f4}
.sheet{background:#fff;width:794px;min-height:1060px;padding:var(--m,48px);font-size:13.5px;color:#1b1e23;
box-shadow:0 1px 4px rgba(0,0,0,.3)}
#page .sheet{margin:20px auto}
.hd{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:3px solid #0b6e99;
padding-bottom:12px}
.hd b{font-size:24px;color:#0b6e99}.hd .r{text-align:right;font-size:12.5px;color:#444}
.addr{margin:26px 0 18px;line-height:1.45}.meta{display:grid;grid-template-columns:170px 1fr;gap:4px 12px;
margin-bottom:18px}.meta span{color:#555}
table{border-collapse:collapse;width:100%}th{text-align:left;border-bottom:1px solid #999;padding:6px 4px;
font-size:12.5px}
td{padding:6px 4px;border-bottom:1px solid #e3e3e3}td.n{text-align:right}
.tot{margin-top:14px;text-align:right;font-size:15px}.foot{margin-top:28px;font-size:11.5px;color:#555}
#pp{position:absolute;inset:0;display:none;background:#525659}#pp.on{display:block}
#pv{position:absolute;left:0;top:0;bottom:0;right:330px;overflow:auto;background:#525659}
#pv .wrap{transform-origin:top left;position:absolute;left:50%;top:16px}
#pv .sheet{position:relative}
.hf{position:absolute;left:20px;right:20px;font-size:10px;color:#333;display:flex;justify-content:space-between}
.hf.t{top:10px}.hf.b{bottom:10px}
#st{position:absolute;right:0;top:0;bottom:0;width:330px;background:#fff;font-size:13px;color:#202124;
box-shadow:-1px 0 3px rgba(0,0,0,.25)}
#st h1{font-size:20px;font-weight:400;margin:0;padding:18px 20px 4px}#st .sub{padding:0 20px 10px;color:#5f6368}
.row{display:flex;align-items:center;justify-content:space-between;padding:9px 20px}
.row label{color:#202124}.dd{width:170px;border:1px solid #dadce0;border-radius:4px;padding:6px 8px;
background:#fff;position:relative;cursor:pointer}
.dd:after{content:'\\25BE';position:absolute;right:8px;color:#5f6368}
.menu{position:absolute;left:-1px;right:-1px;top:30px;background:#fff;border:1px solid #dadce0;
box-shadow:0 2px 8px rgba(0,0,0,.25);display:none;z-index:4}.menu.on{display:block}
.menu div{padding:7px 9px}.menu div:hover{background:#e8f0fe}
.more{padding:10px 20px;color:#1a73e8;border-top:1px solid #dadce0;margin-top:4px}
#scale{width:60px;border:1px solid #dadce0;border-radius:4px;padding:6px 8px}
.cb{padding:6px 20px}.btns{position:absolute;bottom:0;left:0;right:0;padding:14px 20px;display:flex;
justify-content:flex-end;gap:8px;border-top:1px solid #dadce0}
.btns button{border:1px solid #dadce0;background:#fff;color:#1a73e8;border-radius:4px;padding:7px 18px}
.btns .p{background:#1a73e8;color:#fff;border-color:#1a73e8}
"""

SCRIPT = """
const D = %s;
const $ = id => document.getElementById(id);
const base = 0.6;
function render() {
  const s = base * (parseInt($('scale').value || '100', 10) / 100 || 1);
  const w = $('pv').querySelector('.wrap');
  w.style.transform = `scale(${s})`; w.style.marginLeft = `${-397 * s}px`;
}
function openPrint() { $('pp').classList.add('on'); render(); }
$('scale').addEventListener('input', render);
$('mg').addEventListener('click', e => { e.stopPropagation(); $('mgm').classList.toggle('on'); });
for (const el of document.querySelectorAll('#mgm div')) el.addEventListener('click', e => {
  e.stopPropagation(); $('mgv').textContent = el.textContent; $('mgm').classList.remove('on');
  $('pv').querySelector('.sheet').style.setProperty('--m', D.margins[el.textContent]);
});
$('cancel').addEventListener('click', () => $('pp').classList.remove('on'));
window.openPrint = openPrint;
"""


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    name = stage.pii(f"{RARE[0]} {RARE[1]}", "PERSON", note="the statement's customer (a rare name)")
    street = stage.pii(fakes.street(gb), "ADDRESS", note="the statement's address block")
    town = stage.pii(gb.city(), "LOCATION")
    pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    acct = stage.pii(fakes.account_number(rng, 10), "ACCOUNT_NUMBER", note="'Account number' beside it")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="'Phone' beside it")
    email = stage.pii(fakes.email_for(name, "outlook.com", rng), "EMAIL_ADDRESS")
    payer = stage.pii(fakes.person(gb), "PERSON", note="a payment line 'Direct Debit - <First> <Last>'")
    lines = [
        ("02 Oct", "Balance brought forward", "", "41.18"),
        ("05 Oct", f"Direct Debit - {payer}", "41.18", ""),
        ("14 Oct", "Water supply (standing charge)", "", "9.84"),
        ("14 Oct", "Water supply 31 m\u00b3 at \u00a31.9822", "", "61.45"),
        ("14 Oct", "Wastewater 29 m\u00b3 at \u00a32.1140", "", "61.25"),
        ("14 Oct", "Surface water drainage", "", "4.12"),
    ]
    trs = "".join(
        f"<tr><td>{d}</td><td>{esc(t)}</td><td class=n>{p}</td><td class=n>{c}</td></tr>" for d, t, p, c in lines
    )
    sheet = f"""<div class="sheet"><div class="hd"><div><b>Northgate Water</b><br>Customer statement</div>
<div class="r">Northgate Water Services Ltd<br>PO Box 418, Wakefield WF1 9XZ<br>0345 600 1840</div></div>
<div class="addr">{esc(name)}<br>{esc(street)}<br>{esc(town)}<br>{esc(pc)}</div>
<div class="meta"><span>Account number</span><b>{esc(acct)}</b><span>Statement date</span><b>16 October 2026</b>
<span>Phone</span><b>{esc(phone)}</b><span>Email</span><b>{esc(email)}</b>
<span>Payment method</span><b>Monthly Direct Debit</b></div>
<table><tr><th>Date</th><th>Description</th><th class=n>Payments (\u00a3)</th>
<th class=n>Charges (\u00a3)</th></tr>{trs}
</table><div class="tot">Amount due by 6 November 2026: <b>\u00a3177.84</b></div>
<div class="foot">Your next Direct Debit of \u00a344.00 will be collected on or after 5 November 2026. Questions
about your bill? Call us on 0345 600 1840, Monday to Friday 8am to 6pm.</div></div>"""
    preview = sheet.replace(
        '<div class="sheet">',
        '<div class="sheet"><div class="hf t"><span>16/10/2026, 10:42</span><span>Statement | Northgate Water</span>'
        '</div><div class="hf b"><span>https://my.northgatewater.example/account/statement</span>'
        "<span>1/1</span></div>",
        1,
    )
    body = f"""<div id="page">{sheet}</div>
<div id="pp"><div id="pv"><div class="wrap">{preview}</div></div>
<div id="st"><h1>Print</h1><div class="sub">1 sheet of paper</div>
<div class="row"><label>Destination</label><div class="dd">Save as PDF</div></div>
<div class="row"><label>Pages</label><div class="dd">All</div></div>
<div class="row"><label>Layout</label><div class="dd">Portrait</div></div>
<div class="row"><label>Colour</label><div class="dd">Colour</div></div>
<div class="more">More settings</div>
<div class="row"><label>Paper size</label><div class="dd">A4</div></div>
<div class="row"><label>Pages per sheet</label><div class="dd">1</div></div>
<div class="row"><label>Margins</label><div class="dd" id="mg"><span id="mgv">Default</span>
<div class="menu" id="mgm">
<div>Default</div><div>None</div><div>Minimum</div><div>Custom</div></div></div></div>
<div class="row"><label>Scale</label><span>Custom <input id="scale" value="100"></span></div>
<div class="cb">&#9745; Headers and footers</div><div class="cb">&#9744; Background graphics</div>
<div class="btns"><button class="p">Save</button><button id="cancel">Cancel</button></div></div></div>"""
    data = {"margins": {"Default": "48px", "None": "8px", "Minimum": "20px", "Custom": "64px"}}
    stage.page("account/statement.html", doc("Statement | Northgate Water", CSS, body, SCRIPT % json.dumps(data)))
    chrome = stage.chrome("http://my.northgatewater.example/account/statement.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    chrome.cdp.js("openPrint()")  # Ctrl+P's preview, drawn by the page: the browser's own is no DOM to watch
    stage.mark("print preview")
    stage.keep("Print", "1 sheet of paper", "Destination", "Save as PDF", "Pages per sheet", "More settings")
    stage.pause(6.0)
    stage.click(*chrome.point("#scale"))
    desk.key("ctrl+a")
    desk.type("75", delay_ms=260)
    stage.mark("scale 75")
    stage.pause(5.0)
    desk.key("ctrl+a")
    desk.type("130", delay_ms=260)
    stage.mark("scale 130")
    stage.pause(5.0)
    desk.scroll(4, 400, 400)
    stage.pause(3.0)
    desk.scroll(-4, 400, 400)
    stage.pause(1.5)
    stage.click(*chrome.point("#mg"))
    stage.pause(1.5)
    stage.click(*chrome.point("#mgm div", 2))
    stage.mark("margins minimum")
    stage.pause(4.0)
    stage.click(*chrome.point("#scale"))
    desk.key("ctrl+a")
    desk.type("90", delay_ms=260)
    stage.pause(4.0)
    stage.click(*chrome.point("#cancel"))
    stage.mark("page at 100 %")
    stage.keep("Customer statement", "Payment method", "Surface water drainage")
    desk.move(1200, 650)
    stage.pause(6.0)


SCENE = SceneSpec(
    name="print_preview",
    description="Chromium's print preview of a water company's customer statement: the page rendered small (about "
    "60 %) on a grey backdrop with the browser's header and footer, a settings column on the right (Destination, "
    "Pages, Layout, More settings, Margins, Scale); the scale typed 75 then 130 then 90 (the preview re-renders), "
    "the margins set to Minimum, then Cancel shows the statement at 100 % (name, address block, account number, "
    "phone, e-mail, a Direct Debit payer). en_GB and a rare name.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=41301,
    crf=24,
)
