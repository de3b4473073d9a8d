"""A repository's history in a terminal: one-line log with authors, shortlog, blame, trailers.

Why this screen: a technician helping a developer (or auditing who changed what) prints a repo's
history. `git log --format='%h %an <%ae> %ad %s'` puts each author's name and e-mail on the same
line as the hash, the date and the subject; `git shortlog -sne` lists every author with a commit
count; `git blame` prints the author's name, cut to a fixed width, in the gutter of every line of
code; `git show` ends a message with `Signed-off-by:` and `Co-authored-by:` trailers; `git config`
echoes the user's own name and e-mail. The long outputs are paged with `less` and scrolled.
Names and e-mails are the personal data; hashes, dates, subjects, file names and code are not.
"""

from __future__ import annotations

import random
import string

from faker import Faker

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

ROWS = 39  # text rows less shows in the 130x40 xterm (the last row is its prompt)
SUBJECTS = [
    "Fix rounding in invoice totals",
    "Add retry with backoff to webhook sender",
    "Bump pydantic to 2.9.2",
    "Refactor tax rules into per-region modules",
    "Handle empty basket in checkout summary",
    "Cache exchange rates for ten minutes",
    "Move PDF rendering behind a feature flag",
    "Log request ids in the payment client",
    "Drop Python 3.9 from the test matrix",
    "Validate VAT numbers before saving",
    "Speed up the nightly ledger export",
    "Rename Invoice.total_net to net_total",
    "Add idempotency keys to refunds",
    "Document the release checklist",
    "Fix flaky test_credit_note_reversal",
    "Paginate the customer statement endpoint",
    "Use Decimal for discount percentages",
    "Remove the legacy SOAP adapter",
    "Guard against negative quantities",
    "Show the due date on reminder e-mails",
    "Split settings by environment",
    "Upgrade CI runners to Ubuntu 24.04",
    "Add metrics for failed card captures",
    "Correct the currency symbol for CHF",
    "Lint: sort imports in billing/",
    "Retry S3 uploads on throttling",
    "Store invoice PDFs under tenant prefixes",
    "Merge branch 'release/4.12'",
]
CODE = [
    "from decimal import Decimal, ROUND_HALF_UP",
    "",
    "from billing.models import Invoice, LineItem",
    "from billing.tax import rate_for",
    "",
    "",
    "def line_total(item: LineItem) -> Decimal:",
    '    """Net amount of one line, rounded to the currency\'s minor unit."""',
    "    gross = item.unit_price * item.quantity",
    "    if item.quantity < 0:",
    '        raise ValueError("negative quantity")',
    "    return gross.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)",
    "",
    "",
    "def invoice_totals(invoice: Invoice) -> dict[str, Decimal]:",
    "    net = sum((line_total(i) for i in invoice.lines), Decimal(0))",
    "    rate = rate_for(invoice.region, invoice.issued_on)",
    "    tax = (net * rate).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)",
    "    discount = invoice.discount_pct * net / 100",
    '    return {"net": net, "tax": tax, "discount": discount,',
    '            "gross": net + tax - discount}',
    "",
    "",
    "def due_date(invoice: Invoice):",
    "    return invoice.issued_on + invoice.terms.delta",
    "",
    "",
    "def is_overdue(invoice: Invoice, today) -> bool:",
    "    return invoice.balance > 0 and today > due_date(invoice)",
]


