"""A Windows Registry Editor (regedit-like, in the browser): keys on the left, Name | Type | Data on the right.

Why this screen: "Office keeps asking whose licence this is" has a technician open the Registry
Editor on the customer's PC while they watch. The window (self-contained page, Windows 10 look:
title bar, menu bar, the address bar holding the selected key's path) shows the key tree on the
left (Computer, the five hives, expanded down to the key looked at, small folder icons) and the
selected key's values on the right in a list with three columns, Name | Type | Data, each row a
small value icon, the value's name, REG_SZ / REG_DWORD / REG_BINARY / REG_EXPAND_SZ and its data.
Most data is system text that must stay readable (build numbers, edition, paths under
C:\\Windows, GUIDs, hex words); beside it: RegisteredOwner holds the owner's full name,
an account key holds the signed-in user's e-mail and display name, SoftwareProtectionPlatform a
product key (five groups of five), a Word "Reading Locations" key a recent document's path with
the user's login in `C:\\Users\\<login>\\...`, and LogonUI the last logged-on user
(`<PC>\\<login>`) and display name. The technician clicks through the keys, double-clicks
RegisteredOwner: an "Edit String" dialog (Value name greyed, Value data selected) opens, the
owner's name is typed over, OK, the list shows the new data. en_GB values and rare names.
"""

from __future__ import annotations

import json

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Ottoline", "Vandersteen"), ("Caspian", "Oyelaran"), ("Rosalind", "Quarrie")]

CSS = """
body{font:12px 'Liberation Sans',Arial,sans-serif;background:#2b4a6b;overflow:hidden;color:#000}
.win{position:absolute;left:30px;top:20px;width:1220px;height:676px;background:#fff;border:1px solid #1883d7;
box-shadow:0 6px 24px rgba(0,0,0,.4);display:flex;flex-direction:column}
.tb{height:30px;display:flex;align-items:center;padding-left:8px;gap:8px;font-size:12px}
.tb .ic{width:16px;height:16px;background:#2a7ac2;border-radius:2px}
.tb .btns{margin-left:auto;display:flex}.tb .btns span{width:46px;text-align:center;font-size:14px}
.menu{display:flex;gap:14px;padding:3px 8px;font-size:12px}
.addr{border:1px solid #d9d9d9;margin:2px 4px;padding:3px 6px;font-size:12px;white-space:nowrap;overflow:hidden}
.main{flex:1;display:flex;border-top:1px solid #e5e5e5;min-height:0}
.tree{width:390px;border-right:4px solid #f0f0f0;overflow:auto;padding:4px 0;white-space:nowrap}
.tree div{padding:1px 0 1px calc(6px + var(--d) * 18px);cursor:default;line-height:17px}
.tree div:before{content:'';display:inline-block;width:14px;height:11px;background:#e8c35a;margin-right:5px;
vertical-align:-1px;border-radius:1px}
.tree div.sel{background:#cce8ff}
.list{flex:1;overflow:auto}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th{font-weight:400;text-align:left;padding:4px 8px;border-right:1px solid #e5e5e5;color:#333;background:#fff;
border-bottom:1px solid #e5e5e5}
td{padding:2px 8px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;line-height:17px}
td:first-child:before{content:'ab';display:inline-block;font-size:8px;color:#b22;border:1px solid #bbb;
width:13px;height:11px;line-height:11px;text-align:center;margin-right:6px;vertical-align:1px}
td.bin:first-child:before{content:'01';color:#15c}
tr.sel td{background:#cce8ff}
.sb{height:22px;border-top:1px solid #e5e5e5;font-size:12px;padding:3px 8px;color:#333;white-space:nowrap}
#dlg{position:absolute;left:420px;top:230px;width:400px;background:#fff;border:1px solid #1883d7;
box-shadow:0 8px 28px rgba(0,0,0,.45);display:none;font-size:12px}
#dlg.on{display:block}
#dlg .tb{height:30px}#dlg .bd{padding:8px 14px 14px}
#dlg label{display:block;margin:6px 0 3px}
#dlg input{width:100%;font:12px 'Liberation Sans',Arial,sans-serif;padding:3px 4px;border:1px solid #7a7a7a}
#dlg input[disabled]{background:#f0f0f0;color:#6d6d6d;border-color:#ccc}
#dlg .ok{display:flex;justify-content:flex-end;gap:8px;margin-top:14px}
#dlg button{width:74px;padding:3px 0;background:#e1e1e1;border:1px solid #adadad;font-size:12px}
#dlg button.d{border:2px solid #0078d7}
"""

