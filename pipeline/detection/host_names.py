"""A computer named after its user, as Windows named them by default ("<USER>-PC") and as
organisations name them ("LAPTOP-<INITIAL><SURNAME>", "<FIRST>-LAPTOP"): in System > About, a
command prompt's `hostname`, an RDP window's title, a remote-support tool's session list.

Windows 10/11 name a new computer "DESKTOP-" and seven random letters and digits ("DESKTOP-7F3K2L9"),
which name no one; a device word and a word that is a person's login or first name do. The name
part must be a known first name ("OLIVE-PC"), an initial and a census surname glued ("LAPTOP-
OKEATING"), or a first name and a surname glued; English words ("SALES-PC", "RECEPTION-PC") and
system words are none."""

from __future__ import annotations

import regex

from pipeline.detection.names import NameLexicon
from pipeline.detection.text import LayoutText, SpanFinding

RECOGNIZER = "names:host"
_DEVICE = r"(?:PC|LAPTOP|DESKTOP|NB|NOTEBOOK|WS|MAC|MBP|SURFACE|THINKPAD)"
# the device word before or after the name part, parted by a hyphen; the host name stands alone
# (not inside a path or a longer host: ".local" and a domain after it belong to it)
_HOST = regex.compile(
    rf"(?<![\w.-])(?i:(?:{_DEVICE}-(?P<after>[A-Za-z]{{3,20}}))|(?:(?P<before>[A-Za-z]{{3,20}})-{_DEVICE}))"
    r"(?:\.[A-Za-z0-9-]+)*(?![\w-])",
    regex.VERSION0,
)
_INITIAL_SURNAME_MAX_ZIPF = 2.0  # "okeating": a glued initial and surname is no English word


class HostNameFinder:
    """PERSON: a computer's name that holds its user's name or login."""

    def __init__(self, lexicon: NameLexicon, score: float):
        self.lexicon = lexicon
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        text = lt.text
        for line in lt.lines:
            if "-" not in text[line.start : line.end]:
                continue
            for m in _HOST.finditer(text, line.start, line.end):
                part = m.group("after") or m.group("before")
                if self._personal(part):
                    found.append(SpanFinding(m.start(), m.end(), "PERSON", self.score, RECOGNIZER))
        return found

    def _personal(self, part: str) -> bool:
        lex = self.lexicon
        low = part.lower()
        if lex.is_system(low) or low in lex.ui:
            return False
        if lex.is_first_name(low):
            return True  # "OLIVE-PC", "WILL-PC": beside a device word a first name names its user
        if lex.zipf(low) >= lex.common_zipf:
            return False  # "SALES-PC", "RECEPTION-PC", "HOME-PC"
        if lex.zipf(low) >= _INITIAL_SURNAME_MAX_ZIPF:
            return False
        if len(low) >= 5 and lex.is_surname(low[1:]):
            return True  # an initial and a surname
        return any(lex.is_first_name(low[:k]) and lex.is_surname(low[k:]) for k in range(3, len(low) - 2))
