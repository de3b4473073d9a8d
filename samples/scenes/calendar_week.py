"""A shared calendar's week view: event blocks with clients' names and phones, cut titles, a popover.

Why this screen: "my viewings vanished from the calendar" has a technician open an estate agent's
shared calendar in the browser. The week view is a grid of seven day columns and hour rows; event
blocks carry a title and a time in 11-12 px type ("Call back <First> <Last> 07...", wrapped in an
hour-long block, cut in a half-hour one). Two or three events at the same hour sit side by side in
one column, each a half or a third of its width, so their titles are cut ("Viewing – <First>
Ha…"). An all-day row over the grid holds birthdays ("<First> <Last>'s birthday"). A sidebar on
the left has a mini month calendar and the list of calendars (colleagues' names). The technician
opens events: a popover shows the title, date and time, the location (a street address), the
attendees with their e-mail addresses and the notes; then the next week. Names from en_GB and
rare ones that common name lists miss.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Peregrine", "Haddow-Mbeki"), ("Ottilie", "Quarrington"), ("Zubair", "Pendlebury-Osei"), ("Ines", "Fairlamb")]
FULL_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
HOUR_PX = 50
FIRST_HOUR = 7

CSS = """
body{overflow:hidden;font-size:13px;color:#1f1f1f;background:#fff}
.top{height:56px;display:flex;align-items:center;gap:14px;padding:0 16px;border-bottom:1px solid #e0e0e0}
.top b{font-size:20px;font-weight:400;color:#3c4043}.top .t{border:1px solid #dadce0;border-radius:4px;
padding:6px 12px}
.top .ar{font-size:18px;color:#5f6368;cursor:pointer;padding:0 6px}.top h1{font-size:20px;font-weight:400;margin:0}
#side{position:absolute;left:0;top:57px;bottom:0;width:232px;padding:12px 14px;font-size:12px;overflow:hidden}
.mm{display:grid;grid-template-columns:repeat(7,26px);gap:2px 2px;text-align:center;font-size:11px;margin:8px 0 18px}
.mm span{line-height:24px}.mm .h{color:#70757a}.mm .o{color:#b0b3b8}.mm .td{background:#1a73e8;color:#fff;
border-radius:50%}.mm .wk{background:#e8f0fe;border-radius:4px}
.cal div{padding:4px 0;display:flex;align-items:center;gap:8px}.cal i{width:12px;height:12px;border-radius:3px;
display:inline-block}
#main{position:absolute;left:232px;right:0;top:57px;bottom:0}
.dh{display:grid;grid-template-columns:56px repeat(7,1fr);border-bottom:1px solid #e0e0e0;height:58px}
.dh div{text-align:center;padding-top:6px;color:#70757a;font-size:11px}.dh div b{display:block;font-size:22px;
font-weight:400;color:#3c4043}
.ad{display:grid;grid-template-columns:56px repeat(7,1fr);border-bottom:2px solid #e0e0e0;min-height:26px}
.ad div{padding:2px 2px;font-size:11.5px;overflow:hidden}.ad .e{background:#0b8043;color:#fff;border-radius:4px;
padding:2px 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-bottom:2px}
#gr{position:absolute;left:0;right:0;top:88px;bottom:0;overflow-y:auto}
.g{position:relative;display:grid;grid-template-columns:56px repeat(7,1fr)}
.hr{height:50px;border-bottom:1px solid #eceff1;font-size:10.5px;color:#70757a;text-align:right;padding-right:8px;
position:relative;top:-7px}
.col{position:relative;border-left:1px solid #e0e0e0;
background:repeating-linear-gradient(#fff 0 49px,#eceff1 49px 50px)}
.ev{position:absolute;border-radius:4px;padding:2px 5px;font-size:11.5px;color:#fff;overflow:hidden;cursor:pointer;
border:1px solid #fff;line-height:1.3}
.ev .tt{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-weight:600}.ev.tall .tt{white-space:normal}
.ev .tm{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;opacity:.92}
#pop{position:absolute;width:420px;background:#fff;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.3);
padding:14px 18px;
display:none;z-index:9;font-size:13px}#pop.on{display:block}
#pop h2{font-size:19px;font-weight:400;margin:4px 0 2px}#pop .sub{color:#3c4043;margin-bottom:10px}
#pop .r{display:flex;gap:12px;margin:7px 0}#pop .r .ic{width:18px;color:#5f6368;text-align:center}
#pop .at div{margin:3px 0}#pop .at small{color:#5f6368;display:block}
#pop .x{position:absolute;right:12px;top:8px;color:#5f6368;font-size:18px;cursor:pointer}
"""

SCRIPT = """
const D = %s;
const $ = id => document.getElementById(id);
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function week(w) {
  const W = D.weeks[w];
  $('wk').textContent = W.label;
  for (const [i, d] of W.days.entries()) $('d' + i).innerHTML = `${D.days[i]}<b>${d}</b>`;
  for (const [i, a] of W.allday.entries()) $('a' + i).innerHTML = a.map(t => `<div class=e>${esc(t)}</div>`).join('');
  for (let i = 0; i < 7; i++) $('c' + i).innerHTML = '';
  for (const [k, e] of W.events.entries()) {
    const el = document.createElement('div');
    el.className = e.len >= 0.75 && e.of === 1 ? 'ev tall' : 'ev'; el.dataset.k = k;
    el.style.top = (e.start - D.first) * D.px + 'px'; el.style.height = e.len * D.px - 2 + 'px';
    el.style.left = (e.slot / e.of * 100) + '%%'; el.style.width = (100 / e.of) + '%%';
    el.style.background = e.color;
    el.innerHTML = `<div class=tt>${esc(e.title)}</div><div class=tm>${esc(e.time)}</div>`;
    el.addEventListener('click', ev => { ev.stopPropagation(); pop(w, k, el); });
    $('c' + e.day).appendChild(el);
  }
  $('pop').classList.remove('on');
}
function pop(w, k, el) {
  const e = D.weeks[w].events[k], p = $('pop'), r = el.getBoundingClientRect();
  p.innerHTML = `<span class=x>&times;</span><h2>${esc(e.title)}</h2><div class=sub>${esc(e.when)}</div>` +
    (e.where ? `<div class=r><span class=ic>&#9906;</span><div>${esc(e.where)}</div></div>` : '') +
    `<div class=r><span class=ic>&#9823;</span><div class=at>${e.guests.length} guests` +
    e.guests.map(g => `<div>${esc(g[0])}<small>${esc(g[1])}</small></div>`).join('') + `</div></div>` +
    (e.notes ? `<div class=r><span class=ic>&#9776;</span><div>${esc(e.notes)}</div></div>` : '') +
    `<div class=r><span class=ic>&#9632;</span><div>${esc(D.owner)}</div></div>`;
  const left = r.right + 10 + 420 < innerWidth ? r.right + 10 : r.left - 430;
  p.style.left = left + 'px'; p.style.top = Math.max(60, Math.min(innerHeight - 400, r.top - 40)) + 'px';
  p.classList.add('on');
}
document.addEventListener('click', () => $('pop').classList.remove('on'));
$('next').addEventListener('click', ev => { ev.stopPropagation(); week(1); });
week(0);
window.week = week;
"""


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    owner = stage.pii(fakes.person(gb), "PERSON", note="the calendar's owner, popover footer and sidebar")
    staff = [stage.pii(fakes.person(gb), "PERSON", note="a colleague's calendar in the sidebar") for _ in range(3)]
    clients = [fakes.person(gb) for _ in range(10)]
    for k, (f, last) in zip((0, 3, 6, 8), RARE, strict=True):
        clients[k] = f"{f} {last}"
    colors = ["#039be5", "#7986cb", "#33b679", "#e67c73", "#f4511e", "#8e24aa"]

    def hm(h: float) -> str:
        return f"{int(h):02d}:{int(round((h % 1) * 60)):02d}"

    def ev(day: int, start: float, length: float, title: str, slot: int = 0, of: int = 1, **kw: object) -> dict:
        e = {"day": day, "start": start, "len": length, "title": title, "slot": slot, "of": of}
        e["time"] = f"{hm(start)} – {hm(start + length)}"
        e["color"] = colors[(day * 3 + int(start)) % len(colors)]
        e.setdefault("guests", [])
        e.update(kw)
        return e

    weeks = []
    for w, (label, first_day) in enumerate((("7 – 13 December 2026", 7), ("14 – 20 December 2026", 14))):
        days = [first_day + i for i in range(7)]
        evs = []
        base = w * 5
        # call-backs: a name and a phone in the title, one column wide
        for j, (day, start, length) in enumerate(((0, 9.0, 1.0), (2, 11.5, 0.5), (4, 10.0, 1.0))):
            c = clients[(base + j) % len(clients)]
            ph = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="in an event title 'Call back <name> <phone>'")
            stage.pii(c, "PERSON", note="an event title")
            evs.append(ev(day, start, length, f"Call back {c} {ph}"))
        side = 2 + w  # two viewings side by side, then three: their titles are cut
        for slot in range(side):
            c = clients[(base + 3 + slot) % len(clients)]
            stage.pii(c, "PERSON", note="a viewing's title, cut in the grid; whole in the popover")
            street = stage.pii(fakes.street(gb), "ADDRESS", note="a viewing's location, in the popover")
            town = stage.pii(gb.city(), "LOCATION", note="in the popover's location")
            pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="in the popover's location")
            email = stage.pii(
                fakes.email_for(c, rng.choice(["gmail.com", "yahoo.co.uk", "icloud.com"]), rng), "EMAIL_ADDRESS"
            )
            mob = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="in the popover's notes")
            evs.append(
                ev(
                    1 + w,
                    14.0,
                    1.0,
                    f"Viewing – {c}",
                    slot,
                    side,
                    when=f"{FULL_DAYS[1 + w]}, {days[1 + w]} December · 14:00 – 15:00",
                    where=f"{street}, {town} {pc}",
                    guests=[[c, email], [owner, "lettings@harrowfield.example"]],
                    notes=f"Buyer's mobile {mob}. Mortgage in principle seen. Keys from the office.",
                )
            )
        evs.append(ev(3, 9.0, 1.0, "Team meeting"))
        evs.append(ev(3, 12.0, 1.0, "Valuation training", when="Thursday · 12:00 – 13:00"))
        evs.append(ev(0, 15.0, 1.5, "Photography – Larch Close (vacant)"))
        evs.append(ev(5, 10.0, 2.0, "Open house – Flat 4, Cobden Yard"))
        for e in evs:
            e.setdefault("when", f"{e['time']}")
        bday = clients[(base + 7) % len(clients)]
        stage.pii(bday, "PERSON", note="an all-day birthday")
        allday = [[], [], [], [], [], [], []]
        allday[4 - w] = [f"{bday}'s birthday"]
        allday[2] = ["Bin day (recycling)"] if w == 0 else []
        weeks.append({"label": label, "days": days, "events": evs, "allday": allday})
    data = {"weeks": weeks, "days": DAYS, "first": FIRST_HOUR, "px": HOUR_PX, "owner": owner}
    mm = "".join(f"<span class=h>{d[0]}</span>" for d in DAYS)
    cells = [("o", 30)] + [("", d) for d in range(1, 32)] + [("o", d) for d in range(1, 4)]
    for k, (cls, d) in enumerate(cells):
        wk = " wk" if 7 <= k <= 13 else ""
        mm += f"<span class='{cls}{' td' if cls == '' and d == 9 else ''}{wk}'>{d}</span>"
    hours = "".join(f"<div class=hr>{h:02d}:00</div>" for h in range(FIRST_HOUR, 21))
    cols = "".join(f'<div class=col id="c{i}" style="height:{HOUR_PX * 14}px"></div>' for i in range(7))
    cal = "".join(
        f"<div><i style='background:{c}'></i>{esc(n)}</div>" for n, c in zip([owner, *staff], colors, strict=False)
    )
    body = f"""<div class="top"><b>&#9776;&nbsp; Calendar</b><span class="t">Today</span>
<span class="ar">&#8249;</span>
<span class="ar" id="next">&#8250;</span><h1 id="wk"></h1>
<span style="margin-left:auto" class="t">Week &#9662;</span></div>
<div id="side"><div style="font-weight:600">December 2026</div><div class="mm">{mm}</div>
<div style="font-weight:600;margin-bottom:4px">My calendars</div><div class="cal">{cal}
<div><i style='background:#0b8043'></i>Birthdays</div><div><i style='background:#616161'>
</i>Office closures</div></div></div>
<div id="main"><div class="dh"><div></div>{"".join(f'<div id="d{i}"></div>' for i in range(7))}</div>
<div class="ad"><div style="font-size:10px;color:#70757a;text-align:right">GMT</div>
{"".join(f'<div id="a{i}"></div>' for i in range(7))}</div>
<div id="gr"><div class="g"><div>{hours}</div>{cols}</div></div></div><div id="pop"></div>"""
    stage.page("calendar/week.html", doc("Harrowfield Lettings – Calendar", CSS, body, SCRIPT % json.dumps(data)))
    stage.keep("My calendars", "Team meeting", "Valuation training", "Birthdays", "Office closures")
    chrome = stage.chrome("http://calendar.harrowfield.example/calendar/week.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    for w in (0, 1):
        if w:
            stage.click(*chrome.point("#next"))
            stage.mark("next week")
            stage.pause(4.0)
        desk.scroll(3, 700, 400)  # the afternoon into view
        stage.pause(2.5)
        viewings = [k for k, e in enumerate(weeks[w]["events"]) if e["title"].startswith("Viewing")]
        for k in viewings if w == 0 else viewings[1:]:
            stage.click(*chrome.point(f'#c{1 + w} .ev[data-k="{k}"]', 0, 0.5, 0.3))
            stage.mark(f"popover week {w + 1}")
            stage.pause(4.5)
            stage.click(*chrome.point("#side", 0, 0.5, 0.95))  # close it: it covers the next event
            stage.pause(0.8)
        desk.scroll(-3, 700, 400)
        stage.pause(3.0)
    desk.move(1200, 680)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="calendar_week",
    description="An estate agent's shared calendar in Chromium, week view: seven day columns and hour rows, event "
    "blocks with a time and a title in 11-12 px type ('Call back <First> <Last> <mobile>', wrapped or cut), two then "
    "three viewings at the same hour side by side so their titles are cut ('Viewing – <First> Ha…'), an all-day row "
    "with a birthday, a sidebar with a mini month and the calendars' owners; viewings' popovers (title, date, a "
    "street address location, guests with e-mails, notes with a mobile), the next week and two more popovers. "
    "en_GB and rare names.",
    play=play,
    width=1920,
    height=1080,
    fps=15,
    duration_s=45.0,
    seed=41303,
    crf=24,
)
