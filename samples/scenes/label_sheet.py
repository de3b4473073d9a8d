"""A mail merge of address labels in a web word processor: a sheet of labels three across.

Why this screen: "the labels print the wrong addresses" or "one label is blank" has a technician
look at a small business's Christmas mailing with the person who made it. The document is an
A4 sheet of 21 labels (three across, seven down, Avery L7160's grid) in a Word-like web editor with
the Mailings ribbon. Before "Preview Results" each label shows its merge fields ("«Next
Record»«AddressBlock»"); after it, each label is an address block with no caption: a title and
name, a street, a town and a postcode on lines of their own. Three blocks stand side by side on
every row, a short gap apart, so a line read across the sheet holds three people's names, three
streets or three postcodes. The technician turns Preview Results on, scrolls down the sheet,
zooms out to 80 %, opens "Edit Recipient List" (a table with a tick per recipient), unticks two
recipients and clicks OK: every label after them moves one place on (the sheet is redrawn), and
scrolls back up. en_GB names and rare ones.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Eirlys", "Pendragon-Oyelaran"), ("Fenella", "Quartley"), ("Alaric", "Mbatha-Ross"), ("Ione", "Vickerstaff")]
TITLES = ["Mr", "Mrs", "Ms", "Dr", "Miss", "Mr", "Mrs"]
COUNT = 21

CSS = """
body{background:#e6e6e6;font:12px 'Liberation Sans',Arial,sans-serif;color:#222;overflow:hidden}
.title{height:30px;background:#185abd;color:#fff;display:flex;align-items:center;padding:0 14px;gap:14px}
.title b{font-size:13px}.title .r{margin-left:auto;font-size:12px}
.tabs{height:28px;background:#f3f3f3;display:flex;gap:18px;align-items:flex-end;padding:0 14px;font-size:13px}
.tabs span{padding-bottom:5px}.tabs .on{color:#185abd;border-bottom:3px solid #185abd;font-weight:700}
.ribbon{height:74px;background:#fafafa;border-bottom:1px solid #d0d0d0;display:flex;align-items:stretch;
padding:4px 8px;gap:4px}
.grp{display:flex;flex-direction:column;border-right:1px solid #e0e0e0;padding:0 8px}
.grp .bt{display:flex;gap:6px;flex:1;align-items:center}
.grp .bt span{padding:4px 6px;border-radius:3px;font-size:12px;cursor:pointer;border:1px solid transparent}
.grp .bt span.on{background:#cfe0fa;border-color:#8fb3ea}
.grp small{color:#666;text-align:center;font-size:11px}
.nav{display:flex;align-items:center;gap:4px}.nav input{width:28px;text-align:center;font-size:12px}
#view{position:absolute;left:0;right:0;top:134px;bottom:24px;overflow:auto}
.page{width:794px;margin:16px auto 30px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3);
padding:57px 27px 40px;display:grid;grid-template-columns:repeat(3,240px);grid-auto-rows:144px;column-gap:10px}
.lab{border:1px dashed #c8d4e6;padding:18px 14px;font:13.5px/18px 'Liberation Sans',Arial,sans-serif;
color:#111;overflow:hidden}
.lab .f{color:#555}
.status{position:absolute;left:0;right:0;bottom:0;height:24px;background:#f3f3f3;border-top:1px solid #d0d0d0;
display:flex;align-items:center;gap:20px;padding:0 14px;font-size:12px;color:#444}
.status .z{margin-left:auto;display:flex;gap:8px;align-items:center}
.status button{width:22px;height:18px;padding:0;border:1px solid #aaa;background:#fff;font-size:12px}
#dlg{display:none;position:absolute;left:250px;top:150px;width:760px;background:#fff;border:1px solid #888;
box-shadow:0 4px 18px rgba(0,0,0,.35)}#dlg.on{display:block}
#dlg h3{margin:0;padding:8px 12px;background:#f0f0f0;font-size:13px;border-bottom:1px solid #ccc}
#dlg p{margin:8px 12px;font-size:12px;color:#333}
#dlg .tb{height:250px;overflow:auto;margin:0 12px;border:1px solid #bbb}
#dlg table{border-collapse:collapse;width:100%;font-size:12px}
#dlg th{background:#f4f4f4;text-align:left;padding:3px 6px;border-bottom:1px solid #ccc;position:sticky;top:0}
#dlg td{padding:3px 6px;border-bottom:1px solid #eee;white-space:nowrap}
#dlg .ft{padding:10px 12px;text-align:right}#dlg .ft button{padding:4px 18px;margin-left:6px}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
let preview = false, zoom = 100;
function blocks() {
  return RECIPIENTS.filter((r, i) => $('t' + i).checked);
}
function render() {
  const labs = [];
  const rs = blocks();
  for (let i = 0; i < 21; i++) {
    if (!preview) {
      labs.push('<div class=lab><span class=f>' + (i ? '\\u00abNext Record\\u00bb' : '') +
                '\\u00abAddressBlock\\u00bb</span></div>');
    } else {
      const r = rs[i];
      labs.push('<div class=lab>' + (r ? r.lines.map(t => '<div>' + t + '</div>').join('') : '') + '</div>');
    }
  }
  $('page').innerHTML = labs.join('');
}
$('pv').onclick = () => { preview = !preview; $('pv').classList.toggle('on', preview); render(); };
$('edit').onclick = () => $('dlg').classList.add('on');
$('ok').onclick = () => { $('dlg').classList.remove('on'); render(); };
$('zo').onclick = () => { zoom = 80; $('page').style.zoom = 0.8; $('zl').textContent = zoom + '%'; };
$('zi').onclick = () => { zoom = 100; $('page').style.zoom = 1; $('zl').textContent = zoom + '%'; };
render();
"""


def _recipients(stage: Stage) -> list[dict[str, str]]:
    gb, rng = stage.fake("en_GB"), stage.rng
    names = [(gb.first_name(), gb.last_name()) for _ in range(COUNT - len(RARE))] + RARE
    rng.shuffle(names)
    out = []
    for k, (first, last) in enumerate(names):
        out.append(
            {
                "title": TITLES[k % len(TITLES)],
                "first": first,
                "last": last,
                "street": fakes.street(gb),
                "town": gb.city(),
                "postcode": fakes.uk_postcode(gb),
            }
        )
    return out


def _lines(r: dict[str, str]) -> list[str]:
    return [f"{r['title']} {r['first']} {r['last']}", r["street"], r["town"], r["postcode"]]


def _dialog(recipients: list[dict[str, str]]) -> str:
    rows = "".join(
        f"<tr><td><input type=checkbox id=t{i} checked></td><td>{esc(r['last'])}</td><td>{esc(r['first'])}</td>"
        f"<td>{esc(r['street'])}</td><td>{esc(r['town'])}</td><td>{esc(r['postcode'])}</td></tr>"
        for i, r in enumerate(recipients)
    )
    return f"""<div id=dlg><h3>Mail Merge Recipients</h3><p>This is the list of recipients that will be used in
your merge. Use the checkboxes to add or remove recipients from the merge.</p><div class=tb><table>
<tr><th>&#10003;</th><th>Last Name</th><th>First Name</th><th>Address Line 1</th><th>City</th><th>Postcode</th></tr>
{rows}</table></div><div class=ft><button id=ok>OK</button><button>Cancel</button></div></div>"""


def play(stage: Stage) -> None:
    recipients = _recipients(stage)
    for r in recipients:
        stage.pii(f"{r['first']} {r['last']}", "PERSON", note="after a title, on a label")
        stage.pii(r["street"], "ADDRESS")
        stage.pii(r["town"], "LOCATION", note="a Faker town on its own line")
        stage.pii(r["postcode"], "ZIP_CODE")
    data = [{"lines": [esc(t) for t in _lines(r)]} for r in recipients]
    groups = [
        ("Create", ["Envelopes", "Labels"]),
        ("Start Mail Merge", ["Start Mail Merge", "Select Recipients", "<span id=edit>Edit Recipient List</span>"]),
        ("Write &amp; Insert Fields", ["Address Block", "Greeting Line", "Insert Merge Field", "Update Labels"]),
        ("Preview Results", ["<span id=pv>Preview Results</span>", "Find Recipient", "Check for Errors"]),
        ("Finish", ["Finish &amp; Merge"]),
    ]
    ribbon = "".join(
        "<div class=grp><div class=bt>"
        + "".join(b if b.startswith("<span") else f"<span>{b}</span>" for b in buttons)
        + f"</div><small>{name}</small></div>"
        for name, buttons in groups
    )
    body = f"""<div class=title><b>Christmas mailing - labels.docx</b><span>Saved to this PC</span>
<span class=r>Harbourline Pottery</span></div>
<div class=tabs><span>File</span><span>Home</span><span>Insert</span><span>Layout</span><span>References</span>
<span class=on>Mailings</span><span>Review</span><span>View</span><span>Help</span></div>
<div class=ribbon>{ribbon}</div>
<div id=view><div class=page id=page></div></div>
<div class=status><span>Page 1 of 1</span><span>0 words</span><span>English (United Kingdom)</span><span>Focus</span>
<span class=z><button id=zo>-</button><span id=zl>100%</span><button id=zi>+</button></span></div>
{_dialog(recipients)}"""
    script = f"const RECIPIENTS = {json.dumps(data)};\n" + SCRIPT
    stage.page("docs/christmas-labels.html", doc("Christmas mailing - labels.docx - Word", CSS, body, script))
    stage.keep("Mailings", "Start Mail Merge", "Select Recipients", "Edit Recipient List", "Address Block")
    stage.keep("Greeting Line", "Insert Merge Field", "Update Labels", "Preview Results", "Find Recipient")
    stage.keep("Check for Errors", "Finish & Merge", "English (United Kingdom)", "Christmas mailing - labels.docx")
    stage.keep("Harbourline Pottery", "Saved to this PC", "Page 1 of 1", "Write & Insert Fields")
    chrome = stage.chrome("http://office.harbourline.example/docs/christmas-labels.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.5)
    stage.click(*chrome.point("#pv"))
    stage.mark("preview results")
    stage.pause(4.0)
    x, y = chrome.point("#view", 0, 0.5, 0.6)
    desk.move(x, y)
    desk.scroll(4, pause=0.25)
    stage.mark("scrolled")
    stage.pause(3.5)
    desk.scroll(4, pause=0.25)
    stage.pause(3.0)
    stage.click(*chrome.point("#zo"))
    stage.mark("zoom 80")
    stage.pause(3.5)
    stage.click(*chrome.point("#edit"))
    stage.mark("recipient list")
    stage.pause(3.0)
    for i in (2, 5):
        stage.click(*chrome.point(f"#t{i}"))
        stage.pause(0.8)
    stage.click(*chrome.point("#ok"))
    stage.mark("two unticked")
    stage.pause(3.0)
    desk.move(x, y)
    desk.scroll(-8, pause=0.2)
    stage.mark("top")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="label_sheet",
    description="A mail merge of address labels in a Word-like web editor: an A4 sheet of 21 labels three across "
    "and seven down (Avery L7160's grid) under the Mailings ribbon; merge fields ('«Next Record»«AddressBlock»') "
    "until 'Preview Results' is clicked, then on each label an address block with no caption (title and name, "
    "street, town, postcode, each on its own line), three blocks side by side on every row a short gap apart; "
    "scrolled, zoomed to 80 %, 'Edit Recipient List' (a table with a tick per recipient: last and first name, "
    "address line 1, city, postcode), two unticked, OK: the labels after them move one place on; scrolled back "
    "up. en_GB names and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=42.0,
    seed=47103,
    crf=24,
)
