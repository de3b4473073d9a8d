"""A club's members register whose table has a two-row grouped header.

Why this screen: a sports club's volunteer secretary calls because "the export button does
nothing" and shares the membership system's register. Its table is headed in two rows, as
membership, school and HR registers often are: a group caption spans its columns ("Member",
"Home address", "Emergency contact") and the row under it names each column briefly ("Name",
"DOB", "Mobile" / "Line 1", "Town", "Postcode" / "Name", "Relationship", "Phone"), so the same
short word ("Name") heads two columns and some columns ("Line 1", "Phone") only say what they hold
through the caption above them. "No." and "Plan" span both header rows. Both header rows stick to
the top of the table's scrolling box. The secretary scrolls the register with the wheel, types
four letters of a surname into "Search members" (the table filters to the matching rows), clears
the search, ticks two rows and clicks "Export selected" (a toast says it worked). en_GB values and
names common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [
    ("Eluned", "Trevorrow"),
    ("Cathal", "Mulqueen"),
    ("Ottilie", "Vandersteen"),
    ("Ebenezer", "Ashdown-Pryce"),
]
RELATIONSHIPS = ("Mother", "Father", "Partner", "Wife", "Husband", "Sister", "Son", "Neighbour")
PLANS = ("Adult", "Junior", "Family", "Concession", "Adult", "Senior")

CSS = """
body{background:#eef1f5;color:#1c2430;font:13px 'Liberation Sans',Arial,sans-serif}
.top{height:48px;background:#123b5d;color:#dbe7f3;display:flex;align-items:center;padding:0 20px;gap:22px;
font-size:13px}
.top b{color:#fff;font-size:16px}.top .r{margin-left:auto}
.bar{display:flex;align-items:center;gap:12px;padding:12px 20px 8px}
h1{font-size:20px;margin:0 16px 0 0}
.bar input{width:220px;padding:6px 9px;border:1px solid #b9c3cf;border-radius:4px;font-size:13px}
.bar button{padding:6px 12px;border:1px solid #b9c3cf;background:#fff;border-radius:4px;font-size:13px}
.bar button.p{background:#1d6fb8;border-color:#1d6fb8;color:#fff}
.bar .n{color:#5b6b7d;font-size:12px;margin-left:auto}
#box{margin:0 20px;height:520px;overflow:auto;background:#fff;border:1px solid #cfd8e3}
table{border-collapse:separate;border-spacing:0;width:100%}
th{background:#e4ebf3;color:#213247;font-size:12px;text-align:left;padding:5px 7px;border-bottom:1px solid #c3cfdc;
border-right:1px solid #d3dce6;position:sticky;z-index:1;white-space:nowrap}
tr.g th{top:0;height:26px;text-align:center;background:#d5e0ec;font-size:12.5px}
tr.c th{top:26px;height:25px}
th.span{top:0;vertical-align:bottom}
td{padding:6px 7px;border-bottom:1px solid #e6ebf1;border-right:1px solid #eef2f6;white-space:nowrap;font-size:12.5px}
td.no{color:#6b7a8c;text-align:right}
td input{margin:0 5px 0 0;vertical-align:-2px}
tr.sel td{background:#e7f1fb}
td.plan span{font-size:11px;background:#eef2f7;border-radius:8px;padding:1px 7px;color:#3b4b5d}
#toast{position:fixed;right:24px;bottom:22px;background:#1f2937;color:#f3f4f6;padding:10px 14px;border-radius:6px;
font-size:13px;display:none}#toast.on{display:block}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
$('q').addEventListener('input', () => {
  const q = $('q').value.toLowerCase();
  let n = 0;
  for (const tr of document.querySelectorAll('tbody tr')) {
    const hit = tr.dataset.name.includes(q); tr.style.display = hit ? '' : 'none'; n += hit;
  }
  $('count').textContent = n + ' members';
});
document.addEventListener('change', e => { const tr = e.target.closest('tr'); if (tr) tr.classList.toggle('sel'); });
$('export').onclick = () => { $('toast').classList.add('on'); };
"""


def _members(stage: Stage) -> list[dict[str, str]]:
    gb, rng = stage.fake("en_GB"), stage.rng
    rare = list(RARE)
    rows = []
    for i in range(26):
        if i % 4 == 1 and rare:
            first, last = rare.pop(0)
            name = f"{first} {last}"
        else:
            name = fakes.person(gb)
        rel = RELATIONSHIPS[i % len(RELATIONSHIPS)]
        contact = f"{gb.first_name()} {name.split(' ', 1)[1] if rel != 'Neighbour' else gb.last_name()}"
        rows.append(
            {
                "name": stage.pii(name, "PERSON", note="Member > Name"),
                "dob": stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH", note="Member > DOB"),
                "mobile": stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="Member > Mobile"),
                "line1": stage.pii(fakes.street(gb), "ADDRESS", note="Home address > Line 1"),
                "town": stage.pii(gb.city(), "LOCATION", note="Home address > Town"),
                "postcode": stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="Home address > Postcode"),
                "contact": stage.pii(contact, "PERSON", note="Emergency contact > Name"),
                "rel": rel,
                "phone": stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="Emergency contact > Phone"),
                "plan": PLANS[i % len(PLANS)],
            }
        )
    return rows


def _table(rows: list[dict[str, str]]) -> str:
    head = """<thead><tr class=g><th rowspan=2 class=span>No.</th><th colspan=3>Member</th>
<th colspan=3>Home address</th><th colspan=3>Emergency contact</th><th rowspan=2 class=span>Plan</th></tr>
<tr class=c><th>Name</th><th>DOB</th><th>Mobile</th><th>Line 1</th><th>Town</th><th>Postcode</th>
<th>Name</th><th>Relationship</th><th>Phone</th></tr></thead>"""
    body = []
    for i, r in enumerate(rows):
        cells = "".join(
            f"<td>{esc(r[k])}</td>"
            for k in ("name", "dob", "mobile", "line1", "town", "postcode", "contact", "rel", "phone")
        )
        body.append(
            f'<tr data-name="{esc(r["name"].lower())}" id=r{i}><td class=no><input type=checkbox id=c{i}>{i + 1}</td>'
            f"{cells}<td class=plan><span>{esc(r['plan'])}</span></td></tr>"
        )
    return f"<table>{head}<tbody>{''.join(body)}</tbody></table>"


def play(stage: Stage) -> None:
    rows = _members(stage)
    body = f"""<div class=top><b>ClubDesk Membership</b><span>Members</span><span>Sessions</span><span>Payments</span>
<span>Reports</span><span class=r>Signed in as Secretary</span></div>
<div class=bar><h1>Members register</h1><input id=q placeholder="Search members"><button>Add member</button>
<button class=p id=export>Export selected</button><span class=n id=count>{len(rows)} members</span></div>
<div id=box>{_table(rows)}</div>
<div id=toast>Export ready: 2 members, CSV</div>"""
    stage.page("members/register.html", doc("Members register - ClubDesk", CSS, body, SCRIPT))
    stage.keep("ClubDesk Membership", "Members register", "Emergency contact", "Home address", "Relationship")
    stage.keep("Export selected", "Add member", "Sessions", "Payments", "Postcode", "Mobile", "Line 1")
    stage.keep("Concession", "Family", "Junior")
    chrome = stage.chrome("http://members.clubdesk.example/members/register.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    x, y = chrome.point("#box", 0, 0.5, 0.6)
    desk.move(x, y)
    desk.scroll(3, pause=0.25)
    stage.mark("scrolled")
    stage.pause(3.5)
    desk.scroll(4, pause=0.25)
    stage.pause(3.5)
    desk.scroll(-7, pause=0.15)
    stage.pause(2.0)
    surname = rows[5]["name"].split(" ", 1)[1].lower()
    stage.click(*chrome.point("#q"))
    desk.type(surname[:4], typo_rate=0.0, delay_ms=160)
    stage.mark("search typed")
    stage.pause(4.0)
    desk.key("ctrl+a")
    desk.key("BackSpace")
    stage.mark("search cleared")
    stage.pause(2.5)
    for i in (2, 3):
        stage.click(*chrome.point(f"#c{i}"))
        stage.pause(1.0)
    stage.click(*chrome.point("#export"))
    stage.mark("exported")
    stage.pause(4.0)
    desk.move(x, y)
    desk.scroll(8, pause=0.2)
    stage.pause(3.5)


SCENE = SceneSpec(
    name="member_register",
    description="A club's members register in Chromium whose table has a two-row grouped header: 'Member', "
    "'Home address' and 'Emergency contact' span the short column names under them (Name, DOB, Mobile / Line 1, "
    "Town, Postcode / Name, Relationship, Phone), 'No.' and 'Plan' span both rows, both header rows sticky in "
    "the table's scrolling box; scrolled with the wheel, four letters of a surname typed into the search (the "
    "table filters), cleared, two rows ticked, 'Export selected' and a toast. en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=46101,
    crf=24,
)
