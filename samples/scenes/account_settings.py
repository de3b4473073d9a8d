"""An operating system's account settings: your info, family, other users, e-mail accounts, sign-in.

Why this screen: a technician setting up a customer's PC walks through Windows-11-like
"Settings > Accounts". The pages are cards of large, light-on-dark text with no labels beside the
values: the signed-in user's display name and Microsoft account e-mail beside a profile circle with
initials, family members as a name over an e-mail with a role caption ("Child, age 11", "Can sign
in"), other users (a name over an e-mail, or a local user name), the work and personal e-mail
accounts used by Mail, Calendar and People, and the sign-in options with a recovery phone shown
as dots and its last three digits and a full recovery e-mail. The technician opens "Add account"
and types a new user's e-mail into the dialog.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-family:'Segoe UI Variable','Segoe UI','Noto Sans','Liberation Sans',Arial,sans-serif;background:#1c1c1c;
 color:#fff;font-size:14px;overflow:hidden}
.app{position:absolute;inset:0;display:flex}
.title{position:absolute;top:0;left:0;right:0;height:36px;padding:9px 16px;font-size:12px;color:#ccc}
.side{width:300px;padding:48px 8px 0 16px;flex:none}
.me{display:flex;gap:14px;align-items:center;margin:0 0 18px 4px}
.circ{border-radius:50%;background:#4f6bed;display:flex;align-items:center;justify-content:center;font-weight:600;
 flex:none}
.me .circ{width:62px;height:62px;font-size:22px}.me b{display:block;font-size:14px;font-weight:600}
.me small{color:#c5c5c5;font-size:12px}
.find{background:#2d2d2d;border-radius:4px;padding:7px 12px;color:#9d9d9d;margin:0 6px 12px 0;
 border-bottom:1px solid #8a8a8a}
.nav div{padding:8px 12px;border-radius:4px;margin:1px 6px 1px 0;color:#e0e0e0}
.nav div.on{background:#2d2d2d;box-shadow:inset 3px 0 0 #60cdff}
main{flex:1;padding:44px 36px 0 20px;overflow-y:auto}
h1{font-size:28px;font-weight:600;margin:0 0 18px}h1 span{color:#c5c5c5;cursor:pointer}
.pg{display:none}.pg.on{display:block}
.hero{display:flex;gap:22px;align-items:center;background:#2b2b2b;border-radius:6px;padding:20px;margin-bottom:8px}
.hero .circ{width:96px;height:96px;font-size:34px}.hero b{font-size:19px;font-weight:600;display:block}
.hero small{display:block;color:#c5c5c5;margin-top:2px}
.badge{display:inline-block;margin-top:6px;font-size:12px;border:1px solid #5a5a5a;border-radius:4px;
 padding:1px 7px;color:#d0d0d0}
.card{display:flex;align-items:center;gap:16px;background:#2b2b2b;border-radius:6px;padding:14px 18px;margin:3px 0}
.card .ic{width:24px;text-align:center;color:#d0d0d0}.card .t{flex:1}.card small{display:block;color:#c5c5c5;
 font-size:12px}
.card .go{color:#c5c5c5}.card .btn{background:#3a3a3a;border:1px solid #4a4a4a;border-radius:4px;padding:5px 14px}
.card .btn.acc{background:#60cdff;color:#000;border:0}
.card .circ{width:36px;height:36px;font-size:13px}
h2{font-size:14px;font-weight:600;margin:18px 0 6px}
#dlg{position:absolute;inset:0;background:rgba(0,0,0,.55);display:none;align-items:center;justify-content:center}
#dlg .box{width:460px;background:#2b2b2b;border:1px solid #444;border-radius:8px;padding:26px 28px}
#dlg h3{font-size:20px;font-weight:600;margin:0 0 8px}#dlg p{color:#c5c5c5;font-size:13px;margin:0 0 16px}
#dlg input{width:100%;background:#1f1f1f;border:1px solid #555;border-bottom:2px solid #60cdff;color:#fff;
 padding:8px 10px;border-radius:4px;font-size:14px}
#dlg .row{display:flex;justify-content:flex-end;gap:8px;margin-top:22px}
#dlg .row span{background:#3a3a3a;padding:6px 18px;border-radius:4px}#dlg .row span.acc{background:#60cdff;color:#000}
"""

