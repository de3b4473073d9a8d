"""A word of a full name seen earlier in the recording, shown alone: where it names that person.

A chat opens with the contact's full name in its header, then the menu says "Block <First>", the
customer signs "Thanks! <First>", a reply starts "<First>, can you ..."; an order page greets the
customer by first name. Each line alone holds no name a finder can tell from a word, but the
recording already showed whose name it is. The analysis remembers the words of the full names it
found (`ValueMemory.name_parts`), and the gate looks for the same words (`SeenValues`), both
through `NamePartRule`, so that what the analysis leaves the gate does not count:

- a word that is only a name ("Harriet", "Okafor") names the person wherever it is written as a
  name (capitalised or in capitals);
- a word that English also writes as an everyday word ("Grace", "Price", "Mark", "Hill":
  `NameLexicon.is_word_name`), or a month, a place, a UI or system word, names the person only
  where it stands as a name: after a word of address or an action on a person ("Hi", "Thanks",
  "Block", "Message"; `before` in models/detection.yaml), as a mention ("@Grace"), before a
  verb of a message list ("<First> replied", "is typing"; `after`), possessive ("Mark's"), alone
  on its line (a signature, a chip), or first on its line before a comma or colon (a chat's
  speaker, an address): "Grace period", a "Price" column and "Mark as read" stay readable.
- a word typed as the term of a search command, after its options, in any case ("grep -i
  <surname> contacts.csv": `part_search` in models/detection.yaml) looks for that person.

The words are kept in memory for one recording only, never written anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from pipeline.detection.names import NameLexicon, is_name_token
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, line_char_w

NAME_PART_RECOGNIZER = "memory:name_part"
NAME_PART_LETTERS = 4  # shorter words of a name ("Li", "Ann", "Roy") are too often other words alone
_EDGES = " \t,.;:!?\"'()[]{}<>«»“”‘’*"
_POSSESSIVE = ("'s", "’s")
_LETTERS = regex.compile(r"\p{L}")
_GAP_CHARS = 2.0  # a gap of this many characters parts a card's or a table's cells
# the pieces of a file name's stem between its joiners ("<Last>_contract", "CV-<Last>", a path's
# folders "cases/<Last>") and a hyphenated surname whole ("<Last>-<Last>.pdf")
_FILE_NAME_PIECES = (regex.compile(r"[^\s_.()\[\]/\\-]+"), regex.compile(r"[^\s_.()\[\]/\\]+"))
# A remembered name's word this long is still that word in a file name with one letter misread
# (small or scaled type: "<Surnarne>.pdf"); a shorter one would meet other names and words.
SLIP_LETTERS = 6


def part_key(word: str) -> str:
    """How a name's word is remembered and looked up: without the punctuation around it, a
    mention's "@" or a possessive "'s", in lower case."""
    word = word.strip(_EDGES).lstrip("@")
    if word.endswith(_POSSESSIVE):
        word = word[:-2]
    return word.lower()


def parts_of(name: str) -> list[str]:
    """The words of a full name (two words at least) that name its person alone (keys)."""
    words = [w.strip(_EDGES) for w in name.split()]
    words = [w for w in words if w]
    if len(words) < 2:
        return []
    return [part_key(w) for w in words if len(w) >= NAME_PART_LETTERS and _written_as_name(w)]


class NamePartRule:
    """Whether a word of a name seen earlier, shown among a line's words, names its person."""

    def __init__(self, lexicon: NameLexicon, before: Iterable[str], after: Iterable[str], search: Iterable[str] = ()):
        self.lexicon = lexicon
        self.before = frozenset(w.lower() for w in before)
        self.after = tuple(tuple(w.lower().split()) for w in after)
        self.search = frozenset(w.lower() for w in search)

    def is_everyday(self, word: str) -> bool:
        """A name that is also a word of English, a month, a place, a UI or system word."""
        lex = self.lexicon
        low = word.lower()
        return lex.is_word_name(low) or low in lex.ui or lex.is_system(word) or lex.is_place(low)

    def names_person(self, words: Sequence[str], i: int) -> bool:
        """Whether `words[i]` (a line's words as read, punctuation included), a word of a name
        seen before, is written and placed as that person's name."""
        word = words[i]
        core = word.strip(_EDGES)
        mention = core.startswith("@")
        core = core.lstrip("@")
        possessive = core.endswith(_POSSESSIVE)
        if possessive:
            core = core[:-2]
        if self._searched(words, i):
            return True  # "grep -i <surname>": typed in lower case, it still looks for that person
        if not _written_as_name(core):
            return False
        if not self.is_everyday(core):
            return True
        if possessive or mention:
            return True
        others = [w for j, w in enumerate(words) if j != i and _LETTERS.search(w)]
        if not others:
            return True  # alone on its line: a signature, a chip, a DM's title (a time beside it)
        if i == 0 and word.endswith((",", ":")):
            return True  # "<First>, can you ..." / a chat's "<First>: ..."
        if i > 0 and part_key(words[i - 1]) in self.before:
            return True
        following = tuple(part_key(w) for w in words[i + 1 : i + 4])
        return any(following[: len(phrase)] == phrase for phrase in self.after)

    def _searched(self, words: Sequence[str], i: int) -> bool:
        """Whether `words[i]` is the term of a search command: after the command and its options."""
        if not self.search:
            return False
        j = i - 1
        while j >= 0 and words[j].startswith("-"):
            j -= 1
        return j >= 0 and words[j].strip(_EDGES).lower() in self.search


