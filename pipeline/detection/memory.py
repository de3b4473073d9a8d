"""Values already found in this recording, found again wherever they reappear.

A name typed into a labelled form field is easy to find; the same name printed later on a
confirmation page, with no label and in a font spaCy's small model does not tag, is not. Once a
value is known to be personal data in a session, every later appearance of it is too. The
memory lives only in the analysing process, for one recording, and is never written anywhere.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from pipeline.core.text import READ_AS_L, normalise_with_offsets
from pipeline.detection.name_parts import parts_of
from pipeline.detection.structure.cells import NEEDS_DIGIT
from pipeline.detection.structure.forms import PasswordFieldMemory
from pipeline.detection.structure.mail import MailMemory
from pipeline.detection.structure.tables import TableMemory

MIN_CHARS = 5  # shorter values ("Blair", "613") would match innocent text too often
# Names and places are remembered only when written like one: a lone lower-case word after a
# "name" label is a setting ("name = billing" in a config file), and remembering it would hide
# the word in every host name, path and title of the session ("billing-prod-02").
NAME_ENTITIES = frozenset({"PERSON", "LOCATION"})
# An e-mail body's lines (and a history list's visits) are found by their structure on every
# screen; remembered, each sentence of prose would be looked for in every later text.
NOT_REMEMBERED = frozenset({"EMAIL_BODY", "BROWSING_HISTORY"})
# Other values this long are found also where OCR glued them to the text beside them: a scaled-
# down terminal's "@" is a pixel or two, and a prompt read "kim. perryws-eng-07:~$" left the
# remembered login readable. A name or place inside a longer word is another word.
GLUED_MIN_CHARS = 6
_EDGES = ".,;:!?()[]{}\"'"  # punctuation OCR leaves at a word's ends
# A text field's caret or the mouse's I-beam read as a word of one stroke after a name typed into
# its field ('<First> <Last> I'): no part of the name. Remembered with it, the name matched
# across a line break with any I-beam on the line below (the pointer in the next field) and
# masked the pointer as a person. A name is learnt without it (it is still masked where found).
_CARET_AFTER = regex.compile(r"(?<=\w[.,]?)\s+[Il|!1\[\]]\s*$")
# Characters OCR reads for each other in small or scaled type: "NGS INF" for "NG5 1NF",
# "lsolde" for "Isolde" (a capital I and a small l are one stroke in sans fonts), "O" for "0".
# A value is remembered and looked for with each group folded to one character, so a value read
# right once is found again where it was read with such a letter (print_preview: the statement's
# postcode and its addressee's given name, seen again at 100 % after the preview).
_OCR_FOLD = str.maketrans("l105", "iios")
# A 5 or an S read as a dollar sign, a symbol that normalising would drop: it is folded with them
# before, one character for one (a zoomed payslip's national insurance number "<AA> $7 ..." for
# "<AA> 57 ...", conf 44, left readable after the page was read right at 100 %)
_DOLLAR_AS_S = str.maketrans("$", "s")
# A street line's street: after its house number ("83 Wilkins Field") or after a flat's line
# ("Flat 49, Smith Ports"), two to four capitalised words. A map pins it and a trip list names
# it alone ("-> Smith Ports"); once its line was an address, the street alone is one too.
_HOUSE_NUMBER = regex.compile(r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?[ ]+")
_UNIT = regex.compile(r"(?i:flat|apartment|apt|unit|studio|suite|room)\.?[ ]+\w{1,6}")
_STREET_NAME = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){1,3}")
# An address's town: before the postcode ending its line ("Polwithen Vean TR9 0QX"), or the part
# before a US state and ZIP ("Lake Ashley, OR 97201"); one to three capitalised words. A message
# names the town alone ("has moved to <Town>"); once its line was an address, the town is a place.
_TOWN = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}")
# (the postcode's digits as OCR may read them: "TR9 OQX")
_TOWN_BEFORE_POSTCODE = regex.compile(r"(?P<town>.+?)[ ]+[A-Z]{1,2}[\dOIl][A-Z\d]?[ ]?[\dOIl][A-Z]{2}")
_STATE_ZIP = regex.compile(r"[A-Z]{2}[ ]+\d{5}(?:-\d{4})?")
# A number or a date typed by where it stands (a column under its header, a field under its
# label) takes whatever OCR read there: on a form laid out as a grid of captions over values, the
# helper text under a field ("Managed by HR. ..."), the next field's value ("Weekdays, after 5pm"),
# a section's heading with its badge's icon read as a digit ("<Heading> 9"). Masked where found,
# it is no number of anyone's to remember: remembered, every later sentence or heading spelled
# like it was masked as that number for the rest of the recording. Such a value is remembered
# without the words of letters at its ends (a card brand before a card number, a caption), and
# not at all when no digit is left. A month's name is part of a date and stays; so does a word
# of capitals alone (a national insurance number's prefix, a postcode's outward part whose digit
# OCR read as a letter: "QVOX" for "QV0X").
_LETTER_WORD = regex.compile(r"\p{L}*\p{Ll}\p{L}*")
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))


@dataclass
class ValueMemory:
    entities: dict[str, str] = field(default_factory=dict)  # normalised value -> entity type
    # the tables this recording showed: their columns type rows whose header scrolled away
    tables: TableMemory = field(default_factory=TableMemory)
    # the password fields it showed: a field that showed bullets stays one when revealed
    passwords: PasswordFieldMemory = field(default_factory=PasswordFieldMemory)
    # the lines of message bodies it showed: a body outgrows its header's reach
    mail: MailMemory = field(default_factory=MailMemory)
    # the words of the full names it showed, each found alone where it names the person
    # (name_parts.py: "Block <First>" in a chat whose header showed "<First> <Last>")
    name_parts: set[str] = field(default_factory=set)
    # how a computer may be named after each of those people ("<surname>", "<i><surname>"):
    # a session list's "DESKTOP-<SURNAME>" beside its user's full name (host_names.py)
    host_owners: set[str] = field(default_factory=set)

    def __repr__(self) -> str:  # never show the values
        return f"ValueMemory({len(self.entities)} values, {len(self.tables.tables)} tables)"

    @property
    def revision(self) -> tuple[int, int, int, int, int]:
        """Changes whenever the memory learns something (a cached result may be stale then)."""
        return (
            len(self.entities),
            self.tables.revision,
            len(self.passwords.fields),
            self.mail.revision,
            len(self.name_parts),
        )

    def learn(self, entity_type: str, value: str, ordinary: Callable[[str], bool]) -> None:
        """Remember `value` unless it is a person written only in words that `ordinary` calls
        common words and no names: masked where found, but remembered it would be masked in
        every title and caption of the session (a grid's name column typed a sheet tab "Payroll",
        which then hid the tab title "Payroll September 2025" on every frame; a window dragged
        over a grid put its button "Schedule follow-up" in the name column for a frame, and the
        button stayed masked for the rest of the session)."""
        if entity_type in NOT_REMEMBERED:
            return
        if entity_type in NEEDS_DIGIT:
            value = number_of(value)
            if not value:
                return
        if entity_type == "PERSON":
            value = _CARET_AFTER.sub("", value)
        words = [w.strip(_EDGES) for w in value.split()]
        # words of no letter are no part of a name: an icon read as a glyph ("§ Locked", a
        # padlock badge beside a section's title typed a person by the column under it)
        named = [w for w in words if any(ch.isalpha() for ch in w)]
        if entity_type == "PERSON" and all(ordinary(w) for w in named):
            return
        if entity_type == "USERNAME" and named and all(ordinary(w) for w in named):
            # a login of common words is a service's account ("user=billing_admin" read without
            # its underscore gave "billing"): remembered, it hid the word in every host name and
            # path of the session ("host=db-billing.internal")
            return
        if entity_type == "LOCATION" and all(ordinary(w) for w in named) and not _written_as_a_name(named):
            # a place in common words written in capitals or small letters alone: a caption
            # ("SECOND PHONE") or words of a sentence ("of address") typed by where they stood;
            # "Upper Quillham" is written as a place's name and still remembered
            return
        if entity_type == "ADDRESS" and not any(ch.isdigit() for ch in value) and all(ordinary(w) for w in named):
            # words of a sentence under an address's caption ("... with proof of address", a
            # form's helper text read as the field's value): no number and no name, no one's
            # address; "Station Road" alone names no one's street either (street_of)
            return
        self.add(entity_type, value)
        if entity_type == "PERSON":
            swapped = swapped_name(value)
            if swapped is not None:
                self.add(entity_type, swapped)
            self.name_parts.update(part for part in parts_of(value) if not ordinary(part))
            self.host_owners.update(owner_forms(words))
        elif entity_type == "ADDRESS":
            street = street_of(value)
            # "Station Road", "High Street": a street of words alone names no one's street
            if street is not None and not all(ordinary(w) for w in street.split()[:-1]):
                self.add(entity_type, street)
            town = town_of(value)
            # "Reading", "Market Street": a town of common words alone would hide them everywhere
            if town is not None and not all(ordinary(w) for w in regex.split(r"[ -]", town)):
                self.add("LOCATION", town)

    def add(self, entity_type: str, value: str) -> None:
        key = _folded(value.translate(READ_AS_L))[0]  # as `find` reads the text
        if len(key) < MIN_CHARS:
            return
        if entity_type in NAME_ENTITIES and len(value.split()) < 2 and value.islower():
            return
        self.entities.setdefault(key, entity_type)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Spans (start, end, entity type) of `text` where a remembered value appears whole,
        separators and case aside, not cut out of a longer word (but for values of
        GLUED_MIN_CHARS or more that are no name or place)."""
        if not self.entities:
            return []
        # OCR reads a small "l" as "!" or "|" (core/text.py READ_AS_L: a filter menu's name
        # that its grid showed with the "l"): offsets unchanged
        norm, offsets = _folded(text.translate(READ_AS_L))
        spans = []
        for key, entity in self.entities.items():
            glued = entity not in NAME_ENTITIES and len(key) >= GLUED_MIN_CHARS
            start = norm.find(key)
            while start >= 0:
                a, b = offsets[start], offsets[start + len(key) - 1] + 1
                whole = (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum())
                if whole or glued:
                    spans.append((a, b, entity))
                start = norm.find(key, start + 1)
        return spans


