"""A browser's history page: what a customer looked at, with names and addresses in page titles.

Why this screen: a technician clearing a browser or hunting a download opens the history, and the
policy promises that browsing history is never kept. Each row is a time, a page title and a site;
titles carry people's names ("<Name> | LinkedIn"), an e-mail address (a webmail tab's title), a
parcel tracking number, a street address from a maps search and search queries. The list is
grouped by day, scrolled, and searched.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:13px;background:#f1f3f4;color:#202124}
.bar{height:56px;background:#fff;display:flex;align-items:center;padding:0 20px;gap:30px;box-shadow:0 1px 3px #0002;
position:sticky;top:0}.bar b{font-size:20px;font-weight:400;width:200px}
.bar input{width:560px;background:#f1f3f4;border:0;border-radius:20px;padding:10px 16px;font-size:14px}
nav{position:fixed;left:0;top:56px;width:240px}nav div{padding:10px 24px}nav .on{color:#1a73e8;font-weight:600}
main{margin:18px auto 40px 300px;width:860px}
.day{background:#fff;border-radius:8px;margin-bottom:16px;box-shadow:0 1px 2px #0002;padding:6px 0}
.day h3{font-size:13px;font-weight:500;margin:10px 20px}
.e{display:flex;align-items:center;gap:14px;padding:7px 20px;height:22px}
.e time{color:#5f6368;width:64px}.fav{width:16px;height:16px;border-radius:3px;background:#bbb}
.e .t{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:560px}.e .d{color:#5f6368}
"""

SCRIPT = """
const q = document.getElementById('q');
q.addEventListener('input', () => {
  const s = q.value.toLowerCase();
  for (const e of document.querySelectorAll('.e'))
    e.style.display = e.textContent.toLowerCase().includes(s) ? '' : 'none';
});
"""

COLOURS = ["#4285f4", "#0a66c2", "#ea4335", "#34a853", "#fbbc05", "#ff4500", "#6e5494", "#e60023"]


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    me = fakes.person(fake)
    my_email = stage.pii(fakes.email_for(me, "gmail.com", rng), "EMAIL_ADDRESS")
    contact = stage.pii(fakes.person(fake), "PERSON")
    landlord = stage.pii(fakes.person(fake), "PERSON")
    doctor = stage.pii(fakes.person(fake), "PERSON")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    tracking = stage.pii(f"JD{rng.randint(10**15, 10**16 - 1)}", "ACCOUNT_NUMBER", note="a parcel tracking number")
    entries = [
        [
            (f"Inbox (3) - {my_email} - Gmail", "mail.google.com"),
            (f"{contact} - Practice Nurse - NHS | LinkedIn", "www.linkedin.com"),
            (f"{street}, {town} {postcode} - Google Maps", "www.google.com"),
            ("Train times to York | National Rail", "www.nationalrail.co.uk"),
            (f"Track your parcel {tracking} | DPD", "track.dpd.co.uk"),
            ("BBC Weather - York", "www.bbc.co.uk"),
            (f"{landlord} - Facebook", "www.facebook.com"),
        ],
        [
            ("symptoms of shingles in adults - Google Search", "www.google.com"),
            (f"Dr {doctor} - GP - Meanwood Health Centre", "www.nhs.uk"),
            ("Payslips and P60s - Employee Self Service", "hr.example.co.uk"),
            ("How to update Windows 11 drivers - Microsoft Support", "support.microsoft.com"),
            ("Printer HP LaserJet Pro M404 driver download", "support.hp.com"),
            ("Amazon.co.uk: Your Orders", "www.amazon.co.uk"),
        ],
    ]
    days = ["Today - Saturday, 5 December 2026", "Yesterday - Friday, 4 December 2026"]
    html_days = []
    n = 0
    for day, rows in zip(days, entries, strict=True):
        items = []
        for title, site in rows:
            h, m = rng.randint(8, 22), rng.randint(0, 59)
            items.append(
                f'<div class="e" id="e{n}"><input type=checkbox><time>{h:02d}:{m:02d}</time>'
                f'<span class="fav" style="background:{rng.choice(COLOURS)}"></span>'
                f'<span class="t">{esc(title)}</span><span class="d">{esc(site)}</span></div>'
            )
            n += 1
        html_days.append(f'<div class="day"><h3>{esc(day)}</h3>{"".join(items)}</div>')
    body = f"""<div class="bar"><b>History</b><input id="q" placeholder="Search history" autocomplete="off"></div>
<nav><div class="on">Chrome history</div><div>Tabs from other devices</div><div>Delete browsing data</div></nav>
<main>{"".join(html_days)}</main>"""
    stage.page("history/index.html", doc("History", CSS, body, SCRIPT))
    stage.keep(
        "History",
        "Tabs from other devices",
        "Delete browsing data",
        "Today - Saturday, 5 December 2026",
    )  # the visits' titles are browsing history (the policy keeps none): no innocent text
    chrome = stage.chrome("http://history.local/history/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.5)
    desk.move(*chrome.point("main"))
    desk.scroll(3, pause=0.35)
    stage.mark("scrolled")
    stage.pause(3.0)
    desk.scroll(-3, pause=0.3)
    stage.pause(1.5)
    stage.click(*chrome.point("#q"))
    desk.type("york", typo_rate=0.0)
    stage.mark("searched")
    stage.pause(3.0)
    for _ in range(4):
        desk.key("BackSpace", pause=0.08)
    stage.pause(2.5)


SCENE = SceneSpec(
    name="browser_history",
    description="A browser history page in Chromium: two days of visits, each a time, a page title and a "
    "site; titles carry a webmail address, people's names (a LinkedIn profile, a Facebook page, a GP), "
    "a street address and postcode from a maps search, a parcel tracking number and health searches. "
    "The list scrolls, then 'york' is typed in the history search and erased.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=90412,
    crf=24,
)
