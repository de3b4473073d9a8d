"""A workplace pension provider's member record, seen by a financial adviser.

Why this screen: an adviser (or the provider's helpdesk) helping a member with a transfer or a
nomination opens the member's record: a summary column that never scrolls away (name, member
number, National Insurance number, date of birth, pensionable salary, selected retirement age)
and tabs. "Beneficiaries" is the expression-of-wish table (name, relationship, date of birth,
share %, the beneficiary's own address); "Transfer in" names the previous scheme, the member's
reference in it and the previous employer; "Contributions" is a monthly table of innocent
amounts; "Secure messages" is a thread in which the member names family members and the adviser
types a reply addressed "Dear <Title> <Last>". Names from en_GB and en_IE lists and ones common
name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST_M = ["Gethin", "Lorcan", "Ambrose", "Idris", "Fergal", "Jolyon"]
RARE_FIRST_F = ["Ceinwen", "Niamh", "Philippa", "Rosalind", "Oonagh", "Tamsin"]
RARE_DAUGHTER = ["Elowen", "Seren", "Isolde", "Blodwen", "Wrenna", "Aoibheann"]
RARE_LAST = ["Garbutt", "Tregear", "Mountstephen", "Ravenscroft", "Uttley-Kane", "Scholefield"]

CSS = """
body{font-size:13px;background:#f3f5f4;color:#1e2a26;overflow:hidden}
.top{height:46px;background:#0f4c45;color:#fff;display:flex;align-items:center;padding:0 20px;gap:22px}
.top b{font-size:17px}.top .who{margin-left:auto;font-size:12px;opacity:.9}
.wrap{display:grid;grid-template-columns:300px 1fr;gap:14px;padding:12px 16px}
.card{background:#fff;border:1px solid #d6dedb;border-radius:8px;padding:12px 14px;margin-bottom:10px}
.card h3{margin:0 0 8px;font-size:12px;color:#0f4c45;text-transform:uppercase;letter-spacing:.4px}
.nm{font-size:18px;font-weight:700;margin-bottom:8px}
dl{display:grid;grid-template-columns:130px 1fr;row-gap:6px;margin:0}dt{color:#60706b}dd{margin:0}
.tabs{display:flex;gap:2px;border-bottom:2px solid #d6dedb;margin-bottom:10px}
.tabs span{padding:8px 14px;color:#60706b;cursor:pointer}
.tabs span.on{color:#0f4c45;font-weight:700;border-bottom:3px solid #0f8a7a;margin-bottom:-2px}
.tab{display:none}.tab.on{display:block}
table{border-collapse:collapse;width:100%;font-size:12.5px}
th{text-align:left;color:#4d5c57;border-bottom:2px solid #d6dedb;padding:5px 7px;background:#f7f9f8}
td{padding:6px 7px;border-bottom:1px solid #e9eeec;vertical-align:top}td.r,th.r{text-align:right}
.note{font-size:12px;color:#60706b;margin:8px 0}
.msg{border:1px solid #d6dedb;border-radius:8px;padding:8px 12px;margin-bottom:8px;background:#fff}
.msg .h{font-size:11.5px;color:#60706b;margin-bottom:4px}.msg.me{background:#eef7f5;margin-left:60px}
textarea{width:100%;height:70px;font:13px 'Liberation Sans',sans-serif;border:1px solid #9aa8a3;border-radius:5px;
 padding:6px}
.btn{display:inline-block;background:#0f8a7a;color:#fff;border-radius:5px;padding:6px 14px;margin-top:6px}
.ok{color:#1d7a3d;font-weight:700}
"""

SCRIPT = """
document.querySelectorAll('.tabs span').forEach((t, i) => t.addEventListener('click', () => {
  document.querySelectorAll('.tabs span').forEach((s, j) => s.classList.toggle('on', i === j));
  document.querySelectorAll('.tab').forEach((s, j) => s.classList.toggle('on', i === j)); }));
"""

TABS = ["Beneficiaries", "Transfer in", "Contributions", "Secure messages"]


def play(stage: Stage) -> None:
    rng, gb, ie = stage.rng, stage.fake("en_GB"), stage.fake("en_IE")
    first, last = rng.choice(RARE_FIRST_M), rng.choice(RARE_LAST)
    member = stage.pii(f"{first} {last}", "PERSON", note="the member")
    member_no = stage.pii(f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}", "ACCOUNT_NUMBER", note="member no.")
    nino = stage.pii(fakes.nino(rng), "UK_NINO")
    dob = stage.pii(gb.date_of_birth(minimum_age=48, maximum_age=63).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
    street = stage.pii(fakes.street(gb), "ADDRESS", note="the member's and the spouse's")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    wife_first = rng.choice(RARE_FIRST_F)
    wife = stage.pii(f"{wife_first} {last}", "PERSON", note="beneficiary, spouse")
    wife_dob = stage.pii(gb.date_of_birth(minimum_age=45, maximum_age=60).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
    d_first = rng.choice(RARE_DAUGHTER)
    daughter = stage.pii(f"{d_first} {ie.last_name()}", "PERSON", note="beneficiary, daughter (married name)")
    d_dob = stage.pii(gb.date_of_birth(minimum_age=22, maximum_age=28).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
    d_street = stage.pii(f"Flat {rng.randint(2, 40)}, {fakes.street(gb)}", "ADDRESS", note="daughter's")
    d_town = stage.pii(gb.city(), "LOCATION", note="daughter's town")
    d_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="daughter's")
    prev_ref = stage.pii(f"HDR/{rng.randint(100000, 999999)}/{rng.randint(10, 99)}", "ACCOUNT_NUMBER", note="prev ref")
    adviser = stage.pii(f"{gb.first_name_female()} {gb.last_name()}", "PERSON", note="the adviser, top bar")
    adviser_first = adviser.split()[0]
    contrib = ""
    for month in ("Nov 2026", "Oct 2026", "Sep 2026", "Aug 2026", "Jul 2026", "Jun 2026"):
        contrib += (
            f"<tr><td>{month}</td><td class=r>£218.33</td><td class=r>£262.00</td><td class=r>£480.33</td>"
            "<td>Default Growth Fund</td><td class=ok>Invested</td></tr>"
        )
    left = f"""<div class=card><h3>Member summary</h3><div class=nm>{esc(member)}</div><dl>
<dt>Member number</dt><dd>{member_no}</dd><dt>NI number</dt><dd>{nino}</dd><dt>Date of birth</dt><dd>{dob}</dd>
<dt>Address</dt><dd>{esc(street)}<br>{esc(town)}<br>{postcode}</dd><dt>Employer</dt><dd>Brackenfield Logistics</dd>
<dt>Pensionable salary</dt><dd>£52,400 a year</dd><dt>Retirement age</dt><dd>67</dd></dl></div>
<div class=card><h3>Pot value</h3><dl><dt>Current value</dt><dd>£148,926.71</dd><dt>Fund</dt>
<dd>Default Growth Fund</dd><dt>Charges</dt><dd>0.45% a year</dd></dl></div>"""
    bene = f"""<div class="tab on"><div class=note>Expression of wish form received 14/09/2026. The trustees are not
bound by it.</div><table><tr><th>Name</th><th>Relationship</th><th>Date of birth</th><th class=r>Share</th>
<th>Address</th></tr>
<tr><td>{esc(wife)}</td><td>Spouse</td><td>{wife_dob}</td><td class=r>60%</td><td>Same as member</td></tr>
<tr><td>{esc(daughter)}</td><td>Daughter</td><td>{d_dob}</td><td class=r>30%</td>
<td>{esc(d_street)}<br>{esc(d_town)} {d_pc}</td></tr>
<tr><td>Wessex Hospice Care</td><td>Charity</td><td>-</td><td class=r>10%</td><td>Registered charity 1012345</td></tr>
</table></div>"""
    transfer = f"""<div class=tab><table><tr><th>Previous scheme</th><th>Your reference</th><th>Previous employer</th>
<th class=r>Value</th><th>Status</th></tr><tr><td>Harlow &amp; District Retail Pension Scheme</td><td>{prev_ref}</td>
<td>Alderton Freight Ltd</td><td class=r>£41,208.55</td><td>Awaiting funds</td></tr></table>
<div class=note>Transfer requested 02/11/2026. Ceding scheme asked for a discharge form on 20/11/2026.</div></div>"""
    contribs = f"""<div class=tab><table><tr><th>Month</th><th class=r>Member</th><th class=r>Employer</th>
<th class=r>Total</th><th>Fund</th><th>Status</th></tr>{contrib}</table></div>"""
    messages = f"""<div class=tab><div class=msg><div class=h>From member · 03/12/2026 19:42</div>
Hello {esc(adviser_first)}, I married {esc(wife_first)} in the summer and want her to have
most of the pot. My daughter {esc(d_first)} has moved to
{esc(d_town)}, her new address is on the form. Can you confirm the transfer from Alderton has gone through?</div>
<div class="msg me"><div class=h>{esc(adviser)} · 04/12/2026 09:15</div>Thank you, we have updated your
nomination. The transfer is waiting on the ceding scheme.</div><textarea id=reply></textarea>
<span class=btn>Send securely</span></div>"""
    tabs = "".join(f"<span{' class=on' if i == 0 else ''} id=t{i}>{t}</span>" for i, t in enumerate(TABS))
    body = f"""<div class=top><b>Northgate Pensions</b><span>Adviser hub</span><span>Members</span>
<span class=who>{esc(adviser)} · Adviser</span></div><div class=wrap><div>{left}</div>
<div class=card><div class=tabs>{tabs}</div>{bene}{transfer}{contribs}{messages}</div></div>"""
    stage.page("adviser/member.html", doc("Member record · Northgate Pensions", CSS, body, SCRIPT))
    stage.keep("Northgate Pensions", "Adviser hub", "Member summary", "Pensionable salary", "£52,400 a year")
    stage.keep("Brackenfield Logistics", "Pot value", "£148,926.71", "Default Growth Fund", "0.45% a year", *TABS)
    stage.keep("Expression of wish form received 14/09/2026.", "Wessex Hospice Care", "Awaiting funds")
    stage.keep("Harlow & District Retail Pension Scheme", "Alderton Freight Ltd", "Send securely")
    chrome = stage.chrome("http://advisers.northgate-pensions.co.uk/adviser/member.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(7.0)
    for i in range(1, 4):
        stage.click(*chrome.point(f"#t{i}"))
        stage.mark(TABS[i].lower().replace(" ", "_"))
        stage.pause(4.0)
    stage.click(*chrome.point("#reply"))
    desk.type(
        f"Dear Mr {last}, {d_first}'s new address is now on your record. I will chase Alderton's scheme today.",
        typo_rate=0.0,
        delay_ms=50,
    )
    stage.mark("typed")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="pension_portal",
    description="A workplace pension provider's member record seen by an adviser in Chromium (en_GB/en_IE names and "
    "ones common lists miss): a summary column (name, member number, NI number, date of birth, address, employer, "
    "pensionable salary, pot value); tabs clicked in turn: the beneficiaries nomination table (name, relationship, "
    "date of birth, share %, the daughter's own address, a charity), a transfer in (previous scheme, the member's "
    "reference in it, previous employer), monthly contributions (innocent amounts) and a secure-message thread "
    "naming family members, with a reply typed 'Dear Mr <Last>, <First>'s new address ...'.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=39102,
    crf=24,
)
