"""A letter in a web word processor: a recipient's address block, a salutation, references in prose.

Why this screen: customers ask for help with documents. A formal letter has the sender's address
at the top right, the recipient's name and address block at the left with no label, a date, a
"Your ref / Our ref" line with a policy number, "Dear Mrs <Surname>" (a title and a surname
alone), prose naming a date of birth and a claim, and a signature. The document is scrolled and
a sentence is typed into it.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{background:#f1f3f4;color:#202124;font-size:14px;overflow:hidden}
.bar{height:64px;background:#fff;border-bottom:1px solid #ddd;padding:8px 16px}.bar b{font-size:18px;font-weight:400}
.bar div{color:#444;margin-top:6px;display:flex;gap:16px}
.tools{height:38px;background:#edf2fa;margin:6px 12px;border-radius:20px;display:flex;align-items:center;gap:18px;
padding:0 16px;color:#444}
#page{position:absolute;left:50%;margin-left:-400px;top:130px;bottom:0;width:800px;overflow:auto}
.sheet{background:#fff;box-shadow:0 1px 3px #0003;padding:64px 72px;min-height:1000px;font:15px/1.55 Georgia,serif}
.from{text-align:right}.p{margin:14px 0}
#typed{outline:none}
"""


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    sender = fakes.person(fake)
    stage.pii(sender, "PERSON")
    s_street = stage.pii(fakes.street(fake), "ADDRESS")
    s_town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    s_post = stage.pii(fakes.uk_postcode(fake), "ZIP_CODE")
    s_phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    surname = fake.last_name()
    partner = stage.pii(f"{fake.first_name()} {surname}", "PERSON")
    insurer_street = "14 Wharf Road"
    policy_no = stage.pii(f"HP-{rng.randint(1000000, 9999999)}", "ACCOUNT_NUMBER", note="an insurance policy number")
    dob = stage.pii(fakes.dob_uk(fake), "DATE_OF_BIRTH")
    stage.pii(f"Mr {surname}", "PERSON", scored=False, note="a title and a surname alone")
    body = f"""<div class="bar"><b>Letter to insurer - claim</b><div><span>File</span><span>Edit</span><span>View</span>
<span>Insert</span><span>Format</span><span>Tools</span></div></div>
<div class="tools">↶ ↷ 🖶 100% ▾ Normal text ▾ Georgia ▾ 11 B I U</div>
<div id="page"><div class="sheet">
<div class="from">{esc(sender)}<br>{esc(s_street)}<br>{esc(s_town)}<br>{esc(s_post)}<br>{esc(s_phone)}</div>
<div class="p">Claims Department<br>Harbour Mutual Insurance<br>{insurer_street}<br>Bristol<br>BS1 6WG</div>
<div class="p">3 December 2026</div>
<div class="p">Your ref: {esc(policy_no)}</div>
<div class="p">Dear Sir or Madam,</div>
<div class="p">I am writing on behalf of my husband, Mr {esc(surname)}, about the claim on our home
insurance for the water damage in the kitchen. As requested, his full name is {esc(partner)} and his
date of birth is {esc(dob)}.</div>
<div class="p">The plumber's invoice and the photographs are enclosed. Please let me know if anything
else is needed to process the claim.</div>
<div class="p" id="typed" contenteditable="true"></div>
<div class="p">Yours faithfully,<br><br>{esc(sender)}</div>
</div></div>"""
    stage.page("docs/letter.html", doc("Letter to insurer - claim - Docs", CSS, body))
    stage.keep("Claims Department", "Harbour Mutual Insurance", "Dear Sir or Madam,", "Yours faithfully,")
    stage.keep("Letter to insurer - claim", "Normal text", "The plumber's invoice and the photographs are enclosed.")
    chrome = stage.chrome("http://docs.example.com/docs/letter.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.5)
    desk.move(*chrome.point("#page"))
    desk.scroll(2, pause=0.35)
    stage.mark("scrolled")
    stage.pause(2.5)
    stage.click(*chrome.point("#typed"))
    desk.type(f"You can reach me on {s_phone} during the day.", typo_rate=0.02)
    stage.mark("typed")
    stage.pause(2.5)
    desk.scroll(-2, pause=0.3)
    stage.pause(2.0)


SCENE = SceneSpec(
    name="letter_doc",
    description="A formal letter in a web word processor: the sender's address block top right (name, "
    "street, town, postcode, mobile), the insurer's address at the left, a 'Your ref' policy number, "
    "prose naming the husband as 'Mr <Surname>', his full name and date of birth; the page scrolls and "
    "a sentence with the sender's mobile number is typed.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=22.0,
    seed=27604,
    crf=24,
)
