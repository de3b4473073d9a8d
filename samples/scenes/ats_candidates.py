"""A recruiting tool's pipeline: candidate cards on a kanban board, one candidate's CV and scorecard.

Why this screen: a technician helping a recruiter (a CV that will not render, a scorecard that
will not submit) sees what Greenhouse, Lever and Workable show: a job's pipeline as columns
(Applied / Phone screen / Interview / Offer) of candidate cards, each with the candidate's name,
current title at a company, the source ("Referred by <First> <Last>", "LinkedIn") and days in
stage; a click opens the candidate: the CV rendered as a document (the name as a large heading,
a contact line "Leeds · +44 ... · e-mail · linkedin.com/in/<handle>", employers with dates,
education) beside a scorecard with the interviewers' names and their notes ("<First> was strong
on ...") and the salary expectation; then the recruiter types a note. Names from en_GB, en_IN
and pl_PL lists and given names and surnames common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Adaeze", "Ruaridh", "Folasade", "Iolo", "Marit", "Tomasz", "Ayodele", "Caoimhe", "Linnea"]
RARE_LAST = ["Oyinlola", "Brzezinski", "MacIlwraith", "Venkataraman", "Achterberg", "Olaniyan-Hart"]
COMPANIES = [
    "Northwind Analytics",
    "Brightline Insurance",
    "Kestrel Logistics",
    "Halden Bank",
    "Copperleaf Retail",
    "Marlow Health",
    "Tidewater Energy",
    "Fenwick & Rowe",
    "Quayside Software",
    "Ardent Foods",
]
TITLES = [
    "Data Engineer",
    "Senior Data Engineer",
    "Analytics Engineer",
    "BI Developer",
    "Data Platform Engineer",
    "Software Engineer",
    "ETL Developer",
    "Lead Data Engineer",
]

CSS = """
body{font-size:13px;background:#f5f6f8;color:#202124;overflow:hidden}
.top{height:52px;background:#fff;border-bottom:1px solid #e1e4e8;display:flex;align-items:center;padding:0 20px;
 gap:20px}
.logo{font-weight:800;font-size:19px;color:#1a7f64}.top .nv{color:#5f6368}.top .u{margin-left:auto;font-size:12px}
.job{padding:12px 22px 6px}.job h1{font-size:18px;margin:0}.job .s{color:#5f6368;font-size:12px;margin-top:2px}
.board{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;padding:8px 22px}
.col{background:#eceef1;border-radius:8px;padding:8px;min-height:480px}
.col h2{font-size:12px;margin:2px 4px 8px;color:#3c4043;text-transform:uppercase;letter-spacing:.4px}
.col h2 span{color:#80868b;font-weight:400}
.cd{background:#fff;border-radius:6px;border:1px solid #dadce0;padding:9px 10px;margin-bottom:8px;cursor:pointer}
.cd b{display:block;font-size:14px}.cd .t{color:#3c4043;margin-top:3px}
.cd .src{color:#1a7f64;font-size:12px;margin-top:4px}
.cd .d{color:#80868b;font-size:11px;margin-top:4px}
#cand{display:none;position:absolute;top:52px;left:0;right:0;bottom:0;background:#f5f6f8;padding:14px 22px}
.cv{position:absolute;left:22px;top:14px;bottom:0;width:640px;background:#fff;border:1px solid #dadce0;
 box-shadow:0 1px 4px rgba(0,0,0,.08);padding:26px 34px;overflow:hidden;font-family:Georgia,serif}
.cv h1{font-size:30px;margin:0 0 4px}.cv .ct{font-size:12px;color:#444;font-family:sans-serif}
.cv h2{font-size:13px;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #ccc;margin:16px 0 6px;
 font-family:sans-serif;color:#1a7f64}
.cv .r{display:flex;justify-content:space-between;font-weight:700;margin-top:6px}.cv .r i{font-weight:400}
.cv ul{margin:3px 0 0;padding-left:18px}
.sc{position:absolute;left:690px;right:22px;top:14px;bottom:0;background:#fff;border:1px solid #dadce0;
 border-radius:8px;padding:14px 16px}
.sc h3{margin:0 0 8px;font-size:14px}.iv{border-top:1px solid #eee;padding:8px 0}.iv b{display:block}
.iv .rt{color:#1a7f64;font-size:12px}.iv p{margin:4px 0 0;color:#3c4043}
.kv{display:grid;grid-template-columns:130px 1fr;row-gap:5px;margin:8px 0}.kv i{font-style:normal;color:#5f6368}
textarea{width:100%;height:64px;font:13px sans-serif;border:1px solid #bdc1c6;border-radius:5px;padding:6px}
"""

SCRIPT = """
for (const c of document.querySelectorAll('.cd')) c.addEventListener('click', () => {
  document.getElementById('cand').style.display = 'block'; });
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    ind, pl = stage.fake("en_IN"), stage.fake("pl_PL")
    recruiter = stage.pii(f"{fake.first_name()} {fake.last_name()}", "PERSON", note="the recruiter, top bar")
    people: list[tuple[str, str]] = [
        (rng.choice(RARE_FIRST), fake.last_name()),
        (ind.first_name(), ind.last_name()),
        (fake.first_name(), rng.choice(RARE_LAST)),
        (pl.first_name(), pl.last_name()),
        (fake.first_name(), fake.last_name()),
        (rng.choice(RARE_FIRST[4:]), rng.choice(RARE_LAST[2:])),
        (ind.first_name(), fake.last_name()),
        (fake.first_name(), fake.last_name()),
        (pl.first_name(), fake.last_name()),
        (fake.first_name(), ind.last_name()),
    ]
    names = [stage.pii(f"{f} {last}", "PERSON", note="a candidate's card") for f, last in people]
    referrers = [stage.pii(f"{fake.first_name()} {fake.last_name()}", "PERSON", note="'Referred by'") for _ in range(3)]
    sources = [
        f"Referred by {referrers[0]}",
        "LinkedIn",
        "Indeed",
        f"Referred by {referrers[1]}",
        "Careers page",
        "Agency: Harper Search",
        f"Referred by {referrers[2]}",
        "LinkedIn",
        "Careers page",
        "Indeed",
    ]
    columns = [("Applied", [0, 1, 2, 3]), ("Phone screen", [4, 5, 6]), ("Interview", [7, 8]), ("Offer", [9])]
    board = ""
    for title, idx in columns:
        cards = ""
        for i in idx:
            job = f"{TITLES[i % len(TITLES)]} at {COMPANIES[i]}"
            cards += (
                f"<div class=cd><b>{esc(names[i])}</b><div class=t>{esc(job)}</div><div class=src>{esc(sources[i])}"
                f"</div><div class=d>{rng.randint(1, 19)} days in stage</div></div>"
            )
        board += f"<div class=col><h2>{title} <span>{len(idx)}</span></h2>{cards}</div>"
    # the candidate who opens: the Interview column's first card
    cf, cl = people[7]
    handle = (
        f"{cf.lower()}-{cl.lower().replace(' ', '')}-{rng.randint(10, 99)}{rng.choice('abcdef')}{rng.randint(1, 9)}"
    )
    stage.pii(f"linkedin.com/in/{handle}", "URL", note="a profile address")
    phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER")
    email = stage.pii(fakes.email_for(f"{cf} {cl}", "gmail.com", rng), "EMAIL_ADDRESS")
    first = stage.pii(cf, "PERSON", scored=False, note="the candidate's first name alone in notes")
    iv1 = stage.pii(f"{fake.first_name()} {rng.choice(RARE_LAST)}", "PERSON", note="an interviewer")
    iv2 = stage.pii(f"{ind.first_name()} {ind.last_name()}", "PERSON", note="an interviewer")
    cv = (
        f"<div class=cv><h1>{esc(names[7])}</h1><div class=ct>Leeds · {phone} · {esc(email)} · "
        f"linkedin.com/in/{esc(handle)}</div><h2>Profile</h2><div>Data engineer with seven years of building batch "
        "and streaming pipelines for insurance and retail. Comfortable owning a platform end to end.</div>"
        "<h2>Experience</h2>"
        f"<div class=r><span>Senior Data Engineer, {COMPANIES[7]}</span><i>Mar 2022 – present</i></div>"
        "<ul><li>Moved nightly batch loads to Kafka and dbt; cut reporting lag from 26 hours to 40 minutes</li>"
        "<li>Led a team of four; introduced data contracts and on-call runbooks</li></ul>"
        f"<div class=r><span>Data Engineer, {COMPANIES[3]}</span><i>Jun 2018 – Feb 2022</i></div>"
        "<ul><li>Built the claims warehouse on Snowflake; Airflow, Python, Terraform</li></ul>"
        f"<div class=r><span>Graduate Analyst, {COMPANIES[5]}</span><i>Sep 2017 – May 2018</i></div>"
        "<h2>Education</h2><div class=r><span>BSc Computer Science, University of Sheffield</span>"
        "<i>2014 – 2017</i></div><h2>Skills</h2>"
        "<div>Python, SQL, Spark, Kafka, dbt, Airflow, AWS, Terraform</div></div>"
    )
    sc = (
        "<div class=sc><h3>Scorecard · Technical interview</h3><div class=kv><i>Stage</i><span>Interview</span>"
        "<i>Salary expectation</i><span>£72,000 – £78,000</span><i>Notice period</i><span>1 month</span>"
        "<i>Right to work</i><span>Yes</span></div>"
        f"<div class=iv><b>{esc(iv1)}</b><span class=rt>Strong yes · Hiring manager</span><p>{esc(first)} was strong "
        "on data modelling and explained the trade-offs of the streaming design clearly.</p></div>"
        f"<div class=iv><b>{esc(iv2)}</b><span class=rt>Yes · Technical interviewer</span><p>Good SQL; a little "
        f"slow on the Python exercise. {esc(first)} asked sharp questions about on-call.</p></div>"
        "<div class=iv><b>Add note</b><textarea id=note autocomplete=off></textarea></div></div>"
    )
    body = (
        f"<div class=top><span class=logo>Hirewell</span><span class=nv>Jobs</span><span class=nv>Candidates</span>"
        f"<span class=nv>Reports</span><span class=u>{esc(recruiter)} · Talent team</span></div>"
        "<div class=job><h1>Senior Data Engineer</h1><div class=s>Leeds (hybrid) · REQ-2231 · Data Platform · "
        f"10 active candidates</div></div><div class=board>{board}</div><div id=cand>{cv}{sc}</div>"
    )
    stage.page("jobs/2231.html", doc("Senior Data Engineer · Hirewell", CSS, body, SCRIPT))
    stage.keep("Senior Data Engineer", "Phone screen", "Interview", "Applied", "Candidates", "Reports")
    stage.keep("days in stage", "Talent team")
    chrome = stage.chrome("http://recruit.hirewell.example/jobs/2231.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    stage.click(*chrome.point(".cd", 7))
    stage.mark("candidate")
    stage.keep("Experience", "Education", "Scorecard · Technical interview", "Salary expectation", "Notice period")
    stage.pause(6.0)
    stage.click(*chrome.point("#note"))
    desk.type(f"Spoke to {first} on the phone: happy with the range, can start in January.", typo_rate=0.0, delay_ms=60)
    stage.mark("typed")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="ats_candidates",
    description="A recruiting tool in Chromium (en_GB, en_IN, pl_PL names and ones common lists miss): a job's "
    "pipeline as a kanban board (Applied / Phone screen / Interview / Offer) of candidate cards (name, title at "
    "company, 'Referred by <First> <Last>', days in stage); a candidate opened: the CV as a document (the name as a "
    "large heading, 'Leeds · +44 ... · <e-mail> · linkedin.com/in/<handle>', employers with dates, education) "
    "beside a scorecard (interviewers' names, '<First> was strong on ...', salary expectation); a note typed.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=28.0,
    seed=36203,
    crf=24,
)
