"""The words that give a screen its structure (models/structure.yaml), read strictly.

Column headers type the cells below them; other headers only help tell a header row from a data
row; secret headings make the codes of the block under them secrets. Phrases are matched whole
and case-insensitively on OCR words with their edge punctuation stripped, longest phrase first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, TypeVar

from pydantic import Field

from pipeline.core.documents import Document
from pipeline.core.errors import ConfigError
from pipeline.core.text import misread_as
from pipeline.core.yaml_config import read_yaml_mapping, validate
from pipeline.detection.languages import extend_structure, load_language_packs

STRUCTURE_FILE = "structure.yaml"
EDGE_PUNCTUATION = " \t,.;:!?\"'()[]{}|*%"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A header phrase this long (letters, as written) may be matched misread by a letter, in a line
# already found to be a header by its other fields; a shorter one ("name", "city") never
MISREAD_MIN_CHARS = 6
# two letters OCR reads for one in text re-encoded at a low bitrate or scaled down, and the one
# they stand for ("Postcacle" for "Postcode": its "d" read "cl", its "o" read "a")
_SPLIT_LETTERS = (("cl", "d"), ("rn", "m"), ("ri", "n"), ("vv", "w"))

_T = TypeVar("_T")
Phrase = Annotated[str, Field(min_length=1, max_length=64)]
EntityName = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*$")]


class ColumnDoc(Document):
    entity: EntityName
    generic: bool = False
    # whether this column, when specific, makes the row's generic columns personal too: a login
    # column does not (Task Manager lists processes by "Name" beside the "User name" each runs as)
    types_generic: bool = True
    # whether a cell of this column, untyped (generic, alone in its row), that is a login on its
    # own is a USERNAME: a print queue's "Owner", a job list's "User" (tables.py `_login_cell`)
    login_cells: bool = False
    headers: list[Phrase] = Field(min_length=1)


class PasswordFieldsDoc(Document):
    labels: list[Phrase] = Field(min_length=1)
    qualifiers: list[Phrase] = []


class MailDoc(Document):
    sender_labels: list[Phrase] = Field(min_length=1)
    recipient_labels: list[Phrase] = Field(min_length=1)
    header_labels: list[Phrase] = []
    actions: list[Phrase] = []
    source_fields: list[Phrase] = []


FieldNumber = Annotated[str, Field(pattern=r"^\d{1,2}[a-z]?$")]


class NumberedFieldsDoc(Document):
    min_numbers: int = Field(4, ge=2)
    typed: dict[EntityName, list[FieldNumber]] = Field(min_length=1)
    other: list[FieldNumber] = []


class TownShapesDoc(Document):
    """How a town's name is built where no gazetteer knows it (a village, a made-up place)."""

    prefixes: list[Phrase] = []  # a first word: "North <X>", "Port <X>"
    suffixes: list[Phrase] = []  # a name's end: "<X>bury", "<X>ton"


class DateInputsDoc(Document):
    """A date asked for in separate boxes, each captioned (structure/date_inputs.py)."""

    day: list[Phrase] = Field(min_length=1)
    month: list[Phrase] = Field(min_length=1)
    year: list[Phrase] = Field(min_length=1)
    birth: list[Phrase] = Field(min_length=1)  # a question or label that makes the date a birth date


