"""An account's authenticator-app setup: a QR code, the setup key in groups, a code typed, backup codes.

Why this screen: "the app says I need two-step verification and I can't get it to work" is walked
through with the customer sharing their screen. The page (self-contained, a work account's
security settings, light) shows a three-step setup: (1) "Scan this QR code with your authenticator
app" beside a QR code (drawn modules); a link "Can't scan it?" reveals the setup key in a grey
monospace box, 32 base32 characters in eight groups of four, lower case ("Enter this key in your
app"), with "Account" and "Key type: Time-based" under it and a Copy button; (2) "Enter the 6-digit
code from the app": the code is typed key by key into a wide, letter-spaced input and "Verify"
clicked; (3) the page turns to "Save your backup codes": ten codes of eight digits shown as two
groups of four, numbered in two columns on a dashed panel, "Each code can be used once", Download /
Print / Copy buttons, a checkbox "I have saved my backup codes" and "Done". The signed-in name and
e-mail sit in the header and the account line. en_GB values and names common lists miss.
"""

from __future__ import annotations

import random

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE = [("Ottoline", "Ferreira-Blackwood"), ("Casimir", "Nwachukwu-Hale"), ("Rosalind", "Achterberg")]
B32 = "abcdefghijklmnopqrstuvwxyz234567"

CSS = """
body{margin:0;background:#f3f4f6;color:#111827;font:14px 'Liberation Sans',Arial,sans-serif}
.top{height:52px;background:#1d4ed8;color:#dbeafe;display:flex;align-items:center;padding:0 24px;gap:20px;
font-size:13px}
.top b{color:#fff;font-size:16px}.top .r{margin-left:auto;text-align:right;line-height:15px}
.top .r small{display:block;color:#bfdbfe;font-size:11.5px}
.wrap{max-width:780px;margin:20px auto 80px}.crumb{font-size:12px;color:#6b7280;margin-bottom:6px}
h1{font-size:22px;margin:0 0 4px}.sub{color:#4b5563;font-size:13.5px;margin:0 0 16px}
.step{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:18px 22px;margin-bottom:14px}
.step h2{font-size:15px;margin:0 0 10px;display:flex;gap:10px;align-items:center}
.step h2 i{font-style:normal;background:#1d4ed8;color:#fff;border-radius:50%;width:22px;height:22px;display:inline-flex;
align-items:center;justify-content:center;font-size:12px}
.qrrow{display:flex;gap:24px;align-items:flex-start}.qrrow p{margin:0 0 8px;color:#4b5563;font-size:13.5px}
a{color:#1d4ed8;cursor:pointer;text-decoration:underline}
#key{display:none;margin-top:10px;background:#f3f4f6;border:1px solid #e5e7eb;border-radius:8px;padding:10px 14px}
#key.on{display:block}#key code{font:17px 'DejaVu Sans Mono',monospace;letter-spacing:.5px;color:#111827}
#key dl{margin:8px 0 0;font-size:12.5px;display:grid;grid-template-columns:80px auto;gap:3px 8px}
#key dt{color:#6b7280}#key dd{margin:0}
button{font:13px 'Liberation Sans',Arial,sans-serif;border-radius:6px;padding:7px 14px;border:1px solid #d1d5db;
background:#fff;cursor:pointer}button.p{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
#code{font:20px 'DejaVu Sans Mono',monospace;letter-spacing:8px;width:170px;padding:7px 10px;border:1px solid #9ca3af;
border-radius:6px;margin-right:10px}
#done{display:none}#done.on{display:block}#setup.off{display:none}
.codes{border:2px dashed #cbd5e1;border-radius:10px;padding:14px 22px;display:grid;grid-template-columns:1fr 1fr;
gap:8px 40px;margin:10px 0 12px;font:16px 'DejaVu Sans Mono',monospace;max-width:420px}
.codes span{color:#9ca3af;margin-right:10px;font-size:13px}
.ok{background:#dcfce7;color:#166534;border-radius:8px;padding:8px 12px;font-size:13.5px;margin-bottom:12px}
.warn{font-size:13px;color:#92400e}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
$('cant').onclick = () => $('key').classList.add('on');
$('verify').onclick = () => { $('setup').classList.add('off'); $('done').classList.add('on'); window.scrollTo(0, 0); };
"""


def _qr(rng: random.Random, n: int = 29, px: int = 5) -> str:
    """A QR-looking symbol: three finder squares and random modules (it encodes nothing)."""
    on = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                if 0 <= ox + x < n and 0 <= oy + y < n:
                    ring = max(abs(x - 3), abs(y - 3))
                    on[oy + y][ox + x] = ring in (0, 1, 3)
    rects = "".join(
        f'<rect x="{x * px}" y="{y * px}" width="{px}" height="{px}"/>' for y in range(n) for x in range(n) if on[y][x]
    )
    size = n * px
    return f'<svg width="{size + 20}" height="{size + 20}"><g transform="translate(10,10)">{rects}</g></svg>'


