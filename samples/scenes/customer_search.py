"""A support desk's customer search: typeahead suggestions with the match highlighted, then results.

Why this screen: almost every support call starts with "let me find your account". The agent types
the caller's surname into the desk's global search; before Enter, a typeahead dropdown lists the
matching customers, each row a name with the typed letters highlighted (a yellow mark that cuts the
word in two for a reader), the e-mail (its matching part highlighted too), a phone and a town, and
under them "Recent searches" other agents typed earlier (a bare e-mail, a phone number, a postcode:
queries, no label). Enter opens the results page: customer cards, then conversations whose
snippets quote the caller ("... <First> <Last> rang about ...") with the surname highlighted
inside a sentence. Hovering a result opens a quick-view popover (date of birth, address). Names
are of several cultures, some not in common lists.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Chidubem", "Auður", "Ilsabet", "Ruairí", "Zofia", "Teodoro", "Marit", "Oyelaran"]
SURNAMES = ["Okonkwo-Hale", "Vasquez", "Drummond"]
FEE_NOTE = "Early termination fee explained; goodwill credit of £12.50 applied."
FIELDS = (("name", "PERSON"), ("email", "EMAIL_ADDRESS"), ("phone", "PHONE_NUMBER"), ("town", "LOCATION"))

CSS = """
body{font-size:14px;background:#f5f6f8}
.top{height:54px;background:#1f2937;display:flex;align-items:center;padding:0 20px;gap:22px;color:#e5e7eb}
.top b{font-size:18px;color:#fff}
.sb{position:relative;width:560px}
.sb input{width:100%;height:34px;border-radius:6px;border:0;padding:0 12px;font-size:15px;background:#fff}
.dd{position:absolute;top:38px;left:0;width:640px;background:#fff;color:#111827;border-radius:6px;
box-shadow:0 8px 24px rgba(0,0,0,.25);display:none;z-index:5}
.dd.on{display:block}
.dd h4{margin:0;padding:8px 12px 4px;font-size:11px;letter-spacing:.05em;color:#6b7280;text-transform:uppercase}
.sug{display:grid;grid-template-columns:34px 1fr;gap:10px;padding:7px 12px;border-top:1px solid #f0f1f3}
.sug.sel{background:#eef2ff}
.av{width:30px;height:30px;border-radius:50%;background:#c7d2fe;color:#3730a3;display:flex;align-items:center;
justify-content:center;font-size:12px;font-weight:700}
.sug .n{font-size:15px}.sug .m{font-size:12.5px;color:#4b5563;margin-top:2px}
mark{background:#fde68a;color:inherit;padding:0}
.rec{padding:5px 12px;font-size:13px;color:#374151}
.wrap{display:grid;grid-template-columns:220px 1fr;gap:20px;padding:18px 24px}
.side div{padding:6px 8px;border-radius:4px;color:#374151}.side .on{background:#e5e7eb;font-weight:700}
.res{display:none}.res.on{display:block}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px;margin-bottom:10px;position:relative}
.card .n{font-size:16px;font-weight:700;color:#1d4ed8}.card .m{color:#4b5563;margin-top:4px}
.conv{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:10px 16px;margin-bottom:8px}
.conv b{color:#111827}.conv p{margin:4px 0 0;color:#374151;line-height:1.45}
.pop{position:absolute;left:380px;top:6px;width:330px;background:#fff;border:1px solid #d1d5db;border-radius:8px;
box-shadow:0 8px 24px rgba(0,0,0,.18);padding:10px 14px;display:none;z-index:4}
.card:hover .pop{display:block}
.kv{display:grid;grid-template-columns:110px 1fr;row-gap:5px;font-size:13px}.kv span{color:#6b7280}
.empty{color:#6b7280;padding:40px 0;text-align:center}
"""

SCRIPT = """
const people = %s;
const box = document.getElementById('q'), dd = document.getElementById('dd');
const esc = s => s.replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
function mark(text, q) {
  const i = text.toLowerCase().indexOf(q.toLowerCase());
  if (!q || i < 0) return esc(text);
  const j = i + q.length;
  return esc(text.slice(0, i)) + '<mark>' + esc(text.slice(i, j)) + '</mark>' + esc(text.slice(j));
}
function suggest() {
  const q = box.value.trim();
  const hits = q.length < 2 ? [] : people.filter(p => (p.name + ' ' + p.email).toLowerCase().includes(q.toLowerCase()));
  let html = '';
  if (hits.length) {
    html += '<h4>Customers</h4>';
    hits.forEach((p, k) => {
      html += `<div class="sug${k ? '' : ' sel'}"><div class="av">${p.initials}</div><div><div class="n">` +
        `${mark(p.name, q)}</div><div class="m">${mark(p.email, q)} &middot; ${esc(p.phone)} &middot; ` +
        `${esc(p.town)}</div></div></div>`;
    });
  }
  html += '<h4>Recent searches</h4>' + document.getElementById('recent').innerHTML;
  dd.innerHTML = html;
  dd.classList.add('on');
}
box.addEventListener('focus', suggest);
box.addEventListener('input', suggest);
box.addEventListener('keydown', e => {
  if (e.key !== 'Enter') return;
  dd.classList.remove('on');
  document.getElementById('none').classList.remove('on');
  document.getElementById('res').classList.add('on');
  box.blur();
});
"""


def play(stage: Stage) -> None:
    gb, ng, us, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.fake("en_US"), stage.rng
    surname = SURNAMES[0]
    people = []
    for i in range(4):
        first = RARE_FIRST[i] if i % 2 == 0 else gb.first_name()
        name = f"{first} {surname}"
        people.append(
            {
                "name": name,
                "initials": first[0] + surname[0],
                "email": fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "btinternet.com"]), rng),
                "phone": fakes.uk_mobile(rng),
                "town": gb.city(),
            }
        )
    # one more whose surname differs but whose e-mail holds the typed letters (a married name)
    other = f"{ng.first_name()} {gb.last_name()}"
    people.append(
        {
            "name": other,
            "initials": other.split()[0][0] + other.split()[-1][0],
            "email": f"{other.split()[0].lower()}.{surname.split('-')[0].lower()}@yahoo.co.uk",
            "phone": fakes.uk_mobile(rng),
            "town": gb.city(),
        }
    )
    for p in people:
        # the dropdown's marks cut names and e-mails into several text nodes: stamped when shown
        for key, kind in FIELDS:
            stage.pii(p[key], kind, watch=False)
    # other agents' queries: bare values, no label says what each is
    recent = [
        (fakes.email_for(fakes.person(us), "hotmail.com", rng), "EMAIL_ADDRESS"),
        (fakes.uk_mobile(rng), "PHONE_NUMBER"),
        (fakes.uk_postcode(gb), "ZIP_CODE"),
        (f"{RARE_FIRST[5]} {us.last_name()}", "PERSON"),
    ]
    for value, kind in recent:
        stage.pii(value, kind, watch=False)
    recent_html = "".join(f'<div class="rec">{esc(value)}</div>' for value, _ in recent)
    caller = people[0]
    dob = stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH")
    street = stage.pii(fakes.street(gb), "ADDRESS")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    first = caller["name"].split()[0]
    stage.pii(surname, "PERSON", note="the surname typed as the query")
    cards = []
    for k, p in enumerate(people[:4]):
        pop = ""
        if k == 0:
            pop = (
                f'<div class="pop"><div class="kv"><span>Date of birth</span><div>{esc(dob)}</div>'
                f"<span>Address</span><div>{esc(street)}<br>{esc(p['town'])} {esc(postcode)}</div>"
                f"<span>Plan</span><div>Home Fibre 500</div><span>Since</span><div>March 2021</div></div></div>"
            )
        n = p["name"].replace(surname, f"<mark>{esc(surname)}</mark>")
        cards.append(
            f'<div class="card" id="c{k}"><div class="n">{n}</div><div class="m">{esc(p["email"])} &middot; '
            f"{esc(p['phone'])} &middot; {esc(p['town'])}</div>{pop}</div>"
        )
    convs = [
        (
            "Ticket #48213 · Broadband dropping every evening",
            f"{first} <mark>{esc(surname)}</mark> rang about the line dropping after 7pm; router swapped on 12 Nov.",
        ),
        (
            "Chat · 02 Dec 2026",
            f"Customer confirmed the engineer visit. Mrs <mark>{esc(surname)}</mark> asked for texts, not calls.",
        ),
        (
            "Ticket #47760 · Bill higher than expected",
            "Early termination fee explained; goodwill credit of £12.50 applied.",
        ),
    ]
    conv_html = "".join(f'<div class="conv"><b>{esc(t)}</b><p>{p}</p></div>' for t, p in convs)
    body = f"""<div class="top"><b>Helmsdesk</b><div class="sb">
<input id="q" placeholder="Search customers, tickets, chats" autocomplete="off">
<div class="dd" id="dd"></div></div><span>Inbox</span><span>Reports</span></div>
<div id="recent" style="display:none">{recent_html}</div>
<div class="wrap"><div class="side"><div class="on">All results</div><div>Customers</div><div>Tickets</div>
<div>Chats</div><div>Knowledge base</div></div><div>
<div class="res on empty" id="none">Search for a customer by name, e-mail, phone or postcode.</div>
<div class="res" id="res"><h3>Customers</h3>{"".join(cards)}<h3>Conversations</h3>{conv_html}</div></div></div>"""
    stage.page("desk/index.html", doc("Search - Helmsdesk", CSS, body, SCRIPT % json.dumps(people)))
    stage.keep("Search for a customer by name, e-mail, phone or postcode.", "Knowledge base", "All results")
    stage.keep(FEE_NOTE, "Home Fibre 500")
    chrome = stage.chrome("http://helmsdesk.example/desk/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    stage.click(*chrome.point("#q"))
    stage.pause(0.8)
    for value, kind in recent:
        stage.shown(value, kind)
    stage.mark("recent_searches")
    stage.pause(3.0)
    desk.type(surname.split("-")[0], delay_ms=140)
    stage.pause(0.6)
    for p in people:
        for key, kind in (
            ("name", "PERSON"),
            ("email", "EMAIL_ADDRESS"),
            ("phone", "PHONE_NUMBER"),
            ("town", "LOCATION"),
        ):
            stage.shown(p[key], kind)
    stage.mark("typeahead")
    stage.pause(4.0)
    desk.type(surname[len(surname.split("-")[0]) :], delay_ms=140)
    stage.pause(3.0)
    desk.key("Return")
    stage.pause(1.0)
    stage.mark("results")
    stage.keep("Ticket #47760 · Bill higher than expected")
    stage.pause(4.0)
    x, y = chrome.point("#c0")
    desk.move(x - 200, y)
    stage.pause(1.0)
    stage.mark("quick_view")
    stage.pause(5.0)
    desk.move(x - 200, y + 400)
    desk.scroll(3, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="customer_search",
    description="A support desk's global search in Chromium: focusing the box shows 'Recent searches' (a bare "
    "e-mail, phone, postcode and name typed by other agents); typing a surname opens a typeahead of matching "
    "customers, names and e-mails cut by a yellow highlight of the typed letters, with phone and town; Enter "
    "shows customer cards and conversation snippets quoting the caller with the surname highlighted mid-"
    "sentence; hovering the first card opens a quick view with date of birth and address. Rare given names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=73811,
    crf=24,
)
