"""A nursery's staff app: a room's children, a child's profile and a daily diary entry.

Why this screen: "the diary won't post to the parents' app" has a technician look at what a nursery
key worker sees in Famly/Blossom/Tapestry-like software on the room tablet or the office PC. The
room list shows each child as "<First> <L>." (first name and the surname's initial) with an age
written "2y 7m", a key worker's initials and the time the child was checked in. A click opens the
child's profile: full name, date of birth, home address, allergies and dietary notes, the GP
("Dr <First> <Last>, <surgery>") and the surgery's phone, the parents (name, relationship, mobile,
e-mail), the people "authorised to collect" with their relationship and "collection password:
<word>", and an emergency contact. Below it the key worker types the day's diary entry ("<First>
had a lovely morning in the garden with his sister <First> ..."). Children's names and dates of birth:
the policy keeps none. Names from en_GB and en_IE and given names and surnames common lists miss.
"""

from __future__ import annotations

from datetime import date

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Ottilie", "Tadhg", "Zainab", "Ruairi", "Wilhelmina", "Azaan", "Isolde", "Oluwatobi", "Briallen"]
RARE_LAST = ["Mbeki-Harrow", "Quarrington", "Ó Faoláin", "Szczepanik", "Lighthart", "Adeyemi-Scott"]
WORDS = ["marmalade", "lighthouse", "pinecone", "tangerine", "otter", "blueberry"]

CSS = """
body{font-size:13px;background:#f6f4f0;color:#2b2b2b;overflow:hidden}
.top{height:50px;background:#5b3f8c;color:#fff;display:flex;align-items:center;padding:0 18px;gap:20px}
.top b{font-size:18px}.top span{opacity:.9}.top .u{margin-left:auto;font-size:12px}
.wrap{display:grid;grid-template-columns:330px 1fr;height:calc(100% - 50px)}
.rooms{background:#fff;border-right:1px solid #e4dfd6;padding:10px 12px;overflow:hidden}
.rooms h2{font-size:15px;margin:4px 0 2px}.rooms .sub{color:#77706a;font-size:12px;margin-bottom:8px}
.kid{display:flex;align-items:center;gap:10px;padding:7px 6px;border-bottom:1px solid #f0ece6;cursor:pointer}
.kid:hover{background:#f7f3fb}.av{width:30px;height:30px;border-radius:50%;background:#e7dcf5;color:#5b3f8c;
display:flex;align-items:center;justify-content:center;font-weight:700;font-size:12px}
.kid .n{font-weight:700}.kid small{display:block;color:#77706a;font-size:11.5px}
.kid .in{margin-left:auto;font-size:11.5px;color:#2e7d32}.kid .out{margin-left:auto;font-size:11.5px;color:#999}
main{padding:12px 20px;overflow-y:auto;height:100%}
.empty{color:#999;margin-top:80px;text-align:center;font-size:15px}
#prof{display:none}#prof.on{display:block}
h1{font-size:20px;margin:0}.meta{color:#77706a;font-size:12px;margin:2px 0 10px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.card{background:#fff;border:1px solid #e4dfd6;border-radius:8px;padding:10px 14px}
.card h3{margin:0 0 8px;font-size:12px;color:#5b3f8c;text-transform:uppercase;letter-spacing:.4px}
dl{display:grid;grid-template-columns:110px 1fr;row-gap:5px;margin:0}dt{color:#77706a}dd{margin:0}
.p{margin-bottom:8px;line-height:1.45}.p b{display:block}.pw{color:#8a4b00;font-size:12px}
.al{display:inline-block;background:#fde8e8;color:#a61b1b;border-radius:4px;padding:1px 6px;font-size:12px}
#diary{width:100%;height:92px;font:13px sans-serif;border:1px solid #c9c2b8;border-radius:6px;padding:8px}
.dtags{color:#77706a;font-size:12px;margin:6px 0}.btn{background:#5b3f8c;color:#fff;border-radius:5px;
padding:5px 14px;display:inline-block}
"""

SCRIPT = """
for (const k of document.querySelectorAll('.kid')) k.addEventListener('click', () => {
  document.getElementById('empty').style.display = 'none';
  document.getElementById('prof').classList.add('on');
});
"""


