"""A spreadsheet's column filter: the list of a column's distinct values, names with nothing around them.

Why this screen: a customer asks why a report misses some of their clients, and the technician
opens the shared sheet and the filter menu of the "Customer" column. The menu lists the column's
distinct values, sorted, each beside a checkbox, under "Filter by values", a search box and
"Select all / Clear": a column of names with no header over it, no e-mail or phone beside it,
on a white panel floating over the grid. Typing two letters into the search narrows the list;
the "Account manager" column's menu lists the staff the same way. Clicking a cell puts its value
in the formula bar after the cell's reference ("B7" then the e-mail). The grid itself is a table
with headers (customer, e-mail, phone, town, account manager, plan, MRR). Names of several
cultures, some rare.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [
    ("Oyinkansola", "Ferreira-Quist"),
    ("Caoimhín", "Ó Duibhir"),
    ("Marisol", "Etxeberria"),
    ("Radomir", "Szewczak"),
]
PLANS = ["Starter", "Team", "Business", "Team", "Enterprise"]
HEADERS = ["Customer", "Email", "Phone", "Town", "Account manager", "Plan", "MRR"]

CSS = """
body{background:#fff;color:#202124;font-family:'Liberation Sans',Arial,sans-serif;font-size:13px;overflow:hidden}
.menu{height:36px;display:flex;align-items:center;gap:16px;padding:0 14px;border-bottom:1px solid #e0e0e0}
.menu b{font-size:17px;color:#188038}.menu span{color:#444}
#grid{position:absolute;top:65px;bottom:0;left:0;right:0;overflow:auto}
.fx{height:28px;display:flex;align-items:center;border-bottom:1px solid #e0e0e0}
.fx .ref{width:70px;border-right:1px solid #e0e0e0;padding-left:10px;color:#444}
.fx .f{padding:0 10px;color:#888;border-right:1px solid #e0e0e0}.fx #fv{padding-left:10px}
table{border-collapse:collapse;table-layout:fixed}
td,th{border:1px solid #e2e2e2;height:21px;padding:0 5px;white-space:nowrap;overflow:hidden;font-size:13px}
th.c{background:#f8f9fa;color:#5f6368;font-weight:400;font-size:11px;text-align:center}
td.r{background:#f8f9fa;color:#5f6368;font-size:11px;text-align:center;width:36px}
tr.h td{font-weight:700;background:#e6f4ea;position:relative}
.fi{float:right;color:#188038;font-size:11px;cursor:pointer;margin-left:4px}
td.sel{outline:2px solid #1a73e8;outline-offset:-2px}
.pop{display:none;position:absolute;z-index:5;width:250px;background:#fff;border-radius:4px;
box-shadow:0 2px 10px rgba(0,0,0,.3);padding:8px 0;font-size:13px}
.pop .it{padding:6px 16px;color:#202124}.pop hr{border:0;border-top:1px solid #e0e0e0;margin:6px 0}
.pop .fb{padding:6px 16px;font-weight:700}.pop .sa{padding:2px 16px 6px;color:#1a73e8;font-size:12px}
.pop input{margin:0 16px 6px;width:210px;border:1px solid #dadce0;border-radius:3px;padding:5px 6px;font-size:13px}
.pop .vals{max-height:190px;overflow-y:auto;margin:0 6px}
.pop .v{padding:3px 10px;display:flex;align-items:center;gap:8px}
.pop .v i{width:13px;height:13px;border:2px solid #1a73e8;border-radius:2px;background:#1a73e8;flex:none}
.pop .btns{display:flex;justify-content:flex-end;gap:10px;padding:8px 16px 2px}
.pop .btns span{padding:6px 14px;border-radius:4px}.pop .ok{background:#188038;color:#fff}
"""

FILTER_JS = """
function openMenu(col){document.querySelectorAll('.pop').forEach(p=>p.style.display='none');
 const p=document.getElementById('pop'+col), h=document.getElementById('h'+col).getBoundingClientRect();
 p.style.left=(h.left+4)+'px'; p.style.top=(h.bottom+2)+'px'; p.style.display='block';
 p.querySelector('input').value=''; narrow(col,'');}
function narrow(col,q){document.querySelectorAll('#pop'+col+' .v').forEach(v=>{
 v.style.display=v.textContent.toLowerCase().includes(q.toLowerCase())?'flex':'none';});}
function closeMenus(){document.querySelectorAll('.pop').forEach(p=>p.style.display='none');}
function pick(ref,td){document.querySelectorAll('td.sel').forEach(t=>t.classList.remove('sel'));td.classList.add('sel');
 document.getElementById('ref').textContent=ref;document.getElementById('fv').textContent=td.textContent;}
"""


def _menu(col: int, values: list[str]) -> str:
    vals = "".join(f'<div class="v"><i></i>{esc(v)}</div>' for v in sorted(set(values)))
    return (
        f'<div class="pop" id="pop{col}"><div class="it">Sort A → Z</div><div class="it">Sort Z → A</div><hr>'
        '<div class="it">Filter by condition</div><div class="fb">Filter by values</div>'
        f'<div class="sa">Select all · Clear</div><input id="q{col}" oninput="narrow({col},this.value)">'
        f'<div class="vals">{vals}</div><div class="btns"><span>Cancel</span><span class="ok">OK</span></div></div>'
    )


def play(stage: Stage) -> None:
    locales = ["en_GB", "en_IE", "en_US", "es_ES", "pl_PL", "en_GB"]
    fakes_by = [stage.fake(loc) for loc in locales]
    gb, rng = fakes_by[0], stage.rng
    managers = [stage.pii(fakes.person(f), "PERSON") for f in (gb, fakes_by[2], fakes_by[1])]
    rows = []
    for i in range(28):
        fake = fakes_by[i % len(fakes_by)]
        name = stage.pii(" ".join(RARE[i // 7]) if i % 7 == 1 else fakes.person(fake), "PERSON")
        domain = rng.choice(["gmail.com", "outlook.com", "btinternet.com"])
        rows.append(
            [
                name,
                stage.pii(fakes.email_for(name, domain, rng), "EMAIL_ADDRESS"),
                stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER"),
                stage.pii(gb.city(), "LOCATION"),
                managers[i % 3],
                PLANS[i % len(PLANS)],
                f"£{rng.randint(4, 60) * 10:,}",
            ]
        )
    letters = "ABCDEFG"
    widths = [190, 250, 120, 130, 170, 90, 70]
    cols = "".join(f'<col style="width:{w}px">' for w in [36, *widths])
    head = '<tr><th class="c"></th>' + "".join(f'<th class="c">{c}</th>' for c in letters) + "</tr>"
    hdr = (
        '<tr class="h"><td class="r">1</td>'
        + "".join(f'<td id="h{k}">{esc(h)}<span class="fi" id="fi{k}">▼</span></td>' for k, h in enumerate(HEADERS))
        + "</tr>"
    )
    body_rows = "".join(
        f'<tr><td class="r">{n + 2}</td>'
        + "".join(
            f'<td id="c{n}_{k}" onclick="pick(\'{letters[k]}{n + 2}\',this)">{esc(v)}</td>' for k, v in enumerate(row)
        )
        + "</tr>"
        for n, row in enumerate(rows)
    )
    menus = _menu(0, [r[0] for r in rows]) + _menu(4, managers)
    body = f"""<div class="menu"><b>▦</b><span style="font-size:15px;color:#202124">Customer renewals Q3</span>
<span>File</span><span>Edit</span><span>View</span><span>Insert</span><span>Format</span><span>Data</span>
<span>Tools</span></div>
<div class="fx"><span class="ref" id="ref">A1</span><span class="f">fx</span><span id="fv">Customer</span></div>
<div id="grid"><table>{cols}{head}{hdr}{body_rows}</table></div>{menus}<script>{FILTER_JS}</script>"""
    stage.page("sheets/renewals.html", doc("Customer renewals Q3 - Sheets", CSS, body))
    stage.keep("Customer renewals Q3", "Filter by values", "Account manager", "Enterprise", static=True)
    stage.keep("Filter by condition", "Select all · Clear")
    chrome = stage.chrome("http://sheets.example/sheets/renewals.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.mark("grid")
    # the Customer column's filter menu: every distinct name, sorted, beside a checkbox
    stage.click(*chrome.point("#fi0"))
    chrome.cdp.js("openMenu(0)")
    stage.pause(0.6)
    stage.mark("customer_filter")
    stage.pause(4.0)
    stage.click(*chrome.point("#q0"))
    desk.type(rows[1][0][:2].lower())
    stage.mark("filter_search")
    stage.pause(3.0)
    chrome.cdp.js("closeMenus()")
    desk.key("Escape")
    stage.pause(1.0)
    # the Account manager column's menu: the staff, the same way
    stage.click(*chrome.point("#fi4"))
    chrome.cdp.js("openMenu(4)")
    stage.mark("manager_filter")
    stage.pause(4.0)
    chrome.cdp.js("closeMenus()")
    stage.pause(0.5)
    # a cell clicked: its value in the formula bar after the reference
    stage.click(*chrome.point("#c6_1"))
    stage.mark("formula_bar")
    stage.pause(4.0)
    stage.click(*chrome.point("#c9_0"))
    stage.pause(4.0)
    # scrolled: the rows below the fold
    desk.move(*chrome.point("#c8_2"))
    for _ in range(4):
        desk.xdo("click", 5)
    stage.mark("scrolled")
    stage.pause(5.0)


SCENE = SceneSpec(
    name="sheet_filter",
    description="A Google-Sheets-like customer sheet in Chromium (customer, e-mail, phone, town, account manager, "
    "plan, MRR under column letters and row numbers); the Customer column's filter menu floats over the grid with "
    "its distinct names sorted beside checkboxes under 'Filter by values' and a search box (two letters typed "
    "narrow it); the Account manager column's menu lists the staff; clicked cells put their value in the formula "
    "bar after the cell reference; the grid scrolls. Names of several cultures, some rare.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=50431,
    crf=24,
)
