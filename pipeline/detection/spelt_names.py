"""A name that an e-mail address on the same screen spells.

A CV, a professional profile, a contact card and a mail signature print a person's name and,
near it, the person's own address: "<first>.<last>@...", "<first>_<last><part>@...",
"<last>.<first>@...". The address is the screen's own statement that the capitalised words it
spells are a name, whatever lists know of them: a CV's name in display type over a job title with
no "at" (`headline_names.py`), a given name of any culture beside a double-barrelled surname, the
same name in the file name that the tab and the viewer's bar show ("CV_<First>_<Last>.pdf").
Two or three name-shaped words next to each other (one space, "_", "-" or "." between them), none
a system, UI or organisation word and not all of them ordinary English words, whose letters in
order (or surname first) open an address's local part, `_MIN_LETTERS` letters at least. A name
cut at its hyphen by a line's wrap ("<First> <Last>-" over "<Part>", a heading in large type)
goes on with the first word of the line right under it when its letters go on in that address.
A team's mailbox ("Payroll Team", "payroll.team@") or a firm's ("<Brand> Logistics") is none."""

from __future__ import annotations

import regex

from pipeline.detection.names import NameLexicon, is_name_token
from pipeline.detection.text import LayoutText, LineRef, SpanFinding

RECOGNIZER = "names:spelt"
_LOCAL_PART = regex.compile(r"(?<![\w.+-])([\w.+-]{2,64})@[\w-]+(?:\.[\w-]+)+")
_WORD = regex.compile(r"(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+")
_JOINERS = frozenset(" _-.")
_MIN_LETTERS = 6  # "<first><last>" this long at least: no initials, no "al.bo"
_MAX_WORDS = 3
_WRAP_LINE_HEIGHTS = 1.0  # from a wrapped name's line to the line holding its rest
_Word = tuple[int, int, str]


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


class SpeltNameFinder:
    """PERSON: words that an address's local part on the screen spells (the module's docstring)."""

    def __init__(self, lexicon: NameLexicon, score: float):
        self.lexicon = lexicon
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        if "@" not in lt.text:
            return []
        spelt = {_letters(m.group(1)) for m in _LOCAL_PART.finditer(lt.text)}
        spelt = {s for s in spelt if len(s) >= _MIN_LETTERS}
        if not spelt:
            return []
        found: list[SpanFinding] = []
        for index, line in enumerate(lt.lines):
            for run in self._runs(lt, line):
                found.extend(self._names(lt, index, run, spelt))
        return found

    @staticmethod
    def _runs(lt: LayoutText, line: LineRef) -> list[list[_Word]]:
        """The line's capitalised words, cut where more than one joiner stands between two."""
        runs: list[list[_Word]] = []
        for m in _WORD.finditer(lt.text, line.start, line.end):
            if m.start() > line.start and lt.text[m.start() - 1].isalnum():
                continue  # inside a word ("GitHub", "iPhone")
            word = (m.start(), m.end(), m.group())
            if runs and m.start() == runs[-1][-1][1] + 1 and lt.text[m.start() - 1] in _JOINERS:
                runs[-1].append(word)
            else:
                runs.append([word])
        return runs

    def _names(self, lt: LayoutText, index: int, run: list[_Word], spelt: set[str]) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        i = 0
        while i + 1 < len(run):
            for n in range(min(_MAX_WORDS, len(run) - i), 1, -1):
                words = run[i : i + n]
                rest = self._spelt_rest(words, spelt)
                if rest is not None and self._name_shaped([w[2] for w in words]):
                    found.append(SpanFinding(words[0][0], words[-1][1], "PERSON", self.score, RECOGNIZER))
                    found.extend(self._wrapped(lt, index, words, rest))
                    i += n - 1
                    break
            i += 1
        return found

    @staticmethod
    def _spelt_rest(words: list[_Word], spelt: set[str]) -> str | None:
        """What an address spelling `words` (in order, or the last first) holds after them."""
        forward = "".join(_letters(w[2]) for w in words)
        backward = "".join(_letters(w[2]) for w in [words[-1], *words[:-1]])
        if len(forward) < _MIN_LETTERS:
            return None
        for local in spelt:
            for key in (forward, backward):
                if local.startswith(key):
                    return local[len(key) :]
        return None

    def _wrapped(self, lt: LayoutText, index: int, words: list[_Word], rest: str) -> list[SpanFinding]:
        """The part of a name that a wrap at its hyphen put on the line right under it (its first
        word under the name, left-aligned or inside the name's width), when its letters go on in
        the address."""
        line = lt.lines[index]
        if not rest or words[-1][1] + 1 != line.end or lt.text[words[-1][1]] != "-":
            return []
        h = line.height
        name_x = next(w.box.x for w in line.words if w.end > words[0][0])
        for below in lt.lines:
            # its first word under the name (OCR may join a sidebar's line at that height to it)
            first = next((w for w in below.words if name_x - h <= w.box.x <= line.box.x2), None)
            if first is None or not 0 <= first.box.y - line.box.y2 <= _WRAP_LINE_HEIGHTS * h:
                continue
            part = lt.text[first.start : first.end].rstrip(",.;:")
            if is_name_token(part) and rest.startswith(_letters(part)) and self._allowed(part):
                return [SpanFinding(first.start, first.start + len(part), "PERSON", self.score, RECOGNIZER)]
        return []

    def _allowed(self, word: str) -> bool:
        lex = self.lexicon
        return not (lex.is_system(word) or word.lower() in lex.ui or lex.is_organisation_word(word))

    def _name_shaped(self, words: list[str]) -> bool:
        if not all(is_name_token(w) and self._allowed(w) for w in words):
            return False
        return not all(self.lexicon.is_dictionary(w) for w in words)
