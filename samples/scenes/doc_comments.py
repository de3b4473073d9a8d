"""A shared document in an online editor: margin comments, suggestions, the share dialog.

Why this screen: a technician fixing access to a document the customer cannot share opens the
online editor, and everything around the text names people with no caption before them: the
avatars of who is viewing it now (initials, a hover tooltip with the full name), margin comments
headed by their author and time ("<First> <Last> · 10:42 Today", "@<First> can you check the
figures?"), a suggestion card ("<First> <Last> suggested: Replace ..."), a "Resolved by" line,
the version history ("<First> <Last> edited · 3 Dec, 14:02"), and the share dialog that lists
people with access (name over e-mail, "Owner" / "Editor" / "Viewer"), the owner marked "(you)",
and an e-mail typed into "Add people" by the technician. The document's own text is a policy
draft with no personal data in it.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Oisin", "Tendai", "Eilidh", "Kwame", "Niamh", "Anwen", "Chidi", "Saoirse", "Emeka"]
PARAGRAPHS = [
    "Remote working policy 2027",
    "1. Purpose. This policy sets out how staff may work away from the office while keeping "
    "customer information safe and meeting the service levels agreed with clients.",
    "2. Equipment. Company laptops must run the managed build, with disk encryption turned on "
    "and updates installed within seven days of release.",
    "3. Expenses. A monthly allowance covers broadband and electricity; claims above the "
    "allowance need a manager's approval before the end of the quarter.",
    "4. Security. Screens must be locked when unattended, and printed documents holding client "
    "details are shredded, never left in the recycling.",
]

CSS = """
body{background:#f8f9fa;font-size:13px}
.bar{display:flex;align-items:center;gap:10px;padding:8px 14px;background:#fff;border-bottom:1px solid #dadce0}
.title{font-size:17px}.grow{flex:1}
.av{width:28px;height:28px;border-radius:50%;color:#fff;font-weight:700;text-align:center;line-height:28px;
 font-size:12px;display:inline-block;margin-left:-4px;border:2px solid #fff}
.share{background:#c2e7ff;border-radius:18px;padding:8px 18px;font-weight:700}
.main{display:grid;grid-template-columns:1fr 300px;gap:16px;padding:16px 40px;height:calc(100% - 50px);overflow:auto}
.page{background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.2);padding:40px 56px;font-size:14px;line-height:1.55}
.page h1{font-size:20px}.hl{background:#fde293}
.cm{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.25);padding:10px 12px;margin-bottom:12px}
.cm b{display:block}.cm small{color:#5f6368}.cm p{margin:6px 0}
.tip{position:absolute;background:#3c4043;color:#fff;padding:4px 8px;border-radius:4px;font-size:12px;display:none}
.dlg{position:fixed;left:330px;top:90px;width:560px;background:#fff;border-radius:8px;
 box-shadow:0 4px 16px rgba(0,0,0,.35);padding:20px 24px;display:none}
.dlg h2{font-size:20px;font-weight:400;margin:0 0 12px}
.dlg input{width:100%;padding:10px;border:1px solid #80868b;border-radius:4px}
.who{display:grid;grid-template-columns:36px 1fr 90px;align-items:center;padding:6px 0}
.who small{color:#5f6368;display:block}
.hist{font-size:12px;color:#3c4043}.hist div{padding:3px 0}
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    fake_ie = stage.fake("en_IE")
    owner = stage.pii(f"{rng.choice(RARE_FIRST)} {fake_ie.last_name()}", "PERSON", note="the owner: '(you)'")
    people = [stage.pii(fakes.person(fake), "PERSON") for _ in range(3)]
    commenter = people[0]
    mention = stage.pii(people[1].split()[0], "PERSON", note="'@<First>' in a comment")
    emails = [stage.pii(fakes.email_for(n, "northwind-legal.co.uk", rng), "EMAIL_ADDRESS") for n in [owner, *people]]
    typed = stage.pii(fakes.email_for(fakes.person(fake), "gmail.com", rng), "EMAIL_ADDRESS", note="typed")
    colours = ["#1a73e8", "#e8710a", "#188038", "#a142f4"]
    avatars = "".join(
        f'<span class="av" style="background:{c}" title="{esc(n)}">{esc(n[0])}{esc(n.split()[-1][0])}</span>'
        for c, n in zip(colours, [owner, *people], strict=True)
    )
    text = "".join(f"<p>{esc(p)}</p>" if i else f"<h1>{esc(p)}</h1>" for i, p in enumerate(PARAGRAPHS))
    text = text.replace("seven days", '<span class="hl">seven days</span>')
    comments = (
        f'<div class="cm"><b>{esc(commenter)}</b><small>10:42 Today</small>'
        f"<p>@{esc(mention)} can you check this against the security standard?</p></div>"
        f'<div class="cm"><b>{esc(people[1])}</b><small>11:05 Today</small>'
        "<p>Agreed, fourteen days is what IT can do.</p>"
        f"<small>Resolved by {esc(people[2])}</small></div>"
        f'<div class="cm"><b>{esc(people[2])}</b><small>Yesterday</small>'
        "<p>Suggested: Replace “seven days” with “fourteen days”</p></div>"
    )
    history = "".join(
        f"<div>{esc(n)} edited · {d}</div>"
        for n, d in [(people[2], "4 Dec, 09:12"), (commenter, "3 Dec, 14:02"), (owner, "1 Dec, 16:40")]
    )
    roles = ["Owner", "Editor", "Editor", "Viewer"]
    access = "".join(
        f'<div class="who"><span class="av" style="background:{c}">{esc(n[0])}</span>'
        f"<div>{esc(n)}{' (you)' if i == 0 else ''}<small>{esc(e)}</small></div><div>{r}</div></div>"
        for i, (c, n, e, r) in enumerate(zip(colours, [owner, *people], emails, roles, strict=True))
    )
    body = f"""<div class="bar"><span class="title">Remote working policy 2027</span>
<span class="grow"></span><span>{avatars}</span><button class="share" id="share">Share</button></div>
<div class="main"><div class="page">{text}</div><div>{comments}
<div class="cm hist"><b>Version history</b>{history}</div></div></div>
<div class="dlg" id="dlg"><h2>Share “Remote working policy 2027”</h2>
<input id="add" placeholder="Add people, groups and calendar events">
<h4>People with access</h4>{access}<h4>General access</h4><div>Restricted · Only people with access can open</div></div>
<script>document.getElementById('share').onclick=()=>{{document.getElementById('dlg').style.display='block'}};</script>"""
    stage.page("docs/d/policy.html", doc("Remote working policy 2027 - Docs", CSS, body))
    stage.keep(PARAGRAPHS[0], "Version history", "People with access", "General access", "Restricted")
    stage.keep("Owner", "Editor", "Viewer", "Share", "customer information safe", "disk encryption")
    chrome = stage.chrome("http://docs.example.com/docs/d/policy.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    desk.move(*chrome.point(".page"))
    desk.scroll(3, pause=0.3)
    stage.pause(2.5)
    desk.scroll(-3, pause=0.3)
    stage.mark("comments_read")
    stage.pause(2.0)
    stage.click(*chrome.point("#share"))
    stage.mark("share_opened")
    stage.pause(2.0)
    stage.click(*chrome.point("#add"))
    desk.type(typed, typo_rate=0.0, delay_ms=70)
    stage.mark("email_typed")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="doc_comments",
    description="A shared document in an online editor (en_GB/en_IE names) in Chromium: avatars of who views it, "
    "margin comments headed '<First> <Last>' with times, '@<First>' in a comment, 'Resolved by <First> <Last>', a "
    "suggestion, the version history ('<First> <Last> edited · <date>'); the document scrolled; the share dialog "
    "(people with access: name over e-mail, Owner / Editor / Viewer, '(you)') opened and an e-mail typed into "
    "'Add people'. The document's text is a policy draft with no personal data.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=50231,
    crf=24,
)
