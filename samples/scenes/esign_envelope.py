"""An e-signature service's envelope: its signers, the signed document's fields, the audit trail.

Why this screen: "I never got the contract to sign" has a technician open the sender's e-signature
account with them. The envelope page lists the recipients in routing order, each as a name over
an e-mail with a role ("Needs to sign", "Receives a copy") and a status ("Signed", "Delivered",
"Sent"); the document preview shows the filled-in fields (the signer's name typed into a "Full
name" tab, a date, a job title) and the signature itself drawn in a script font; the "History"
tab is an audit trail written as sentences: "Envelope sent to <First> <Last> (<e-mail>)",
"Viewed by <First> <Last>", "Signed by <First> <Last> using IP <ip>", "Certificate of completion
generated", each with a time. The technician opens the history and scrolls it.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Ottilie", "Cathal", "Nnamdi", "Branwen", "Tiberius", "Ysolde", "Emrys", "Zainab", "Leocadia"]

CSS = """
body{font-size:14px;background:#f5f6f8;color:#1f2933;margin:0}
.top{height:54px;background:#fff;border-bottom:1px solid #dde2e8;display:flex;align-items:center;
padding:0 24px;gap:24px}
.top b{font-size:19px;color:#3c2a8c}.top span{color:#52606d}
.wrap{display:grid;grid-template-columns:420px 1fr;gap:18px;padding:18px 24px}
.card{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:14px 18px;margin-bottom:14px}
.card h2{font-size:15px;margin:0 0 10px}
.rcp{display:grid;grid-template-columns:28px 1fr 90px;gap:8px;padding:8px 0;border-bottom:1px solid #eef1f4}
.rcp .n{font-weight:700}.rcp .e{font-size:12px;color:#616e7c}.rcp .r{font-size:12px;color:#3e4c59}
.rcp .s{font-size:12px;font-weight:700;color:#1f7a4d;text-align:right}
.num{width:22px;height:22px;border-radius:11px;background:#3c2a8c;color:#fff;text-align:center;line-height:22px;font-size:12px}
.docp{background:#fff;border:1px solid #cfd6de;padding:26px 34px;min-height:330px}
.docp h3{margin:0 0 14px;font-size:17px}
.fld{display:grid;grid-template-columns:130px 1fr;row-gap:10px;margin-top:14px}
.fld span{color:#616e7c}
.sig{font-family:'URW Chancery L','Z003','Comic Sans MS',cursive;font-size:30px;color:#163d8c}
.tabs{display:flex;gap:18px;margin-bottom:10px;color:#52606d}.tabs .on{color:#3c2a8c;font-weight:700}
.hist{max-height:250px;overflow-y:auto}
.ev{padding:7px 0;border-bottom:1px solid #eef1f4}.ev small{display:block;color:#7b8794;font-size:12px}
"""


def play(stage: Stage) -> None:
    gb, ie, us, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.fake("en_US"), stage.rng
    signer_first = rng.choice(RARE_FIRST)
    signer = stage.pii(f"{signer_first} {gb.last_name()}", "PERSON", note="the signer, a rare given name")
    signer_email = stage.pii(fakes.email_for(signer, "btinternet.com", rng), "EMAIL_ADDRESS")
    witness = stage.pii(fakes.person(ie), "PERSON", note="a second signer")
    witness_email = stage.pii(fakes.email_for(witness, "eircom.net", rng), "EMAIL_ADDRESS")
    sender = stage.pii(fakes.person(us), "PERSON", note="the sender, who receives a copy")
    sender_email = stage.pii(fakes.email_for(sender, "harbourlettings.co.uk", rng), "EMAIL_ADDRESS")
    signer_ip = stage.pii(fakes.ipv4(rng), "IP_ADDRESS", note="the signer's IP in the audit trail")
    witness_ip = stage.pii(fakes.ipv4(rng), "IP_ADDRESS")
    street = stage.pii(fakes.street(gb), "ADDRESS", note="the let property, in the document")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    recipients = [
        (1, signer, signer_email, "Needs to sign", "Signed"),
        (2, witness, witness_email, "Needs to sign", "Delivered"),
        (3, sender, sender_email, "Receives a copy", "Sent"),
    ]
    rcp = "".join(
        f'<div class="rcp"><div class="num">{n}</div><div><div class="n">{esc(name)}</div>'
        f'<div class="e">{esc(email)}</div><div class="r">{esc(role)}</div></div>'
        f'<div class="s">{esc(status)}</div></div>'
        for n, name, email, role, status in recipients
    )
    events = [
        (f"Envelope created by {sender}", "Mon 30 Nov 2026 09:14:02 GMT"),
        (f"Envelope sent to {signer} ({signer_email})", "Mon 30 Nov 2026 09:15:40 GMT"),
        (f"Envelope sent to {witness} ({witness_email})", "Mon 30 Nov 2026 09:15:41 GMT"),
        (f"Viewed by {signer} using IP {signer_ip}", "Tue 1 Dec 2026 18:02:11 GMT"),
        (f"Signed by {signer} using IP {signer_ip}", "Tue 1 Dec 2026 18:06:57 GMT"),
        (f"Viewed by {witness} using IP {witness_ip}", "Wed 2 Dec 2026 08:41:30 GMT"),
        (f"Reminder sent to {witness}", "Thu 3 Dec 2026 09:00:00 GMT"),
        ("Certificate of completion pending", "Thu 3 Dec 2026 09:00:01 GMT"),
    ]
    hist = "".join(f'<div class="ev">{esc(text)}<small>{esc(when)}</small></div>' for text, when in events)
    body = f"""<div class="top"><b>InkFlow Sign</b><span>Home</span><span>Agreements</span><span>Templates</span>
<span>Reports</span></div>
<div class="wrap"><div><div class="card"><h2>Tenancy agreement &middot; Envelope 7F3A-22C9</h2>
<div class="tabs"><span>Recipients</span></div>{rcp}</div>
<div class="card" id="histcard"><div class="tabs"><span>Recipients</span><span class="on" id="histtab">History</span>
<span>Attachments</span></div><div class="hist" id="hist">{hist}</div></div></div>
<div class="docp"><h3>Assured Shorthold Tenancy Agreement</h3>
<div>The property: {esc(street)}, {esc(postcode)}</div>
<div class="fld"><span>Tenant full name</span><div>{esc(signer)}</div><span>Date signed</span><div>01/12/2026</div>
<span>Occupation</span><div>Veterinary nurse</div><span>Signature</span><div class="sig">{esc(signer)}</div>
<span>Second tenant</span><div>{esc(witness)}</div><span>Signature</span><div class="e">Awaiting signature</div></div>
</div></div>"""
    stage.page("env/index.html", doc("Envelope - InkFlow Sign", CSS, body))
    stage.keep("Agreements", "Templates", "Needs to sign", "Receives a copy", "Assured Shorthold Tenancy Agreement")
    stage.keep("Tenant full name", "Date signed", "Veterinary nurse", "Awaiting signature", "Attachments")
    chrome = stage.chrome("http://app.inkflow.example/env/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point("#histtab"))
    x, y = chrome.point("#hist")
    desk.move(x, y)
    stage.pause(3.0)
    desk.scroll(2, pause=0.3)
    stage.mark("history_scrolled")
    stage.pause(3.0)
    desk.scroll(3, pause=0.3)
    stage.pause(3.0)
    desk.scroll(-5, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="esign_envelope",
    description="An e-signature service's envelope in Chromium: recipients in routing order (a name over an "
    "e-mail, role, status), the document preview with a tenant's name typed into a field and drawn as a "
    "script-font signature, the property's street and postcode, a second tenant; the History tab's audit "
    "trail ('Envelope sent to <First> <Last> (<e-mail>)', 'Signed by <First> <Last> using IP <ip>'), "
    "scrolled down and back. Names from en_GB, en_IE, en_US and rare given names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=66412,
    crf=24,
)
