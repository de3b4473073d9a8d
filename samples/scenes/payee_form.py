"""Online banking's "Add a new payee" flow: the form typed key by key, Confirmation of Payee, review, a code.

Why this screen: customers add a payee while the technician watches (a new landlord, a builder,
a family member). The form's fields are typed one key at a time with a slip corrected (payee
name, sort code, account number, reference); the bank checks the name against the account
("The name matches: ..."); a review screen repeats every detail under small captions; a
one-time passcode sent "to your phone ending 4821" is typed in; the success page shows the
account masked ("****1234").
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#f2f2f2;color:#222;overflow:hidden}
.top{height:58px;background:#024731;color:#fff;display:flex;align-items:center;gap:24px;padding:0 28px}
.top b{font-size:19px}.top .who{margin-left:auto;font-size:13px;text-align:right;line-height:1.3}
.top .who small{opacity:.75}
nav{position:absolute;left:0;top:58px;bottom:0;width:220px;background:#fff;border-right:1px solid #ddd;
padding-top:14px}nav div{padding:10px 24px;color:#333}nav .on{border-left:4px solid #00a651;font-weight:700;
background:#f3faf6}
main{position:absolute;left:250px;top:70px;width:620px}
h1{font-size:24px;margin:0 0 6px;color:#024731}.lead{color:#555;margin-bottom:12px}
.box{background:#fff;border:1px solid #ddd;border-radius:6px;padding:14px 24px 4px;margin-bottom:12px}
.fl{margin-bottom:12px}.fl label{display:block;font-weight:700;font-size:13px;margin-bottom:3px}
.fl .h{font-size:12px;color:#666;margin-bottom:5px}
.fl input{width:320px;padding:8px 10px;border:2px solid #555;border-radius:3px;font-size:15px}
.fl input.short{width:180px}.fl input:focus{outline:3px solid #fd0;border-color:#111}
.radios{display:flex;gap:22px;margin-bottom:10px}.pair{display:flex;gap:40px}
.btn{background:#00a651;color:#fff;border:0;border-radius:4px;padding:10px 26px;font-size:15px;font-weight:700}
.link{color:#005ea5;margin-left:18px;text-decoration:underline}
.cop{display:none;border-left:5px solid #00a651;background:#eef8f1;padding:12px 16px;margin-bottom:14px}
.cop b{display:block;font-size:15px;margin-bottom:2px}
.step{display:none}.step.on{display:block}
dl{display:grid;grid-template-columns:200px 1fr;margin:0;row-gap:10px}dt{color:#555;font-size:13px}
dd{margin:0;font-weight:700}
.code input{width:180px;letter-spacing:6px;font-size:20px;text-align:center}
.ok{font-size:40px;color:#00a651}
.side{position:absolute;left:900px;top:78px;right:24px}
.side .box{font-size:13px;line-height:1.5;color:#444}.side h3{font-size:14px;margin:0 0 6px;color:#024731}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
const show = n => { for (const s of document.querySelectorAll('.step')) s.classList.toggle('on', s.id === n); };
$('cont').addEventListener('click', () => {
  if ($('cop').style.display !== 'block') { $('copname').textContent = $('pname').value;
    $('cop').style.display = 'block'; $('cont').textContent = 'Continue to review'; return; }
  $('r-name').textContent = $('pname').value; $('r-sc').textContent = $('sc').value;
  $('r-acc').textContent = $('acc').value; $('r-ref').textContent = $('ref').value; show('s2');
});
$('conf').addEventListener('click', () => show('s3'));
$('otpgo').addEventListener('click', () => {
  $('d-name').textContent = $('pname').value; $('d-sc').textContent = $('sc').value;
  $('d-acc').textContent = '****' + $('acc').value.slice(-4); show('s4');
});
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    customer = stage.pii(fakes.person(fake), "PERSON", note="the signed-in customer")
    payee = stage.pii(fakes.person(fake), "PERSON", note="the payee's name, typed")
    bank = fakes.uk_bank(fake)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    otp = stage.pii(f"{rng.randint(100000, 999999)}", "PASSWORD", note="a one-time passcode, typed")
    reference = "RENT DECEMBER"
    body = f"""<div class="top"><b>⚓ Harbour Bank</b><span>Online Banking</span>