def play(stage: Stage) -> None:
    gb, rng = stage.fake("en_GB"), stage.rng
    first, last = rng.choice(RARE)
    full = stage.pii(f"{first} {last}", "PERSON", note="the header's signed-in name")
    email = stage.pii(fakes.email_for(full, "tidewater-health.co.uk", rng), "EMAIL_ADDRESS")
    raw = fakes.token(rng, 32, B32)
    key = stage.pii(" ".join(raw[i : i + 4] for i in range(0, 32, 4)), "SECRET", note="the setup key in groups")
    otp = f"{rng.randint(100000, 999999)}"
    stage.pii(otp, "PASSWORD", note="the one-time code, typed")
    codes = []
    for _ in range(10):
        d = f"{rng.randint(10000000, 99999999)}"
        codes.append(stage.pii(f"{d[:4]} {d[4:]}", "SECRET", note="a backup code"))
    _ = gb
    grid = "".join(f"<div><span>{i + 1}.</span>{esc(c)}</div>" for i, c in enumerate(codes))
    body = f"""<div class=top><b>Tidewater Health</b><span>Home</span><span>My account</span><span>Help</span>
<span class=r>{esc(full)}<small>{esc(email)}</small></span></div>
<div class=wrap><div class=crumb>My account &rsaquo; Security &rsaquo; Two-step verification</div>
<div id=setup><h1>Set up your authenticator app</h1>
<p class=sub>Use an app such as Microsoft Authenticator or Google Authenticator to get sign-in codes.</p>
<div class=step><h2><i>1</i>Scan this QR code with your authenticator app</h2><div class=qrrow>{_qr(rng)}
<div><p>Open the app, tap the plus sign and choose "Scan a QR code".</p><p><a id=cant>Can't scan it?</a></p>
<div id=key><p>Enter this key in your app:</p><code>{esc(key)}</code> <button>Copy</button>
<dl><dt>Account</dt><dd>{esc(email)}</dd><dt>Key type</dt><dd>Time-based</dd></dl></div></div></div></div>
<div class=step><h2><i>2</i>Enter the 6-digit code from the app</h2>
<input id=code autocomplete=off spellcheck=false maxlength=6><button class=p id=verify>Verify</button>
<p class=warn>The code changes every 30 seconds.</p></div></div>
<div id=done><div class=ok>Two-step verification is on for {esc(email)}.</div>
<h1>Save your backup codes</h1><p class=sub>If you lose your phone, you can sign in with one of these codes.
Each code can be used once.</p><div class=step><div class=codes>{grid}</div>
<button>Download</button> <button>Print</button> <button>Copy</button>
<p><label><input type=checkbox id=saved> I have saved my backup codes</label></p>
<button class=p>Done</button></div></div></div>"""
    stage.page("security/mfa.html", doc("Two-step verification - Tidewater Health", CSS, body, SCRIPT))
    stage.keep("Set up your authenticator app", "Scan this QR code with your authenticator app", "Can't scan it?")
    stage.keep("Enter the 6-digit code from the app", "The code changes every 30 seconds.")
    chrome = stage.chrome("http://account.tidewater-health.example/security/mfa.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("#cant"))
    stage.mark("show key")
    stage.keep("Enter this key in your app:", "Time-based")
    stage.pause(6.0)
    x, y = chrome.point(".wrap", 0, 0.5, 0.3)
    desk.move(x + 200, y)
    desk.scroll(2, pause=0.2)
    stage.pause(2.5)
    stage.click(*chrome.point("#code"))
    stage.pause(1.0)
    desk.type(otp, typo_rate=0.0, delay_ms=260)
    stage.mark("code typed")
    stage.pause(2.5)
    stage.click(*chrome.point("#verify"))
    stage.mark("verified")
    stage.keep("Save your backup codes", "Each code can be used once.", "I have saved my backup codes")
    stage.pause(6.0)
    desk.move(x + 200, y)
    desk.scroll(2, pause=0.2)
    stage.pause(3.0)
    stage.click(*chrome.point("#saved"))
    stage.pause(2.0)
    desk.scroll(-2, pause=0.2)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="mfa_setup",
    description="An authenticator-app setup page in Chromium: a QR code, 'Can't scan it?' revealing the setup key "
    "(32 base32 characters in eight groups of four, monospace) with the account's e-mail under it; a 6-digit code "
    "typed key by key into a letter-spaced input, 'Verify'; the page turns to ten backup codes (two groups of "
    "four digits, numbered, two columns, dashed panel). The signed-in name and e-mail in the header. en_GB values "
    "and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=42.0,
    seed=45102,
    crf=24,
)
