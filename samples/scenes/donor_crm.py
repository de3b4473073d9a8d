"""A charity's donor CRM: the donors list, a donor's record, the Gift Aid declaration, a timeline.

Why this screen: a technician supporting a charity's fundraising team (a mail merge that will not
run, a Gift Aid claim export that fails) sees what Beacon, Donorfy or Raiser's Edge show: a donors
list (name, town, last gift, Gift Aid Yes/No); a click opens the donor's record: title and full
name, home address, e-mail, phone, date of birth, the Gift Aid declaration's text with the
donor's name and address in it ("I, <Title> <First> <Last> of <address>, want to Gift Aid ..."),
a Direct Debit mandate reference, a legacy pledge note ("Mrs <Last> mentioned leaving a gift to
..."), and an activity timeline where staff members' names stand beside each entry. Names from
en_GB and en_IE lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Philippa", "Lowri", "Oisin", "Temperance", "Chidera", "Gwenllian", "Aurelio", "Maelle"]
RARE_LAST = ["Whitmore-Achebe", "Pelham-Clinton", "Threlfall", "Gathercole", "Nwachukwu", "Tredinnick"]

CSS = """
body{font-size:13px;background:#f5f3ef;color:#26221d;overflow:hidden}
.top{height:44px;background:#7a1f3d;color:#fff;display:flex;align-items:center;padding:0 16px;gap:22px}
.logo{font-weight:800;font-size:17px}.top .u{margin-left:auto;font-size:12px;opacity:.9}
.pane{display:none;padding:10px 14px}.pane.on{display:block}
h1{font-size:18px;margin:0 0 4px}.sub{color:#7b7268;font-size:12px;margin-bottom:8px}
table{border-collapse:collapse;width:100%;background:#fff}
th{text-align:left;font-size:12px;color:#7b7268;padding:6px 8px;border-bottom:2px solid #e3ddd3;background:#faf8f5}
td{padding:6px 8px;border-bottom:1px solid #efebe4}tr.d{cursor:pointer}td.r,th.r{text-align:right}
.ga{border-radius:9px;padding:1px 8px;font-size:11px;font-weight:700}.y{background:#e2f2e6;color:#1f6f3a}
.n{background:#f3e6e6;color:#8a2d2d}
.grid{display:grid;grid-template-columns:360px 1fr 330px;gap:12px}
.card{background:#fff;border:1px solid #e3ddd3;border-radius:7px;padding:9px 11px;margin-bottom:10px}
.card h3{margin:0 0 7px;font-size:12px;text-transform:uppercase;color:#7a1f3d;letter-spacing:.4px}
dl{display:grid;grid-template-columns:110px 1fr;row-gap:5px;margin:0}dt{color:#7b7268}dd{margin:0}
.decl{font-size:12px;line-height:1.45;background:#faf8f5;border:1px solid #e3ddd3;padding:7px;border-radius:5px}
.tl div{border-left:3px solid #e3ddd3;padding:3px 0 7px 9px;font-size:12px}
.tl b{display:block;font-size:11px;color:#7b7268}
.note{font-size:12.5px;line-height:1.45}
.totals{display:flex;gap:10px;margin-bottom:8px}.totals div{background:#fff;border:1px solid #e3ddd3;border-radius:6px;
 padding:6px 10px}.totals b{display:block;font-size:16px}
"""

SCRIPT = """
for (const r of document.querySelectorAll('tr.d')) r.addEventListener('click', () => {
  document.getElementById('list').classList.remove('on'); document.getElementById('rec').classList.add('on'); });
"""

CAUSES = ["Winter appeal", "Raffle", "Regular gift", "Event: Fun Run", "Online donation", "Legacy society"]


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie = stage.fake("en_GB"), stage.fake("en_IE")
    staff = [
        stage.pii(f"{gb.first_name()} {rng.choice(RARE_LAST)}", "PERSON", note="staff member, timeline"),
        stage.pii(f"{rng.choice(RARE_FIRST[4:])} {ie.last_name()}", "PERSON", note="staff member, timeline"),
    ]
    user = stage.pii(f"{ie.first_name()} {gb.last_name()}", "PERSON", note="signed-in user, top bar")
    donors = [
        (rng.choice(RARE_FIRST[:4]), rng.choice(RARE_LAST)),
        (gb.first_name(), gb.last_name()),
        (ie.first_name(), ie.last_name()),
        (rng.choice(RARE_FIRST), gb.last_name()),
        (gb.first_name(), rng.choice(RARE_LAST)),
        (ie.first_name(), gb.last_name()),
        (gb.first_name(), ie.last_name()),
        (rng.choice(RARE_FIRST), rng.choice(RARE_LAST)),
        (gb.first_name(), gb.last_name()),
    ]
    rows = ""
    for k, (f, la) in enumerate(donors):
        name = stage.pii(f"{f} {la}", "PERSON", note="donors list")
        town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION", note="donors list town")
        gift = rng.choice([5, 10, 15, 25, 50, 100, 250])
        yes = rng.random() < 0.6
        rows += (
            f"<tr class=d><td>D-{40210 + 37 * k}</td><td>{esc(name)}</td><td>{esc(town)}</td>"
            f"<td class=r>£{gift}.00</td><td>{rng.randint(1, 28):02d}/11/2026</td><td>{esc(rng.choice(CAUSES))}</td>"
            f"<td><span class='ga {'y' if yes else 'n'}'>{'Yes' if yes else 'No'}</span></td></tr>"
        )
    first, last = donors[0]
    title = "Mrs"
    full = f"{title} {first} {last}"
    dob = stage.pii(gb.date_of_birth(minimum_age=55, maximum_age=88).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
    street = stage.pii(f"{rng.randint(2, 120)} {gb.street_name()}", "ADDRESS")
    town = stage.pii(gb.city(), "LOCATION", note="home town")
    postcode = stage.pii(gb.postcode(), "ZIP_CODE")
    email = stage.pii(f"{first[0].lower()}{last.lower().replace('-', '')}@btinternet.com", "EMAIL_ADDRESS")
    phone = stage.pii(f"01{rng.randint(200, 999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER")
    mandate = stage.pii(f"HCT{rng.randint(10000000, 99999999)}", "ACCOUNT_NUMBER", note="DD mandate reference")
    stage.pii(full, "PERSON", note="title and full name, record header and declaration")
    pc_inline = postcode
    decl = (
        f"I, {esc(full)}, of {esc(street)}, {esc(town)} {pc_inline}, want to Gift Aid my donation and any donations I "
        "make in the future or have made in the past 4 years to Hillcrest Children's Trust. I am a UK taxpayer."
    )
    pledge = (
        f"{title} {esc(last)} mentioned leaving a gift to the hospice appeal in her will. Send legacy pack; "
        "she prefers a call in the afternoon."
    )
    stage.pii(f"{title} {last}", "PERSON", note="'Mrs <Last>' in the legacy note")
    timeline = ""
    for when, what, who in (
        ("02/12/2026", "Thank-you call made", staff[0]),
        ("15/11/2026", "Donation £25.00 received (Direct Debit)", staff[1]),
        ("28/10/2026", "Legacy conversation at coffee morning", staff[0]),
        ("03/10/2026", "Gift Aid declaration updated", staff[1]),
    ):
        timeline += f"<div><b>{when} · {esc(who)}</b>{esc(what)}</div>"
    record = (
        f"<h1>{esc(full)}</h1><div class=sub>Donor D-40210 · Supporter since 2011 · Legacy prospect</div>"
        "<div class=grid><div><div class=card><h3>Contact</h3><dl>"
        f"<dt>Title</dt><dd>{title}</dd><dt>Home address</dt><dd>{esc(street)}<br>{esc(town)}<br>{postcode}</dd>"
        f"<dt>E-mail</dt><dd>{esc(email)}</dd><dt>Phone</dt><dd>{phone}</dd><dt>Date of birth</dt><dd>{dob}</dd>"
        "<dt>Preferences</dt><dd>Post and phone, no e-mail</dd></dl></div>"
        "<div class=card><h3>Regular giving</h3><dl><dt>Amount</dt><dd>£25.00 monthly</dd>"
        f"<dt>DD mandate</dt><dd>{mandate}</dd><dt>Started</dt><dd>15/04/2019</dd></dl></div></div>"
        "<div><div class=card><h3>Gift Aid declaration</h3>"
        f"<div class=decl>{decl}</div><div class=sub>Declared 03/10/2026 · Oral, confirmed in writing</div></div>"
        f"<div class=card><h3>Legacy pledge</h3><div class=note>{pledge}</div></div>"
        "<div class=totals><div>Lifetime giving<b>£3,415.00</b></div><div>Gift Aid claimed<b>£812.50</b></div>"
        "<div>Gifts<b>94</b></div></div></div>"
        f"<div><div class=card><h3>Activity</h3><div class=tl>{timeline}</div></div></div></div>"
    )
    body = (
        "<div class=top><span class=logo>Hillcrest Children's Trust</span><span>Supporters</span><span>Campaigns"
        f"</span><span>Gift Aid</span><span class=u>{esc(user)} · Fundraising</span></div>"
        "<div id=list class='pane on'><h1>Donors</h1><div class=sub>Gifts in the last 30 days · 9 of 1,284</div>"
        "<table><tr><th>Donor ID</th><th>Name</th><th>Town</th><th class=r>Last gift</th><th>Date</th><th>Source</th>"
        f"<th>Gift Aid</th></tr>{rows}</table></div><div id=rec class=pane>{record}</div>"
    )
    stage.page("crm/donors.html", doc("Donors · Hillcrest", CSS, body, SCRIPT))
    stage.keep("Gifts in the last 30 days", "Last gift", "Winter appeal", "Gift Aid")
    chrome = stage.chrome("http://crm.hillcrest-trust.example/crm/donors.html", mode="maximized")
    stage.start()
    stage.pause(8.0)
    stage.click(*chrome.point("tr.d", 0))
    stage.mark("record")
    stage.keep("Gift Aid declaration", "Legacy pledge", "Lifetime giving", "Post and phone, no e-mail")
    stage.keep("Supporter since 2011", "Regular giving", "£25.00 monthly", "Thank-you call made")
    stage.pause(12.0)


SCENE = SceneSpec(
    name="donor_crm",
    description="A charity's donor CRM in Chromium (en_GB, en_IE names and ones common lists miss): a donors list "
    "(ID, name, town, last gift, date, source, Gift Aid Yes/No badge); a click opens a donor's record: '<Title> "
    "<First> <Last>' as heading, home address over three lines, e-mail, phone, date of birth, a Direct Debit "
    "mandate reference; the Gift Aid declaration's text with the name and the address inline ('I, <Title> <First> "
    "<Last>, of <street>, <town> <postcode>, want to Gift Aid ...'); a legacy pledge note ('<Title> <Last> "
    "mentioned leaving a gift ...'); an activity timeline with staff names beside each date.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=38102,
    crf=24,
)
