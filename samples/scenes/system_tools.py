"""System tools with no personal data at all: services, event log, device tree and PowerShell.

Why this screen: it is what a technician looks at most of the time, and everything on it must stay
readable. Service names (`wuauserv`, `BITS`, `Dnscache`), descriptions that start "Helps protect…",
event sources, time stamps, event IDs and device names look like the kind of tokens a careless
detector blurs (dates, IDs, capitalised words); the ground truth has an empty `pii` list.
"""

from __future__ import annotations

import subprocess
import time

from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

SERVICES = [
    ("AudioSrv", "Windows Audio", "Manages audio for Windows-based programs.", "Running", "Automatic"),
    ("BFE", "Base Filtering Engine", "Manages firewall and IPsec policies.", "Running", "Automatic"),
    (
        "BITS",
        "Background Intelligent Transfer Service",
        "Transfers files in the background using idle network bandwidth.",
        "Running",
        "Automatic (Delayed)",
    ),
    ("CryptSvc", "Cryptographic Services", "Provides key management and catalog services.", "Running", "Automatic"),
    ("Dhcp", "DHCP Client", "Registers and updates IP addresses and DNS records.", "Running", "Automatic"),
    ("Dnscache", "DNS Client", "Caches Domain Name System (DNS) names.", "Running", "Automatic (Trigger)"),
    ("EventLog", "Windows Event Log", "Manages events and event logs.", "Running", "Automatic"),
    ("fdPHost", "Function Discovery Provider Host", "Hosts the Function Discovery providers.", "Stopped", "Manual"),
    ("LanmanServer", "Server", "Supports file, print and named-pipe sharing over the network.", "Running", "Automatic"),
    ("LanmanWorkstation", "Workstation", "Creates and maintains client network connections.", "Running", "Automatic"),
    (
        "mpssvc",
        "Windows Defender Firewall",
        "Helps protect your computer from unauthorized access.",
        "Running",
        "Automatic",
    ),
    ("RemoteRegistry", "Remote Registry", "Enables remote users to modify registry settings.", "Stopped", "Disabled"),
    ("Schedule", "Task Scheduler", "Runs scheduled tasks at a given time or event.", "Running", "Automatic"),
    ("Spooler", "Print Spooler", "Spools print jobs and handles interaction with the printer.", "Stopped", "Automatic"),
    ("SysMain", "SysMain", "Maintains and improves system performance over time.", "Running", "Automatic"),
    (
        "TermService",
        "Remote Desktop Services",
        "Allows users to connect interactively to a remote computer.",
        "Stopped",
        "Manual",
    ),
    ("Themes", "Themes", "Provides user experience theme management.", "Running", "Automatic"),
    ("TrustedInstaller", "Windows Modules Installer", "Enables installation of Windows updates.", "Stopped", "Manual"),
    ("VSS", "Volume Shadow Copy", "Manages the shadow copies used for backup.", "Stopped", "Manual"),
    ("W32Time", "Windows Time", "Maintains date and time synchronization.", "Stopped", "Manual (Trigger)"),
    (
        "WinDefend",
        "Microsoft Defender Antivirus Service",
        "Helps protect users from malware and other potentially unwanted software.",
        "Running",
        "Automatic",
    ),
    ("Winmgmt", "Windows Management Instrumentation", "Provides a common interface to the OS.", "Running", "Automatic"),
    ("wscsvc", "Security Center", "Monitors and reports security health settings.", "Running", "Automatic (Delayed)"),
    ("WSearch", "Windows Search", "Provides content indexing and property caching.", "Running", "Automatic (Delayed)"),
    (
        "wuauserv",
        "Windows Update",
        "Enables the detection, download and installation of updates.",
        "Running",
        "Manual (Trigger)",
    ),
]
EVENTS = [
    (
        "Error",
        "16/09/2025 09:12:44",
        "Service Control Manager",
        "7031",
        "None",
        "The Print Spooler service terminated unexpectedly. It has done this 3 time(s).",
    ),
    (
        "Error",
        "16/09/2025 09:12:41",
        "PrintService",
        "372",
        "Printing a document",
        "The document Appointment letters, owned by FRONTDESK, failed to print on Brother HL-L2350DW.",
    ),
    (
        "Warning",
        "16/09/2025 08:57:03",
        "DNS Client Events",
        "1014",
        "(1014)",
        "Name resolution for the name wpad timed out after none of the configured DNS servers responded.",
    ),
    (
        "Information",
        "16/09/2025 08:31:19",
        "WindowsUpdateClient",
        "19",
        "Windows Update Agent",
        "Installation Successful: Windows successfully installed 2025-09 Cumulative Update (KB5065426).",
    ),
    (
        "Warning",
        "16/09/2025 08:30:55",
        "Time-Service",
        "129",
        "None",
        "NtpClient was unable to set a domain peer to use as a time source.",
    ),
    (
        "Error",
        "16/09/2025 08:30:12",
        "DistributedCOM",
        "10016",
        "None",
        "The application-specific permission settings do not grant Local Activation permission.",
    ),
    (
        "Information",
        "16/09/2025 08:29:58",
        "Kernel-General",
        "16",
        "None",
        "The access history in hive \\??\\C:\\Windows\\System32\\config\\SOFTWARE was cleared.",
    ),
    ("Information", "16/09/2025 08:29:40", "EventLog", "6013", "None", "The system uptime is 412 seconds."),
]
DEVICES = [
    ("Audio inputs and outputs", []),
    ("Batteries", []),
    ("Computer", []),
    ("Disk drives", ["SAMSUNG MZVL2512HCJQ"]),
    ("Display adapters", ["Intel(R) UHD Graphics 770"]),
    ("Keyboards", []),
    ("Monitors", []),
    (
        "Network adapters",
        ["Intel(R) Ethernet Connection (17) I219-LM", "Intel(R) Wi-Fi 6E AX211 160MHz", "WAN Miniport (IKEv2)"],
    ),
    ("Print queues", ["Brother HL-L2350DW series", "Microsoft Print to PDF", "Fax"]),
    ("Processors", []),
    ("Software devices", []),
    ("Storage controllers", []),
    ("System devices", []),
    ("Universal Serial Bus controllers", []),
]
UPDATES = [
    ("KB5065426", "2025-09 Cumulative Update for Windows 11 Version 24H2", "16/09/2025"),
    ("KB5064401", "2025-09 .NET Framework 3.5 and 4.8.1 Cumulative Update", "16/09/2025"),
    ("KB890830", "Windows Malicious Software Removal Tool x64 - v5.135", "10/09/2025"),
    ("KB2267602", "Security Intelligence Update for Microsoft Defender Antivirus", "09/09/2025"),
    ("KB5063878", "2025-08 Cumulative Update for Windows 11 Version 24H2", "13/08/2025"),
]


