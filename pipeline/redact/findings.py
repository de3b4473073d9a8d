"""Why the gate blocked, in the words QA reads: each finding's id and kind, and the short reasons
of a blocked verification that the batch summary, `redact list` and the review page show.

Everything here is made of entity types, categories, frames and boxes: never text.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from pipeline.redact.verify import Finding, FindingBasis, Verification

# Verification.reason categories other than "finding", as QA reads them
_BLOCKS = {
    "unreadable_frame": "unreadable frames",
    "unreadable_output": "unreadable output",
    "plan_mismatch": "output does not match its plan",
}


def finding_id(finding: Finding) -> str:
    """A short id of one finding, the same wherever it is shown or audited: a hash of its frame,
    type and box (so it names nothing but those)."""
    x, y, w, h = finding.box.to_tuple()
    key = f"{finding.frame}:{finding.entity_type}:{x},{y},{w},{h}"
    return hashlib.sha256(key.encode("ascii")).hexdigest()[:10]


def finding_kind(finding: Finding) -> str:
    """Why the gate reported it, as a category: its basis (`seen_value`: a value the analysis found
    in the recording, read again; `structural`: a sensitive field by the screen's structure or
    label, holding readable content; `high_confidence`: the detector's own sure finding), with
    `seen_value_part` for a piece of a seen value."""
    basis = str(finding.basis or FindingBasis.HIGH_CONFIDENCE)
    return "seen_value_part" if basis == FindingBasis.SEEN_VALUE and finding.partial else basis


def finding_label(finding: Finding) -> str:
    """`PERSON high_confidence`, `CREDIT_CARD seen_value_part`: what the summaries count."""
    return f"{finding.entity_type} {finding_kind(finding)}"


def block_reasons(verification: Verification | dict | None) -> Counter[str]:
    """The reasons one output is blocked, counted: findings by label, or why it was not read.
    Empty for a clean (or unverified) output."""
    if verification is None:
        return Counter()
    if isinstance(verification, dict):
        verification = Verification.from_dict(verification)
    if verification.clean:
        return Counter()
    reasons = Counter(finding_label(f) for f in verification.findings)
    if verification.unreadable:
        reasons["unreadable frames"] += len(verification.unreadable)
    if not reasons:
        reasons[_BLOCKS.get(verification.reason or "", verification.reason or "blocked")] += 1
    return reasons


def reasons_text(reasons: Counter[str], top: int = 3) -> str:
    """`PASSWORD structural x3, EMAIL_ADDRESS seen_value x1 (+2 more)`: the most frequent first."""
    ranked = sorted(reasons.items(), key=lambda item: (-item[1], item[0]))
    text = ", ".join(f"{label} x{n}" for label, n in ranked[:top])
    return text + (f" (+{len(ranked) - top} more)" if len(ranked) > top else "")


def merge(many: Iterable[Counter[str]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for reasons in many:
        total.update(reasons)
    return total
