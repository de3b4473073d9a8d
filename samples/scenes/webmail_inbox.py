"""A webmail inbox: a column of sender names with no label, subjects and dates; one message opened.

Why this screen: in a mail list the only clue that "Hannah Price" is a person is that the column
is full of them; once a message is open the sender's address, the signature's phone number and
street address show up in free text.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

SUBJECTS = [
    ("Quarterly VAT return", "The figures for Q3 are attached, please check the fuel expenses line"),
    ("Re: Printer on the second floor", "It is jamming again on double-sided jobs, could someone have a look"),
    ("Team lunch on Friday", "Booked a table for twelve at half past twelve, let me know about dietary needs"),
    ("Updated rota for October", "Swapped the Tuesday late shift, the new sheet is in the shared drive"),
    ("Your order has shipped", "Good news, your parcel is on its way and should arrive by Thursday"),
    ("Re: Laptop refresh schedule", "Finance approved the budget, rollout starts in the first week of November"),
    ("Minutes from Monday's meeting", "Action points are highlighted in yellow, owners are listed beside each"),
    ("Fire alarm test tomorrow", "A short test of the alarm is planned for 10:00, no need to evacuate"),
    ("Re: Conference room booking", "The projector cable is missing again, I have ordered a new one"),
    ("Invoice 2025-0917 overdue", "This is a friendly reminder that the invoice below is now 14 days overdue"),
    ("Parking permits renewal", "Please renew before the end of the month using the staff portal"),
    ("Re: VPN keeps disconnecting", "Happens every twenty minutes or so when I am working from home"),
    ("New starter next week", "Please make sure the desk by the window has a docking station and screen"),
    ("Training: phishing awareness", "Mandatory for all staff, the session takes about 25 minutes"),
    ("Re: Holiday request", "Approved, enjoy the break and remember to set your out of office"),
    ("Broadband outage report", "The provider confirmed a fault at the exchange, fix expected by 3pm"),
    ("Christmas party venue", "Three options shortlisted, please vote in the poll by Friday"),
    ("Re: Expense claim query", "The receipt for the train ticket is missing from the claim"),
]
OPENED = 1  # "Re: Printer on the second floor"
NAV = ["Inbox", "Starred", "Snoozed", "Important", "Sent", "Drafts", "Scheduled", "All Mail", "Spam", "Bin"]

CSS = """
body{font-size:14px;background:#f6f8fc;display:flex;flex-direction:column}
.top{display:flex;align-items:center;height:62px;padding:0 14px;gap:16px}
.brand{font-size:22px;color:#5f6368;width:220px}.brand b{color:#c5221f}
.search{flex:1;max-width:720px;background:#eaf1fb;border-radius:24px;padding:12px 20px;color:#5f6368}
.wrap{display:flex;flex:1;min-height:0}
nav{width:232px;padding:4px 0}
.compose{margin:6px 10px 14px;background:#c2e7ff;border-radius:16px;padding:18px 24px;width:140px;
 font-weight:bold}
nav div.i{padding:6px 26px;border-radius:0 16px 16px 0;margin-right:12px;display:flex}
nav div.i span{margin-left:auto;font-weight:bold}nav .on{background:#d3e3fd;font-weight:bold}
nav h4{font-weight:normal;margin:16px 26px 6px;font-size:15px}
.pane{flex:1;background:#fff;border-radius:16px;margin:0 14px 14px 0;display:flex;flex-direction:column;
 min-width:0}
.bar{height:46px;display:flex;align-items:center;padding:0 18px;color:#5f6368;gap:22px;
 border-bottom:1px solid #eee}
.bar .n{margin-left:auto;font-size:12px}
.tabs{display:flex;border-bottom:1px solid #eee}.tabs div{width:220px;padding:14px 18px;color:#5f6368}
.tabs .on{color:#0b57d0;border-bottom:3px solid #0b57d0;font-weight:bold}
#list{flex:1;overflow-y:auto}
.row{display:flex;align-items:center;height:40px;border-bottom:1px solid #f1f1f1;padding:0 14px;
 cursor:pointer;
 color:#202124;text-decoration:none}
.row:hover{box-shadow:inset 1px 0 0 #dadce0,inset -1px 0 0 #dadce0,0 1px 2px #3c404340}
.row.unread{background:#fff;font-weight:bold}.row.read{background:#f2f6fc}
.cb{width:14px;height:14px;border:2px solid #999;border-radius:2px;margin-right:12px}.star{color:#bbb;
 margin-right:14px}
.from{width:190px;flex:none;white-space:nowrap;overflow:hidden}
.subj{flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.subj em{font-style:normal;
 color:#5f6368;
 font-weight:normal}
.date{width:70px;text-align:right;font-size:12px}
#msg{display:none;flex:1;overflow-y:auto;padding:8px 60px 30px 70px}
#msg h2{font-weight:normal;font-size:22px;margin:14px 0 20px}
.hdr{display:flex;gap:12px;align-items:flex-start}.av{width:40px;height:40px;border-radius:50%;
 background:#7b1fa2;
 color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px;margin-left:-52px}
.hdr small{color:#5f6368}.hdr .when{margin-left:auto;color:#5f6368;font-size:12px}
.body{line-height:1.55;margin-top:18px}.sig{color:#5f6368;margin-top:18px;line-height:1.45}
.reply{display:flex;gap:12px;margin-top:28px}.reply div{border:1px solid #747775;border-radius:18px;
 padding:8px 22px}
"""

SCRIPT = """
function route(){
  const open = location.hash.startsWith('#inbox/');
  document.getElementById('list').style.display = open ? 'none' : 'block';
  document.getElementById('tabs').style.display = open ? 'none' : 'flex';
  document.getElementById('msg').style.display = open ? 'block' : 'none';
}
addEventListener('hashchange', route); route();
"""


def _rows(senders: list[str]) -> str:
    dates = [
        "10:42",
        "09:58",
        "09:13",
        "08:30",
        "Sep 15",
        "Sep 15",
        "Sep 14",
        "Sep 12",
        "Sep 12",
        "Sep 11",
        "Sep 10",
        "Sep 9",
        "Sep 8",
        "Sep 5",
        "Sep 4",
        "Sep 3",
        "Sep 2",
        "Aug 29",
    ]
    out = []
    for i, (sender, (subject, snippet)) in enumerate(zip(senders, SUBJECTS, strict=True)):
        cls = "unread" if i in (0, 1, 3, 5, 9) else "read"
        href = "#inbox/FMfcgzQXJWnqLbVkhsPrinter" if i == OPENED else "#"
        out.append(
            f'<a class="row {cls}" id="r{i}" href="{href}"><div class="cb"></div>'
            f'<div class="star">☆</div>'
            f'<div class="from">{esc(sender)}</div><div class="subj">{esc(subject)} '
            f'<em>- {esc(snippet)}</em></div><div class="date">{dates[i]}</div></a>'
        )
    return "".join(out)


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    senders = [stage.pii(fakes.person(fake), "PERSON") for _ in SUBJECTS]
    sender = senders[OPENED]
    email = stage.pii(fakes.email_for(sender, "harbourview-vets.co.uk", rng), "EMAIL_ADDRESS")
    me = stage.pii(fakes.email_for(fakes.person(fake), "northwind-it.co.uk", rng), "EMAIL_ADDRESS")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(fake.city(), "LOCATION")
    postcode = stage.pii(fake.postcode(), "ZIP_CODE")
    subject, _ = SUBJECTS[OPENED]
    nav = "".join(
        f'<div class="i on">{n}<span>5</span></div>' if n == "Inbox" else f'<div class="i">{n}</div>' for n in NAV
    )
    message = f"""<h2>{esc(subject)}</h2><div class="hdr"><div class="av">{sender[0]}</div><div>
<b>{esc(sender)}</b> <small>&lt;{esc(email)}&gt;</small><br><small>to me</small></div>
<div class="when">Tue 16 Sep, 09:58 (2 hours ago)</div></div>
<div class="body">Hi,<br>
<br>The printer on the second floor is jamming again whenever someone prints double-sided.
The display shows error 13.B2.D1 and the tray light keeps flashing. We already tried switching it off and on
and taking out the paper tray.<br><br>Could someone from IT have a look this week? Reception needs it for
the appointment letters on Thursday.<br><br>Thanks,</div>
<div class="sig"><b>{esc(sender)}</b><br>Practice Manager, Harbour View Veterinary Clinic<br>
Mobile: {esc(phone)}<br>{esc(street)}, {esc(town)}<br>{esc(postcode)}</div>
<div class="reply"><div>↩ Reply</div><div>↪ Forward</div></div>"""
    body = f"""<div class="top"><div class="brand"><b>M</b> Mail</div><div class="search">Search mail</div>
<div style="margin-left:auto;color:#5f6368">{esc(me)}</div></div>
<div class="wrap"><nav><div class="compose">✎ Compose</div>{nav}<h4>Labels</h4><div class="i">Clients</div>
<div class="i">Invoices</div><div class="i">IT requests</div></nav>
<div class="pane"><div class="bar">☐ ▾ &nbsp; ⟳ &nbsp; ⋮<span class="n">1-18 of 2,417</span></div>
<div class="tabs" id="tabs"><div class="on">Primary</div><div>Promotions</div><div>Social</div>
<div>Updates</div></div>
<div id="list">{_rows(senders)}</div><div id="msg">{message}</div></div></div>"""
    stage.page("mail/u/0/index.html", doc("Inbox (5) - Mail", CSS, body, SCRIPT))
    stage.keep(
        "Compose",
        "Search mail",
        "Inbox",
        "Starred",
        "Snoozed",
        "Important",
        "Drafts",
        "Scheduled",
        "All Mail",
        "Labels",
        "Clients",
        "Invoices",
        "IT requests",
        subject,
        "1-18 of 2,417",
    )
    stage.keep("Primary", "Promotions", "Social", "Updates", "Team lunch on Friday", "Quarterly VAT return")
    chrome = stage.chrome("http://mail.northwind-it.co.uk/mail/u/0/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.5)
    for i in (0, 3, 6, 4):  # the eye follows the pointer down the list
        desk.move(*chrome.point(f"#r{i}", fx=0.3))
        stage.pause(0.7)
    lx, ly = chrome.point("#list")
    desk.move(lx, ly)
    desk.scroll(2, pause=0.3)
    stage.pause(2.0)
    desk.scroll(-2, pause=0.3)
    stage.pause(2.0)
    desk.click(*chrome.point(f"#r{OPENED}", fx=0.4))
    stage.mark("message_opened")
    stage.pause(4.0)
    mx, my = chrome.point("#msg")
    desk.move(mx, my)
    desk.scroll(2, pause=0.3)
    stage.pause(4.0)
    desk.move(*chrome.point(".reply div"))
    stage.pause(2.0)


SCENE = SceneSpec(
    name="webmail_inbox",
    description="A Gmail-like webmail inbox in Chromium: 18 rows with the sender's name alone in a column "
    "(no label), subject and snippet, and a date. The pointer runs down the list, the list "
    "scrolls, then one message is opened: sender name and address, a body about a jammed printer "
    "and a signature with a mobile number, a street address, town and postcode.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=60917,
    crf=24,
)
