"""How the detector is configured: `DetectConfig` (what a caller chooses), the three files of
the models folder (nlp.yaml, recognizers.yaml, detection.yaml) read strictly, and the typed
settings made of detection.yaml. `make_detector` builds a `Detector` from them.

Each file is read once, checked against its schema (schema.py: unknown keys, wrong types, values
out of range, duplicate keys and broken regexes are ConfigErrors naming the file and the key
path) and kept as bytes for the detector's config hash. This module loads neither spaCy nor
Presidio, nor the label vocabulary and name lexicons (labels.py): a process that only hands
words to a detection process imports it too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.core.config import DEFAULT_MODELS_DIR
from pipeline.core.errors import ConfigError
from pipeline.core.yaml_config import read_yaml_mapping, validate
from pipeline.detection.context_words import ContextWords
from pipeline.detection.languages import LanguagePack, extend_labels, load_language_packs
from pipeline.detection.schema import DetectionDoc, NlpDoc, RecognizersDoc, entity_problems
from pipeline.detection.text import BoxPadding

if TYPE_CHECKING:
    from pipeline.detection.detector import Detector
    from pipeline.detection.labels import LabelValueFinder

NLP_FILE = "nlp.yaml"
RECOGNIZERS_FILE = "recognizers.yaml"
DETECTION_FILE = "detection.yaml"
CONFIG_FILES = (NLP_FILE, RECOGNIZERS_FILE, DETECTION_FILE)
DEFAULT_SALT = b"session-redactor/detect/v1"
LANGUAGE = "en"


@dataclass(frozen=True)
class DetectConfig:
    """How to build a Detector.

    models_dir: folder with nlp.yaml, recognizers.yaml and detection.yaml (default: the
        packaged models/ folder).
    score_threshold: minimum score; None takes `score_threshold` from detection.yaml.
    entities: entity types to report; None reports all listed in detection.yaml.
    salt: key of the HMAC that makes Detection.text_hash (pass a per-run secret in
        production so hashes cannot be matched against guessed values).
    """

    models_dir: Path = field(default_factory=lambda: DEFAULT_MODELS_DIR)
    score_threshold: float | None = None
    entities: tuple[str, ...] | None = None
    salt: bytes = field(default=DEFAULT_SALT, repr=False)


# ------------------------------------------------------------------ detection settings --


@dataclass(frozen=True)
class Thresholds:
    """Minimum scores: `score` for every finding, raised for some entities by `per_entity`."""

    score: float
    per_entity: Mapping[str, float]

    def of(self, entity: str) -> float:
        return max(self.score, self.per_entity.get(entity, 0.0))


@dataclass(frozen=True)
class NameFilter:
    """When a NER name or place is one (detection.yaml `ner_filter`; words lower-cased)."""

    single_token_context: Mapping[str, frozenset[str]]  # entity -> words one of which must precede a lone token
    min_token_chars: int
    ui_vocabulary: frozenset[str]  # words that make a span UI/technical text


@dataclass(frozen=True)
class LookalikeFilter:
    """Technical look-alikes of IP addresses, URLs and identifiers (detection.yaml `filters`;
    lower-cased)."""

    ip_not_after: frozenset[str]  # an IPv4 shape after one of these words is a version
    url_file_extensions: frozenset[str]  # a scheme-less "URL" ending in one of these is a file name
    # entity -> the words one of which must stand before its value (nine digits are a passport
    # number only after "passport")
    required_context: Mapping[str, ContextWords] = field(default_factory=dict)
    # a link written with its scheme to one of these hosts is the software's own text, no visit
    software_link_hosts: frozenset[str] = frozenset()
    # a bare host under one of these domains, after words on its line, is system text
    system_domains: frozenset[str] = frozenset()
    address_bar_words: frozenset[str] = frozenset()  # an address bar's chip before its host


@dataclass(frozen=True)
class DetectionSettings:
    """detection.yaml, typed, with DetectConfig's threshold and entities applied."""

    thresholds: Thresholds
    entities: tuple[str, ...]  # reported, in the file's order
    padding: BoxPadding
    names: NameFilter
    lookalikes: LookalikeFilter
    labels: LabelValueFinder


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def detection_settings(doc: DetectionDoc, config: DetectConfig, path: Path) -> DetectionSettings:
    """The settings of a validated detection.yaml; ConfigError when `config.entities` names an
    entity the file does not list."""
    from pipeline.detection.labels import LabelValueFinder  # only where a detector is built

    configured = tuple(doc.entities)
    entities = configured
    if config.entities is not None:
        unknown = [e for e in config.entities if e not in configured]
        if unknown:
            raise ConfigError(f"entities not configured: {', '.join(unknown)}", path)
        entities = tuple(e for e in configured if e in set(config.entities))
    score = doc.score_threshold if config.score_threshold is None else float(config.score_threshold)
    ner = doc.ner_filter
    return DetectionSettings(
        thresholds=Thresholds(score, dict(doc.entity_thresholds)),
        entities=entities,
        padding=BoxPadding(doc.boxes.pad_px, doc.boxes.pad_line_frac, doc.boxes.partial_cut_chars),
        names=NameFilter(
            single_token_context={k: _lower(v) for k, v in ner.single_token_context.items()},
            min_token_chars=ner.min_token_chars,
            ui_vocabulary=_lower(ner.ui_vocabulary),
        ),
        lookalikes=LookalikeFilter(
            _lower(doc.filters.ip_not_after),
            _lower(doc.filters.url_file_extensions),
            {entity: ContextWords(words) for entity, words in doc.filters.required_context.items()},
            _lower(doc.filters.software_link_hosts),
            _lower(doc.filters.system_domains),
            _lower(doc.filters.address_bar_words),
        ),
        labels=LabelValueFinder.from_config(doc.labels, doc.label_search),
    )