<div class="who">{esc(customer)}<br><small>Last logged on 4 December 2026 at 18:02</small></div></div>
<nav><div>Accounts</div><div class="on">Payments &amp; transfers</div><div>Payees</div><div>Standing orders</div>
<div>Direct Debits</div><div>Statements</div><div>Cards</div><div>Settings</div><div>Log off</div></nav>
<main>
<div class="step on" id="s1"><h1>Add a new payee</h1><div class="lead">We'll check the name with the
payee's bank before you pay them.</div>
<div class="box"><div class="radios"><label><input type="radio" name="t" checked> Person</label>
<label><input type="radio" name="t"> Business or organisation</label></div>
<div class="fl"><label>Payee name</label><div class="h">Their full name as it appears on their account</div>
<input id="pname" autocomplete="off"></div>
<div class="pair"><div class="fl"><label>Sort code</label><div class="h">For example, 30-94-57</div>
<input id="sc" class="short" autocomplete="off"></div>
<div class="fl"><label>Account number</label><div class="h">8 digits</div>
<input id="acc" class="short" autocomplete="off"></div></div>
<div class="fl"><label>Reference</label><div class="h">This will appear on their statement</div>
<input id="ref" autocomplete="off"></div></div>
<div class="cop" id="cop"><b>The name matches: <span id="copname"></span></b>Account type: Personal.
Check the other details are right before you continue.</div>
<button class="btn" id="cont">Continue</button><span class="link">Cancel</span></div>
<div class="step" id="s2"><h1>Check the details</h1><div class="lead">Make sure these are right. We can't
always get money back if you pay the wrong person.</div>
<div class="box"><dl><dt>Payee name</dt><dd id="r-name"></dd><dt>Sort code</dt><dd id="r-sc"></dd>
<dt>Account number</dt><dd id="r-acc"></dd><dt>Reference</dt><dd id="r-ref"></dd>
<dt>Name check</dt><dd>✓ Name matches</dd><dt>Pay from</dt><dd>Everyday Current Account</dd></dl></div>
<button class="btn" id="conf">Confirm and add payee</button><span class="link">Change details</span></div>
<div class="step" id="s3"><h1>Confirm it's you</h1><div class="lead">We've sent a 6-digit code by text
to your phone ending 4821. It expires in 5 minutes.</div>
<div class="box code"><div class="fl"><label>Enter your code</label><input id="otp" autocomplete="off"></div>
<span class="link" style="margin:0">Send a new code</span></div>
<button class="btn" id="otpgo">Confirm</button></div>
<div class="step" id="s4"><div class="ok">✓</div><h1>Payee added</h1><div class="lead">You can now send
money to this payee.</div>
<div class="box"><dl><dt>Payee name</dt><dd id="d-name"></dd><dt>Sort code</dt><dd id="d-sc"></dd>
<dt>Account number</dt><dd id="d-acc"></dd></dl></div>
<button class="btn">Make a payment</button><span class="link">Back to payees</span></div>
</main>
<div class="side"><div class="box"><h3>Stay safe</h3>We will never ask you to move money to a safe account.
If someone calls you and asks you to add a payee, hang up.</div>
<div class="box"><h3>Need help?</h3>Call us on 0345 600 2290<br>Lines are open 8am to 8pm.</div></div>"""
    stage.page("banking/payees/new.html", doc("Add a new payee - Harbour Bank", CSS, body, SCRIPT))
    stage.keep("Harbour Bank", "Online Banking", "Payments & transfers", "Standing orders", "Direct Debits")
    stage.keep("Statements", "Stay safe", "Need help?", "Lines are open 8am to 8pm.")
    chrome = stage.chrome("http://www.harbourbank.co.uk/banking/payees/new.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    stage.click(*chrome.point("#pname"))
    desk.type(payee[:3], typo_rate=0.0)
    desk.type("w", typo_rate=0.0)  # a slip, seen and corrected
    stage.pause(0.3)
    desk.key("BackSpace")
    desk.type(payee[3:], typo_rate=0.04)
    stage.mark("name_typed")
    stage.click(*chrome.point("#sc"))
    desk.type(sort_code, typo_rate=0.05)
    stage.click(*chrome.point("#acc"))
    desk.type(account, typo_rate=0.05)
    stage.click(*chrome.point("#ref"))
    desk.type(reference, typo_rate=0.03)
    stage.mark("form_filled")
    stage.pause(0.8)
    stage.click(*chrome.point("#cont"))
    stage.mark("name_checked")
    stage.pause(3.0)
    stage.click(*chrome.point("#cont"))
    stage.mark("review")
    stage.pause(3.5)
    stage.click(*chrome.point("#conf"))
    stage.pause(1.5)
    stage.click(*chrome.point("#otp"))
    desk.type(otp, typo_rate=0.0)
    stage.mark("code_typed")
    stage.pause(1.0)
    stage.click(*chrome.point("#otpgo"))
    stage.mark("payee_added")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="payee_form",
    description="UK online banking's 'Add a new payee' in Chromium: payee name, sort code, account number and "
    "reference typed key by key (a slip corrected); the Confirmation of Payee box ('The name matches: "
    "<name>'); a review screen with the details under captions; a six-digit one-time passcode typed after "
    "'sent to your phone ending 4821'; the success page with the account masked to its last four digits.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=34.0,
    seed=73391,
    crf=24,
)
