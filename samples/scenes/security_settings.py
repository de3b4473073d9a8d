"""Account security settings: a grid of recovery codes and a change-password form that is revealed.

Why this screen: one-time recovery codes (`4f9k-2m8q`) are secrets with no label per value, laid
out as a grid under one heading; passwords are typed as dots, so nothing is readable until the
"Show passwords" box is ticked and all three fields turn into plain text at once.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#f5f6f8;color:#1f2328}
.top{height:56px;background:#fff;border-bottom:1px solid #d0d7de;display:flex;align-items:center;
 padding:0 24px;
 gap:12px}
.top b{font-size:18px}.top .who{margin-left:auto;color:#57606a;font-size:13px}
.wrap{display:flex;max-width:1100px;margin:0 auto;padding:22px 20px;gap:28px}
nav{width:220px;flex:none}nav div{padding:8px 12px;border-radius:6px;margin:2px 0}
nav .on{background:#e7ecf2;font-weight:bold;border-left:3px solid #0969da}
main{flex:1}h1{font-size:24px;font-weight:normal;margin:0 0 6px}
.sub{color:#57606a;margin-bottom:18px}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:18px 22px;margin-bottom:18px}
section h2{font-size:17px;margin:0 0 8px}section p{color:#57606a;margin:4px 0 12px;line-height:1.45}
.on-badge{background:#dafbe1;color:#1a7f37;border-radius:12px;padding:2px 10px;font-size:12px;margin-left:8px}
.codes{display:grid;grid-template-columns:repeat(2,160px);gap:8px 40px;font:16px 'DejaVu Sans Mono',monospace;
 background:#f6f8fa;border:1px dashed #afb8c1;border-radius:6px;padding:14px 24px;width:max-content}
.btns{display:flex;gap:10px;margin-top:12px}
.btns button{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:6px 14px}
label{display:block;font-weight:bold;margin:12px 0 5px}
input[type=password],input[type=text]{width:340px;padding:7px 10px;border:1px solid #d0d7de;border-radius:6px;
 font-size:15px}
.chk{font-weight:normal;display:flex;align-items:center;gap:8px;margin-top:14px}
.primary{background:#1f883d;color:#fff;border:0;border-radius:6px;padding:8px 16px;margin-top:14px}
.act{display:flex;justify-content:space-between;border-top:1px solid #eaeef2;padding:9px 0;font-size:13px}
.act span{color:#57606a}
"""

SCRIPT = """
document.getElementById('show').addEventListener('change', e => {
  const type = e.target.checked ? 'text' : 'password';
  for (const id of ['cur', 'new', 'conf']) document.getElementById(id).type = type;
});
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_US"), stage.rng
    name = stage.pii(fakes.person(fake), "PERSON")
    email = stage.pii(fakes.email_for(name, "fastmail.com", rng), "EMAIL_ADDRESS")
    ip = stage.pii(fake.ipv4_public(), "IP_ADDRESS")
    codes = [stage.pii(fakes.recovery_code(rng), "SECRET") for _ in range(10)]
    current = stage.pii(fakes.password(rng, 12), "PASSWORD")
    new = stage.pii(fakes.password(rng, 16), "PASSWORD")
    grid = "".join(f"<div>{c}</div>" for c in codes)
    nav = "".join(
        f'<div class="{"on" if n == "Password and security" else ""}">{n}</div>'
        for n in (
            "Public profile",
            "Account",
            "Appearance",
            "Notifications",
            "Billing and plans",
            "Password and security",
            "Sessions",
            "SSH and GPG keys",
            "Connected apps",
        )
    )
    body = f"""<div class="top"><b>◎ Northwind ID</b><span class="who">{esc(email)}</span></div>
<div class="wrap"><nav>{nav}</nav><main><h1>Password and security</h1>
<div class="sub">Signed in as {esc(name)}. Last sign-in Sep 16, 09:41 from {ip}.</div>
<section><h2>Two-factor authentication <span class="on-badge">Enabled</span></h2>
<p>Authenticator app configured on Sep 2. SMS fallback is turned off.</p></section>
<section><h2>Recovery codes</h2><p>Keep these backup codes somewhere safe but accessible. Each code can be
used once if you lose access to your authenticator app.</p><div class="codes">{grid}</div>
<div class="btns"><button>Download</button><button>Print</button><button>Copy</button>
<button>Generate new codes</button></div></section>
<section id="pw"><h2>Change password</h2><p>Use at least 12 characters. Avoid a password you use on other
sites.</p><label for="cur">Current password</label><input id="cur" type="password" autocomplete="off">
<label for="new">New password</label><input id="new" type="password" autocomplete="off">
<label for="conf">Confirm new password</label><input id="conf" type="password" autocomplete="off">
<label class="chk"><input id="show" type="checkbox"> Show passwords</label>
<button class="primary">Update password</button></section>
<section><h2>Recent activity</h2><div class="act">Password changed<span>Mar 3</span></div>
<div class="act">Recovery codes viewed<span>Sep 16</span></div></section></main></div>"""
    stage.page("settings/security.html", doc("Password and security - Northwind ID", CSS, body, SCRIPT))
    stage.keep(
        "Password and security",
        "Recovery codes",
        "Two-factor authentication",
        "Change password",
        "Current password",
        "New password",
        "Confirm new password",
        "Show passwords",
        "Update password",
        "Generate new codes",
        "Download",
        "Public profile",
        "Notifications",
        "Billing and plans",
        "SSH and GPG keys",
        "Connected apps",
        "Northwind ID",
    )
    chrome = stage.chrome("http://id.northwind.example/settings/security.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.0)
    desk.move(*chrome.point(".codes"))
    stage.pause(2.5)
    desk.scroll(3, pause=0.35)
    stage.mark("scrolled_to_password_form")
    stage.pause(1.5)
    for field, value in (("#cur", current), ("#new", new), ("#conf", new)):
        desk.click(*chrome.point(field))
        desk.type(value)
        stage.pause(0.5)
    stage.mark("passwords_typed_masked")
    stage.pause(1.0)
    desk.click(*chrome.point("#show"))
    stage.mark("show_passwords")
    stage.pause(3.0)
    desk.move(*chrome.point(".primary"))
    stage.pause(1.5)
    desk.scroll(-3, pause=0.35)
    stage.mark("back_to_recovery_codes")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="security_settings",
    description="An account's 'Password and security' settings page in Chromium: the signed-in name, e-mail "
    "and last sign-in IP, a 'Recovery codes' block with ten one-time codes in a two-column grid, "
    "and a change-password form. The page scrolls to the form, the current and new passwords "
    "are typed key by key as dots, the 'Show passwords' box reveals all three fields, then the "
    "page scrolls back to the codes.",
    play=play,
    width=1280,
    height=720,
    fps=25,
    duration_s=34.0,
    seed=81533,
    crf=24,
)