# ------------------------------------------------------------------------ model files --


@dataclass(frozen=True)
class ModelFiles:
    """The three files of a models folder: bytes (the config hash covers them), each document as
    written (Presidio takes those) and validated."""

    paths: Mapping[str, Path]
    raw: Mapping[str, bytes]
    written: Mapping[str, dict[str, Any]]
    nlp: NlpDoc
    recognizers: RecognizersDoc
    detection: DetectionDoc
    # models/languages/*.yaml: their label words are in `detection` (languages.py)
    packs: tuple[LanguagePack, ...] = ()


def load_model_files(models_dir: Path) -> ModelFiles:
    """Read and check nlp.yaml, recognizers.yaml and detection.yaml of `models_dir`."""
    paths = {name: Path(models_dir) / name for name in CONFIG_FILES}
    raw: dict[str, bytes] = {}
    written: dict[str, dict[str, Any]] = {}
    for name, path in paths.items():
        raw[name], written[name] = read_yaml_mapping(path)
    packs = load_language_packs(Path(models_dir))
    written[DETECTION_FILE] = extend_labels(written[DETECTION_FILE], packs)
    nlp = validate(NlpDoc, written[NLP_FILE], paths[NLP_FILE])
    recognizers = validate(RecognizersDoc, written[RECOGNIZERS_FILE], paths[RECOGNIZERS_FILE])
    detection = validate(DetectionDoc, written[DETECTION_FILE], paths[DETECTION_FILE])
    problems = entity_problems(detection)
    if problems:
        raise ConfigError("; ".join(problems), paths[DETECTION_FILE])
    return ModelFiles(paths, raw, written, nlp, recognizers, detection, tuple(packs))


def describe(exc: BaseException) -> str:
    """Type and first line of a configuration error (configuration text only, no OCR text)."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if len(first) > 200:
        first = first[:200] + "..."
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def make_detector(models_dir: Path | None = None, entities: tuple[str, ...] | None = None) -> Detector:
    """The Presidio-backed detector configured from `models_dir` (default: the packaged one)."""
    from pipeline.detection.detector import Detector  # heavy import (spaCy): only when needed

    if models_dir is None:
        return Detector(DetectConfig(entities=entities))
    return Detector(DetectConfig(models_dir=models_dir, entities=entities))
