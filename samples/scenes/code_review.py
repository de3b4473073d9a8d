"""A code-hosting site's pull request: the conversation, the commits, and a test fixture's diff.

Why this screen: "the CI fails on my branch" has a technician open a developer's pull request with
them. The conversation tab names people three ways: the author and reviewers by @login beside a
display name ("<First> <Last> requested changes", "<login> approved these changes"), the commits by
their author's name, and the commit message's trailers ("Co-authored-by: <First> <Last> <e-mail>",
"Signed-off-by: ..."). A reviewer writes "@<login> can you check the fixture?". The "Files changed"
tab shows the diff of a test fixture built from a real customer's record: a YAML with the name,
e-mail, phone and postcode on red "-" and green "+" lines. Avatars are circles with initials. The
technician scrolls from the conversation down to the diff.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Ifeoluwa", "Radomir", "Sunniva", "Eirlys", "Thandiwe", "Caoimhe", "Jarosław", "Oisín", "Bartholomew"]
RARE_LAST = ["Okonkwo-Reilly", "Przybylski", "Vanterpool", "Ní Bhriain", "Strachan-Odhiambo", "Quartermaine"]

CSS = """
body{font-size:14px;background:#fff;color:#1f2328;margin:0;font-family:'DejaVu Sans',Arial,sans-serif}
.top{height:48px;background:#24292f;color:#fff;display:flex;align-items:center;padding:0 20px;gap:20px}
.top b{font-size:16px}.top span{color:#d0d7de;font-size:13px}
.head{padding:14px 28px 0}.head h1{font-size:22px;font-weight:400;margin:0 0 6px}
.state{display:inline-block;background:#1f883d;color:#fff;border-radius:14px;padding:3px 10px;font-size:13px}
.tabs{display:flex;gap:22px;border-bottom:1px solid #d0d7de;padding:10px 28px 8px;color:#59636e}
.tabs .on{color:#1f2328;font-weight:700}
.wrap{display:grid;grid-template-columns:1fr 260px;gap:24px;padding:16px 28px}
.av{display:inline-block;width:26px;height:26px;border-radius:13px;background:#8250df;color:#fff;font-size:11px;
text-align:center;line-height:26px;font-weight:700;vertical-align:middle;margin-right:6px}
.cm{border:1px solid #d0d7de;border-radius:6px;margin-bottom:14px}
.cm .h{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:7px 12px;font-size:13px;color:#59636e}
.cm .h b{color:#1f2328}.cm .b{padding:10px 12px}
.ev{padding:6px 0 6px 8px;font-size:13px;color:#59636e}.ev b{color:#1f2328}
.commit{font-size:13px;padding:4px 0 4px 8px;display:grid;grid-template-columns:30px 1fr 80px}
.commit code{color:#0969da;text-align:right}
pre.msg{font-family:'DejaVu Sans Mono',monospace;font-size:12.5px;background:#f6f8fa;padding:8px 10px;
margin:6px 0 12px 8px;white-space:pre-wrap}
.side h3{font-size:12px;color:#59636e;margin:0 0 6px}.side div{font-size:13px;margin-bottom:6px}
.side .sec{border-bottom:1px solid #d0d7de;padding-bottom:10px;margin-bottom:10px}
.file{border:1px solid #d0d7de;border-radius:6px;margin:6px 28px 20px}
.file .h{background:#f6f8fa;padding:7px 12px;font-family:'DejaVu Sans Mono',monospace;font-size:13px;
border-bottom:1px solid #d0d7de}
.dl{font-family:'DejaVu Sans Mono',monospace;font-size:13px;display:grid;grid-template-columns:44px 44px 1fr;
white-space:pre}
.dl span{color:#8c959f;text-align:right;padding-right:8px}
.del{background:#ffebe9}.add{background:#dafbe1}.hunk{background:#ddf4ff;color:#59636e}
"""


def _initials(name: str) -> str:
    parts = name.replace("-", " ").split()
    return (parts[0][0] + parts[-1][0]).upper()


def play(stage: Stage) -> None:
    gb, ie, us, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.fake("en_US"), stage.rng
    author = stage.pii(f"{rng.choice(RARE_FIRST)} {gb.last_name()}", "PERSON", note="the author, a rare given name")
    author_login = stage.pii(fakes.initial_login(author) + "-dev", "USERNAME", note="the author's @login")
    reviewer = stage.pii(f"{ie.first_name()} {rng.choice(RARE_LAST)}", "PERSON", note="requested changes")
    reviewer_login = stage.pii(reviewer.split()[0].lower() + str(rng.randint(10, 99)), "USERNAME")
    approver = stage.pii(fakes.person(us), "PERSON", note="approved")
    approver_login = stage.pii(fakes.initial_login(approver), "USERNAME")
    coauthor = stage.pii(fakes.person(gb), "PERSON", note="Co-authored-by trailer")
    coauthor_email = stage.pii(fakes.email_for(coauthor, "users.noreply.gitforge.example", rng), "EMAIL_ADDRESS")
    author_email = stage.pii(fakes.email_for(author, "northwind-labs.co.uk", rng), "EMAIL_ADDRESS", note="sign-off")
    cust = stage.pii(f"{gb.first_name()} {rng.choice(RARE_LAST[2:])}", "PERSON", note="the fixture's customer, old")
    cust_new = stage.pii(f"{rng.choice(RARE_FIRST)} {ie.last_name()}", "PERSON", note="the fixture's customer, new")
    cust_email = stage.pii(fakes.email_for(cust, "gmail.com", rng), "EMAIL_ADDRESS", note="fixture - line")
    cust_new_email = stage.pii(fakes.email_for(cust_new, "hotmail.co.uk", rng), "EMAIL_ADDRESS", note="fixture + line")
    cust_phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER", note="fixture - line")
    cust_new_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="fixture + line")
    cust_street = stage.pii(fakes.street(gb), "ADDRESS", note="fixture")
    cust_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="fixture - line")
    cust_new_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="fixture + line")

    def av(name: str) -> str:
        return f'<span class="av">{_initials(name)}</span>'

    commits = [
        (author, "Add invoice export for archived customers", "3f9a2c1"),
        (coauthor, "Fix rounding in VAT totals", "b71e04d"),
        (author, "Update customer fixture", "e5520af"),
    ]
    clist = "".join(
        f'<div class="commit">{av(who)}<div>{esc(msg)} <span style="color:#59636e">&middot; {esc(who)}</span></div>'
        f"<code>{sha}</code></div>"
        for who, msg, sha in commits
    )
    msg = (
        "Update customer fixture\n\nThe export test needs a customer with a non-ASCII name.\n\n"
        f"Co-authored-by: {coauthor} <{coauthor_email}>\nSigned-off-by: {author} <{author_email}>"
    )
    conv = f"""<div class="cm"><div class="h">{av(author)}<b>{esc(author_login)}</b> commented 3 days ago</div>
<div class="b">Adds the CSV export for archived customers. The fixture was taken from a support ticket.</div></div>
<div class="ev">{av(author)}<b>{esc(author)}</b> added 3 commits</div>{clist}
<pre class="msg">{esc(msg)}</pre>
<div class="ev">{av(reviewer)}<b>{esc(reviewer)}</b> requested changes &middot; yesterday</div>
<div class="cm"><div class="h">{av(reviewer)}<b>{esc(reviewer_login)}</b> left a comment</div>
<div class="b">@{esc(author_login)} can you check the fixture? It looks like real customer data.</div></div>
<div class="ev">{av(approver)}<b>{esc(approver_login)}</b> approved these changes</div>"""
    side = f"""<div class="side"><div class="sec"><h3>Reviewers</h3><div>{av(reviewer)}{esc(reviewer_login)}</div>
<div>{av(approver)}{esc(approver_login)}</div></div>
<div class="sec"><h3>Assignees</h3><div>{av(author)}{esc(author_login)}</div></div>
<div class="sec"><h3>Labels</h3><div>needs-review</div></div>
<div><h3>Milestone</h3><div>Release 4.2</div></div></div>"""
    lines = [
        ("hunk", "", "", "@@ -4,9 +4,9 @@ customers:"),
        ("", "4", "4", "  - id: 10442"),
        ("del", "5", "", f'-    name: "{cust}"'),
        ("del", "6", "", f"-    email: {cust_email}"),
        ("del", "7", "", f'-    phone: "{cust_phone}"'),
        ("add", "", "5", f'+    name: "{cust_new}"'),
        ("add", "", "6", f"+    email: {cust_new_email}"),
        ("add", "", "7", f'+    phone: "{cust_new_phone}"'),
        ("", "8", "8", "    address:"),
        ("", "9", "9", f'      line1: "{cust_street}"'),
        ("del", "10", "", f'-      postcode: "{cust_pc}"'),
        ("add", "", "10", f'+      postcode: "{cust_new_pc}"'),
        ("", "11", "11", "    archived: true"),
    ]
    diff = "".join(f'<div class="{c}"><span>{a}</span><span>{b}</span>{esc(t)}</div>' for c, a, b, t in lines)
    body = f"""<div class="top"><b>GitForge</b><span>Pull requests</span><span>Issues</span><span>Actions</span></div>
<div class="head"><h1>Archived customer export #1287</h1><span class="state">Open</span>
<span style="color:#59636e;font-size:13px"> {esc(author_login)} wants to merge 3 commits into main</span></div>
<div class="tabs"><span class="on">Conversation</span><span>Commits 3</span><span>Checks 2</span>
<span>Files changed 4</span></div>
<div class="wrap"><div>{conv}</div>{side}</div>
<div class="tabs" id="files"><span>Conversation</span><span class="on">Files changed 4</span></div>
<div class="file"><div class="h">tests/fixtures/customers.yaml</div><div class="dl">{diff}</div></div>
<div style="height:300px"></div>"""
    stage.page("acme/billing/pull/1287/index.html", doc("Archived customer export - GitForge", CSS, body))
    stage.keep("Conversation", "Files changed", "Reviewers", "Assignees", "requested changes", "approved these changes")
    stage.keep("Update customer fixture", "Fix rounding in VAT totals", "archived: true", "customers.yaml")
    stage.chrome("http://gitforge.example/acme/billing/pull/1287/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    desk.move(500, 450)
    desk.scroll(3, pause=0.3)
    stage.pause(3.5)
    desk.scroll(3, pause=0.3)
    stage.mark("diff_shown")
    stage.pause(4.0)
    desk.scroll(3, pause=0.3)
    stage.pause(4.0)
    desk.scroll(-9, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="code_review",
    description="A code-hosting site's pull request in Chromium: the conversation (author and reviewers by @login "
    "and display name, '<First> <Last> requested changes', '<login> approved these changes'), three commits "
    "with their authors' names, a commit message with 'Co-authored-by: <First> <Last> <e-mail>' and "
    "'Signed-off-by:' trailers, '@<login> can you check the fixture?', then the diff of a YAML test fixture "
    "(a customer's name, e-mail, phone and postcode on red '-' and green '+' lines), avatars as initials; "
    "scrolled down to the diff and back. Names from en_GB, en_IE, en_US and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=28.0,
    seed=66531,
    crf=24,
)
