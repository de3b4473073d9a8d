"""spaCy and Presidio plumbing for the detector: an offline NLP engine, and the context
enhancer with its token lookups indexed.

The detector analyses a screen's text (about 1,000 characters, 250 tokens) every few frames,
so the per-call costs of Presidio's helpers add up: these classes keep Presidio's answers and
drop the repeated walks over the tokens.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Any

import spacy
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

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


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, with the same answers found faster.

    Presidio looks for the token under each finding by walking the document from its start
    (spaCy makes a Token object per step) and tests each lemma against the keyword list: on a
    screen with 35 findings that was a third of the whole analysis. Here the token is found
    by bisection over the token ends (tokens never overlap, so the first token ending after
    the finding's start is the one Presidio's walk stops at) and keywords are a set."""

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self._ends: list[int] = []
        self._keywords: frozenset[str] = frozenset()

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        tokens = getattr(nlp_artifacts, "tokens", None)
        if isinstance(tokens, Doc):
            spans = tokens.to_array([IDX, LENGTH])
            self._ends = (spans[:, 0] + spans[:, 1]).tolist() if len(tokens) else []
        else:  # not a spaCy doc: Presidio's own walk is the reference
            self._ends = [start + len(tok) for start, tok in zip(nlp_artifacts.tokens_indices, tokens or [])]
        self._keywords = frozenset(getattr(nlp_artifacts, "keywords", None) or ())
        return super().enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)

    def _find_index_of_match_token(self, word: str, start: int, tokens, tokens_indices: list[int]) -> int:
        index = bisect_right(self._ends, start)
        if index >= len(self._ends):
            raise ValueError("a finding lies past the last token")  # never the text itself
        return index

    def _add_n_words_backward(self, index: int, n_words: int, lemmas: list[str], keywords: list[str]) -> list[str]:
        return self._add_n_words(index, n_words, lemmas, self._keywords, True)

    def _add_n_words_forward(self, index: int, n_words: int, lemmas: list[str], keywords: list[str]) -> list[str]:
        return self._add_n_words(index, n_words, lemmas, self._keywords, False)
