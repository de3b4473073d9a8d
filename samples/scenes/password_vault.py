"""A password manager's vault in the browser: sites, usernames, a revealed password, a one-time code.

Why this screen: customers open their password manager while the technician helps them sign in.
The vault lists logins (site name, the account's e-mail or user name under it, no label), the
selected item's details show "Username", a masked "Password" that the customer reveals with the
eye button, a "One-time password" that changes every 30 s, a website and notes holding a
security answer; a search narrows the list.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#f3f4f6;color:#1f2937;overflow:hidden}
.top{height:54px;background:#175ddc;color:#fff;display:flex;align-items:center;gap:24px;padding:0 20px}
.top b{font-size:18px}.top input{margin-left:40px;width:340px;border:0;border-radius:6px;padding:8px 12px;
font-size:14px}
nav{position:absolute;left:0;top:54px;bottom:0;width:210px;padding-top:12px}nav div{padding:8px 22px}
nav .on{background:#e5edfb;font-weight:600}
.list{position:absolute;left:220px;top:70px;bottom:16px;width:420px;background:#fff;border-radius:8px;overflow:hidden}
.it{display:flex;gap:12px;padding:10px 16px;border-bottom:1px solid #eef0f3;align-items:center}
.it.sel{background:#eef4ff}.ic{width:28px;height:28px;border-radius:6px;color:#fff;display:flex;align-items:center;
justify-content:center;font-weight:700}.it small{display:block;color:#6b7280}
.det{position:absolute;left:660px;top:70px;right:20px;bottom:16px;background:#fff;border-radius:8px;padding:18px 22px}
.det h2{margin:0 0 16px;font-size:19px}.f{border:1px solid #e5e7eb;border-radius:6px;padding:8px 12px;
margin-bottom:10px}
.f label{display:block;color:#6b7280;font-size:12px}.f span{font-family:'DejaVu Sans Mono',monospace}
.eye{float:right;color:#175ddc;cursor:pointer}.totp{font-size:18px;letter-spacing:2px}
"""

SCRIPT = """
document.getElementById('eye').addEventListener('click', () => {
  const p = document.getElementById('pw');
  p.textContent = p.dataset.shown ? '••••••••••••' : p.dataset.value;
  p.dataset.shown = p.dataset.shown ? '' : '1';
});
const q = document.getElementById('q');
q.addEventListener('input', () => {
  for (const it of document.querySelectorAll('.it'))
    it.style.display = it.dataset.k.includes(q.value.toLowerCase()) ? '' : 'none';
});
"""

SITES = [
    ("Amazon", "#ff9900"),
    ("British Gas", "#0a5eb0"),
    ("Council tax", "#4b5563"),
    ("HMRC", "#00703c"),
    ("Netflix", "#e50914"),
    ("NatWest", "#42145f"),
    ("Octopus Energy", "#e7247b"),
    ("Vodafone", "#e60000"),
]


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    name = fakes.person(fake)
    email = stage.pii(fakes.email_for(name, "gmail.com", rng), "EMAIL_ADDRESS")
    other = stage.pii(fakes.email_for(name, "outlook.com", rng), "EMAIL_ADDRESS")
    bank_user = stage.pii(f"{name.split(' ')[1].lower()}{rng.randint(10, 99)}", "USERNAME")
    password = stage.pii(fakes.password(rng, 14), "PASSWORD")
    answer = stage.pii(fake.last_name(), "PASSWORD", note="a security answer in the notes")
    totp = stage.pii(f"{rng.randint(100, 999)} {rng.randint(100, 999)}", "PASSWORD", note="a one-time code")
    accounts = [email if i % 3 else other for i in range(len(SITES))]
    accounts[5] = bank_user
    items = "".join(
        f'<div class="it{" sel" if i == 5 else ""}" data-k="{esc(s.lower())}"><div class="ic" style="background:{c}">'
        f"{esc(s[0])}</div><div>{esc(s)}<small>{esc(a)}</small></div></div>"
        for i, ((s, c), a) in enumerate(zip(SITES, accounts, strict=True))
    )
    body = f"""<div class="top"><b>🛡 Vault</b><input id="q" placeholder="Search vault" autocomplete="off">
<span style="margin-left:auto">{esc(email)}</span></div>
<nav><div class="on">All items</div><div>Favourites</div><div>Logins</div><div>Cards</div><div>Identities</div>
<div>Secure notes</div><div style="margin-top:20px">Folders</div><div>Bills</div><div>Banking</div></nav>
<div class="list">{items}</div>
<div class="det"><h2>NatWest</h2>
<div class="f"><label>Username</label><span>{esc(bank_user)}</span></div>
<div class="f"><label>Password</label><span id="pw" data-value="{esc(password)}">••••••••••••</span>
<span class="eye" id="eye">👁 Show</span></div>
<div class="f"><label>One-time password (TOTP)</label><span class="totp">{esc(totp)}</span> <small>21 s</small></div>
<div class="f"><label>Website</label><span>https://www.onlinebanking.natwest.com</span></div>
<div class="f"><label>Notes</label>Memorable place: {esc(answer)}</div></div>"""
    stage.page("vault/index.html", doc("Vault", CSS, body, SCRIPT))
    stage.keep("All items", "Favourites", "Logins", "Secure notes", "Folders", "Banking")
    stage.keep("Amazon", "British Gas", "Octopus Energy", "Username", "One-time password (TOTP)")
    chrome = stage.chrome("http://vault.example.com/vault/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    stage.click(*chrome.point("#eye"))
    stage.mark("password_shown")
    stage.pause(3.5)
    stage.click(*chrome.point("#eye"))
    stage.pause(1.5)
    stage.click(*chrome.point("#q"))
    desk.type("nat", typo_rate=0.0)
    stage.mark("searched")
    stage.pause(3.0)
    for _ in range(3):
        desk.key("BackSpace", pause=0.08)
    stage.pause(2.0)


SCENE = SceneSpec(
    name="password_vault",
    description="A password manager's vault in Chromium: eight logins (site over the account's e-mail or user "
    "name, no label), the selected bank login's details (username, a masked password revealed with the eye "
    "button then hidden, a six-digit one-time code, the website, a note with a security answer); then "
    "'nat' is typed in the search and erased.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=20.0,
    seed=18842,
    crf=24,
)
