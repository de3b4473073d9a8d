"""A name under or beside its initials avatar: the round picture apps draw for a person with no
photo, holding the first letters of their given name and surname.

Org charts and people directories (a box: initials circle, name, job title), account lists
(macOS Users & Groups, Windows Settings' family and other users), contact and member lists,
chat and mail lists all draw one. The initials are the screen's own statement that the words
beside them are a person's name, whatever the name: one no list of names knows ("<rare given
name> <rare surname>") is found as surely as "John Smith". The avatar is a word of two or three
capitals alone in its line but for stray marks of the circle (OCR reads the circle's letters as a
line of their own; "Jc", "RW]", "[sc]" or "BP ]" at small sizes), right above the name (its
centre over the name's line) or left of it, within a few line heights; or the first word of the
name's own line. The name is two or three
capitalised words, none a system or UI word and not all of them ordinary English words
("PR Pull Request", "SA Support Analyst" are none), whose initials, first and last (or all
three), are the avatar's letters. A list that keeps surnames private (a nursery's room of children,
a marketplace's reviewers) writes the surname as its initial: "<First> <L>." beside "FL" is a name
too, its given name then no ordinary word."""

from __future__ import annotations

import regex

from pipeline.detection.names import NameLexicon, is_name_token
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

RECOGNIZER = "names:avatar"
# the circle's letters as OCR reads them: two or three letters, a stray mark of the circle before
# or after them, glued ("[sc]", "RW]") or a word of its own ("BP ]" on a copy scaled to 75 %)
_AVATAR = regex.compile(r"[\[\(|{]?(\p{L}{2,3})[\]\)|}.,:;'’\"]?")
_MARK = regex.compile(r"[^\p{L}\p{N}]+")
# a surname written as its initial: "<First> <L>." (the dot lost in text scaled to 66 %)
_INITIAL = regex.compile(r"\p{Lu}\.?")
# in text scaled down OCR loses the spaces: the circle's letters glued before the given name
# ("OB<First>"), the initial glued after it ("<First><L>.")
# (the circle's second letter may be read small, "Js<First>", as an avatar alone may: "Jc")
_GLUED_AVATAR = regex.compile(r"(\p{Lu}\p{L}{1,2})(\p{Lu}\p{Ll}{2,}[\p{L}'’-]*)")
# scaled to 66 %, the initial after the given name read small, its dot a comma ("<First> s,"):
# taken where the avatar's letters say it is the surname's
_SMALL_INITIAL = regex.compile(r"\p{Ll}[.,]?")
_GLUED_INITIAL = regex.compile(r"(\p{Lu}\p{Ll}{2,})(\p{Lu}\.)")
_ABOVE_LINE_HEIGHTS = 3.0  # from the avatar's bottom to the name's top
_BESIDE_LINE_HEIGHTS = 4.0  # from the avatar's right edge to the name's start


class AvatarNameFinder:
    """PERSON: a name whose initials an avatar beside or above it shows."""

    def __init__(self, lexicon: NameLexicon, score: float):
        self.lexicon = lexicon
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        avatars: list[tuple[str, LineRef]] = []  # (letters, line holding the avatar alone)
        for line in lt.lines:
            if len(line.words) <= 3:
                kept = [w for w in line.words if not _MARK.fullmatch(lt.text, w.start, w.end)]
                letters = self._letters(lt, kept[0].start, kept[0].end) if len(kept) == 1 else None
                if letters:
                    avatars.append((letters, line))
        found: list[SpanFinding] = []
        for line in lt.lines:
            if not 1 <= len(line.words) <= 4:
                continue
            words = [lt.text[w.start : w.end] for w in line.words]
            start = line.start
            # the avatar read as the first word of the name's own line ("BJ <First> <Last>")
            inline = self._letters(lt, line.words[0].start, line.words[0].end) if len(words) >= 2 else None
            name = words[1:] if inline else words
            if inline and len(name) == 1 and not _GLUED_INITIAL.fullmatch(name[0]):
                inline, name = None, words  # "Al <Last>": the short first word is the name's own
            if inline:
                start = line.words[1].start
            elif glued := _GLUED_AVATAR.fullmatch(words[0]):
                # or glued to the given name in small text ("OB<First> <L>.")
                inline, name = glued.group(1).upper(), [glued.group(2), *words[1:]]
                start = line.words[0].start + glued.start(2)
            if len(name) == 1 and (split := _GLUED_INITIAL.fullmatch(name[0])):
                name = [split.group(1), split.group(2)]  # "<First><L>.": the space lost in small text
            if inline and len(name) == 2 and _SMALL_INITIAL.fullmatch(name[1]) and inline[-1] == name[1][0].upper():
                name = [name[0], name[1][0].upper() + "."]  # "<First> s," beside "FS"
            if not 2 <= len(name) <= 3 or not all(w[:1].isupper() for w in name):
                continue
            initials = self._initials(name)
            # set lookups and boxes first: the lexicon only for a line an avatar's letters fit
            if not (inline and inline in initials) and not any(
                letters in initials and self._beside(avatar, line) for letters, avatar in avatars
            ):
                continue
            if self._name_shaped(name):
                found.append(SpanFinding(start, line.words[-1].end, "PERSON", self.score, RECOGNIZER))
        return found

    @staticmethod
    def _letters(lt: LayoutText, start: int, end: int) -> str | None:
        match = _AVATAR.fullmatch(lt.text, start, end)
        if match is None:
            return None
        letters = match.group(1)
        return letters.upper() if letters[0].isupper() else None

    @staticmethod
    def _initials(name: list[str]) -> set[str]:
        first, last = name[0][0].upper(), name[-1][0].upper()
        return {first + last, "".join(w[0].upper() for w in name)}

    def _name_shaped(self, name: list[str]) -> bool:
        lex = self.lexicon
        if len(name) == 2 and _INITIAL.fullmatch(name[1]):
            name = name[:1]  # "<First> <L>.": the given name alone must look like one
        if not all(is_name_token(w) for w in name):
            return False
        if any(lex.is_system(w) or w.lower() in lex.ui for w in name):
            return False
        # not all ordinary words: a heading or a button beside an icon of letters ("Pull Request")
        return not lex.all_dictionary([part for w in name for part in w.split("-")])

    @staticmethod
    def _beside(avatar: LineRef, line: LineRef) -> bool:
        a, n = avatar.box, line.box
        h = max(n.h, 1)
        centre_x, centre_y = a.x + a.w / 2, a.y + a.h / 2
        above = n.x <= centre_x <= n.x + n.w and 0 <= n.y - (a.y + a.h) <= _ABOVE_LINE_HEIGHTS * h
        left = 0 <= n.x - (a.x + a.w) <= _BESIDE_LINE_HEIGHTS * h and n.y - 2 * h <= centre_y <= n.y + n.h + 2 * h
        return above or left