class StructureDoc(Document):
    columns: list[ColumnDoc] = Field(min_length=1)
    other_headers: list[Phrase] = []
    header_share: float = Field(0.6, gt=0, le=1)
    secret_headings: list[Phrase] = []
    password_fields: PasswordFieldsDoc | None = None
    mail: MailDoc | None = None
    numbered_fields: NumberedFieldsDoc | None = None
    system_accounts: list[Phrase] = []
    chat_roles: list[Phrase] = []
    people_headings: list[Phrase] = []
    # headers of columns that hold nothing personal themselves but say each row is a person's
    # record (a vet's "Pet | Species | Breed"): beside one, a generic header ("Owner", "Name")
    # types its column as a specific one would; each is a header (`other_headers`) too
    record_headers: list[Phrase] = []
    # headers of columns that name an organisation ("Company", "Employer", "Supplier"): NER's
    # person in such a cell is a company unless it opens with a given name (tables.py); each is
    # a header (`other_headers`) too
    organisation_headers: list[Phrase] = []
    town_shapes: TownShapesDoc | None = None
    # words that say whose or which of several a column is, before a header: an address book's
    # export names "Home Phone", "Business City", "Other Postal Code" (Outlook, Google, Apple);
    # each column or other header after one is that header
    column_qualifiers: list[Phrase] = []
    date_inputs: DateInputsDoc | None = None


@dataclass(frozen=True, slots=True)
class DateInputWords:
    """The captions of a date's parts and the words about birth (structure/date_inputs.py)."""

    parts: dict[str, str]  # caption, lower case -> "day", "month" or "year"
    birth: frozenset[str]

    @classmethod
    def from_doc(cls, doc: DateInputsDoc) -> DateInputWords:
        parts = {
            c.lower(): part for part, cs in (("day", doc.day), ("month", doc.month), ("year", doc.year)) for c in cs
        }
        return cls(parts, frozenset(b.lower() for b in doc.birth))

    def part(self, word: str) -> str | None:
        return self.parts.get(word)


@dataclass(frozen=True, slots=True)
class MailWords:
    """How an opened e-mail message shows itself (pipeline/detection/structure/mail.py)."""

    sender_labels: frozenset[str]  # "From:" starts the sender's line
    recipient_labels: frozenset[str]  # "To:", Gmail's "to me" start the recipient's line
    header_labels: frozenset[str]  # other lines of the message's header ("Sent:", "Subject:")
    actions: frozenset[str]  # buttons under the message ("Reply", "Forward") end its body
    # a raw message source's header fields ("Received:", "DKIM-Signature:"): no body line
    source_fields: frozenset[str] = frozenset()

    @classmethod
    def from_doc(cls, doc: MailDoc) -> MailWords:
        def keys(phrases: list[str]) -> frozenset[str]:
            return frozenset(phrase_key(p.split()) for p in phrases)

        return cls(
            keys(doc.sender_labels),
            keys(doc.recipient_labels),
            keys(doc.header_labels),
            keys(doc.actions),
            frozenset(p.lower() for p in doc.source_fields),
        )


@dataclass(frozen=True, slots=True)
class NumberedFields:
    """An identity card's field numbers (pipeline/detection/structure/cards.py)."""

    typed: dict[str, str]  # number ("1", "4d") -> the entity type of the value after it
    numbers: frozenset[str]  # every field number of the card, typed or not
    lettered: frozenset[str]  # the numbers with a letter ("4a"), which a numbered list never has
    min_numbers: int  # a card shows this many of its numbers at least, each before a value

    @classmethod
    def from_doc(cls, doc: NumberedFieldsDoc, known_entities: frozenset[str], path: Path) -> NumberedFields:
        typed: dict[str, str] = {}
        for entity, numbers in doc.typed.items():
            if entity not in known_entities:
                raise ConfigError(f"numbered_fields.typed.{entity}: not an entity of detection.yaml", path)
            for number in numbers:
                if number in typed:
                    raise ConfigError(f"numbered_fields.typed: {number} listed twice", path)
                typed[number] = entity
        every = frozenset([*typed, *doc.other])
        return cls(typed, every, frozenset(n for n in every if n[-1].isalpha()), doc.min_numbers)


@dataclass(frozen=True, slots=True)
class ColumnType:
    entity: str
    generic: bool  # types its column only beside another personal column
    types_generic: bool = True  # when specific, makes the generic columns beside it personal
    login_cells: bool = False  # untyped, a cell that is a login alone is a USERNAME


