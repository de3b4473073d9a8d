"""Engines loaded once per process and kept: a batch worker (local or Dask) runs many recordings,
and a QA or export command verifies or reads many videos, with the same detector and OCR engine.

Loading the detector (spaCy, Presidio) costs seconds, so one is kept per set of entity types.
"""

from __future__ import annotations

from typing import Any

_LOADED: dict[tuple, Any] = {}


def detector(entities: tuple[str, ...] | None):
    """The text detector for these entity types (None: every type the models know)."""
    key = ("detector", entities)
    if key not in _LOADED:
        from pipeline.detection.config import make_detector

        _LOADED[key] = make_detector(entities=entities)
    return _LOADED[key]


def ocr_engine():
    """The OCR engine of verification and exports (caching reads of unchanged lines)."""
    key = ("ocr",)
    if key not in _LOADED:
        from pipeline.analysis.ocr import CachedEngine, OcrConfig, make_engine

        _LOADED[key] = CachedEngine(make_engine(OcrConfig()))
    return _LOADED[key]
