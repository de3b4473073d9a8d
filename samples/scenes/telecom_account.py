"""A mobile carrier's customer-service console: the account, the SIM's secrets, the itemised bill.

Why this screen: a technician supporting a mobile carrier's call centre (an agent desktop that
freezes, a bill that will not render) sees what the agent sees: the account holder, date of birth,
billing address, the line's number, the SIM's ICCID (19-20 digits, "8944 ..."), the handset's IMEI
(15 digits), the PUK code and the PAC (porting code) shown after the agent clicks "Show", the
security question's answer ("Mother's maiden name: <Last>"); then the bill breakdown: itemised
calls (date, time, the number called, duration, cost) and "Recent top-ups" paid with "Visa ••••
<4>". Names from en_GB and en_AU lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Ieuan", "Saoirse", "Thandiwe", "Bartholomew", "Ffion", "Iolanthe", "Kwabena", "Dervla"]
RARE_LAST = ["Quarrington", "Nakagawa-Bell", "Oyelaran", "Trevaskis", "Pengelly", "Abercromby-Ng"]

CSS = """
body{font-size:13px;background:#f2f0f7;color:#211d2b;overflow:hidden}
.top{height:46px;background:#4b1d78;color:#fff;display:flex;align-items:center;padding:0 16px;gap:20px}
.logo{font-weight:800;font-size:17px}.top .u{margin-left:auto;font-size:12px;opacity:.9}
.wrap{display:grid;grid-template-columns:300px 1fr;gap:14px;padding:12px 14px}
.card{background:#fff;border:1px solid #ddd8e8;border-radius:8px;padding:10px 12px;margin-bottom:12px}
.card h3{margin:0 0 8px;font-size:12px;text-transform:uppercase;color:#4b1d78;letter-spacing:.4px}
dl{display:grid;grid-template-columns:112px 1fr;row-gap:6px;margin:0}dt{color:#6c6579}dd{margin:0}
.name{font-size:17px;font-weight:700;margin:0 0 6px}
.sec{font-family:'Liberation Mono',monospace}.show{color:#4b1d78;font-weight:700;cursor:pointer;margin-left:8px}
.tabs{display:flex;gap:4px;margin-bottom:8px}
.tabs div{padding:6px 12px;border-radius:6px;background:#e7e2f0;cursor:pointer}
.tabs .on{background:#4b1d78;color:#fff}
.pane{display:none}.pane.on{display:block}
table{border-collapse:collapse;width:100%;background:#fff}
th{text-align:left;font-size:12px;color:#6c6579;padding:5px 8px;border-bottom:2px solid #ddd8e8;background:#faf9fc}
td{padding:5px 8px;border-bottom:1px solid #eeebf3}td.r,th.r{text-align:right}
.tot td{font-weight:700;border-top:2px solid #4b1d78}
.note{color:#6c6579;font-size:12px;margin:4px 0 8px}
"""

SCRIPT = """
for (const b of document.querySelectorAll('.show')) b.addEventListener('click', () => {
  const s = b.previousElementSibling; s.textContent = s.dataset.v; b.remove(); });
const show = id => {
  for (const p of document.querySelectorAll('.pane')) p.classList.toggle('on', p.id === id);
  for (const t of document.querySelectorAll('.tabs div')) t.classList.toggle('on', t.dataset.p === id); };
for (const t of document.querySelectorAll('.tabs div')) t.addEventListener('click', () => show(t.dataset.p));
"""


def luhn_digit(digits: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, au = stage.fake("en_GB"), stage.fake("en_AU")
    agent = stage.pii(f"{gb.first_name()} {rng.choice(RARE_LAST)}", "PERSON", note="the agent, top bar")
    first, last = rng.choice(RARE_FIRST), gb.last_name()
    holder = stage.pii(f"{first} {last}", "PERSON", note="account holder")
    dob = stage.pii(gb.date_of_birth(minimum_age=25, maximum_age=70).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
    street = stage.pii(f"{rng.randint(2, 160)} {gb.street_name()}", "ADDRESS")
    town = stage.pii(gb.city(), "LOCATION")
    postcode = stage.pii(gb.postcode(), "ZIP_CODE")
    domain = rng.choice(["outlook.com", "btinternet.com"])
    email = stage.pii(f"{first.lower()}{rng.randint(10, 99)}@{domain}", "EMAIL_ADDRESS")
    line = stage.pii(f"07{rng.randint(700, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}", "PHONE_NUMBER")
    iccid_body = "894411" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    iccid = stage.pii(iccid_body + luhn_digit(iccid_body), "ICCID", note="SIM serial, 19 digits")
    imei_body = "35" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    imei = stage.pii(imei_body + luhn_digit(imei_body), "IMEI", note="15 digits")
    puk = stage.pii("".join(str(rng.randint(0, 9)) for _ in range(8)), "SECRET", note="PUK code, shown after 'Show'")
    pac = stage.pii(
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + str(rng.randint(100000, 999999)),
        "SECRET",
        note="PAC porting code, shown after 'Show'",
    )
    maiden = stage.pii(rng.choice(RARE_LAST[:3] + [au.last_name(), gb.last_name()]), "PERSON", note="maiden name")
    card = f"{rng.randint(1000, 9999)}"
    calls = ""
    total = 0.0
    for _ in range(9):
        number = stage.pii(
            rng.choice(
                [
                    f"07{rng.randint(700, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                    f"020 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}",
                    f"0161 {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
                    f"+61 4{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                ]
            ),
            "PHONE_NUMBER",
            note="a called number in the itemised bill",
        )
        mins, secs = rng.randint(0, 42), rng.randint(0, 59)
        cost = 0.0 if not number.startswith("+61") else round(rng.uniform(1.2, 9.9), 2)
        total += cost
        calls += (
            f"<tr><td>{rng.randint(1, 28):02d}/11/2026</td><td>{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}</td>"
            f"<td>{number}</td><td>{mins}:{secs:02d}</td><td class=r>£{cost:.2f}</td></tr>"
        )
    topups = ""
    for day, amount in ((3, 10), (11, 20), (24, 15)):
        topups += (
            f"<tr><td>{day:02d}/11/2026</td><td>Online</td><td>Visa •••• {card}</td><td class=r>£{amount}.00</td></tr>"
        )
    left = (
        f"<div class=card><div class=name>{esc(holder)}</div><dl><dt>Plan</dt><dd>Pay monthly · "
        f"Unlimited 30GB</dd><dt>Date of birth</dt><dd>{dob}</dd><dt>Billing address</dt><dd>{esc(street)}<br>"
        f"{esc(town)}<br>{postcode}</dd><dt>E-mail</dt><dd>{esc(email)}</dd></dl></div>"
        "<div class=card><h3>Security</h3><dl><dt>Verified by</dt><dd>Security question</dd>"
        f"<dt>Question</dt><dd>Mother's maiden name: {esc(maiden)}</dd><dt>Passcode</dt><dd>Not set</dd></dl></div>"
    )
    line_card = (
        "<div class=card><h3>Line and SIM</h3><dl>"
        f"<dt>Mobile number</dt><dd>{line}</dd><dt>SIM ICCID</dt><dd class=sec>{iccid}</dd>"
        f"<dt>Handset IMEI</dt><dd class=sec>{imei}</dd><dt>Handset</dt><dd>Galaxy A55 5G · 128GB</dd>"
        f"<dt>PUK code</dt><dd><span class=sec data-v='{puk}'>••••••••</span><span class=show>Show</span></dd>"
        f"<dt>PAC code</dt><dd><span class=sec data-v='{pac}'>•••••••••</span><span class=show>Show</span>"
        " <span class=note>valid 30 days</span></dd></dl></div>"
    )
    bill = (
        "<div id=calls class='pane on'><div class=note>Bill dated 01/12/2026 · itemised calls outside allowance"
        "</div><table><tr><th>Date</th><th>Time</th><th>Number called</th><th>Duration</th><th class=r>Cost</th>"
        f"</tr>{calls}<tr class=tot><td></td><td></td><td>Total</td><td></td><td class=r>£{total:.2f}</td></tr>"
        "</table></div>"
        "<div id=topups class=pane><table><tr><th>Date</th><th>Channel</th><th>Paid with</th><th class=r>Amount</th>"
        f"</tr>{topups}</table><div class=note>Auto top-up: off</div></div>"
    )
    right = (
        f"{line_card}<div class=tabs><div class=on data-p=calls>Bill breakdown</div><div data-p=topups>"
        f"Recent top-ups</div><div>Roaming</div></div>{bill}"
    )
    body = (
        "<div class=top><span class=logo>Vela Mobile</span><span>Agent desktop</span><span>Queue: Billing</span>"
        f"<span class=u>{esc(agent)} · Tier 2</span></div><div class=wrap><div>{left}</div><div>{right}</div></div>"
    )
    stage.page("agent/account.html", doc("Account · Agent desktop", CSS, body, SCRIPT))
    stage.keep("Agent desktop", "Billing address", "Mobile number", "Handset IMEI", "Galaxy A55 5G · 128GB")
    stage.keep("Number called", "Bill breakdown", "Recent top-ups", "Security question", "Pay monthly")
    chrome = stage.chrome("http://agent.velamobile.example/agent/account.html", mode="maximized")
    stage.start()
    stage.pause(5.0)
    stage.click(*chrome.point(".show", 0))
    stage.mark("puk")
    stage.pause(3.0)
    stage.click(*chrome.point(".show", 0))
    stage.mark("pac")
    stage.pause(6.0)
    stage.click(*chrome.point(".tabs div", 1))
    stage.mark("topups")
    stage.keep("Auto top-up: off", "Online")
    stage.pause(4.0)
    stage.click(*chrome.point(".tabs div", 0))
    stage.pause(4.0)


SCENE = SceneSpec(
    name="telecom_account",
    description="A mobile carrier's agent desktop in Chromium (en_GB, en_AU numbers, names common lists miss): the "
    "account holder, date of birth, billing address, e-mail; the line's number, the SIM's ICCID (19 digits), the "
    "handset's IMEI (15 digits), the PUK and PAC codes revealed by 'Show'; 'Mother's maiden name: <Last>'; the "
    "bill's itemised calls (date, time, number called, duration, cost) and the recent top-ups paid with "
    "'Visa •••• <4>'.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=26.0,
    seed=37102,
    crf=24,
)
