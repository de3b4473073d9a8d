"""Fixtures for every test: a guard against logged errors (markers: pyproject.toml), and the
detector and OCR engine with their default configuration, loaded once per session (spaCy's model
takes seconds; a module that needs another configuration defines its own fixture of the same
name). Plain helpers that tests call with arguments (drawing, media, fakes, recordings) are in
helpers.py."""

from __future__ import annotations

import logging

import pytest


@pytest.fixture(autouse=True)
def no_logged_errors(request, caplog):
    """A test that makes the pipeline log an error fails, unless it expects one."""
    caplog.set_level(logging.WARNING)
    yield
    if request.node.get_closest_marker("allow_errors"):
        return
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    assert not errors, f"unexpected error logged: {errors[0].getMessage()}"


@pytest.fixture(scope="session")
def detector():
    from pipeline.detection.detector import DetectConfig, Detector

    return Detector(DetectConfig())


@pytest.fixture
def inline_detection(detector, monkeypatch):
    """`redact_file` (so `redact file` and `redact eval` too) given this session's detector, as
    a batch worker calls it: detection runs inline instead of in a spawned process that loads
    spaCy and Presidio again (about 6 s of CPU a video). For tests about what a redaction hides
    or keeps; the detection process keeps its own tests (test_processes, test_detect_worker,
    test_live_render, the `redact file` of test_packaging)."""
    from functools import partial

    from pipeline.redact import controller

    monkeypatch.setattr(controller, "redact_file", partial(controller.redact_file, detector=detector))


@pytest.fixture(scope="session")
def engine():
    from pipeline.analysis.ocr import CachedEngine, OcrConfig, make_engine

    return CachedEngine(make_engine(OcrConfig()))
