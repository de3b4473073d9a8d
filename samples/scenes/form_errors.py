"""A form after a failed submit: an error summary quoting what was typed, red messages, red-bordered inputs.

Why this screen: "the form keeps saying my details are wrong" is shared at the moment it fails. The
page (self-contained, a building society's "Open a savings account - Your details", light) came
back from a submit with five answers refused: an error summary box at the top (a thick red border,
"There is a problem with 5 answers", each message a red underlined link) and, at each refused
field, a red bar down its left edge, the message in bold red above the input, and the input with a
thick red border still holding what was typed. The messages quote the answers back, as many sites
do: "'<e-mail without the dot>' is not a valid email address", "'<mobile one digit short>' is not a
valid UK mobile number - it should have 11 digits", "You must be 18 or over to open this account.
You entered <date>", "We could not find an address for <postcode>. Check the postcode or enter your
address manually", "'<NI number without its letter>' is not a valid National Insurance number".
Name fields and the street, filled right, sit between them unmarked. The customer corrects the
e-mail and the mobile key by key and presses "Continue" again: the page validates again, the
summary now says "There is a problem with 3 answers" and quotes the three left. Scrolled down to
the postcode and back. en_GB values and names common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Aurelio", "Penhaligon"), ("Mirabel", "Okonkwo-Strand"), ("Leopold", "Vashchenko-Reid")]

CSS = """
body{margin:0;background:#fff;color:#0b0c0c;font:16px 'Liberation Sans',Arial,sans-serif}
.top{height:56px;background:#26374a;color:#fff;display:flex;align-items:center;padding:0 30px;gap:14px}
.top b{font-size:18px}.top span{font-size:14px;color:#c9d3df}
.wrap{max-width:700px;margin:18px auto 120px;padding:0 10px}
.cap{color:#505a5f;font-size:15px;margin:0 0 2px}h1{font-size:30px;margin:0 0 18px}
.sum{border:5px solid #d4351c;padding:16px 20px;margin:0 0 26px}
.sum h2{font-size:21px;margin:0 0 12px}.sum ul{margin:0;padding:0;list-style:none}
.sum li{margin:0 0 8px}.sum a{color:#d4351c;font-weight:700;font-size:16px;text-decoration:underline}
.q{margin:0 0 24px}.q label{display:block;font-weight:700;font-size:17px;margin:0 0 4px}
.q .hint{color:#505a5f;font-size:15px;margin:0 0 6px}
.q input{font:17px 'Liberation Sans',Arial,sans-serif;border:2px solid #0b0c0c;padding:6px 8px;width:100%;
max-width:420px}.q input.s{max-width:200px}
.q.err{border-left:5px solid #d4351c;padding-left:14px}
.q .msg{display:none;color:#d4351c;font-weight:700;font-size:16px;margin:0 0 6px}
.q.err .msg{display:block}.q.err input{border:3px solid #d4351c}
button{font:18px 'Liberation Sans',Arial,sans-serif;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;
padding:9px 16px;cursor:pointer}
"""

SCRIPT = r"""
const $ = id => document.getElementById(id);
const rules = {
  email: v => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? '' : `'${v}' is not a valid email address`,
  mobile: v => { const d = v.replace(/\D/g, '').replace(/^447/, '07');
    return /^07\d{9}$/.test(d) ? '' : `'${v}' is not a valid UK mobile number - it should have 11 digits`; },
  dob: v => { const y = +(v.split('/')[2] || 0);
    return y && y <= 2008 ? '' : `You must be 18 or over to open this account. You entered ${v}`; },
  postcode: v => `We could not find an address for ${v}. Check the postcode or enter your address manually`,
  nino: v => /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) ? '' :
    `'${v}' is not a valid National Insurance number`,
};
function validate() {
  const items = [];
  for (const [id, rule] of Object.entries(rules)) {
    const m = rule($(id).value.trim()), q = $(id).closest('.q');
    q.querySelector('.msg').textContent = m ? 'Error: ' + m : '';
    q.classList.toggle('err', !!m);
    if (m) items.push(`<li><a href="#${id}">${m.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a></li>`);
  }
  $('sum-h').textContent = `There is a problem with ${items.length} answers`;
  $('sum-l').innerHTML = items.join('');
  document.title = 'Error: Your details - Open a savings account';
}
validate();
$('go').onclick = () => { validate(); window.scrollTo(0, 0); };
"""


def _q(id_: str, label: str, value: str, hint: str = "", cls: str = "") -> str:
    h = f"<div class=hint>{esc(hint)}</div>" if hint else ""
    c = f" class={cls}" if cls else ""
    return (
        f'<div class=q><label for="{id_}">{esc(label)}</label>{h}<div class=msg></div>'
        f'<input id="{id_}"{c} value="{esc(value)}" spellcheck=false autocomplete=off></div>'
    )


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    first, last = rng.choice(RARE)
    stage.pii(first, "PERSON", note="first name alone in its input", scored=False)
    stage.pii(last, "PERSON", note="last name alone in its input")
    full = f"{first} {last}"
    good = fakes.email_for(full, "gmail.com", rng)
    local, domain = good.split("@")
    bad_email = stage.pii(f"{local}@{domain.replace('.', '')}", "EMAIL_ADDRESS", note="typed without the dot")
    stage.pii(good, "EMAIL_ADDRESS", note="typed over the bad one")
    m = fakes.uk_mobile(rng)
    bad_mobile = stage.pii(m[:-1], "PHONE_NUMBER", note="one digit short")
    stage.pii(m, "PHONE_NUMBER", note="typed over the short one")
    dob = stage.pii(gb.date_of_birth(minimum_age=12, maximum_age=16).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
    street = stage.pii(fakes.street(gb), "ADDRESS")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    nino = stage.pii(fakes.nino(rng)[:-2], "UK_NINO", note="without its final letter")

    body = f"""<div class=top><b>Marlowe Building Society</b><span>Open a savings account</span></div>
<div class=wrap><div class=sum><h2 id=sum-h></h2><ul id=sum-l></ul></div>
<p class=cap>Step 2 of 4</p><h1>Your details</h1>
{_q("fn", "First name", first)}{_q("ln", "Last name", last)}
{_q("email", "Email address", bad_email, "We'll send your account confirmation here")}
{_q("mobile", "Mobile number", bad_mobile, "", "s")}
{_q("dob", "Date of birth", dob, "For example, 27/3/1990", "s")}
{_q("nino", "National Insurance number", nino, "It's on your payslip or in your personal tax account", "s")}
{_q("street", "Address line 1", street)}
{_q("postcode", "Postcode", postcode, "", "s")}
<button id=go>Continue</button></div>"""
    stage.page("apply/details.html", doc("Your details - Open a savings account", CSS, body, SCRIPT))
    stage.keep("Your details", "Step 2 of 4", "We'll send your account confirmation here", "Continue")
    stage.keep("It's on your payslip or in your personal tax account", "Marlowe Building Society")
    chrome = stage.chrome("http://apply.marlowe-bs.example/apply/details.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    x, y = chrome.point(".wrap", 0, 0.5, 0.2)
    desk.move(x + 250, y)
    desk.scroll(3, pause=0.25)
    stage.pause(3.0)
    stage.click(*chrome.point("#email", 0, 0.8, 0.5))
    desk.key("ctrl+a")
    stage.pause(0.6)
    desk.type(good, typo_rate=0.0, delay_ms=120)
    stage.mark("email fixed")
    stage.pause(1.5)
    stage.click(*chrome.point("#mobile", 0, 0.8, 0.5))
    desk.key("End")
    desk.type(m[-1], typo_rate=0.0, delay_ms=200)
    stage.mark("mobile fixed")
    stage.pause(2.0)
    desk.move(x + 250, y)
    desk.scroll(4, pause=0.25)
    stage.pause(3.0)
    stage.click(*chrome.point("#go"))
    stage.mark("continue again")
    stage.pause(5.0)
    desk.move(x + 250, y)
    desk.scroll(3, pause=0.25)
    stage.pause(3.0)
    desk.scroll(4, pause=0.25)
    stage.pause(3.0)
    desk.scroll(-7, pause=0.15)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="form_errors",
    description="A building society's 'Your details' form in Chromium after a failed submit: an error summary "
    "(thick red border, 'There is a problem with 5 answers', each message a red link quoting the answer: an "
    "e-mail without its dot, a mobile one digit short, a date of birth under 18, a postcode not found, an NI number "
    "without its letter), at each refused field a red left bar, the bold red message above and a red-bordered "
    "input holding the answer; the e-mail and the mobile corrected key by key, 'Continue' again: the summary "
    "quotes the three left; scrolled. en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=48.0,
    seed=45103,
    crf=24,
)
