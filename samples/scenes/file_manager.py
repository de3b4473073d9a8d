"""A web file manager on a shared HR folder: people's names inside file names.

Why this screen: technicians browse customers' files to find a document. File names carry the
names of the people they are about, joined by spaces, hyphens, underscores or dots and glued to
words and years ("P45_Maria_Lopez_2026.pdf"); the breadcrumb and a details pane carry a user's
home folder (a user name in a path); a "Shared by" column lists colleagues. Typing in the
search box filters the list, and clicking a file opens its details.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#fff;color:#222;overflow:hidden}
.top{height:50px;background:#0082c9;color:#fff;display:flex;align-items:center;padding:0 18px;gap:22px}
.top b{font-size:17px}
.top input{margin-left:auto;width:260px;border:0;border-radius:16px;padding:7px 14px;font-size:14px}
nav{position:absolute;left:0;top:50px;bottom:0;width:230px;background:#f5f5f5;padding-top:10px}
nav div{padding:8px 22px}nav .on{background:#e1eefa;font-weight:600}
main{position:absolute;left:240px;top:50px;right:0;bottom:0;padding:0 18px}
.crumbs{padding:14px 0;color:#555}.crumbs b{color:#222}
table{border-collapse:collapse;width:100%}th{text-align:left;color:#767676;font-weight:400;padding:8px 10px;
border-bottom:1px solid #ededed}td{padding:9px 10px;border-bottom:1px solid #ededed}
tr.sel td{background:#e8f2fc}.ico{display:inline-block;width:18px;height:22px;background:#d84a38;border-radius:2px;
margin-right:10px;vertical-align:middle}.doc .ico{background:#2a5699}.img .ico{background:#49a25a}
.xls .ico{background:#1d7044}.muted{color:#767676}
#side{position:absolute;right:0;top:50px;bottom:0;width:330px;background:#fff;border-left:1px solid #ddd;padding:18px;
display:none}#side h3{margin:0 0 14px;font-size:16px;word-break:break-all}#side dt{color:#767676;margin-top:10px}
#side dd{margin:2px 0 0}
"""

SCRIPT = """
const q = document.getElementById('q');
q.addEventListener('input', () => {
  const s = q.value.toLowerCase();
  for (const r of document.querySelectorAll('tr.f')) r.style.display = r.dataset.n.includes(s) ? '' : 'none';
});
for (const r of document.querySelectorAll('tr.f')) r.addEventListener('click', () => {
  for (const o of document.querySelectorAll('tr.sel')) o.classList.remove('sel');
  r.classList.add('sel');
  document.getElementById('side').style.display = 'block';
  document.querySelector('main').style.right = '330px';
  for (const k of ['name', 'owner', 'path', 'size', 'mod'])
    document.getElementById('d-' + k).textContent = r.dataset[k];
});
"""


