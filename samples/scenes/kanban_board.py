"""A kanban board (Trello/Jira-like) of customer jobs: cards named after customers, one card opened, one dragged.

Why this screen: "the board won't let me move cards" has a technician look at a small heating firm's
board with its office manager. Columns To do / In progress / Done hold cards titled with a customer's
name ("Refund for <First> <Last>", "Call back <Last> re boiler", "Quote - <First> <Last>, loft"),
each with coloured labels, a due date, a comment count and the assignee's initials in a circle. One
card opens in a modal: its description has the customer's phone, e-mail and address pasted in as
sentences, a checklist ("Email <First> the refund confirmation"), and comments by staff ("@<first> can
you ring her tomorrow?") under their full names. The modal closes and a card is dragged (a real
mouse drag, pointer events as such boards use) from To do to In progress.
"""

from __future__ import annotations

import unicodedata

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Ottilie", "Gwenllian", "Chidinma", "Rhydian", "Zdenka", "Ailbhe", "Torquil", "Yevgenia"]
RARE_LAST = ["Tregoning", "Ogunleye-Hart", "Mac an tSaoir", "Wrigglesworth", "Pokorná", "Quennell"]

CSS = """
body{font-size:14px;background:#1f6f8b;color:#172b4d;overflow:hidden}
.top{height:44px;background:rgba(0,0,0,.28);color:#fff;display:flex;align-items:center;padding:0 16px;gap:18px}
.top b{font-size:17px}.top span{font-size:14px;color:#e6eef2}
.bh{display:flex;align-items:center;gap:14px;padding:10px 16px;color:#fff}
.bh h1{font-size:18px;margin:0}.bh span{background:rgba(255,255,255,.22);border-radius:4px;padding:4px 10px;
font-size:13px}
.cols{display:flex;gap:12px;padding:4px 16px;align-items:flex-start}
.col{background:#ebecf0;border-radius:10px;width:290px;padding:8px 8px 4px}
.col h2{font-size:14px;margin:2px 6px 8px;display:flex;justify-content:space-between}
.col h2 small{color:#5e6c84;font-weight:400}
.list{min-height:40px}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 1px rgba(9,30,66,.25);padding:7px 9px;margin-bottom:8px;
cursor:pointer;user-select:none}
.card .t{font-size:14px;margin:4px 0 6px;line-height:1.3}
.lb{display:inline-block;height:8px;width:40px;border-radius:4px;margin-right:4px}
.meta{display:flex;gap:10px;align-items:center;font-size:12px;color:#5e6c84}
.due{background:#f5cd47;color:#172b4d;border-radius:3px;padding:1px 5px}
.av{margin-left:auto;width:26px;height:26px;border-radius:13px;background:#0052cc;color:#fff;font-size:11px;
font-weight:700;text-align:center;line-height:26px}
.add{color:#5e6c84;padding:6px;font-size:13px}
.drag{position:fixed;transform:rotate(3deg);box-shadow:0 8px 16px rgba(0,0,0,.3);width:274px;z-index:5}
.ph{background:#d5d9e0;border-radius:8px;margin-bottom:8px}
#ov{display:none;position:fixed;inset:0;background:rgba(0,0,0,.55);z-index:9}
#ov.on{display:block}
.mod{background:#f4f5f7;width:760px;margin:40px auto;border-radius:10px;padding:18px 24px;max-height:640px;
overflow:hidden;position:relative}
.mod h1{font-size:20px;margin:0 0 2px}.mod .in{font-size:13px;color:#5e6c84;margin-bottom:12px}
.mod .x{position:absolute;right:18px;top:14px;font-size:20px;cursor:pointer;color:#44546f}
.mgrid{display:grid;grid-template-columns:1fr 170px;gap:20px}
.mod h3{font-size:14px;margin:12px 0 6px}
.desc{background:#fff;border-radius:6px;padding:8px 10px;font-size:13.5px;line-height:1.45}
.chk div{font-size:13.5px;padding:3px 0}.chk input{margin-right:8px}
.cmt{display:grid;grid-template-columns:32px 1fr;gap:8px;margin-bottom:9px;font-size:13.5px}
.cmt .body{background:#fff;border-radius:6px;padding:6px 10px;margin-top:3px}.cmt small{color:#5e6c84}
.side b{display:block;font-size:12px;color:#5e6c84;margin:10px 0 4px}
.side div{background:#e4e6ea;border-radius:4px;padding:5px 8px;font-size:13px;margin-bottom:5px}
"""

