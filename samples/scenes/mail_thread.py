"""A desktop mail client's reading pane showing a reply thread: quoted headers, signatures, a disclaimer.

Why this screen: a technician helping someone find an attachment or a lost reply opens their mail
client (an Outlook- or Thunderbird-like window with folders, a message list and a reading pane).
The newest reply sits on top with its signature block (name, job title, company, "Direct:" and
"M:" numbers, a postal address over two or three lines, a legal disclaimer); below it the earlier
messages are quoted the ways clients quote them: Gmail's and Apple Mail's one line
"On <day>, <date> at <time>, <First> <Last> <e-mail> wrote:" above "> " quoted lines (the quoted
sender's US signature inside them), and Outlook's block "From: <Last>, <First> <e-mail> / Sent: /
To: / Cc: / Subject:". The technician scrolls the thread, then opens a second message in the list
(a US sender's signature, a colleague named in the text).
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

# given names that common first-name lists miss or rank low
RARE_FIRST = ["Folasade", "Ruaridh", "Saoirse", "Tadhg", "Anwen", "Yesenia", "Emeka", "Lachlan", "Nnamdi"]
DISCLAIMER = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you "
    "have received it in error, please notify the sender and delete it. Harbourline Logistics Ltd is "
    "registered in England and Wales, company number 04417320."
)

CSS = """
body{font-size:13px;background:#f3f2f1;color:#201f1e}
.bar{height:40px;background:#0f6cbd;color:#fff;display:flex;align-items:center;padding:0 14px;gap:18px}
.bar b{font-size:15px}.bar input{width:340px;border:0;border-radius:4px;padding:5px 8px;font-size:12px}
.bar .me{margin-left:auto;font-size:12px}
.app{display:grid;grid-template-columns:180px 330px 1fr;height:calc(100% - 40px)}
.fold{padding:10px 8px;font-size:13px}.fold div{padding:5px 10px;border-radius:4px}
.fold .on{background:#e1dfdd;font-weight:700}
.list{background:#fff;border-right:1px solid #e1dfdd;overflow:hidden}
.row{padding:8px 12px;border-bottom:1px solid #f3f2f1;font-size:12px;cursor:pointer}
.row b{display:block;font-size:13px}.row .sub{color:#0f6cbd}.row.sel{background:#cfe4fa}
.pane{background:#fff;padding:14px 24px;overflow:auto}
.subj{font-size:18px;margin:0 0 8px;font-weight:600}
.hd{font-size:12px;color:#605e5c;margin-bottom:14px;line-height:1.5}.hd b{color:#201f1e;font-size:13px}
.body{font-size:13px;line-height:1.45;max-width:680px}
.sig{margin-top:12px;line-height:1.35}.sig .t{color:#605e5c}
.disc{font-size:10px;color:#8a8886;margin-top:10px;max-width:620px;line-height:1.3}
.q{color:#605e5c;white-space:pre;font-family:'Liberation Sans',Arial,sans-serif;margin:10px 0}
.ol{border-top:1px solid #c8c6c4;padding-top:8px;margin-top:14px;line-height:1.4}
.ol span{font-weight:700}
"""


def _sig(lines: list[str]) -> str:
    name, title, *rest = lines
    return (
        f'<div class="sig"><b>{esc(name)}</b><br><span class="t">{esc(title)}</span><br>'
        + "<br>".join(esc(x) for x in rest)
        + "</div>"
    )


def play(stage: Stage) -> None:
    gb, us, ie, rng = stage.fake("en_GB"), stage.fake("en_US"), stage.fake("en_IE"), stage.rng
    me = stage.pii(fakes.person(gb), "PERSON", note="the mailbox owner")
    me_mail = stage.pii(fakes.email_for(me, "harbourline.co.uk", rng), "EMAIL_ADDRESS")
    # the newest reply: a UK sender, a rare given name, a signature with a three-line address
    a_first = rng.choice(RARE_FIRST)
    a = stage.pii(f"{a_first} {ie.last_name()}", "PERSON", note="a given name common lists miss")
    a_mail = stage.pii(fakes.email_for(a, "brackenfield.co.uk", rng), "EMAIL_ADDRESS")
    a_direct = stage.pii(f"+44 20 {rng.randint(3000, 8999)} {rng.randint(1000, 9999)}", "PHONE_NUMBER")
    a_mob = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER")
    a_street = stage.pii(f"{rng.randint(2, 90)} {gb.street_name()}", "ADDRESS")
    a_town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    a_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    # quoted one-line header and a US signature inside "> " lines
    b = stage.pii(fakes.person(us), "PERSON")
    b_mail = stage.pii(fakes.email_for(b, "corvettaworks.com", rng), "EMAIL_ADDRESS")
    b_direct = stage.pii("+1 " + fakes.us_phone(rng), "PHONE_NUMBER")
    b_street = stage.pii(f"{rng.randint(100, 4999)} {us.street_name()}", "ADDRESS")
    b_city, b_state = rng.choice(fakes.US_CITIES)
    stage.pii(f"{b_city}, {b_state}", "LOCATION")
    b_zip = f"{rng.randint(10000, 99999)}"
    stage.pii(b_zip, "ZIP_CODE", scored=False, note="5 digits; too short to score reliably")
    # Outlook's quoted block: "Last, First"
    c_first, c_last = ie.first_name(), ie.last_name()
    c = stage.pii(f"{c_first} {c_last}", "PERSON", note="the list row of the Outlook-quoted sender")
    c_rev = stage.pii(f"{c_last}, {c_first}", "PERSON", note="Outlook's 'From: <Last>, <First>'")
    c_mail = stage.pii(fakes.email_for(c, "harbourline.co.uk", rng), "EMAIL_ADDRESS")
    d = stage.pii(fakes.person(stage.fake("en_IN")), "PERSON", note="in Cc")
    d_mail = stage.pii(fakes.email_for(d, "harbourline.co.uk", rng), "EMAIL_ADDRESS")
    # the second message: a US sender, a colleague named in the text
    e = stage.pii(f"{rng.choice(RARE_FIRST)} {us.last_name()}", "PERSON")
    e_mail = stage.pii(fakes.email_for(e, "tallgrassfreight.com", rng), "EMAIL_ADDRESS")
    e_phone = stage.pii(fakes.us_phone(rng), "PHONE_NUMBER")
    e_street = stage.pii(f"{rng.randint(100, 4999)} {us.street_name()} Suite {rng.randint(100, 900)}", "ADDRESS")
    e_city, e_state = rng.choice([x for x in fakes.US_CITIES if x[0] != b_city])
    stage.pii(f"{e_city}, {e_state}", "LOCATION")
    e_zip = f"{rng.randint(10000, 99999)}"
    stage.pii(e_zip, "ZIP_CODE", scored=False, note="5 digits; too short to score reliably")
    f = stage.pii(fakes.person(us), "PERSON", note="a colleague named in the message")
    others = [stage.pii(fakes.person(gb), "PERSON", note="a sender in the message list") for _ in range(3)]

    subject = "RE: Q1 warehouse licence renewal - revised quote"
    thread = f"""<div class="subj">{esc(subject)}</div>
<div class="hd"><b>{esc(a)}</b> &lt;{esc(a_mail)}&gt;<br>To: {esc(me)}; {esc(c)}<br>Wed 4 Dec 2026 09:31</div>
<div class="body">Hi both,<br><br>Thanks for the quick turnaround. I have attached the countersigned order form;
the revised quote stands for 30 days. Could you confirm the purchase order number before Friday so that
finance can raise the invoice?<br><br>Kind regards,
{
        _sig(
            [
                a,
                "Senior Account Manager",
                "Brackenfield Systems Ltd",
                f"Direct: {a_direct}",
                f"M: {a_mob}",
                a_street,
                f"{a_town} {a_pc}",
                "United Kingdom",
            ]
        )
    }
<div class="disc">{esc(DISCLAIMER.replace("Harbourline Logistics", "Brackenfield Systems"))}</div>
<div class="q">On Tue, 3 Dec 2026 at 14:02, {esc(b)} &lt;{esc(b_mail)}&gt; wrote:
&gt; Hello,
&gt;
&gt; Our procurement team has approved the renewal at the revised rate.
&gt; Please send the order form for signature.
&gt;
&gt; Best,
&gt; {esc(b)}
&gt; Procurement Lead | Corvetta Works Inc.
&gt; Direct: {esc(b_direct)}
&gt; {esc(b_street)}
&gt; {esc(b_city)}, {esc(b_state)} {esc(b_zip)}</div>
<div class="ol"><span>From:</span> {esc(c_rev)} &lt;{esc(c_mail)}&gt;<br>
<span>Sent:</span> Monday, 30 November 2026 16:45<br>
<span>To:</span> {esc(a)} &lt;{esc(a_mail)}&gt;<br>
<span>Cc:</span> {esc(d)} &lt;{esc(d_mail)}&gt;<br>
<span>Subject:</span> Q1 warehouse licence renewal - revised quote</div>
<div class="body" style="margin-top:8px">Hi,<br><br>Please find our revised figures below. The storage
licence covers bays 12 to 18 from 1 January.<br><br>Thanks,<br>{esc(c_first)}</div>
<div class="disc">{esc(DISCLAIMER)}</div></div>"""
    second = f"""<div class="subj">Pallet collection moved to Thursday</div>
<div class="hd"><b>{esc(e)}</b> &lt;{esc(e_mail)}&gt;<br>To: {esc(me)}<br>Tue 3 Dec 2026 18:12</div>
<div class="body">Hi,<br><br>The collection planned for Wednesday has moved to Thursday morning. {esc(f)}
from our dispatch team will call ahead; the driver needs the dock code at the gate.<br><br>Thanks,
{
        _sig(
            [
                e,
                "Operations Coordinator",
                "Tallgrass Freight LLC",
                f"Office: {e_phone}",
                e_street,
                f"{e_city}, {e_state} {e_zip}",
            ]
        )
    }</div>"""
    rows = [
        (a, subject, "09:31", "m1"),
        (e, "Pallet collection moved to Thursday", "Tue 18:12", "m2"),
        (others[0], "Team lunch on the 18th", "Tue 12:05", ""),
        ("IT Service Desk", "Scheduled maintenance this weekend", "Mon 17:40", ""),
        (others[1], "Timesheet reminder", "Mon 09:00", ""),
        (others[2], "Updated floor plan", "Fri 16:22", ""),
    ]
    lst = "".join(
        f'<div class="row{" sel" if i == 0 else ""}" id="{rid or f"r{i}"}" onclick="show(\'{rid}\', this)">'
        f'<b>{esc(who)}</b><span class="sub">{esc(s)}</span><span style="float:right">{t}</span></div>'
        for i, (who, s, t, rid) in enumerate(rows)
    )
    body = f"""<div class="bar"><b>Mail</b><input placeholder="Search"><span class="me">{esc(me)}
&lt;{esc(me_mail)}&gt;</span></div>
<div class="app"><div class="fold"><div class="on">Inbox 2</div><div>Drafts</div><div>Sent Items</div>
<div>Deleted Items</div><div>Archive</div><div>Junk Email</div></div>
<div class="list">{lst}</div>
<div class="pane" id="pane"><div id="v1">{thread}</div><div id="v2" style="display:none">{second}</div></div></div>"""
    script = """function show(id, row){ if(!id) return;
 document.querySelectorAll('.row').forEach(r=>r.classList.remove('sel')); row.classList.add('sel');
 document.getElementById('v1').style.display = id=='m1' ? '' : 'none';
 document.getElementById('v2').style.display = id=='m2' ? '' : 'none';
 document.getElementById('pane').scrollTop = 0; }"""
    stage.page("owa/inbox.html", doc("Inbox - Mail", CSS, body, script))
    # the message's body (signature and quotes included) is EMAIL_BODY, masked by policy: no keep
    # strings there; the folders, the list and the subject line stay readable
    stage.keep("Sent Items", "Deleted Items", "Junk Email", "IT Service Desk", "Updated floor plan")
    stage.keep("Scheduled maintenance this weekend", "Timesheet reminder", "Team lunch on the 18th")
    stage.keep("Pallet collection moved to Thursday", "Q1 warehouse licence renewal")
    chrome = stage.chrome("http://mail.harbourline.example/owa/inbox.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    desk.move(*chrome.point("#pane", fx=0.5, fy=0.6))
    for _ in range(3):
        desk.scroll(3, pause=0.3)
        stage.pause(2.0)
    stage.mark("thread_scrolled")
    desk.scroll(4, pause=0.3)
    stage.pause(2.5)
    stage.click(*chrome.point("#m2"))
    stage.mark("second_opened")
    stage.pause(4.0)
    stage.click(*chrome.point("#m1"))
    stage.mark("thread_again")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="mail_thread",
    description="An Outlook-like three-pane mail client in Chromium (folders, message list, reading pane): "
    "a reply thread whose newest message signs with name, job title, company, 'Direct: +44 ...', "
    "'M: +44 7...' and a UK address over three lines, a legal disclaimer; below it Gmail's "
    "'On <date> at <time>, <First> <Last> <e-mail> wrote:' with '> ' quoted lines holding a US "
    "signature, and Outlook's quoted 'From: <Last>, <First> <e-mail> / Sent / To / Cc / Subject' block; "
    "the thread is scrolled, then a second message (a US sender's signature, a colleague named in the "
    "text) is opened and the thread again. Names from en_GB, en_US, en_IE, en_IN and rare given names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=51877,
    crf=24,
)
