"""A GOV.UK-style "Check your answers before sending your application" page, then one answer changed.

Why this screen: "the form says my address is wrong" has a caller share the last page of a
government service's application while the adviser reads it with them. The page (self-contained,
GOV.UK look: black header with the crown's "GOV.UK" and the service name, a BETA phase banner, a
"Back" link, a big bold heading) is a summary list per section under its own h2 ("Personal
details", "Contact details", "The person you care for", "Bank or building society details"):
each row a bold key on the left ("Name", "Date of birth", "National Insurance number", "Address",
"Phone number", "Sort code" ...), the answer beside it, and a blue underlined "Change" link at the
row's right end (with a visually hidden "name" after it, as the design system writes it). Dates
of birth are written out ('<d> <Month> <yyyy>'), addresses on several lines of one value (street,
town, postcode), the NI number spaced in pairs, the sort code with hyphens. Under the lists: "Now
send your application", a declaration paragraph and the green "Accept and send" button. The caller
scrolls down and back, clicks Change on the address: the form page "What is your address?" shows
the answer in its inputs (Address line 1, Address line 2 (optional), Town or city, and a narrow
Postcode input); line 1 is typed over, "Continue" returns to the list with the new address; then
Change on the date of birth shows GOV.UK's date input (Day | Month | Year boxes under a hint
'For example, 27 3 2007'), "Continue". en_GB values and rare names.
"""

from __future__ import annotations

import json
from datetime import date

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Ifeoluwa", "Pendlebury"), ("Tamsin", "Okonkwo-Hale"), ("Bartholomew", "Ncube"), ("Aoibheann", "Treharne")]

CSS = """
body{font-family:Arial,'Liberation Sans',sans-serif;color:#0b0c0c;font-size:19px;line-height:1.32;overflow-y:auto}
.hd{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8}
.hd .in{max-width:960px;margin:0 auto;padding:10px 15px;display:flex;align-items:baseline;gap:34px}
.hd b{font-size:30px;letter-spacing:-.5px}.hd span{font-size:18px;font-weight:700}
.w{max-width:960px;margin:0 auto;padding:0 15px}
.ph{padding:10px 0;border-bottom:1px solid #b1b4b6;font-size:16px}
.ph strong{background:#1d70b8;color:#fff;padding:2px 8px;margin-right:10px;font-size:16px;letter-spacing:1px}
.ph a,a{color:#1d70b8;text-decoration:underline;cursor:pointer}
.back{display:inline-block;margin:15px 0;font-size:16px;color:#0b0c0c}
.back:before{content:'\\2039';margin-right:6px}
h1{font-size:48px;line-height:1.04;margin:20px 0 40px;max-width:640px}
h2{font-size:24px;margin:30px 0 15px}
dl{margin:0 0 30px;display:table;width:100%;border-collapse:collapse}
.row{display:table-row;border-bottom:1px solid #b1b4b6}
dt,dd{display:table-cell;padding:10px 20px 10px 0;vertical-align:top;margin:0}
dt{font-weight:700;width:30%}dd.v{width:50%}dd.a{text-align:right;padding-right:0}
.vh{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;
clip:rect(0 0 0 0)!important;white-space:nowrap!important}
p{max-width:640px;margin:0 0 20px}
.btn{background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:8px 10px 7px;font-size:19px;
margin:10px 0 60px}
.page{display:none}.page.on{display:block}
label{display:block;font-weight:700;margin:0 0 5px}
.hint{color:#505a5f;margin:0 0 15px}
input{font-size:19px;border:2px solid #0b0c0c;padding:5px;height:40px;margin:0 0 30px;width:100%;max-width:640px}
input.pc{max-width:180px}
.dt{display:flex;gap:20px}.dt div{display:flex;flex-direction:column}.dt input{width:70px}.dt .y{width:100px}
.dt label{font-weight:400}
legend{font-size:32px;font-weight:700;margin:20px 0 15px}
fieldset{border:0;padding:0;margin:0}
"""

