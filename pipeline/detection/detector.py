"""Find personal data in an OCR layout: Presidio text analysis plus a layout-aware label pass.

One `Detector` is built per run (loading spaCy and compiling the recognizers takes about a
second); `detect()` is then called per layout. For each layout:

1. `LayoutText` joins the OCR words of a line with single spaces and the lines with "\\n",
   keeping the map from character offsets back to words.
2. Presidio's `AnalyzerEngine.analyze` runs ONCE over that text with the recognizers of
   models/recognizers.yaml (spaCy NER for PERSON/LOCATION, validated patterns, our token
   shapes, street addresses, OCR-tolerant cards, offline e-mail check).
3. spaCy's PERSON/LOCATION spans are filtered (UI words, all-caps, lone tokens without
   context; models/detection.yaml `ner_filter`), phone numbers glued to letters are dropped.
4. `LabelValueFinder` adds values beside/below field labels (models/detection.yaml `labels`).
5. Identical spans are merged (best score wins), spans inside a better one are dropped, and
   every span becomes one padded box per visual line it touches.

`Detection` never holds the text: only a salted HMAC of the normalised value. Nothing here
logs or raises with detected text: errors carry file names and exception type names only.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib.metadata
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import spacy
import yaml
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.errors import ConfigError, ProcessingError

# Importing .recognizers also defines OcrCreditCardRecognizer and OfflineEmailRecognizer, so
# Presidio can find them by class name when it loads models/recognizers.yaml.
from pipeline.detection.memory import ValueMemory
from pipeline.detection.nlp import IndexedContextEnhancer, ModelMissing, OfflineSpacyNlpEngine, use_lower_lemmas
from pipeline.detection.recognizers import (
    Finding,
    LabelValueFinder,
    LayoutText,
    LineRef,
    OfflineEmailRecognizer,
    WordRef,
)
from pipeline.core.types import Box, Detection, Layout

log = logging.getLogger(__name__)

NLP_FILE = "nlp.yaml"
RECOGNIZERS_FILE = "recognizers.yaml"
DETECTION_FILE = "detection.yaml"
CONFIG_FILES = (NLP_FILE, RECOGNIZERS_FILE, DETECTION_FILE)
DEFAULT_SALT = b"session-redactor/detect/v1"
LANGUAGE = "en"
NER_RECOGNIZER = "SpacyRecognizer"
_NORMALISE = regex.compile(r"[\s\-_.,:;()/\\'\"]+")
_NER_BAD_CHARS = set("0123456789()[]{}<>/\\|=_@#$%^&*+~:;!?\"")
_PUNCT_EDGES = " \t\n,.;:!?\"'()[]{}"


MEMORY_SCORE = 0.9  # a value seen as personal data earlier in the same recording
# Values written as one unbroken token on screen: OCR's splits inside them are joined again.
TOKEN_ENTITIES = frozenset(
    {"SECRET", "PASSWORD", "URL", "EMAIL_ADDRESS", "USERNAME", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS"}
)
_OCR_BREAKS = "./-_"  # punctuation where Tesseract splits a token with a space
_GLUE_CHARS = 0.35  # a gap below this many characters is no space on screen


@dataclass(frozen=True)
class DetectConfig:
    """How to build a Detector.

    models_dir: folder with nlp.yaml, recognizers.yaml and detection.yaml (default: the
        repository's models/ folder, found relative to this package).
    score_threshold: minimum score; None takes `score_threshold` from detection.yaml.
    entities: entity types to report; None reports all listed in detection.yaml.
    salt: key of the HMAC that makes Detection.text_hash (pass a per-run secret in
        production so hashes cannot be matched against guessed values).
    """

    models_dir: Path = field(default_factory=lambda: DEFAULT_MODELS_DIR)
    score_threshold: float | None = None
    entities: tuple[str, ...] | None = None
    salt: bytes = field(default=DEFAULT_SALT, repr=False)


class _BelowWarningFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


@dataclass(frozen=True)
class _Policy:
    score_threshold: float
    entity_thresholds: dict[str, float]
    entities: tuple[str, ...]
    pad_px: float
    pad_line_frac: float
    partial_cut_chars: float
    single_token_context: dict[str, frozenset[str]]
    min_token_chars: int
    ui_vocabulary: frozenset[str]
    ip_not_after: frozenset[str]
    url_file_extensions: frozenset[str]


class Detector:
    """Presidio + label pass over OCR layouts. Build once, call `detect` per layout."""

    def __init__(self, config: DetectConfig | None = None):
        self.config = config or DetectConfig()
        models_dir = Path(self.config.models_dir)
        self._paths = {name: models_dir / name for name in CONFIG_FILES}
        self._bytes: dict[str, bytes] = {}
        docs: dict[str, dict] = {}
        for name, path in self._paths.items():
            try:
                self._bytes[name] = path.read_bytes()
            except FileNotFoundError:
                raise ConfigError("configuration file is missing", path) from None
            except OSError as exc:
                raise ConfigError(f"cannot read configuration file ({type(exc).__name__})", path) from None
            try:
                doc = yaml.safe_load(self._bytes[name])
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" at line {mark.line + 1}" if mark is not None else ""
                raise ConfigError(f"invalid YAML{where}", path) from None
            if not isinstance(doc, dict):
                raise ConfigError("expected a YAML mapping at top level", path)
            docs[name] = doc

        self._policy, self._labels = self._load_policy(docs[DETECTION_FILE])
        self._quiet_presidio_logs()
        nlp_engine = self._load_nlp(docs[NLP_FILE])
        registry = self._load_registry(docs[RECOGNIZERS_FILE], nlp_engine)
        try:
            self._analyzer = AnalyzerEngine(
                registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE],
                context_aware_enhancer=IndexedContextEnhancer(),
            )
            supported = set(self._analyzer.get_supported_entities(LANGUAGE))
        except Exception as exc:  # noqa: BLE001 - report as configuration, one line
            raise ConfigError(f"cannot build the analyzer ({_describe(exc)})", self._paths[RECOGNIZERS_FILE]) from None
        self._nlp_engine = nlp_engine
        self._presidio_entities = [e for e in self._policy.entities if e in supported]
        self._label_entities = set(self._policy.entities)
        self._min_threshold = min(
            [self._policy.score_threshold]
            + [max(self._policy.score_threshold, t) for t in self._policy.entity_thresholds.values()]
        )
        # Warm up: first spaCy call and the e-mail recognizer's public-suffix snapshot.
        try:
            self._analyzer.analyze(text="Contact a.b@example.com today", language=LANGUAGE)
        except Exception as exc:  # noqa: BLE001
            raise ConfigError(f"analyzer failed its warm-up ({_describe(exc)})", self._paths[RECOGNIZERS_FILE]) from None

    # ---------------------------------------------------------------- configuration --

    def _load_policy(self, doc: dict) -> tuple[_Policy, LabelValueFinder]:
        path = self._paths[DETECTION_FILE]
        try:
            threshold = self.config.score_threshold
            if threshold is None:
                threshold = float(doc["score_threshold"])
            configured = tuple(str(e) for e in doc["entities"])
            if self.config.entities is not None:
                unknown = [e for e in self.config.entities if e not in configured]
                if unknown:
                    raise ValueError(f"entities not configured: {', '.join(unknown)}")
                entities = tuple(e for e in configured if e in set(self.config.entities))
            else:
                entities = configured
            boxes = doc.get("boxes") or {}
            ner = doc.get("ner_filter") or {}
            filters = doc.get("filters") or {}
            policy = _Policy(
                score_threshold=float(threshold),
                entity_thresholds={str(k): float(v) for k, v in (doc.get("entity_thresholds") or {}).items()},
                entities=entities,
                pad_px=float(boxes.get("pad_px", 2)),
                pad_line_frac=float(boxes.get("pad_line_frac", 0.15)),
                partial_cut_chars=float(boxes.get("partial_cut_chars", 0.5)),
                single_token_context={
                    str(k): frozenset(str(w).lower() for w in v)
                    for k, v in (ner.get("single_token_context") or {}).items()
                },
                min_token_chars=int(ner.get("min_token_chars", 3)),
                ui_vocabulary=frozenset(str(w).lower() for w in ner.get("ui_vocabulary") or []),
                ip_not_after=frozenset(str(w).lower() for w in filters.get("ip_not_after") or []),
                url_file_extensions=frozenset(
                    str(w).lower() for w in filters.get("url_file_extensions") or []
                ),
            )
            labels = LabelValueFinder.from_config(doc.get("labels") or [], doc.get("label_search"))
        except (KeyError, TypeError, ValueError, regex.error) as exc:
            raise ConfigError(f"invalid detection policy ({_describe(exc)})", path) from None
        return policy, labels

    def _load_nlp(self, doc: dict) -> Any:
        path = self._paths[NLP_FILE]
        doc = dict(doc)
        disabled = doc.pop("disabled_pipes", None) or []
        try:
            provider = NlpEngineProvider(nlp_engines=(OfflineSpacyNlpEngine,), nlp_configuration=doc)
            engine = provider.create_engine()
            for nlp in engine.nlp.values():
                present = [p for p in disabled if p in nlp.pipe_names]
                if present:
                    nlp.select_pipes(disable=present)
                use_lower_lemmas(nlp)
        except ModelMissing as exc:
            raise ConfigError(
                f"spaCy model {exc.args[0]!r} is not installed (models are never downloaded)", path
            ) from None
        except Exception as exc:  # noqa: BLE001 - pydantic/ValueError/OSError from Presidio or spaCy
            raise ConfigError(f"invalid NLP engine configuration ({_describe(exc)})", path) from None
        return engine

    def _load_registry(self, doc: dict, nlp_engine: Any) -> Any:
        path = self._paths[RECOGNIZERS_FILE]
        if not isinstance(doc.get("recognizers"), list):
            raise ConfigError("no 'recognizers' list", path)
        # Both keys present, or Presidio would merge in its own default recognizer list.
        doc = {"supported_languages": [LANGUAGE], "global_regex_flags": 26, **doc}
        options = doc.pop("recognizer_options", None) or {}
        try:
            provider = RecognizerRegistryProvider(registry_configuration=doc, nlp_engine=nlp_engine)
            registry = provider.create_recognizer_registry()
        except Exception as exc:  # noqa: BLE001 - pydantic/ValueError/regex errors from Presidio
            raise ConfigError(f"invalid recognizer configuration ({_describe(exc)})", path) from None
        if not isinstance(options, dict):
            raise ConfigError("'recognizer_options' must be a mapping", path)
        for name, attrs in options.items():
            targets = [r for r in registry.recognizers if r.name == name]
            if not targets or not isinstance(attrs, dict):
                raise ConfigError(f"recognizer_options: no loaded recognizer {name!r}", path)
            for rec in targets:
                for attr, value in attrs.items():
                    if attr.startswith("_") or not hasattr(rec, attr):
                        raise ConfigError(f"recognizer_options: {name} has no option {attr!r}", path)
                    setattr(rec, attr, tuple(value) if isinstance(value, list) else value)
        return registry

    @staticmethod
    def _quiet_presidio_logs() -> None:
        # Presidio's DEBUG records include context words taken from the analysed text
        # ("Context list is: ..."): keep its logger at WARNING and drop anything lower even
        # if someone lowers the level later.
        presidio_log = logging.getLogger("presidio-analyzer")
        if presidio_log.level == logging.NOTSET or presidio_log.level < logging.WARNING:
            presidio_log.setLevel(logging.WARNING)
        if not any(isinstance(f, _BelowWarningFilter) for f in presidio_log.filters):
            presidio_log.addFilter(_BelowWarningFilter())

    # --------------------------------------------------------------------- metadata --

    def versions(self) -> dict[str, str]:
        model = self._nlp_engine.nlp[LANGUAGE]
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
            digest.update(name.encode() + b"\0" + self._bytes[name] + b"\0")
        digest.update(f"score_threshold={self._policy.score_threshold!r}\0".encode())
        digest.update(("entities=" + ",".join(self._policy.entities)).encode())
        return digest.hexdigest()

    # -------------------------------------------------------------------- detection --

    def detect(self, layout: Layout, memory: ValueMemory | None = None) -> list[Detection]:
        """Find personal data in `layout`. With a `memory` (one per recording), values found
        before are found again wherever they reappear, and new findings are remembered."""
        lt, spans = self.find_spans(layout, memory)
        return self._to_detections(lt, spans) if spans else []

    def _threshold(self, entity: str) -> float:
        return max(self._policy.score_threshold, self._policy.entity_thresholds.get(entity, 0.0))

    def _accept(self, lt: LayoutText, f: Finding) -> list[Finding]:
        if f.recognizer == NER_RECOGNIZER and f.entity_type in ("PERSON", "LOCATION"):
            return self._filter_ner(lt, f)
        if f.entity_type == "PHONE_NUMBER" and not _phone_ok(lt.text, f.start, f.end):
            return []
        if f.entity_type == "IP_ADDRESS" and _previous_words(lt, f.start, 2) & self._policy.ip_not_after:
            return []
        if f.entity_type == "URL":
            # Presidio's URL pattern can stop inside a word ("grant-white.bi" of ".biz") and
            # leaves out the path, which is often the personal part: take the whole token, and
            # the pieces OCR split off it.
            start, end = _join_ocr_breaks(lt.text, *_whole_token(lt.text, f.start, f.end))
            if not self._url_ok(lt.text, start, end):
                return []
            return [Finding(start, end, f.entity_type, f.score, f.recognizer)]
        if f.entity_type == "EMAIL_ADDRESS":
            # the local part as OCR splits it: "julie. johnson@ hotmail.com"
            start = f.start
            while start > 0 and _is_local_char(lt.text[start - 1]):
                start -= 1
            start, end = _join_ocr_breaks(lt.text, start, f.end, _is_local_char)
            return [Finding(start, end, f.entity_type, f.score, f.recognizer)]
        return [f]

    def _url_ok(self, text: str, start: int, end: int) -> bool:
        if (end < len(text) and text[end].isalnum()) or (start > 0 and text[start - 1].isalnum()):
            return False  # cut inside a word: "config.in" of "config.ini"
        low = "".join(text[start:end].split()).strip("\"'<>()[]").lower()  # without OCR's spaces
        if low.startswith(("http://", "https://", "ftp://", "www.")):
            return True
        host = low.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]
        last = host.rsplit(".", 1)[-1]
        if last in self._policy.url_file_extensions:
            return False
        return OfflineEmailRecognizer._tld()(host).suffix != ""

    def _label_value_ok(self, lt: LayoutText, f: Finding) -> bool:
        """A label's value must not be UI text: a "Name" column header is followed by "Date
        modified  Type  Size", a "Password" label above its (masked) input by a "Submit"
        button. A value made only of UI words is refused; one that merely starts with one
        ("New Aaron", a city) is kept. Checked for names and places, and for every value found
        right of or below its label on another line."""
        if f.entity_type not in ("PERSON", "LOCATION") and "/" not in f.recognizer:
            return True
        words = [w.strip(_PUNCT_EDGES).lower() for w in lt.text[f.start : f.end].split()]
        words = [w for w in words if w]
        return not words or not all(w in self._policy.ui_vocabulary for w in words)

    def _filter_ner(self, lt: LayoutText, f: Finding) -> list[Finding]:
        """Split a NER span per line and keep the parts that look like a real name/place."""
        kept = []
        text = lt.text
        pos = f.start
        while pos < f.end:
            nl = text.find("\n", pos, f.end)
            seg_end = f.end if nl < 0 else nl
            s, e = pos, seg_end
            while s < e and text[s] in _PUNCT_EDGES:
                s += 1
            while e > s and text[e - 1] in _PUNCT_EDGES:
                e -= 1
            if e > s and self._ner_text_ok(lt, s, e, f.entity_type):
                kept.append(Finding(s, e, f.entity_type, f.score, f.recognizer))
            pos = seg_end + 1
        return kept

    def _ner_text_ok(self, lt: LayoutText, start: int, end: int, entity: str) -> bool:
        value = lt.text[start:end]
        if value.endswith(("'s", "’s")):
            value = value[:-2]
        if any(ch in _NER_BAD_CHARS for ch in value):
            return False
        tokens = [t.strip(_PUNCT_EDGES) for t in value.split()]
        tokens = [t for t in tokens if t]
        if not tokens or not all(t[0].isalpha() for t in tokens):
            return False
        if any(t.lower() in self._policy.ui_vocabulary for t in tokens):
            return False
        if any(len(t) > 1 and t.isupper() for t in tokens):
            return False  # all-caps UI text or acronyms ("SUBMIT", "Reader DC")
        if not any(t[0].isupper() for t in tokens):
            return False
        letters = [sum(ch.isalpha() for ch in t) for t in tokens]
        if len(tokens) > 1 and max(letters) < 3 and sum(n >= 2 for n in letters) < 2:
            return False  # "v Me": an icon read as a letter beside a short word ("Li Na" stays a name)
        if len(tokens) == 1:
            if len(tokens[0]) < self._policy.min_token_chars or not tokens[0][0].isupper():
                return False
            context = self._policy.single_token_context.get(entity, frozenset())
            line = lt.lines[lt.line_at(start)]
            before = lt.text[line.start : start].split()[-5:]
            if not any(w.strip(_PUNCT_EDGES).lower() in context for w in before):
                return False
        return True

    # ------------------------------------------------------------------------ boxes --

    def _to_detections(self, lt: LayoutText, findings: list[Finding]) -> list[Detection]:
        out: list[Detection] = []
        for f in findings:
            digest = self._hash(lt.text[f.start : f.end])
            for box in self._span_boxes(lt, f.start, f.end):
                out.append(Detection(f.entity_type, round(f.score, 4), box, f.recognizer, digest))
        out.sort(key=lambda d: (d.box.y, d.box.x, d.entity_type))
        return out

    def _hash(self, value: str) -> str:
        normalised = _NORMALISE.sub("", value.lower())
        return hmac.new(self.config.salt, normalised.encode("utf-8"), hashlib.sha256).hexdigest()[:16]

    def _span_boxes(self, lt: LayoutText, start: int, end: int) -> list[Box]:
        """One padded box per visual line that [start, end) touches."""
        by_line: dict[int, list] = {}
        for w in lt.words_in(start, end):
            by_line.setdefault(w.line, []).append(w)
        boxes = []
        p = self._policy
        for li, words in sorted(by_line.items()):
            first, last = words[0], words[-1]
            a = max(start, first.start)
            b = min(end, last.end)
            # the extremes over all the words: OCR can return a word box that spans its
            # neighbours ("https://clark-" covering the whole URL)
            x1 = min(w.x_at(max(start, w.start)) for w in words)
            x2 = max(w.x_at(min(end, w.end)) for w in words)
            if a > first.start or b < last.end:
                line_cw = _line_char_w(lt.lines[li])
                if a > first.start:
                    x1 = min(x1, _cut_x(first, a, line_cw)[0])
                if b < last.end:
                    x2 = max(x2, _cut_x(last, b, line_cw)[1])
            y1 = min(w.box.y for w in words)
            y2 = max(w.box.y2 for w in words)
            line_h = lt.lines[li].height
            pad = p.pad_px + p.pad_line_frac * line_h
            left = pad + (p.partial_cut_chars * first.char_w if a > first.start else 0.0)
            right = pad + (p.partial_cut_chars * last.char_w if b < last.end else 0.0)
            bx1 = max(math.floor(x1 - left), 0)
            by1 = max(math.floor(y1 - pad), 0)
            bx2 = math.ceil(x2 + right)
            by2 = math.ceil(y2 + pad)
            if bx2 > bx1 and by2 > by1:
                boxes.append(Box.from_corners(bx1, by1, bx2, by2))
        return boxes

    # ------------------------------------------------------------------------ spans --

    def find_spans(self, layout: Layout, memory: ValueMemory | None = None) -> tuple[LayoutText, list[Finding]]:
        """The layout text and the merged character spans (entity type, score) found in it:
        `detect` turns them into boxes; exporters replace the text they cover."""
        lt = LayoutText(layout)
        if not lt.text.strip():
            return lt, []
        findings: list[Finding] = []
        if self._presidio_entities:
            try:
                results = self._analyzer.analyze(
                    text=lt.text, language=LANGUAGE, entities=self._presidio_entities,
                    score_threshold=self._min_threshold,
                )
            except Exception as exc:  # noqa: BLE001 - never echo the text
                raise ProcessingError(f"text analysis failed ({type(exc).__name__})") from None
            for r in results:
                name = str((r.recognition_metadata or {}).get("recognizer_name", "presidio"))
                findings.extend(self._accept(lt, Finding(r.start, r.end, r.entity_type, float(r.score), name)))
        findings.extend(
            f for f in self._labels.find(lt) if f.entity_type in self._label_entities and self._label_value_ok(lt, f)
        )
        findings = [
            Finding(*_glued(lt, f.start, f.end), f.entity_type, f.score, f.recognizer)
            if f.entity_type in TOKEN_ENTITIES else f
            for f in findings
            if f.score >= self._threshold(f.entity_type)
        ]
        if memory is not None:
            # learn first: a value found here hides its other appearances on the same screen
            # too (a user name in a prompt and in the `ls -l` listing shown with it)
            for f in findings:
                memory.add(f.entity_type, lt.text[f.start : f.end])
            findings.extend(
                Finding(start, end, entity, MEMORY_SCORE, "memory") for start, end, entity in memory.find(lt.text)
            )
        return lt, _merge(findings)


# ---------------------------------------------------------------------------- helpers --


def _merge(findings: list[Finding]) -> list[Finding]:
    """Merge identical spans (best score and its entity type win), then drop spans that lie
    inside a kept span of at least the same score."""
    best: dict[tuple[int, int], Finding] = {}
    for f in findings:
        cur = best.get((f.start, f.end))
        if cur is None or f.score > cur.score:
            best[(f.start, f.end)] = f
    ordered = sorted(best.values(), key=lambda f: (-(f.end - f.start), -f.score, f.start))
    kept: list[Finding] = []
    for f in ordered:
        if any(k.start <= f.start and f.end <= k.end and k.score >= f.score for k in kept):
            continue
        kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def _whole_token(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) to the surrounding run of non-space characters, without trailing
    sentence punctuation or brackets."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while end > start and text[end - 1] in ".,;:!?)]}>\"'":
        end -= 1
    while start < end and text[start] in "([{<\"'":
        start += 1
    return start, end


def _is_local_char(ch: str) -> bool:
    """A character of an e-mail address's local part."""
    return ch.isalnum() or ch in "._%+-"


def _join_ocr_breaks(
    text: str, start: int, end: int, allowed: Callable[[str], bool] = lambda ch: not ch.isspace()
) -> tuple[int, int]:
    """Grow [start, end) over the neighbouring pieces that Tesseract split off a token at its
    punctuation ("https://clark- ramirez .com/robin92", "julie. johnson@"): across one space
    where the piece before it ends, or the piece after it starts, with "." "-" "_" or "/".
    A piece must hold a letter or digit (a lone dash between words is no part of a token)
    and only `allowed` characters."""

    def piece_ok(a: int, b: int) -> bool:
        piece = text[a:b]
        return any(ch.isalnum() for ch in piece) and all(allowed(ch) for ch in piece)

    while start >= 2 and text[start - 1] == " ":
        a = start - 1
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        if a == start - 1 or not piece_ok(a, start - 1):
            break
        if text[start - 2] not in _OCR_BREAKS and text[start] not in _OCR_BREAKS:
            break
        start = a
    while end + 1 < len(text) and text[end] == " ":
        b = end + 1
        while b < len(text) and not text[b].isspace():
            b += 1
        if b == end + 1 or not piece_ok(end + 1, b):
            break
        if text[end - 1] not in _OCR_BREAKS and text[end + 1] not in _OCR_BREAKS:
            break
        end = b
    return start, end


def _glued(lt: LayoutText, start: int, end: int) -> tuple[int, int]:
    """Grow a token's span over the OCR words that touch it on screen. Tesseract splits a long
    token into words where the image has no space ("=ghp_...kuL" "j" "PYAgKX6QL"): a gap well
    below a space (a third of a character) joins them. Words far into each other or on another
    text row (a label above a field that OCR put on the field's line) are no such pieces."""
    words = lt.words_in(start, end)
    if not words:
        return start, end
    char_w = sum(w.box.w for w in words) / max(sum(w.end - w.start for w in words), 1)

    def touch(left: WordRef, right: WordRef) -> bool:
        gap = right.box.x - left.box.x2
        overlap = min(left.box.y2, right.box.y2) - max(left.box.y, right.box.y)
        return -char_w <= gap <= _GLUE_CHARS * char_w and overlap >= 0.5 * min(left.box.h, right.box.h)

    first, last = words[0], words[-1]
    while first.start == start and first.index > 0:
        before = lt.lines[first.line].words[first.index - 1]
        if not touch(before, first):
            break
        first, start = before, before.start
    while last.end == end and last.index + 1 < len(lt.lines[last.line].words):
        after = lt.lines[last.line].words[last.index + 1]
        if not touch(last, after):
            break
        last, end = after, after.end
    return start, end


def _line_char_w(line: LineRef) -> float:
    """The median character width of a line's longer words."""
    widths = sorted(w.char_w for w in line.words if w.end - w.start >= 3) or [w.char_w for w in line.words]
    return widths[len(widths) // 2]


def _cut_x(word: WordRef, offset: int, line_cw: float) -> tuple[float, float]:
    """Leftmost and rightmost estimates of the x where `offset` cuts `word`: counted from its
    left edge and from its right edge, with the word's own and the line's character width.
    OCR's text and box disagree at times (a misread "K&Y=" before a key whose box starts at
    the "="), so no single estimate is safe; the span's box takes the one that covers most."""
    x_range = (word.box.x, word.box.x2)
    estimates = (
        word.x_at(offset),
        word.box.x + (offset - word.start) * line_cw,
        word.box.x2 - (word.end - offset) * line_cw,
        word.box.x2 - (word.end - offset) * word.char_w,
    )
    clamp = [min(max(x, x_range[0]), x_range[1]) for x in estimates]
    return min(clamp), max(clamp)


def _previous_words(lt: LayoutText, offset: int, n: int) -> set[str]:
    line = lt.lines[lt.line_at(offset)]
    return {w.strip(_PUNCT_EDGES).lower() for w in lt.text[line.start : offset].split()[-n:]}


def _phone_ok(text: str, start: int, end: int) -> bool:
    """Reject phone matches glued to letters or hex prefixes ("0x80070005", "I219-LM")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    if before in "-_." and start > 1 and text[start - 2].isalnum():
        return False
    if after in "-_" and end + 1 < len(text) and text[end + 1].isalnum():
        return False
    digits = sum(ch.isdigit() for ch in text[start:end])
    return digits >= 7


def _describe(exc: BaseException) -> str:
    """Type and first line of a configuration error (configuration text only, no OCR text)."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if len(first) > 200:
        first = first[:200] + "..."
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