SCRIPT = """
const K = %s;
const $ = id => document.getElementById(id);
function show(k) {
  document.querySelectorAll('.tree div').forEach(d => d.classList.toggle('sel', d.dataset.k === k));
  $('addr').textContent = 'Computer\\\\' + k;
  $('sb').textContent = 'Computer\\\\' + k;
  $('rows').innerHTML = K[k].map((r, i) =>
    `<tr data-i="${i}"><td class="${r[1] === 'REG_BINARY' || r[1] === 'REG_DWORD' ? 'bin' : ''}">${r[0]}</td>` +
    `<td>${r[1]}</td><td>${r[2]}</td></tr>`).join('');
  window.cur = k;
}
document.querySelectorAll('.tree div[data-k]').forEach(d => d.addEventListener('click', () => show(d.dataset.k)));
$('rows').addEventListener('click', e => {
  const tr = e.target.closest('tr'); if (!tr) return;
  document.querySelectorAll('#rows tr').forEach(t => t.classList.toggle('sel', t === tr));
});
$('rows').addEventListener('dblclick', e => {
  const tr = e.target.closest('tr'); if (!tr) return;
  const r = K[window.cur][+tr.dataset.i];
  $('vn').value = r[0].replace(/&amp;/g, '&'); $('vd').value = r[2].replace(/&amp;/g, '&');
  window.editing = +tr.dataset.i;
  $('dlg').classList.add('on'); $('vd').focus(); $('vd').select();
});
$('okb').addEventListener('click', () => {
  K[window.cur][window.editing][2] = $('vd').value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  $('dlg').classList.remove('on'); show(window.cur);
});
show(%s);
"""

CV = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"
SPP = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform"
LOGON = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\LogonUI"
IDENT = "HKEY_CURRENT_USER\\Software\\Microsoft\\IdentityCRL\\UserExtendedProperties"
WORD = "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Word\\Reading Locations\\Document 0"