SCRIPT = """
const D = %s;
const $ = id => document.getElementById(id);
const show = p => { document.querySelectorAll('.page').forEach(e => e.classList.toggle('on', e.id === p));
  window.scrollTo(0, 0); };
$('ch-addr').addEventListener('click', () => show('addr'));
$('ch-dob').addEventListener('click', () => show('dob'));
$('go-addr').addEventListener('click', () => {
  const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  $('addr-v').innerHTML = [$('a1').value, $('a2').value, $('a3').value, $('a4').value].filter(s => s)
    .map(esc).join('<br>');
  show('sum');
});
$('go-dob').addEventListener('click', () => show('sum'));
"""


def _dob(d: date) -> str:
    return f"{d.day} {fakes.MONTHS[d.month - 1]} {d.year}"


def _row(key: str, value: str, hidden: str, link_id: str = "", value_id: str = "") -> str:
    lid = f' id="{link_id}"' if link_id else ""
    vid = f' id="{value_id}"' if value_id else ""
    return (
        f"<div class=row><dt>{esc(key)}</dt><dd class=v{vid}>{value}</dd><dd class=a><a{lid}>Change"
        f"<span class=vh> {esc(hidden)}</span></a></dd></div>"
    )


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    first, last = rng.choice(RARE)
    name = stage.pii(f"{first} {last}", "PERSON", note="the applicant, summary row and bank row")
    dob_date = gb.date_of_birth(minimum_age=25, maximum_age=60)
    dob = stage.pii(_dob(dob_date), "DATE_OF_BIRTH", note="written out, '<d> <Month> <yyyy>'")
    nino = stage.pii(fakes.nino(rng), "UK_NINO")
    street = stage.pii(fakes.street(gb), "ADDRESS", note="line 1 of a multi-line address value")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION", note="line 2 of the address value")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="line 3 of the address value")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    email = stage.pii(fakes.email_for(name, "btinternet.com", rng), "EMAIL_ADDRESS")
    cared = stage.pii(f"{gb.first_name()} {last}", "PERSON", note="the person cared for, same surname")
    cared_dob = stage.pii(_dob(gb.date_of_birth(minimum_age=70, maximum_age=90)), "DATE_OF_BIRTH")
    cared_street = stage.pii(fakes.street(gb), "ADDRESS", note="the cared-for person's address, line 1")
    cared_town = stage.pii(gb.city(), "LOCATION", note="the cared-for person's town")
    cared_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    bank = fakes.uk_bank(gb)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    new_street = stage.pii(fakes.street(gb), "ADDRESS", note="typed over Address line 1")

    addr = "<br>".join(esc(s) for s in (street, town, postcode))
    cared_addr = "<br>".join(esc(s) for s in (cared_street, cared_town, cared_pc))
    summary = f"""<div class="page on" id=sum><a class=back>Back</a>
<h1>Check your answers before sending your application</h1>
<h2>Personal details</h2><dl>
{_row("Name", esc(name), "name")}
{_row("Date of birth", esc(dob), "date of birth", "ch-dob")}
{_row("National Insurance number", esc(nino), "National Insurance number")}
{_row("Nationality", "British", "nationality")}
</dl><h2>Contact details</h2><dl>
{_row("Address", addr, "address", "ch-addr", "addr-v")}
{_row("Phone number", esc(phone), "phone number")}
{_row("Email address", esc(email), "email address")}
{_row("How should we contact you?", "By email", "how we contact you")}
</dl><h2>The person you care for</h2><dl>
{_row("Their name", esc(cared), "their name")}
{_row("Their date of birth", esc(cared_dob), "their date of birth")}
{_row("Their address", cared_addr, "their address")}
{_row("Your relationship to them", "Parent", "your relationship to them")}
{_row("Hours of care each week", "35 hours or more", "hours of care")}
</dl><h2>Bank or building society details</h2><dl>
{_row("Name on the account", esc(name), "name on the account")}
{_row("Sort code", esc(sort_code), "sort code")}
{_row("Account number", esc(account), "account number")}
{_row("Building society roll number", "Not provided", "roll number")}
</dl><h2>Now send your application</h2>
<p>By sending this application you are confirming that, to the best of your knowledge, the details you are
providing are correct.</p><button class=btn>Accept and send</button></div>"""
    form_addr = f"""<div class=page id=addr><a class=back>Back</a><h1>What is your address?</h1>
<label for=a1>Address line 1</label><input id=a1 value="{esc(street)}" autocomplete=off spellcheck=false>
<label for=a2>Address line 2 (optional)</label><input id=a2 value="">
<label for=a3>Town or city</label><input id=a3 value="{esc(town)}">
<label for=a4>Postcode</label><input id=a4 class=pc value="{esc(postcode)}">
<br><button class=btn id=go-addr>Continue</button></div>"""
    form_dob = f"""<div class=page id=dob><a class=back>Back</a><fieldset><legend>What is your date of birth?</legend>
<div class=hint>For example, 27 3 2007</div><div class=dt>
<div><label>Day</label><input value="{dob_date.day}"></div><div><label>Month</label><input value="{dob_date.month}">
</div><div><label>Year</label><input class=y value="{dob_date.year}"></div></div></fieldset>
<button class=btn id=go-dob>Continue</button></div>"""
    body = f"""<div class=hd><div class=in><b>&#9813; GOV.UK</b><span>Apply for Carer&#8217;s Allowance</span></div>
</div><div class=w><div class=ph><strong>BETA</strong>This is a new service. Help us improve it and
<a>give your feedback</a>.</div>{summary}{form_addr}{form_dob}</div>"""
    stage.page(
        "check-answers.html",
        doc("Check your answers - Apply for Carer's Allowance - GOV.UK", CSS, body, SCRIPT % json.dumps({})),
    )
    stage.keep("Check your answers before sending your application", "Personal details", "National Insurance number")
    stage.keep("Bank or building society details", "Accept and send", "Hours of care each week", "35 hours or more")
    chrome = stage.chrome("http://apply.carers-allowance.example/check-answers.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    x, y = chrome.point(".w", 0, 0.6, 0.1)
    desk.move(x, y + 200)
    for _ in range(4):
        desk.scroll(3, pause=0.15)
        stage.pause(2.5)
    desk.scroll(4, pause=0.15)
    stage.pause(3.0)
    desk.scroll(-20, pause=0.05)
    stage.pause(1.5)
    desk.scroll(4, pause=0.15)
    stage.pause(1.0)
    stage.click(*chrome.point("#ch-addr", 0, 0.3, 0.5))
    stage.mark("address form")
    stage.keep("What is your address?", "Address line 2 (optional)", "Town or city")
    stage.pause(3.0)
    stage.click(*chrome.point("#a1", 0, 0.8, 0.5))
    desk.key("ctrl+a")
    desk.type(new_street, typo_rate=0.0, delay_ms=120)
    stage.pause(2.0)
    desk.move(x, y + 300)
    desk.scroll(5, pause=0.15)  # the Continue button sits under the fold
    stage.pause(1.0)
    stage.click(*chrome.point("#go-addr", 0, 0.5, 0.5))
    stage.mark("summary again")
    stage.pause(4.0)
    stage.click(*chrome.point("#ch-dob", 0, 0.3, 0.5))
    stage.mark("date form")
    stage.keep("What is your date of birth?", "For example, 27 3 2007")
    stage.pause(4.5)
    stage.click(*chrome.point("#go-dob", 0, 0.5, 0.5))
    stage.pause(1.0)
    desk.move(x, y + 300)
    desk.scroll(6, pause=0.15)
    stage.pause(4.0)


SCENE = SceneSpec(
    name="answers_summary",
    description="A GOV.UK-style 'Check your answers before sending your application' page in Chromium: black header, "
    "BETA banner, Back link, a big heading, summary lists under section headings (bold key left, answer, a "
    "'Change' link right): name, a date of birth written out ('<d> <Month> <yyyy>'), an NI number, a multi-line "
    "address (street, town, postcode), phone, e-mail, the person cared for (name, date of birth, address), bank "
    "details (name on the account, sort code, account number); scrolled down and back; Change on the address "
    "opens the form with the answer in its inputs, line 1 typed over, Continue; Change on the date of birth "
    "shows the Day | Month | Year date input, Continue. en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=50.0,
    seed=44162,
    crf=24,
)