SCRIPT = """
const ov = document.getElementById('ov');
document.getElementById('x').addEventListener('click', () => ov.classList.remove('on'));
let drag = null;
for (const c of document.querySelectorAll('.card')) {
  c.addEventListener('pointerdown', e => {
    const r = c.getBoundingClientRect();
    drag = {c, dx: e.clientX - r.left, dy: e.clientY - r.top, x0: e.clientX, y0: e.clientY, moved: false, ph: null};
    e.preventDefault();
  });
}
document.addEventListener('pointermove', e => {
  if (!drag) return;
  if (!drag.moved && Math.abs(e.clientX - drag.x0) + Math.abs(e.clientY - drag.y0) < 6) return;
  if (!drag.moved) {
    drag.moved = true;
    const r = drag.c.getBoundingClientRect();
    drag.ph = document.createElement('div'); drag.ph.className = 'ph'; drag.ph.style.height = r.height + 'px';
    drag.c.after(drag.ph); drag.c.classList.add('drag'); document.body.appendChild(drag.c);
  }
  drag.c.style.left = (e.clientX - drag.dx) + 'px'; drag.c.style.top = (e.clientY - drag.dy) + 'px';
  for (const l of document.querySelectorAll('.list')) {
    const r = l.parentElement.getBoundingClientRect();
    if (e.clientX > r.left && e.clientX < r.right && drag.ph.parentElement !== l) l.prepend(drag.ph);
  }
});
document.addEventListener('pointerup', e => {
  if (!drag) return;
  const d = drag; drag = null;
  if (!d.moved) { if (d.c.id === 'open') ov.classList.add('on'); return; }
  d.c.classList.remove('drag'); d.c.style.left = d.c.style.top = '';
  d.ph.replaceWith(d.c);
  for (const col of document.querySelectorAll('.col'))
    col.querySelector('h2 small').textContent = col.querySelectorAll('.card').length;
});
"""

LABELS = {"green": "#4bce97", "yellow": "#f5cd47", "red": "#f87168", "purple": "#9f8fef", "blue": "#579dff"}


def _initials(name: str) -> str:
    parts = name.replace("-", " ").split()
    return (parts[0][0] + parts[-1][0]).upper()


def _card(title: str, labels: list[str], due: str, comments: int, who: str, cid: str = "") -> str:
    lbs = "".join(f'<span class="lb" style="background:{LABELS[c]}"></span>' for c in labels)
    due_html = f'<span class="due">&#128339; {esc(due)}</span>' if due else ""
    cmt = f"<span>&#128172; {comments}</span>" if comments else ""
    ident = f' id="{cid}"' if cid else ""
    return (
        f'<div class="card"{ident}><div>{lbs}</div><div class="t">{esc(title)}</div>'
        f'<div class="meta">{due_html}{cmt}<span class="av">{esc(_initials(who))}</span></div></div>'
    )


