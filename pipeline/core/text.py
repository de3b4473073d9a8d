"""One way to compare texts read from a screen: lower case, letters a-z, digits and "@" only.

OCR adds and drops spaces and punctuation ("kim. blake@ example.com"), so values are compared
in this form: the recording's value memory finds a value again with it (keeping each kept
character's offset in the original text), and the quality harness and the exporters match
ground truth and replacements with it.
"""

from __future__ import annotations

import re

_DROPPED = re.compile(r"[^a-z0-9@]")


def normalise(text: str) -> str:
    """Lower case, letters, digits and @ only: OCR's spaces and punctuation do not matter."""
    return _DROPPED.sub("", text.lower())


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalise(text)` and, for each of its characters, the offset in `text.lower()` it came from."""
    lowered = text.lower()
    offsets = [i for i, ch in enumerate(lowered) if not _DROPPED.match(ch)]
    return "".join(lowered[i] for i in offsets), offsets
