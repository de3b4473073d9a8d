"""A person's contact details in one line parted by middle dots, bullets or bars.

A typeahead's suggestion, a search result's card and a contact list's row write the details under
the name as one line: "<e-mail> · <phone> · <Town>", "<phone> | <Town>". OCR reads the dots as
"-", "·" or "•"; no label names any part. The e-mail and the phone have shapes of their own; the
town has none, and the small NER model does not tag a town alone (nor a made-up one, as many
real towns look to it). What says "where this person is" is the line: a part that is one to three
capitalised words beside a contact detail of the same line. It is a LOCATION when it is a known
town, or when none of its words is an English word or a UI or system word ("Leahstad",
"Ballyconnell"; a PERSON when a known given name leads it); a country alone, a job title or a
company of dictionary words ("Account Manager", "Orchard Lane Vets") and statuses ("Active")
stay readable.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from pipeline.detection.names import NameLexicon
from pipeline.detection.text import LayoutText, SpanFinding

RECOGNIZER = "structure/contact_line"
SCORE = 0.8
# a separator with a space each side: a hyphen inside "Okonkwo-Hale" or "07700-900" parts nothing
_SEPARATOR = regex.compile(r"(?<=\S)[ ]+[·•|–—-][ ]+(?=\S)")
_EMAIL = regex.compile(r"[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+")
_PHONE = regex.compile(r"\+?\(?\d[\d ()-]{7,}\d")
_MIN_PHONE_DIGITS = 9
_PLACE = regex.compile(r"\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+){0,2}")


class ContactLineFinder:
    def __init__(self, lexicon: NameLexicon):
        self.lexicon = lexicon

    def find(self, lt: LayoutText, claimed: Collection[int] = ()) -> list[SpanFinding]:
        """The towns of lines parted by dots or bars that hold an e-mail address or a phone number
        (lines `claimed` by a table are typed by its columns already)."""
        found: list[SpanFinding] = []
        for index, line in enumerate(lt.lines):
            text = lt.text[line.start : line.end]
            if index in claimed or not any(c.isdigit() or c == "@" for c in text):
                continue
            cuts = list(_SEPARATOR.finditer(text))
            if not cuts:
                continue  # the cheap gate: most lines have no spaced separator
            bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(text)]
            parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
            if not any(_contact(text[a:b]) for a, b in parts):
                continue
            for a, b in parts:
                entity = self._entity(text[a:b]) if _PLACE.fullmatch(text[a:b]) else None
                if entity is not None:
                    found.append(SpanFinding(line.start + a, line.start + b, entity, SCORE, RECOGNIZER))
        return found

    def _entity(self, part: str) -> str | None:
        """LOCATION for a town, PERSON for a name led by a known given name, None for the rest."""
        lex = self.lexicon
        if lex.is_town(part):
            return "LOCATION"
        if lex.is_country(part):
            return None
        words = regex.split(r"[ -]", part)
        if any(lex.is_dictionary(w) or lex.is_system(w) for w in words):
            return None
        return "PERSON" if len(words) > 1 and lex.is_first_name(words[0]) else "LOCATION"


def _contact(part: str) -> bool:
    """An e-mail address or a phone number, the whole part."""
    part = part.strip()
    if _EMAIL.fullmatch(part):
        return True
    return bool(_PHONE.fullmatch(part)) and sum(c.isdigit() for c in part) >= _MIN_PHONE_DIGITS
