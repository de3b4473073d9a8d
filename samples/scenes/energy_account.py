"""An energy supplier's agent view of a gas and electricity account.

Why this screen: a technician supporting an energy supplier's contact centre (a CRM tab that will
not load a meter reading, a payment plan that will not save) sees what the agent sees: the account
holder, the supply address and a previous address with its dates ("Lived here since 03/2019"),
the electricity supply number (MPAN) in its boxed two-row layout ("S | 01 | 801 | 101" over the
13-digit core "12 3456 7890 123") and the core again in the supply card, the gas meter point
reference (MPRN, 6-10 digits), the meters' serial numbers, a meter readings table (innocent), the
Direct Debit (account holder's name, sort code, account number, "collected on the 15th"), the
Priority Services Register ("Needs: dialysis machine at home", a nominee's name and phone) and a
payment-plan note the agent types with the customer's first name. Names from en_GB and en_IE
lists and ones common name lists miss.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Eluned", "Cormac", "Ayodele", "Hesketh", "Morwenna", "Tadhg", "Zuleika", "Ianto"]
RARE_LAST = ["Pendarves", "Attenborough-Yeo", "Okonkwo", "Kilbride", "Trelawny", "Featherstonhaugh"]

# MPAN core check digit: the first 12 digits weighted by these primes, sum mod 11 mod 10
_MPAN_PRIMES = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)

CSS = """
body{font-size:13px;background:#eef2f6;color:#1b2733;overflow:hidden}
.top{height:44px;background:#0b5d3b;color:#fff;display:flex;align-items:center;padding:0 16px;gap:20px}
.logo{font-weight:800;font-size:17px}.top .u{margin-left:auto;font-size:12px;opacity:.9}
.wrap{display:grid;grid-template-columns:330px 1fr 330px;gap:12px;padding:10px 12px}
.card{background:#fff;border:1px solid #d5dde6;border-radius:7px;padding:9px 11px;margin-bottom:10px}
.card h3{margin:0 0 7px;font-size:12px;text-transform:uppercase;color:#0b5d3b;letter-spacing:.4px}
dl{display:grid;grid-template-columns:118px 1fr;row-gap:5px;margin:0}dt{color:#5d6b78}dd{margin:0}
.name{font-size:17px;font-weight:700;margin:0 0 6px}
.mpan{display:grid;grid-template-columns:30px 44px 56px 56px;border:2px solid #1b2733;width:max-content;
 font-family:'Liberation Mono',monospace;font-size:14px;margin:4px 0 8px}
.mpan div{border:1px solid #1b2733;padding:3px 6px;text-align:center}
.mpan .core{grid-column:1 / span 4;text-align:left;letter-spacing:.5px}
.mono{font-family:'Liberation Mono',monospace}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:12px;color:#5d6b78;padding:4px 6px;border-bottom:2px solid #d5dde6;background:#f7f9fb}
td{padding:4px 6px;border-bottom:1px solid #edf1f5}td.r,th.r{text-align:right}
.psr{border-left:4px solid #c0392b}
.tag{background:#fdecea;color:#c0392b;border-radius:9px;padding:1px 8px;font-size:11px;font-weight:700}
textarea{width:100%;height:64px;font:13px sans-serif;border:1px solid #a8b4c0;border-radius:5px;padding:6px}
.btn{display:inline-block;background:#0b5d3b;color:#fff;border-radius:5px;padding:5px 12px;margin-top:5px}
.small{color:#5d6b78;font-size:12px}
"""


def mpan_core(rng_digits: str) -> str:
    """A 13-digit MPAN core from 12 digits: the check digit appended."""
    check = sum(int(d) * p for d, p in zip(rng_digits, _MPAN_PRIMES, strict=True)) % 11 % 10
    return rng_digits + str(check)


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie = stage.fake("en_GB"), stage.fake("en_IE")
    agent = stage.pii(f"{ie.first_name()} {rng.choice(RARE_LAST)}", "PERSON", note="the agent, top bar")
    first, last = rng.choice(RARE_FIRST), gb.last_name()
    holder = stage.pii(f"{first} {last}", "PERSON", note="account holder")
    title_holder = stage.pii(f"Mrs {first[0]} {last}", "PERSON", note="Direct Debit account name '<T> <I> <Last>'")
    dob = stage.pii(gb.date_of_birth(minimum_age=30, maximum_age=80).strftime("%d/%m/%Y"), "DATE_OF_BIRTH")
    phone = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    email = stage.pii(f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@gmail.com", "EMAIL_ADDRESS")
    street = stage.pii(f"{rng.randint(2, 180)} {gb.street_name()}", "ADDRESS", note="supply address")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(gb.postcode(), "ZIP_CODE")
    prev_street = stage.pii(f"{rng.randint(2, 90)} {gb.street_name()}", "ADDRESS", note="previous address")
    prev_town = stage.pii(gb.city(), "LOCATION", note="previous address town")
    prev_pc = stage.pii(gb.postcode(), "ZIP_CODE", note="previous address postcode")
    core = mpan_core("".join(str(rng.randint(0, 9)) for _ in range(12)))
    core_spaced = stage.pii(f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}", "MPAN", note="13-digit core, spaced")
    core_plain = stage.pii(core, "MPAN", note="13-digit core, in the supply card")
    mprn = stage.pii(str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9)), "MPRN")
    e_serial = stage.pii(f"{rng.randint(14, 23)}P{rng.randint(1000000, 9999999)}", "METER_SERIAL", note="electricity")
    g_serial = stage.pii(f"E6S{rng.randint(10000000, 99999999)}{rng.randint(10, 23)}", "METER_SERIAL", note="gas")
    bank = fakes.uk_bank(gb)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    nominee_first = rng.choice(RARE_FIRST[4:])
    nominee = stage.pii(f"{nominee_first} {ie.last_name()}", "PERSON", note="PSR nominee")
    nominee_phone = stage.pii(f"0{rng.randint(1200, 1999)} {rng.randint(100000, 999999)}", "PHONE_NUMBER")
    readings = ""
    e_read, g_read = rng.randint(20000, 40000), rng.randint(4000, 9000)
    for month in ("Nov 2026", "Oct 2026", "Sep 2026", "Aug 2026", "Jul 2026"):
        readings += (
            f"<tr><td>01 {month}</td><td>Smart</td><td class=r>{e_read:05d}</td><td class=r>{g_read:05d}</td>"
            f"<td>Actual</td></tr>"
        )
        e_read -= rng.randint(180, 320)
        g_read -= rng.randint(40, 160)
    left = (
        f"<div class=card><div class=name>{esc(holder)}</div><dl><dt>Account no.</dt><dd>Customer since 2019</dd>"
        f"<dt>Date of birth</dt><dd>{dob}</dd><dt>Phone</dt><dd>{phone}</dd><dt>E-mail</dt><dd>{esc(email)}</dd>"
        f"<dt>Supply address</dt><dd>{esc(street)}<br>{esc(town)}<br>{postcode}</dd></dl></div>"
        "<div class=card><h3>Previous address</h3><dl>"
        f"<dt>Address</dt><dd>{esc(prev_street)}, {esc(prev_town)} {prev_pc}</dd>"
        "<dt>Dates</dt><dd>03/2014 to 02/2019</dd></dl>"
        "<div class=small>Lived at supply address since 03/2019</div></div>"
        "<div class=card><h3>Direct Debit</h3><dl>"
        f"<dt>Account name</dt><dd>{esc(title_holder)}</dd><dt>Sort code</dt><dd>{sort_code}</dd>"
        f"<dt>Account number</dt><dd>{account}</dd><dt>Amount</dt><dd>£142.00 monthly</dd>"
        "<dt>Collection</dt><dd>collected on the 15th</dd></dl></div>"
    )
    middle = (
        "<div class=card><h3>Electricity supply</h3><div class=small>Supply number (MPAN)</div>"
        "<div class=mpan><div>S</div><div>01</div><div>801</div><div>101</div>"
        f"<div class=core>{core_spaced}</div></div><dl><dt>MPAN core</dt><dd class=mono>{core_plain}</dd>"
        f"<dt>Meter serial</dt><dd class=mono>{e_serial}</dd><dt>Tariff</dt><dd>Fixed Saver Dec 2027</dd>"
        "<dt>Meter type</dt><dd>Smart meter (SMETS2)</dd></dl></div>"
        "<div class=card><h3>Gas supply</h3><dl>"
        f"<dt>MPRN</dt><dd class=mono>{mprn}</dd><dt>Meter serial</dt><dd class=mono>{g_serial}</dd>"
        "<dt>Tariff</dt><dd>Fixed Saver Dec 2027</dd></dl></div>"
        "<div class=card><h3>Meter readings</h3><table><tr><th>Date</th><th>Source</th><th class=r>Electricity kWh</th>"
        f"<th class=r>Gas m3</th><th>Type</th></tr>{readings}</table></div>"
    )
    right = (
        "<div class='card psr'><h3>Priority Services Register</h3><span class=tag>Registered</span><dl>"
        "<dt>Needs</dt><dd>Dialysis machine at home</dd><dt>Password scheme</dt><dd>Set up</dd>"
        f"<dt>Nominee</dt><dd>{esc(nominee)}</dd><dt>Nominee phone</dt><dd>{nominee_phone}</dd></dl></div>"
        "<div class=card><h3>Payment plan</h3><dl><dt>Balance</dt><dd>£386.40 in debit</dd>"
        "<dt>Plan</dt><dd>None active</dd></dl><div class=small>Agent note</div>"
        "<textarea id=note></textarea><span class=btn>Save note</span></div>"
    )
    body = (
        "<div class=top><span class=logo>Brightwell Energy</span><span>Account view</span><span>Queue: Payments</span>"
        f"<span class=u>{esc(agent)} · Team 4</span></div><div class=wrap><div>{left}</div><div>{middle}</div>"
        f"<div>{right}</div></div>"
    )
    stage.page("crm/account.html", doc("Account · Brightwell Energy", CSS, body))
    stage.keep("Account view", "Supply number (MPAN)", "Electricity supply", "Fixed Saver Dec 2027")
    stage.keep("Smart meter (SMETS2)", "Meter readings", "Priority Services Register", "Dialysis machine at home")
    stage.keep("£142.00 monthly", "collected on the 15th", "£386.40 in debit", "Save note", "Previous address")
    chrome = stage.chrome("http://crm.brightwell.example/crm/account.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    stage.click(*chrome.point("#note"))
    desk.type(
        f"Spoke to {first}, agreed £25 a month extra from 15 Jan. {nominee_first} may call on her behalf.",
        typo_rate=0.0,
        delay_ms=55,
    )
    stage.mark("typed")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="energy_account",
    description="An energy supplier's agent view in Chromium (en_GB, en_IE names and ones common lists miss): the "
    "account holder, date of birth, phone, e-mail, supply address; a previous address with its dates; the MPAN in "
    "its boxed two-row layout ('S | 01 | 801 | 101' over the 13-digit core, spaced) and the core again, the gas "
    "MPRN, two meter serial numbers, a meter readings table; the Direct Debit (account name '<Mrs> <I> <Last>', "
    "sort code, account number, 'collected on the 15th'); the Priority Services Register ('Dialysis machine at "
    "home', a nominee and phone); a payment-plan note typed with first names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=24.0,
    seed=38101,
    crf=24,
)
