"""Comb fields: a form's identifier written one character per box.

Official forms (a tax return, a benefit claim, a bank's mandate) ask for the National Insurance
number, the date of birth, the postcode, the sort code and the account number in a row of boxes,
one character in each. OCR reads such a row as single characters parted by spaces, with a box's
edge now and then read as a character of its own or stuck to one ("|w|Z 7 9 iL 8 1 6 D"): no
recognizer's shape and no label's value (a label's value is a few words, not ten), so the
characters stayed readable. What says "comb" is the row's geometry: at least `MIN_BOXES` words of
one or two characters each, most of them one (or two in one glyph's width: a misread), at an
even pitch (a gap between groups of boxes at most `MAX_PITCH_RATIO` of it) no wider than
`MAX_PITCH_HEIGHTS` line heights, with a digit among them.
Such a row is an identifier whatever its label says; it is reported as NATIONAL_ID (a form's
own type is in its caption, which the comb does not need).

Not a comb: a pagination bar or a calendar's week ("1 2 3 4 5 6 7": numbers counting up), a
heading set in spaced capitals ("S U M M A R Y": no digits), a sentence.
"""

from __future__ import annotations

import statistics

import regex

from pipeline.detection.text import LayoutText, SpanFinding, WordRef

RECOGNIZER = "structure/comb"
ENTITY = "NATIONAL_ID"
MIN_BOXES = 5  # words in a row of boxes (a sort code has six, a date eight, an NI number nine)
MIN_DIGITS = 1  # digits among them: a heading in spaced capitals has none (a postcode may keep one
# digit only, its others read as letters: "L D A R 0 F R")
MAX_PITCH_RATIO = 1.9  # a gap between groups of boxes ("AB 12 34") at most this many pitches
MAX_PITCH_HEIGHTS = 2.8  # pitch at most this many line heights: a calendar's cells are wider
MAX_STRAY_SHARE = 0.34  # share of words read as no character (a box's edge, "=") in a comb
MIN_SINGLE_SHARE = 0.6  # share of words read as one character, or as two in one glyph's width
NARROW_HEIGHTS = 0.8  # a word this narrow (of its height) is one glyph read as two ("iL" for "1", "rd" for "7")
_EDGES = "|[](){}=,.;:!_-—–'‘’\"`"  # a box's edges as OCR reads them beside a character
# a quick look before the geometry: five words of one or two characters in a row somewhere on
# the line (prose seldom has them; a box's edge read as a third character is let in below)
_SHORT_RUN = regex.compile(r"(?:(?<!\S)\S{1,2}[ ]){4}\S{1,2}(?!\S)")


def _core(text: str) -> str:
    """The characters of a word less the box edges OCR read around them."""
    return "".join(ch for ch in text if ch not in _EDGES)


class CombFieldFinder:
    def __init__(self, score: float):
        self.score = score

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        found: list[SpanFinding] = []
        text = lt.text
        for line in lt.lines:
            if len(line.words) < MIN_BOXES or not _SHORT_RUN.search(text, line.start, line.end):
                continue
            run: list[WordRef] = []
            for word in line.words:
                core = _core(text[word.start : word.end])
                if word.end - word.start <= 4 and len(core) <= 2 and (not run or self._next(run, word, line.height)):
                    run.append(word)
                    continue
                found.extend(self._comb(lt, run, line.height))
                run = [word] if word.end - word.start <= 4 and len(core) <= 2 else []
            found.extend(self._comb(lt, run, line.height))
        return found

    @staticmethod
    def _next(run: list[WordRef], word: WordRef, height: int) -> bool:
        """Whether `word` sits at the run's pitch after its last word (a group's gap allowed)."""
        gap = word.box.x - run[-1].box.x2
        if gap < 0 or gap > MAX_PITCH_HEIGHTS * height:
            return False
        if len(run) < 2:
            return True
        pitch = min(_centre(b) - _centre(a) for a, b in zip(run, run[1:]))
        return _centre(word) - _centre(run[-1]) <= MAX_PITCH_RATIO * max(pitch, 1)

    def _comb(self, lt: LayoutText, run: list[WordRef], height: int) -> list[SpanFinding]:
        if len(run) < MIN_BOXES:
            return []
        text = lt.text
        cores = [_core(text[w.start : w.end]) for w in run]
        if sum(1 for c in cores if not c) > MAX_STRAY_SHARE * len(run):
            return []
        if sum(1 for w, c in zip(run, cores) if len(c) == 1 or _narrow(w)) < MIN_SINGLE_SHARE * len(run):
            return []  # two-character groups are written apart, not boxed ("QQ 12 34 56 C")
        chars = "".join(cores)
        if sum(ch.isdigit() for ch in chars) < MIN_DIGITS or not all(ch.isalnum() for ch in chars):
            return []
        pitches = [_centre(b) - _centre(a) for a, b in zip(run, run[1:])]
        if statistics.median(pitches) > MAX_PITCH_HEIGHTS * height:
            return []
        if _counting(cores):
            return []
        return [SpanFinding(run[0].start, run[-1].end, ENTITY, self.score, RECOGNIZER)]


def _narrow(word: WordRef) -> bool:
    return word.box.w <= NARROW_HEIGHTS * word.box.h


def _centre(word: WordRef) -> float:
    """A word's middle: OCR's box of a character in a box may take in the box's edge or a dash
    beside it, its middle stays near the box's."""
    return word.box.x + word.box.w / 2


def _counting(cores: list[str]) -> bool:
    """Numbers counting up by one (a pagination bar, a calendar's week, which may start again
    at 1 once when a month ends)."""
    if not all(c.isdigit() for c in cores):
        return False
    numbers = [int(c) for c in cores]
    restarts = 0
    for a, b in zip(numbers, numbers[1:]):
        if b == a + 1:
            continue
        if b == 1 and restarts == 0:
            restarts += 1
            continue
        return False
    return True
