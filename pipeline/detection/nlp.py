"""The spaCy engine of the detector: Presidio's, made offline, with the pipes NER does not need
switched off (models/nlp.yaml).

The detector analyses a screen's text (about 1,000 characters, 250 tokens) every few frames:
spaCy runs NER alone, and lower-case forms stand in for the lemmas Presidio's context enhancer
reads (context_enhancer.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngineProvider, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.core.errors import ConfigError
from pipeline.detection.config import describe

LOWER_LEMMA_PIPE = "session_redactor_lower_lemma"


class ModelMissing(Exception):
    """The configured spaCy model is not installed (its name is the argument)."""


class OfflineSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine that never downloads a model and stays on the CPU."""

    engine_name = "spacy"

    @staticmethod
    def _download_spacy_model_if_needed(model_name: str) -> None:
        if not (spacy.util.is_package(model_name) or Path(model_name).exists()):
            raise ModelMissing(model_name)

    def _enable_gpu(self) -> None:  # the small model is fast on CPU and deterministic there
        return None

    def pipelines(self) -> dict[str, Language]:
        """The loaded spaCy pipelines by language (Presidio types `nlp` as None, its value before load())."""
        return cast(dict[str, Language], self.nlp)

    def process_text_without_entities(self, text: str, language: str) -> NlpArtifacts:
        """`process_text`'s artifacts with no entities: the pipeline's other pipes run (the
        tokens, their lemmas and so the context keywords are the same), NER does not. For an
        analysis of types that no NER entity gives (spaCy's recognizer then does not run) it
        finds what `process_text` would, without NER's cost (most of spaCy's)."""
        nlp = self.pipelines()[language]
        doc = nlp.make_doc(text)
        for name, pipe in nlp.pipeline:
            if name != "ner":
                doc = pipe(doc)
        return self._doc_to_nlp_artifact(doc, language)


@Language.component(LOWER_LEMMA_PIPE)
def _lower_lemma(doc: Doc) -> Doc:
    """Lemmas as lower-case forms, for a pipeline without tagger and lemmatizer.

    Presidio reads lemmas only to find context words near a finding, and matches those as
    substrings ("phone" is found in "phones" as in "phone"): the lower-case form does that
    job without running the tagger the rule lemmatizer needs (a third of spaCy's time)."""
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def use_lower_lemmas(nlp: Language) -> None:
    """Give `nlp` lower-case lemmas when its lemmatizer is off (see `_lower_lemma`)."""
    if "lemmatizer" not in nlp.pipe_names and LOWER_LEMMA_PIPE not in nlp.pipe_names:
        nlp.add_pipe(LOWER_LEMMA_PIPE, last=True)


def build_nlp_engine(configuration: dict[str, Any], disabled_pipes: list[str], path: Path) -> OfflineSpacyNlpEngine:
    """The engine of Presidio's NLP `configuration` (nlp.yaml without our keys), loaded, with
    `disabled_pipes` off. ConfigError naming `path` when the model is not installed or Presidio
    or spaCy refuse the configuration."""
    try:
        provider = NlpEngineProvider(nlp_engines=(OfflineSpacyNlpEngine,), nlp_configuration=configuration)
        engine = provider.create_engine()
        if not isinstance(engine, OfflineSpacyNlpEngine):  # the only engine offered to the provider
            raise TypeError(f"unexpected NLP engine {type(engine).__name__}")
        for nlp in engine.pipelines().values():
            present = [p for p in disabled_pipes if p in nlp.pipe_names]
            if present:
                nlp.select_pipes(disable=present)
            use_lower_lemmas(nlp)
    except ModelMissing as exc:
        raise ConfigError(f"spaCy model {exc.args[0]!r} is not installed (models are never downloaded)", path) from None
    except Exception as exc:  # noqa: BLE001 - pydantic/ValueError/OSError from Presidio or spaCy
        raise ConfigError(f"invalid NLP engine configuration ({describe(exc)})", path) from None
    return engine
