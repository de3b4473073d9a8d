"""A person's record printed as one delimited line, without its header.

`grep -i <surname> contacts.csv`, `tail -1 export.csv` or a log that dumps a row prints a line
such as "<First> <Last>,<e-mail>,<mobile>,<company>,<town>,<postcode>": no header line types its
fields (delimited.py needs one, here or remembered), and the commas glue each field to the next
into one OCR word ("<Last>,<e-mail>,<mobile>,<Company>"), so neither NER nor the address rules
see a name or a town standing alone. What says "a person's record" is an e-mail address among
four fields or more. In such a line, a field of two or three capitalised words is the person's
name when its first word is a known given name or one of its words is in the e-mail's local part
("<first><initial>@", "<first>.<last>@"); a field that is a known town alone is a LOCATION, and
the field after it a ZIP_CODE when it is a postal code of digits (a US ZIP, an Indian PIN: no
shape of its own tells them from counts); an old date and a street line are typed by their shapes
as a header's columns past its edge are (delimited.py `field_shapes`: `INSERT ... VALUES (...)`
of a database dump has no header either). A company's name ("Orchard Lane Vets") is neither and
stays readable.

An export whose name is two fields ("<id>,<First>,<Last>,<e-mail>,...": a customers CSV seen in
an editor, its header scrolled away, its records wrapped by a split window) shows no field of
two words: two neighbouring fields of one capitalised word each are the person's given name and
surname when the first is a known given name or either is in the e-mail's local part (not the
whole of it: a role mailbox, "billing@"). A local part OCR read with a space in it ("<first>.
<last>@") still counts.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from pipeline.detection.names import NameLexicon
from pipeline.detection.structure.delimited import field_shapes, split_fields
from pipeline.detection.structure.vocabulary import Vocabulary
from pipeline.detection.text import LayoutText, SpanFinding

RECOGNIZER = "structure/record"
SCORE = 0.85
MIN_FIELDS = 4  # "name,email" or "id,name,email" alone is too little to call a line a record
MIN_NAME_PART = 3  # a name's word found in the local part has this many letters at least
_EMAIL = regex.compile(r"[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+")
_NAME = regex.compile(r"\p{Lu}[\p{Ll}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){1,2}")
# one capitalised word, double-barrelled or not ("<Last>-<Last>"): a name split into two fields
_WORD = regex.compile(r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?")
_DIGIT_CODE = regex.compile(r"\d{4,6}(?:-\d{4})?|\d{3}[ ]\d{3}")


class RecordFinder:
    def __init__(self, lexicon: NameLexicon, vocabulary: Vocabulary | None = None):
        self.lexicon = lexicon
        self.vocabulary = vocabulary

    def find(self, lt: LayoutText, claimed: Collection[int] = ()) -> list[SpanFinding]:
        """The names and towns of delimited lines that hold an e-mail address (lines `claimed` by
        a table's header or rows are typed by their columns already)."""
        found: list[SpanFinding] = []
        for index, line in enumerate(lt.lines):
            text = lt.text[line.start : line.end]
            if "@" not in text or text.count(",") < MIN_FIELDS - 1 or index in claimed:
                continue  # the cheap gate: most lines hold no "@" or too few commas
            fields = [(a, b) for a, b in split_fields(text, ",")]
            if len(fields) < MIN_FIELDS:
                continue
            cells = [_stripped(text, a, b) for a, b in fields]
            locals_ = [
                regex.sub(r"[^\p{L}]", "", text[a:b].split("@", 1)[0]).lower()
                for a, b in cells
                if _EMAIL.fullmatch(text[a:b].replace(" ", ""))
            ]
            if not locals_:
                continue
            town = False
            for a, b in cells:
                cell = text[a:b]
                if town and _DIGIT_CODE.fullmatch(cell):
                    found.append(SpanFinding(line.start + a, line.start + b, "ZIP_CODE", SCORE, RECOGNIZER))
                town = bool(cell[:1].isupper() and self._town(cell))
                if town:
                    found.append(SpanFinding(line.start + a, line.start + b, "LOCATION", SCORE, RECOGNIZER))
                elif _NAME.fullmatch(cell) and self._names(cell, locals_):
                    found.append(SpanFinding(line.start + a, line.start + b, "PERSON", SCORE, RECOGNIZER))
            # its date of birth and street line, by their shapes (the header's columns would type them)
            for (a, b), entity in zip(cells, field_shapes([text[a:b] for a, b in cells])):
                if entity is not None:
                    found.append(SpanFinding(line.start + a, line.start + b, entity, SCORE, RECOGNIZER))
            for (a, b), (c, d) in zip(cells, cells[1:]):
                if self._split_name(text[a:b], text[c:d], locals_):
                    found.append(SpanFinding(line.start + a, line.start + b, "PERSON", SCORE, RECOGNIZER))
                    found.append(SpanFinding(line.start + c, line.start + d, "PERSON", SCORE, RECOGNIZER))
        return found

    def _town(self, cell: str) -> bool:
        """A known town, or a name built as a town's (structure.yaml `town_shapes`: a village or a
        made-up place, "<Name>bury", "South <Name>") that is no English word or known name."""
        if self.lexicon.is_town(cell):
            return True
        if self.vocabulary is None or not self.vocabulary.town_shaped(cell):
            return False
        last = cell.split()[-1]
        return not (self.lexicon.is_dictionary(last) or self.lexicon.is_name(last))

    def _split_name(self, first: str, last: str, locals_: list[str]) -> bool:
        """Whether two neighbouring fields are a given name and a surname in fields of their own."""
        if not (_WORD.fullmatch(first) and _WORD.fullmatch(last)):
            return False
        if self.lexicon.is_first_name(first):
            return True
        # a role mailbox's whole local part ("billing@" beside "Billing,Export") names nobody
        parts = [regex.sub(r"[^\p{L}]", "", w).lower() for w in (first, last)]
        return any(len(p) >= MIN_NAME_PART and p in local and p != local for p in parts for local in locals_)

    def _names(self, cell: str, locals_: list[str]) -> bool:
        words = cell.split()
        if self.lexicon.is_first_name(words[0]):
            return True
        parts = [regex.sub(r"[^\p{L}]", "", w).lower() for w in words]
        return any(len(p) >= MIN_NAME_PART and p in local for p in parts for local in locals_)


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without the spaces and quotes around the field's text."""
    while a < b and text[a] in " \"'":
        a += 1
    while b > a and text[b - 1] in " \"'":
        b -= 1
    return a, b
