"""A letting agent's property management system: tenancies, one tenancy's page and a repair ticket.

Why this screen: a technician supporting a letting agent (a rent run that will not post, a
contractor portal that will not load) sees what Reapit, Alto and Goodlord show a negotiator: the
tenancy list with the property's address as each row's title ("Flat 2, 14 <Street>, <Town>
<postcode>"), the lead tenant's name, the rent, a status ("Arrears", "Renewal due") and the next
inspection; a click opens the tenancy: the tenants with date of birth, e-mail and mobile, a
guarantor with a home address and an employer, the deposit scheme's reference, the right-to-rent
check ("Passport seen 12/03/2025") and the bank details rent is paid from (account name, sort
code, account number); then the maintenance ticket's thread with a contractor ("Hi <First>,
I'll be round Tuesday ...") and a reply typed by the negotiator. Names from en_GB and en_IE lists
and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Oluwaseun", "Rhodri", "Teodora", "Eilidh", "Ksawery", "Anwen", "Tadhg", "Marisol"]
RARE_LAST = ["Featherstonehaugh", "Okonkwo-Reyes", "Szczepański", "Mac an tSaoir", "Ollerenshaw", "Vasquez-Pryce"]

CSS = """
body{font-size:13px;background:#f4f3ef;color:#22262a;overflow:hidden}
.top{height:48px;background:#0f5c55;color:#fff;display:flex;align-items:center;padding:0 18px;gap:22px}
.logo{font-weight:800;font-size:18px}.top .u{margin-left:auto;font-size:12px;opacity:.92}
.tabs{display:flex;gap:2px;padding:8px 18px 0;background:#e4e2da}
.tabs div{padding:7px 14px;border-radius:6px 6px 0 0;color:#4a5056;cursor:pointer}
.tabs .on{background:#fff;font-weight:700;color:#0f5c55}
.pane{background:#fff;margin:0 18px;padding:12px 16px;height:590px;display:none;overflow:hidden}.pane.on{display:block}
h1{font-size:17px;margin:0 0 4px}.sub{color:#6b7177;font-size:12px;margin-bottom:10px}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:12px;color:#6b7177;padding:6px 8px;border-bottom:2px solid #e4e2da;background:#faf9f6}
td{padding:8px 8px;border-bottom:1px solid #efede8}
tr.t{cursor:pointer}
.arr{background:#fbe3e1;color:#a3231a;border-radius:10px;padding:2px 8px;font-size:11px;font-weight:700}
.ren{background:#fff1d6;color:#8a5a00;border-radius:10px;padding:2px 8px;font-size:11px;font-weight:700}
.act{background:#dff3ea;color:#17623f;border-radius:10px;padding:2px 8px;font-size:11px;font-weight:700}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:14px}
.box{border:1px solid #e4e2da;border-radius:7px;padding:10px 12px}
.box h3{margin:0 0 8px;font-size:12px;text-transform:uppercase;color:#0f5c55;letter-spacing:.4px}
dl{display:grid;grid-template-columns:105px 1fr;row-gap:5px;margin:0 0 8px}dt{color:#6b7177}dd{margin:0}
.who{font-weight:700;margin:4px 0 4px}
.msg{border:1px solid #e4e2da;border-radius:8px;padding:9px 12px;margin-bottom:9px;max-width:880px}
.msg .by{font-size:12px;color:#6b7177;margin-bottom:4px}.msg.me{background:#eef7f5;margin-left:60px}
textarea{width:880px;height:62px;font:13px sans-serif;border:1px solid #b9bdb6;border-radius:6px;padding:7px}
.btn{display:inline-block;background:#0f5c55;color:#fff;border-radius:5px;padding:6px 14px;margin-top:6px}
"""

SCRIPT = """
const show = id => {
  for (const p of document.querySelectorAll('.pane')) p.classList.toggle('on', p.id === id);
  for (const t of document.querySelectorAll('.tabs div')) t.classList.toggle('on', t.dataset.p === id); };
for (const r of document.querySelectorAll('tr.t')) r.addEventListener('click', () => show('tenancy'));
for (const t of document.querySelectorAll('.tabs div')) t.addEventListener('click', () => show(t.dataset.p));
"""

STREETS = ["Road", "Street", "Avenue", "Terrace", "Crescent", "Lane", "Grove"]


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie = stage.fake("en_GB"), stage.fake("en_IE")
    agent = stage.pii(f"{gb.first_name()} {gb.last_name()}", "PERSON", note="the negotiator, top bar")
    leads: list[tuple[str, str]] = [
        (rng.choice(RARE_FIRST), gb.last_name()),
        (gb.first_name(), rng.choice(RARE_LAST)),
        (ie.first_name(), ie.last_name()),
        (gb.first_name(), gb.last_name()),
        (rng.choice(RARE_FIRST), rng.choice(RARE_LAST)),
        (ie.first_name(), gb.last_name()),
        (gb.first_name(), ie.last_name()),
    ]
    statuses = ["Arrears", "Renewal due", "Active", "Active", "Renewal due", "Arrears", "Active"]
    css = {"Arrears": "arr", "Renewal due": "ren", "Active": "act"}
    rents = ["£1,250 pcm", "£975 pcm", "£1,480 pcm", "£820 pcm", "£2,100 pcm", "£1,095 pcm", "£1,360 pcm"]
    rows = ""
    addresses: list[str] = []
    for k, (first, last) in enumerate(leads):
        street = f"{rng.randint(2, 88)} {gb.last_name()} {rng.choice(STREETS)}"
        addr = stage.pii(
            f"Flat {rng.randint(1, 9)}, {street}, {gb.city()} {gb.postcode()}",
            "ADDRESS",
            note="the property as the row's title",
        )
        addresses.append(addr)
        lead = stage.pii(f"{first} {last}", "PERSON", note="lead tenant")
        st = statuses[k]
        rows += (
            f"<tr class=t><td>{esc(addr)}</td><td>{esc(lead)}</td><td>{rents[k]}</td>"
            f"<td><span class={css[st]}>{st}</span></td><td>{rng.randint(1, 28)}/0{rng.randint(1, 9)}/2027</td></tr>"
        )
    # the tenancy that opens: the first row
    first, last = leads[0]
    t1 = f"{first} {last}"
    co_first, co_last = gb.first_name(), rng.choice(RARE_LAST[3:])
    t2 = stage.pii(f"{co_first} {co_last}", "PERSON", note="second tenant")
    tenants = ""
    for name, fn, ln in ((t1, first, last), (t2, co_first, co_last)):
        dob = stage.pii(gb.date_of_birth(minimum_age=21, maximum_age=45).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
        mail = stage.pii(f"{fn.lower()}.{ln.lower().replace(' ', '')}{rng.randint(1, 99)}@gmail.com", "EMAIL_ADDRESS")
        mob = stage.pii(f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER")
        tenants += (
            f"<div class=who>{esc(name)}</div><dl><dt>Date of birth</dt><dd>{dob}</dd><dt>E-mail</dt>"
            f"<dd>{esc(mail)}</dd><dt>Mobile</dt><dd>{mob}</dd></dl>"
        )
    g_first, g_last = ie.first_name(), ie.last_name()
    guarantor = stage.pii(f"{g_first} {g_last}", "PERSON", note="guarantor")
    g_street = stage.pii(f"{rng.randint(3, 140)} {gb.street_name()}", "ADDRESS")
    g_town = stage.pii(f"{gb.city()} {gb.postcode()}", "LOCATION", note="'<town> <postcode>'")
    g_phone = stage.pii(f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER")
    deposit = stage.pii(f"TDS-{rng.randint(1000000, 9999999)}", "ACCOUNT_NUMBER", note="deposit scheme reference")
    acc_name = stage.pii(f"{first[0]} {last}", "PERSON", note="bank account name '<I> <Last>'")
    sort = stage.pii(f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", "SORT_CODE")
    account = stage.pii(f"{rng.randint(10000000, 99999999)}", "ACCOUNT_NUMBER")
    contractor_first, contractor_last = rng.choice(RARE_FIRST[4:]), gb.last_name()
    contractor = stage.pii(f"{contractor_first} {contractor_last}", "PERSON", note="contractor, by-line")
    c_mobile = stage.pii(f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER")
    agent_first = agent.split()[0]
    stage.pii(agent_first, "PERSON", scored=False, note="a first name alone ('Hi <First>,')")
    stage.pii(contractor_first, "PERSON", scored=False, note="a first name alone ('Thanks <First>,')")
    stage.pii(first, "PERSON", scored=False, note="a first name alone in the reply")
    stage.pii(co_first, "PERSON", scored=False, note="a first name alone in the reply")
    tenancies = (
        "<div id=tenancies class='pane on'><h1>Tenancies</h1><div class=sub>Managed · 7 of 212 · sorted by "
        "status</div><table><tr><th>Property</th><th>Lead tenant</th><th>Rent</th><th>Status</th>"
        f"<th>Next inspection</th></tr>{rows}</table></div>"
    )
    tenancy = (
        f"<div id=tenancy class=pane><h1>{esc(addresses[0])}</h1><div class=sub>Assured shorthold tenancy · "
        "started 01/04/2025 · 12 months · rent £1,250 pcm</div><div class=grid><div class=box><h3>Tenants</h3>"
        f"{tenants}</div><div class=box><h3>Guarantor</h3><div class=who>{esc(guarantor)}</div><dl>"
        f"<dt>Home address</dt><dd>{esc(g_street)}<br>{esc(g_town)}</dd><dt>Phone</dt><dd>{g_phone}</dd>"
        "<dt>Employer</dt><dd>Hartwell Logistics Ltd</dd><dt>Income</dt><dd>£48,000 a year</dd></dl>"
        "<h3>Compliance</h3><dl><dt>Right to rent</dt><dd>Passport seen 12/03/2025</dd><dt>Gas safety</dt>"
        "<dd>Valid to 18/09/2026</dd><dt>EPC</dt><dd>Rating C</dd></dl></div><div class=box><h3>Deposit</h3>"
        f"<dl><dt>Scheme</dt><dd>Tenancy Deposit Scheme</dd><dt>Reference</dt><dd>{deposit}</dd><dt>Amount</dt>"
        "<dd>£1,442.00</dd></dl><h3>Rent paid from</h3>"
        f"<dl><dt>Account name</dt><dd>{esc(acc_name)}</dd><dt>Sort code</dt><dd>{sort}</dd>"
        f"<dt>Account no.</dt><dd>{account}</dd><dt>Due day</dt><dd>1st of the month</dd></dl></div></div></div>"
    )
    thread = (
        "<div id=maint class=pane><h1>Job #4471 · Leaking kitchen tap</h1><div class=sub>Reported by tenant · "
        "Priority: normal · Assigned: Plumbing</div>"
        f"<div class=msg><div class=by>{esc(contractor)} · Contractor · 2 Dec 16:05</div>Hi {esc(agent_first)}, "
        "I'll be round Tuesday between 8 and 10 to swap the cartridge. Can the tenant leave the keys with the "
        f"concierge? My mobile is {c_mobile}.</div>"
        f"<div class='msg me'><div class=by>{esc(agent)} · 2 Dec 16:40</div>Thanks, I'll check with the tenant.</div>"
        "<textarea id=reply autocomplete=off></textarea><br><span class=btn>Send reply</span></div>"
    )
    body = (
        "<div class=top><span class=logo>LetDesk</span><span>Harbour &amp; Vale Lettings</span>"
        f"<span>Branch: Kemptown</span><span class=u>{esc(agent)} · Lettings negotiator</span></div>"
        "<div class=tabs><div class=on data-p=tenancies>Tenancies</div><div data-p=tenancy>Tenancy</div>"
        f"<div data-p=maint>Maintenance</div><div>Rent run</div><div>Landlords</div></div>{tenancies}{tenancy}{thread}"
    )
    stage.page("letdesk/tenancies.html", doc("Tenancies · LetDesk", CSS, body, SCRIPT))
    stage.keep("Tenancies", "Lead tenant", "Next inspection", "Harbour & Vale Lettings", "Renewal due", "Arrears")
    stage.keep("£1,250 pcm", "Rent run", "Landlords")
    chrome = stage.chrome("http://crm.harbourvale.example/letdesk/tenancies.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("tr.t", 0))
    stage.mark("tenancy")
    stage.keep("Right to rent", "Passport seen 12/03/2025", "Tenancy Deposit Scheme", "Hartwell Logistics Ltd")
    stage.keep("Gas safety", "Rent paid from", "1st of the month")
    stage.pause(6.0)
    stage.click(*chrome.point(".tabs div", 2))
    stage.mark("maintenance")
    stage.keep("Leaking kitchen tap", "Send reply", "Priority: normal")
    stage.pause(2.0)
    stage.click(*chrome.point("#reply"))
    desk.type(
        f"Hi {contractor_first}, Tuesday is fine. {first} is home after 4, ring {t2.split()[0]} if not.",
        typo_rate=0.0,
        delay_ms=60,
    )
    stage.mark("typed")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="letting_agent",
    description="A letting agent's property management system in Chromium (en_GB, en_IE names and ones common lists "
    "miss): the tenancy list (the property 'Flat <n>, <no> <Street>, <Town> <postcode>' as the row's title, lead "
    "tenant, rent, 'Arrears'/'Renewal due', next inspection); a tenancy's page (tenants with date of birth, e-mail, "
    "mobile; a guarantor with home address, phone and employer; deposit scheme reference; 'Right to rent: Passport "
    "seen <date>'; rent paid from '<I> <Last>', sort code, account number); a maintenance thread with a contractor "
    "('Hi <First>, I'll be round Tuesday ...', a mobile) and a reply typed ('Hi <First>, ... <First> is home ...').",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=34.0,
    seed=37101,
    crf=24,
)
