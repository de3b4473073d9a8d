"""A user name made of the name of a person the recording showed: a marketplace's buyer, a forum's
member, an admin list's account.

Sites show a person's user name beside their full name, or alone where the full name was shown
before: a seller hub's "Buyer" cell ("<i><surname>_1973" over "<First> <Last>"), a return request's
"<First> <Last> (<surname>103)", a message thread headed by the buyer's user name. A user name is
free text to its owner, so no list knows it; what gives it away is the name in it. Once a full name
is found (memory.owner_forms: each word of it, the first name's initial glued to the rest, first and
last glued), a lower-case token shaped like a login whose letters are one of those forms is
USERNAME: a part of it between its separators and digits ("_", ".", "-") is
- a form of four letters or more ("<first>_<last4>5", "<surname>103"),
- such a form with one or two letters after it (a last name's initial: "<first><l>-uk"),
- or the first four letters or more of a form, beside a digit or a separator ("<first>_<surn>5").
The token must hold a digit, "_" or ".", or be two parts joined by "-" ("<first><l>-uk"; not a
slug of words, "mark-as-read"), or be no English word: a surname that is a word too ("baker")
written alone in lower case is a word of the text. Found only where the memory holds
names (one recording's), and only on tokens shaped like logins: a set lookup and a prefix test per
part."""

from __future__ import annotations

import regex

from pipeline.detection.names import NameLexicon
from pipeline.detection.text import LayoutText, SpanFinding

RECOGNIZER = "names:owned_login"
_LOGIN = regex.compile(r"(?<![\w@.])[a-z][a-z0-9._-]{3,31}(?![\w@])")
_PARTS = regex.compile(r"[a-z]+")
_MIN_FORM = 4  # letters of a name's form that a login part must hold
_EXTRA = 2  # letters after a whole form ("<first><l>": a last name's initial)
# systemd's unit types: "<name>.service" names a program the host runs, not a person's account
_UNIT_TYPES = frozenset({"service", "socket", "timer", "target", "mount", "automount", "path", "slice", "scope"})


class OwnedLoginFinder:
    """USERNAME: a login-shaped token made of a name the recording showed (`owners`)."""

    def __init__(self, lexicon: NameLexicon, score: float):
        self.lexicon = lexicon
        self.score = score

    def find(self, lt: LayoutText, owners: set[str] | frozenset[str]) -> list[SpanFinding]:
        forms = {o for o in owners if len(o) >= _MIN_FORM}
        if not forms:
            return []
        text = lt.text
        found: list[SpanFinding] = []
        for m in _LOGIN.finditer(text):
            token = m.group().rstrip("._-")
            if token.endswith((".com", ".org", ".net", ".pdf", ".txt", ".py")) or self._named_thing(token):
                continue  # a host, a file's or a service unit's name: not a login
            if "." in token and text.startswith("/", m.start() + len(token)):
                continue  # a web address's host before its path ("<site>.example/desk/index.html")
            parts = _PARTS.findall(token)
            joined = any(c.isdigit() or c in "._" for c in token)
            if not joined and "-" in token and len(parts) > 2:
                continue  # words joined by hyphens ("mark-as-read"): a slug, an option
            if not joined and "-" not in token and self.lexicon.zipf(token) > 0:
                continue  # an English word in lower case ("baker"): a word of the text
            if self.lexicon.is_system(token):
                continue
            if any(self._owned(part, forms, joined or "-" in token) for part in parts):
                found.append(SpanFinding(m.start(), m.start() + len(token), "USERNAME", self.score, RECOGNIZER))
        return found

    def _named_thing(self, token: str) -> bool:
        """A file's name ("<word>-notes.txt") or a service manager's unit ("billing-api.service"):
        its last dotted part says what it is."""
        return self.lexicon.is_file_name(token) or token.rpartition(".")[2] in _UNIT_TYPES

    @staticmethod
    def _owned(part: str, forms: set[str], joined: bool) -> bool:
        if len(part) < _MIN_FORM:
            return False
        if part in forms:
            return True
        if any(part[: len(part) - k] in forms for k in range(1, _EXTRA + 1)):
            return True  # "<first><l>": a whole form and a letter or two
        return joined and any(f.startswith(part) for f in forms)  # "<surn>" of "<first>_<surn>5"
