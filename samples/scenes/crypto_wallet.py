"""A crypto exchange account: verified identity, wallet addresses, transfers, a revealed recovery phrase.

Why this screen: "my withdrawal never arrived" has a technician open the customer's exchange
account with them. The account page shows the identity the exchange verified (legal name, date of
birth, home address, phone) and the linked bank account; the wallet's "Receive" panel shows the
customer's own Bitcoin and Ethereum deposit addresses in full, in a monospace box with a "Copy"
button; the transfers table lists sends and receipts with the other side's address (full or cut in
the middle, "bc1q8d...x7k2") and a network fee; the security page, where the customer clicks
"Reveal" to check a backup, shows the 12-word "Secret Recovery Phrase" as a numbered grid of plain
English words (all dictionary words: whoever reads them owns the wallet), then an API key and its
secret. The technician scrolls the transfers and the customer reveals the phrase.
"""

from __future__ import annotations

import hashlib
import random

from mnemonic import Mnemonic

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

RARE_FIRST = ["Oisín", "Thandiwe", "Radomir", "Eulalie", "Kasimir", "Wilhelmina", "Ifeoma", "Torsten"]
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(gen):
            chk ^= g if (top >> i) & 1 else 0
    return chk


def btc_address(rng: random.Random) -> str:
    """A native SegWit (P2WPKH) address with a valid Bech32 checksum: version 0, a 20-byte
    program written as 5-bit groups (checksum validators, Presidio's among them, accept it)."""
    program = [rng.randrange(256) for _ in range(20)]
    acc, bits, data = 0, 0, [0]
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    mod = _bech32_polymod(hrp + data + [0] * 6) ^ 1
    check = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH32[d] for d in data + check)


def eth_address(rng: random.Random) -> str:
    return "0x" + hashlib.sha256(str(rng.random()).encode()).hexdigest()[:40]


def cut(address: str) -> str:
    """An address as a transfers list shortens it: its head and tail around an ellipsis."""
    return f"{address[:8]}...{address[-4:]}"


CSS = """
body{font-size:14px;background:#0f1720;color:#e6edf3;margin:0}
.top{height:52px;background:#151f2b;border-bottom:1px solid #263445;display:flex;align-items:center;
padding:0 24px;gap:26px}.top b{font-size:19px;color:#f5b94a}.top span{color:#9fb0c2}
.wrap{display:grid;grid-template-columns:450px 1fr;gap:18px;padding:16px 22px 260px}
.card{background:#151f2b;border:1px solid #263445;border-radius:8px;padding:13px 18px;margin-bottom:14px}
.card h2{font-size:15px;margin:0 0 10px;color:#f0f4f8}
.kv{display:grid;grid-template-columns:150px 1fr;row-gap:7px}.kv span{color:#8aa0b6}
.addr{font-family:'DejaVu Sans Mono',monospace;font-size:13px;background:#0b121a;border:1px solid #2c3b4e;
padding:7px 9px;border-radius:4px;margin:4px 0 10px;display:flex;justify-content:space-between;gap:8px}
.addr button{background:#263445;color:#cfe0f1;border:0;border-radius:3px;font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px}
th{color:#8aa0b6;text-align:left;font-weight:400;border-bottom:1px solid #263445;padding:5px 4px}
td{padding:6px 4px;border-bottom:1px solid #1d2937}
.mono{font-family:'DejaVu Sans Mono',monospace;font-size:12px}
.lab{color:#8aa0b6;margin-top:6px}
.tx{max-height:210px;overflow-y:auto}
.ph{display:grid;grid-template-columns:repeat(4,1fr);gap:7px;margin:8px 0}
.ph div{background:#0b121a;border:1px solid #2c3b4e;border-radius:4px;padding:6px 8px}
.ph i{color:#8aa0b6;font-style:normal;margin-right:6px}
.hidden{display:none}.warn{color:#f5b94a;font-size:12px}
.btn{background:#f5b94a;color:#111;border:0;border-radius:4px;padding:6px 14px;font-weight:700}
"""