def _authors(fake_gb: Faker, fake_us: Faker, rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(out) < 15:
        fk = fake_gb if len(out) % 3 else fake_us
        name = fakes.person(fk)
        if name in seen or len(name) > 22:
            continue
        seen.add(name)
        if len(out) % 5 == 4:
            first, last = name.lower().replace("'", "").split(" ", 1)
            mail = f"{first}.{last.replace(' ', '').replace('-', '')}{rng.randint(10, 99)}@gmail.com"
        else:
            mail = fakes.email_for(name, "ledgerly.io", rng)
        out.append((name, mail))
    return out


def _hash(rng: random.Random, n: int = 7) -> str:
    return "".join(rng.choice(string.hexdigits.lower()[:16]) for _ in range(n))


def play(stage: Stage) -> None:
    fake_gb, fake_us, rng = stage.fake("en_GB"), stage.fake("en_US"), stage.rng
    authors = _authors(fake_gb, fake_us, rng)
    # git log: newest first, 60 commits, dates going back from 2026-12-04
    log_lines, commits = [], []
    day = 4
    month = 12
    for i in range(60):
        name, mail = authors[rng.randrange(len(authors))] if i % 4 else authors[i % len(authors)]
        subject = SUBJECTS[i % len(SUBJECTS)]
        h = _hash(rng)
        commits.append((h, name, mail, subject))
        log_lines.append(f"{h} {name} <{mail}> 2026-{month:02d}-{day:02d} {subject}")
        if i % 3 == 2:
            day -= 1
            if day == 0:
                month, day = 11, 30
    log_text = "\n".join(log_lines) + "\n"
    counts = {a: 0 for a in authors}
    for _, name, mail, _ in commits:
        counts[(name, mail)] += 1
    short = "\n".join(f"{n:>6}\t{a[0]} <{a[1]}>" for a, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n)
    short += "\n"
    # blame: the name column cut to 15 characters, as a narrow gutter shows it
    blame_lines = []
    cut_names: dict[str, str] = {}
    for n, code in enumerate(CODE, start=1):
        h, name, _, _ = commits[(n * 7) % len(commits)]
        cut = name[:15]
        cut_names[name] = cut
        blame_lines.append(f"^{h} ({cut:<15} 2026-{11 + (n % 2):02d}-{1 + n % 27:02d} {n:>3}) {code}")
    blame_text = "\n".join(blame_lines) + "\n"
    # git show of one commit with trailers
    author, coauthor, signer = authors[2], authors[7], authors[11]
    show_hash = _hash(rng, 40)
    show_text = (
        f"commit {show_hash}\n"
        f"Author: {author[0]} <{author[1]}>\n"
        "Date:   Wed Dec 2 16:41:09 2026 +0000\n\n"
        "    Add idempotency keys to refunds\n\n"
        "    A refund retried after a timeout was sent twice to the card processor.\n"
        "    Each refund now carries a key derived from the invoice and the amount.\n\n"
        f"    Co-authored-by: {coauthor[0]} <{coauthor[1]}>\n"
        f"    Signed-off-by: {signer[0]} <{signer[1]}>\n\n"
        "diff --git a/billing/refunds.py b/billing/refunds.py\n"
        "index 3f2a9c1..8b47d0e 100644\n"
        "--- a/billing/refunds.py\n"
        "+++ b/billing/refunds.py\n"
        "@@ -41,7 +41,9 @@ def refund(invoice, amount):\n"
        "-    return processor.refund(invoice.charge_id, amount)\n"
        "+    key = idempotency_key(invoice.id, amount)\n"
        "+    return processor.refund(invoice.charge_id, amount,\n"
        "+                            idempotency_key=key)\n"
    )
    me = authors[5]
    for name, mail in authors:
        stage.pii(name, "PERSON", watch=False)
        stage.pii(mail, "EMAIL_ADDRESS", watch=False)
    for name, cut in cut_names.items():
        if cut != name:
            stage.pii(cut, "PERSON", watch=False, note="cut to 15 characters in the blame gutter")
    files = {"log.txt": log_text, "short.txt": short, "blame.txt": blame_text, "show.txt": show_text}
    rc = f"""export LANG=C.UTF-8 LESS=-X TERM=xterm-256color
git() {{
  case "$1" in
    log) less -S log.txt ;;
    shortlog) command cat short.txt ;;
    blame) less -S blame.txt ;;
    show) less show.txt ;;
    config) if [ "$2" = user.email ]; then echo '{me[1]}'; else echo '{me[0]}'; fi ;;
  esac
}}
PS1='\\[\\e[32m\\]dev@build-07\\[\\e[0m\\]:\\[\\e[34m\\]~/ledgerly\\[\\e[0m\\]$ '
PROMPT_COMMAND=
clear
"""
    stage.xterm("dev@build-07: ~/ledgerly", rc, files, geometry="130x40+8+4", size=10)
    desk = stage.desk

    def shown_in(text: str) -> None:
        stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in text)

    stage.start()
    stage.pause(1.0)
    desk.type("git log --format='%h %an <%ae> %ad %s' --date=short\n", delay_ms=45)
    stage.pause(0.8)
    shown_in("\n".join(log_lines[: ROWS - 1]))
    stage.keep(commits[0][0], commits[0][3], commits[3][3], static=True)
    stage.mark("log_paged")
    stage.pause(2.5)
    for top in (8, 16):  # scroll down a line at a time, then half a page
        desk.key(*["j"] * 8, pause=0.12)
        shown_in("\n".join(log_lines[top : top + ROWS - 1]))
        stage.pause(1.2)
    desk.key("d")
    stage.pause(0.6)
    shown_in("\n".join(log_lines[16 + ROWS // 2 : 16 + ROWS // 2 + ROWS - 1]))
    stage.pause(1.5)
    desk.key("q")
    desk.type("clear; git shortlog -sne\n", delay_ms=45)
    stage.pause(0.8)
    shown_in(short)
    stage.mark("shortlog")
    stage.pause(3.0)
    desk.type("clear; git blame billing/totals.py\n", delay_ms=45)
    stage.pause(0.8)
    shown_in(blame_text)
    stage.keep("def invoice_totals(invoice: Invoice) -> dict[str, Decimal]:", static=True)
    stage.mark("blame")
    stage.pause(3.0)
    desk.key("q")
    desk.type(f"clear; git show {show_hash[:7]}\n", delay_ms=45)
    stage.pause(0.8)
    shown_in(show_text)
    stage.keep("Add idempotency keys to refunds", "billing/refunds.py", static=True)
    stage.mark("show_trailers")
    stage.pause(3.0)
    desk.key("q")
    desk.type("clear; git config user.name; git config user.email\n", delay_ms=45)
    stage.pause(0.6)
    stage.shown(me[0], "PERSON")
    stage.shown(me[1], "EMAIL_ADDRESS")
    stage.mark("config")
    stage.pause(2.5)


SCENE = SceneSpec(
    name="git_history",
    description="An xterm in a repository with fifteen authors: `git log --format='%h %an <%ae> %ad %s'` paged "
    "with less and scrolled (name and e-mail on each commit's line), `git shortlog -sne`, `git blame` with "
    "names cut to 15 characters in the gutter, `git show` with Co-authored-by and Signed-off-by trailers, "
    "and `git config user.name/user.email`.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=32.0,
    seed=52811,
    crf=26,
)
