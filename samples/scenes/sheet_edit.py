"""A customer list in a web spreadsheet in edit mode: the typed value is in the cell and the formula bar.

Why this screen: technicians fix a customer's details in a shared sheet while the customer watches.
A cell being edited shows the new value twice, in the cell editor over the grid and in the formula
bar beside the cell reference ("C14"), while it is typed key by key; the sheet suggests an earlier
value of the column under the editor; the first column is frozen, so names stay at the left while
the header row scrolls away; a comment on a cell names a person in its popup; a second sheet tab
shows another list.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

ROWS = 26
ARCHIVED = 10
COLUMNS = ["Full name", "Mobile", "Home address", "Town", "Postcode", "Date of birth", "Email", "Plan"]
WIDTHS = [150, 112, 196, 104, 82, 96, 236, 80]
PLANS = ["Broadband", "Fibre 500", "Mobile SIM", "TV + Fibre", "Landline"]
MENUS = ["File", "Edit", "View", "Insert", "Format", "Data", "Tools", "Extensions", "Help"]
EDIT_ROW = 14  # the row of the home address being changed ("C14")

CSS = """
body{display:flex;flex-direction:column;font-size:13px;background:#f9fbfd;overflow:hidden}
.top{display:flex;align-items:center;padding:6px 14px 0;gap:12px}
.logo{width:24px;height:32px;background:#0f9d58;border-radius:3px}
.title{font-size:17px}.saved{color:#5f6368;font-size:12px;margin-left:8px}
.menus{display:flex;gap:14px;font-size:14px;padding:2px 0 5px 50px}
.share{margin-left:auto;background:#c2e7ff;border:0;border-radius:18px;padding:8px 18px;font-weight:bold}
.toolbar{margin:0 10px;background:#edf2fa;border-radius:20px;padding:5px 16px;display:flex;gap:16px;color:#444}
.fbar{display:flex;align-items:center;border-bottom:1px solid #c7c7c7;background:#fff;margin-top:5px}
.namebox{width:80px;padding:4px 8px;border-right:1px solid #c7c7c7}
.fx{padding:4px 10px;color:#777;font-style:italic;border-right:1px solid #c7c7c7}
#fval{padding:4px 10px;min-height:24px;white-space:pre}
#grid{flex:1;overflow:auto;position:relative;background:#fff;user-select:none}
table{border-collapse:separate;border-spacing:0;table-layout:fixed}
td,th{border-right:1px solid #e2e3e3;border-bottom:1px solid #e2e3e3;height:21px;padding:0 4px;
 white-space:nowrap;overflow:hidden;font-size:13px}
thead th{position:sticky;top:0;background:#f8f9fa;color:#444;font-weight:normal;z-index:3;text-align:center}
th.rn{position:sticky;left:0;background:#f8f9fa;color:#444;font-weight:normal;width:40px;text-align:center;z-index:2}
thead th.rn{z-index:4}
td.frz{position:sticky;left:40px;background:#fff;z-index:1;border-right:2px solid #bdc1c6}
thead th.frz{left:40px;z-index:4;border-right:2px solid #bdc1c6}
tr.hdr td{font-weight:bold;background:#fce8b2}
td.cm{position:relative}td.cm:after{content:"";position:absolute;right:0;top:0;border-left:7px solid transparent;
 border-top:7px solid #f29900}
#selbox{position:absolute;border:2px solid #1a73e8;pointer-events:none;display:none;z-index:5}
#ed{position:absolute;display:none;z-index:6;border:2px solid #1a73e8;background:#fff;font:13px 'Liberation Sans',Arial;
 padding:1px 3px;outline:none;box-shadow:0 2px 6px rgba(0,0,0,.3)}
#ac{position:absolute;display:none;z-index:7;background:#fff;border:1px solid #dadce0;
 box-shadow:0 2px 6px rgba(0,0,0,.25);
 padding:5px 10px;font-size:13px}
#ac small{display:block;color:#80868b;font-size:11px}
#note{position:absolute;display:none;z-index:7;width:250px;background:#fff;border-radius:8px;padding:10px 12px;
 box-shadow:0 2px 8px rgba(0,0,0,.35);font-size:13px;line-height:1.35}
#note b{display:block}#note small{color:#5f6368;font-size:11px}
.tabs{display:flex;gap:2px;background:#f1f3f4;border-top:1px solid #c7c7c7;padding:0 0 0 50px;font-size:13px}
.tabs div{padding:6px 16px;color:#444;cursor:pointer}.tabs .on{background:#e1e9f7;color:#0b57d0;font-weight:bold}
"""

SCRIPT = """
const grid = document.getElementById('grid'), box = document.getElementById('selbox');
const nb = document.getElementById('namebox'), fv = document.getElementById('fval');
const ed = document.getElementById('ed'), ac = document.getElementById('ac');
const note = document.getElementById('note');
let cur = null;
function ref(td){ return td.dataset.col + td.parentElement.dataset.row; }
function place(el, td, dy){
  const r = td.getBoundingClientRect(), g = grid.getBoundingClientRect();
  el.style.left = (r.left - g.left + grid.scrollLeft - 1) + 'px';
  el.style.top = (r.top - g.top + grid.scrollTop - 1 + (dy || 0)) + 'px';
  return r;
}
function select(td){
  cur = td; const r = place(box, td);
  box.style.display = 'block'; box.style.width = (r.width + 1) + 'px'; box.style.height = (r.height + 1) + 'px';
  nb.textContent = ref(td); fv.textContent = td.textContent;
}
function column(col){
  return [...document.querySelectorAll('#sheet1 td[data-col="' + col + '"]')].map(t => t.textContent)
    .filter(v => v && !COLUMNS.includes(v));
}
function openEditor(){
  const r = place(ed, cur); ed.style.minWidth = (r.width + 1) + 'px'; ed.style.height = (r.height + 1) + 'px';
  ed.value = ''; ed.style.display = 'block'; ed.focus();
}
function closeEditor(commit){
  if (commit) cur.textContent = ed.value;
  ed.style.display = 'none'; ac.style.display = 'none'; ed.blur();
}
grid.addEventListener('mousedown', e => {
  const td = e.target.closest('td[data-col]'); if (!td) return;
  if (ed.style.display === 'block') closeEditor(true);
  select(td); e.preventDefault();
});
document.addEventListener('keydown', e => {
  if (!cur) return;
  if (ed.style.display !== 'block') {
    if (e.key.length === 1) { openEditor(); }
    return;
  }
  if (e.key === 'Tab' && ac.style.display === 'block') { ed.value = ac.dataset.v; e.preventDefault();
fv.textContent = ed.value; }
  if (e.key === 'Enter') {
    e.preventDefault(); closeEditor(true);
    const next = +cur.parentElement.dataset.row + 1;
    const below = document.querySelector('#sheet1 tr[data-row="' + next + '"] td[data-col="' + cur.dataset.col + '"]');
    if (below) select(below);
  }
  if (e.key === 'Escape') closeEditor(false);
});
ed.addEventListener('input', () => {
  fv.textContent = ed.value;
  const v = ed.value.toLowerCase();
  const hit = v.length >= 2 ? column(cur.dataset.col).find(x => x.toLowerCase().startsWith(v)) : null;
  if (hit) { place(ac, cur, cur.getBoundingClientRect().height + 2); ac.dataset.v = hit;
    ac.innerHTML = ''; ac.append(hit); const s = document.createElement('small'); s.textContent = 'Press Tab to accept';
    ac.append(s); ac.style.display = 'block'; }
  else ac.style.display = 'none';
});
function showNote(){ const td = document.querySelector('td.cm'); const r = td.getBoundingClientRect(),
g = grid.getBoundingClientRect();
  note.style.left = (r.right - g.left + grid.scrollLeft + 4) + 'px';
note.style.top = (r.top - g.top + grid.scrollTop) + 'px';
  note.style.display = 'block'; }
function hideNote(){ note.style.display = 'none'; }
function sheet(n){
  document.getElementById('sheet1').style.display = n === 1 ? '' : 'none';
  document.getElementById('sheet2').style.display = n === 2 ? '' : 'none';
  document.querySelectorAll('.tabs div').forEach((t, i) => t.classList.toggle('on', i === n - 1));
  box.style.display = 'none'; hideNote();
}
document.querySelectorAll('.tabs div').forEach((t, i) => t.addEventListener('click', () => sheet(i + 1)));
"""


def _customer(stage: Stage, register: bool = True) -> list[str]:
    fake, rng = stage.fake("en_GB"), stage.rng
    name = fakes.person(fake)
    row = [
        name,
        fakes.uk_mobile(rng),
        fakes.street(fake),
        rng.choice(fakes.UK_CITIES),
        fakes.uk_postcode(fake),
        fakes.dob_uk(fake),
        fakes.email_for(name, rng.choice(["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"]), rng),
        rng.choice(PLANS),
    ]
    types = ["PERSON", "PHONE_NUMBER", "ADDRESS", "LOCATION", "ZIP_CODE", "DATE_OF_BIRTH", "EMAIL_ADDRESS"]
    if register:
        for v, t in zip(row, types, strict=False):
            stage.pii(v, t)
    return row


def _table(tid: str, rows: list[list[str]], extra: int, comment_at: tuple[int, int] | None, hidden: bool) -> str:
    letters = [chr(ord("A") + i) for i in range(len(COLUMNS) + 2)]
    widths = WIDTHS + [90, 90]
    cols = '<col style="width:40px">' + "".join(f'<col style="width:{w}px">' for w in widths)
    head = (
        '<thead><tr><th class="rn"></th>'
        + "".join(f"<th{' class=frz' if c == 'A' else ''}>{c}</th>" for c in letters)
        + "</tr></thead>"
    )
    body = []
    for i, row in enumerate([COLUMNS, *rows, *[[]] * extra], start=1):
        row = row + [""] * (len(letters) - len(row))
        cls = ' class="hdr"' if i == 1 else ""
        cells = []
        for j, (c, v) in enumerate(zip(letters, row, strict=True)):
            klass = ["frz"] if c == "A" else []
            if comment_at == (i, j):
                klass.append("cm")
            attr = f' class="{" ".join(klass)}"' if klass else ""
            cells.append(f'<td data-col="{c}"{attr}>{esc(v)}</td>')
        body.append(f'<tr data-row="{i}"{cls}><th class="rn">{i}</th>{"".join(cells)}</tr>')
    style = ' style="display:none"' if hidden else ""
    return f'<table id="{tid}"{style}>{cols}{head}<tbody>{"".join(body)}</tbody></table>'


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    rows = [_customer(stage) for _ in range(ROWS)]
    archived = [_customer(stage) for _ in range(ARCHIVED)]
    owner = stage.pii(fakes.person(fake), "PERSON")
    daughter = stage.pii(fakes.person(fake), "PERSON")
    new_street = stage.pii(fakes.street(fake), "ADDRESS", note="typed into C14: cell editor and formula bar")
    new_mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="typed into a Mobile cell")
    suggested = rows[3][0]
    noted_row = 8
    menus = "".join(f"<span>{m}</span>" for m in MENUS)
    body = f"""
<div class="top"><div class="logo"></div><div><span class="title">Customer list – home moves Q4</span>
<span class="saved">Saving…</span></div><button class="share">Share</button></div>
<div class="menus">{menus}</div>
<div class="toolbar"><span>↶</span><span>↷</span><span>100%</span><span>£</span><span>%</span><span>.0</span>
<span>123</span><span>Arial</span><span>10</span><b>B</b><i>I</i><s>S</s><u>A</u></div>
<div class="fbar"><div class="namebox" id="namebox">A1</div><div class="fx">fx</div><div id="fval">Full name</div></div>
<div id="grid">{_table("sheet1", rows, 8, (noted_row, 2), False)}{_table("sheet2", archived, 20, None, True)}
<div id="selbox"></div><input id="ed" autocomplete="off" spellcheck="false"><div id="ac"></div>
<div id="note"><b>{esc(owner)}</b><small>10:42 Today</small><div>Moved last month – letters go to her daughter
{esc(daughter)} until the new lease starts.</div></div></div>
<div class="tabs"><div class="on">Customers</div><div>Archived 2025</div><div>Pivot table 1</div></div>"""
    script = f"const COLUMNS = {json.dumps(COLUMNS)};" + SCRIPT
    stage.page(
        "spreadsheets/d/1c8Kcustomers/edit.html", doc("Customer list – home moves Q4 - Sheets", CSS, body, script)
    )
    stage.keep(*COLUMNS[:6], "Customers", "Archived 2025", "Pivot table 1", "Share", "Extensions", "Format")
    stage.keep("Broadband", "Fibre 500", "Mobile SIM")
    chrome = stage.chrome("http://sheets.example.com/spreadsheets/d/1c8Kcustomers/edit.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.5)
    cell = 'tr[data-row="{r}"] td[data-col="{c}"]'
    # a comment on a cell: its popup names its author and a person
    desk.move(*chrome.point(cell.format(r=noted_row, c="C"), fx=0.9))
    chrome.cdp.js("showNote()")
    stage.mark("comment_shown")
    stage.pause(3.0)
    chrome.cdp.js("hideNote()")
    # edit mode: C14's new home address in the cell editor and the formula bar, key by key
    stage.click(*chrome.point(cell.format(r=EDIT_ROW, c="C")))
    stage.pause(0.8)
    desk.type(new_street, typo_rate=0.03, delay_ms=110)
    stage.mark("address_typed_in_c14")
    stage.pause(2.0)
    desk.key("Return")
    stage.pause(1.0)
    # the header row scrolls out of view; the frozen names stay at the left
    gx, gy = chrome.point("#grid", fx=0.5, fy=0.5)
    desk.move(gx, gy)
    desk.scroll(4, pause=0.3)
    stage.mark("header_out_of_view")
    stage.pause(1.5)
    # a new customer row: the column suggests an earlier name under the editor
    stage.click(*chrome.point(cell.format(r=ROWS + 2, c="A")))
    desk.type(suggested[:3], typo_rate=0.0, delay_ms=160)
    stage.mark("autocomplete_shown")
    stage.pause(2.5)
    desk.key("Escape")
    stage.pause(0.5)
    stage.click(*chrome.point(cell.format(r=20, c="B")))
    desk.type(new_mobile, typo_rate=0.02, delay_ms=110)
    stage.mark("mobile_typed")
    stage.pause(1.5)
    desk.key("Return")
    stage.pause(1.5)
    # the second sheet (the grid scrolled back to its top first)
    desk.move(gx, gy)
    desk.scroll(-4, pause=0.3)
    stage.pause(0.5)
    stage.click(*chrome.point(".tabs div", index=1))
    stage.mark("archived_sheet")
    stage.pause(3.0)
    stage.click(*chrome.point(".tabs div", index=0))
    stage.pause(2.0)


SCENE = SceneSpec(
    name="sheet_edit",
    description="A customer list in a web spreadsheet (Chromium, 1280x720) in edit mode: full name (frozen "
    "first column), UK mobile, home street, town, postcode, date of birth, e-mail, plan for 26 people; a "
    "comment's popup names its author and the customer's daughter; C14's new home address is typed key by "
    "key (cell editor over the grid and formula bar beside 'C14'); three letters typed in a new row make "
    "the column suggest an earlier full name under the editor; the header row scrolls out of view and a "
    "new mobile number is typed; the 'Archived 2025' tab shows ten more customers.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=30517,
    crf=24,
)