def play(stage: Stage) -> None:
    gb, us, rng = stage.fake("en_GB"), stage.fake("en_US"), stage.rng
    holder = stage.pii(f"{rng.choice(RARE_FIRST)} {gb.last_name()}", "PERSON", note="the verified account holder")
    dob = stage.pii(fakes.dob_uk(gb), "DATE_OF_BIRTH")
    street = stage.pii(fakes.street(gb), "ADDRESS")
    town = stage.pii(gb.city(), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER")
    email = stage.pii(fakes.email_for(holder, "proton.me", rng), "EMAIL_ADDRESS")
    bank = fakes.uk_bank(gb)
    sort_code = stage.pii(bank.sort_code, "SORT_CODE")
    account = stage.pii(bank.account, "ACCOUNT_NUMBER")
    btc = stage.pii(btc_address(rng), "CRYPTO", note="the customer's own deposit address")
    eth = stage.pii(eth_address(rng), "CRYPTO", note="the customer's Ethereum deposit address")
    sent_to = stage.pii(btc_address(rng), "CRYPTO", note="the address the missing withdrawal went to")
    friend = stage.pii(fakes.person(us), "PERSON", note="an address-book label on a transfer")
    received = btc_address(rng)
    # a valid BIP-39 phrase: 128 bits of entropy and its checksum as 12 words of the English list
    phrase = Mnemonic("english").to_mnemonic(bytes(rng.randrange(256) for _ in range(16))).split()
    for word in phrase:
        # one word of twelve is harmless alone, but each is part of the secret: every one must go
        stage.pii(word, "SECRET", note="a recovery-phrase word")
    api_key = stage.pii(fakes.token(rng, 32), "SECRET", note="an API key")
    api_secret = stage.pii(fakes.token(rng, 44), "SECRET", note="the API key's secret")
    transfers = [
        ("03 Dec 2026 14:22", "Send", "BTC", "-0.04210000", sent_to, "Pending"),
        ("01 Dec 2026 09:05", "Receive", "BTC", "+0.10000000", cut(received), "Completed"),
        ("28 Nov 2026 18:40", "Send", "ETH", "-0.5000", f"{friend} (address book)", "Completed"),
        ("21 Nov 2026 11:12", "Buy", "BTC", "+0.02500000", "Card purchase", "Completed"),
        ("14 Nov 2026 08:30", "Deposit", "GBP", "+500.00", "Faster Payments", "Completed"),
        ("02 Nov 2026 16:57", "Sell", "ETH", "-0.2500", "To GBP wallet", "Completed"),
        ("29 Oct 2026 10:01", "Receive", "ETH", "+1.2000", cut(eth_address(rng)), "Completed"),
    ]
    rows = "".join(
        f"<tr><td>{esc(when)}</td><td>{esc(kind)}</td><td>{esc(asset)}</td><td>{esc(amount)}</td>"
        f'<td class="mono">{esc(other)}</td><td>{esc(status)}</td></tr>'
        for when, kind, asset, amount, other, status in transfers
    )
    grid = "".join(f"<div><i>{i}.</i>{esc(w)}</div>" for i, w in enumerate(phrase, 1))
    body = f"""<div class="top"><b>Kestrel Exchange</b><span>Trade</span><span>Wallets</span><span>Transfers</span>
<span>Security</span><span>Help</span></div>
<div class="wrap"><div><div class="card"><h2>Verified identity</h2><div class="kv">
<span>Legal name</span><div>{esc(holder)}</div><span>Date of birth</span><div>{esc(dob)}</div>
<span>Home address</span><div>{esc(street)}<br>{esc(town)} {esc(postcode)}</div>
<span>Phone</span><div>{esc(phone)}</div><span>Email</span><div>{esc(email)}</div>
<span>Verification</span><div>Level 2 &middot; Identity document checked</div></div></div>
<div class="card"><h2>Linked bank account</h2><div class="kv"><span>Sort code</span><div>{esc(sort_code)}</div>
<span>Account number</span><div>{esc(account)}</div>
<span>Withdrawal limit</span><div>&pound;25,000 per day</div></div></div>
<div class="card" id="sec"><h2>Secret Recovery Phrase</h2>
<div class="warn">Never share these words. Anyone with them can take your funds.</div>
<button class="btn" id="reveal" onclick="document.getElementById('words').classList.remove('hidden')">Reveal</button>
<div id="words" class="hidden"><div class="ph">{grid}</div>
<div class="lab">API key</div><div class="mono">{esc(api_key)}</div>
<div class="lab">API secret</div><div class="mono">{esc(api_secret)}</div></div></div></div>
<div><div class="card"><h2>Receive</h2><div class="warn">Only send Bitcoin (BTC) to this address</div>
<div class="addr"><span>{esc(btc)}</span><button>Copy</button></div>
<div class="warn">Ethereum (ERC-20) deposit address</div>
<div class="addr"><span>{esc(eth)}</span><button>Copy</button></div></div>
<div class="card"><h2>Recent transfers</h2><div class="tx" id="tx"><table><tr><th>Date</th><th>Type</th><th>Asset</th>
<th>Amount</th><th>To / From</th><th>Status</th></tr>{rows}</table></div></div>
</div></div>"""
    stage.page("acct/index.html", doc("Account - Kestrel Exchange", CSS, body))
    stage.keep("Verified identity", "Linked bank account", "Only send Bitcoin (BTC) to this address")
    stage.keep("Recent transfers", "Faster Payments", "Card purchase", "Withdrawal limit", "Secret Recovery Phrase")
    stage.keep("Never share these words. Anyone with them can take your funds.")
    chrome = stage.chrome("http://app.kestrel.example/acct/index.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(5.0)
    x, y = chrome.point("#tx")
    desk.move(x, y)
    desk.scroll(2, pause=0.3)
    stage.mark("transfers_scrolled")
    stage.pause(3.0)
    desk.scroll(-2, pause=0.3)
    stage.pause(2.0)
    x, y = chrome.point("#sec")
    desk.move(x, y)
    stage.click(*chrome.point("#reveal"))
    stage.pause(2.0)
    desk.scroll(3, pause=0.3)
    stage.mark("phrase_revealed")
    stage.pause(5.0)
    desk.scroll(-6, pause=0.3)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="crypto_wallet",
    description="A crypto exchange account in Chromium: the verified identity (legal name, DOB, home address, "
    "phone, e-mail), the linked bank account, the wallet's Bitcoin (Bech32) and Ethereum deposit addresses in "
    "monospace boxes, a transfers table with full and shortened addresses and an address-book name; the page "
    "scrolled to the security card where 'Reveal' shows the 12-word Secret Recovery Phrase as a numbered grid "
    "of English words, an API key and its secret. Rare given names, en_GB and en_US.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=73105,
    crf=24,
)
