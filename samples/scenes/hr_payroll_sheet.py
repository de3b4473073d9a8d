"""HR payroll in a web spreadsheet: a grid with an unfrozen header row that scrolls out of view.

Why this screen: once the header row (Employee, NI number, Date of birth, ...) has scrolled away,
a redactor must recognise a column of National Insurance numbers or sort codes by their shape
alone; and a range selection tints and outlines the IBAN cells it covers.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

ROWS = 80
BLANK_COLUMNS = 6  # empty columns J.. fill the rest of a 1920 px screen, as in any sheet
COLUMNS = ["Employee", "NI number", "Date of birth", "City", "Salary", "Sort code", "Account", "IBAN", "Department"]
WIDTHS = [170, 122, 112, 150, 96, 92, 96, 216, 150]
DEPARTMENTS = [
    "Finance",
    "Operations",
    "Engineering",
    "Customer Success",
    "Marketing",
    "Facilities",
    "Legal",
    "Procurement",
]
MENUS = ["File", "Edit", "View", "Insert", "Format", "Data", "Tools", "Extensions", "Help"]
SHEETS = ["Payroll", "Deductions", "Pension contributions", "Year to date"]

CSS = """
body{display:flex;flex-direction:column;font-size:13px;background:#f9fbfd}
.top{display:flex;align-items:center;padding:8px 14px 0;gap:12px}
.logo{width:28px;height:36px;background:#0f9d58;border-radius:3px;position:relative}
.logo:after{content:"";position:absolute;left:7px;top:10px;width:14px;height:16px;border:2px solid #fff}
.title{font-size:18px}.saved{color:#5f6368;font-size:12px;margin-left:8px}
.menus{display:flex;gap:14px;font-size:14px;padding:2px 0 6px 54px;color:#202124}
.share{margin-left:auto;background:#c2e7ff;border:0;border-radius:18px;padding:9px 20px;font-weight:bold}
.toolbar{margin:0 10px;background:#edf2fa;border-radius:20px;padding:6px 16px;display:flex;gap:18px;
 color:#444}
.fbar{display:flex;align-items:center;border-bottom:1px solid #c7c7c7;background:#fff;margin-top:6px}
.namebox{width:96px;padding:5px 8px;border-right:1px solid #c7c7c7}
.fx{padding:5px 10px;color:#777;font-style:italic;border-right:1px solid #c7c7c7}
.fval{padding:5px 10px;font-family:'Liberation Sans',Arial}
#grid{flex:1;overflow:auto;position:relative;background:#fff;user-select:none}
table{border-collapse:separate;border-spacing:0;table-layout:fixed}
td,th{border-right:1px solid #e2e3e3;border-bottom:1px solid #e2e3e3;height:23px;padding:0 5px;
 white-space:nowrap;overflow:hidden;font-size:13px}
thead th{position:sticky;top:0;background:#f8f9fa;color:#444;font-weight:normal;z-index:2;text-align:center}
th.rn{position:sticky;left:0;background:#f8f9fa;color:#444;font-weight:normal;width:46px;text-align:center;z-index:1}
thead th.rn{z-index:3}
tr.hdr td{font-weight:bold;background:#d9ead3}
td.num{text-align:right}
td.sel{background:#e8f0fe}
#selbox{position:absolute;border:2px solid #1a73e8;pointer-events:none;display:none;z-index:1}
.tabs{display:flex;gap:2px;background:#f1f3f4;border-top:1px solid #c7c7c7;padding:0 0 0 60px;font-size:13px}
.tabs div{padding:7px 16px;color:#444}.tabs .on{background:#e1e9f7;color:#0b57d0;font-weight:bold}
"""

SCRIPT = """
const grid = document.getElementById('grid'), box = document.getElementById('selbox');
const nb = document.getElementById('namebox'), fv = document.getElementById('fval');
let anchor = null;
function ref(td){ return td.dataset.col + td.parentElement.dataset.row; }
function select(a, b){
  document.querySelectorAll('td.sel').forEach(t => t.classList.remove('sel'));
  const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect(), g = grid.getBoundingClientRect();
  const l = Math.min(ra.left, rb.left), t = Math.min(ra.top, rb.top);
  const r = Math.max(ra.right, rb.right), btm = Math.max(ra.bottom, rb.bottom);
  box.style.display = 'block';
  box.style.left = (l - g.left + grid.scrollLeft - 1) + 'px';
  box.style.top = (t - g.top + grid.scrollTop - 1) + 'px';
  box.style.width = (r - l + 1) + 'px'; box.style.height = (btm - t + 1) + 'px';
  if (a !== b) document.querySelectorAll('td[data-col]').forEach(td => {
    const q = td.getBoundingClientRect();
    const inRange = q.left >= l - 1 && q.right <= r + 1 && q.top >= t - 1 && q.bottom <= btm + 1;
    if (inRange && td !== a) td.classList.add('sel');
  });
  nb.textContent = a === b ? ref(a) : ref(a) + ':' + ref(b);
  fv.textContent = a.textContent;
}
grid.addEventListener('mousedown', e => {
  const td = e.target.closest('td[data-col]'); if (!td) return;
  if (e.shiftKey && anchor) select(anchor, td); else { anchor = td; select(td, td); }
});
"""


def _employee(stage: Stage) -> list[str]:
    """One payroll row; every personal cell is registered with the ground truth as it is created."""
    fake, rng = stage.fake("en_GB"), stage.rng
    name = stage.pii(fakes.person(fake), "PERSON")
    bank = fakes.uk_bank(fake)
    return [
        name,
        stage.pii(fakes.nino(rng), "UK_NINO"),
        stage.pii(fakes.dob_uk(fake), "DATE_OF_BIRTH"),
        stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION"),
        f"£{rng.randrange(24000, 96000, 250):,}",
        stage.pii(bank.sort_code, "SORT_CODE"),
        stage.pii(bank.account, "ACCOUNT_NUMBER"),
        stage.pii(bank.iban, "IBAN_CODE"),
        rng.choice(DEPARTMENTS),
    ]


def _page(rows: list[list[str]]) -> str:
    letters = [chr(ord("A") + i) for i in range(len(COLUMNS) + BLANK_COLUMNS)]
    widths = WIDTHS + [100] * BLANK_COLUMNS
    cols = '<col style="width:47px">' + "".join(f'<col style="width:{w}px">' for w in widths)
    head = '<thead><tr><th class="rn"></th>' + "".join(f"<th>{c}</th>" for c in letters) + "</tr></thead>"
    body = []
    for i, row in enumerate([COLUMNS, *rows, *[[]] * 12], start=1):
        row = row + [""] * (len(letters) - len(row))
        cls = ' class="hdr"' if i == 1 else ""
        cells = "".join(
            f'<td data-col="{c}"{" class=num" if c == "E" and i > 1 else ""}>{esc(v)}</td>'
            for c, v in zip(letters, row, strict=True)
        )
        body.append(f'<tr data-row="{i}"{cls}><th class="rn">{i}</th>{cells}</tr>')
    menus = "".join(f"<span>{m}</span>" for m in MENUS)
    tabs = "".join(f'<div class="{"on" if s == "Payroll" else ""}">{s}</div>' for s in SHEETS)
    body_html = f"""
<div class="top"><div class="logo"></div><div><span class="title">Payroll September 2025</span>
<span class="saved">Last edit was 2 minutes ago</span></div><button class="share">Share</button></div>
<div class="menus">{menus}</div>
<div class="toolbar"><span>↶</span><span>↷</span><span>100%</span><span>£</span><span>%</span><span>.0</span>
<span>123</span><span>Arial</span><span>10</span><b>B</b><i>I</i><s>S</s><u>A</u></div>
<div class="fbar"><div class="namebox" id="namebox">A1</div><div class="fx">fx</div>
<div class="fval" id="fval">Employee</div></div>
<div id="grid"><table>{cols}{head}<tbody>{"".join(body)}</tbody></table><div id="selbox"></div></div>
<div class="tabs">{tabs}</div>"""
    return doc("Payroll September 2025 - Sheets", CSS, body_html, SCRIPT)


def play(stage: Stage) -> None:
    rows = [_employee(stage) for _ in range(ROWS)]
    stage.page("spreadsheets/d/1q9Xpayroll/edit.html", _page(rows))
    stage.keep(
        *COLUMNS,
        "Payroll September 2025",
        "Last edit was 2 minutes ago",
        "Share",
        "Deductions",
        "Pension contributions",
        "Year to date",
        "Extensions",
        "Format",
        "Insert",
        "Tools",
    )
    stage.keep("Customer Success", "Operations", "Engineering", "Procurement")
    chrome = stage.chrome("http://sheets.northwind-hr.co.uk/spreadsheets/d/1q9Xpayroll/edit.html", mode="maximized")
    stage.start()
    stage.pause(3.0)
    desk = stage.desk
    gx, gy = chrome.point("#grid", fx=0.45, fy=0.5)
    desk.move(gx, gy)
    stage.pause(1.5)
    stage.mark("scroll_down")
    desk.scroll(3, pause=0.35)
    stage.pause(2.5)
    desk.scroll(3, pause=0.35)
    stage.mark("header_out_of_view")
    stage.pause(3.0)
    row = 40
    account = f'tr[data-row="{row}"] td[data-col="G"]'
    iban = f'tr[data-row="{row + 1}"] td[data-col="H"]'
    desk.click(*chrome.point(account))
    stage.mark("cell_selected")
    stage.pause(1.5)
    desk.xdo("keydown", "shift")
    desk.click(*chrome.point(iban))
    desk.xdo("keyup", "shift")
    stage.mark("range_over_iban")
    stage.pause(3.0)
    desk.click(*chrome.point(f'tr[data-row="{row + 4}"] td[data-col="H"]'))
    stage.mark("iban_cell_selected")
    stage.pause(2.5)
    desk.move(gx + 300, gy + 200)
    stage.pause(2.0)
    desk.scroll(2, pause=0.35)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="hr_payroll_sheet",
    description="A payroll spreadsheet in a web spreadsheet app (Chromium, URL bar): 48 employees with "
    "name, UK National Insurance number, date of birth, city, salary, sort code, account "
    "number, IBAN and department. The wheel scrolls the grid so the header row leaves the "
    "view, an account cell is clicked, the selection is extended over the neighbouring "
    "IBAN cell (blue tint and outline), then an IBAN cell is selected (formula bar repeats it) "
    "and the grid scrolls further.",
    play=play,
    width=1920,
    height=1080,
    fps=15,
    duration_s=32.0,
    seed=41207,
    crf=24,
)