def _joined_letters(key: str) -> list[str]:
    """`key` with one pair of `_SPLIT_LETTERS` read back as its letter, each way it holds one."""
    out = []
    for pair, letter in _SPLIT_LETTERS:
        at = key.find(pair, 1)
        while at > 0:
            out.append(key[:at] + letter + key[at + len(pair) :])
            at = key.find(pair, at + 1)
    return out


def phrase_key(words: Iterable[str]) -> str:
    """How a run of OCR words is looked up: lower case, edge punctuation off, single spaces.
    Identifiers are words too: a CSV header or a database column names its fields
    `full_name`, `dateOfBirth` ("full name", "date of birth")."""
    return " ".join(key for key in map(_word_key, words) if key)


# a column's number glued to its name ("address_line1", "phone2", "email3"): a word of its own; a
# short name keeps it ("ipv4")
_ORDINAL = re.compile(r"(?<=[a-z]{4})(?=\d$)")
# OCR's small l (or i) for the 1 glued to a column's name ("address_linel" for "address_line1")
_ONE_AS_LETTER = re.compile(r"(?<=[a-z]{4})[li]$")
# a personal column's name with a number after it ("address 1", "phone 2") is that column, but for
# a person's
NUMBERED_COLUMNS = 3
_word_keys: dict[str, str] = {}
_WORD_KEYS = 50_000  # words whose keys are remembered


def _word_key(word: str) -> str:
    """One word's part of a phrase key ("" for none), remembered: the structure passes look up
    the same words of a screen's lines on every frame, a hundred thousand times a session."""
    key = _word_keys.get(word)
    if key is None:
        key = " ".join(_CAMEL.sub(" ", word.strip(EDGE_PUNCTUATION)).replace("_", " ").lower().split())
        key = _ORDINAL.sub(" ", key)
        if len(_word_keys) >= _WORD_KEYS:
            _word_keys.clear()
        _word_keys[word] = key
    return key


SYSTEM_SLIP_LETTERS = 6  # a system account this long is still it with one letter lost or misread


def is_system_account(login: str, accounts: frozenset[str]) -> bool:
    """Whether `login` is one of the system `accounts` ("root", "www-data"), also as small
    terminal type reads a longer one with one letter lost or read as another ("postgrs",
    "www-dota"): a person's login one slip from a service account is rarer than the misreading."""
    key = login.lower()
    if key in accounts:
        return True
    if len(key) < SYSTEM_SLIP_LETTERS - 1:
        return False
    return any(len(account) >= SYSTEM_SLIP_LETTERS and _one_slip(key, account) for account in accounts)


def _one_slip(read: str, known: str) -> bool:
    """Whether `read` is `known` with one letter read as another, or with one letter lost."""
    if len(read) == len(known):
        return sum(a != b for a, b in zip(read, known)) == 1
    return len(read) == len(known) - 1 and any(known[:i] + known[i + 1 :] == read for i in range(len(known)))


