"""Identity cards that number their fields instead of captioning them: a driving licence.

A UK or EU photocard driving licence (ISO/IEC 18013-1) prints no caption over its values: each
field starts with its number, "1." the surname, "2." the first names, "3." the date and place
of birth, "4a."/"4b." the dates of issue and expiry, "4c." the issuing authority, "5." the
licence number, "8." the address; a US card (AAMVA) numbers the same way, without the dot ("4d
DLN ..."). No label is there for the label pass to find, and a surname alone in capitals or two
first names are no pair the name finders take. What says "this is a card" is the numbering
itself: several of these numbers on one screen, each starting a value, one of them with a
letter ("4a"), which a numbered list ("1. Passport 2. Driving licence") never has.

`NumberedFieldFinder` types the value after each typed number (models/structure.yaml
`numbered_fields`), up to the next number or a gap, when it has its type's shape: a name of
words in capitals, as cards print them ("1 Customer" in a step bar is no surname), a date (the
words after it are the place of birth, a country alone excepted), a number with digits, an
address with a digit. The numbers must also date something (birth, issue, expiry: a date right
after one of them, or after its caption, "4a ISS 01/07/2020"), which a contract's numbered
clauses need not. Text that shows no lettered field number costs one regex search.
"""

from __future__ import annotations

import regex

from pipeline.detection.names import NameLexicon
from pipeline.detection.structure.vocabulary import NumberedFields
from pipeline.detection.text import LayoutText, LineRef, SpanFinding, WordRef

RECOGNIZER = "structure/numbered_field"
SCORE = 0.8
GAP_LINE_HEIGHTS = 1.6  # a wider gap ends a field's value (the form beside the card)
MAX_NAME_WORDS = 4
_NUMBER = regex.compile(r"(\d{1,2}[a-zA-Z]?)[.,]?")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]*,?")
# dd.mm.yyyy as cards print it, and the shapes of a date of birth's label value
_DATE = regex.compile(
    r"\d{1,2}[ ]?[/.-][ ]?\d{1,2}[ ]?[/.-][ ]?(?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}"
    r"|\d{1,2}[ ](?:[A-Za-z]{3,9}\.?)[ ]\d{4}"
)
_PLACE_WORD = regex.compile(r"\p{L}[\p{L}'’.-]*,?")
_ID_WORD = regex.compile(r"(?=\S*\d)[A-Z0-9*-]{5,24}")


class NumberedFieldFinder:
    def __init__(self, fields: NumberedFields, lexicon: NameLexicon | None = None):
        self.fields = fields
        self.lexicon = lexicon
        self._lettered = regex.compile(
            r"(?<!\S)(?:" + "|".join(regex.escape(n) for n in sorted(fields.lettered)) + r")[.,]?(?=[ ])",
            regex.IGNORECASE,
        )

    def find(self, lt: LayoutText) -> list[SpanFinding]:
        if not self.fields.lettered or not self._lettered.search(lt.text):
            return []
        starts: list[tuple[str, list[WordRef]]] = []
        for line in lt.lines:
            starts.extend(self._fields_of(lt, line))
        if len({number for number, _ in starts}) < self.fields.min_numbers:
            return []
        if not any(number in self.fields.lettered for number, _ in starts):
            return []
        if not any(_DATE.match(lt.text, run[0].start) or _DATE.match(lt.text, run[-1].start) for _, run in starts):
            return []  # a card dates its holder's birth and itself; a contract's numbered clauses need not
        findings: list[SpanFinding] = []
        for number, run in starts:
            entity = self.fields.typed.get(number)
            if entity is not None:
                findings.extend(self._value(lt, entity, run))
        return findings

    def _fields_of(self, lt: LayoutText, line: LineRef) -> list[tuple[str, list[WordRef]]]:
        """(number, the words of its value) for each known field number on the line that a value
        follows (the number may end with a dot, or a comma as OCR reads a dot)."""
        words = line.words
        numbers = [self._number(lt, w) for w in words]
        gap = GAP_LINE_HEIGHTS * line.height
        found = []
        for i, known in enumerate(numbers):
            if known is None:
                continue
            run: list[WordRef] = []
            for j in range(i + 1, len(words)):
                if numbers[j] is not None or words[j].box.x - words[j - 1].box.x2 > gap:
                    break
                run.append(words[j])
            if run:
                found.append((known, run))
        return found

    def _number(self, lt: LayoutText, word: WordRef) -> str | None:
        m = _NUMBER.fullmatch(lt.text, word.start, word.end)
        if m is None:
            return None
        number = m.group(1).lower()
        return number if number in self.fields.numbers else None

    def _value(self, lt: LayoutText, entity: str, run: list[WordRef]) -> list[SpanFinding]:
        text = lt.text
        start, end = run[0].start, run[-1].end
        if entity == "PERSON":
            words = [text[w.start : w.end] for w in run]
            if len(words) > MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(w) and w.isupper() for w in words):
                return []  # "1 Customer 2 Driving licence": a step bar; a card prints names in capitals
            return [SpanFinding(start, end, entity, SCORE, RECOGNIZER)]
        if entity == "DATE_OF_BIRTH":
            m = _DATE.search(text, start, end)
            if m is None:
                return []
            found = [SpanFinding(m.start(), m.end(), entity, SCORE, RECOGNIZER)]
            place = [w for w in run if w.start >= m.end()]
            if place and all(_PLACE_WORD.fullmatch(text, w.start, w.end) for w in place):
                named = " ".join(text[w.start : w.end].strip(",.") for w in place)
                if self.lexicon is None or not self.lexicon.is_country(named):
                    found.append(SpanFinding(place[0].start, place[-1].end, "LOCATION", SCORE, RECOGNIZER))
            return found
        if entity == "ADDRESS":
            value = text[start:end]
            if len(run) < 2 or not any(c.isdigit() for c in value) or not regex.search(r"\p{L}{2}", value):
                return []  # "8 characters" under a form's field: no address
            return [SpanFinding(start, end, entity, SCORE, RECOGNIZER)]
        ids = [w for w in run if _ID_WORD.fullmatch(text, w.start, w.end)]
        return [SpanFinding(ids[0].start, ids[0].end, entity, SCORE, RECOGNIZER)] if ids else []