def _joined(first: str, last: str, style: int) -> str:
    """A person's name as people write it in file names."""
    return [
        f"{first} {last}",
        f"{first}_{last}",
        f"{last}_{first}",
        f"{first}-{last}",
        f"{first.lower()}.{last.lower()}",
        f"{last}, {first}",
    ][style % 6]


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    owner = fakes.person(fake)
    user = stage.pii(owner.split(" ")[0][0].lower() + owner.split(" ")[1].lower().replace("'", ""), "USERNAME")
    stage.pii(owner, "PERSON")
    colleagues = [stage.pii(fakes.person(fake), "PERSON") for _ in range(3)]
    kinds = [
        ("Contract - {n}.pdf", "pdf"),
        ("P45_{n}_2026.pdf", "pdf"),
        ("passport_scan_{n}.jpg", "img"),
        ("Offer letter {n} v2.docx", "doc"),
        ("RightToWork-{n}.pdf", "pdf"),
        ("{n} - bank details.xlsx", "xls"),
        ("Contract - {n}.pdf", "pdf"),
        ("payslip_Nov26_{n}.pdf", "pdf"),
        ("CV {n}.docx", "doc"),
    ]
    files: list[tuple[str, str, str]] = []
    for i, (pattern, kind) in enumerate(kinds):
        first, last = fake.first_name(), fake.last_name()
        shown = stage.pii(_joined(first, last, i), "PERSON", note="a name inside a file name")
        files.append((pattern.format(n=shown), kind, colleagues[i % 3]))
    for name, kind in [
        ("Onboarding checklist 2026.xlsx", "xls"),
        ("Staff handbook.pdf", "pdf"),
        ("Org chart Q4.png", "img"),
        ("Leavers process.docx", "doc"),
    ]:
        files.append((name, kind, colleagues[0]))
    rng.shuffle(files)
    path = f"/home/{user}/Shared/HR/Starters 2026"
    rows = "".join(
        f'<tr class="f {k}" id="f{i}" data-n="{esc(n.lower())}" data-name="{esc(n)}" data-owner="{esc(by)}" '
        f'data-path="{esc(path)}" data-size="{rng.randint(80, 2400)} KB" data-mod="{rng.randint(1, 28)} Nov 2026">'
        f'<td><span class="ico"></span>{esc(n)}</td><td class="muted">{rng.randint(80, 2400)} KB</td>'
        f'<td class="muted">{rng.randint(2, 27)} days ago</td><td>{esc(by)}</td></tr>'
        for i, (n, k, by) in enumerate(files)
    )
    target = next(i for i, (n, _, _) in enumerate(files) if n.startswith("Contract"))
    body = f"""<div class="top"><b>☁ Files</b><span>Photos</span><span>Activity</span><span>Talk</span>
<input id="q" placeholder="Search files" autocomplete="off"><span>{esc(owner)}</span></div>
<nav><div>All files</div><div>Recent</div><div>Favorites</div><div class="on">Shared with you</div>
<div>Shared with others</div><div>Deleted files</div>
<div style="margin-top:30px" class="muted">12.4 GB of 50 GB used</div></nav>
<main><div class="crumbs">Shared › HR › <b>Starters 2026</b></div>
<table><tr><th>Name</th><th>Size</th><th>Modified</th><th>Shared by</th></tr>{rows}</table></main>
<div id="side"><h3 id="d-name"></h3><dl><dt>Owner</dt><dd id="d-owner"></dd><dt>Location</dt><dd id="d-path"></dd>
<dt>Size</dt><dd id="d-size"></dd><dt>Modified</dt><dd id="d-mod"></dd></dl></div>"""
    stage.page("apps/files/index.html", doc("Starters 2026 - Files", CSS, body, SCRIPT))
    stage.keep("Photos", "Activity", "All files", "Recent", "Favorites", "Shared with you", "Deleted files")
    stage.keep("Onboarding checklist 2026.xlsx", "Staff handbook.pdf", "Org chart Q4.png", "Shared by", "Modified")
    chrome = stage.chrome("http://cloud.example.co.uk/apps/files/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    for i in (1, 4, 8, 11):
        desk.move(*chrome.point(f"#f{i}", fx=0.25))
        stage.pause(0.6)
    stage.click(*chrome.point(f"#f{target}", fx=0.3))
    stage.mark("details_opened")
    stage.pause(3.5)
    stage.click(*chrome.point("#q"))
    desk.type("contract", typo_rate=0.0)
    stage.mark("searched")
    stage.pause(3.0)
    for _ in range(8):
        desk.key("BackSpace", pause=0.08)
    stage.pause(2.5)


SCENE = SceneSpec(
    name="file_manager",
    description="A Nextcloud-like file manager in Chromium on a shared HR folder: 13 files, nine named "
    "after people (spaces, underscores, hyphens, dots, 'Last, First', glued to words and years), a "
    "'Shared by' column of colleagues, the signed-in user's name; one file is clicked and a details "
    "pane shows its owner and a path with a user's home folder, then 'contract' is typed in search "
    "and erased.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=80341,
    crf=24,
)