def _ps_cut(text: str, width: int = 38) -> str:
    """PowerShell's table view cuts a long column and ends it with '...'."""
    return text if len(text) <= width else text[: width - 3] + "..."


# What `Get-Service` prints in the PowerShell window (bash only pretends to be PowerShell).
GET_SERVICE = "\n".join(
    ["", "Status   Name               DisplayName", "------   ----               -----------"]
    + [
        f"{'Running' if name == 'Spooler' else st:<8} {name:<18} {_ps_cut(disp)}"  # started in the console
        for name, disp, _, st, _ in SERVICES
    ]
    + [""]
)

CSS = """
body{font-size:13px;background:#eef1f4;display:flex;flex-direction:column}
.hdr{height:48px;background:#1b2a3a;color:#fff;display:flex;align-items:center;padding:0 18px;gap:18px}
.hdr b{font-size:16px}.hdr span{opacity:.8}.hdr .ok{background:#2e7d32;border-radius:10px;
 padding:2px 10px;opacity:1}
.tabs{display:flex;gap:2px;background:#fff;border-bottom:1px solid #ccd3da;padding:0 18px}
.tabs div{padding:10px 16px;color:#4a5866}.tabs .on{border-bottom:3px solid #1565c0;color:#1565c0;
 font-weight:bold}
.grid{display:grid;grid-template-columns:1060px 1fr;grid-template-rows:560px 1fr;gap:10px;padding:10px;
 flex:1;min-height:0}
.card{background:#fff;border:1px solid #ccd3da;border-radius:4px;display:flex;flex-direction:column;
 min-height:0}
.card h2{font-size:14px;margin:0;padding:9px 12px;border-bottom:1px solid #e3e7eb;display:flex;gap:10px;
 align-items:center}
.card h2 button{font-size:12px;padding:3px 10px;border:1px solid #aab4be;background:#f7f9fa;border-radius:3px}
.card h2 .sp{margin-left:auto}
.scroll{overflow:auto;flex:1}
table{border-collapse:collapse;width:100%}th{position:sticky;top:0;background:#f4f6f8;text-align:left;
 font-weight:normal;color:#4a5866;padding:5px 8px;border-bottom:1px solid #d5dbe1}
td{padding:3px 8px;border-bottom:1px solid #f0f2f4;white-space:nowrap}tr.sel td{background:#cce4ff}
td.desc{color:#4a5866}.Running{color:#2e7d32}.Stopped{color:#b3261e}.Starting{color:#b26a00}
.tree{font-size:13px;padding:8px 12px;line-height:22px}.tree .n{cursor:pointer}.tree .c{padding-left:34px}
.lv{display:inline-block;width:12px;height:12px;border-radius:50%;margin-right:6px;vertical-align:-1px}
.lv.Error{background:#c62828}.lv.Warning{background:#f9a825}.lv.Information{background:#1e88e5}
#detail{border-top:1px solid #e3e7eb;padding:8px 12px;height:58px;color:#333;line-height:1.4}
"""

