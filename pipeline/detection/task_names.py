"""A customer named in a task's title: a kanban card, a to-do item, a job sheet's line.

Boards and task lists title work after the person it is for: "Call back <Last> re boiler",
"Refund for <First> <Last>", "Quote - <First> <Last>, loft insulation", "Chase <Last> for the
deposit". NER sees too little context on such a short line, and a surname English also writes as a
word ("Baker", "Potter") or a given name that is a place too ("Georgia", "Ireland") is no name to it.
The title's own words say a person follows: a cue that takes a person (`task_before` in
models/detection.yaml bare_names: "call back", "ring", "chase", "refund for", "quote for"), or a
spaced dash after the task's words ("Power flush - <First> <Last>").

The name is one to three capitalised words right after the cue, standing apart: after it the line
ends, or punctuation, a cell gap or a lower-case word ("re boiler") follows. The line is written
in sentence case (a lower-case word outside the name: "back", "re", "loft"), which a title in
capitals or title case is not ("Settings - Google Chrome", "Call Centre"). No word of the name
is a system, UI, organisation, day or month word, and the words must name someone:
- one word (after a cue only): a known given name or a census surname that is no common word;
- two or three: one of them a known given name or census surname, the first a name the birth
  records give often though it is a place too ("Georgia", "Ireland") before no common word, or none
  a common word.
After a dash, a name has two words at least (a product's "New boiler - Worcester Greenstar": a
place, then a rare word, names no one)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable

from pipeline.detection.names import NameLexicon, is_name_token
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, line_char_w

RECOGNIZER = "names:task"
_MAX_NAME_WORDS = 3
_EDGES = ' \t,.;:!?"()[]{}'
_DASHES = frozenset({"-", "–", "—"})
_WIDE_GAP_CHARS = 2.0  # as names.py: a gap this many characters wide parts cells
_CALENDAR = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.day_abbr, *calendar.month_abbr) if w
)


def _plain(word: str) -> str:
    return word.strip(_EDGES).replace("’", "'").lower()


class TaskNameFinder:
    """PERSON: the name a task's title gives after a cue ("Call back <Last> re ...") or a dash."""

    def __init__(self, lexicon: NameLexicon, before: Iterable[str], score: float):
        self.lexicon = lexicon
        self.before = frozenset(" ".join(_plain(w) for w in cue.split()) for cue in before)
        self._before_last = frozenset(cue.split()[-1] for cue in self.before)
        self._before_len = max((len(cue.split()) for cue in self.before), default=0)
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        if not self.before:
            return []
        found: list[SpanFinding] = []
        text = lt.text
        for line in lt.lines:
            if len(line.words) < 2:
                continue
            raw = [text[w.start : w.end] for w in line.words]
            low = [_plain(w) for w in raw]
            for i in range(1, len(low)):
                # cheap gate: a cue's last word (a set lookup) or a dash standing alone
                dash = raw[i - 1] in _DASHES
                if not dash and (low[i - 1] not in self._before_last or not self._cue_ends(low, i)):
                    continue
                if _wide_gap(line, i - 1) or (not dash and raw[i - 1].rstrip(_EDGES) != raw[i - 1]):
                    continue  # "Call back:" is a label's, a cell gap parts the cue from the name
                if dash and (i < 2 or raw[i - 2] in _DASHES or not any(c.isalpha() for c in raw[i - 2])):
                    continue  # "<room no.> - Deluxe King - 2 nights": a numbered item's type, no task
                end = self._name_end(lt, line, raw, i, dash)
                if end is not None and _sentence_case(raw, i, end):
                    start = line.words[i].start
                    while text[start] in _EDGES:
                        start += 1
                    stop = line.words[end].end
                    while text[stop - 1] in _EDGES:
                        stop -= 1
                    if text[stop - 2 : stop] in ("'s", "’s"):
                        stop -= 2
                    found.append(SpanFinding(start, stop, "PERSON", self.score, RECOGNIZER))
        return found

    def _cue_ends(self, low: list[str], i: int) -> bool:
        return any(" ".join(low[k:i]) in self.before for k in range(max(0, i - self._before_len), i))

    def _name_end(self, lt: LayoutText, line: LineRef, raw: list[str], i: int, dash: bool) -> int | None:
        """Index of the name's last word from word i on, where it stands apart and names someone."""
        words: list[str] = []
        end = i
        while end < len(raw) and end - i < _MAX_NAME_WORDS:
            word = raw[end].strip(_EDGES)
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            if not self._name_word(word):
                break
            words.append(word)
            if raw[end].rstrip(_EDGES) != raw[end] or end + 1 == len(raw) or _wide_gap(line, end):
                end += 1
                break  # punctuation, the line's end or a cell gap closes the name
            end += 1
        if not words:
            return None
        last = i + len(words) - 1
        after = raw[last + 1] if last + 1 < len(raw) else ""
        closed = (
            not after
            or raw[last].rstrip(_EDGES) != raw[last]
            or _wide_gap(line, last)
            or after[:1].islower()
            or after in _DASHES
        )
        if not closed or (dash and len(words) < 2) or not self._names_someone(words):
            return None
        lex = self.lexicon
        if dash and lex.is_dictionary(words[0]) and not (lex.is_given_name(words[0]) or lex.is_often_given(words[0])):
            # after a dash, a product's or a room's "<Word> <Surname-word>" ("Garden Suite"); a
            # place the birth records give often is a customer's given name ("<Place-name> <Last>")
            return None
        return last

    def _name_word(self, word: str) -> bool:
        lex = self.lexicon
        if not is_name_token(word) or lex.is_system(word) or word.lower() in lex.ui:
            return False
        return word.lower() not in _CALENDAR and not lex.is_organisation_word(word)

    def _names_someone(self, words: list[str]) -> bool:
        lex = self.lexicon
        if len(words) == 1:
            word = words[0]
            return (lex.is_given_name(word) or lex.is_listed_surname(word)) and not lex.is_common_word(word)
        if lex.is_company_name(words):
            return False
        if any(lex.is_given_name(w) or lex.is_listed_surname(w) for w in words):
            return True
        if lex.is_often_given(words[0]) and not lex.is_common_word(words[-1]):
            return True  # a given name that is a place too, before a surname no list knows
        return not any(lex.is_common_word(w) for w in words)


def _wide_gap(line: LineRef, i: int) -> bool:
    if i + 1 >= len(line.words):
        return False
    left, right = line.words[i], line.words[i + 1]
    return right.box.x - left.box.x2 >= _WIDE_GAP_CHARS * line_char_w(line)


def _sentence_case(raw: list[str], start: int, end: int) -> bool:
    """Whether a word of the line outside the name is lower case: a title written as a sentence."""
    return any(w[:1].islower() for k, w in enumerate(raw) if not start <= k <= end)
