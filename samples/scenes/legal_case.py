"""A law firm's case management: one matter's page, its parties, key dates, time entries and documents.

Why this screen: "the time entries won't save" has a technician open a Clio-like matter page with a
solicitor. The matter is named after the parties ("<Last> v <Last> Holdings Ltd"); the client's details
(name, address, phone, e-mail, date of birth); the opposing party (a company) and its solicitor (name,
firm, e-mail, DX number); key dates (a hearing); a time-entries table whose descriptions name people
in passing ("Call with <First> re disclosure", "Letter to <Last>'s solicitors"); and a documents list
whose file names carry surnames ("Witness statement - <Last>.pdf"). The technician scrolls down to
the documents and back.
"""

from __future__ import annotations

import unicodedata

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Aoibheann", "Cadfael", "Ekaterina", "Olusegun", "Máirtín", "Hafsa", "Leontyne", "Brochan"]
RARE_LAST = ["Featherstonhaugh", "Okafor-Lindqvist", "Ó Dálaigh", "Szczepanik", "Rosewarne", "Kettlewell"]

CSS = """
body{font-size:14px;background:#f5f6f8;color:#1d2433}
.top{height:50px;background:#0b3a5b;color:#fff;display:flex;align-items:center;padding:0 22px;gap:24px}
.top b{font-size:18px}.top span{color:#c7d6e3;font-size:14px}
.head{background:#fff;border-bottom:1px solid #d8dde3;padding:12px 26px}
.head h1{font-size:22px;margin:0 0 4px;font-weight:600}.head small{color:#5b6675;font-size:13px}
.tabs{display:flex;gap:26px;padding:10px 26px 0;background:#fff;border-bottom:1px solid #d8dde3;color:#5b6675}
.tabs span{padding-bottom:8px}.tabs .on{color:#0b6bcb;border-bottom:2px solid #0b6bcb;font-weight:600}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:16px;padding:16px 26px}
.box{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:10px 14px}
.box h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#5b6675;margin:0 0 8px}
.kv{display:grid;grid-template-columns:110px 1fr;font-size:13px;gap:4px 8px}.kv span{color:#5b6675}
.sec{padding:0 26px 12px}.sec h2{font-size:16px;margin:6px 0 8px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border-bottom:1px solid #e3e7ec;padding:6px 10px;text-align:left}th{background:#eef1f5;color:#3c4757}
"""


def _ascii(name: str) -> str:
    """The name as an e-mail address writes it: accents dropped."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def play(stage: Stage) -> None:
    gb, ie, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.rng
    c_first, c_last = rng.choice(RARE_FIRST), rng.choice(RARE_LAST)
    client = stage.pii(f"{c_first} {c_last}", "PERSON", note="the client, rare names")
    c_last = client.split(" ", 1)[1]
    opp_last = gb.last_name()
    opp_co = f"{opp_last} Holdings Ltd"
    stage.pii(opp_last, "PERSON", note="the surname in the company's name and the matter's title", scored=False)
    c_street = stage.pii(fakes.street(gb), "ADDRESS", note="the client's")
    c_town = rng.choice(fakes.UK_CITIES)
    c_pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="the client's")
    c_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="the client's")
    c_email = stage.pii(fakes.email_for(_ascii(client), "icloud.com", rng), "EMAIL_ADDRESS", note="the client's")
    c_dob = stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH", note="the client's")
    sol = stage.pii(f"{ie.first_name()} {rng.choice(RARE_LAST[3:])}", "PERSON", note="the opposing solicitor")
    sol_email = stage.pii(
        fakes.email_for(_ascii(sol), "hargreaves-pell.co.uk", rng), "EMAIL_ADDRESS", note="the opposing solicitor's"
    )
    dx = f"DX {rng.randint(10000, 99999)} Manchester {rng.randint(1, 9)}"
    witness = stage.pii(f"{gb.first_name()} {gb.last_name()}", "PERSON", note="a witness, in a file name")
    w_last = stage.pii(witness.split()[-1], "PERSON", note="the witness's surname alone, in a file name")
    w_first = witness.split()[0]
    expert_last = stage.pii(
        rng.choice([n for n in RARE_LAST if n != c_last]), "PERSON", note="the expert's surname alone, in a file name"
    )
    fee_earner = stage.pii(fakes.person(gb), "PERSON", note="the fee earner, in the time entries")

    matter = f"{c_last} v {opp_co}"
    entries = [
        ("01/12/2026", f"Call with {c_first} re disclosure", "0.4", "£98.00"),
        ("02/12/2026", f"Letter to {opp_last} Holdings' solicitors re inspection", "0.6", "£147.00"),
        ("03/12/2026", f"Meeting with {w_first} {w_last} to take statement", "1.8", "£441.00"),
        ("04/12/2026", f"Review report of Dr {expert_last}", "1.2", "£294.00"),
    ]
    trows = "".join(
        f"<tr><td>{esc(d)}</td><td>{esc(fee_earner)}</td><td>{esc(t)}</td><td>{h}</td><td>{esc(a)}</td></tr>"
        for d, t, h, a in entries
    )
    docs = [
        (f"Witness statement - {w_last}.pdf", "03/12/2026", "412 KB"),
        (f"Expert report - Dr {expert_last} (final).pdf", "28/11/2026", "2.1 MB"),
        (f"Particulars of claim - {c_last} v {opp_last}.docx", "14/10/2026", "88 KB"),
        ("Disclosure list (Form N265).pdf", "01/12/2026", "156 KB"),
        (f"Client ID - {c_last} passport.jpg", "02/09/2026", "1.4 MB"),
    ]
    drows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(d)}</td><td>{esc(s)}</td></tr>" for n, d, s in docs)
    body = f"""<div class="top"><b>Casewise</b><span>Dashboard</span><span>Matters</span><span>Contacts</span>
