"""A social site's notifications panel, friend requests and suggestions, and a person's hover card.

Why this screen: a technician helping someone with their social account (a hacked profile, a
privacy setting) opens the notifications. Each line is a sentence around a name, with no caption:
"<First> <Last> liked your photo.", "<First> <Last> and 3 others commented on your post.", "It's
<First> <Last>'s birthday today.", "<First> <Last> sent you a friend request.", "<First> <Last>
invited you to join <group>", each with a relative time; the friend-request column has Confirm /
Delete, "People you may know" lists "<First> <Last>" over "12 mutual friends"; hovering a name
opens a card with the person's town ("Lives in <town>") and workplace. Names come from en_GB,
en_US, en_IE and en_IN lists and from names common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Saoirse", "Olamide", "Catrin", "Ifeoma", "Ruaidhri", "Lowri", "Tendai", "Dervla", "Anwen"]
RARE_LAST = ["Nwachukwu", "Ap Rhys", "Lenihan-Boyd", "Mukherjee", "Oyelowo", "Ferrie"]
GROUPS = ["Riverside Allotment Society", "Parkrun Volunteers North", "Year 4 Parents - Class Owls"]

CSS = """
body{font-size:14px;background:#f0f2f5;color:#050505;overflow:hidden}
.top{height:56px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.12);display:flex;align-items:center;
 padding:0 16px;gap:14px}
