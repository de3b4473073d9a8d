"""A team wiki page (Confluence-like): an on-call rota, break-glass access, history and comments.

Why this screen: "the page won't save" or "the macro shows an error" has a technician look at a
platform team's "On-call and escalation" page. Prose mentions engineers inline ("@<First> <Last>
owns the pager until Friday"), the rota is a table (week commencing, engineer, mobile, backup), a
yellow "Break-glass access" panel gives the emergency admin account's username, password and
recovery e-mail, and an inline code block holds a database connection string with the user and
password in it. The sidebar lists the page history (editor names and times) and the bottom of the
page has comments under avatars (initials) and names. The technician scrolls down to the comments,
types a reply and scrolls back. Names from en_GB, en_IN and pl_PL and rare ones common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Eirlys", "Jarrah", "Wojtek", "Folasade", "Peregrine", "Yusra", "Caradoc", "Marit"]
RARE_LAST = ["Trethewey", "Okafor-Lind", "Brzezinski", "Haverkamp", "Quennell", "Abubakar-Vance"]

CSS = """
body{font-size:14px;background:#fff;color:#172b4d;overflow:hidden}
.top{height:48px;background:#fff;border-bottom:1px solid #dfe1e6;display:flex;align-items:center;padding:0 18px;
gap:20px}.top b{color:#0052cc;font-size:17px}.top span{color:#42526e}
.wrap{display:grid;grid-template-columns:1fr 270px;height:calc(100% - 48px)}
main{padding:14px 34px;overflow-y:auto;height:100%}
.crumb{color:#6b778c;font-size:12px}h1{font-size:25px;margin:6px 0 4px}.by{color:#6b778c;font-size:12px;
margin-bottom:12px}
p{line-height:1.6;margin:8px 0}.men{background:#e9f2ff;color:#0052cc;border-radius:3px;padding:0 3px}
h2{font-size:18px;margin:16px 0 8px}
table{border-collapse:collapse;font-size:13px;min-width:640px}
th{background:#f4f5f7;text-align:left;padding:6px 10px;border:1px solid #dfe1e6}
td{padding:6px 10px;border:1px solid #dfe1e6}
.panel{background:#fffae6;border-left:4px solid #ffab00;padding:10px 14px;margin:12px 0;max-width:640px}
.panel b{display:block;margin-bottom:6px}.panel dl{display:grid;grid-template-columns:140px 1fr;row-gap:4px;margin:0}
.panel dd{margin:0;font-family:'DejaVu Sans Mono',monospace;font-size:13px}
pre{background:#f4f5f7;border:1px solid #dfe1e6;border-radius:3px;padding:10px;font-size:12.5px;max-width:700px;
white-space:pre-wrap}
aside{border-left:1px solid #dfe1e6;padding:14px;font-size:12.5px;overflow:hidden;background:#fafbfc}
aside h3{font-size:12px;text-transform:uppercase;color:#6b778c;margin:0 0 8px}
.hv{padding:6px 0;border-bottom:1px solid #ebecf0}.hv small{display:block;color:#6b778c}
.cm{display:flex;gap:10px;margin:12px 0}.av{width:32px;height:32px;border-radius:50%;background:#0052cc;color:#fff;
display:flex;align-items:center;justify-content:center;font-size:12px;font-weight:700;flex:none}
.cm small{color:#6b778c;margin-left:6px}.cm div div{margin-top:3px;line-height:1.5}
#reply{width:640px;height:60px;border:1px solid #dfe1e6;border-radius:3px;padding:8px;font-size:13px}
"""


def _ini(name: str) -> str:
    parts = name.split()
    return parts[0][0] + parts[-1][0]


def play(stage: Stage) -> None:
    gb, ind, pl, rng = stage.fake("en_GB"), stage.fake("en_IN"), stage.fake("pl_PL"), stage.rng
    eng = [
        f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST)}",
        fakes.person(gb),
        f"{ind.first_name()} {ind.last_name()}",
        f"{pl.first_name()} {pl.last_name()}",
        f"{rng.choice(RARE_FIRST[4:])} {gb.last_name()}",
    ]
    eng = [stage.pii(e, "PERSON", note="an engineer: rota, mentions, history, comments") for e in eng]
    mobiles = [
        stage.pii(fakes.uk_mobile(rng) if k % 2 else fakes.uk_mobile_intl(rng), "PHONE_NUMBER") for k in range(5)
    ]
    weeks = ["30 Nov 2026", "7 Dec 2026", "14 Dec 2026", "21 Dec 2026", "28 Dec 2026"]
    rota = "".join(
        f"<tr><td>{w}</td><td>{esc(e)}</td><td>{esc(m)}</td><td>{esc(eng[(k + 1) % 5].split()[0])}</td></tr>"
        for k, (w, e, m) in enumerate(zip(weeks, eng, mobiles, strict=True))
    )
    bg_user = stage.pii(
        f"bg-admin-{rng.choice(['ops', 'plat', 'sre'])}{rng.randint(10, 99)}",
        "USERNAME",
        note="the break-glass account",
    )
    bg_pw = stage.pii(fakes.password(rng, 16), "PASSWORD", note="the break-glass password")
    bg_mail = stage.pii(fakes.email_for(eng[1], "proton.me", rng), "EMAIL_ADDRESS", note="recovery e-mail")
    db_user = stage.pii(f"svc_{rng.choice(['billing', 'ledger', 'orders'])}_rw", "USERNAME", note="in the DSN")
    db_pw = stage.pii(fakes.password(rng, 18).replace("#", "x").replace("%", "k"), "PASSWORD", note="in the DSN")
    host = "pg-prod-eu2.internal.corp.example:5432/ledger"
    dsn = f"postgresql://{db_user}:{db_pw}@{host}?sslmode=require"
    history = [
        (eng[0], "Today, 09:12", "Swapped weeks 50 and 51"),
        (eng[3], "3 Dec 2026, 17:45", "Rotated break-glass password"),
        (eng[2], "28 Nov 2026, 11:02", "Added escalation policy"),
        (eng[1], "14 Nov 2026, 15:30", "Created page"),
    ]
    hist = "".join(f"<div class=hv><b>{esc(n)}</b><small>{t}</small>{esc(c)}</div>" for n, t, c in history)
    comments = [
        (eng[4], "2 days ago", "Can we add the PagerDuty schedule link under the rota? The old one 404s."),
        (eng[2], "yesterday", "Done. Also moved the runbook links into the sidebar."),
    ]
    cms = "".join(
        f"<div class=cm><span class=av>{esc(_ini(n))}</span><div><b>{esc(n)}</b><small>{t}</small>"
        f"<div>{esc(c)}</div></div></div>"
        for n, t, c in comments
    )
    body = f"""<div class="top"><b>&#9650; Wikiflow</b><span>Spaces</span><span>People</span><span>Apps</span>
<span>Templates</span><span style="margin-left:auto;font-size:12px">Search</span></div>
<div class="wrap"><main id="main"><div class="crumb">Platform Engineering / Runbooks / Incidents</div>
<h1>On-call and escalation</h1><div class="by">Owned by <span class="men">@{esc(eng[1])}</span> &middot; Last
updated today &middot; 4 min read</div>
<p>This week <span class="men">@{esc(eng[0])}</span> owns the pager until Friday 17:00; escalate to
<span class="men">@{esc(eng[2])}</span> if no acknowledgement within 15 minutes.</p>
<p>Severity 1 incidents page the whole rota. Post in #incidents first, then open a bridge.</p>
<h2>Rota</h2><table><tr><th>Week commencing</th><th>Engineer</th><th>Mobile</th><th>Backup</th></tr>{rota}</table>
<div class="panel"><b>&#9888; Break-glass access</b><dl><dt>Username</dt><dd>{esc(bg_user)}</dd><dt>Password</dt>
<dd>{esc(bg_pw)}</dd><dt>Recovery email</dt><dd>{esc(bg_mail)}</dd></dl></div>
<h2>Database failover</h2><p>Promote the replica, then check the ledger service connects with:</p>
<pre>{esc(dsn)}</pre>
<h2>Comments</h2>{cms}<textarea id="reply" placeholder="Add a comment"></textarea><div style="height:260px"></div>
</main><aside><h3>Page history</h3>{hist}<h3 style="margin-top:16px">Runbooks</h3><div>Database failover</div>
<div>Certificate renewal</div><div>Queue backlog</div></aside></div>"""
    stage.page("w/plat/on-call.html", doc("On-call and escalation - Platform Engineering", CSS, body))
    stage.keep("On-call and escalation", "Week commencing", "Page history", "Certificate renewal")
    stage.keep("Severity 1 incidents page the whole rota.", "Database failover")
    chrome = stage.chrome("http://wiki.corp.example/w/plat/on-call.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    desk.move(500, 450)
    desk.scroll(4, pause=0.3)
    stage.mark("panel")
    stage.pause(5.0)
    desk.scroll(5, pause=0.3)
    stage.mark("comments")
    stage.pause(1.0)
    stage.click(*chrome.point("#reply"))
    desk.type(f"Thanks {eng[2].split()[0]}, the link works now.", typo_rate=0.02, delay_ms=60)
    stage.pii(eng[2].split()[0], "PERSON", scored=False, note="a first name alone in the reply")
    stage.pause(2.0)
    desk.move(500, 450)
    desk.scroll(-9, pause=0.3)
    stage.pause(3.5)


SCENE = SceneSpec(
    name="wiki_oncall",
    description="A team wiki page (Confluence-like) in Chromium: 'On-call and escalation' with @mentions of full "
    "names inline in prose, a rota table (week commencing, engineer, mobile, backup first name), a 'Break-glass "
    "access' panel (username, password, recovery e-mail), a code block with a PostgreSQL connection string "
    "(user and password), a page history sidebar (editor names, times, summaries) and comments under initials "
    "avatars and names; scrolled down, a comment typed, scrolled back. Names from en_GB, en_IN, pl_PL and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=66903,
    crf=24,
)
