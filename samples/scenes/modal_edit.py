"""An "Edit customer" modal over a customers grid, with an address autocomplete and a confirm dialog.

Why this screen: "the customer's new address did not save" has a technician open a CRM's
customers grid (name, phone, e-mail, address, town, postcode, account) and the record's "Edit
customer" modal. The modal sits over the grid behind a translucent dark backdrop: the grid stays
readable, dimmed, around and under the dialog. The technician replaces the phone number key by
key, types the start of a new address, and the address field's autocomplete lists five suggested
addresses (house number, street, town, postcode) under the field; one is picked and fills the
address, town and postcode fields. "Cancel" raises a second dialog on top ("Discard changes?"),
"Keep editing" returns, "Save" closes the modal; the grid's row shows the new values and a toast
says "Customer <First> <Last> updated". Names from en_GB and rare ones that common name lists miss.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Oluwaseun", "Brackenridge"), ("Eilidh", "Penhaligon"), ("Tancredi", "Vosloo"), ("Morwenna", "Achterberg")]

CSS = """
body{background:#f3f4f7;font-size:13px;color:#1d2433;overflow:hidden}
.top{height:48px;background:#22304a;color:#fff;display:flex;align-items:center;padding:0 18px;gap:22px}
.top b{font-size:17px}.top span{opacity:.8}
.bar{display:flex;align-items:center;gap:12px;padding:12px 18px}.bar h1{font-size:18px;margin:0}
.bar input{margin-left:auto;width:260px;border:1px solid #c8cdd8;border-radius:5px;padding:6px 8px}
table{border-collapse:collapse;background:#fff;margin:0 18px;width:calc(100% - 36px);border:1px solid #e1e4ea}
th{text-align:left;background:#eef0f4;color:#4a5368;padding:7px 8px;font-weight:600;font-size:12px}
td{padding:7px 7px;font-size:12.5px;border-top:1px solid #eceef2;white-space:nowrap}
td a{color:#2b5cd6;cursor:pointer}
#bd{display:none;position:fixed;inset:0;background:rgba(16,22,34,.38)}#bd.on{display:block}
.modal{position:fixed;left:50%;top:70px;transform:translateX(-50%);width:520px;background:#fff;border-radius:8px;
box-shadow:0 12px 40px rgba(0,0,0,.35);display:none}.modal.on{display:block}
.modal h2{font-size:16px;margin:0;padding:14px 18px;border-bottom:1px solid #e6e8ee}
.fm{padding:10px 18px;display:grid;grid-template-columns:1fr 1fr;gap:8px 14px}
.fm label{font-size:11.5px;color:#5b6478;display:block;margin-bottom:3px}
.fm input{width:100%;border:1px solid #c8cdd8;border-radius:5px;padding:6px 8px;font-size:13.5px}
.wide{grid-column:1 / 3;position:relative}
.ac{position:absolute;left:0;right:0;top:54px;background:#fff;border:1px solid #c8cdd8;border-radius:5px;
box-shadow:0 6px 18px rgba(0,0,0,.18);display:none;z-index:5}.ac.on{display:block}
.ac div{padding:6px 9px;border-top:1px solid #f0f1f4;cursor:pointer}.ac div:first-child{border-top:0}
.ac div:hover{background:#eef3ff}.ac small{color:#6b7386;margin-left:6px}
.ac .pw{font-size:10.5px;color:#8a91a2;text-align:right}
.ft{display:flex;justify-content:flex-end;gap:10px;padding:12px 18px;border-top:1px solid #e6e8ee}
.b{border:1px solid #c8cdd8;background:#fff;border-radius:5px;padding:6px 14px}.p{background:#2b5cd6;color:#fff;
border-color:#2b5cd6}
#cf{position:fixed;left:50%;top:200px;transform:translateX(-50%);width:360px;background:#fff;border-radius:8px;
box-shadow:0 12px 40px rgba(0,0,0,.45);display:none;z-index:20;padding:16px 18px}#cf.on{display:block}
#cf h3{margin:0 0 8px;font-size:15px}#cf p{margin:0 0 14px;color:#4a5368}
#bd2{display:none;position:fixed;inset:0;background:rgba(16,22,34,.25);z-index:15}#bd2.on{display:block}
#toast{position:fixed;right:20px;bottom:20px;background:#1e7a46;color:#fff;border-radius:6px;padding:10px 16px;
font-size:13.5px;display:none}#toast.on{display:block}
"""

SCRIPT = """
const D = %s;
const $ = id => document.getElementById(id);
$('edit').addEventListener('click', () => { $('bd').classList.add('on'); $('md').classList.add('on'); });
$('addr').addEventListener('input', () => $('ac').classList.toggle('on', $('addr').value.length >= 4));
for (const [k, el] of [...document.querySelectorAll('.ac div[data-k]')].entries()) el.addEventListener('click', () => {
  const s = D.sugg[k]; $('addr').value = s[0]; $('town').value = s[1]; $('pc').value = s[2];
  $('ac').classList.remove('on');
});
$('cancel').addEventListener('click', () => { $('bd2').classList.add('on'); $('cf').classList.add('on'); });
$('keep').addEventListener('click', () => { $('bd2').classList.remove('on'); $('cf').classList.remove('on'); });
$('save').addEventListener('click', () => {
  $('md').classList.remove('on'); $('bd').classList.remove('on');
  const r = $('row'); r.children[1].textContent = $('ph').value; r.children[3].textContent = $('addr').value;
  r.children[4].textContent = $('town').value; r.children[5].textContent = $('pc').value;
  $('toast').textContent = D.toast; $('toast').classList.add('on');
});
"""


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    agent = stage.pii(fakes.person(gb), "PERSON", note="the signed-in agent, top bar")
    people = [fakes.person(gb) for _ in range(9)]
    for k, (f, last) in zip((1, 4, 6, 8), RARE, strict=True):
        people[k] = f"{f} {last}"
    rows = []
    for p in people:
        stage.pii(p, "PERSON", note="a grid row")
        rows.append(
            (
                p,
                stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER"),
                stage.pii(
                    fakes.email_for(p, "example.co.uk" if rng.random() < 0.5 else "gmail.com", rng), "EMAIL_ADDRESS"
                ),
                stage.pii(fakes.street(gb), "ADDRESS"),
                stage.pii(gb.city(), "LOCATION"),
                stage.pii(fakes.uk_postcode(gb), "ZIP_CODE"),
                f"CU-{rng.randint(100000, 999999)}",
            )
        )
    ed = 4  # the edited customer (a rare name)
    new_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="typed into the modal's phone field")
    town = gb.city()
    street_name = gb.street_name()
    typed = f"{rng.randint(12, 89)} {street_name.split()[0][:4]}"
    sugg = []
    number = typed.split()[0]
    for line in (
        f"{number} {street_name}",
        f"Flat 1, {number} {street_name}",
        f"Flat 2, {number} {street_name}",
        f"{number}A {street_name}",
        f"{number} {street_name} Mews",
    ):
        pc = fakes.uk_postcode(gb)
        sugg.append((stage.pii(line, "ADDRESS", note="an autocomplete suggestion"), town, pc))
        stage.pii(pc, "ZIP_CODE", note="an autocomplete suggestion")
    stage.pii(town, "LOCATION", note="the suggestions' town")
    pick = 1
    stage.pii(typed, "ADDRESS", scored=False, note="the start of the address, typed")
    first, last = people[ed].split(" ", 1)
    toast = f"Customer {people[ed]} updated"

    def row(k: int, r: tuple[str, ...]) -> str:
        name, ph, em, ad, tw, pc, acc = r
        rid = ' id="row"' if k == ed else ""
        return (
            f"<tr{rid}><td><a>{esc(name)}</a></td><td>{esc(ph)}</td><td>{esc(em)}</td><td>{esc(ad)}</td>"
            f"<td>{esc(tw)}</td><td>{esc(pc)}</td><td>{acc}</td><td>{'Active' if k % 4 else 'On hold'}</td></tr>"
        )

    grid = "".join(row(k, r) for k, r in enumerate(rows))
    e = rows[ed]
    acs = "".join(
        f"<div data-k={k}>{esc(s[0])}<small>{esc(s[1])} {esc(s[2])}</small></div>" for k, s in enumerate(sugg)
    )
    body = f"""<div class="top"><b>Ledgerline CRM</b><span>Dashboard</span><span>Customers</span><span>Orders</span>
<span>Reports</span><span style="margin-left:auto;font-size:12px">{esc(agent)}</span></div>
<div class="bar"><h1>Customers</h1><span style="color:#6b7386">1,284 records</span>
<input placeholder="Search customers">
</div>
<table><tr><th>Name</th><th>Phone</th><th>Email</th><th>Address</th><th>Town</th><th>Postcode</th><th>Account</th>
<th>Status</th></tr>{grid}</table>
<div id="bd"></div>
<div class="modal" id="md"><h2>Edit customer</h2><div class="fm">
<div><label>First name</label><input value="{esc(first)}"></div><div><label>Last name</label>
<input value="{esc(last)}"></div>
<div><label>Email</label><input value="{esc(e[2])}"></div><div><label>Phone</label><input id="ph" value="{esc(e[1])}">
</div>
<div class="wide"><label>Address line 1</label><input id="addr" value="{esc(e[3])}" autocomplete="off">
<div class="ac" id="ac">{acs}<div class="pw">Address suggestions by Postcoder</div></div></div>
<div><label>Town or city</label><input id="town" value="{esc(e[4])}"></div><div><label>Postcode</label>
<input id="pc" value="{esc(e[5])}"></div>
<div><label>Account</label><input value="{e[6]}" disabled></div><div><label>Preferred contact</label>
<input value="Phone, weekdays"></div></div>
<div class="ft"><button class="b" id="cancel">Cancel</button><button class="b p" id="save">Save changes</button></div>
</div>
<div id="bd2"></div>
<div id="cf"><h3>Discard changes?</h3><p>You have unsaved changes to this customer. They will be lost.</p>
<div style="display:flex;justify-content:flex-end;gap:10px"><button class="b" id="keep">Keep editing</button>
<button class="b" style="color:#b42318">Discard</button></div></div>
<div id="toast"></div>
<button id="edit" style="position:fixed;left:18px;bottom:16px" class="b p">Edit selected</button>"""
    data = {"sugg": sugg, "toast": toast}
    stage.page("crm/customers.html", doc("Customers | Ledgerline CRM", CSS, body, SCRIPT % json.dumps(data)))
    stage.keep("Customers", "1,284 records", "Postcode", "Status", "Edit selected")
    chrome = stage.chrome("http://app.ledgerline.example/crm/customers.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("#edit"))
    stage.mark("modal")
    stage.keep("Edit customer", "Address line 1", "Preferred contact")
    stage.pause(2.5)
    stage.click(*chrome.point("#ph"))
    desk.key("ctrl+a")
    desk.type(new_phone, typo_rate=0.0, delay_ms=110)
    stage.pause(1.5)
    stage.click(*chrome.point("#addr"))
    desk.key("ctrl+a")
    desk.type(typed, typo_rate=0.0, delay_ms=120)
    stage.mark("autocomplete")
    stage.pause(4.0)
    stage.click(*chrome.point(".ac div[data-k]", pick))
    stage.pause(2.0)
    stage.click(*chrome.point("#cancel"))
    stage.mark("confirm")
    stage.keep("Discard changes?", "Keep editing")
    stage.pause(3.5)
    stage.click(*chrome.point("#keep"))
    stage.pause(1.5)
    stage.click(*chrome.point("#save"))
    stage.mark("saved")
    desk.move(900, 300)
    stage.pause(5.0)


SCENE = SceneSpec(
    name="modal_edit",
    description="A CRM's customers grid (name, phone, e-mail, address, town, postcode) in Chromium with an 'Edit "
    "customer' modal over it behind a translucent backdrop (the grid dimmed but readable): the phone replaced key "
    "by key, the start of an address typed and an autocomplete of five suggested addresses (street, town, "
    "postcode) under the field, one picked; 'Cancel' raises a 'Discard changes?' dialog, 'Keep editing', 'Save "
    "changes'; the grid row shows the new values and a toast 'Customer <First> <Last> updated'. en_GB and rare "
    "names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=40311,
    crf=24,
)