def number_of(value: str) -> str:
    """A number's or a date's `value` without the words of letters at its ends (_LETTER_WORD; a
    month's name aside), or "" when no digit is left: what is remembered of a value of a
    type that needs a digit (_LETTER_WORD)."""
    words = value.split()

    def wordy(word: str) -> bool:
        bare = word.strip(_EDGES)
        return _LETTER_WORD.fullmatch(bare) is not None and bare.lower() not in _MONTHS

    while words and wordy(words[0]):
        words.pop(0)
    while words and wordy(words[-1]):
        words.pop()
    kept = " ".join(words)
    return kept if any(ch.isdigit() for ch in kept) else ""


def _written_as_a_name(words: list[str]) -> bool:
    """Whether `words` are written as a name is ("Upper Quillham"): each capitalised and not in
    capitals alone."""
    return bool(words) and all(w[:1].isupper() and not w.isupper() for w in words)


def _folded(text: str) -> tuple[str, list[int]]:
    """`normalise_with_offsets(text)` with the characters OCR confuses folded (_OCR_FOLD)."""
    norm, offsets = normalise_with_offsets(text.translate(_DOLLAR_AS_S))
    return norm.translate(_OCR_FOLD), offsets


def swapped_name(value: str) -> str | None:
    """The person of a name written surname first, '<Last>, <First ...>' (a class register, a
    patient list, a payroll grid), as the rest of the screens write it, '<First ...> <Last>' (the
    pupil's profile headed by the name), or None for any other value. Remembered, the name is
    found whole there too: only its first name was (a word no English writes, name_parts.py),
    and a surname English also writes as a word stayed readable beside the mask."""
    last, sep, first = value.partition(",")
    if not sep or "," in first:
        return None
    last_words, first_words = last.split(), first.split()
    if not (1 <= len(last_words) <= 2 and 1 <= len(first_words) <= 3):
        return None
    if not all(w[:1].isalpha() and w[:1].isupper() for w in last_words + first_words):
        return None
    return " ".join(first_words + last_words)


