"""A date typed into separate boxes under a question about birth: a date of birth in parts.

GOV.UK's date input, and the forms of banks, insurers and clinics built like it, ask for a date
as three boxes, each captioned above ("Day | Month | Year", "DD | MM | YYYY"), under a question
or label ("What is your date of birth?", "Date of birth", a hint "For example, 12 11 2003"
between). No part has a date's shape on its own: "14", "6" and "1987" are numbers. Together
they are the date the question asks for.

The rule: a row of captions of the parts of a date (`date_inputs` in models/structure.yaml: the
day's, the month's and the year's), the year's and one other at least, each with its value in
the box under it (a day 1-31, a month 1-12 or its name, a four-digit year of 19xx or 20xx,
starting about where the caption starts), under a question or label about birth (`birth`: one
of a few lines above the captions). Each part found is a DATE_OF_BIRTH. A date input asking
for another date (a move, an appointment, a passport's expiry) is left alone; the example in
the hint stands above the captions and is not read.

Cost: a set lookup per word of the screen; more only on a screen showing two captions of a
date's parts on one row. Nothing here logs or raises with detected text.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from pipeline.detection.structure.vocabulary import DateInputWords
from pipeline.detection.text import LayoutText, SpanFinding, WordRef

RECOGNIZER = "structure/date_input"
SCORE = 0.85
SAME_ROW_LINE_HEIGHTS = 0.6  # captions of one row: their middles this close (in their height)
VALUE_BELOW_LINE_HEIGHTS = 4.0  # a part's value at most this far under its caption (a box's padding)
VALUE_START_LINE_HEIGHTS = 1.5  # and starting this close to where the caption starts
CONTEXT_ABOVE_LINE_HEIGHTS = 10.0  # the question or label this far above the captions at most
_EDGE = " \t,.;:!?\"'()[]{}|*"
_DAY = regex.compile(r"0?[1-9]|[12]\d|3[01]")
_MONTH = regex.compile(r"0?[1-9]|1[0-2]")
_YEAR = regex.compile(r"(?:19|20)\d{2}")
_MONTH_NAMES = frozenset(
    ("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july")
    + ("aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december")
)


class DateInputFinder:
    def __init__(self, words: DateInputWords):
        self.words = words
        self._birth = regex.compile(
            r"(?<![\w])(?:"
            + "|".join(regex.escape(p) for p in sorted(words.birth, key=len, reverse=True))
            + r")(?![\w])",
            regex.IGNORECASE,
        )

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        captions: list[tuple[str, WordRef]] = []
        for word in lt.words:
            part = self.words.part(lt.text[word.start : word.end].strip(_EDGE).lower())
            if part is not None:
                captions.append((part, word))
        if len(captions) < 2:
            return []
        out: list[SpanFinding] = []
        for row in _rows(captions):
            out.extend(self._row(lt, row))
        return out

    def _row(self, lt: LayoutText, row: list[tuple[str, WordRef]]) -> list[SpanFinding]:
        parts = {part for part, _ in row}
        if "year" not in parts or len(parts) < 2 or len(row) > 3:
            return []
        values = []
        for part, caption in row:
            value = _value_below(lt, part, caption)
            if value is not None:
                values.append((part, value))
        if "year" not in {p for p, _ in values} or len(values) < 2:
            return []
        if not self._about_birth(lt, row):
            return []
        return [SpanFinding(w.start, w.end, "DATE_OF_BIRTH", SCORE, RECOGNIZER) for _, w in values]

    def _about_birth(self, lt: LayoutText, row: list[tuple[str, WordRef]]) -> bool:
        """Whether a line above the captions (or the captions' own line, before them) asks
        about birth."""
        top = min(w.box.y for _, w in row)
        height = max(w.box.h for _, w in row)
        first = min(row, key=lambda pw: pw[1].start)[1]
        own = lt.lines[first.line]
        if self._birth.search(lt.text[own.start : first.start]):
            return True
        for line in lt.lines:
            above = line.box.y2 <= top + height / 2 and top - line.box.y2 <= CONTEXT_ABOVE_LINE_HEIGHTS * height
            if above and self._birth.search(lt.text[line.start : line.end]):
                return True
        return False


def _rows(captions: list[tuple[str, WordRef]]) -> Iterable[list[tuple[str, WordRef]]]:
    """The captions grouped by row (their middles within SAME_ROW_LINE_HEIGHTS), left to right."""
    rows: list[list[tuple[str, WordRef]]] = []
    for part, word in sorted(captions, key=lambda pw: (pw[1].box.y, pw[1].box.x)):
        middle = word.box.y + word.box.h / 2
        for row in rows:
            ref = row[0][1]
            if abs(ref.box.y + ref.box.h / 2 - middle) <= SAME_ROW_LINE_HEIGHTS * max(ref.box.h, word.box.h):
                row.append((part, word))
                break
        else:
            rows.append([(part, word)])
    return [sorted(row, key=lambda pw: pw[1].box.x) for row in rows if len(row) >= 2]


def _value_below(lt: LayoutText, part: str, caption: WordRef) -> WordRef | None:
    """The word in the box under a caption that is a value of its part, nearest first."""
    height = max(caption.box.h, 1)
    below = [
        w
        for w in lt.words
        if w.box.y >= caption.box.y2 - height / 4
        and w.box.y - caption.box.y2 <= VALUE_BELOW_LINE_HEIGHTS * height
        and abs(w.box.x - caption.box.x) <= VALUE_START_LINE_HEIGHTS * height
    ]
    for word in sorted(below, key=lambda w: w.box.y):
        text = lt.text[word.start : word.end].strip(_EDGE)
        if _fits(part, text):
            return word
        return None  # the nearest word under the caption is no value of it: an empty box, a hint
    return None


def _fits(part: str, text: str) -> bool:
    if part == "day":
        return _DAY.fullmatch(text) is not None
    if part == "month":
        return _MONTH.fullmatch(text) is not None or text.lower() in _MONTH_NAMES
    return _YEAR.fullmatch(text) is not None