.logo{font-size:26px;font-weight:800;color:#1877f2}.s{background:#f0f2f5;border-radius:18px;padding:8px 14px;
 width:240px;color:#65676b}
.top .r{margin-left:auto;display:flex;gap:10px;align-items:center}
.bell{background:#e7f3ff;color:#1877f2;border-radius:50%;width:38px;height:38px;display:flex;
 align-items:center;justify-content:center}
.wrap{display:grid;grid-template-columns:1fr 380px;gap:16px;padding:14px 20px;height:calc(100% - 56px)}
.col{background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.15);padding:12px 8px;overflow:hidden}
h2{font-size:22px;margin:2px 8px 8px}.tabs{display:flex;gap:8px;margin:0 8px 8px}
.tabs span{padding:6px 12px;border-radius:16px;font-weight:600;color:#050505}.tabs .on{background:#e7f3ff;
 color:#1877f2}
h3{font-size:16px;margin:10px 8px 4px;display:flex}h3 span{margin-left:auto;color:#1877f2;font-size:14px;
 font-weight:400}
.n{display:flex;gap:12px;padding:8px;border-radius:8px;align-items:center}
.n.u{background:#f2f8ff}
.av{width:50px;height:50px;border-radius:50%;flex:none;display:flex;align-items:center;justify-content:center;
 color:#fff;font-weight:700;font-size:17px;position:relative}
.av em{position:absolute;right:-3px;bottom:-3px;width:22px;height:22px;border-radius:50%;font-style:normal;
 font-size:12px;
 display:flex;align-items:center;justify-content:center;border:2px solid #fff}
.n .t{flex:1;line-height:1.3}.n .t small{display:block;color:#1877f2;font-size:12px;font-weight:600;margin-top:2px}
.n .t small.g{color:#65676b;font-weight:400}
.n .dot{width:12px;height:12px;border-radius:50%;background:#1877f2}
.btns{display:flex;gap:8px;margin-top:6px}.btns span{border-radius:6px;padding:6px 14px;font-weight:600;
 font-size:13px;
 background:#e4e6eb}.btns .b{background:#1877f2;color:#fff}
.nm{font-weight:700;cursor:pointer}
#card{position:absolute;display:none;width:330px;background:#fff;border-radius:8px;
 box-shadow:0 6px 24px rgba(0,0,0,.25);
 padding:14px 16px;z-index:5}
#card .hd{display:flex;gap:12px;align-items:center}#card .hd b{font-size:17px}
#card div.l{margin-top:8px;color:#050505}#card div.l i{font-style:normal;margin-right:6px}
"""

SCRIPT = """
const card = document.getElementById('card');
for (const n of document.querySelectorAll('.nm[data-c]')) n.addEventListener('mouseenter', () => {
  card.innerHTML = document.getElementById(n.dataset.c).innerHTML;
  const r = n.getBoundingClientRect(); card.style.left = r.left + 'px'; card.style.top = (r.bottom + 6) + 'px';
  card.style.display = 'block'; });
document.querySelector('.wrap').addEventListener('mouseleave', () => { card.style.display = 'none'; });
"""

COLOURS = ["#8b5cf6", "#ef4444", "#0ea5e9", "#f59e0b", "#10b981", "#ec4899", "#64748b", "#a16207", "#0f766e"]


def _ini(name: str) -> str:
    p = name.split()
    return (p[0][0] + p[-1][0]).upper()


def play(stage: Stage) -> None:
    gb, us, rng = stage.fake("en_GB"), stage.fake("en_US"), stage.rng
    ie, ind = stage.fake("en_IE"), stage.fake("en_IN")
    srcs = [
        (rng.choice(RARE_FIRST), gb.last_name()),
        (ie.first_name(), ie.last_name()),
        (ind.first_name(), ind.last_name()),
        (us.first_name(), rng.choice(RARE_LAST)),
        (gb.first_name(), gb.last_name()),
        (rng.choice(RARE_FIRST[4:]), rng.choice(RARE_LAST)),
        (ie.first_name(), ie.last_name()),
        (us.first_name(), us.last_name()),
        (ind.first_name(), gb.last_name()),
    ]
    names = [stage.pii(f"{f} {last}", "PERSON") for f, last in srcs]
    me = stage.pii(fakes.person(gb), "PERSON", note="the signed-in user")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION", note="the hover card's 'Lives in <town>'")
    home = stage.pii(rng.choice([c for c in fakes.UK_CITIES if c != town]), "LOCATION", note="'From <town>'")
    notes = [
        (names[0], "liked your photo.", "12m", "👍", "#1877f2", True),
        (names[1], "and 3 others commented on your post: “Congrats on the new job!”", "47m", "💬", "#10b981", True),
        (f"It's {names[2]}'s birthday today.", "Help them have a great day!", "3h", "🎂", "#ef4444", True),
        (names[3], "sent you a friend request.", "5h", "👤", "#1877f2", False),
        (names[4], f"invited you to join {GROUPS[0]}.", "1d", "👥", "#0ea5e9", False),
        (names[5], "shared a memory with you.", "2d", "↻", "#8b5cf6", False),
        (names[6], "reacted to your comment: “See you at the match”", "3d", "❤", "#ef4444", False),
    ]
    rows = ""
    for k, (who, what, when, icon, colour, unread) in enumerate(notes):
        person = who if not who.startswith("It's") else names[2]
        if who.startswith("It's"):
            text = f"{esc(who)} {esc(what)}"
        else:
            text = f"<span class=nm{' data-c=c0' if k == 0 else ''}>{esc(who)}</span> {esc(what)}"
        rows += (
            f"<div class='n{' u' if unread else ''}'><div class=av style='background:{COLOURS[k]}'>{_ini(person)}"
            f"<em style='background:{colour}'>{icon}</em></div><div class=t>{text}<small{'' if unread else ' class=g'}>"
            f"{when}</small>"
            + ("<div class=btns><span class=b>Confirm</span><span>Delete</span></div>" if k == 3 else "")
            + ("<div class=btns><span class=b>Join group</span><span>Decline</span></div>" if k == 4 else "")
            + f"</div>{'<div class=dot></div>' if unread else ''}</div>"
        )
    sugg = ""
    for j, k in enumerate((7, 8)):
        mutual = [12, 4][j]
        sugg += (
            f"<div class=n><div class=av style='background:{COLOURS[k]}'>{_ini(names[k])}</div><div class=t>"
            f"<span class=nm>{esc(names[k])}</span><small class=g>{mutual} mutual friends</small>"
            "<div class=btns><span class=b>Add friend</span><span>Remove</span></div></div></div>"
        )
    reqs = (
        f"<div class=n><div class=av style='background:{COLOURS[3]}'>{_ini(names[3])}</div><div class=t>"
        f"<span class=nm>{esc(names[3])}</span><small class=g>8 mutual friends · 5h</small>"
        "<div class=btns><span class=b>Confirm</span><span>Delete</span></div></div></div>"
    )
    employer = "Riverside Veterinary Practice"
    card = (
        f"<div id=c0 style='display:none'><div class=hd><div class=av style='background:{COLOURS[0]}'>{_ini(names[0])}"
        f"</div><b>{esc(names[0])}</b></div><div class=l><i>💼</i>Works at {employer}</div>"
        f"<div class=l><i>🏠</i>Lives in {esc(town)}</div><div class=l><i>📍</i>From {esc(home)}</div>"
        "<div class=l><i>👥</i>23 mutual friends</div><div class=btns><span class=b>Message</span>"
        "<span>Friends</span></div></div>"
    )
    body = (
        f"<div class=top><span class=logo>friendly</span><span class=s>Search friendly</span><div class=r>"
        f"<span>{esc(me)}</span><span class=bell>🔔</span></div></div><div class=wrap><div class=col>"
        "<h2>Notifications</h2><div class=tabs><span class=on>All</span><span>Unread</span></div>"
        f"<h3>New <span>See all</span></h3>{rows}</div><div class=col><h3>Friend requests <span>See all</span></h3>"
        f"{reqs}<h3>People you may know <span>See all</span></h3>{sugg}<h3>Group invites</h3>"
        f"<div class=n><div class=av style='background:#0ea5e9'>👥</div><div class=t><b>{GROUPS[1]}</b>"
        "<small class=g>Private group · 214 members</small></div></div></div></div><div id=card></div>"
        f"{card}"
    )
    stage.page("notifications/index.html", doc("Notifications | friendly", CSS, body, SCRIPT))
    stage.keep("Notifications", "Friend requests", "People you may know", "Group invites", "Confirm", "Delete")
    stage.keep("liked your photo.", "sent you a friend request.", "Add friend", "Private group · 214 members")
    stage.keep("Help them have a great day!", GROUPS[1])
    chrome = stage.chrome("http://www.friendly.example/notifications/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    desk.move(*chrome.point(".nm[data-c]"))
    stage.mark("hover_card")
    stage.pause(4.0)
    desk.move(*chrome.point(".col", 1))
    stage.pause(3.0)
    desk.move(*chrome.point(".nm[data-c]"))
    stage.pause(3.0)
    desk.move(*chrome.point("h2"))
    stage.pause(4.0)


SCENE = SceneSpec(
    name="notifications_feed",
    description="A social site's notifications panel in Chromium (en_GB, en_US, en_IE, en_IN names): sentences "
    "around names with no caption ('<First> <Last> liked your photo.', '<First> <Last> and 3 others commented "
    "on your post', \"It's <First> <Last>'s birthday today.\", '<First> <Last> sent you a friend request.', "
    "'<First> <Last> invited you to join <group>'), relative times; friend requests with Confirm / Delete; "
    "'People you may know' with '<n> mutual friends'; a hover card (workplace, 'Lives in <town>', 'From <town>').",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=22.0,
    seed=35341,
    crf=24,
)