SCRIPT = """
document.querySelectorAll('.tree .n').forEach(n => n.addEventListener('click', () => {
  const c = n.nextElementSibling; if (!c) return;
  const open = c.style.display === 'block'; c.style.display = open ? 'none' : 'block';
  n.firstChild.textContent = open ? '▸ ' : '▾ ';
}));
document.querySelectorAll('tr[data-svc]').forEach(r => r.addEventListener('mousedown', () => {
  document.querySelectorAll('tr.sel').forEach(x => x.classList.remove('sel')); r.classList.add('sel');
}));
document.getElementById('start').addEventListener('click', () => {
  const st = document.querySelector('tr.sel td.st'); if (!st) return;
  st.textContent = 'Starting'; st.className = 'st Starting';
  setTimeout(() => { st.textContent = 'Running'; st.className = 'st Running'; }, 1800);
});
document.querySelectorAll('tr[data-ev]').forEach(r => r.addEventListener('mousedown', () => {
  document.getElementById('detail').textContent = r.dataset.ev;
}));
"""


def _page() -> str:
    rows = "".join(
        f'<tr data-svc="{n}" id="svc-{n}"><td>{n}</td><td>{esc(d)}</td><td class="desc">{esc(x)}</td>'
        f'<td class="st {s}">{s}</td><td>{t}</td></tr>'
        for n, d, x, s, t in SERVICES
    )
    events = "".join(
        f'<tr data-ev="{esc(msg)}"><td><span class="lv {lv}"></span>{lv}</td><td>{when}</td><td>{src}</td>'
        f"<td>{eid}</td><td>{cat}</td></tr>"
        for lv, when, src, eid, cat, msg in EVENTS
    )
    tree = "".join(
        f'<div class="n" id="dev-{i}"><span>▸ </span>{esc(cat)}</div>'
        + (f'<div class="c" style="display:none">{"".join(f"<div>{esc(k)}</div>" for k in kids)}</div>' if kids else "")
        for i, (cat, kids) in enumerate(DEVICES)
    )
    updates = "".join(f"<tr><td>{kb}</td><td>{esc(t)}</td><td>{d}</td></tr>" for kb, t, d in UPDATES)
    tabs = "".join(
        f'<div class="{"on" if t == "Services" else ""}">{t}</div>'
        for t in ("Overview", "Services", "Processes", "Event Viewer", "Device Manager", "Patches", "Scripts")
    )
    body = f"""<div class="hdr"><b>Northwind RMM</b><span>WS-FRONTDESK-02</span>
<span>Windows 11 Pro 24H2</span>
<span class="ok">Online</span><span style="margin-left:auto">Session 4 of 12 · Remote control</span></div>
<div class="tabs">{tabs}</div><div class="grid">
<div class="card"><h2>Services (25) <button>Refresh</button><button id="start">Start</button>
<button>Stop</button><button>Restart</button><span class="sp">Filter: all services</span></h2>
<div class="scroll" id="svcs"><table><tr><th>Name</th><th>Display name</th><th>Description</th><th>Status</th>
<th>Startup Type</th></tr>{rows}</table></div></div>
<div class="card"><h2>Device Manager <span class="sp">WS-FRONTDESK-02</span></h2>
<div class="scroll tree">{tree}</div></div>
<div class="card"><h2>Installed updates <span class="sp">Last 30 days</span></h2>
<div class="scroll"><table><tr><th>KB</th><th>Title</th><th>Installed</th></tr>{updates}</table></div></div>
<div class="card"><h2>Event Viewer · System log <span class="sp">Last 24 hours</span></h2>
<div class="scroll" id="evs"><table><tr><th>Level</th><th>Date and Time</th><th>Source</th><th>Event ID</th>
<th>Task Category</th></tr>{events}</table></div>
<div id="detail">Select an event to see its description.</div>
</div></div>"""
    return doc("WS-FRONTDESK-02 - Services - Northwind RMM", CSS, body, SCRIPT)


