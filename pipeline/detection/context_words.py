"""Context words near a value, matched as whole words.

Presidio's context enhancer matches its context words as substrings of the nearby tokens: "us"
(a passport's context) is found in "status", "dob" in "Adobe", "pan" in "company". Identifiers
whose shape alone proves nothing (nine digits, a checksum that one number in ten passes) are
only reported with a context word before them, found here by word: on the value's own line, or
at the end of the line above (a label above its field, prose that wraps).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

# A word as OCR reads it: letters and digits with the punctuation inside abbreviations
# ("d.o.b", "a/c", "driver's", "e-mail") but not at its edges.
_WORD = regex.compile(r"[\w][\w'’./#-]*[\w#]|[\w]")
WORDS_BEFORE = 6  # words before the value on its line that may hold the context
WORDS_ABOVE = 4  # words at the end of the line above
# What the verification gate reads where the plan masked a value (labels.MASKED_VALUE, a full
# block): the words before it were its context, none of a value after it
MASKED = "\u2588"


class ContextWords:
    """Whole words or phrases (lower case) of which one must stand shortly before a value."""

    def __init__(self, phrases: Iterable[str]):
        self.phrases = tuple(sorted({" ".join(p.lower().split()) for p in phrases if p.strip()}))
        alternatives = "|".join(regex.escape(p) for p in sorted(self.phrases, key=len, reverse=True))
        self._re = regex.compile(rf"(?<![\w])(?:{alternatives})(?![\w])") if alternatives else None

    def __bool__(self) -> bool:
        return self._re is not None

    def before(self, text: str, start: int, words: int = WORDS_BEFORE, above: int = WORDS_ABOVE) -> bool:
        """Whether one of the phrases is among the `words` words before `start` on its line or
        the last `above` words of the line above."""
        if self._re is None:
            return False
        return self._re.search(context_before(text, start, words, above)) is not None


def context_before(text: str, start: int, words: int = WORDS_BEFORE, above: int = WORDS_ABOVE) -> str:
    """The words before `start` (lower case, single spaces): the end of the line above, then
    the start of the value's own line; none before a masked value (`MASKED`) between them and
    `start` (the gate's reading of 'Date of birth █' over another panel's date: the masked
    value was the label's)."""
    line_start = text.rfind("\n", 0, start) + 1
    masked = text.rfind(MASKED, line_start, start)
    own = _WORD.findall(text, max(line_start, masked + 1), start)[-words:] if words else []
    previous: list[str] = []
    if above and line_start > 0 and masked < 0:
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above_start = max(above_start, text.rfind(MASKED, above_start, line_start - 1) + 1)
        previous = _WORD.findall(text, above_start, line_start - 1)[-above:]
    return " ".join(previous + own).lower()