<span>Calendar</span><span>Billing</span></div>
<div class="head"><h1>00417 &middot; {esc(matter)}</h1>
<small>Practice area: Commercial litigation &middot; Responsible solicitor: {esc(fee_earner)}
&middot; Status: Open</small></div>
<div class="tabs"><span class="on">Dashboard</span><span>Activities</span><span>Documents</span><span>Bills</span>
<span>Notes</span></div>
<div class="grid"><div class="box"><h3>Client</h3><div class="kv"><span>Name</span><b>{esc(client)}</b>
<span>Address</span><div>{esc(c_street)}<br>{esc(c_town)} {esc(c_pc)}</div><span>Mobile</span><div>{esc(c_phone)}</div>
<span>Email</span><div>{esc(c_email)}</div><span>Date of birth</span><div>{esc(c_dob)}</div></div></div>
<div class="box"><h3>Opposing party</h3><div class="kv"><span>Company</span><b>{esc(opp_co)}</b>
<span>Solicitor</span><div>{esc(sol)}</div><span>Firm</span><div>Hargreaves Pell LLP</div>
<span>Email</span><div>{esc(sol_email)}</div><span>DX</span><div>{esc(dx)}</div></div></div>
<div class="box"><h3>Key dates</h3><div class="kv"><span>Issued</span><div>14 October 2026</div>
<span>Disclosure</span><div>11 December 2026</div><span>Hearing</span><div>19 February 2027, 10:00</div>
<span>Court</span><div>Business and Property Courts, Manchester</div></div></div></div>
<div class="sec"><h2>Time entries</h2><table><tr><th>Date</th><th>User</th><th>Description</th><th>Hours</th>
<th>Amount</th></tr>{trows}</table></div>
<div class="sec"><h2>Documents</h2><table><tr><th>Name</th><th>Uploaded</th><th>Size</th></tr>{drows}</table></div>
<div style="height:320px"></div>"""
    stage.page("matters/00417/index.html", doc(f"{matter} - Casewise", CSS, body))
    stage.keep("Opposing party", "Key dates", "Time entries", "Documents", "Commercial litigation")
    stage.keep("Disclosure list (Form N265).pdf", "Hargreaves Pell LLP", "Business and Property Courts, Manchester")
    stage.chrome("http://casewise.example/matters/00417/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    desk.move(640, 450)
    desk.scroll(3, pause=0.3)
    stage.pause(4.0)
    desk.scroll(3, pause=0.3)
    stage.mark("documents_shown")
    stage.pause(4.5)
    desk.scroll(-6, pause=0.3)
    stage.pause(4.0)


SCENE = SceneSpec(
    name="legal_case",
    description="A law firm's case management (Clio-like) in Chromium: a matter '<Last> v <Last> Holdings Ltd' "
    "with the client's details (name, address, mobile, e-mail, date of birth), the opposing party and its "
    "solicitor (name, firm, e-mail, DX number), key dates (a hearing), a time-entries table naming people in "
    "passing ('Call with <First> re disclosure', 'Meeting with <First> <Last> to take statement', 'Review "
    "report of Dr <Last>') and a documents list whose file names carry surnames ('Witness statement - "
    "<Last>.pdf'); scrolled down and back. Names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=28.0,
    seed=66589,
    crf=24,
)
