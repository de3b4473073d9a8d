"""A person named by an event of theirs: a social site's or a workplace's notification.

"It's <First> <Last>'s birthday today", "Celebrate <First> <Last>'s 5 year work anniversary",
"It's <First>'s leaving do on Friday", "Wish <First> <Last> a happy birthday", "Say happy
birthday to <First> <Last>": a birthday, a work anniversary, a retirement, a wedding or a leaving
do is someone's, and the words around the name say so whatever the name is. A given name and a
surname that English also writes as words (or a name no list knows) are found as surely as "John
Smith": names.py's activity rule wants a known given name or no dictionary word, and the gate
takes a name of dictionary words for no name (redact/verify.py), which the event's words make
one here (detection.yaml bare_names: `event_before`, `event_nouns`).

Three forms, after a cue (`event_before`, its last word ending the cue right before the name):
- the name's last word written with a possessive, then the event (a number, an ordinal or
  "year(s)" may stand between: "<Name>'s 10th work anniversary");
- a cue ending in "to" ("say happy birthday to") and the name after it;
- "wish <Name> a happy <event>" / "wish <Name> happy <event>".
The name is one to three capitalised words, none a system, UI, organisation, day or month word;
one word alone must be a known given name ("It's Google's birthday" is a company's)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable

from pipeline.detection.names import NameLexicon, is_name_token
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

RECOGNIZER = "names:event"
_MAX_NAME_WORDS = 3
_EDGES = ' \t,.;:!?"()[]{}'
_POSSESSIVE = ("'s", "’s")
# words between a possessive and its event: "<Name>'s 10th work anniversary", "5-year", "big"
_BETWEEN = frozenset({"year", "years", "-year", "big", "first", "last", "happy", "official", "surprise"})
_WISH_BETWEEN = frozenset({"a", "happy", "very", "great"})
_CALENDAR = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.day_abbr, *calendar.month_abbr) if w
)


def _plain(word: str) -> str:
    return word.strip(_EDGES).replace("’", "'").lower()


class EventNameFinder:
    """PERSON: a name whose event (birthday, anniversary, leaving do ...) a notification names."""

    def __init__(self, lexicon: NameLexicon, before: Iterable[str], nouns: Iterable[str], score: float):
        self.lexicon = lexicon
        self.before = frozenset(" ".join(_plain(w) for w in cue.split()) for cue in before)
        self._before_last = frozenset(cue.split()[-1] for cue in self.before)
        self._before_len = max((len(cue.split()) for cue in self.before), default=0)
        self.nouns = tuple(tuple(_plain(w) for w in noun.split()) for noun in nouns)
        self._noun_first = frozenset(noun[0] for noun in self.nouns)
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        if not self.before or not self.nouns:
            return []
        found: list[SpanFinding] = []
        for line in lt.lines:
            low = [_plain(lt.text[w.start : w.end]) for w in line.words]
            # cheap gate: an event's word on the line and a cue's last word before it
            if not any(w.removesuffix("'s") in self._noun_first for w in low):
                continue
            for i in range(1, len(low)):
                if low[i - 1] not in self._before_last:
                    continue
                cue = next(
                    (
                        " ".join(low[k:i])
                        for k in range(max(0, i - self._before_len), i)
                        if " ".join(low[k:i]) in self.before
                    ),
                    None,
                )
                if cue is not None:
                    span = self._name(lt, line, low, i, cue)
                    if span is not None:
                        found.append(SpanFinding(span[0], span[1], "PERSON", self.score, RECOGNIZER))
        return found

    def _name(self, lt: LayoutText, line: LineRef, low: list[str], i: int, cue: str) -> tuple[int, int] | None:
        """The name's characters from word i on, where the words after it make it an event's."""
        text = lt.text
        start = line.words[i].start
        while start < line.words[i].end and text[start] in _EDGES:
            start += 1
        words: list[str] = []
        for j in range(i, min(len(low), i + _MAX_NAME_WORDS)):
            end = line.words[j].end
            while end > line.words[j].start and text[end - 1] in _EDGES:
                end -= 1
            punctuated = end < line.words[j].end  # "<Name>," "<Name>!"
            possessive = text[max(start, end - 2) : end] in _POSSESSIVE
            word_end = end - 2 if possessive else end
            word = text[max(start, line.words[j].start) : word_end].lstrip(_EDGES)
            if not self._name_word(word):
                return None
            words.append(word)
            rest = low[j + 1 :]
            if possessive:
                return self._accepted(words, start, word_end) if self._event_follows(rest, _BETWEEN) else None
            if cue.endswith(" to") and (punctuated or not rest or not text[line.words[j + 1].start].isupper()):
                return self._accepted(words, start, end)  # "say happy birthday to <Name>"
            if cue == "wish" and rest and rest[0] in _WISH_BETWEEN and self._event_follows(rest, _WISH_BETWEEN):
                return self._accepted(words, start, end)  # "wish <Name> a happy birthday"
            if punctuated:
                return None
        return None

    def _event_follows(self, rest: list[str], between: frozenset[str]) -> bool:
        """Whether an event's words start `rest`, after a few words that may stand between (a
        number, an ordinal: "10th", "5-year")."""
        k = 0
        while k < min(len(rest), 3) and (rest[k] in between or rest[k][:1].isdigit() or rest[k].endswith("-year")):
            k += 1
        return any(tuple(rest[k : k + len(noun)]) == noun for noun in self.nouns)

    def _name_word(self, word: str) -> bool:
        lex = self.lexicon
        if not is_name_token(word) or lex.is_system(word) or word.lower() in lex.ui:
            return False
        return word.lower() not in _CALENDAR and not lex.is_organisation_word(word)

    def _accepted(self, words: list[str], start: int, end: int) -> tuple[int, int] | None:
        lex = self.lexicon
        if len(words) == 1 and not lex.is_given_name(words[0]):
            return None  # "It's Google's birthday"
        if len(words) > 1 and lex.is_company_name(words):
            return None
        return start, end
