"""One way to compare texts read from a screen: lower case, letters a-z, digits and "@" only.

OCR adds and drops spaces and punctuation ("kim. slade@ example.com"), so values are compared
in this form: the recording's value memory finds a value again with it (keeping each kept
character's offset in the original text), and the quality harness and the exporters match
ground truth and replacements with it.
"""

from __future__ import annotations

import re

_DROPPED = re.compile(r"[^a-z0-9@]")
# OCR reads a small "l" as "!" or "|" (a name in a dense menu "Karo! Vent" for "Karol Vent"):
# read as "l", one character for one, so offsets stay those of the text read
READ_AS_L = str.maketrans("!|", "ll")


def normalise(text: str) -> str:
    """Lower case, letters, digits and @ only: OCR's spaces and punctuation do not matter."""
    return _DROPPED.sub("", text.lower())


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalise(text)` and, for each of its characters, the offset in `text.lower()` it came from."""
    lowered = text.lower()
    offsets = [i for i, ch in enumerate(lowered) if not _DROPPED.match(ch)]
    return "".join(lowered[i] for i in offsets), offsets


def misread_as(a: str, b: str) -> bool:
    """Whether `a` is `b` with one letter wrong, added or dropped, or with two neighbouring
    letters read as one or one as two (not `b` itself): OCR reads a scaled-down "ri" as "n"
    and "rn" as "m" ("Nursenes" for "Nurseries"), and "m" as "rn"."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    # a letter dropped (short[i] is long_[i + 1]) or two read as one (short[i] is anything)
    return short[i + 1 :] == long_[i + 2 :]
