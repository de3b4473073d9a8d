"""A display name mentioned with "@" whose space small text lost: "@<First><Last>".

Wikis, chats and issue trackers write a mention as the person's display name after "@" ("Owned
by @<First> <Last>", "cc @<First> <Last>"), in small type and on a tinted chip. Scaled down (a
viewer's window, a high-DPI screen at 66 %), OCR loses the space and often a letter of the
surname, so neither the mention pattern (which wants the space) nor the value memory (which
matches exactly) takes it. The glued form is still a name when its first part is a given name
the lexicon knows and no common word, and the rest a surname or no common or system word: a Java
annotation or a decorator ("@SuppressWarnings", "@PostMapping", "@NotNull") starts with a
common word, no given name.
"""

from __future__ import annotations

import regex

from pipeline.detection.names import NameLexicon
from pipeline.detection.text import LayoutText, SpanFinding

RECOGNIZER = "names:glued_mention"
FIRST_MAX_ZIPF = 5.0  # a given name this rare as an English word ("Post" 5.3, "Spring" 5.3 are words)
_GLUED_MENTION = regex.compile(r"(?<![\w@.+-])@(\p{Lu}\p{Ll}{2,})((?:\p{Lu}[\p{Ll}'’]+){1,2})")


class GluedMentionFinder:
    """PERSON: "@<First><Last>", a mention's display name glued (see the module's docstring)."""

    def __init__(self, lexicon: NameLexicon, score: float):
        self.lexicon = lexicon
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        if "@" not in lt.text:
            return []
        found: list[SpanFinding] = []
        for m in _GLUED_MENTION.finditer(lt.text):
            if self._name(m.group(1), regex.findall(r"\p{Lu}[\p{Ll}'’]+", m.group(2))):
                found.append(SpanFinding(m.start(1), m.end(2), "PERSON", self.score, RECOGNIZER))
        return found

    def _name(self, first: str, rest: list[str]) -> bool:
        lex = self.lexicon
        if not lex.is_first_name(first) or lex.zipf(first) >= FIRST_MAX_ZIPF:
            return False
        words = [first, *rest]
        if any(lex.is_system(w) or w.lower() in lex.ui for w in words):
            return False
        return all(lex.is_surname(w) or not lex.is_common_word(w) for w in rest)