def owner_forms(words: list[str]) -> set[str]:
    """How a computer is named after the person of a full name's `words`, in lower case and
    letters only: a word of the name, an English word too or not ("baker" for "DESKTOP-BAKER":
    beside a device word, the word of a name the recording showed names that person), the first
    name's initial and the other words glued ("<i>nic<surname>" for "<First> Nic <Surname>"), and
    the first name and the last glued. One word is no full name: none."""
    pairs = [(w, "".join(ch for ch in w.lower() if ch.isalpha())) for w in words]
    pairs = [(raw, low) for raw, low in pairs if low]
    if len(pairs) < 2:
        return set()
    letters = [low for _, low in pairs]
    forms = {low for _, low in pairs if len(low) >= 3}
    forms.add(letters[0][0] + "".join(letters[1:]))
    forms.add(letters[0] + letters[-1])
    return forms


def town_of(value: str) -> str | None:
    """The town of an address's last line ("Polwithen Vean TR9 0QX", "4 Harbour Lane, Polwithen Vean
    TR9 0QX" -> "Polwithen Vean"; "Lake Ashley, OR 97201" -> "Lake Ashley"), or None (no postcode
    or ZIP ends it, or the words before it are no town's)."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) >= 2 and _STATE_ZIP.fullmatch(parts[-1]):
        town = parts[-2]
    else:
        found = _TOWN_BEFORE_POSTCODE.fullmatch(parts[-1])
        if found is None:
            return None
        town = found["town"]
    return town if _TOWN.fullmatch(town) else None


def street_of(value: str) -> str | None:
    """The street of an address's street line ("83 Wilkins Field" -> "Wilkins Field", "Flat 49,
    Smith Ports" -> "Smith Ports"), or None (a town's line, a postcode, a street without its
    number)."""
    parts = [p.strip() for p in value.split(",")]
    for i, part in enumerate(parts):
        number = _HOUSE_NUMBER.match(part)
        if number is not None:
            rest = part[number.end() :]
        elif _UNIT.fullmatch(part) and i + 1 < len(parts):
            rest = _HOUSE_NUMBER.sub("", parts[i + 1], count=1)
        else:
            continue
        return rest if _STREET_NAME.fullmatch(rest) else None
    return None
