"""A filled tax refund form in a PDF viewer: comb fields, an address block, a signature, bank details.

Why this screen: customers send their filled tax or benefit forms and ask for help printing or
signing them. Official forms write identifiers in **comb fields**, one character per box: the
National Insurance number, the date of birth, the postcode, the sort code and the account number
are each a row of separate characters with box edges between them (OCR reads them spaced out,
or with a box edge as a '1' or an 'I'), under a caption that is often a question ("What is your
National Insurance number?"). Around them: a name line, an address block, a phone number, Yes/No
checkboxes, a signature line with a date. The viewer shows the file name (with the person's name)
and page thumbnails in its sidebar; the technician zooms to 125 % and scrolls to page 2, where
the bank details are filled.
"""

from __future__ import annotations

from typing import Any

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{background:#525659;font-size:13px;overflow:hidden}
.bar{position:fixed;top:0;left:0;right:0;height:48px;background:#323639;color:#f1f1f1;display:flex;
 align-items:center;padding:0 16px;gap:18px;z-index:3;box-shadow:0 1px 4px #0006}
.bar .f{font-size:14px;width:330px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.bar .pg{background:#191b1c;padding:3px 8px;border-radius:2px}
.bar .z{display:flex;gap:12px;align-items:center;margin-left:40px}.bar .z b{cursor:pointer;font-size:18px;
 padding:0 6px}
.bar .r{margin-left:auto;display:flex;gap:18px}
.side{position:fixed;top:48px;left:0;bottom:0;width:190px;background:#3b3e41;padding:16px 0;z-index:2}
.th{width:100px;height:140px;margin:0 auto 6px;background:#fff;border:4px solid transparent;padding:8px}
.th.on{border-color:#8ab4f8}.th i{display:block;height:4px;background:#ccc;margin:5px 0}.th i.s{width:60%}
.tn{color:#eee;text-align:center;margin-bottom:16px;font-size:12px}
#view{position:absolute;top:48px;bottom:0;left:190px;right:0;overflow-y:auto}
#pages{zoom:1}
.page{width:760px;height:1075px;background:#fff;margin:14px auto;box-shadow:0 2px 8px #0008;padding:36px 44px;
 font-family:'Liberation Sans',Arial,sans-serif;color:#000;position:relative}
.hmrc{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:3px solid #000;
 padding-bottom:8px}
.hmrc .crest{font-weight:bold;font-size:15px;line-height:1.15}.hmrc .code{font-size:26px;font-weight:bold}
h1{font-size:21px;margin:12px 0 4px}.intro{font-size:12px;margin-bottom:10px}
.sec{background:#000;color:#fff;font-weight:bold;padding:4px 8px;margin:12px 0 8px;font-size:14px}
.q{display:flex;gap:14px;margin:8px 0;align-items:flex-start}.q .n{font-weight:bold;width:18px;flex:none}
.q .t{width:240px;flex:none;font-size:12.5px;line-height:1.25}.q .t small{display:block;color:#333;font-size:11px}
.fld{min-width:300px;height:24px;border:1px solid #000;background:#dde6fb;font-size:14px;padding:3px 6px}
.addr .fld{height:auto;min-height:70px;line-height:1.45}
.comb{display:inline-flex;gap:0}.comb i{font-style:normal;width:23px;height:26px;border:1px solid #000;
 border-left-width:0;background:#dde6fb;text-align:center;font-size:15px;line-height:25px}
.comb i:first-child{border-left-width:1px}.comb .gap{width:10px;border:0;background:none}
.comb .dash{width:12px;border:0;background:none}
.cb{display:inline-block;width:17px;height:17px;border:1px solid #000;background:#dde6fb;text-align:center;
 line-height:16px;font-weight:bold;margin:0 4px 0 10px;vertical-align:middle}
.sig{display:flex;gap:30px;align-items:flex-end;margin-top:12px}.sig .line{width:300px;height:48px;
 border-bottom:1px solid #000;position:relative}
.money .fld{min-width:150px;text-align:right}
.foot{position:absolute;bottom:22px;left:44px;right:44px;font-size:10px;display:flex;justify-content:space-between}
"""

SCRIPT = """
const levels = [1, 1.1, 1.25, 1.5]; let z = 0;
const setz = () => { document.getElementById('pages').style.zoom = levels[z];
  document.getElementById('zl').textContent = Math.round(levels[z] * 100) + '%'; };
document.getElementById('zin').addEventListener('click', () => { z = Math.min(z + 1, levels.length - 1); setz(); });
document.getElementById('zout').addEventListener('click', () => { z = Math.max(z - 1, 0); setz(); });
const view = document.getElementById('view');
view.addEventListener('scroll', () => {
  const p2 = document.getElementById('p2').getBoundingClientRect().top < innerHeight / 2;
  document.getElementById('pn').textContent = p2 ? '2' : '1';
  document.getElementById('th1').classList.toggle('on', !p2); document.getElementById('th2').classList.toggle('on', p2);
});
"""

# the part of the window where the page is seen: below the toolbar, right of the sidebar
_IN_VIEW_JS = """((sel) => { const e = document.querySelector(sel); if (!e) return false;
const r = e.getBoundingClientRect(); return r.top >= 52 && r.bottom <= innerHeight - 2 && r.left >= 190
&& r.right <= innerWidth; })"""


def comb(text: str, cls: str = "") -> str:
    """One box per character; ' ' is a gap between groups, '-' a printed dash between groups, '_' an empty box."""
    cells = []
    for ch in text:
        if ch == " ":
            cells.append("</span><i class=gap></i><span class=comb>")
        elif ch == "-":
            cells.append("</span><i class=dash>–</i><span class=comb>")
        else:
            cells.append("<i></i>" if ch == "_" else f"<i>{esc(ch)}</i>")
    return f'<span class="combs {cls}"><span class=comb>{"".join(cells)}</span></span>'


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    name = stage.pii(fakes.person(fake), "PERSON")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    holder = stage.pii(f"{name.split(' ')[0][0]} {name.split(' ', 1)[1]}", "PERSON", note="account holder, initial")
    # comb values are one character per element: the page cannot report them, the scene stamps them
    combs: dict[str, tuple[str, str]] = {}  # css class -> (value as ground truth, type)
    nino = fakes.nino(rng)
    dob = fake.date_of_birth(minimum_age=25, maximum_age=66)
    postcode = fake.postcode()
    utr = "".join(str(rng.randint(0, 9)) for _ in range(10))
    bank = fakes.uk_bank(fake)
    combs["c-nino"] = (nino, "UK_NINO")
    combs["c-dob"] = (dob.strftime("%d %m %Y"), "DATE_OF_BIRTH")
    combs["c-pc"] = (postcode, "ZIP_CODE")
    combs["c-utr"] = (f"{utr[:5]} {utr[5:]}", "NATIONAL_ID")
    combs["c-sc"] = (bank.sort_code, "SORT_CODE")
    combs["c-acc"] = (bank.account, "ACCOUNT_NUMBER")
    for value, kind in combs.values():
        stage.pii(value, kind, watch=False, note="comb field, one character per box")
    filename = f"Tax refund claim - {name}.pdf"
    signed = f"{rng.randint(1, 4):02d} 12 2026"
    amounts = [f"{rng.randint(200, 2400)}.{rng.randint(0, 99):02d}" for _ in range(3)]
    page1 = f"""<div class=page id=p1><div class=hmrc><div class=crest>HM Revenue<br>&amp; Customs</div>
<div style="text-align:right"><div class=code>R40</div>Tax year 6 April 2025 to 5 April 2026</div></div>
<h1>Claim for repayment of tax deducted from savings and investments</h1>
<div class=intro>Please fill in this form using capital letters and black ink. Use one box for each letter or
number. Read the notes before you fill in the form.</div>
<div class=sec>Section 1 About you</div>
<div class=q><span class=n>1</span><span class=t>Your full name</span><span class=fld>{esc(name)}</span></div>
<div class=q><span class=n>2</span><span class=t>What is your National Insurance number?<small>This is on your
payslip or P60</small></span>{comb(nino, "c-nino")}</div>
<div class=q><span class=n>3</span><span class=t>Your Unique Taxpayer Reference (UTR)<small>If you have one
</small></span>{comb(combs["c-utr"][0], "c-utr")}</div>
<div class=q><span class=n>4</span><span class=t>Your date of birth<small>DD MM YYYY</small></span>
{comb(combs["c-dob"][0], "c-dob")}</div>
<div class="q addr"><span class=n>5</span><span class=t>Your address</span><span class=fld>{esc(street)}<br>
{esc(town)}</span></div>
<div class=q><span class=n></span><span class=t>Postcode</span>{comb(postcode, "c-pc")}</div>
<div class=q><span class=n>6</span><span class=t>Your phone number<small>In case we need to contact you</small>
</span><span class=fld>{esc(phone)}</span></div>
<div class=q><span class=n>7</span><span class=t>Are you registered blind?</span><span>Yes<span class=cb></span>
No<span class=cb>✕</span></span></div>
<div class=q><span class=n>8</span><span class=t>Are you married or in a civil partnership?</span><span>Yes
<span class=cb>✕</span>No<span class=cb></span></span></div>
<div class=sec>Section 2 Income</div>
<div class="q money"><span class=n>9</span><span class=t>Interest from UK banks and building societies
<small>Total before tax taken off</small></span><span class=fld>£ {amounts[0]}</span></div>
<div class="q money"><span class=n>10</span><span class=t>Tax taken off</span><span class=fld>£ {amounts[1]}</span>
</div><div class="q money"><span class=n>11</span><span class=t>State Pension and other pensions</span>
<span class=fld>£ {amounts[2]}</span></div>
<div class=sec>Section 3 Declaration</div>
<div class=intro>The information I have given on this form is correct and complete to the best of my knowledge
and belief.</div>
<div class=sig><div><div style="font-size:12px">Signature</div><div class=line><svg width=260 height=46>
<path d="M8 36 C 30 4, 44 44, 62 22 S 90 8, 104 30 C 118 44, 130 10, 150 24 S 190 40, 240 14" stroke="#123"
stroke-width=2 fill=none /></svg></div></div><div><div style="font-size:12px">Date DD MM YYYY</div>
{comb(signed, "c-signed")}</div></div>
<div class=foot><span>R40 Page 1</span><span>HMRC 04/26</span></div></div>"""
    page2 = f"""<div class=page id=p2><div class=hmrc><div class=crest>HM Revenue<br>&amp; Customs</div>
<div class=code>R40</div></div>
<div class=sec>Section 4 Repayment</div>
<div class=intro>We'll pay any refund straight into your bank or building society account. Fill in the details
below.</div>
<div class=q><span class=n>12</span><span class=t>Name of bank or building society</span><span class=fld>
Halden Building Society</span></div>
<div class=q><span class=n>13</span><span class=t>Name of account holder<small>As shown on the account</small>
</span><span class=fld>{esc(holder)}</span></div>
<div class=q><span class=n>14</span><span class=t>Branch sort code</span>{comb(bank.sort_code, "c-sc")}</div>
<div class=q><span class=n>15</span><span class=t>Account number</span>{comb(bank.account, "c-acc")}</div>
<div class=q><span class=n>16</span><span class=t>Building society reference number<small>If you have one
</small></span>{comb("_________", "c-ref")}</div>
<div class=q><span class=n>17</span><span class=t>Do you want the refund paid to someone else (a nominee)?
</span><span>Yes<span class=cb></span>No<span class=cb>✕</span></span></div>
<div class=sec>Section 5 Before you send this form</div>
<div class=intro>Check that you have signed the declaration on page 1. Send the form to: Pay As You Earn and Self
Assessment, HM Revenue and Customs, BX9 1AS.</div>
<div class=foot><span>R40 Page 2</span><span>HMRC 04/26</span></div></div>"""
    side = """<div class=side><div class="th on" id=th1><i></i><i class=s></i><i></i><i></i><i class=s></i><i></i>
<i></i><i class=s></i><i></i></div><div class=tn>1</div><div class=th id=th2><i></i><i class=s></i><i></i>
<i class=s></i><i></i><i></i></div><div class=tn>2</div></div>"""
    body = f"""<div class=bar><span>☰</span><span class=f>{esc(filename)}</span><span><span class=pg id=pn>1</span>
&nbsp;/ 2</span><span class=z><b id=zout>–</b><span class=pg id=zl>100%</span><b id=zin>+</b></span>
<span class=r><span>⤓</span><span>⎙</span><span>⋮</span></span></div>{side}
<div id=view><div id=pages>{page1}{page2}</div></div>"""
    stage.page("files/claim.pdf.html", doc(filename, CSS, body, SCRIPT))
    stage.keep("Claim for repayment of tax deducted from savings and investments", "Section 1 About you")
    stage.keep("What is your National Insurance number?", "Your date of birth", "Your address", "Postcode")
    chrome = stage.chrome("http://docs.halden-advice.co.uk/files/claim.pdf.html", mode="maximized")
    desk = stage.desk
    stamped: set[str] = set()

    def stamp() -> None:
        for cls, (value, kind) in combs.items():
            if cls not in stamped and _in_view(chrome, "." + cls):
                stage.shown(value, kind)
                stamped.add(cls)

    stage.start()
    stage.pause(1.0)
    stamp()
    stage.pause(2.5)
    desk.move(*chrome.point("#view"))
    for _ in range(3):
        desk.scroll(1, pause=0.2)
        stage.pause(0.4)
        stamp()
    stage.pause(1.5)
    desk.scroll(-3, pause=0.2)
    stage.pause(0.5)
    stamp()
    stage.click(*chrome.point("#zin"))
    stage.pause(0.6)
    stage.click(*chrome.point("#zin"))
    stage.mark("zoom_125")
    stage.pause(1.5)
    stamp()
    desk.move(*chrome.point("#view"))
    for _ in range(24):  # down to page 2 until its bank details sit in the upper half of the view
        desk.scroll(1, pause=0.15)
        stage.pause(0.35)
        stamp()
        if chrome.cdp.js("document.querySelector('.c-sc').getBoundingClientRect().top < innerHeight * 0.5"):
            break
    stage.mark("page_2")
    stage.pause(4.0)
    stamp()
    desk.scroll(-2, pause=0.2)
    stage.pause(1.5)
    stamp()
    stage.pause(2.0)
    missing = [c for c in combs if c not in stamped]
    if missing:
        print(f"[tax_form_pdf] comb fields never fully in view: {missing}")


def _in_view(chrome: Any, selector: str) -> bool:
    return bool(chrome.cdp.js(f"{_IN_VIEW_JS}({selector!r})"))


SCENE = SceneSpec(
    name="tax_form_pdf",
    description="A filled HMRC-like tax refund form (R40) in a PDF viewer in Chromium: comb fields with one "
    "character per box (NI number, UTR, date of birth, postcode), a name line, an address block, a phone "
    "number, Yes/No checkboxes, a signature line with a date; the viewer's toolbar shows the file name "
    "with the person's name and a sidebar of page thumbnails; the technician scrolls, zooms to 125 % and "
    "scrolls to page 2 where the bank details (account holder, sort code and account number in comb "
    "boxes) are filled.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=81460,
    crf=24,
)
