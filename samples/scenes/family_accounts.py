"""A family sharing / parental controls page (Apple Family Sharing, Google Family Link-like).

Why this screen: a parent calls support because a child's account or an approval does not work,
and shares the family page. It lists every member: the organiser, a partner and two children
(15 and 9) with their birthdays, the children's school e-mail addresses and their devices, named
the way phones name themselves ("<First>'s iPad"). Each child has a screen-time report (innocent:
app categories, daily averages, downtime hours), an "Ask to buy" request names the child, and
the "Add child account" form takes a new child's name and date of birth, typed. The policy keeps
no data of children: every name, birthday and e-mail must be masked like any other value. Names
from en_GB lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST_F = ["Morwenna", "Lowenna", "Elowen", "Kerensa", "Clemency", "Ottoline"]
RARE_FIRST_M = ["Gwion", "Yestin", "Ruairi", "Aneurin", "Peregrine"]
RARE_LAST = ["Penhallow", "Tregenza", "Carlyon", "Rosewarne", "Hosking"]

CSS = """
body{font-size:13.5px;background:#f5f5f7;color:#1d1d1f;overflow:hidden}
.top{height:46px;background:#fff;border-bottom:1px solid #d2d2d7;display:flex;align-items:center;
 padding:0 22px;gap:20px}
.top b{font-size:17px}.top span{color:#6e6e73}.top .me{margin-left:auto;color:#1d1d1f}
.wrap{display:grid;grid-template-columns:210px 1fr}
.nav{padding:14px 10px}.nav div{padding:8px 12px;border-radius:8px;color:#424245;cursor:pointer}
.nav div.on{background:#e8e8ed;font-weight:700;color:#1d1d1f}
.main{padding:14px 22px;height:660px;overflow:hidden}
.pane{display:none}.pane.on{display:block}
h2{font-size:20px;margin:2px 0 10px}
.sub{color:#6e6e73;margin:-6px 0 10px}
.mem{display:grid;grid-template-columns:repeat(2,1fr);gap:10px}
.card{background:#fff;border-radius:12px;padding:10px 14px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.who{display:flex;gap:10px;align-items:center;margin-bottom:6px}
.av{width:36px;height:36px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;
 font-weight:700}
.nm{font-weight:700;font-size:15px}.role{color:#6e6e73;font-size:12.5px}
dl{display:grid;grid-template-columns:130px 1fr;row-gap:4px;margin:0}dt{color:#6e6e73}dd{margin:0}
.dev{color:#424245}
.bars{display:flex;gap:6px;align-items:flex-end;height:70px;margin:6px 0}
.bars div{width:26px;background:#0071e3;border-radius:3px 3px 0 0}
.days{display:flex;gap:6px;font-size:11px;color:#6e6e73}.days span{width:26px;text-align:center}
table{border-collapse:collapse;width:100%}td{padding:5px 4px;border-bottom:1px solid #ececf0}td.r{text-align:right}
.req{display:flex;gap:14px;align-items:center}
.app{width:52px;height:52px;border-radius:12px;background:#4caf50}
.btn{display:inline-block;border-radius:16px;padding:5px 16px;font-weight:700;cursor:pointer}
.ok{background:#0071e3;color:#fff}.no{background:#e8e8ed;color:#1d1d1f}
label{display:block;color:#424245;margin:10px 0 4px;font-weight:700}
input{width:340px;font-size:14px;border:1px solid #c7c7cc;border-radius:8px;padding:7px 10px}
.hint{color:#6e6e73;font-size:12px;margin-top:3px}
"""

SCRIPT = """
function show(n){document.querySelectorAll('.pane').forEach(p=>p.classList.toggle('on',p.id===n));
document.querySelectorAll('.nav div').forEach(t=>t.classList.toggle('on',t.dataset.p===n));}
"""


def play(stage: Stage) -> None:
    rng, gb = stage.rng, stage.fake("en_GB")
    family = rng.choice(RARE_LAST)
    parent_first = rng.choice(RARE_FIRST_F)
    partner_first = gb.first_name_male()
    teen_first = gb.first_name_male()
    child_first = rng.choice(RARE_FIRST_M)
    new_first = rng.choice([n for n in RARE_FIRST_F if n != parent_first])
    parent = stage.pii(f"{parent_first} {family}", "PERSON", note="the organiser")
    partner = stage.pii(f"{partner_first} {gb.last_name()}", "PERSON", note="the partner, another surname")
    teen = stage.pii(f"{teen_first} {family}", "PERSON", note="a child of 15")
    child = stage.pii(f"{child_first} {family}", "PERSON", note="a child of 9")
    newborn = stage.pii(f"{new_first} {family}", "PERSON", note="a child of 6, typed into the form")
    for first in (teen_first, child_first, parent_first):
        stage.pii(first, "PERSON", scored=False, note="a first name alone (device name, report heading)")
    p_dob = stage.pii(f"{rng.randint(1, 28)} {fakes.MONTHS[rng.randint(0, 11)]} 1984", "DATE_OF_BIRTH")
    q_dob = stage.pii(f"{rng.randint(1, 28)} {fakes.MONTHS[rng.randint(0, 11)]} 1982", "DATE_OF_BIRTH")
    t_dob = stage.pii(f"{rng.randint(1, 28)} {fakes.MONTHS[rng.randint(0, 10)]} 2011", "DATE_OF_BIRTH", note="age 15")
    c_dob = stage.pii(f"{rng.randint(1, 28)} {fakes.MONTHS[rng.randint(0, 10)]} 2017", "DATE_OF_BIRTH", note="age 9")
    new_dob = stage.pii(f"{rng.randint(10, 28)}/0{rng.randint(1, 9)}/2020", "DATE_OF_BIRTH", note="age 6, typed")
    p_mail = stage.pii(fakes.email_for(parent, "icloud.com", rng), "EMAIL_ADDRESS")
    q_mail = stage.pii(fakes.email_for(partner, "gmail.com", rng), "EMAIL_ADDRESS")
    school = "stpirans-academy.org.uk"
    t_mail = stage.pii(fakes.email_for(teen, school, rng), "EMAIL_ADDRESS", note="a school address")
    c_mail = stage.pii(fakes.email_for(child, "pupils.trevithick-primary.sch.uk", rng), "EMAIL_ADDRESS")
    p_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")

    def member(initials: str, colour: str, name: str, role: str, rows: list[tuple[str, str]]) -> str:
        dl = "".join(f"<dt>{k}</dt><dd>{esc(v)}</dd>" for k, v in rows)
        return (
            f"<div class=card><div class=who><div class=av style='background:{colour}'>{initials}</div><div>"
            f"<div class=nm>{esc(name)}</div><div class=role>{role}</div></div></div><dl>{dl}</dl></div>"
        )

    members = (
        member(
            parent[0] + family[0],
            "#af52de",
            parent,
            "Organiser · Parent/Guardian",
            [("Birthday", p_dob), ("Apple ID", p_mail), ("Phone", p_phone), ("Devices", f"{parent_first}'s iPhone")],
        )
        + member(
            partner[0] + partner.split()[1][0],
            "#ff9500",
            partner,
            "Adult · Parent/Guardian",
            [("Birthday", q_dob), ("Apple ID", q_mail), ("Devices", "MacBook Air, Apple Watch")],
        )
        + member(
            teen[0] + family[0],
            "#34c759",
            teen,
            "Child · Age 15",
            [("Birthday", t_dob), ("Apple ID", t_mail), ("Devices", f"{teen_first}'s iPhone"), ("Ask to Buy", "Off")],
        )
        + member(
            child[0] + family[0],
            "#007aff",
            child,
            "Child · Age 9",
            [("Birthday", c_dob), ("Apple ID", c_mail), ("Devices", f"{child_first}'s iPad"), ("Ask to Buy", "On")],
        )
    )
    fam = f"""<div class="pane on" id=family><h2>Family</h2><div class=sub>4 members · Family Sharing since 2019
</div><div class=mem>{members}</div></div>"""

    def report(first: str, age: int, avg: str, heights: list[int], apps: list[tuple[str, str, str]]) -> str:
        bars = "".join(f"<div style='height:{h}px'></div>" for h in heights)
        days = "".join(f"<span>{d}</span>" for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
        rows = "".join(f"<tr><td>{a}</td><td>{c}</td><td class=r>{t}</td></tr>" for a, c, t in apps)
        return (
            f"<div class=card><div class=nm>{esc(first)} · Age {age}</div><div class=role>Daily average {avg}"
            f"</div><div class=bars>{bars}</div><div class=days>{days}</div><table>{rows}</table></div>"
        )

    teen_apps = [
        ("Social", "Snapchat", "1h 31m"),
        ("Entertainment", "YouTube", "1h 02m"),
        ("Education", "Duolingo", "14m"),
    ]
    child_apps = [
        ("Games", "Roblox", "1h 04m"),
        ("Entertainment", "YouTube Kids", "48m"),
        ("Education", "Khan Academy Kids", "22m"),
    ]
    reports = report(teen_first, 15, "4h 12m", [52, 61, 48, 66, 58, 70, 64], teen_apps) + report(
        child_first, 9, "1h 48m", [22, 30, 18, 26, 35, 52, 47], child_apps
    )
    screen = f"""<div class=pane id=screen><h2>Screen Time</h2><div class=sub>Reports for this week · Downtime
19:30 – 07:00 on school nights</div><div class=mem>{reports}</div></div>"""
    buy = f"""<div class=pane id=buy><h2>Ask to Buy</h2><div class=sub>Requests waiting for a parent's approval</div>
<div class=card><div class=req><div class=app></div><div><div class=nm>Minecraft</div><div class=role>Mojang AB ·
£6.99 · Games · Age rating 7+</div><div>{esc(child)} wants to buy this app.</div><div class=role>Requested
today at 16:42 from {esc(child_first)}'s iPad</div></div></div><div style='margin-top:10px'>
<span class='btn no'>Decline</span> <span class='btn ok' id=approve>Approve</span></div></div></div>"""
    add = """<div class=pane id=add><h2>Add child account</h2><div class=sub>Children under 13 need a parent to create
their account. You'll be asked to verify your payment method.</div><div class=card>
<label>Child's full name</label><input id=cname placeholder='First and last name'>
<label>Date of birth</label><input id=cdob placeholder='DD/MM/YYYY'><div class=hint>Used to set age-appropriate
restrictions.</div><label>Parental consent</label><div>I confirm I am the parent or legal guardian of this child.</div>
<div style='margin-top:12px'><span class='btn ok'>Continue</span></div></div></div>"""
    nav = "".join(
        f"<div data-p={p} id=n{p}{' class=on' if p == 'family' else ''} onclick=\"show('{p}')\">{t}</div>"
        for p, t in (
            ("family", "Family members"),
            ("screen", "Screen Time"),
            ("buy", "Ask to Buy"),
            ("add", "Add child account"),
        )
    )
    body = f"""<div class=top><b>Family Sharing</b><span>Account</span><span>Subscriptions</span>
<span class=me>{esc(parent)}</span></div><div class=wrap><div class=nav>{nav}</div>
<div class=main>{fam}{screen}{buy}{add}</div></div>"""
    stage.page("family/index.html", doc("Family Sharing", CSS, body, SCRIPT))
    stage.keep("Family Sharing", "Family members", "Organiser · Parent/Guardian", "Adult · Parent/Guardian")
    stage.keep("MacBook Air, Apple Watch", "Child · Age 15", "Child · Age 9", "4 members · Family Sharing since 2019")
    chrome = stage.chrome("http://family.appleid.example/family/", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(14.0)
    stage.click(*chrome.point("#nscreen"))
    stage.mark("screen time")
    stage.keep("Khan Academy Kids", "YouTube Kids", "Daily average 1h 48m", "Snapchat")
    stage.pause(5.0)
    stage.click(*chrome.point("#nbuy"))
    stage.mark("ask to buy")
    stage.keep("Mojang AB", "Minecraft", "Requests waiting for a parent's approval")
    stage.pause(5.0)
    stage.click(*chrome.point("#nadd"))
    stage.mark("add child")
    stage.keep("Child's full name", "Used to set age-appropriate")
    stage.pause(1.5)
    stage.click(*chrome.point("#cname"))
    desk.type(newborn, typo_rate=0.0, delay_ms=70)
    stage.click(*chrome.point("#cdob"))
    desk.type(new_dob, typo_rate=0.0, delay_ms=90)
    stage.mark("typed")
    stage.pause(5.0)
    stage.click(*chrome.point("#nfamily"))
    stage.mark("family")
    stage.pause(15.0)


SCENE = SceneSpec(
    name="family_accounts",
    description="A family sharing / parental controls page in Chromium (Apple Family Sharing-like; en_GB names and "
    "ones common lists miss): member cards (the organiser, a partner with another surname, children of 15 and 9) "
    "with birthdays '<d> <Month> <yyyy>', Apple IDs (the children's school e-mail addresses), a phone and devices "
    'named "<First>\'s iPad"; screen-time reports per child (innocent apps, categories, daily averages); an Ask to '
    "Buy request '<First> <Last> wants to buy this app'; the 'Add child account' form with a child's name and date "
    "of birth (DD/MM/YYYY, age 6) typed; back to the members.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=56.0,
    seed=41102,
    crf=24,
)