def _age(born: date, today: date) -> str:
    months = (today.year - born.year) * 12 + today.month - born.month - (today.day < born.day)
    return f"{months // 12}y {months % 12}m"


def play(stage: Stage) -> None:
    gb, ie, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.rng
    today = date(2026, 12, 4)
    worker = stage.pii(f"{gb.first_name_female()} {rng.choice(RARE_LAST[3:])}", "PERSON", note="key worker, top bar")
    kids: list[tuple[str, str]] = [
        (gb.first_name_male(), gb.last_name()),
        (rng.choice(RARE_FIRST), rng.choice(RARE_LAST)),
        (ie.first_name(), ie.last_name()),
        (rng.choice(RARE_FIRST[4:]), gb.last_name()),
        (gb.first_name_female(), rng.choice(RARE_LAST[2:])),
        (ie.first_name(), gb.last_name()),
        (rng.choice(RARE_FIRST[:4]), ie.last_name()),
    ]
    rows = ""
    for k, (first, last) in enumerate(kids):
        short = stage.pii(f"{first} {last[0]}.", "PERSON", note="a child, '<First> <L>.' in the room list")
        born = date.fromordinal(date(2023, 3, 1).toordinal() + rng.randint(0, 700))
        state = (
            f"<span class=in>In {7 + k % 2}:{rng.randint(10, 59)}</span>" if k != 4 else "<span class=out>Absent</span>"
        )
        rows += (
            f"<div class=kid id=k{k}><span class=av>{esc(first[0] + last[0])}</span><div><span class=n>"
            f"{esc(short)}</span><small>{_age(born, today)} &middot; Key person {esc(worker.split()[0][0])}"
            f"{esc(worker.split()[1][0])}</small></div>{state}</div>"
        )
    # The child whose profile opens: the second row (a rare given name and surname).
    cf, cl = kids[1]
    full = stage.pii(f"{cf} {cl}", "PERSON", note="the child's full name, profile heading")
    stage.pii(cf, "PERSON", note="the child's first name alone in the diary entry")
    born = date.fromordinal(date(2023, 9, 1).toordinal() + rng.randint(0, 200))
    dob = stage.pii(born.strftime("%d/%m/%Y"), "DATE_OF_BIRTH", note="the child's")
    sibling = stage.pii(rng.choice(["Beatrix", "Caoimhe", "Persephone"]), "PERSON", scored=False, note="a sibling")
    mother_first = rng.choice(["Adaeze", "Siobhan", "Henrietta"])
    mother = stage.pii(f"{mother_first} {cl}", "PERSON", note="parent 1")
    father = stage.pii(f"{gb.first_name_male()} {rng.choice(RARE_LAST[:2])}", "PERSON", note="parent 2")
    m_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    f_phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER")
    m_mail = stage.pii(fakes.email_for(f"{mother_first} {cl.replace('-', '')}", "gmail.com", rng), "EMAIL_ADDRESS")
    f_mail = stage.pii(fakes.email_for(father, "icloud.com", rng), "EMAIL_ADDRESS")
    street = stage.pii(fakes.street(gb), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    gp = stage.pii(f"Dr {gb.first_name()} {rng.choice(['Okonjo', 'Featherstonehaugh', 'Penhaligon'])}", "PERSON")
    gran = stage.pii(f"{ie.first_name_female()} {ie.last_name()}", "PERSON", note="authorised to collect")
    nanny = stage.pii(f"{rng.choice(RARE_FIRST[5:])} {gb.last_name()}", "PERSON", note="authorised to collect")
    pw1 = stage.pii(rng.choice(WORDS[:3]), "PASSWORD", note="collection password")
    pw2 = stage.pii(rng.choice(WORDS[3:]), "PASSWORD", note="collection password")
    g_phone = stage.pii(f"01{rng.randint(200, 999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER", note="landline")
    n_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    emerg = stage.pii(f"{gb.first_name_male()} {gb.last_name()}", "PERSON", note="emergency contact")
    e_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")

    profile = f"""<h1>{esc(full)}</h1><div class="meta">Caterpillars room &middot; Mon-Thu, full days &middot;
Started 2 Sep 2024</div>
<div class="grid"><div class="card"><h3>About</h3><dl><dt>Date of birth</dt><dd>{esc(dob)}</dd>
<dt>Home address</dt><dd>{esc(street)}, {esc(town)} {esc(postcode)}</dd>
<dt>Allergies</dt><dd><span class="al">Cow's milk protein</span> <span class="al">Sesame</span></dd>
<dt>Diet</dt><dd>Oat milk; no sesame seeds</dd><dt>Doctor</dt><dd>{esc(gp)}, Riverside Medical Centre</dd>
<dt>Surgery phone</dt><dd>0345 600 4418</dd><dt>Nappies</dt><dd>Yes, size 5</dd></dl></div>
<div class="card"><h3>Parents and carers</h3>
<div class="p"><b>{esc(mother)} (Mother)</b>{esc(m_phone)} &middot; {esc(m_mail)}</div>
<div class="p"><b>{esc(father)} (Father)</b>{esc(f_phone)} &middot; {esc(f_mail)}</div>
<h3>Authorised to collect</h3>
<div class="p"><b>{esc(gran)} (Grandmother)</b>{esc(g_phone)}<br><span class="pw">collection password:
{esc(pw1)}</span></div>
<div class="p"><b>{esc(nanny)} (Nanny)</b>{esc(n_phone)}<br><span class="pw">collection password: {esc(pw2)}</span>
</div><h3>Emergency contact</h3><div class="p"><b>{esc(emerg)} (Uncle)</b>{esc(e_phone)}</div></div></div>
<div class="card" style="margin-top:12px"><h3>Daily diary, Fri 4 Dec</h3>
<div class="dtags">Meals: breakfast all, lunch most &middot; Sleep 12:40-13:55 &middot; Nappy 10:15, 14:30</div>
<textarea id="diary" placeholder="Write today's diary entry"></textarea>
<div style="margin-top:6px"><span class="btn">Post to parents</span></div></div><div style="height:160px"></div>"""
    body = f"""<div class="top"><b>&#10047; Little Acorns</b><span>Rooms</span><span>Diary</span><span>Registers</span>
<span>Messages</span><span class="u">{esc(worker)} &middot; Caterpillars</span></div>
<div class="wrap"><div class="rooms"><h2>Caterpillars room</h2><div class="sub">Ages 2-3 &middot; 7 booked today
&middot; ratio 1:4</div>{rows}</div>
<main id="main"><div class="empty" id="empty">Select a child to see their profile</div>
<div id="prof">{profile}</div></main></div>"""
    stage.page("n/rooms/caterpillars.html", doc("Caterpillars | Little Acorns", CSS, body, SCRIPT))
    stage.keep("Caterpillars room", "Ages 2-3", "Registers", "Little Acorns", "Absent")
    chrome = stage.chrome("http://app.littleacorns.example/n/rooms/caterpillars.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    stage.click(*chrome.point("#k1"))
    stage.mark("profile")
    stage.keep("Authorised to collect", "Parents and carers", "Riverside Medical Centre", "Oat milk; no sesame seeds")
    stage.pause(7.0)
    desk.move(800, 500)
    desk.scroll(2, pause=0.3)
    stage.pause(1.0)
    stage.click(*chrome.point("#diary"))
    stage.mark("diary")
    desk.type(
        f"{cf} had a lovely morning in the garden with his sister {sibling} at drop-off. He ate most of his "
        "lunch and painted a snowman.",
        typo_rate=0.02,
        delay_ms=55,
    )
    stage.mark("typed")
    stage.pause(2.5)
    desk.scroll(-2, pause=0.3)
    stage.pause(4.0)


SCENE = SceneSpec(
    name="childcare_app",
    description="A nursery's staff app (Famly/Blossom-like) in Chromium: a room's children as '<First> <L>.' "
    "with ages '2y 7m', key worker initials and check-in times; a child's profile (full name, date of birth, "
    "home address, allergies, the GP 'Dr <First> <Last>', parents with mobiles and e-mails, people authorised "
    "to collect with 'collection password: <word>', an emergency contact); the key worker scrolls down and "
    "types the daily diary naming the child and a sibling by first name; scrolled back. Names from en_GB, "
    "en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=66901,
    crf=24,
)