def play(stage: Stage) -> None:
    gb, ie, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.rng
    # Customers on cards: a rare pair, an en_GB pair, an Irish pair, a surname alone.
    refund = stage.pii(
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST)}", "PERSON", note="'Refund for <First> <Last>'"
    )
    r_first = refund.split(" ", 1)[0]
    stage.pii(r_first, "PERSON", scored=False, note="a first name alone, in the checklist")
    callback_last = stage.pii(gb.last_name(), "PERSON", note="'Call back <Last> re boiler', a surname alone")
    quote = stage.pii(fakes.person(ie), "PERSON", note="'Quote - <First> <Last>, loft'")
    survey = stage.pii(fakes.person(gb), "PERSON", note="'Power flush - <First> <Last>'")
    done1 = stage.pii(f"{rng.choice(RARE_FIRST[4:])} {gb.last_name()}", "PERSON", note="a done card's customer")
    # The refund customer's details pasted into the description.
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="in the description")
    plain = unicodedata.normalize("NFKD", refund).encode("ascii", "ignore").decode()
    email = stage.pii(
        fakes.email_for(plain, "btinternet.com", rng),
        "EMAIL_ADDRESS",
        note="in the description",
    )
    street = stage.pii(fakes.street(gb), "ADDRESS", note="in the description")
    town = rng.choice(fakes.UK_CITIES)
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="in the description")
    # Staff: the assignees' initials on cards, full names on the comments.
    staff = [fakes.person(gb) for _ in range(3)]
    for s in staff:
        stage.pii(s, "PERSON", note="staff, author of a comment")
    mention = staff[1].split()[0]
    stage.pii(mention, "PERSON", scored=False, note="'@<first>' in a comment, a first name alone")

    todo = [
        _card(f"Refund for {refund}", ["red", "purple"], "9 Dec", 3, staff[0], "open"),
        _card(f"Call back {callback_last} re boiler", ["yellow"], "8 Dec", 1, staff[1], "mv"),
        _card("Order parts for Worcester Greenstar 30i", ["blue"], "", 0, staff[2]),
        _card(f"Quote - {quote}, loft insulation", ["green"], "12 Dec", 0, staff[0]),
    ]
    doing = [
        _card(f"Power flush - {survey}", ["yellow", "blue"], "7 Dec", 2, staff[2]),
        _card("Van 2 MOT and service", ["blue"], "10 Dec", 0, staff[1]),
    ]
    done = [
        _card(f"Annual service - {done1}", ["green"], "", 4, staff[1]),
        _card("Renew Gas Safe registration", ["purple"], "", 1, staff[0]),
    ]
    cols = "".join(
        f'<div class="col"><h2>{esc(n)} <small>{len(cs)}</small></h2><div class="list">{"".join(cs)}</div>'
        f'<div class="add">+ Add a card</div></div>'
        for n, cs in (("To do", todo), ("In progress", doing), ("Done", done))
    )
    comments = [
        (staff[1], "3 Dec 2026, 16:20", f"@{mention.lower()} can you ring her tomorrow before 10? She works shifts."),
        (staff[0], "3 Dec 2026, 11:05", "Refund approved by Mark, waiting on the card processor."),
    ]
    chtml = "".join(
        f'<div class="cmt"><span class="av" style="margin:0">{esc(_initials(w))}</span><div><b>{esc(w)}</b> '
        f'<small>{esc(t)}</small><div class="body">{esc(c)}</div></div></div>'
        for w, t, c in comments
    )
    modal = f"""<div id="ov"><div class="mod"><span class="x" id="x">&#10005;</span>
<h1>Refund for {esc(refund)}</h1><div class="in">in list <u>To do</u></div>
<div class="mgrid"><div><h3>Description</h3><div class="desc">Customer rang on 3 Dec about the cancelled annual
service.<br>Mobile {esc(phone)}, email {esc(email)}<br>Address: {esc(street)}, {esc(town)} {esc(postcode)}.
<br>Paid £96.00 by card on 14 Nov, refund in full.</div>
<h3>Checklist</h3><div class="chk"><div><input type="checkbox" checked>Check payment in the card portal</div>
<div><input type="checkbox">Issue refund of £96.00</div>
<div><input type="checkbox">Email {esc(r_first)} the refund confirmation</div></div>
<h3>Activity</h3>{chtml}</div>
<div class="side"><b>Members</b><div>{esc(_initials(staff[0]))} {esc(_initials(staff[1]))}</div>
<b>Labels</b><div>Refund &middot; Priority</div><b>Due date</b><div>9 Dec 2026, 17:00</div>
<b>Actions</b><div>Move</div><div>Copy</div><div>Archive</div></div></div></div></div>"""
    body = f"""<div class="top"><b>&#9638; Boardly</b><span>Workspaces</span><span>Recent</span><span>Starred</span>
<span>Templates</span></div>
<div class="bh"><h1>Customer jobs</h1><span>&#9734;</span><span>Board</span><span>Table</span><span>Calendar</span>
<span>Filters</span></div><div class="cols">{cols}</div>{modal}"""
    stage.page("b/cj/customer-jobs.html", doc("Customer jobs | Boardly", CSS, body, SCRIPT))
    stage.keep("Order parts for Worcester Greenstar 30i", "Renew Gas Safe registration", "Van 2 MOT and service")
    stage.keep("To do", "In progress", "Customer jobs", "+ Add a card")
    chrome = stage.chrome("http://boardly.example.com/b/cj/customer-jobs.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("#open .t"))
    stage.mark("card_open")
    stage.keep("Check payment in the card portal", "Description", "Checklist", "Activity")
    stage.pause(7.0)
    stage.click(*chrome.point("#x"))
    stage.mark("card_closed")
    stage.pause(2.5)
    x0, y0 = chrome.point("#mv .t")
    x1, y1 = chrome.point(".col", 1, fy=0.1)
    stage.drag(x0, y0, x1, y1 + 40)
    stage.mark("card_dragged")
    desk.move(900, 650)
    stage.pause(5.0)


SCENE = SceneSpec(
    name="kanban_board",
    description="A kanban board (Trello/Jira-like) in Chromium: columns To do / In progress / Done of customer "
    "jobs whose cards are titled with customers' names ('Refund for <First> <Last>', 'Call back <Last> re boiler', "
    "'Quote - <First> <Last>, loft insulation'), labels, due dates, comment counts and initials avatars; a card "
    "opened in a modal (description with the customer's mobile, e-mail and address pasted in, a checklist "
    "naming her by her first name, staff comments under full names with '@<first>'); the modal closed and a "
    "card dragged by the mouse to In progress. Names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=28.0,
    seed=66811,
    crf=24,
)