@dataclass(frozen=True)
class Vocabulary:
    columns: dict[str, ColumnType]  # phrase -> type of a personal column
    other_headers: frozenset[str]
    header_share: float
    secret_headings: frozenset[str]
    password_labels: frozenset[str]  # a label alone or after a qualifier ("confirm new password")
    longest: int  # words in the longest phrase
    mail: MailWords | None = None
    numbered: NumberedFields | None = None
    system_accounts: frozenset[str] = frozenset()  # accounts no person holds ("root", "www-data")
    chat_roles: frozenset[str] = frozenset()  # a transcript's speakers that name no one ("Agent")
    people_headings: frozenset[str] = frozenset()  # a side panel's "Reviewers", "Assignees" (people.py)
    record_headers: frozenset[str] = frozenset()  # "Pet", "Species": a row is a person's record
    organisation_headers: frozenset[str] = frozenset()  # "Company", "Employer": a column of organisations
    town_prefixes: frozenset[str] = frozenset()  # "north", "port": a town's first word (town_shapes)
    town_suffixes: tuple[str, ...] = ()  # "bury", "ton": a town's name ends so (town_shapes)
    date_inputs: DateInputWords | None = None  # "Day | Month | Year" boxes (date_inputs.py)

    @classmethod
    def from_doc(cls, doc: StructureDoc, known_entities: frozenset[str], path: Path) -> Vocabulary:
        columns: dict[str, ColumnType] = {}
        for i, column in enumerate(doc.columns):
            if column.entity not in known_entities:
                raise ConfigError(f"columns[{i}].entity: not an entity of detection.yaml", path)
            for phrase in column.headers:
                columns.setdefault(
                    phrase_key(phrase.split()),
                    ColumnType(column.entity, column.generic, column.types_generic, column.login_cells),
                )
        others = {phrase_key(p.split()) for p in (*doc.other_headers, *doc.record_headers, *doc.organisation_headers)}
        qualified_others = set(_qualified(doc.column_qualifiers, dict.fromkeys(others, True), {*columns, *others}))
        for key, kind in _qualified(doc.column_qualifiers, columns, others).items():
            columns.setdefault(key, kind)
        for key, kind in list(columns.items()):
            # (a person's column numbered heads a record of its own: "Applicant 1 | Applicant 2")
            if kind.entity != "PERSON" and not kind.generic and not any(ch.isdigit() for ch in key):
                for n in range(1, NUMBERED_COLUMNS + 1):
                    columns.setdefault(f"{key} {n}", kind)
        phrases = [*columns, *others, *qualified_others, *doc.secret_headings]
        passwords = doc.password_fields
        password_labels = frozenset(
            phrase_key(f"{qualifier} {label}".split())
            for label in (passwords.labels if passwords else [])
            for qualifier in ("", *(passwords.qualifiers if passwords else []))
        )
        return cls(
            columns=columns,
            other_headers=frozenset({*others, *qualified_others}),
            header_share=doc.header_share,
            secret_headings=frozenset(phrase_key(p.split()) for p in doc.secret_headings),
            password_labels=password_labels,
            longest=max(len(p.split()) for p in phrases),
            mail=MailWords.from_doc(doc.mail) if doc.mail is not None else None,
            numbered=(
                NumberedFields.from_doc(doc.numbered_fields, known_entities, path)
                if doc.numbered_fields is not None
                else None
            ),
            system_accounts=frozenset(a.lower() for a in doc.system_accounts),
            chat_roles=frozenset(r.lower() for r in doc.chat_roles),
            people_headings=frozenset(phrase_key(p.split()) for p in doc.people_headings),
            record_headers=frozenset(phrase_key(p.split()) for p in doc.record_headers),
            organisation_headers=frozenset(phrase_key(p.split()) for p in doc.organisation_headers),
            town_prefixes=frozenset(p.lower() for p in doc.town_shapes.prefixes) if doc.town_shapes else frozenset(),
            town_suffixes=tuple(sorted({x.lower() for x in doc.town_shapes.suffixes}, key=len, reverse=True))
            if doc.town_shapes
            else (),
            date_inputs=DateInputWords.from_doc(doc.date_inputs) if doc.date_inputs is not None else None,
        )

    def town_shaped(self, words: str) -> bool:
        """Whether `words` are built as a town's name (`town_shapes`): one or two capitalised words,
        a prefix then a name ("South <Name>"), or one word of five letters or more that ends with
        a place's suffix after three letters at least ("<Name>bury", "<Name>berg")."""
        parts = words.split()
        if not 1 <= len(parts) <= 2 or not all(p[:1].isupper() and p[1:].isalpha() for p in parts):
            return False
        if len(parts) == 2:
            return parts[0].lower() in self.town_prefixes
        word = parts[0].lower()
        return len(word) >= 5 and any(word.endswith(x) and len(word) - len(x) >= 3 for x in self.town_suffixes)

    def is_header(self, key: str) -> bool:
        return key in self.columns or key in self.other_headers

    def misread_column(self, key: str) -> str | None:
        """The personal column's phrase that `key` is, misread by OCR by a letter (see
        core/text.py `misread_as`: "full nane" for "full name"), or by a letter and one letter
        read as two ("postcacle" for "postcode"), when the phrase has MISREAD_MIN_CHARS letters
        or more and `key` is no header itself; None otherwise (or when two phrases qualify). A
        column's 1 read as a small l or i at the key's end ("address linel") is that column's."""
        if len(key.replace(" ", "")) < MISREAD_MIN_CHARS or self.is_header(key):
            return None
        if _ONE_AS_LETTER.search(key) and _ONE_AS_LETTER.sub(" 1", key) in self.columns:
            return _ONE_AS_LETTER.sub(" 1", key)
        keys = [key, *_joined_letters(key)]
        found = {
            phrase
            for phrase in self.columns
            if len(phrase) >= MISREAD_MIN_CHARS and any(k == phrase or misread_as(k, phrase) for k in keys)
        }
        return found.pop() if len(found) == 1 else None

    def cut_columns(self, key: str) -> frozenset[str]:
        """The entity types of the personal columns whose phrase `key` is the start of, cut
        short ("iba" of "iban", "date of bi"): a header cell at a table's clipped edge shows
        only its first letters. Empty when `key` is a header itself, holds no letter, or also
        starts a header of no personal column ("dat" of "date" as much as of "date of birth")."""
        if not key or not any(ch.isalpha() for ch in key) or self.is_header(key):
            return frozenset()
        if any(other.startswith(key) for other in self.other_headers):
            return frozenset()
        return frozenset(kind.entity for phrase, kind in self.columns.items() if phrase.startswith(key))

    def login_columns(self, keys: list[str | None]) -> list[bool]:
        """Whether each header phrase of a row names a column whose cells may be logins alone."""
        kinds = [self.columns.get(key) if key else None for key in keys]
        return [k is not None and k.login_cells for k in kinds]

    def column_entities(self, keys: list[str | None], entities: frozenset[str]) -> list[str | None]:
        """The entity type each header phrase of one header row gives its column (None: not
        personal, or not reported). A generic header ("Name") types its column only beside a
        specific personal column of the same row (one that `types_generic`), or beside a column
        that makes each row a person's record (`record_headers`: a vet's "Pet | Species")."""
        kinds = [self.columns.get(key) if key else None for key in keys]
        specific = any(
            k is not None and not k.generic and k.types_generic and k.entity in entities for k in kinds
        ) or any(key in self.record_headers for key in keys if key)
        return [
            k.entity if k is not None and k.entity in entities and (specific or not k.generic) else None for k in kinds
        ]


def _qualified(qualifiers: Iterable[str], headers: dict[str, _T], taken: set[str]) -> dict[str, _T]:
    """Each header of `headers` after each qualifier ("home phone"), mapped as the header is; a
    phrase `taken` means what it says already ("business name" is an organisation's column, not
    a qualified "name")."""
    out: dict[str, _T] = {}
    for qualifier in (phrase_key(q.split()) for q in qualifiers):
        for key, value in headers.items():
            phrase = f"{qualifier} {key}"
            if phrase not in taken and phrase not in headers:
                out.setdefault(phrase, value)
    return out


def load_vocabulary(models_dir: Path, known_entities: frozenset[str]) -> tuple[bytes, Vocabulary]:
    """The bytes of models/structure.yaml (for the config hash) and its vocabulary."""
    path = Path(models_dir) / STRUCTURE_FILE
    raw, written = read_yaml_mapping(path)
    written = extend_structure(written, load_language_packs(Path(models_dir)))  # other languages' words
    return raw, Vocabulary.from_doc(validate(StructureDoc, written, path), known_entities, path)
