"""A home router's web admin: attached devices (DHCP leases), a device renamed, the Wi-Fi page.

Why this screen: a technician helping a household with its broadband opens the router's admin
page (http://192.168.1.1). The attached-devices table names the family: devices keep their
owner's name the way phones and computers name themselves ("<First>s-iPhone",
"<First>-s-Galaxy-S23", "DESKTOP-<SURNAME>", "<FIRST>-PC", "<First>'s MacBook Air") beside
innocent ones (a printer, a TV, a doorbell, a phone's random "android-<hex>" name), each with its
IPv4 lease, MAC address and connection. The technician scrolls the table, renames a phone after
its owner (typed), then opens the Wi-Fi page: the networks are named after the family
("<Surname> Family", "<Surname>_5G") and the Wi-Fi password is revealed with the eye toggle.

Policy (models/policy.yaml): IP_ADDRESS is redacted for every purpose with no private-range
exception, so the LAN leases are declared IP_ADDRESS. MAC addresses are MAC_ADDRESS (policy
2026-12-05.6, b7926cd: a device's hardware address, masked for both purposes).
"""

from __future__ import annotations

import random

from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:13px;background:#eef1f5;color:#1f2933;overflow:hidden;display:flex;flex-direction:column}
.top{height:52px;flex:none;background:#10253f;color:#fff;display:flex;align-items:center;padding:0 20px;gap:24px}
.top b{font-size:18px;letter-spacing:.5px}.top span{opacity:.75;font-size:12px}.top .r{margin-left:auto}
.wrap{flex:1;display:flex;min-height:0}
.nav{width:210px;flex:none;background:#fff;border-right:1px solid #d5dbe3;padding-top:10px}
.nav div{padding:10px 20px;color:#334155;cursor:pointer}.nav div.on{background:#e6f0fb;color:#0b5cad;font-weight:700;
 box-shadow:inset 4px 0 0 #0b5cad}
main{flex:1;overflow-y:auto;padding:18px 26px}
.pg{display:none}.pg.on{display:block}
h1{font-size:20px;margin:0 0 4px}.sub{color:#64748b;margin-bottom:14px}
.card{background:#fff;border:1px solid #d5dbe3;border-radius:6px;margin-bottom:14px}
.card h2{font-size:14px;margin:0;padding:10px 14px;border-bottom:1px solid #e5e9ef;display:flex;gap:10px}
.card h2 small{color:#64748b;font-weight:400}
table{border-collapse:collapse;width:100%}th{text-align:left;font-size:12px;color:#475569;background:#f6f8fa;
 padding:8px 12px;border-bottom:1px solid #e5e9ef}
td{padding:8px 12px;border-bottom:1px solid #eef1f5;white-space:nowrap}
td.mono{font-family:'DejaVu Sans Mono',monospace;font-size:12px}
.dot{display:inline-block;width:8px;height:8px;border-radius:50%;background:#22a06b;margin-right:6px}
.dot.off{background:#9aa5b1}
.ed{color:#0b5cad;cursor:pointer}
.kv{display:grid;grid-template-columns:200px 1fr;row-gap:12px;padding:14px;align-items:center}
.kv i{font-style:normal;color:#475569}
.in{display:inline-flex;align-items:center;border:1px solid #b8c2cc;border-radius:4px;background:#fff;width:300px}
.in input{border:0;padding:6px 8px;flex:1;font-size:13px;outline:none;background:transparent}
.in .eye{padding:0 10px;cursor:pointer;color:#475569;font-size:15px}
.btn{display:inline-block;background:#0b5cad;color:#fff;border-radius:4px;padding:6px 16px}
.btn.g{background:#e5e9ef;color:#1f2933}
#dlg{position:absolute;inset:0;background:rgba(15,23,42,.45);display:none;align-items:center;justify-content:center}
#dlg .box{width:440px;background:#fff;border-radius:8px;padding:20px 24px}
#dlg h3{margin:0 0 12px;font-size:16px}#dlg .kv{padding:0;grid-template-columns:130px 1fr;row-gap:10px}
#dlg input{border:1px solid #b8c2cc;border-radius:4px;padding:6px 8px;width:250px}
#dlg .row{margin-top:18px;text-align:right}
"""

SCRIPT = """
function go(id){
  for (const p of document.querySelectorAll('.pg')) p.classList.toggle('on', p.id === id);
  for (const n of document.querySelectorAll('.nav div')) n.classList.toggle('on', n.dataset.go === id);
  document.querySelector('main').scrollTop = 0;
}
for (const n of document.querySelectorAll('[data-go]')) n.addEventListener('click', () => go(n.dataset.go));
for (const e of document.querySelectorAll('.eye')) e.addEventListener('click', () => {
  const i = e.parentNode.querySelector('input'); i.type = i.type === 'password' ? 'text' : 'password'; });
let row = null;
for (const e of document.querySelectorAll('.ed')) e.addEventListener('click', () => {
  row = e.closest('tr'); const n = document.getElementById('nm');
  document.getElementById('mac').textContent = row.cells[3].textContent;
  n.value = row.cells[1].textContent.trim(); document.getElementById('dlg').style.display = 'flex';
  n.focus(); n.select(); });
document.getElementById('save').addEventListener('click', () => {
  row.cells[1].textContent = document.getElementById('nm').value;
  document.getElementById('dlg').style.display = 'none'; });
"""


def _mac(rng: random.Random) -> str:
    return ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    ie = stage.fake("en_IE")
    surname = fake.last_name()
    dad, mum = fake.first_name_male(), ie.first_name_female()
    kid1, kid2 = ie.first_name_male(), fake.first_name_female()
    lodger_first, lodger_last = ie.first_name(), ie.last_name()
    renamed_owner = fake.first_name_female()
    personal = [
        stage.pii(f"{mum}s-iPhone", "PERSON", note="a host name holding its owner's first name"),
        stage.pii(f"{kid1}-s-Galaxy-S23", "PERSON"),
        stage.pii(f"DESKTOP-{surname.upper()}", "PERSON"),
        stage.pii(f"{kid2.upper()}-PC", "PERSON"),
        stage.pii(f"{dad}'s MacBook Air", "PERSON"),
        stage.pii(f"{kid2}s-iPad", "PERSON"),
        stage.pii(f"{lodger_first}-{lodger_last}-Laptop", "PERSON", note="a lodger's laptop, first name and surname"),
    ]
    innocent = [
        "HP-LaserJet-M15w",
        "LGwebOSTV",
        "Ring-Doorbell-Pro",
        "Chromecast-Ultra",
        "Nest-Thermostat-E",
        "android-8c3e51f0a2b7d914",
        "Echo-Dot-4",
        "SKYQ-MINI-3",
        "PS5-Console",
    ]
    renamed_from = innocent[5]
    new_name = stage.pii(f"{renamed_owner}-Pixel-7", "PERSON", note="typed by the technician")
    names = personal + innocent
    rng.shuffle(names)
    rows = ""
    for k, name in enumerate(names):
        ip = stage.pii(f"192.168.1.{rng.randint(2, 250)}", "IP_ADDRESS", note="a private LAN lease")
        conn = rng.choice(["2.4 GHz", "5 GHz", "5 GHz", "Ethernet"])
        if name in ("HP-LaserJet-M15w", "SKYQ-MINI-3", "PS5-Console"):
            conn = "Ethernet"
        hours = rng.randint(1, 23)
        mac = stage.pii(_mac(rng), "MAC_ADDRESS")  # drawn where the row drew it before: same values
        on = "" if k % 6 != 5 else " off"
        rows += (
            f"<tr><td><span class='dot{on}'></span>{'Online' if not on else 'Offline'}</td><td>{esc(name)}</td>"
            f"<td class=mono>{ip}</td><td class=mono>{mac}</td><td>{conn}</td>"
            f"<td>{hours} h {rng.randint(0, 59)} min</td>"
            f"<td><span class=ed>Edit</span></td></tr>"
        )
    ssid = stage.pii(f"{surname} Family", "PERSON", note="a Wi-Fi network named after the family")
    ssid5 = stage.pii(f"{surname}_5G", "PERSON")
    wifi_pw = stage.pii(f"{fake.word().capitalize()}{rng.randint(10, 99)}{fake.word()}!{rng.randint(1, 9)}", "PASSWORD")
    guest_pw = stage.pii(f"guest-{fake.word()}-{rng.randint(100, 999)}", "PASSWORD")
    wan_ip = stage.pii(
        f"{rng.randint(81, 212)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        "IP_ADDRESS",
        note="the public WAN address",
    )
    nav = "".join(
        f"<div data-go={g}{' class=on' if g == 'devs' else ''}>{t}</div>"
        for g, t in [
            ("home", "Dashboard"),
            ("devs", "Attached Devices"),
            ("wifi", "Wireless Settings"),
            ("home", "Internet"),
            ("home", "Parental Controls"),
            ("home", "Port Forwarding"),
            ("home", "Firmware Update"),
            ("home", "Administration"),
        ]
    )
    devs = (
        '<div class="pg on" id="devs"><h1>Attached Devices</h1><div class=sub>Devices connected to your network and '
        "their DHCP leases. Lease time: 24 hours.</div>"
        f"<div class=card><h2>Connected devices <small>{len(names)} devices</small></h2><table><tr><th>Status</th>"
        "<th>Device Name</th><th>IP Address</th><th>MAC Address</th><th>Connection</th><th>Lease Expires</th><th></th>"
        f"</tr>{rows}</table></div><div style='height:220px'></div></div>"
    )
    wifi = (
        "<div class=pg id=wifi><h1>Wireless Settings</h1><div class=sub>Change the name and password of your Wi-Fi "
        "networks. Devices must reconnect after a change.</div>"
        "<div class=card><h2>2.4 GHz network</h2><div class=kv><i>Network Name (SSID)</i>"
        f"<span class=in><input value='{esc(ssid)}'></span><i>Security</i><span>WPA2-Personal (AES)</span>"
        f"<i>Wi-Fi Password</i><span class=in><input type=password id=pw value='{esc(wifi_pw)}'><span class=eye id=eye>"
        "👁</span></span><i>Channel</i><span>Auto (6)</span></div></div>"
        f"<div class=card><h2>5 GHz network</h2><div class=kv><i>Network Name (SSID)</i><span class=in><input "
        f"value='{esc(ssid5)}'></span><i>Security</i><span>WPA2/WPA3-Personal</span><i>Wi-Fi Password</i>"
        "<span>Same as 2.4 GHz network</span></div></div>"
        "<div class=card><h2>Guest network</h2><div class=kv><i>Guest Network</i><span>Enabled</span>"
        f"<i>Guest Password</i><span class=in><input type=password value='{esc(guest_pw)}'><span class=eye id=eye2>"
        "👁</span></span></div></div><span class=btn>Apply</span> <span class='btn g'>Cancel</span></div>"
    )
    home = f"<div class=pg id=home><h1>Dashboard</h1><div class=sub>Internet: Connected · WAN IP {wan_ip}</div></div>"
    dlg = (
        "<div id=dlg><div class=box><h3>Edit Device</h3><div class=kv><i>MAC Address</i><span id=mac></span>"
        "<i>Device Name</i><input id=nm autocomplete=off><i>Device Type</i><span>Smartphone</span></div>"
        "<div class=row><span class='btn g'>Cancel</span> <span class=btn id=save>Save</span></div></div></div>"
    )
    body = (
        f"<div class=top><b>LUMIO HUB 6</b><span>Model LH6-AX3000 · Firmware 2.4.17</span><span class=r>"
        f"WAN IP {wan_ip} · Logged in as admin</span></div><div class=wrap><div class=nav>{nav}</div><main>{devs}{wifi}"
        f"{home}</main></div>{dlg}"
    )
    stage.page("admin/devices.html", doc("LUMIO HUB 6 - Attached Devices", CSS, body, SCRIPT))
    stage.keep("Attached Devices", "Connected devices", "Wireless Settings", "Parental Controls", "Lease Expires")
    stage.keep("HP-LaserJet-M15w", "Ring-Doorbell-Pro", "Nest-Thermostat-E", "Network Name (SSID)", "Firmware Update")
    stage.keep("WPA2-Personal (AES)", "Same as 2.4 GHz network")
    chrome = stage.chrome("http://192.168.1.1/admin/devices.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    desk.move(*chrome.point("main"))
    desk.scroll(4, pause=0.3)
    stage.mark("scrolled")
    stage.pause(2.5)
    desk.scroll(-4, pause=0.3)
    stage.pause(1.5)
    idx = names.index(renamed_from)
    stage.click(*chrome.point(".ed", idx))
    stage.mark("rename_dialog")
    stage.pause(1.0)
    desk.type(new_name, typo_rate=0.0, delay_ms=90)
    stage.mark("name_typed")
    stage.pause(1.5)
    stage.click(*chrome.point("#save"))
    stage.pause(2.5)
    stage.click(*chrome.point(".nav div", 2))
    stage.mark("wifi_page")
    stage.pause(2.5)
    stage.click(*chrome.point("#eye"))
    stage.mark("password_shown")
    stage.pause(3.0)
    stage.click(*chrome.point("#eye2"))
    stage.pause(3.0)


SCENE = SceneSpec(
    name="router_devices",
    description="A home router's web admin (http://192.168.1.1, Chromium): the Attached Devices table (status, "
    "device name, IPv4 lease, MAC address, connection, lease time) where devices carry their owners' names "
    "('<First>s-iPhone', '<First>-s-Galaxy-S23', 'DESKTOP-<SURNAME>', '<FIRST>-PC', \"<First>'s MacBook Air\") "
    "beside a printer, a TV and a phone's random name; scrolled; a phone renamed after its owner (typed); the "
    "Wireless Settings page with SSIDs '<Surname> Family' and '<Surname>_5G' and the Wi-Fi and guest passwords "
    "revealed with the eye toggle.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=34101,
    crf=24,
)