POWERSHELL_AT = (24, 1080 - 380)  # over the "Installed updates" card, below the services table
POWERSHELL_RC = r"""
PS1='PS C:\\Windows\\system32> '
export PROMPT_COMMAND=
# Get-Service [prefix*]: the three header lines, then the services whose Name starts with prefix
Get-Service() {
  awk -v p="${1%\*}" 'NR <= 3 || tolower(substr($0, 10, length(p))) == tolower(p)' ./get-service.txt
  echo
}
clear
printf 'Windows PowerShell\nCopyright (C) Microsoft Corporation. All rights reserved.\n\n'
printf 'Install the latest PowerShell for new features and improvements! https://aka.ms/PSWindows\n\n'
"""


def play(stage: Stage) -> None:
    stage.page("devices/ws-frontdesk-02/services.html", _page())
    stage.keep(
        "Northwind RMM",
        "WS-FRONTDESK-02",
        "Windows 11 Pro 24H2",
        "Services (25)",
        "Startup Type",
        "Display name",
        "Background Intelligent Transfer Service",
        "wuauserv",
        "BITS",
        "Dnscache",
        "DNS Client",
        "Base Filtering Engine",
        "Cryptographic Services",
        "Caches Domain Name System (DNS) names.",
        "Manages audio for Windows-based programs.",
        "Device Manager",
        "Print queues",
        "Display adapters",
        "Universal Serial Bus controllers",
        "Event Viewer",
        "Service Control Manager",
        "DNS Client Events",
        "Event ID",
        "Task Category",
        "Date and Time",
        "Last 24 hours",
        "Remote control",
        "Network adapters",
    )
    chrome = stage.chrome("http://rmm.northwind-it.com/devices/ws-frontdesk-02/services.html", mode="maximized")
    wid = _powershell(stage)  # already open over the console, with an earlier Get-Service listed
    desk = stage.desk
    stage.start()
    stage.keep(
        "Status   Name               DisplayName",
        "Administrator: Windows PowerShell",
        "Running  wuauserv           Windows Update",
        "Stopped  W32Time            Windows Time",
        "Running  WinDefend          Microsoft Defender Antivirus Service",
        static=True,
    )
    stage.pause(1.0)
    stage.click(*chrome.point("#svc-Spooler", fx=0.1))
    stage.pause(0.5)
    stage.click(*chrome.point("#start"))
    stage.mark("spooler_started")
    stage.pause(1.0)
    stage.click(*chrome.point("#dev-8", fx=0.15))  # expand Print queues
    stage.pause(0.6)
    stage.click(*chrome.point("#evs tr[data-ev]", 0, fx=0.3))
    stage.mark("event_selected")
    stage.pause(1.0)
    desk.activate(wid)
    desk.type("Get-Service sp*\n")
    stage.mark("get_service_spooler")
    stage.pause(1.5)
    x, y = POWERSHELL_AT
    wx, wy = x + 300, y - 12  # the title bar, 12 px above the client area
    stage.drag(wx, wy, wx + 90, wy - 30)
    stage.mark("powershell_moved")
    stage.pause(1.0)


def _powershell(stage: Stage) -> str:
    """Open a PowerShell-looking terminal over the bottom-left card and list the w* services."""
    x, y = POWERSHELL_AT
    _, wid = stage.xterm(
        "Administrator: Windows PowerShell",
        POWERSHELL_RC,
        {"get-service.txt": GET_SERVICE},
        geometry=f"116x20+{x}+{y}",
        fg="#eeedf0",
        bg="#012456",
        size=10,
    )
    # pinned "always on top", so clicks in the maximized console do not bury it
    subprocess.run(["wmctrl", "-i", "-r", hex(int(wid)), "-b", "add,above"], env=stage.desk.env, check=False)
    stage.desk.type("Get-Service w*\n")
    time.sleep(0.8)
    return str(wid)


SCENE = SceneSpec(
    name="system_tools",
    description="Remote-management console in Chromium (1920x1080) for one Windows PC, with no personal data "
    "anywhere: a Services table (wuauserv, BITS, Dnscache... with descriptions, Running/Stopped, "
    "startup type), a Device Manager tree, a System event log, and a PowerShell-looking xterm "
    "over the bottom-left card showing 'Get-Service w*'. The Print Spooler is selected and "
    "started, the Print queues node is expanded, an event is selected, 'Get-Service sp*' is "
    "typed into the PowerShell window and the window is dragged by its title bar.",
    play=play,
    width=1920,
    height=1080,
    fps=15,
    duration_s=32.0,
    seed=90211,
    crf=24,
)
