"""A help-desk queue: ticket rows with requesters, e-mails under their names, subjects with personal data.

Why this screen: before opening a ticket, technicians sit on the queue. Each row shows the
requester's name with their e-mail in a smaller grey line under it, a subject the customer wrote
(addresses, logins, phone numbers and order numbers in it), the assignee, a coloured status pill
and a relative time; a saved-views sidebar and filters sit at the left; hovering a row opens a
preview of the ticket's first lines (prose with a phone number); rows are ticked for a bulk edit.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

STATUS = {"New": "#ffb648", "Open": "#e34f32", "Pending": "#3091ec", "On-hold": "#2f3941", "Solved": "#87929d"}
WHEN = [
    "4 minutes ago",
    "12 minutes ago",
    "38 minutes ago",
    "1 hour ago",
    "2 hours ago",
    "3 hours ago",
    "Today 08:14",
    "Yesterday 17:52",
    "Yesterday 11:06",
    "Tuesday",
    "Monday",
    "Nov 28",
    "Nov 27",
    "Nov 26",
]

CSS = """
body{font-size:13px;background:#fff;color:#2f3941;overflow:hidden}
.nav{position:absolute;left:0;top:0;bottom:0;width:52px;background:#03363d}
.top{position:absolute;left:52px;right:0;top:0;height:48px;border-bottom:1px solid #d8dcde;display:flex;
 align-items:center;padding:0 16px;gap:14px}
.top .t{font-size:15px;font-weight:600}.top input{margin-left:auto;width:260px;border:1px solid #c2c8cc;
 border-radius:4px;padding:6px 10px}
.views{position:absolute;left:52px;top:48px;bottom:0;width:232px;background:#f8f9f9;border-right:1px solid #d8dcde;
 padding:12px 0}
.views h4{margin:12px 16px 6px;font-size:11px;color:#68737d;text-transform:uppercase;letter-spacing:.4px}
.views div{display:flex;padding:6px 16px}.views div span{margin-left:auto;color:#68737d}
.views .on{background:#e9ebed;font-weight:600;border-left:3px solid #1f73b7;padding-left:13px}
.main{position:absolute;left:284px;right:0;top:48px;bottom:0;padding:14px 20px;overflow:hidden}
.main h2{margin:0 0 4px;font-size:20px}.main .sub{color:#68737d;margin-bottom:10px}
.filters{display:flex;gap:8px;margin-bottom:10px}.filters span{
 border:1px solid #c2c8cc;border-radius:14px;padding:3px 10px;
 font-size:12px}
#bulk{display:none;background:#edf7ff;border:1px solid #adcce4;border-radius:4px;padding:6px 12px;margin-bottom:8px}
#bulk b{margin-right:18px}#bulk span{color:#1f73b7;margin-right:14px}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th{text-align:left;font-weight:600;color:#68737d;font-size:12px;padding:6px 6px;border-bottom:1px solid #d8dcde}
td{padding:5px 6px;border-bottom:1px solid #e9ebed;vertical-align:middle;white-space:nowrap;overflow:hidden;
 text-overflow:ellipsis}
tr.row:hover td{background:#f3f6f8}tr.row.ck td{background:#edf7ff}
td small{display:block;color:#87929d;font-size:11px;overflow:hidden;text-overflow:ellipsis}
.pill{display:inline-block;color:#fff;border-radius:3px;padding:1px 6px;font-size:11px;font-weight:600}
.cb{width:14px;height:14px;border:1px solid #87929d;border-radius:2px;display:inline-block;vertical-align:middle}
tr.ck .cb{background:#1f73b7;border-color:#1f73b7}
.id{color:#68737d}
#tip{position:absolute;display:none;width:380px;background:#fff;border:1px solid #d8dcde;border-radius:6px;
 box-shadow:0 4px 14px rgba(0,0,0,.22);padding:10px 14px;z-index:5;line-height:1.45}
#tip b{display:block;margin-bottom:4px}#tip small{color:#68737d;display:block;margin-bottom:4px}
"""

SCRIPT = """
const tip = document.getElementById('tip');
function preview(i){
  const tr = document.querySelectorAll('tr.row')[i], r = tr.getBoundingClientRect(), p = PREVIEWS[i];
  tip.innerHTML = ''; const b = document.createElement('b'); b.textContent = p.subject; tip.append(b);
  const s = document.createElement('small'); s.textContent = p.from; tip.append(s); tip.append(p.body);
  tip.style.left = (r.left + 330) + 'px'; tip.style.top = (r.bottom + 2) + 'px'; tip.style.display = 'block';
}
function unpreview(){ tip.style.display = 'none'; }
document.querySelectorAll('tr.row').forEach(tr => tr.querySelector('.cb').addEventListener('click', () => {
  tr.classList.toggle('ck');
  const n = document.querySelectorAll('tr.row.ck').length, bulk = document.getElementById('bulk');
  bulk.style.display = n ? 'block' : 'none';
  bulk.querySelector('b').textContent = n + (n === 1 ? ' ticket selected' : ' tickets selected');
}));
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    agents = [stage.pii(fakes.person(fake), "PERSON") for _ in range(3)]
    people = [stage.pii(fakes.person(fake), "PERSON") for _ in range(13)]
    mails = [
        stage.pii(
            fakes.email_for(p, rng.choice(["gmail.com", "hotmail.co.uk", "icloud.com", "outlook.com"]), rng),
            "EMAIL_ADDRESS",
        )
        for p in people
    ]
    street = stage.pii(fakes.street(fake), "ADDRESS", note="in a subject line")
    login = stage.pii(
        f"{people[2].split()[0][0].lower()}.{people[2].split()[1].lower()}", "USERNAME", note="in a subject line"
    )
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="in a subject line")
    prose_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="in the hover preview's prose")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE", note="in a subject line")
    neighbour = stage.pii(fakes.person(fake), "PERSON", note="in a subject line")
    order = rng.randint(100000, 999999)
    card = rng.randint(1000, 9999)
    subjects = [
        f"Refund for order {order} – card ending {card}",
        f"Change address to {street}",
        f"Can't log in as {login}",
        "Router keeps dropping the connection every evening",
        f"Please call me back on {phone}",
        "Invoice shows the wrong VAT amount",
        f"Parcel left with {neighbour}, never arrived",
        "Cancel my subscription at the end of the month",
        f"Engineer visit – access via side gate, {postcode}",
        "Two-factor codes not arriving by SMS",
        "Question about the Fibre 500 upgrade",
        "Direct debit taken twice this month",
        "Speed test results attached",
    ]
    statuses = [
        "New",
        "Open",
        "Open",
        "Pending",
        "New",
        "Open",
        "On-hold",
        "Pending",
        "Open",
        "New",
        "Solved",
        "Open",
        "Pending",
    ]
    rows = []
    for i, (p, m, s, st) in enumerate(zip(people, mails, subjects, statuses, strict=True)):
        assignee = agents[i % 3] if st != "New" else "–"
        rows.append(
            f'<tr class="row"><td><span class="cb"></span></td><td class="id">#{48213 - i * 7}</td>'
            f"<td>{esc(s)}</td><td>{esc(p)}<small>{esc(m)}</small></td><td>{esc(WHEN[i])}</td>"
            f'<td>{esc(assignee)}</td><td><span class="pill" style="background:{STATUS[st]}">{st}</span></td></tr>'
        )
    previews = [
        {"subject": s, "from": f"{p} <{m}>", "body": "Hi, I moved into the new flat last week and nothing works yet."}
        for p, m, s in zip(people, mails, subjects, strict=True)
    ]
    hover = 5
    previews[hover]["body"] = (
        f"Hello, the invoice for November charges VAT twice. You can reach me on {prose_phone} after 4pm "
        "or reply here. Thanks"
    )
    views = """<h4>Views</h4><div class="on">Your unsolved tickets<span>9</span></div>
<div>Unassigned tickets<span>3</span></div>
<div>All unsolved tickets<span>41</span></div><div>Recently updated<span>17</span></div>
<div>Pending tickets<span>8</span></div>
<div>Recently solved<span>62</span></div><h4>Saved views</h4><div>Refunds – UK<span>5</span></div>
<div>Home moves<span>4</span></div>
<div>Engineer visits this week<span>6</span></div><h4>Filters</h4><div>Priority: Urgent,
High</div><div>Channel: Email, Web form</div>"""
    body = f"""<div class="nav"></div><div class="top"><span class="t">Support</span><span>Tickets</span>
<span>Customers</span><span>Reporting</span><input placeholder="Search tickets"></div>
<div class="views">{views}</div>
<div class="main"><h2>Your unsolved tickets</h2><div class="sub">13 tickets · sorted by Requested</div>
<div class="filters"><span>Status: New, Open, Pending,
On-hold</span><span>Group: Home broadband</span><span>+ Add filter</span></div>
<div id="bulk"><b>0 tickets selected</b><span>Edit</span><span>Merge</span><span>Mark as spam</span>
<span>Delete</span></div>
<table><colgroup><col style="width:30px"><col style="width:62px"><col style="width:330px"><col style="width:210px">
<col style="width:118px"><col style="width:130px"><col style="width:70px"></colgroup>
<thead><tr><th><span class="cb"></span></th><th>ID</th><th>Subject</th><th>Requester</th><th>Requested</th>
<th>Assignee</th><th>Status</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div><div id="tip"></div>"""
    script = f"const PREVIEWS = {json.dumps(previews)};" + SCRIPT
    stage.page("agent/filters/360001.html", doc("Your unsolved tickets – Support", CSS, body, script))
    stage.keep("Your unsolved tickets", "Unassigned tickets", "Recently updated", "Saved views", "Home moves")
    stage.keep("Router keeps dropping the connection every evening", "Invoice shows the wrong VAT amount")
    stage.keep("Two-factor codes not arriving by SMS", "Requester", "Assignee", "Status", "Pending")
    chrome = stage.chrome("http://northwind.helpdesk.example.com/agent/filters/360001.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    # hovering a row opens its preview: the first lines of the ticket, a phone number in prose
    desk.move(*chrome.point("tr.row td:nth-child(3)", index=hover, fx=0.3), steps=8)
    chrome.cdp.js(f"preview({hover})")
    stage.mark("preview_shown")
    stage.pause(3.5)
    chrome.cdp.js("unpreview()")
    desk.move(*chrome.point("tr.row td:nth-child(3)", index=8, fx=0.3), steps=8)
    chrome.cdp.js("preview(8)")
    stage.pause(2.5)
    chrome.cdp.js("unpreview()")
    # bulk selection
    for i in (1, 2, 6):
        stage.click(*chrome.point("tr.row .cb", index=i))
        stage.pause(0.5)
    stage.mark("bulk_selected")
    stage.pause(3.0)
    stage.click(*chrome.point(".views div", index=7))
    stage.pause(2.0)


SCENE = SceneSpec(
    name="ticket_queue",
    description="A Zendesk-like ticket queue in Chromium: 13 rows of ID, subject, requester's name over their "
    "e-mail in small grey text, relative time, assignee and a status pill; subjects carry an order and "
    "card ending, a new street address, a login, a mobile number, a neighbour's name and a postcode; a "
    "saved-views sidebar with counts and filters; hovering two rows shows a preview of the ticket "
    "(subject, 'Name <address>', first lines with a phone number in prose); three rows are ticked and a "
    "bulk-edit bar appears.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=60931,
    crf=24,
)