SCRIPT = """
function go(id){
  for (const p of document.querySelectorAll('.pg')) p.classList.toggle('on', p.id === id);
  document.querySelector('main').scrollTop = 0;
}
for (const c of document.querySelectorAll('[data-go]')) c.addEventListener('click', () => go(c.dataset.go));
document.getElementById('add').addEventListener('click', () => {
  document.getElementById('dlg').style.display = 'flex'; document.getElementById('em').focus(); });
"""

COLORS = ["#4f6bed", "#c239b3", "#0078d4", "#ca5010", "#498205", "#8764b8"]


def _ini(name: str) -> str:
    return "".join(w[0] for w in name.split()[:2]).upper()


def _card(title: str, sub: str = "", icon: str = "", right: str = '<span class="go">›</span>', attrs: str = "") -> str:
    sub_html = f"<small>{sub}</small>" if sub else ""
    return f'<div class="card"{attrs}><span class="ic">{icon}</span><div class="t">{title}{sub_html}</div>{right}</div>'


def _person(name: str, line2: str, caption: str, color: str, right: str = '<span class="go">⌄</span>') -> str:
    return (
        f'<div class="card"><div class="circ" style="background:{color}">{_ini(name)}</div><div class="t">'
        f"{esc(name)}<small>{esc(line2)}</small></div><small>{esc(caption)}</small>{right}</div>"
    )


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    owner = stage.pii(fakes.person(fake), "PERSON")
    first, last = owner.split(" ", 1)
    surname = last
    owner_mail = stage.pii(fakes.email_for(owner, "outlook.com", rng), "EMAIL_ADDRESS")
    partner = stage.pii(f"{fake.first_name()} {surname}", "PERSON")
    partner_mail = stage.pii(fakes.email_for(partner, "hotmail.co.uk", rng), "EMAIL_ADDRESS")
    child = stage.pii(f"{fake.first_name()} {surname}", "PERSON")
    child_mail = stage.pii(fakes.email_for(child, "outlook.com", rng), "EMAIL_ADDRESS")
    teen = stage.pii(f"{fake.first_name()} {surname}", "PERSON")
    teen_mail = stage.pii(fakes.email_for(teen, "outlook.com", rng), "EMAIL_ADDRESS")
    lodger = stage.pii(fakes.person(fake), "PERSON")
    lodger_mail = stage.pii(fakes.email_for(lodger, "gmail.com", rng), "EMAIL_ADDRESS")
    local = stage.pii(f"{first.lower()}{surname[0].lower()}", "USERNAME", note="a local account's user name")
    work_mail = stage.pii(fakes.email_for(owner, "brightwellgroup.co.uk", rng), "EMAIL_ADDRESS")
    personal = stage.pii(
        f"{first.lower()}.{surname.lower().replace(' ', '').replace('-', '')}{rng.randint(70, 99)}@gmail.com",
        "EMAIL_ADDRESS",
    )
    recovery = stage.pii(fakes.email_for(partner, "gmail.com", rng), "EMAIL_ADDRESS", note="the recovery e-mail")
    new_mail = stage.pii(
        f"{fake.first_name().lower()}.{fake.last_name().lower()}@outlook.com", "EMAIL_ADDRESS", note="typed"
    )
    last3 = str(rng.randint(100, 999))
    side = (
        f'<div class="side"><div class="me"><div class="circ">{_ini(owner)}</div><div><b>{esc(owner)}</b>'
        f'<small>{esc(owner_mail)}</small></div></div><div class="find">Find a setting</div><div class="nav">'
        + "".join(
            f"<div{' class=on' if n == 'Accounts' else ''}{' data-go=home' if n == 'Accounts' else ''}>{n}</div>"
            for n in [
                "System",
                "Bluetooth &amp; devices",
                "Network &amp; internet",
                "Personalisation",
                "Apps",
                "Accounts",
                "Time &amp; language",
                "Gaming",
                "Accessibility",
                "Privacy &amp; security",
                "Windows Update",
            ]
        )
        + "</div></div>"
    )
    crumb = '<h1><span data-go="home">Accounts</span> &nbsp;›&nbsp; {}</h1>'
    home = (
        '<div class="pg on" id="home"><h1>Accounts</h1>'
        f'<div class="hero"><div class="circ">{_ini(owner)}</div><div><b>{esc(owner.upper())}</b>'
        f"<small>{esc(owner_mail)}</small><small>Administrator</small></div></div>"
        "<h2>Account settings</h2>"
        + _card("Your info", "Profile photo", "👤", attrs=' data-go="info" id="c-info"')
        + _card(
            "Sign-in options",
            "Windows Hello, security key, password, dynamic lock",
            "🔑",
            attrs=' data-go="signin" id="c-signin"',
        )
        + _card(
            "Email &amp; accounts",
            "Accounts used by email, calendar and contacts",
            "✉",
            attrs=' data-go="mail" id="c-mail"',
        )
        + _card(
            "Family",
            "Manage your family group, edit account types and device permissions",
            "♡",
            attrs=' data-go="family" id="c-family"',
        )
        + _card("Windows backup", "Back up your files, apps, preferences to restore them across devices", "⟳")
        + _card(
            "Other users",
            "Device access, work or school users, kiosk assigned access",
            "👥",
            attrs=' data-go="others" id="c-others"',
        )
        + "</div>"
    )
    info = (
        f'<div class="pg" id="info">{crumb.format("Your info")}'
        f'<div class="hero"><div class="circ">{_ini(owner)}</div><div><b>{esc(owner)}</b>'
        f'<small>{esc(owner_mail)}</small><span class="badge">Local account</span></div></div>'
        "<h2>Adjust your photo</h2>"
        + _card("Take a photo", "", "📷", '<span class="btn">Open camera</span>')
        + _card("Choose a file", "", "🖼", '<span class="btn">Browse files</span>')
        + "<h2>Account settings</h2>"
        + _card("Sign in with a Microsoft account instead", "", "⇄", '<span class="btn">Sign in</span>')
        + _card("Accounts", "Manage my accounts", "⧉", '<span class="go">↗</span>')
        + "</div>"
    )
    family = (
        f'<div class="pg" id="family">{crumb.format("Family")}'
        + _card(
            "Your family",
            "Manage family settings for screen time, spending and content filters",
            "♡",
            '<span class="btn acc">Add someone</span>',
        )
        + "<h2>Your family</h2>"
        + _person(owner, owner_mail, "Organiser", COLORS[0])
        + _person(partner, partner_mail, "Organiser · Can sign in", COLORS[1])
        + _person(teen, teen_mail, "Member, age 14 · Can sign in", COLORS[2])
        + _person(child, child_mail, "Child, age 11 · Can sign in", COLORS[3])
        + _card("Open Family app", "", "↗", "")
        + "</div>"
    )
    others = (
        f'<div class="pg" id="others">{crumb.format("Other users")}'
        + _card("Add other user", "", "➕", '<span class="btn" id="add">Add account</span>')
        + "<h2>Other users</h2>"
        + _person(lodger, lodger_mail, "Microsoft account", COLORS[4])
        + _person(local, "Local account", "Administrator", COLORS[5])
        + "<h2>Set up a kiosk</h2>"
        + _card("Kiosk", "Turn this device into a digital sign", "▣", '<span class="btn">Get started</span>')
        + "</div>"
    )
    mail = (
        f'<div class="pg" id="mail">{crumb.format("Email &amp; accounts")}'
        "<h2>Accounts used by email, calendar and contacts</h2>"
        + _card(esc(work_mail), "Used by Mail, Calendar and People", "🏢", '<span class="btn">Manage</span>')
        + _card(esc(personal), "Used by Mail, Calendar and People", "✉", '<span class="btn">Manage</span>')
        + _card("Add an account", "", "➕", '<span class="btn">Add account</span>')
        + "<h2>Accounts used by other apps</h2>"
        + _card(esc(owner_mail), "Microsoft account", "⊞", '<span class="btn">Manage</span>')
        + "</div>"
    )
    signin = (
        f'<div class="pg" id="signin">{crumb.format("Sign-in options")}'
        "<h2>Ways to sign in</h2>"
        + _card("Facial recognition (Windows Hello)", "This option is currently unavailable", "☺")
        + _card("Fingerprint recognition (Windows Hello)", "This option is currently unavailable", "☝")
        + _card("PIN (Windows Hello)", "PIN is set (recommended)", "⋯", '<span class="btn">Remove</span>')
        + _card("Security key", "Sign in with a physical security key", "🔐")
        + _card("Password", "Sign in with your account's password", "🔑")
        + "<h2>Account recovery</h2>"
        + _card("Recovery phone", f"•••• ••• {last3}", "☎", '<span class="btn">Change</span>')
        + _card("Recovery email", esc(recovery), "✉", '<span class="btn">Change</span>')
        + "</div>"
    )
    dlg = (
        '<div id="dlg"><div class="box"><h3>Microsoft account</h3><p>How will this person sign in? Enter the email '
        "address or phone number of the person you want to add.</p>"
        '<input id="em" placeholder="Email or phone" autocomplete="off">'
        "<p style=\"margin-top:10px\">I don't have this person's sign-in information</p>"
        '<div class="row"><span class="acc">Next</span><span>Cancel</span></div></div></div>'
    )
    body = (
        f'<div class="app"><div class="title">Settings</div>{side}<main>{home}{info}{family}{others}{mail}{signin}'
        f"</main>{dlg}</div>"
    )
    stage.page("ms-settings/accounts.html", doc("Settings", CSS, body, SCRIPT))
    stage.keep("Find a setting", "Bluetooth & devices", "Network & internet", "Windows Update", "Accounts")
    stage.keep("Used by Mail, Calendar and People", "Sign-in options", "Recovery phone", "Child, age 11 · Can sign in")
    chrome = stage.chrome("http://settings.example.com/ms-settings/accounts.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(2.5)
    for card in ("info", "family", "mail", "signin", "others"):
        stage.click(*chrome.point(f"#c-{card}"))
        stage.mark(f"page_{card}")
        stage.pause(2.6)
        if card == "signin":
            desk.scroll(3, pause=0.25)
            stage.pause(1.8)
        if card != "others":
            stage.click(*chrome.point(f"#{card} h1 span"))
            stage.pause(0.9)
    stage.click(*chrome.point("#add"))
    stage.mark("add_dialog")
    stage.pause(1.0)
    desk.type(new_mail, typo_rate=0.03, delay_ms=95)
    stage.mark("email_typed")
    stage.pause(3.0)


SCENE = SceneSpec(
    name="account_settings",
    description="A Windows-11-like Settings > Accounts in Chromium (dark theme): the signed-in user's name and "
    "Microsoft account e-mail beside an initials circle (side bar and header, once in capitals), Your info "
    "with a 'Local account' badge, Family (four members: name over e-mail, 'Child, age 11 · Can sign in'), "
    "Email & accounts (a work and a personal address 'Used by Mail, Calendar and People'), Sign-in options "
    "(PIN set, a recovery phone as dots and three digits, the recovery e-mail), Other users (a Microsoft "
    "account and a local user name), and the Add account dialog with an e-mail typed key by key.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=34.0,
    seed=70943,
    crf=24,
)