def _product_key(stage: Stage) -> str:
    alphabet = "BCDFGHJKMPQRTVWXY2346789"  # the product-key alphabet: no vowels, no look-alikes
    return "-".join(fakes.token(stage.rng, 5, alphabet) for _ in range(5))


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    first, last = rng.choice(RARE)
    owner = stage.pii(f"{first} {last}", "PERSON", note="RegisteredOwner's data")
    new_owner = stage.pii(fakes.person(gb), "PERSON", note="typed over RegisteredOwner in Edit String")
    login = stage.pii(fakes.initial_login(owner), "USERNAME", note="the login in a recent document's path")
    email = stage.pii(fakes.email_for(owner, "outlook.com", rng), "EMAIL_ADDRESS", note="an account key's e-mail")
    pkey = stage.pii(_product_key(stage), "SECRET", note="a product key, five groups of five")
    pc = f"DESKTOP-{fakes.token(rng, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
    last_user = stage.pii(f"{pc}\\{login}", "USERNAME", scored=False, note="LastLoggedOnUser, machine and login")
    doc_name = f"{last}_tenancy_references.docx"
    stage.pii(last, "PERSON", scored=False, note="the surname in a document's file name")
    sid = f"S-1-5-21-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(10**8, 10**9)}-1001"
    cid = fakes.token(rng, 16, "0123456789abcdef")
    keys: dict[str, list[list[str]]] = {
        CV: [
            ["(Default)", "REG_SZ", "(value not set)"],
            ["BuildLab", "REG_SZ", "19041.vb_release.191206-1406"],
            ["CurrentBuild", "REG_SZ", "19045"],
            ["CurrentMajorVersionNumber", "REG_DWORD", "0x0000000a (10)"],
            ["CurrentType", "REG_SZ", "Multiprocessor Free"],
            ["CurrentVersion", "REG_SZ", "6.3"],
            ["DigitalProductId", "REG_BINARY", "a4 00 00 00 03 00 00 00 30 30 33 33 30 2d 38 30 30 30 30"],
            ["DisplayVersion", "REG_SZ", "22H2"],
            ["EditionID", "REG_SZ", "Professional"],
            ["InstallationType", "REG_SZ", "Client"],
            ["InstallDate", "REG_DWORD", "0x6571c2a4 (1701954212)"],
            ["PathName", "REG_SZ", "C:\\Windows"],
            ["ProductId", "REG_SZ", "00330-80000-00000-AA" + str(rng.randint(100, 999))],
            ["ProductName", "REG_SZ", "Windows 10 Pro"],
            ["RegisteredOrganization", "REG_SZ", ""],
            ["RegisteredOwner", "REG_SZ", esc(owner)],
            ["SoftwareType", "REG_SZ", "System"],
            ["SystemRoot", "REG_SZ", "C:\\Windows"],
            ["UBR", "REG_DWORD", "0x00000d13 (3347)"],
        ],
        SPP: [
            ["(Default)", "REG_SZ", "(value not set)"],
            ["BackupProductKeyDefault", "REG_SZ", pkey],
            ["InactivityShutdownDelay", "REG_DWORD", "0x0000012c (300)"],
            ["KeyManagementServiceName", "REG_SZ", ""],
            ["ServiceSessionId", "REG_SZ", "{" + f"{cid[:8]}-4a1e-9f0b-{cid[8:12]}-6d2c{cid[12:]}".upper() + "}"],
            ["UserOperations", "REG_DWORD", "0x00000000 (0)"],
        ],
        LOGON: [
            ["(Default)", "REG_SZ", "(value not set)"],
            ["IdleTime", "REG_DWORD", "0x00000a10 (2576)"],
            ["LastLoggedOnDisplayName", "REG_SZ", esc(owner)],
            ["LastLoggedOnProvider", "REG_SZ", "{60B78E88-EAD8-445C-9CFD-0B87F74EA6CD}"],
            ["LastLoggedOnSAMUser", "REG_SZ", esc(last_user)],
            ["LastLoggedOnUser", "REG_SZ", esc(last_user)],
            ["LastLoggedOnUserSID", "REG_SZ", sid],
            ["SelectedUserSID", "REG_SZ", sid],
            ["ShowTabletKeyboard", "REG_DWORD", "0x00000000 (0)"],
        ],
        IDENT: [
            ["(Default)", "REG_SZ", "(value not set)"],
            ["Cid", "REG_SZ", cid],
            ["DisplayName", "REG_SZ", esc(owner)],
            ["SignInName", "REG_SZ", esc(email)],
            ["AccountType", "REG_DWORD", "0x00000001 (1)"],
            ["LastSignIn", "REG_SZ", "2026-12-04T08:41:17Z"],
        ],
        WORD: [
            ["(Default)", "REG_SZ", "(value not set)"],
            ["Datetime", "REG_SZ", "2026-12-03T16:52"],
            ["File Path", "REG_SZ", esc(f"C:\\Users\\{login}\\Documents\\{doc_name}")],
            ["Position", "REG_SZ", "0 0"],
        ],
    }
    tree_rows = [
        (0, "Computer", None),
        (1, "HKEY_CLASSES_ROOT", None),
        (1, "HKEY_CURRENT_USER", None),
        (2, "AppEvents", None),
        (2, "Console", None),
        (2, "Control Panel", None),
        (2, "Software", None),
        (3, "Microsoft", None),
        (4, "IdentityCRL", None),
        (5, "UserExtendedProperties", IDENT),
        (4, "Office", None),
        (5, "16.0", None),
        (6, "Word", None),
        (7, "Reading Locations", None),
        (8, "Document 0", WORD),
        (1, "HKEY_LOCAL_MACHINE", None),
        (2, "HARDWARE", None),
        (2, "SAM", None),
        (2, "SOFTWARE", None),
        (3, "Microsoft", None),
        (4, "Windows", None),
        (5, "CurrentVersion", None),
        (6, "Authentication", None),
        (7, "LogonUI", LOGON),
        (4, "Windows NT", None),
        (5, "CurrentVersion", CV),
        (6, "SoftwareProtectionPlatform", SPP),
        (2, "SYSTEM", None),
        (1, "HKEY_USERS", None),
        (1, "HKEY_CURRENT_CONFIG", None),
    ]
    tree = "".join(
        f'<div style="--d:{d}"' + (f' data-k="{esc(k)}" id="k{n}"' if k else "") + f">{esc(label)}</div>"
        for n, (d, label, k) in enumerate(tree_rows)
    )
    ids = {k: f"#k{n}" for n, (_, _, k) in enumerate(tree_rows) if k}
    body = f"""<div class=win><div class=tb><span class=ic></span>Registry Editor<span class=btns><span>&#8211;</span>
<span>&#9633;</span><span>&#10005;</span></span></div>
<div class=menu><span>File</span><span>Edit</span><span>View</span><span>Favorites</span><span>Help</span></div>
<div class=addr id=addr></div>
<div class=main><div class=tree>{tree}</div>
<div class=list><table><colgroup><col style="width:260px"><col style="width:130px"><col></colgroup>
<thead><tr><th>Name</th><th>Type</th><th>Data</th></tr></thead><tbody id=rows></tbody></table></div></div>
<div class=sb id=sb></div></div>
<div id=dlg><div class=tb>Edit String<span class=btns><span>&#10005;</span></span></div><div class=bd>
<label>Value name:</label><input id=vn disabled><label>Value data:</label><input id=vd spellcheck=false>
<div class=ok><button class=d id=okb>OK</button><button>Cancel</button></div></div></div>"""
    stage.page("regedit.html", doc("Registry Editor", CSS, body, SCRIPT % (json.dumps(keys), json.dumps(CV))))
    stage.keep("Registry Editor", "HKEY_LOCAL_MACHINE", "Windows 10 Pro", "Multiprocessor Free", "REG_SZ")
    stage.keep("19041.vb_release.191206-1406", "RegisteredOwner", "SystemRoot")
    chrome = stage.chrome("http://regedit.local.example/regedit.html", mode="kiosk")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    desk.move(*chrome.point(".list", 0, 0.5, 0.4))
    desk.scroll(2, pause=0.25)
    stage.pause(2.0)
    desk.scroll(-2, pause=0.25)
    stage.pause(1.0)
    for key, hold in ((SPP, 4.0), (LOGON, 4.5), (IDENT, 4.0), (WORD, 4.5)):
        stage.click(*chrome.point(ids[key], 0, 0.4, 0.5))
        stage.mark(key.rsplit("\\", 1)[-1])
        stage.pause(hold)
    stage.click(*chrome.point(ids[CV], 0, 0.4, 0.5))
    stage.mark("CurrentVersion")
    stage.pause(2.5)
    row = next(i for i, r in enumerate(keys[CV]) if r[0] == "RegisteredOwner")
    x, y = chrome.point("#rows tr", row, 0.1, 0.5)
    stage.click(x, y)
    stage.pause(0.8)
    desk.click(double=True)
    stage.mark("Edit String")
    stage.keep("Edit String", "Value data:")
    stage.pause(3.0)
    desk.type(new_owner, typo_rate=0.0, delay_ms=120)
    stage.pause(2.5)
    stage.click(*chrome.point("#okb"))
    stage.mark("saved")
    desk.move(1100, 650)
    stage.pause(5.0)


SCENE = SceneSpec(
    name="registry_editor",
    description="A Windows Registry Editor (regedit-like page in Chromium kiosk): title bar, menu bar, the address "
    "bar with the key's path, the key tree on the left (five hives expanded down to the keys looked at) and a "
    "Name | Type | Data list on the right; system values (build, edition, paths, GUIDs, hex words) beside "
    "RegisteredOwner's full name, an account key's e-mail and display name, a product key, a recent Word "
    "document's path with the user's login, LogonUI's last logged-on user (PC\\login) and display name; keys "
    "clicked in turn, RegisteredOwner double-clicked: an Edit String dialog (Value name greyed, Value data "
    "selected), a new name typed over, OK. en_GB values and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=44.0,
    seed=44161,
    crf=24,
)
