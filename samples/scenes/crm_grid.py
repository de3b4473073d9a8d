"""A dense CRM customer grid (12 px text) that scrolls, with a notes window dragged over it.

Why this screen: small text in a tight grid is where OCR and detection break first; a second
window dragged over the grid hides part of it mid-recording, so values under the window must not
be reported as visible, and the notes window itself must stay readable.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

ROWS = 90
COMPANIES = [
    "Lakeshore Animal Hospital",
    "Brightwater Dental",
    "Summit Outdoor Supply",
    "Redwood Analytics",
    "Bluebird Logistics",
    "Granite Peak Realty",
    "Copperleaf Bakery",
    "Harborview Marine",
    "Silverline Fitness",
    "Oakridge Pediatrics",
    "Northgate Auto Repair",
    "Meadowbrook Florist",
]
STATUSES = [("Active", "#1b873f"), ("Lead", "#0b66c3"), ("At risk", "#c2410c"), ("Churned", "#6b7280")]
COLUMNS = ["", "ID", "Name", "Company", "Email", "Phone", "City", "Owner", "Last contact", "Status", "LTV"]

CSS = """
body{font-size:12px;background:#f3f4f6;display:flex;flex-direction:column;color:#111827}
.top{height:44px;background:#111827;color:#e5e7eb;display:flex;align-items:center;padding:0 16px;gap:22px;
 font-size:13px}.top b{color:#fff;font-size:15px}.top .s{margin-left:auto;background:#374151;
 border-radius:4px;
 padding:5px 12px;width:320px;color:#9ca3af}
.head{display:flex;align-items:center;padding:10px 16px;gap:12px}.head h1{font-size:18px;margin:0}
.head .cnt{color:#6b7280}.chip{background:#fff;border:1px solid #d1d5db;border-radius:12px;padding:3px 10px}
.head .new{margin-left:auto;background:#2563eb;color:#fff;border-radius:4px;padding:6px 12px}
#grid{flex:1;overflow:auto;margin:0 16px 12px;background:#fff;border:1px solid #d1d5db}
table{border-collapse:collapse;width:100%}
th{position:sticky;top:0;background:#f9fafb;text-align:left;font-weight:bold;color:#374151;padding:5px 7px;
 border-bottom:1px solid #d1d5db;white-space:nowrap}
td{padding:3px 7px;border-bottom:1px solid #f0f1f3;white-space:nowrap;height:21px}
tr:hover td{background:#eff6ff}.st{border-radius:9px;padding:1px 8px;color:#fff;font-size:11px}
.cb{width:11px;height:11px;border:1px solid #9ca3af;border-radius:2px}.n{text-align:right}
.foot{padding:0 16px 10px;color:#6b7280;display:flex;gap:20px}
"""

NOTES_CSS = """
body{background:#fffbea;font-size:14px;padding:12px 16px;color:#3f3a1e}
h1{font-size:15px;margin:0 0 8px}label{font-size:12px;color:#7a6f3c}
textarea{width:100%;height:150px;border:1px solid #e7d98f;background:#fffef5;padding:8px;font-size:14px;
 resize:none}
.row{display:flex;gap:8px;margin-top:10px}.row button{border:1px solid #c9b458;background:#fff3bf;
 border-radius:4px;
 padding:5px 12px}
"""


def _rows(stage: Stage) -> str:
    fake, rng = stage.fake("en_US"), stage.rng
    owners = [stage.pii(fakes.person(fake), "PERSON") for _ in range(4)]
    out = []
    for i in range(ROWS):
        name = stage.pii(fakes.person(fake), "PERSON")
        company = rng.choice(COMPANIES)
        domain = company.lower().split()[0] + ".com"
        email = stage.pii(fakes.email_for(name, domain, rng), "EMAIL_ADDRESS")
        phone = stage.pii(fakes.us_phone(rng), "PHONE_NUMBER")
        city, state = rng.choice(fakes.US_CITIES)
        stage.pii(f"{city}, {state}", "LOCATION")
        status, color = rng.choice(STATUSES)
        cells = [
            '<div class="cb"></div>',
            f"CUS-{10400 + i * 7}",
            esc(name),
            esc(company),
            esc(email),
            phone,
            f"{city}, {state}",
            esc(rng.choice(owners)),
            f"{rng.randint(1, 28)} Aug 2025",
            f'<span class="st" style="background:{color}">{status}</span>',
            f"${rng.randrange(400, 48000, 10):,}",
        ]
        tds = "".join(f"<td{' class=n' if j == 10 else ''}>{c}</td>" for j, c in enumerate(cells))
        out.append(f'<tr id="c{i}">{tds}</tr>')
    return "".join(out)


def _pages(stage: Stage) -> None:
    head = "".join(f"<th>{c}</th>" for c in COLUMNS)
    body = f"""<div class="top"><b>Northwind CRM</b><span>Customers</span><span>Deals</span>
<span>Tickets</span><span>Reports</span><div class="s">Search customers, deals, tickets…</div></div>
<div class="head"><h1>Customers</h1><span class="cnt">1,248 records</span><span class="chip">Region: US</span>
<span class="chip">Status: any</span><span class="chip">Owner: any</span>
<span class="new">+ New customer</span></div>
<div id="grid"><table><tr>{head}</tr>{_rows(stage)}</table></div>
<div class="foot"><span>Showing 1-{ROWS} of 1,248</span><span>Columns: 11</span>
<span>Export CSV</span></div>"""
    stage.page("app/customers.html", doc("Customers - Northwind CRM", CSS, body))
    notes = """<h1>Call notes</h1><label>Follow-up</label><textarea id="t"></textarea>
<div class="row"><button>Save note</button><button>Schedule follow-up</button></div>"""
    stage.page("app/notes.html", doc("Call notes - Northwind CRM", NOTES_CSS, notes))


def play(stage: Stage) -> None:
    _pages(stage)
    stage.keep(
        "Northwind CRM",
        "Customers",
        "1,248 records",
        "Region: US",
        "Status: any",
        "+ New customer",
        "Last contact",
        "Export CSV",
        "Search customers, deals, tickets…",
        "Deals",
        "Tickets",
        "Reports",
        "Lakeshore Animal Hospital",
        "Copperleaf Bakery",
        "Call notes",
        "Save note",
        "Schedule follow-up",
    )
    # the notes window is already open behind the maximized CRM, as on a working desktop
    notes = stage.chrome("http://crm.northwind-it.com/app/notes.html", mode="app", size=(520, 330), pos=(1360, 640))
    chrome = stage.chrome("http://crm.northwind-it.com/app/customers.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    gx, gy = chrome.point("#grid", fx=0.4, fy=0.5)
    desk.move(gx, gy)
    for _ in range(2):
        desk.scroll(4, pause=0.25)
        stage.pause(1.5)
    stage.mark("grid_scrolled")
    desk.key("alt+Tab")
    if desk.xdo_out("getactivewindow").strip() != str(notes.window_id()):
        desk.activate(notes.window_id())  # openbox's cycle order can differ: bring it up directly
    stage.mark("notes_window_raised")
    stage.click(*notes.point("#t"))
    desk.type("Left voicemail.", typo_rate=0.02)
    stage.pause(1.0)
    ox, oy = notes.origin()
    title_x, title_y = ox + 200, oy - 12  # openbox's title bar, just above the page
    stage.drag(title_x, title_y, title_x - 520, title_y - 220)
    stage.mark("notes_window_dragged_over_grid")
    stage.pause(1.0)
    desk.move(gx - 300, gy - 200)
    desk.scroll(3, pause=0.3)
    stage.pause(2.0)
    desk.scroll(-5, pause=0.3)
    stage.pause(2.5)


SCENE = SceneSpec(
    name="crm_grid",
    description="A CRM customer grid in Chromium at 1920x1080 with 12 px text: 90 rows of ID, name, company, "
    "e-mail, phone, 'City, ST', owner, last contact, status badge and lifetime value. The grid "
    "scrolls in steps, Alt+Tab brings a small 'Call notes' app window from behind it, a note is "
    "typed into it, and the window is dragged by its title bar over the middle of the grid; the "
    "grid scrolls again under it.",
    play=play,
    width=1920,
    height=1080,
    fps=25,
    duration_s=32.0,
    seed=64455,
    crf=24,
)
