"""A CRM's "merge duplicate contacts" screen: two records side by side, field by field, radio buttons.

Why this screen: "I've got the same customer twice and their orders are split" ends with the
technician and the customer on the CRM's duplicate review. The page (self-contained, a light CRM
shell with a left navigation rail) says which two records look like one person and why ("Same
postcode and similar name"), then shows a comparison table: a column of field names on the left
(First name, Last name, Email, Phone, Mobile, Street, Town, Postcode, Date of birth, Company,
Contact owner, Lead source, Created), then one column per record, each headed "Record 1" / "Record
2" with its id and source, and in every row a radio button before each record's value; the value
chosen is bold, the other grey. Rows where both records agree show the value once with "Same in
both" in a small badge. The records differ the way duplicates do: a shortened first name, a work
and a personal address, the same mobile written two ways, an old and a new street, a date of birth
missing on one side ("-"). A "Merged contact" card on the right previews the result and updates
as radio buttons are clicked. The technician clicks four radio buttons (the longer first name, the
personal e-mail, the new street, the date of birth), scrolls to the foot, clicks "Merge contacts":
a confirmation dialog names the contact that will remain ("Merge 2 records into <First> <Last>?
This can't be undone."), "Merge" is clicked and a green banner confirms. en_GB values and names
common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [
    ("Wilhelmina", "Abernethy-Osei", "Mina"),
    ("Bartholomew", "Quarshie", "Bart"),
    ("Theodora", "Fairweather-Lutz", "Thea"),
]

CSS = """
body{margin:0;background:#f4f6f9;color:#1f2937;font:14px 'Liberation Sans',Arial,sans-serif}
.rail{position:fixed;left:0;top:0;bottom:0;width:64px;background:#1e293b;color:#94a3b8;font-size:10px;
text-align:center;padding-top:14px}.rail div{margin:0 0 20px}
.top{margin-left:64px;height:50px;background:#fff;border-bottom:1px solid #e2e8f0;display:flex;align-items:center;
padding:0 22px;gap:18px;color:#475569;font-size:13px}.top b{color:#0f766e;font-size:16px}.top .r{margin-left:auto}
.main{margin-left:64px;padding:16px 24px 90px;display:flex;gap:20px;align-items:flex-start}
.left{flex:1}.crumb{font-size:12px;color:#64748b;margin-bottom:6px}
h1{font-size:21px;margin:0 0 4px}.why{font-size:13px;color:#475569;margin:0 0 12px}
.why span{background:#fef3c7;color:#92400e;border-radius:8px;padding:1px 8px;font-size:12px}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #e2e8f0;border-radius:8px}
th{font-size:12px;text-align:left;color:#475569;background:#f8fafc;padding:8px 10px;border-bottom:1px solid #e2e8f0}
th small{display:block;font-weight:400;color:#94a3b8;font-size:11px}
td{padding:7px 10px;border-bottom:1px solid #eef2f7;font-size:13.5px;vertical-align:middle}
td.k{color:#64748b;width:118px;font-size:12.5px}
td label{display:flex;align-items:center;gap:7px;cursor:pointer;color:#94a3b8}
td input{margin:0;width:15px;height:15px;accent-color:#0f766e}
td input:checked+span{color:#111827;font-weight:700}
td.same{color:#111827}.same em{font-style:normal;font-size:11px;background:#e2e8f0;color:#475569;border-radius:8px;
padding:1px 7px;margin-left:8px}
.card{width:290px;background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:14px 16px;position:sticky;top:10px}
.card h3{margin:0 0 10px;font-size:14px;color:#0f766e}.card dl{margin:0;font-size:13px}
.card dt{color:#94a3b8;font-size:11px;margin-top:7px}.card dd{margin:1px 0 0}
.foot{margin-top:14px;display:flex;gap:10px;align-items:center}
button{font:13px 'Liberation Sans',Arial,sans-serif;border-radius:6px;padding:7px 14px;border:1px solid #cbd5e1;
background:#fff;cursor:pointer}button.p{background:#0f766e;border-color:#0f766e;color:#fff}
#dlg{display:none;position:fixed;inset:0;background:rgba(15,23,42,.45)}#dlg.on{display:block}
#dlg div{width:420px;margin:180px auto;background:#fff;border-radius:10px;padding:20px 22px}
#dlg h2{font-size:17px;margin:0 0 8px}#dlg p{font-size:13.5px;color:#475569;margin:0 0 16px}
#ok{display:none;background:#dcfce7;color:#166534;border:1px solid #86efac;border-radius:8px;padding:9px 12px;
margin-bottom:12px;font-size:13.5px}#ok.on{display:block}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
function preview() {
  for (const r of document.querySelectorAll('input[type=radio]:checked')) {
    const d = $('pv-' + r.name); if (d) d.textContent = r.nextElementSibling.textContent;
  }
}
document.addEventListener('change', preview);
$('merge').onclick = () => { $('dlg-name').textContent = $('pv-first').textContent + ' ' +
  $('pv-last').textContent; $('dlg').classList.add('on'); };
$('go').onclick = () => { $('dlg').classList.remove('on'); $('ok').classList.add('on'); window.scrollTo(0, 0); };
$('cancel').onclick = () => $('dlg').classList.remove('on');
"""


def _row(key: str, name: str, a: str, b: str, pick: int = 0) -> str:
    if a == b:
        return f"<tr><td class=k>{esc(key)}</td><td class=same colspan=2>{esc(a)}<em>Same in both</em></td></tr>"
    cells = []
    for i, v in enumerate((a, b)):
        checked = " checked" if i == pick else ""
        cells.append(
            f'<td><label><input type=radio name="{name}" id="{name}-{i}"{checked}><span>{esc(v)}</span></label></td>'
        )
    return f"<tr><td class=k>{esc(key)}</td>{''.join(cells)}</tr>"


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    first, last, short = rng.choice(RARE)
    stage.pii(first, "PERSON", note="first name alone, record 2's cell", scored=False)
    stage.pii(short, "PERSON", note="shortened first name alone, record 1's cell", scored=False)
    stage.pii(last, "PERSON", note="last name alone in its row (same in both)")
    full = stage.pii(f"{first} {last}", "PERSON", note="the merge dialog's name and the preview")
    work = stage.pii(fakes.email_for(f"{short} {last}", "harbourline.co.uk", rng), "EMAIL_ADDRESS")
    home = stage.pii(fakes.email_for(full, "outlook.com", rng), "EMAIL_ADDRESS", note="the e-mail clicked")
    m = fakes.uk_mobile(rng)
    mob_a = stage.pii(m, "PHONE_NUMBER")
    mob_b = stage.pii("+44 " + m[1:5] + " " + m[6:9] + " " + m[9:], "PHONE_NUMBER", note="the same mobile, +44")
    landline = stage.pii(f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER")
    old_street = stage.pii(fakes.street(gb), "ADDRESS", note="record 1's street")
    new_street = stage.pii(fakes.street(gb), "ADDRESS", note="record 2's street, clicked")
    town = stage.pii(gb.city(), "LOCATION", note="same in both")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="same in both")
    dob = stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH", note="record 2 only, the other '-'")
    owner_a = stage.pii(fakes.person(gb), "PERSON", note="record 1's contact owner (a colleague)")
    owner_b = stage.pii(fakes.person(gb), "PERSON", note="record 2's contact owner")
    ida, idb = rng.randint(100000, 999999), rng.randint(100000, 999999)

    rows = "".join(
        [
            _row("First name", "first", short, first),
            _row("Last name", "last", last, last),
            _row("Email", "email", work, home),
            _row("Phone", "phone", landline, "-"),
            _row("Mobile", "mobile", mob_a, mob_b),
            _row("Street", "street", old_street, new_street),
            _row("Town", "town", town, town),
            _row("Postcode", "postcode", postcode, postcode),
            _row("Date of birth", "dob", "-", dob),
            _row("Company", "company", "Harbourline Logistics", "-"),
            _row("Contact owner", "owner", owner_a, owner_b),
            _row("Lead source", "source", "Web form", "Phone enquiry", 1),
            _row("Marketing emails", "mkt", "Subscribed", "Unsubscribed", 1),
            _row("Created", "created", "12 Mar 2024", "3 Oct 2026"),
        ]
    )
    table = f"""<table><tr><th>Field</th><th>Record 1<small>#{ida} &middot; created from web form</small></th>
<th>Record 2<small>#{idb} &middot; created by phone</small></th></tr>{rows}</table>"""
    preview = f"""<div class=card><h3>Merged contact</h3><dl>
<dt>First name</dt><dd id=pv-first>{esc(short)}</dd><dt>Last name</dt><dd id=pv-last>{esc(last)}</dd>
<dt>Email</dt><dd id=pv-email>{esc(work)}</dd><dt>Mobile</dt><dd id=pv-mobile>{esc(mob_a)}</dd>
<dt>Street</dt><dd id=pv-street>{esc(old_street)}</dd><dt>Town</dt><dd>{esc(town)}</dd>
<dt>Postcode</dt><dd>{esc(postcode)}</dd><dt>Date of birth</dt><dd id=pv-dob>-</dd>
<dt>Contact owner</dt><dd id=pv-owner>{esc(owner_a)}</dd></dl></div>"""
    body = f"""<div class=rail><div>Home</div><div>Contacts</div><div>Deals</div><div>Tickets</div>
<div>Reports</div></div>
<div class=top><b>Fieldline CRM</b><span>Contacts</span><span>Companies</span><span>Deals</span>
<span class=r>Support desk</span></div>
<div class=main><div class=left><div id=ok>Contacts merged. All activity, deals and tickets now sit on one record.</div>
<div class=crumb>Contacts &rsaquo; Duplicates &rsaquo; Review merge</div>
<h1>Merge duplicate contacts</h1>
<p class=why>These 2 records look like the same person <span>Same postcode and similar name</span>. Choose which
value to keep for each field.</p>{table}
<div class=foot><button class=p id=merge>Merge contacts</button><button>Not a duplicate</button>
<span style="font-size:12px;color:#64748b">Activity from both records is kept.</span></div></div>{preview}</div>
<div id=dlg><div><h2>Merge 2 records into <span id=dlg-name></span>?</h2><p>This can't be undone. Record
#{ida} will be deleted and its history moved.</p><button class=p id=go>Merge</button>
<button id=cancel>Cancel</button></div></div>"""
    stage.page("contacts/duplicates/merge.html", doc("Review merge - Fieldline CRM", CSS, body, SCRIPT))
    stage.keep("Merge duplicate contacts", "Same postcode and similar name", "Merged contact", "Same in both")
    stage.keep("Contact owner", "Lead source", "Phone enquiry", "Marketing emails", "Harbourline Logistics")
    stage.keep("Not a duplicate", "Activity from both records is kept.")
    chrome = stage.chrome("http://crm.fieldline.example/contacts/duplicates/merge.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    for sel in ("#first-1", "#email-1", "#street-1", "#dob-1"):
        stage.click(*chrome.point(sel))
        stage.mark(f"pick {sel[1:]}")
        stage.pause(2.2)
    x, y = chrome.point(".left", 0, 0.5, 0.3)
    desk.move(x, y)
    desk.scroll(3, pause=0.2)
    stage.pause(3.0)
    stage.click(*chrome.point("#owner-1"))
    stage.mark("pick owner")
    stage.pause(2.5)
    stage.click(*chrome.point("#merge"))
    stage.mark("merge dialog")
    stage.keep("This can't be undone.")
    stage.pause(4.0)
    stage.click(*chrome.point("#go"))
    stage.mark("merged")
    stage.keep("Contacts merged. All activity, deals and tickets now sit on one record.")
    stage.pause(4.0)
    desk.move(x, y)
    desk.scroll(2, pause=0.2)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="record_merge",
    description="A CRM's 'Merge duplicate contacts' page in Chromium: a table of field names left and two "
    "records' values side by side, a radio button before each value (the chosen one bold), rows where both "
    "agree shown once with a 'Same in both' badge; names, work and personal e-mails, a mobile written two ways, a "
    "landline, an old and a new street, town, postcode, a date of birth on one side, two colleagues as contact "
    "owners; a 'Merged contact' preview card that follows the clicks; five radio buttons clicked, 'Merge "
    "contacts', a confirmation dialog naming the contact, 'Merge', a green banner. en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=45.0,
    seed=45101,
    crf=24,
)
