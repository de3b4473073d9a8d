"""Find personal data in an OCR layout: Presidio text analysis plus a layout-aware label pass.

One `Detector` is built per run (loading spaCy and compiling the recognizers takes about a
second); `detect()` is then called per layout. It composes the parts of this package:

1. `LayoutText` (text.py) joins the OCR words of a line with single spaces and the lines with
   "\\n", keeping the map from character offsets back to words.
2. Presidio's `AnalyzerEngine.analyze` runs ONCE over that text with the recognizers of
   models/recognizers.yaml (recognizers/: spaCy NER for PERSON/LOCATION, validated patterns,
   our token shapes, street addresses, OCR-tolerant cards, offline e-mail check), the spaCy
   engine of nlp.py and the context enhancer of context_enhancer.py.
3. `FindingFilter` (filters.py) drops look-alikes (system and product words: names.py) and grows
   tokens over OCR's splits; `BareNameFinder` (names.py) adds names that stand without context.
4. `LabelValueFinder` (labels.py) adds values beside/below field labels, and `StructureFinder`
   (structure/) the cells of typed table columns and the codes under secret headings.
5. Findings below their threshold are dropped, values seen earlier in the recording are found
   again (memory.py), identical spans are merged (best score wins), spans inside a better one
   are dropped, and every span becomes one padded box per visual line it touches.

The settings come from models/ (config.py). `Detection` never holds the text: only a salted
HMAC of the normalised value. Nothing here logs or raises with detected text: errors carry file
names and exception type names only.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib.metadata
import logging
from collections.abc import Sequence
from pathlib import Path

import regex
import spacy
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.core.errors import ConfigError, ProcessingError
from pipeline.core.types import Detection, Layout
from pipeline.detection.avatar_names import AvatarNameFinder
from pipeline.detection.clipped import CLIPPED, WORD_NAME, ClippedLines
from pipeline.detection.combs import CombFieldFinder
from pipeline.detection.config import (
    CONFIG_FILES,
    DETECTION_FILE,
    LANGUAGE,
    NLP_FILE,
    RECOGNIZERS_FILE,
    DetectConfig,
    describe,
    detection_settings,
    load_model_files,
)
from pipeline.detection.context_enhancer import IndexedContextEnhancer
from pipeline.detection.diff_marks import without_marks
from pipeline.detection.event_names import EventNameFinder
from pipeline.detection.filters import NER_RECOGNIZER, TOKEN_ENTITIES, FindingFilter, glued
from pipeline.detection.headline_names import HeadlineNameFinder
from pipeline.detection.host_names import HostNameFinder
from pipeline.detection.labels import placed_below
from pipeline.detection.languages import packs_digest_parts
from pipeline.detection.markup import without_tags
from pipeline.detection.memory import ValueMemory
from pipeline.detection.mention_names import GluedMentionFinder
from pipeline.detection.name_parts import NamePartFinder, NamePartRule
from pipeline.detection.names import (
    SYSTEM_VOCABULARY_FILE,
    BareNameFinder,
    FileNameNameFinder,
    LoginNameFinder,
    NameLexicon,
    is_name_token,
)
from pipeline.detection.nlp import build_nlp_engine
from pipeline.detection.owned_logins import OwnedLoginFinder
from pipeline.detection.places import PlaceLineFinder
from pipeline.detection.profile_folders import ProfileFolderFinder
from pipeline.detection.recognizers import AddressBlockFinder, build_registry
from pipeline.detection.spelt_names import SpeltNameFinder
from pipeline.detection.structure import STRUCTURE_FILE, Structure, StructureFinder
from pipeline.detection.structure.birth_dates import past_date_columns
from pipeline.detection.structure.cells import RECOGNIZER as CELL_RECOGNIZER
from pipeline.detection.structure.cells import SCORE as CELL_SCORE
from pipeline.detection.structure.phone_columns import phone_columns
from pipeline.detection.structure.tables import Table
from pipeline.detection.structure.wraps import in_block_order, unwrapped, wrap_breaks, wrap_windows
from pipeline.detection.task_names import TaskNameFinder
from pipeline.detection.text import LayoutText, SpanFinding, field_box, span_boxes
from pipeline.detection.tty_glue import without_tty_glue

log = logging.getLogger(__name__)

MEMORY_SCORE = 0.9  # a value seen as personal data earlier in the same recording
PLACE_LINE_SCORE = 0.7  # a town before a country on a line of its own
COMB_SCORE = 0.85  # a form's identifier one character per box (combs.py)
PROFILE_FOLDER_SCORE = 0.85  # a folder of a listing of C:\\Users or /home (profile_folders.py)
WRAPPED_CACHE_TEXTS = 4096  # wrap windows whose findings are remembered (_analyze_wrapped)
FIELD_ENTITIES = frozenset({"PASSWORD", "SECRET"})  # masked over the whole input box they fill
# values that a paragraph or chat bubble may wrap over two lines (structure/wraps.py)
WRAPPING_ENTITIES = frozenset(
    {
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "EMAIL_ADDRESS",
        "US_SSN",
        "UK_NINO",
        "US_BANK_NUMBER",
        "ACCOUNT_NUMBER",
        "ADDRESS",
        "ZIP_CODE",
    }
)
# What the text hash ignores: OCR's spaces and the punctuation it adds, drops or misreads. Not
# pipeline.core.text.normalise (letters a-z, digits, "@"): the hash keeps other letters and
# symbols ("Sup3r$ecret" and "Sup3r ecret" are different passwords), and changing it would
# change every text_hash, which the tracker follows values by.
_HASH_DROPS = regex.compile(r"[\s\-_.,:;()/\\'\"]+")
_NAME_EDGES = ".,;:!?()[]{}\"'"  # punctuation OCR leaves at a name's word's ends
_ADDRESSEE_MIN_WORDS, _ADDRESSEE_MAX_WORDS = 2, 4  # "<First> <Last>" ... "<First> <Middle> <Last> <Last>"


class _BelowWarningFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


class Detector:
    """Presidio + label pass over OCR layouts. Build once, call `detect` per layout."""

    def __init__(self, config: DetectConfig | None = None):
        self.config = config or DetectConfig()
        files = load_model_files(Path(self.config.models_dir))
        self._raw = files.raw
        self._packs_digest = packs_digest_parts(list(files.packs))
        recognizers_path = files.paths[RECOGNIZERS_FILE]
        self.settings = detection_settings(files.detection, self.config, files.paths[DETECTION_FILE])
        ner = files.detection.ner_filter
        self._names_raw, lexicon = NameLexicon.load(
            Path(self.config.models_dir), ner, self.settings.lookalikes.url_file_extensions
        )
        self.lexicon = lexicon  # also the gate's: which seen names and places still name something
        names = ner.bare_names.enabled and "PERSON" in self.settings.entities
        self._honorifics = frozenset(w.lower() for w in ner.bare_names.honorifics)  # "Mrs" before an addressee
        self._bare_names = (
            BareNameFinder(
                lexicon,
                ner.bare_names.score,
                ner.bare_names.after_words,
                ner.bare_names.honorifics,
                ner.bare_names.capitals_not_first,
                ner.bare_names.first_name_after,
                ner.bare_names.activity_before,
                ner.bare_names.activity_after,
                ner.bare_names.surname_particles,
                ner.bare_names.statement_codes,
            )
            if names
            else None
        )
        # a word of a full name seen earlier, alone where it names the person ("Block <First>"):
        # the gate asks the same rule which such words it may count (name_parts.py)
        self.name_part_rule = NamePartRule(
            lexicon, ner.bare_names.part_before, ner.bare_names.part_after, ner.bare_names.part_search
        )
        self._name_parts = NamePartFinder(self.name_part_rule, MEMORY_SCORE) if names else None
        # names inside file names ("P45_<First>_<Last>_2026.pdf"), which NER reads as one token
        self._file_names = FileNameNameFinder(lexicon, ner.bare_names.score) if names else None
        # a name under or beside its initials avatar (an org chart's box, an accounts list): avatar_names.py
        self._avatar_names = AvatarNameFinder(lexicon, ner.bare_names.score) if names else None
        # a mention's display name whose space small text lost ("@<First><Last>"): mention_names.py
        self._glued_mentions = GluedMentionFinder(lexicon, ner.bare_names.score) if names else None
        # a name whose event a notification names ("It's <First> <Last>'s birthday"): event_names.py
        self._event_names = (
            EventNameFinder(
                lexicon, ner.bare_names.event_before, ner.bare_names.event_nouns, ner.bare_names.event_score
            )
            if names
            else None
        )
        # a user name made of a name the recording showed ("<i><surname>_1973"): owned_logins.py
        self._owned_logins = (
            OwnedLoginFinder(lexicon, MEMORY_SCORE) if names and "USERNAME" in self.settings.entities else None
        )
        # a customer a task's title names ("Call back <Last> re boiler"): task_names.py
        self._task_names = TaskNameFinder(lexicon, ner.bare_names.task_before, ner.bare_names.score) if names else None
        # a name over its headline, "<Job title> at <Company>" (a candidate card): headline_names.py
        self._headline_names = (
            HeadlineNameFinder(
                lexicon, ner.bare_names.headline_titles, ner.bare_names.score, ner.bare_names.byline_roles
            )
            if names
            else None
        )
        # a name that an address on the screen spells ("<first>_<last>@"): a CV's heading, spelt_names.py
        self._spelt_names = SpeltNameFinder(lexicon, ner.bare_names.score) if names else None
        # where someone lives, as a profile writes it ("Leeds, West Yorkshire, UK"): places.py
        self._place_lines = (
            PlaceLineFinder(lexicon, PLACE_LINE_SCORE, ner.nations, ner.residence, ner.moves, ner.place_prefixes)
            if "LOCATION" in self.settings.entities
            else None
        )
        # a form's identifier written one character per box ("W Z 7 9 1 8 1 6 D"): combs.py
        self._combs = CombFieldFinder(COMB_SCORE) if "NATIONAL_ID" in self.settings.entities else None
        # a computer named after its user ("<USER>-PC", "LAPTOP-<INITIAL><SURNAME>"): host_names.py
        # a phone ("<First>-s-Galaxy-S23") and a home network ("<Surname>_5G") too
        self._host_names = (
            HostNameFinder(
                lexicon,
                ner.bare_names.score,
                ner.bare_names.device_words,
                ner.bare_names.device_model_words,
                ner.bare_names.network_words,
                ner.bare_names.household_words,
            )
            if names
            else None
        )
        # the folders of a listing of C:\Users or /home: each a login (profile_folders.py)
        self._profile_folders = (
            ProfileFolderFinder(PROFILE_FOLDER_SCORE) if "USERNAME" in self.settings.entities else None
        )
        # logins made of a name's parts in prose and logs ("log in as k.okafor")
        self._logins = (
            LoginNameFinder(lexicon, ner.bare_names.score, ner.bare_names.login_context)
            if names and "USERNAME" in self.settings.entities
            else None
        )
        self._structure_raw, self._structure = StructureFinder.load(
            Path(self.config.models_dir), files.detection.entities, self.settings.entities, lexicon
        )
        self._filter = FindingFilter(
            self.settings.names, self.settings.lookalikes, lexicon, self._structure.town_shaped
        )
        _quiet_presidio_logs()
        nlp_settings = dict(files.written[NLP_FILE])
        nlp_settings.pop("disabled_pipes", None)  # ours: applied after loading
        self._nlp_engine = build_nlp_engine(nlp_settings, files.nlp.disabled_pipes, files.paths[NLP_FILE])
        registry = build_registry(
            files.written[RECOGNIZERS_FILE], files.recognizers, self._nlp_engine, recognizers_path
        )
        try:
            self._analyzer = AnalyzerEngine(
                registry=registry,
                nlp_engine=self._nlp_engine,
                supported_languages=[LANGUAGE],
                context_aware_enhancer=IndexedContextEnhancer(),
            )
            supported = set(self._analyzer.get_supported_entities(LANGUAGE))
        except Exception as exc:  # noqa: BLE001 - report as configuration, one line
            raise ConfigError(f"cannot build the analyzer ({describe(exc)})", recognizers_path) from None
        self._presidio_entities = [e for e in self.settings.entities if e in supported]
        self._wrap_entities = [e for e in self._presidio_entities if e in WRAPPING_ENTITIES]
        self._wrapped_cache: dict[str, list[SpanFinding]] = {}  # window text -> findings (offset 0)
        # whether a wrapping type is one NER gives (models/nlp.yaml's mapping): then NER runs there too
        self._wrap_ner = bool(set(self._wrap_entities) & set(self._nlp_engine.get_supported_entities()))
        self._addresses = AddressBlockFinder() if "ADDRESS" in self.settings.entities else None
        self._label_entities = set(self.settings.entities)
        # Warm up: first spaCy call and the e-mail recognizer's public-suffix snapshot.
        try:
            self._analyzer.analyze(text="Contact a.b@example.com today", language=LANGUAGE)
        except Exception as exc:  # noqa: BLE001 - any warm-up failure is a configuration error
            raise ConfigError(f"analyzer failed its warm-up ({describe(exc)})", recognizers_path) from None

    # --------------------------------------------------------------------- metadata --

    def versions(self) -> dict[str, str]:
        model = self._nlp_engine.pipelines()[LANGUAGE]
        model_name = str(self._nlp_engine.models[0]["model_name"])
        return {
            "presidio_analyzer": importlib.metadata.version("presidio-analyzer"),
            "spacy": spacy.__version__,
            "spacy_model": model_name,
            "spacy_model_version": str(model.meta.get("version", "")),
            "phonenumbers": importlib.metadata.version("phonenumbers"),
        }

    def config_hash(self) -> str:
        digest = hashlib.sha256()
        for name in CONFIG_FILES:
            digest.update(name.encode() + b"\0" + self._raw[name] + b"\0")
        digest.update(STRUCTURE_FILE.encode() + b"\0" + self._structure_raw + b"\0")
        digest.update(SYSTEM_VOCABULARY_FILE.encode() + b"\0" + self._names_raw + b"\0")
        for part in self._packs_digest:
            digest.update(part)
        digest.update(f"score_threshold={self.settings.thresholds.score!r}\0".encode())
        digest.update(("entities=" + ",".join(self.settings.entities)).encode())
        return digest.hexdigest()

    # -------------------------------------------------------------------- detection --

    def detect(self, layout: Layout, memory: ValueMemory | None = None) -> list[Detection]:
        """Find personal data in `layout`. With a `memory` (one per recording), values found
        before are found again wherever they reappear, and new findings are remembered."""
        lt, spans = self.find_spans(layout, memory)
        return self._to_detections(lt, spans) if spans else []

    def _town_before_postcode(self, town: str) -> bool:
        """Whether the capitalised words alone on a line before a UK or Canadian postcode are its
        town: a known one, or a name of no English word (a village, a made-up place: a CV's
        sidebar line "<Town> <POSTCODE>"); "Warehouse B12 4QT" names a building, not a town."""
        return self.lexicon.is_town(town) or not any(self.lexicon.is_dictionary(w) for w in town.split())

    def _addressee(self, text: str) -> bool:
        """Whether the line over an address block names its addressee: two to four capitalised
        name-shaped words after an optional title ("Mrs"), none a UI, system or organisation word
        ("<Name> Water Services Ltd" over its PO box is the sender) and not all English words
        ("Customer Statement", "Delivery Address"). A capital I that OCR read as a small l
        ("lsolde") still starts a name: a sans font draws both as one stroke."""
        words = [w.strip(_NAME_EDGES) for w in text.split()]
        if words and words[0].rstrip(".").lower() in self._honorifics:
            words = words[1:]
        if not _ADDRESSEE_MIN_WORDS <= len(words) <= _ADDRESSEE_MAX_WORDS:
            return False
        lex = self.lexicon
        for w in words:
            if w[:1] == "l" and w[1:2].islower():
                w = "I" + w[1:]
            if not is_name_token(w):
                return False
            if lex.is_system(w) or w.lower() in lex.ui or lex.is_organisation_word(w):
                return False
        return not lex.all_dictionary([part for w in words for part in w.split("-")])

    def find_spans(self, layout: Layout, memory: ValueMemory | None = None) -> tuple[LayoutText, list[SpanFinding]]:
        """The layout text and the merged character spans (entity type, score) found in it:
        `detect` turns them into boxes; exporters replace the text they cover."""
        layout = without_marks(layout)  # a word diff's "[-old-]{+new+}" glued to its values (diff_marks.py)
        layout = without_tags(layout)  # "<td>First Last</td>": HTML tags glued to their text (markup.py)
        layout = without_tty_glue(layout)  # "<user>pts/1<ip>": a login table's columns glued (tty_glue.py)
        # a value wrapped in a bubble beside a panel: its two lines made neighbours (wraps.py)
        lt = LayoutText(in_block_order(layout) if self._wrap_entities else layout)
        if not lt.text.strip():
            return lt, []
        thresholds = self.settings.thresholds
        findings: list[SpanFinding] = []
        if self._presidio_entities:
            for found in self._analyze(lt.text, self._presidio_entities):
                findings.extend(self._filter.accept(lt, found))
        breaks = wrap_breaks(lt) if self._wrap_entities else []
        if breaks:
            # values wrapped inside a block: read once more with those line breaks as spaces,
            # only the lines around the breaks (the whole screen again cost a fifth of the
            # detection on a support session, its NER included, which no wrapping type needs)
            view = unwrapped(lt, breaks)
            for start, end in wrap_windows(lt, breaks):
                for found in self._analyze_wrapped(view.text[start:end], start):
                    if any(found.start < b < found.end for b in breaks):
                        findings.extend(self._filter.accept(view, found))
        if self._bare_names is not None:
            findings.extend(self._bare_names.find(lt))  # "First Last" without a label (names.py)
        if self._file_names is not None:
            findings.extend(self._file_names.find(lt))
        if self._logins is not None:
            findings.extend(self._logins.find(lt))
        if self._host_names is not None:
            findings.extend(self._host_names.find(lt))
        if self._avatar_names is not None:
            findings.extend(self._avatar_names.find(lt))
        if self._glued_mentions is not None:
            findings.extend(self._glued_mentions.find(lt))
        if self._headline_names is not None:
            findings.extend(self._headline_names.find(lt))
        if self._spelt_names is not None:
            findings.extend(self._spelt_names.find(lt))
        if self._event_names is not None:
            findings.extend(self._event_names.find(lt))
        if self._task_names is not None:
            findings.extend(self._task_names.find(lt))
        if self._profile_folders is not None:
            findings.extend(self._profile_folders.find(lt))
        if self._place_lines is not None:
            findings.extend(self._place_lines.find(lt))
        if self._combs is not None:
            findings.extend(self._combs.find(lt))
        if self._addresses is not None:
            findings.extend(self._addresses.find(lt, self.settings.labels.is_label))  # over a block's lines (pyap2)
        findings.extend(
            f
            for f in self.settings.labels.find(lt)
            if f.entity_type in self._label_entities and self._filter.label_value_ok(lt, f)
        )
        if self._addresses is not None and "LOCATION" in self._label_entities:
            findings.extend(self._addresses.towns_under(lt, findings, self.lexicon.is_town))  # a town's own line
            findings.extend(self._addresses.towns_after(lt, findings, self.lexicon.is_town))  # "<street>, <town>"
            findings.extend(self._addresses.postcode_towns(lt, findings, self.lexicon.is_town))  # "75002 Paris" alone
            # "Leeds LS6 2AB" alone on its line
            findings.extend(self._addresses.towns_before_postcodes(lt, findings, self._town_before_postcode))
        if self._addresses is not None and "PERSON" in self.settings.entities:
            # "<First> <Last>" over "<street>" / "<town>" / "<postcode>": a letter's addressee
            findings.extend(self._addresses.addressees(lt, findings, self._addressee))
        # what the screen's structure says: columns under typed headers, secret blocks; a
        # table's header words are labels, never values of another label or of NER; and its
        # rows are typed by its columns, not by a header word read as a label above them
        # ("Name | Display name | Status": a services list, whose "Name" column holds no names)
        structure = (
            self._structure.find(lt, memory.tables, memory.passwords, memory.mail)
            if memory is not None
            else self._structure.find(lt, None)
        )
        if memory is not None and memory.tables.tables:
            # "<5 digits> <Town>" read across two columns: a typed cell's digits, no postcode
            findings = [_digits_cell_beside_town(lt, f, memory.tables.tables) for f in findings]
        findings = [
            f
            for f in findings
            if not structure.in_header(f)
            and not (placed_below(f.recognizer) and structure.in_body(f))
            and not _next_cell_of_a_row(lt, f, structure.body_cells)
        ]
        if structure.organisation_cells:
            findings = [f for f in findings if not self._organisation_cell(lt, f, structure)]
        findings.extend(f for f in structure.findings if self._filter.label_value_ok(lt, f))
        findings = [
            SpanFinding(*glued(lt, f.start, f.end), f.entity_type, f.score, f.recognizer)
            if f.entity_type in TOKEN_ENTITIES
            else f
            for f in findings
            if f.score >= thresholds.of(f.entity_type)
        ]
        if memory is not None:
            # learn first: a value found here hides its other appearances on the same screen
            # too (a user name in a prompt and in the `ls -l` listing shown with it)
            addresses = [f for f in findings if f.entity_type == "EMAIL_ADDRESS"]
            clipped: ClippedLines | None = None  # which lines an edge cut (clipped.py), read when asked
            for i, f in enumerate(findings):
                if part_of_address(f, addresses):
                    continue
                if f.recognizer == NER_RECOGNIZER:
                    # a clipped line's NER finding is masked, not learnt (nor by the gate's seen
                    # values: its recognizer says so): NER reads what an edge left of a row (a
                    # half-scrolled grid row's company) as a person's name
                    clipped = clipped if clipped is not None else ClippedLines(lt)
                    if clipped.clipped(lt.line_at(f.start)):
                        log.debug("%s not learnt: its line is clipped", f.entity_type)  # never the text
                        if not any(
                            g.start == f.start and g.end == f.end and g.recognizer != f.recognizer for g in findings
                        ):
                            findings[i] = SpanFinding(f.start, f.end, f.entity_type, f.score, f.recognizer + CLIPPED)
                        continue
                    if f.entity_type == "PERSON" and self._common_word_name(lt.text[f.start : f.end]):
                        # NER's person of one word that English also writes as a common word
                        # ("Chat with <Word> refit.txt": a group named after a room): masked
                        # here, but remembered it was masked wherever the word stood
                        log.debug("%s not learnt: one common word", f.entity_type)  # never the text
                        if not any(
                            g.start == f.start and g.end == f.end and g.recognizer != f.recognizer for g in findings
                        ):
                            findings[i] = SpanFinding(f.start, f.end, f.entity_type, f.score, f.recognizer + WORD_NAME)
                        continue
                memory.learn(f.entity_type, lt.text[f.start : f.end], self.lexicon.is_common_word_no_name)
            findings.extend(
                SpanFinding(start, end, entity, MEMORY_SCORE, "memory") for start, end, entity in memory.find(lt.text)
            )
            if self._name_parts is not None:
                findings.extend(self._name_parts.find(lt, memory.name_parts))
            if self._host_names is not None:  # "DESKTOP-<SURNAME>" beside its user's full name
                findings.extend(self._host_names.owned(lt, memory.host_owners))
            if self._owned_logins is not None:  # "<i><surname>_1973": a login made of a name shown
                findings.extend(self._owned_logins.find(lt, memory.host_owners))
        if "DATE_OF_BIRTH" in self.settings.entities:
            # a column of past dates on rows that name people, its header unread (birth_dates.py)
            findings.extend(past_date_columns(lt, findings, lambda f: structure.in_body(f) or structure.in_header(f)))
        if "PHONE_NUMBER" in self.settings.entities:
            # a column's numbers grouped as a phone number found in it, misread (phone_columns.py)
            findings.extend(phone_columns(lt, findings, lambda f: structure.in_body(f) or structure.in_header(f)))
        return lt, merge(findings)

    def _common_word_name(self, text: str) -> bool:
        """Whether NER's person `text` is one word, a name that English also writes as a common
        word (`NameLexicon.is_common_word_name`: "Kitchen", "Baker")."""
        words = text.split()
        return len(words) == 1 and self.lexicon.is_common_word_name(words[0].strip(_NAME_EDGES))

    def _organisation_cell(self, lt: LayoutText, f: SpanFinding, structure: Structure) -> bool:
        """Whether `f` is NER's person in a cell of a column whose header names an organisation
        ("Company", "Employer", "Supplier": structure.yaml `organisation_headers`) that opens
        with no given name: a company's name that NER took for a person's ("<Brand> <Brand>"),
        masked and remembered, then masked wherever its words stood (crm_grid's Company column).
        A sole trader's "<First> <Last> Plumbing" opens with a given name and stays a person."""
        if f.recognizer != NER_RECOGNIZER or f.entity_type != "PERSON" or not structure.in_organisation_column(f):
            return False
        first = lt.text[f.start : f.end].split()[0].strip(_NAME_EDGES)
        if self.lexicon.is_given_name(first):
            return False
        log.debug("%s dropped: NER's person in an organisation's column", f.entity_type)  # never the text
        return True

    def _analyze_wrapped(self, text: str, offset: int) -> list[SpanFinding]:
        """`_analyze` of a window of lines around wrap breaks, for the wrapping types, remembered
        by the window's text: a chat's or a paragraph's wrapped lines stay on screen for many
        frames while the rest of the screen changes. None of these types is NER's, so spaCy only
        tokenizes the window (the context words' lemmas are read from its tokens): the same
        findings, without running NER over text whose entities nothing reads."""
        found = self._wrapped_cache.get(text)
        if found is None:
            artifacts = None if self._wrap_ner else self._nlp_engine.process_text_without_entities(text, LANGUAGE)
            found = self._analyze(text, self._wrap_entities, 0, artifacts)
            if len(self._wrapped_cache) >= WRAPPED_CACHE_TEXTS:
                self._wrapped_cache.clear()
            self._wrapped_cache[text] = found
        if not offset:
            return list(found)
        return [SpanFinding(f.start + offset, f.end + offset, f.entity_type, f.score, f.recognizer) for f in found]

    def _analyze(
        self, text: str, entities: list[str], offset: int = 0, nlp_artifacts: NlpArtifacts | None = None
    ) -> list[SpanFinding]:
        """Presidio's findings in `text` (a part of the layout text from `offset` on), as spans
        of the layout text; `nlp_artifacts`: spaCy's reading of `text`, made here when None."""
        try:
            results = self._analyzer.analyze(
                text=text,
                language=LANGUAGE,
                entities=entities,
                score_threshold=self.settings.thresholds.score,  # the lowest: per-entity thresholds only raise it
                nlp_artifacts=nlp_artifacts,
            )
        except Exception as exc:  # noqa: BLE001 - never echo the text
            raise ProcessingError(f"text analysis failed ({type(exc).__name__})") from None
        return [
            SpanFinding(
                r.start + offset,
                r.end + offset,
                r.entity_type,
                float(r.score),
                str((r.recognition_metadata or {}).get("recognizer_name", "presidio")),
            )
            for r in results
        ]

    def _to_detections(self, lt: LayoutText, findings: list[SpanFinding]) -> list[Detection]:
        out: list[Detection] = []
        for f in findings:
            digest = self.text_hash(lt.text[f.start : f.end])
            # a password or key in an input field: its whole box, so that the value's length
            # shows neither (other values are boxed as they are: an e-mail in a wide field)
            whole = f.entity_type in FIELD_ENTITIES and field_box(lt, f.start, f.end, self.settings.padding.pad_px)
            for box in whole or span_boxes(lt, f.start, f.end, self.settings.padding):
                out.append(Detection(f.entity_type, round(f.score, 4), box, f.recognizer, digest))
        out.sort(key=lambda d: (d.box.y, d.box.x, d.entity_type))
        return out

    def text_hash(self, value: str) -> str:
        """The salted hash of `value` that follows it over time (Detection.text_hash)."""
        key = _HASH_DROPS.sub("", value.lower())
        return hmac.new(self.config.salt, key.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


# the types a postcode's digits may have under a column's header: its town beside it is its own
_PLACE_CELLS = frozenset({"ZIP_CODE", "LOCATION", "ADDRESS"})
CELL_GAP_HEIGHTS = 1.5  # of a value's height: a gap this wide before it parts two cells of a row


def _next_cell_of_a_row(lt: LayoutText, finding: SpanFinding, body: tuple[tuple[int, int], ...]) -> bool:
    """Whether `finding`, a label's value of one word beside its label, is a cell of a table's
    row after another cell of that row: the label is a cell's text, and the column of the value
    types it. A staff directory's job title doubles as a name's label ("Account Manager" beside
    the "Department" column's "Sales"): the department was taken for a person's name, and,
    remembered, masked in every row and title that showed it (zoomed_directory at 75 %)."""
    if not finding.recognizer.startswith("label:") or placed_below(finding.recognizer) or not body:
        return False
    words = lt.words_in(finding.start, finding.end)
    if len(words) != 1:
        return False
    value = words[0]
    if (value.start, value.end) not in set(body):
        return False
    # the nearest word of a row left of the value, a column's gap away (a label inside the
    # value's own cell, "Account manager: <Last>", is a space away)
    gaps = [
        value.box.x - word.box.x2
        for a, b in body
        for word in lt.words_in(a, b)
        if word.box.x2 <= value.box.x
        and min(word.box.y2, value.box.y2) - max(word.box.y, value.box.y) >= 0.5 * min(word.box.h, value.box.h)
    ]
    return bool(gaps) and min(gaps) >= CELL_GAP_HEIGHTS * value.box.h


def _digits_cell_beside_town(lt: LayoutText, finding: SpanFinding, tables: Sequence[Table]) -> SpanFinding:
    """`finding`, or the cell it starts with where it is a town line that begins with digits
    ('<5 digits> <Town>', `AddressBlockFinder.postcode_towns`) read across two columns of a
    table of the recording, the digits in a column typed other than a place's: then the digits
    are that column's value and the town the next cell. A staff directory at 75 % zoom wraps a
    mobile and an office over two lines of their cells, and OCR read the mobile's first half and
    the office's first word as one line: a 'place' that, remembered, masked and was looked for
    in every office cell of the list (zoomed_directory: the gate's LOCATION pieces on each row)."""
    if finding.entity_type != "LOCATION" or finding.recognizer != AddressBlockFinder.TOWN_RECOGNIZER:
        return finding
    words = lt.words_in(finding.start, finding.end)
    if len(words) < 2 or not lt.text[words[0].start : words[0].start + 1].isdigit():
        return finding
    first, last = words[0], words[-1]
    for table in tables:
        if not (table.x1 <= first.box.x and last.box.x2 <= table.x2):
            continue
        column, town = table.word_column(first), table.word_column(last)
        if column is None or town is None or column is town:
            continue
        if column.entity is None or column.entity in _PLACE_CELLS:
            continue
        return SpanFinding(first.start, first.end, column.entity, CELL_SCORE, CELL_RECOGNIZER)
    return finding


def part_of_address(finding: SpanFinding, findings: list[SpanFinding]) -> bool:
    """Whether `finding` lies inside an e-mail address found over more of the text, as another
    type: the login before its "@" ("marta_kowalski" of marta_kowalski@lakeview.com, which the
    shell-prompt pattern takes for a USERNAME when a space follows the address). The address is
    the value, masked and remembered whole; its login remembered as a value of its own types
    every text spelled like it, separators aside, and a login is spelled like its owner's name:
    a CRM grid's Name column ("Marta Kowalski", a PERSON by its header) became USERNAME."""
    return any(
        a.entity_type == "EMAIL_ADDRESS"
        and finding.entity_type != "EMAIL_ADDRESS"
        and a.start <= finding.start
        and finding.end <= a.end
        and a.end - a.start > finding.end - finding.start
        for a in findings
    )


def merge(findings: list[SpanFinding]) -> list[SpanFinding]:
    """Merge identical spans (best score and its entity type win), then drop spans that lie
    inside a kept span of at least the same score."""
    best: dict[tuple[int, int], SpanFinding] = {}
    for f in findings:
        cur = best.get((f.start, f.end))
        if cur is None or f.score > cur.score:
            best[(f.start, f.end)] = f
    ordered = sorted(best.values(), key=lambda f: (-(f.end - f.start), -f.score, f.start))
    kept: list[SpanFinding] = []
    for f in ordered:
        if any(k.start <= f.start and f.end <= k.end and k.score >= f.score for k in kept):
            continue
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def _quiet_presidio_logs() -> None:
    # Presidio's DEBUG records include context words taken from the analysed text
    # ("Context list is: ..."): keep its logger at WARNING and drop anything lower even
    # if someone lowers the level later.
    presidio_log = logging.getLogger("presidio-analyzer")
    if presidio_log.level == logging.NOTSET or presidio_log.level < logging.WARNING:
        presidio_log.setLevel(logging.WARNING)
    if not any(isinstance(f, _BelowWarningFilter) for f in presidio_log.filters):
        presidio_log.addFilter(_BelowWarningFilter())
