"""A computer or a phone named after its user, and a home network named after its household.

Computers: as Windows named them by default ("<USER>-PC") and as organisations name them
("LAPTOP-<INITIAL><SURNAME>", "<FIRST>-LAPTOP", "DESKTOP-<SURNAME>"): in System > About, a
command prompt's `hostname`, an RDP window's title, a remote-support tool's session list. Phones
and tablets as they name themselves on a network, the owner's possessive with its apostrophe
dropped or made a hyphen ("<First>s-iPad", "<First>-s-Galaxy-S23"), or as a person renames them
("<First>-Pixel-7", "<First>-<Last>-Laptop"): a router's attached-devices list, a DHCP lease
table. Wi-Fi networks named after a household ("<Surname>_5G", "<Surname> Family").

Windows 10/11 name a new computer "DESKTOP-" and seven random letters and digits ("DESKTOP-7F3K2L9"),
which name no one; a device word and a word that is a person's login or name do. The name part
must be a known first name ("OLIVE-PC"; "Olives" before a device, its possessive), an initial and
a census surname glued ("LAPTOP-OKEATING"), a first name and a surname glued or hyphenated, or a
word English knows only as a name (wordfreq has seen it, Webster's lower-case words do not hold
it: "MELLOR", not "SALES", "RECEPTION" or a random "ABCDEFG"); English words, system and maker
words ("NETGEAR_5G", "Galaxy") are none. The device, model and network words are
models/detection.yaml `ner_filter.bare_names` `device_words`, `device_model_words`,
`network_words` and `household_words`."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex
from english_words import get_english_words_set

from pipeline.detection.names import NameLexicon
from pipeline.detection.text import LayoutText, SpanFinding

RECOGNIZER = "names:host"
# a host name: letters and digits in parts joined by hyphens or underscores, standing alone (not
# inside a path, an address or a longer host: ".local" and a domain after it belong to it)
_HOST = regex.compile(
    r"(?<![\w.@/\\:-])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){1,5}(?:\.[A-Za-z][A-Za-z0-9-]*)*(?![\w@/\\-])", regex.VERSION0
)
_PART = regex.compile(r"[-_]")
_MODEL = regex.compile(r"[a-z]{0,2}\d{1,4}[a-z]{0,2}")  # "S23", "7", "8a", "A52", "M15w"
_INITIAL_SURNAME_MAX_ZIPF = 2.0  # "okeating": a glued initial and surname is no English word
# a word English knows only as a name: wordfreq has seen it (a random "abcdefg" is about 1.2)
# but not as often as an ordinary word ("sales" 5.0), and Webster's has no lower-case entry
_NAME_LIKE_ZIPF = (1.5, 3.5)
_CUT_OWNER_MIN = 6  # a computer name cut inside its owner's name: this many letters at least


@functools.cache
def _webster_lower() -> frozenset[str]:
    """Webster's Second's words in lower case (english-words' web2): proper names are capitalised
    there, so "mellor" and "sarah" are not in it; loaded when first asked."""
    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


class HostNameFinder:
    """PERSON: a computer's or a phone's name that holds its user's name or login, and a Wi-Fi
    network's name that holds its household's."""

    def __init__(
        self,
        lexicon: NameLexicon,
        score: float,
        device_words: Iterable[str] = (),
        model_words: Iterable[str] = (),
        network_words: Iterable[str] = (),
        household_words: Iterable[str] = (),
    ):
        self.lexicon = lexicon
        self.score = score
        self.devices = frozenset(w.lower() for w in device_words)
        self.models = frozenset(w.lower() for w in model_words)
        self.networks = frozenset(w.lower() for w in network_words)
        self.households = frozenset(w.lower() for w in household_words)
        self._household = (
            regex.compile(
                r"(?<![\w'’-])(?P<name>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)[ ](?i:"
                + "|".join(sorted(map(regex.escape, self.households)))
                + r")(?![\w-])",
                regex.VERSION0,
            )
            if self.households
            else None
        )

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        text = lt.text
        for line in lt.lines:
            row = text[line.start : line.end]
            if "-" in row or "_" in row:
                for m in _HOST.finditer(text, line.start, line.end):
                    if self._personal_host(m.group().split(".", 1)[0]):
                        found.append(SpanFinding(m.start(), m.end(), "PERSON", self.score, RECOGNIZER))
            if self._household is not None:
                for m in self._household.finditer(text, line.start, line.end):
                    if self._named(m.group("name")):
                        found.append(SpanFinding(m.start(), m.end(), "PERSON", self.score, RECOGNIZER))
        return found

    def owned(self, lt: LayoutText, owners: set[str] | frozenset[str]) -> list[SpanFinding]:
        """PERSON: a computer named after a person the recording showed by full name, a device
        word beside a word that is how one of them is written in a host name (`owners`,
        memory.owner_forms): "DESKTOP-<SURNAME>" whose surname is an English word too ("Baker"),
        "<I><SURNAME>-PC" of a surname no list knows, and either cut where Windows cuts a computer
        name (15 characters: "<I><SURN>-PC", six letters at least)."""
        if not owners:
            return []
        found: list[SpanFinding] = []
        text = lt.text
        for line in lt.lines:
            row = text[line.start : line.end]
            if "-" not in row and "_" not in row:
                continue
            for m in _HOST.finditer(text, line.start, line.end):
                parts = [p.lower() for p in _PART.split(m.group().split(".", 1)[0])]
                if not any(p in self.devices for p in parts):
                    continue
                rest = [p for p in parts if p not in self.devices and not self._model(p)]
                if len(rest) == 1 and rest[0].isalpha() and self._owner_form(rest[0], owners):
                    found.append(SpanFinding(m.start(), m.end(), "PERSON", self.score, RECOGNIZER))
        return found

    @staticmethod
    def _owner_form(part: str, owners: set[str] | frozenset[str]) -> bool:
        if part in owners:
            return True
        return len(part) >= _CUT_OWNER_MIN and any(o.startswith(part) for o in owners)

    def _personal_host(self, host: str) -> bool:
        parts = _PART.split(host)
        low = [p.lower() for p in parts]
        devices = [i for i, p in enumerate(low) if p in self.devices]
        if not devices:
            # a Wi-Fi network: a name and a band or network word ("<Surname>_5G", "<First>-Home")
            if len(parts) == 2 and low[1] in self.networks:
                return self._named(parts[0])
            return False
        first, last = devices[0], devices[-1]
        before = parts[:first]
        if before and before[-1].lower() == "s" and len(before) > 1:
            before = before[:-1]  # "<First>-s-Galaxy": the possessive's apostrophe made a hyphen
        if before and not any(self._model(p.lower()) for p in before):
            return self._owner(before)
        # after the device and its model ("LAPTOP-<INITIAL><SURNAME>", "Galaxy-S23-<First>")
        after = parts[last + 1 :]
        while after and self._model(after[0].lower()):
            after = after[1:]
        return bool(after) and not any(self._model(p.lower()) for p in after) and self._owner(after)

    def _model(self, low: str) -> bool:
        return low in self.models or low in self.devices or _MODEL.fullmatch(low) is not None

    def _owner(self, parts: list[str]) -> bool:
        """Whether the words beside a device word name its owner."""
        lex = self.lexicon
        if len(parts) == 1:
            return self._personal(parts[0])
        if len(parts) == 2:  # "<First>-<Last>-Laptop"
            first, last = parts
            return (
                lex.is_first_name(first)
                and last.isalpha()
                and len(last) >= 2
                and not (lex.is_system(last.lower()) or last.lower() in lex.ui or lex.is_dictionary(last))
            )
        return False

    def _personal(self, part: str) -> bool:
        lex = self.lexicon
        low = part.lower()
        if not low.isalpha() or lex.is_system(low) or low in lex.ui:
            return False
        if lex.is_first_name(low):
            return True  # "OLIVE-PC", "WILL-PC": beside a device word a first name names its user
        if low.endswith("s") and lex.is_first_name(low[:-1]) and not lex.is_dictionary(low):
            return True  # "Carolines-iPad": the possessive without its apostrophe
        if lex.zipf(low) >= lex.common_zipf:
            return bool(self._name_like(low))  # "SALES-PC", "RECEPTION-PC", "HOME-PC" no; "MELLOR"
        if lex.zipf(low) >= _INITIAL_SURNAME_MAX_ZIPF:
            return bool(self._name_like(low))
        if len(low) >= 5 and (lex.is_surname(low[1:]) or self._name_like(low[1:])):
            return True  # an initial and a surname ("kmellor-laptop": one English knows only as a name)
        if any(lex.is_first_name(low[:k]) and lex.is_surname(low[k:]) for k in range(3, len(low) - 2)):
            return True  # a first name and a surname glued
        return self._name_like(low)

    def _named(self, word: str) -> bool:
        """A household's or a person's name before a network word: a known first name or surname
        that is no ordinary word, or a word English knows only as a name."""
        lex = self.lexicon
        low = regex.sub(r"['’]s$", "", word.lower()).replace("'", "").replace("’", "")
        if not low.replace("-", "").isalpha() or low in lex.system or low in lex.ui:
            return False  # a maker's or a provider's default name ("Linksys_Guest"), a name or not
        if (lex.is_first_name(low) or lex.is_surname(low)) and lex.zipf(low) < lex.common_zipf + 1.0:
            return low not in _webster_lower()
        return self._name_like(low)

    def _name_like(self, low: str) -> bool:
        lo, hi = _NAME_LIKE_ZIPF
        if len(low) < 4 or not lo <= self.lexicon.zipf(low) < hi:
            return False
        words = _webster_lower()
        return low not in words and not (low.endswith("s") and low[:-1] in words)
