"""A form builder's responses: the summary's charts, one respondent's answers, then the answers as a grid.

Why this screen: "my form stopped sending me e-mails" has a technician open a small business's
Typeform/Google-Forms-like responses page. The summary is innocent (questions over bar charts with
their option labels and counts). The "Individual" tab shows one respondent's answers under the
questions as asked ("Your name", "Best number to reach you", "Where should we come?") and a free-text
answer ("Anything else?") that names the respondent's husband by his first name and gives an address
in a sentence. Then the responses are opened as a spreadsheet-like grid whose column headers are the
questions themselves, long sentences, not "Name" or "Phone": each row is one respondent.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Ngozi", "Wojciech", "Saoirse", "Tadhg", "Eluned", "Kwabena", "Ragnhild", "Fionnuala", "Dobromir"]
RARE_LAST = ["Adeyemi-Clarke", "Wróblewski", "Mac Giolla Phádraig", "Threlfall", "Nwachukwu", "Pennycuick"]

CSS = """
body{font-size:14px;background:#f4f1fa;color:#202124}
.top{height:56px;background:#fff;border-bottom:1px solid #dadce0;display:flex;align-items:center;padding:0 24px;
gap:18px}
.top b{font-size:18px;color:#673ab7}.top span{font-size:16px}
.tabs{display:flex;justify-content:center;gap:34px;background:#fff;border-bottom:1px solid #dadce0;padding:12px 0 0}
.tabs span{padding:0 6px 10px;color:#5f6368;font-weight:700;cursor:pointer}
.tabs span.on{color:#673ab7;border-bottom:3px solid #673ab7}
.pg{display:none}.pg.on{display:block}
.card{background:#fff;border:1px solid #dadce0;border-radius:8px;width:760px;margin:14px auto;padding:16px 22px}
.card h2{font-size:22px;font-weight:400;margin:0 0 4px}.card h3{font-size:15px;font-weight:400;margin:0 0 10px}
.card small{color:#5f6368}
.bar{display:grid;grid-template-columns:200px 1fr 50px;align-items:center;gap:10px;font-size:13px;margin:5px 0}
.bar i{display:block;height:16px;background:#7e57c2;border-radius:2px}
.nav{display:flex;align-items:center;gap:14px;font-size:15px;color:#5f6368}
.ans{border-bottom:1px solid #e0e0e0;padding:6px 0 10px;font-size:15px}
.grid{background:#fff;margin:0;font-size:12px;border-collapse:collapse;table-layout:fixed}
.grid th,.grid td{border:1px solid #e2e3e3;padding:4px 6px;vertical-align:top;text-align:left;overflow:hidden}
.grid th{background:#f8f9fa;font-weight:400;white-space:normal}
.grid td{white-space:nowrap}
.grid .rn{background:#f8f9fa;color:#5f6368;text-align:center;width:34px}
.sheet{background:#fff;height:640px}
.sheet .bar2{height:34px;border-bottom:1px solid #dadce0;padding:7px 16px;font-size:15px;color:#188038}
"""

SCRIPT = """
function go(id){
  for (const p of document.querySelectorAll('.pg')) p.classList.toggle('on', p.id === id);
  for (const t of document.querySelectorAll('.tabs span')) t.classList.toggle('on', t.dataset.go === id);
  window.scrollTo(0, 0);
}
for (const t of document.querySelectorAll('[data-go]')) t.addEventListener('click', () => go(t.dataset.go));
"""

QUESTIONS = [
    "Your name",
    "Best number to reach you",
    "What is your email address?",
    "Where should we come to give you a quote?",
    "How did you hear about us?",
    "Anything else?",
]


def play(stage: Stage) -> None:
    gb, ie, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.rng
    last = rng.choice(RARE_LAST)
    name = stage.pii(f"{rng.choice(RARE_FIRST)} {last}", "PERSON", note="the respondent shown, rare names")
    husband = stage.pii(rng.choice(RARE_FIRST[4:]), "PERSON", note="the husband's first name in free text")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="Best number to reach you")
    email = stage.pii(fakes.email_for(name, "outlook.com", rng), "EMAIL_ADDRESS")
    street = stage.pii(fakes.street(gb), "ADDRESS", note="in the quote answer and in the free text")
    town = rng.choice(fakes.UK_CITIES)
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    note = (
        f"Please ring after 5pm, my husband {husband} works nights. The side gate at {street} "
        "is always locked, park on the drive."
    )
    others = []
    for fake_, src in ((ie, "Facebook"), (gb, "A neighbour"), (gb, "Search engine")):
        first = fake_.first_name()
        who = stage.pii(f"{first} {fake_.last_name()}", "PERSON", note="another respondent, in the grid")
        tel = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="grid")
        mail = stage.pii(fakes.email_for(who, rng.choice(["gmail.com", "btinternet.com"]), rng), "EMAIL_ADDRESS")
        addr = stage.pii(fakes.street(fake_), "ADDRESS", note="grid")
        pc = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE", note="grid")
        others.append((who, tel, mail, f"{addr}, {pc}", src, "No"))
    answers = [name, phone, email, f"{street}, {town} {postcode}", "A neighbour", note]

    summary = [
        ("How did you hear about us?", [("Search engine", 6), ("A neighbour", 4), ("Facebook", 3), ("Other", 1)]),
        ("What do you need?", [("New boiler", 7), ("Annual service", 5), ("Repair", 2)]),
        ("When suits you?", [("Weekday mornings", 5), ("Weekday evenings", 6), ("Saturday", 3)]),
    ]
    sum_html = '<div class="card"><h2>14 responses</h2><small>Accepting responses</small></div>' + "".join(
        f'<div class="card"><h3>{esc(q)}</h3><small>14 responses</small>'
        + "".join(
            f'<div class="bar"><span>{esc(lab)}</span><i style="width:{n * 38}px"></i><span>{n}</span></div>'
            for lab, n in opts
        )
        + "</div>"
        for q, opts in summary
    )
    ind_html = (
        '<div class="card"><div class="nav">&lsaquo; <b>3</b> of 14 &rsaquo;'
        '<span style="margin-left:auto;font-size:13px">Submitted 4 Dec 2026, 19:42</span></div></div>'
        + "".join(
            f'<div class="card"><h3>{esc(q)}</h3><div class="ans">{esc(a)}</div></div>'
            for q, a in zip(QUESTIONS, answers, strict=True)
        )
    )
    rows = [("4 Dec 2026 19:42", *answers)] + [
        (f"{d} Dec 2026 {t}", *o)
        for (d, t), o in zip([("3", "08:15"), ("2", "21:03"), ("1", "12:37")], others, strict=True)
    ]
    widths = [100, 140, 120, 200, 250, 100, 300]
    head = "".join(
        f'<th style="width:{w}px">{esc(q)}</th>' for w, q in zip(widths, ["Timestamp", *QUESTIONS], strict=True)
    )
    body_rows = "".join(
        f'<tr><td class="rn">{i + 2}</td>' + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
        for i, r in enumerate(rows)
    )
    grid = (
        '<div class="sheet"><div class="bar2">Callback requests (Responses)</div>'
        f'<table class="grid"><tr><th class="rn">1</th>{head}</tr>{body_rows}</table></div>'
    )
    body = f"""<div class="top"><b>&#9776; Formly</b><span>Boiler quote - callback request</span></div>
<div class="tabs"><span data-go="sum" class="on" id="t-sum">Summary</span>
<span data-go="ind" id="t-ind">Individual</span><span data-go="grid" id="t-grid">View in Sheets</span></div>
<div class="pg on" id="sum">{sum_html}</div><div class="pg" id="ind">{ind_html}</div>
<div class="pg" id="grid">{grid}</div>"""
    stage.page("forms/callback/responses.html", doc("Boiler quote - callback request - Responses", CSS, body, SCRIPT))
    stage.keep("How did you hear about us?", "Weekday evenings", "Annual service", "Best number to reach you")
    stage.keep("Where should we come to give you a quote?", "Anything else?", "Callback requests (Responses)")
    chrome = stage.chrome("http://forms.example.com/forms/callback/responses.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    stage.click(*chrome.point("#t-ind"))
    stage.mark("individual")
    stage.pause(3.5)
    desk.move(640, 450)
    desk.scroll(4, pause=0.3)
    stage.pause(4.0)
    desk.scroll(-4, pause=0.3)
    stage.click(*chrome.point("#t-grid"))
    stage.mark("grid")
    stage.pause(6.0)


SCENE = SceneSpec(
    name="survey_responses",
    description="A form builder's responses (Typeform/Google-Forms-like) in Chromium: the summary's bar charts "
    "(innocent option labels), the 'Individual' tab with one respondent's answers ('Your name', 'Best number "
    "to reach you', the e-mail, 'Where should we come to give you a quote?' with an address, 'Anything else?' "
    "with free text naming 'my husband <First>' and the street), then the responses as a spreadsheet-like grid "
    "whose column headers are the questions themselves (four respondents: name, mobile, e-mail, address). "
    "Names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=28.0,
    seed=66571,
    crf=24,
)