class NamePartFinder:
    """The words of remembered names in a layout's lines, where `NamePartRule` says they name
    the person (a PERSON span per word)."""

    def __init__(self, rule: NamePartRule, score: float):
        self.rule = rule
        self.score = score

    def find(self, lt: LayoutText, parts: frozenset[str] | set[str]) -> list[SpanFinding]:
        if not parts:
            return []
        found = []
        text = lt.text
        for line in lt.lines:
            words = [text[w.start : w.end] for w in line.words]
            for i, w in enumerate(line.words):
                word = words[i]
                if part_key(word) not in parts:
                    if "." in word:  # a cheap test before the file name's look-up
                        found.extend(self._in_file_name(text, w.start, word, parts))
                    continue
                if not self.rule.names_person(words, i):
                    continue
                start, end = w.start, w.end
                while start < end and text[start] in _EDGES + "@":
                    start += 1
                while end > start and text[end - 1] in _EDGES:
                    end -= 1
                if text[start:end].endswith(_POSSESSIVE):
                    end -= 2
                found.append(SpanFinding(start, end, "PERSON", self.score, NAME_PART_RECOGNIZER))
                found.extend(self._rest_of_name(lt, line, words, i, parts))
        return found

    def _in_file_name(self, text: str, start: int, word: str, parts: frozenset[str] | set[str]) -> list[SpanFinding]:
        """The remembered name's words that are a piece of a file name: "<Last>.pdf" ending a
        documents list's "Witness statement - <Last>.pdf", "<Last>_contract.docx". A file named
        after a person of this recording names that person, whatever else English writes the
        word for ("Burrows", "Ward"), as long as it is written as a name."""
        core = word.rstrip(_EDGES)
        if not self.rule.lexicon.is_file_name_as_read(core.lstrip(_EDGES)):
            return []
        stem_end = start + core.rfind(".")
        found = []
        for pieces in _FILE_NAME_PIECES:
            for piece in pieces.finditer(text, start, stem_end):
                if _written_as_name(piece.group()) and _remembered(part_key(piece.group()), parts):
                    found.append(SpanFinding(piece.start(), piece.end(), "PERSON", self.score, NAME_PART_RECOGNIZER))
        if found:
            found.extend(self._headless_pieces(text, start, stem_end, parts))
        return found

    def _headless_pieces(
        self, text: str, start: int, stem_end: int, parts: frozenset[str] | set[str]
    ) -> list[SpanFinding]:
        """Beside a remembered name's word in a file name, the name's other word read without its
        capital ("CV_<irst>_<Last>.pdf": small type loses a capital I or l next to a "_"). Only
        beside a remembered word: a lower-case piece alone is a word ("notes", "draft")."""
        found = []
        for piece in _FILE_NAME_PIECES[0].finditer(text, start, stem_end):
            key = piece.group()
            if len(key) >= NAME_PART_LETTERS and key.isalpha() and key.islower() and _headless(key, parts):
                found.append(SpanFinding(piece.start(), piece.end(), "PERSON", self.score, NAME_PART_RECOGNIZER))
        return found

    def _rest_of_name(
        self, lt: LayoutText, line: LineRef, words: Sequence[str], i: int, parts: frozenset[str] | set[str]
    ) -> list[SpanFinding]:
        """The words right beside a remembered name's word that are the rest of that name as
        read now: a given name no list knows before a remembered surname, or a surname after a
        remembered given name, read otherwise than when the full name was remembered (a copy at
        a low bitrate: "<First> <Last>" on an org chart's card, remembered from a frame where
        its first name read wrong). Name-shaped, no common or everyday word, not across a cell
        gap or punctuation, and no word that says what a company is: a firm named after its
        partners ("<Last> & <Last> Solicitors LLP", a remembered surname in it) keeps its trade's
        word ("Solicitors" was masked with the surname: a page's "Solicitor" tab read inside it
        was lost at 66 %)."""
        lex = self.rule.lexicon
        found = []
        for j in (i - 1, i + 1):
            if not 0 <= j < len(words):
                continue
            left, right = (j, i) if j < i else (i, j)
            word = words[j]
            if (
                part_key(word) in parts
                or words[left][-1:] in _EDGES
                or not is_name_token(word)
                or self.rule.is_everyday(word)
                or lex.is_common_word(word)
                or lex.is_organisation_word(word)
                or line.words[right].box.x - line.words[left].box.x2 >= _GAP_CHARS * line_char_w(line)
            ):
                continue
            w = line.words[j]
            found.append(SpanFinding(w.start, w.end, "PERSON", self.score, NAME_PART_RECOGNIZER))
        return found


def _remembered(key: str, parts: frozenset[str] | set[str]) -> bool:
    """Whether a file name's piece is a remembered name's word, as read or with one letter of a
    word of SLIP_LETTERS or more read as another (the file names of a documents list are small
    type, and a scaled copy misreads a letter of the name that the list's rows showed whole)."""
    if key in parts:
        return True
    return len(key) >= SLIP_LETTERS and any(
        len(part) == len(key) and sum(a != b for a, b in zip(part, key)) == 1 for part in parts
    )


def _headless(key: str, parts: frozenset[str] | set[str]) -> bool:
    """Whether a lower-case piece is a remembered name's word with its first letter lost."""
    return any(len(part) == len(key) + 1 and part[1:] == key for part in parts)


def _written_as_name(word: str) -> bool:
    """ "Harriet", "O'Malley", "McLeod", "Jean-Luc", "PORTER" (a card's holder); not "porter"."""
    return is_name_token(word) or (len(word) >= NAME_PART_LETTERS and word.isalpha() and word.isupper())
