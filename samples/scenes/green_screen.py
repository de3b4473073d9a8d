"""A shop's customer file on an IBM i (AS/400) green screen, in a web 5250 emulator.

Why this screen: retailers, insurers, builders' merchants and distributors still keep their
customers on IBM i, and "the order screen hangs" has a technician look over the shoulder of a
clerk in the 5250 emulator. The screen is a fixed grid of 24 rows of 80 monospace characters, green
and white on black: a program name and the system name in the corners, a centred title, a
"Position to" input field (underlined), "Type options, press Enter." over the options, a subfile
list with a column of one-character option fields ("Opt") and capitalised rows ("<SURNAME>,
<FIRST>", postcode, town, phone) under blue column headings, "More..." or "Bottom" at the foot and
the function keys ("F3=Exit  F12=Cancel") on the last row. The record opened with option 5 is a
display screen of IBM's dot leaders: "Name . . . . . . . . . . . :  <FIRST> <LAST>", the caption
and its value half a screen apart with a run of spaced dots between them, values in capitals
(street, town, postcode, phones, date of birth; the e-mail in small letters); Page Down shows its
second page (bank details, a delivery contact, a note in capitals). The clerk types four letters
of a surname into "Position to", Enter (the list starts there), types 5 beside a customer, Enter,
pages down and back with the emulator's keypad buttons (F12). en_GB names and ones common lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Eluned", "Quarrie"), ("Tobias", "Featherby-Nkemelu"), ("Saoirse", "Penhaligon"), ("Ottoline", "Varga")]
WIDTH = 80

CSS = """
body{background:#d4d0c8;font:12px 'Liberation Sans',Arial,sans-serif;color:#111;overflow:hidden}
.menu{height:22px;display:flex;gap:16px;align-items:center;padding:0 10px;background:#ece9e1;
border-bottom:1px solid #b8b4aa}
.tools{height:30px;display:flex;gap:6px;align-items:center;padding:0 8px;border-bottom:1px solid #b8b4aa}
.tools span{border:1px solid #a9a59b;background:#f4f2ec;padding:2px 8px;border-radius:2px}
.tools .sess{margin-left:auto;color:#333}
#scr{width:980px;margin:6px 0 0 14px;background:#000;padding:8px 10px;height:594px}
.ln{font:19px/24px 'DejaVu Sans Mono',monospace;white-space:pre;height:24px;color:#2ee84a}
.w{color:#f2f2f2}.b{color:#6f9dff}.t{color:#3ff0e6}
.ln input{font:19px/24px 'DejaVu Sans Mono',monospace;background:#000;color:#2ee84a;border:0;
border-bottom:2px solid #2ee84a;padding:0;margin:0;height:22px;outline:none;caret-color:#2ee84a}
.keys{position:absolute;left:1010px;top:62px;width:250px;display:grid;grid-template-columns:1fr 1fr 1fr;gap:5px}
.keys button{font:12px 'Liberation Sans',Arial,sans-serif;padding:6px 0;border:1px solid #8d897f;background:#f4f2ec}
.keys h4{grid-column:1/4;margin:4px 0 2px;font-size:12px}
.oia{position:absolute;left:14px;top:664px;width:1000px;height:20px;background:#000;color:#2ee84a;
font:13px/20px 'DejaVu Sans Mono',monospace;padding:0 10px}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
let screen = 'list', page = 0;
function show(id) {
  for (const s of document.querySelectorAll('.screen')) s.style.display = s.id === id ? 'block' : 'none';
  screen = id;
  const f = document.querySelector('#' + id + ' input'); if (f) f.focus();
}
function position(prefix) {
  const rows = [...document.querySelectorAll('#list .row')];
  let first = rows.findIndex(r => r.dataset.key >= prefix.toUpperCase());
  if (first < 0) first = rows.length - 1;
  rows.forEach((r, i) => r.style.display = i >= first && i < first + 12 ? 'block' : 'none');
  $('more').textContent = first + 12 >= rows.length ? 'Bottom ' : 'More...';
  const opt = rows[first].querySelector('input'); opt.focus();
}
function enter() {
  if (screen !== 'list') return;
  for (const o of document.querySelectorAll('#list .row input')) {
    if (o.value.trim() === '5') { o.value = ''; show('rec' + o.dataset.i); return; }
  }
  if ($('pos').value.trim()) { position($('pos').value.trim()); $('pos').value = ''; }
}
function roll() {
  if (screen.startsWith('rec')) { show(screen.endsWith('b') ? screen.slice(0, -1) : screen + 'b'); }
}
function cancel() { if (screen !== 'list') show('list'); }
document.addEventListener('keydown', e => {
  if (e.key === 'Enter') { e.preventDefault(); enter(); }
  if (e.key === 'PageDown' || e.key === 'PageUp') { e.preventDefault(); roll(); }
});
$('k-enter').onclick = enter; $('k-f12').onclick = cancel; $('k-roll').onclick = roll;
show('list'); position('');
"""


def _line(*parts: tuple[str, str]) -> str:
    """One screen row: (text, css class) runs, padded to 80 columns."""
    html, used = "", 0
    for text, cls in parts:
        html += f"<span class={cls}>{esc(text)}</span>" if cls else esc(text)
        used += len(text)
    return f"<div class=ln>{html}{' ' * max(0, WIDTH - used)}</div>"


def _header(program: str, title: str, clock: str) -> str:
    left = f" {program}"
    gap = (WIDTH - len(title)) // 2 - len(left)
    right = WIDTH - len(left) - gap - len(title) - len(clock) - 1
    return _line((left, "b"), (" " * gap, ""), (title, "w"), (" " * right, ""), (clock, "b")) + _line(
        (" " * 69, ""), ("SHOPSYS1", "b")
    )


def _field(caption: str, value: str, width: int = 32) -> str:
    """IBM's display field: the caption, spaced dots out to a fixed column, ':' and the value."""
    lead = f" {caption} "
    if len(lead) % 2:
        lead += " "
    while len(lead) < width - 2:
        lead += ". "
    return _line((lead + ":  ", ""), (value, "t"))


def _customers(stage: Stage) -> list[dict[str, str]]:
    gb, rng = stage.fake("en_GB"), stage.rng
    people = [(gb.first_name(), gb.last_name()) for _ in range(14)] + RARE
    out = []
    for first, last in people:
        bank = fakes.uk_bank(gb)
        out.append(
            {
                "first": first.upper(),
                "last": last.upper(),
                "postcode": fakes.uk_postcode(gb),
                "town": gb.city().upper(),
                "phone": f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                "mobile": fakes.uk_mobile(rng),
                "street": fakes.street(gb).upper(),
                "email": fakes.email_for(f"{first} {last}", rng.choice(["btinternet.com", "gmail.com"]), rng),
                "dob": fakes.dob_uk(gb),
                "sort": bank.sort_code,
                "account": bank.account,
                "no": str(rng.randint(100000, 399999)),
                "contact": fakes.person(gb).upper(),
                "contact_mobile": fakes.uk_mobile(rng),
            }
        )
    return sorted(out, key=lambda c: c["last"])


def _list_screen(custs: list[dict[str, str]]) -> str:
    rows = []
    for i, c in enumerate(custs):
        name = f"{c['last']}, {c['first']}"[:27].ljust(27)
        text = f" {c['no']}  {name} {c['postcode']:<9}{c['town'][:16]:<17}{c['phone']}"
        rows.append(
            f'<div class="ln row" data-key="{esc(c["last"])}" style="display:none">  '
            f'<input size=1 maxlength=1 data-i="{i}" style="width:1ch">{esc(text)}</div>'
        )
    return (
        "<div class=screen id=list>"
        + _header("CUS100R", "Work with Customers", "04/12/26 10:14:22")
        + _line()
        + '<div class=ln> Position to surname . . . . <input id=pos size=12 maxlength=12 style="width:12ch"></div>'
        + _line()
        + _line((" Type options, press Enter.", "b"))
        + _line(("   2=Change   4=Delete   5=Display   8=Orders   12=Notes", "b"))
        + _line()
        + _line((" Opt Cust no  Name                        Postcode Town             Telephone", "w"))
        + "".join(rows)
        + "<div class=ln>                                                                       <span id=more>More..."
        + "</span></div>"
        + _line((" F3=Exit   F5=Refresh   F6=Add   F12=Cancel   F17=Top   F18=Bottom", "b"))
        + "</div>"
    )


def _record_screens(i: int, c: dict[str, str]) -> str:
    first = (
        _header("CUS110D", "Display Customer", "04/12/26 10:15:03")
        + _line()
        + _field("Customer number", c["no"])
        + _field("Title", "MRS" if i % 2 else "MR")
        + _field("Name", f"{c['first']} {c['last']}")
        + _field("Address line 1", c["street"])
        + _field("Address line 2", "")
        + _field("Town", c["town"])
        + _field("Postcode", c["postcode"])
        + _field("Telephone", c["phone"])
        + _field("Mobile", c["mobile"])
        + _field("E-mail", c["email"])
        + _field("Date of birth", c["dob"])
        + _field("Account opened", "02/11/2009")
        + _field("Credit limit", "     500.00")
        + _field("Status", "A  ACTIVE")
        + _line()
        + _line()
        + _line((" " * 71, ""), ("More...", ""))
        + _line((" F3=Exit   F4=Prompt   F10=Orders   F11=Bank details   F12=Cancel", "b"))
    )
    second = (
        _header("CUS110D", "Display Customer", "04/12/26 10:15:41")
        + _line()
        + _field("Customer number", c["no"])
        + _line()
        + _line((" Bank details", "w"))
        + _field("Sort code", c["sort"])
        + _field("Account number", c["account"])
        + _field("Payment terms", "30 DAYS NET")
        + _line()
        + _line((" Delivery", "w"))
        + _field("Delivery contact", c["contact"])
        + _field("Contact mobile", c["contact_mobile"])
        + _field("Delivery notes", "LEAVE IN PORCH IF OUT")
        + _line()
        + _line()
        + _line()
        + _line((" " * 71, ""), ("Bottom", ""))
        + _line((" F3=Exit   F4=Prompt   F10=Orders   F11=Bank details   F12=Cancel", "b"))
    )
    return (
        f"<div class=screen id=rec{i} style=display:none>{first}</div>"
        f"<div class=screen id=rec{i}b style=display:none>{second}</div>"
    )


def play(stage: Stage) -> None:
    custs = _customers(stage)
    prefix = custs[-5]["last"][:4]  # a customer below the first page: reached by "Position to"
    pick = next(i for i, c in enumerate(custs) if c["last"] >= prefix)
    for c in custs:
        stage.pii(f"{c['last']}, {c['first']}"[:27], "PERSON", note="subfile row, surname first")
        stage.pii(c["postcode"], "ZIP_CODE")
        stage.pii(c["town"][:16], "LOCATION", scored=len(c["town"]) <= 16, note="a Faker town in capitals")
        stage.pii(c["phone"], "PHONE_NUMBER")
    c = custs[pick]
    stage.pii(f"{c['first']} {c['last']}", "PERSON", note="the record's Name field")
    stage.pii(c["street"], "ADDRESS")
    stage.pii(c["town"], "LOCATION", note="a Faker town in capitals")
    stage.pii(c["mobile"], "PHONE_NUMBER")
    stage.pii(c["email"], "EMAIL_ADDRESS")
    stage.pii(c["dob"], "DATE_OF_BIRTH")
    stage.pii(c["sort"], "SORT_CODE")
    stage.pii(c["account"], "ACCOUNT_NUMBER")
    stage.pii(c["contact"], "PERSON", note="delivery contact")
    stage.pii(c["contact_mobile"], "PHONE_NUMBER")

    screens = _list_screen(custs) + _record_screens(pick, c)
    keys = "".join(f"<button>F{n}</button>" for n in (1, 3, 4, 5, 6, 10, 11))
    body = f"""<div class=menu><span>File</span><span>Edit</span><span>View</span><span>Communication</span>
<span>Actions</span><span>Window</span><span>Help</span></div>
<div class=tools><span>Copy</span><span>Paste</span><span>Send</span><span>Receive</span><span>Display</span>
<span>Record</span><span class=sess>Session A - [24 x 80]  shopsys1.harbourline.local</span></div>
<div id=scr>{screens}</div>
<div class=keys><h4>Keypad</h4><button id=k-enter>Enter</button><button id=k-roll>Page Down</button>
<button id=k-f12>F12</button>{keys}<button>Attn</button><button>Sys Req</button></div>
<div class=oia>MA  a                        X SYSTEM        Connected to SHOPSYS1 via TLS      04/015</div>"""
    stage.page("tn5250/session-a.html", doc("Session A - TN5250 Web", CSS, body, SCRIPT))
    stage.keep("Communication", "Session A - [24 x 80]", "Keypad", "Sys Req", "SHOPSYS1", "Connected to")
    stage.keep("Work with Customers", "Type options, press Enter.", "5=Display", "Position to surname")
    stage.keep("Display Customer", "Account opened", "Credit limit", "Payment terms", "30 DAYS NET")
    stage.keep("F3=Exit", "F12=Cancel", "F11=Bank details", "LEAVE IN PORCH IF OUT")
    chrome = stage.chrome("http://tn5250.harbourline.local/tn5250/session-a.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    stage.click(*chrome.point("#pos"))
    desk.type(prefix.lower(), delay_ms=170)
    stage.pause(0.8)
    desk.key("Return")
    stage.mark("position to")
    stage.pause(3.5)
    desk.type("5", delay_ms=150)
    stage.pause(0.6)
    desk.key("Return")
    stage.mark("display customer")
    stage.pause(6.0)
    desk.key("Next")
    stage.mark("page down")
    stage.pause(5.0)
    stage.click(*chrome.point("#k-roll"))
    stage.mark("page back")
    stage.pause(3.5)
    stage.click(*chrome.point("#k-f12"))
    stage.mark("cancel to list")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="green_screen",
    description="A shop's customer file on an IBM i green screen in a web 5250 emulator: 24 rows of 80 monospace "
    "characters, green, white and blue on black; 'Work with Customers' with a 'Position to surname' input field, "
    "'Type options, press Enter.', a subfile of '<SURNAME>, <FIRST>' rows with postcode, town and phone beside "
    "one-character Opt fields, 'More...'; option 5 opens 'Display Customer' in IBM's dot leaders ('Name . . . . . "
    ":  <FIRST> <LAST>', street, town, postcode, phones, e-mail, date of birth) and Page Down its second page (sort "
    "code, account number, delivery contact); four letters typed into Position to, Enter, 5, Enter, paged, F12 "
    "from the emulator's keypad. en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=47101,
    crf=24,
)
