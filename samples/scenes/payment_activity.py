"""A peer-to-peer payment app's activity feed, a transaction's detail drawer and a search.

Why this screen: a technician helping someone with a payment app (a transfer that did not
arrive, a card to change) sees the account's activity the way Venmo, PayPal and Revolut write it:
"You paid <First> <Last>", "<First> <Last> paid you", "Money sent to <First>", "Request from
<First> L.", each over the counterparty's "@<handle>" and the payer's note ("rent", "<First>'s
birthday"), beside amounts and dates. A click opens the detail drawer: the counterparty's full
name and handle, the transaction id, "Paid with Visa •••• <4>", the account holder's own name; a
"Transfer to bank" row opens the bank's sort code and account number. Then a first name is typed
into the search and the feed filters. The names come from en_GB, en_IE and en_IN lists and from
given names common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Oluwaseun", "Saoirse", "Tadhg", "Chiamaka", "Eilidh", "Yusra", "Ruairi", "Thandiwe", "Kemi"]
RARE_LAST = ["Okonkwo-Reid", "Ni Bhriain", "Adeyemi", "Mac Giolla", "Szczepanik", "Oyelaran", "Vaswani"]

CSS = """
body{font-size:14px;background:#f4f5f7;color:#1c1e21;overflow:hidden}
.top{height:58px;background:#fff;border-bottom:1px solid #e3e5e8;display:flex;align-items:center;
 padding:0 22px;gap:18px}
.logo{font-weight:800;font-size:22px;color:#3d95ce;letter-spacing:-.5px}
.srch{flex:0 0 360px;border:1px solid #cfd3d8;border-radius:20px;padding:7px 14px;font-size:14px;outline:none}
.me{margin-left:auto;display:flex;align-items:center;gap:10px;font-size:13px}
.av{width:36px;height:36px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;
 font-weight:700;font-size:13px;flex:none}
.wrap{display:grid;grid-template-columns:200px 1fr;height:calc(100% - 58px)}
.nav{padding:16px 10px;background:#fff;border-right:1px solid #e3e5e8}
.nav div{padding:9px 14px;border-radius:8px;color:#44484e}.nav .on{background:#e8f3fb;color:#0f6aa8;font-weight:700}
.bal{margin:14px 4px;padding:12px;border:1px solid #e3e5e8;border-radius:10px;font-size:12px;color:#5f6368}
.bal b{display:block;font-size:20px;color:#1c1e21}
main{overflow-y:auto;padding:18px 28px}
h1{font-size:20px;margin:0 0 4px}.tabs{display:flex;gap:18px;margin:10px 0 12px;color:#5f6368}
.tabs .on{color:#1c1e21;font-weight:700;border-bottom:2px solid #3d95ce;padding-bottom:4px}
.feed{background:#fff;border-radius:12px;border:1px solid #e3e5e8;max-width:720px}
.tx{display:flex;gap:14px;padding:13px 18px;border-bottom:1px solid #f0f1f3;cursor:pointer;align-items:flex-start}
.tx .mid{flex:1}.tx .who{font-weight:700}.tx .h{color:#6b7075;font-size:12px;margin-top:2px}
.tx .note{margin-top:4px}.tx .amt{font-weight:700;white-space:nowrap;text-align:right}
.tx .amt small{display:block;font-weight:400;color:#6b7075;font-size:12px;margin-top:3px}
.neg{color:#1c1e21}.pos{color:#148a3e}.req{color:#b26a00}
.day{padding:8px 18px;font-size:12px;color:#6b7075;background:#fafbfc;border-bottom:1px solid #f0f1f3}
#dr{position:absolute;top:58px;right:0;bottom:0;width:400px;background:#fff;border-left:1px solid #d5d9de;
 box-shadow:-6px 0 18px rgba(0,0,0,.08);padding:22px 26px;display:none}
#dr .x{float:right;color:#6b7075;cursor:pointer}
#dr .big{font-size:28px;font-weight:800;margin:16px 0 4px}
#dr .st{color:#148a3e;font-size:13px;margin-bottom:16px}
.kv{display:grid;grid-template-columns:130px 1fr;row-gap:11px;font-size:13px;border-top:1px solid #eee;
 padding-top:14px}
.kv i{font-style:normal;color:#6b7075}
.btn{display:inline-block;border:1px solid #3d95ce;color:#3d95ce;border-radius:18px;padding:6px 16px;margin-top:18px}
"""

SCRIPT = """
const dr = document.getElementById('dr');
for (const t of document.querySelectorAll('.tx')) t.addEventListener('click', () => {
  dr.innerHTML = document.getElementById('d' + t.dataset.k).innerHTML; dr.style.display = 'block'; });
document.getElementById('q').addEventListener('input', e => {
  const q = e.target.value.trim().toLowerCase();
  dr.style.display = 'none';
  for (const t of document.querySelectorAll('.tx'))
    t.style.display = !q || t.textContent.toLowerCase().includes(q) ? '' : 'none';
  for (const d of document.querySelectorAll('.day')) d.style.display = q ? 'none' : '';
});
"""

COLOURS = ["#3d95ce", "#7b61ff", "#e0663d", "#2f9e6a", "#c2417a", "#5a6b7d", "#b8860b"]


def _handle(first: str, last: str, n: int) -> str:
    return f"@{first}-{last.replace(' ', '-')}-{n}"


def _initials(name: str) -> str:
    parts = name.replace(".", "").split()
    return (parts[0][0] + parts[-1][0]).upper()


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    ie, ind = stage.fake("en_IE"), stage.fake("en_IN")
    me_first, me_last = fake.first_name(), fake.last_name()
    me = stage.pii(f"{me_first} {me_last}", "PERSON", note="the account holder")
    people: list[tuple[str, str]] = [
        (rng.choice(RARE_FIRST), fake.last_name()),
        (ie.first_name(), ie.last_name()),
        (ind.first_name(), ind.last_name()),
        (fake.first_name(), rng.choice(RARE_LAST)),
        (ie.first_name(), fake.last_name()),
        (rng.choice(RARE_FIRST[4:]), ind.last_name()),
    ]
    full = [stage.pii(f"{f} {last}", "PERSON") for f, last in people]
    handles = [
        stage.pii(_handle(f, last, rng.randint(2, 99)), "USERNAME", note="a payment handle") for f, last in people
    ]
    sent_first = stage.pii(ie.first_name(), "PERSON", scored=False, note="a first name alone: 'Money sent to <First>'")
    req_first, req_last = fake.first_name(), fake.last_name()
    req = stage.pii(f"{req_first} {req_last[0]}.", "PERSON", note="'Request from <First> L.'")
    bday = stage.pii(people[2][0], "PERSON", scored=False, note="a first name alone in a note")
    bank = fakes.uk_bank(fake)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    card = f"{rng.randint(1000, 9999)}"
    chk = f"{rng.randint(1000, 9999)}"
    # (kind, who, handle, note, amount, key)
    rows = [
        ("3 December", None, None, None, None),
        ("paid", full[0], handles[0], "rent 🏠 December", "− £450.00"),
        ("in", full[1], handles[1], "pizza friday 🍕", "+ £18.50"),
        ("sent", sent_first, None, "concert tickets 🎟️", "− £64.00"),
        ("2 December", None, None, None, None),
        ("req", req, None, "taxi home 🚕", "£12.40"),
        ("paid", full[2], handles[2], f"{bday}'s birthday 🎂", "− £25.00"),
        ("bank", None, None, None, "− £300.00"),
        ("in", full[3], handles[3], "electric bill split ⚡", "+ £41.17"),
        ("1 December", None, None, None, None),
        ("paid", full[4], handles[4], "five-a-side ⚽", "− £6.00"),
        ("in", full[5], handles[5], "cleaning supplies 🧽", "+ £9.99"),
    ]
    feed = ""
    drawers = ""
    for k, (kind, who, handle, note, amount) in enumerate(rows):
        if amount is None:
            feed += f"<div class=day>{esc(kind)}</div>"
            continue
        colour = COLOURS[k % len(COLOURS)]
        if kind == "paid":
            title, cls = f"You paid {who}", "neg"
        elif kind == "in":
            title, cls = f"{who} paid you", "pos"
        elif kind == "sent":
            title, cls = f"Money sent to {who}", "neg"
        elif kind == "req":
            title, cls = f"Request from {who}", "req"
        else:
            title, cls = "Transfer to bank", "neg"
        sub = f"<div class=h>{esc(handle)}</div>" if handle else ""
        if kind == "bank":
            sub = f"<div class=h>Checking ••{chk} · Standard (1-3 days)</div>"
            av = "🏦"
        else:
            av = _initials(str(who))
        note_html = f"<div class=note>{esc(note)}</div>" if note else ""
        feed += (
            f"<div class=tx data-k={k}><div class=av style='background:{colour}'>{esc(av)}</div><div class=mid>"
            f"<div class=who>{esc(title)}</div>{sub}{note_html}</div><div class='amt {cls}'>{esc(amount)}"
            f"<small>{'Pending' if kind == 'req' else 'Completed'}</small></div></div>"
        )
        txid = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(17))
        if kind == "bank":
            kv = (
                f"<i>To</i><span>Checking ••{chk}</span><i>Account holder</i><span>{esc(me)}</span>"
                f"<i>Sort code</i><span>{sort_code}</span><i>Account number</i><span>{account}</span>"
                f"<i>Arrives</i><span>4 Dec 2026</span><i>Transaction ID</i><span>{txid}</span>"
            )
            head = "<b>Transfer to bank</b>"
        else:
            kv = (
                f"<i>{'From' if kind == 'in' else 'To'}</i><span>{esc(who)}</span>"
                + (f"<i>Username</i><span>{esc(handle)}</span>" if handle else "")
                + f"<i>Note</i><span>{esc(note)}</span><i>Paid with</i><span>Visa •••• {card}</span>"
                f"<i>Date</i><span>3 Dec 2026, 09:{10 + k:02d}</span><i>Transaction ID</i><span>{txid}</span>"
            )
            head = f"<b>{esc(title)}</b>"
        drawers += (
            f"<div id=d{k} style='display:none'><span class=x>✕</span>{head}<div class=big>{esc(amount)}</div>"
            f"<div class=st>● Completed</div><div class=kv>{kv}</div><span class=btn>Get help with this payment</span>"
            "</div>"
        )
    body = (
        f"<div class=top><span class=logo>sendly</span><input id=q class=srch placeholder='Search people and "
        f"transactions' autocomplete=off><div class=me><span>{esc(me)}</span><div class=av style='background:#1c1e21'>"
        f"{_initials(me)}</div></div></div><div class=wrap><div class=nav><div class=on>Activity</div><div>Pay or "
        "request</div><div>Cards</div><div>Statements</div><div>Settings</div><div class=bal>Sendly balance"
        "<b>£1,284.63</b>Transfer to bank</div></div><main><h1>Activity</h1><div class=tabs><span class=on>All"
        f"</span><span>Payments</span><span>Requests</span><span>Transfers</span></div><div class=feed>{feed}</div>"
        f"<div style='height:160px'></div></main></div><div id=dr></div>{drawers}"
    )
    stage.page("activity/index.html", doc("Activity · Sendly", CSS, body, SCRIPT))
    stage.keep("Activity", "Pay or request", "Statements", "Sendly balance", "£1,284.63", "Payments", "Requests")
    stage.keep("Completed", "− £450.00", "+ £18.50", "Transfers")
    chrome = stage.chrome("http://app.sendly.example/activity/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(4.0)
    stage.click(*chrome.point(".tx", 0))
    stage.mark("drawer_paid")
    stage.pause(3.0)
    stage.click(*chrome.point(".tx", 1))
    stage.mark("drawer_received")
    stage.pause(2.5)
    desk.move(*chrome.point("main"))
    desk.scroll(3, pause=0.3)
    stage.pause(1.5)
    stage.click(*chrome.point(".tx", 5))
    stage.mark("drawer_bank")
    stage.pause(3.5)
    desk.scroll(-3, pause=0.3)
    stage.pause(1.0)
    stage.click(*chrome.point("#q"))
    desk.type(people[1][0], typo_rate=0.0, delay_ms=110)
    stage.mark("search_typed")
    stage.pause(3.0)
    stage.click(*chrome.point(".tx[data-k='2']"))
    stage.pause(3.0)


SCENE = SceneSpec(
    name="payment_activity",
    description="A peer-to-peer payment app's activity feed (en_GB, en_IE, en_IN names) in Chromium: 'You paid "
    "<First> <Last>', '<First> <Last> paid you', 'Money sent to <First>', 'Request from <First> L.', each over "
    "'@<First>-<Last>-<n>' and a note ('rent', \"<First>'s birthday\"), amounts and dates; a transaction's "
    "drawer (full name, handle, 'Paid with Visa •••• <4>', transaction id); a 'Transfer to bank' row's drawer "
    "with the account holder, sort code and account number; a first name typed into the search.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=35117,
    crf=24,
)
