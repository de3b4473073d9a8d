"""A maps web app: saved places, recent searches, a shared location, directions and a day's timeline.

Why this screen: a technician fixing a customer's browser or phone sync opens the maps site, and
its side panel shows where the customer lives and goes: the saved "Home" and "Work" with their
street addresses, places saved under a person's name ("<First>'s place"), recent searches (street
addresses typed in full, no label before them), a friend's live location shared with the customer
("<First> <Last> · Near <street>, <town>"), directions from home, and the location history's day
(arrival and leaving times at home, a shop, work). Addresses here stand in lists with no caption:
a street line, then "<town>, <state> <ZIP>" on the line under it, or all on one line. The
technician types a search, and the suggestions list more addresses as they are typed.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

ROADS = ["I-90 W", "US-20 E", "Exit 45B", "IL-64"]
MAP_LABELS = ["Riverside Park", "Union Station", "Memorial Hospital", "Lakeview"]
SHOPS = ["Walgreens", "Whole Foods Market", "Ace Hardware", "Starbucks"]

CSS = """
body{font-size:13px;color:#202124;background:#fff}
.app{display:grid;grid-template-columns:400px 1fr;height:100%}
.panel{border-right:1px solid #dadce0;overflow:auto;background:#fff}
.search{margin:12px;border-radius:24px;box-shadow:0 1px 4px rgba(0,0,0,.3);padding:10px 16px;display:flex}
.search input{border:0;outline:0;font-size:15px;width:100%}
.sugg{margin:0 12px;box-shadow:0 2px 6px rgba(0,0,0,.2);display:none}.sugg div{padding:7px 14px}
.sec{padding:8px 18px;border-bottom:1px solid #eee}.sec h4{margin:6px 0;font-size:14px}
.item{display:grid;grid-template-columns:28px 1fr;padding:5px 0}.ic{color:#1a73e8;font-weight:700}
.item small{color:#5f6368;display:block}
.share{display:flex;gap:10px;align-items:center;padding:6px 0}.av{width:30px;height:30px;border-radius:50%;
 background:#f4b400;color:#fff;text-align:center;line-height:30px;font-weight:700}
.map{position:relative;background:#e8eae6;overflow:hidden}
.rd{position:absolute;background:#fff;border:1px solid #cfd3cc}.hw{position:absolute;background:#fbd872}
.lbl{position:absolute;font-size:11px;color:#4d5a4a}
.pin{position:absolute;background:#ea4335;color:#fff;padding:3px 8px;border-radius:12px;font-size:11px}
.steps div{padding:4px 0;border-bottom:1px dotted #e0e0e0}
.tl{display:grid;grid-template-columns:90px 1fr;row-gap:6px}.tl span{color:#5f6368}
"""


def _address(fake) -> tuple[str, str, str]:
    """A US street line, its '<town>, <state>' and its ZIP code."""
    street = fake.street_address()
    return street, f"{fake.city()}, {fake.state_abbr()}", fake.zipcode()


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_US"), stage.rng
    home = _address(fake)
    work = _address(fake)
    friend_first = fake.first_name()
    friend = f"{friend_first} {fake.last_name()}"
    sharer = fakes.person(fake)
    sharer_street = fake.street_name()
    recent = [_address(fake) for _ in range(3)]
    typed = _address(fake)
    for street, town, zip_code in [home, work, *recent, typed]:
        stage.pii(street, "ADDRESS")
        stage.pii(zip_code, "ZIP_CODE")
        stage.pii(town.split(",")[0], "LOCATION", note="the town under a street line")
    stage.pii(friend_first, "PERSON", note="a place saved as '<First>'s place'")
    stage.pii(friend, "PERSON", note="the saved place's contact")
    stage.pii(sharer, "PERSON", note="a friend sharing a live location")
    stage.pii(sharer_street, "ADDRESS", note="'Near <street>': the friend's live location")
    shop = rng.choice(SHOPS)

    def item(icon: str, title: str, sub: str) -> str:
        return f'<div class="item"><div class="ic">{icon}</div><div>{esc(title)}<small>{esc(sub)}</small></div></div>'

    saved = (
        item("⌂", "Home", f"{home[0]}, {home[1]} {home[2]}")
        + item("▣", "Work", f"{work[0]}, {work[1]} {work[2]}")
        + item("★", f"{friend_first}'s place", f"{friend} · {recent[0][0]}")
    )
    recents = "".join(item("◷", street, f"{town} {zip_code}") for street, town, zip_code in recent)
    share = (
        f'<div class="share"><div class="av">{esc(sharer[0])}</div><div><b>{esc(sharer)}</b>'
        f"<small> · Sharing with you</small><br>Near {esc(sharer_street)}, {esc(recent[1][1])}"
        "<small> · Updated 3 min ago</small></div></div>"
    )
    steps = "".join(
        f"<div>{s}</div>"
        for s in [
            "Head north toward the main road",
            f"Merge onto {ROADS[0]}",
            f"Take {ROADS[2]} for {ROADS[1]}",
            f"Continue on {ROADS[3]} · 12 min",
            f"Arrive at {esc(work[0])}",
        ]
    )
    timeline = "".join(
        f"<span>{t}</span><div>{what}</div>"
        for t, what in [
            ("6:02 AM", f"Left Home · {esc(home[0])}"),
            ("7:40 AM", f"{esc(shop)} · {esc(recent[2][0])}"),
            ("8:15 AM", f"Arrived at Work · {esc(work[0])}, {esc(work[1])}"),
            ("5:48 PM", "Driving · 34 min · 21.6 mi"),
        ]
    )
    suggestions = "".join(
        f"<div>{esc(a)}<small style='color:#5f6368'> · {esc(b)} {esc(c)}</small></div>"
        for a, b, c in [typed, recent[1]]
    )
    roads = (
        "".join(
            f'<div class="rd" style="{css}"></div>'
            for css in [
                "left:0;top:180px;width:100%;height:10px",
                "left:0;top:420px;width:100%;height:10px",
                "left:260px;top:0;width:10px;height:100%",
                "left:610px;top:0;width:10px;height:100%",
            ]
        )
        + '<div class="hw" style="left:0;top:300px;width:100%;height:14px"></div>'
    )
    labels = "".join(
        f'<div class="lbl" style="left:{x}px;top:{y}px">{esc(t)}</div>'
        for t, (x, y) in zip(MAP_LABELS, [(60, 150), (300, 260), (640, 390), (420, 520)], strict=True)
    )
    pins = "".join(
        f'<div class="pin" style="{css}">{t}</div>'
        for t, css in [("Home", "left:280px;top:190px"), ("Work", "left:630px;top:430px")]
    )
    body = f"""<div class="app"><div class="panel">
<div class="search"><input id="q" placeholder="Search Maps" autocomplete="off"></div>
<div class="sugg" id="sugg">{suggestions}</div>
<div id="panes"><div class="sec"><h4>Saved</h4>{saved}</div>
<div class="sec"><h4>Location sharing</h4>{share}</div>
<div class="sec"><h4>Recent</h4>{recents}</div>
<div class="sec"><h4>Directions · Home to Work · 38 min</h4><div class="steps">{steps}</div></div>
<div class="sec"><h4>Your timeline · Today</h4><div class="tl">{timeline}</div></div></div></div>
<div class="map">{roads}{labels}{pins}</div></div>
<script>document.getElementById('q').addEventListener('input',e=>{{
document.getElementById('sugg').style.display=e.target.value.length>3?'block':'none'}});</script>"""
    stage.page("maps/index.html", doc("Maps", CSS, body))
    stage.keep("Saved", "Location sharing", "Sharing with you", "Recent", "Your timeline", "Driving · 34 min")
    stage.keep("Head north toward the main road", *ROADS, *MAP_LABELS, shop)
    chrome = stage.chrome("http://maps.example.com/maps/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("#q"))
    desk.type(typed[0], typo_rate=0.02, delay_ms=70)
    stage.mark("search_typed")
    stage.pause(3.0)
    desk.key("Escape")
    desk.move(*chrome.point("#panes"))
    desk.scroll(5, pause=0.3)
    stage.mark("scrolled_to_timeline")
    stage.pause(4.0)
    desk.scroll(-5, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="maps_places",
    description="A maps web app (en_US) in Chromium: saved Home and Work with their street addresses, a place "
    "saved as '<First>'s place' with its contact, recent searches (street line over '<town>, <ST> <ZIP>'), a "
    "friend's live location ('<First> <Last> · Near <street>, <town>'), directions from home to work, the day's "
    "timeline (left home, a shop's address, arrived at work); a street address typed into the search box "
    "with suggestions, then the panel scrolled to the timeline and back.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=28.0,
    seed=47411,
    crf=24,
)
