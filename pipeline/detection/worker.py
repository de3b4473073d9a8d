"""The detection services of the analysis pass: in the same process or in its own.

Detection is the largest single cost of the analysis (about 40 % of it on a support session)
and needs nothing but the words around a change: it runs in a second process while the first
goes on decoding, diffing and reading the next frames, so two cores work where one did. The
analysis hands each frame's words over with `submit` and takes the findings back, in frame
order, with `poll`; the tracker follows a few frames behind (pipeline/analysis).

Both services keep the recording's value memory (values found once are found again where they
reappear) and a small cache (the same words at the same places give the same findings: a caret
blinking in a field re-reads its line, but needs no new text analysis). Only word texts and
boxes cross the process boundary, through a pipe; nothing is logged or written.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from pipeline.core.layout import group_lines
from pipeline.core.processes import Child, spawn_context
from pipeline.core.types import Box, Detection, InputField, Layout, OcrWord
from pipeline.detection.config import make_detector
from pipeline.detection.protocols import DetectionOutcome, DetectionService, DetectorLike

CACHE_SIZE = 256
_STARTED, _RESULT, _FAILED = "started", "result", "failed"


class _Analysis:
    """The detector with the recording's memory and the findings cache."""

    def __init__(self, detector: DetectorLike):
        # Here, not at the top: the analysing process imports this module to start the detection
        # process, and the memory brings the name lexicons (about 0.4 s of CPU) it never uses.
        from pipeline.detection.memory import ValueMemory

        self.detector = detector
        self.memory = ValueMemory()  # values found in this recording; in memory only
        self._cache: OrderedDict[int, tuple[Detection, ...]] = OrderedDict()

    def run(self, words: list[OcrWord], fields: Sequence[InputField] = ()) -> DetectionOutcome:
        key = hash((self.memory.revision, tuple(sorted((w.text, w.box.to_tuple()) for w in words)), tuple(fields)))
        found = self._cache.get(key)
        if found is not None:
            return DetectionOutcome(found)
        started = time.perf_counter()
        try:
            found = tuple(self.detector.detect(Layout(group_lines(words).lines, tuple(fields)), self.memory))
        except Exception as exc:  # noqa: BLE001 - reported by type; the caller masks the frame
            return DetectionOutcome(error=type(exc).__name__)
        self._cache[key] = found
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return DetectionOutcome(found, time.perf_counter() - started, True)


class InlineDetection(DetectionService):
    """Detection in the calling process, answered at once (tests, screenshots, batch workers
    that hold a loaded detector or may not start processes)."""

    def __init__(self, detector: DetectorLike):
        self._analysis = _Analysis(detector)
        self._done: dict[int, DetectionOutcome] = {}
        self._next = 0

    @property
    def detector(self) -> DetectorLike:
        return self._analysis.detector

    def submit(self, words: list[OcrWord], fields: Sequence[InputField] = ()) -> int:
        ticket, self._next = self._next, self._next + 1
        self._done[ticket] = self._analysis.run(words, fields)
        return ticket

    def poll(self, ticket: int, block: bool) -> DetectionOutcome | None:
        return self._done.pop(ticket)

    def versions(self) -> dict[str, str]:
        return self._analysis.detector.versions()

    def config_hash(self) -> str:
        return self._analysis.detector.config_hash()


def as_service(detector: DetectorLike | DetectionService) -> DetectionService:
    return detector if isinstance(detector, DetectionService) else InlineDetection(detector)


# --- in its own process ------------------------------------------------------------------

WordTuple = tuple[str, int, int, int, int, float]
FieldTuple = tuple[int, int, int, int, bool]
DetectionTuple = tuple[str, float, int, int, int, int, str, str]


def _words_out(words: list[OcrWord]) -> list[WordTuple]:
    return [(w.text, *w.box.to_tuple(), w.conf) for w in words]


def _words_in(rows: list[WordTuple]) -> list[OcrWord]:
    return [OcrWord(text, Box(x, y, w, h), conf) for text, x, y, w, h, conf in rows]


def _fields_out(fields: Sequence[InputField]) -> list[FieldTuple]:
    return [(*f.box.to_tuple(), f.masked) for f in fields]


def _fields_in(rows: list[FieldTuple]) -> tuple[InputField, ...]:
    return tuple(InputField(Box(x, y, w, h), masked) for x, y, w, h, masked in rows)


def _detections_out(found: tuple[Detection, ...]) -> list[DetectionTuple]:
    return [(d.entity_type, d.score, *d.box.to_tuple(), d.recognizer, d.text_hash) for d in found]


def _detections_in(rows: list[DetectionTuple]) -> tuple[Detection, ...]:
    return tuple(Detection(t, s, Box(x, y, w, h), r, th) for t, s, x, y, w, h, r, th in rows)


def _child(make: Callable[[], DetectorLike], requests, replies) -> None:
    # Started by core.processes.Child: stop signals ignored, and this process ends when the
    # parent stops it or ends itself, so the blocking `get` below never outlives the run.
    try:
        detector = make()
        replies.put((_STARTED, (detector.versions(), detector.config_hash())))
    except BaseException as exc:  # noqa: BLE001 - re-raised in the parent (config errors name files)
        replies.put((_FAILED, exc))
        return
    analysis = _Analysis(detector)
    while True:
        ticket, rows, field_rows = requests.get()
        outcome = analysis.run(_words_in(rows), _fields_in(field_rows))
        replies.put(
            (_RESULT, (ticket, _detections_out(outcome.detections), outcome.seconds, outcome.called, outcome.error))
        )


class DetectionProcess(DetectionService):
    """Detection in a spawned process. It loads the models itself (the parent never needs
    spaCy), so loading overlaps the first frames' decoding and OCR. A failed load re-raises
    the child's error here; a child that dies stops the run (ProcessingError); `close` ends it
    at once, and it ends by itself when this process does (core.processes.Child)."""

    def __init__(self, make: Callable[[], DetectorLike]):
        context = spawn_context()
        # Unbounded on purpose: the analysis bounds how many frames wait (ScreenAnalyzer), and a
        # bounded queue could block both sides on each other.
        self._requests = context.Queue()
        self._replies = context.Queue()
        self._next = 0
        self._started: tuple[dict[str, str], str] | None = None
        self._arrived: dict[int, DetectionOutcome] = {}
        self._child = Child(_child, (make, self._requests, self._replies), name="detection", writes=(self._requests,))

    def submit(self, words: list[OcrWord], fields: Sequence[InputField] = ()) -> int:
        ticket, self._next = self._next, self._next + 1
        self._requests.put((ticket, _words_out(words), _fields_out(fields)))
        return ticket

    def poll(self, ticket: int, block: bool) -> DetectionOutcome | None:
        while ticket not in self._arrived:
            if not self._receive(block):
                return None
        return self._arrived.pop(ticket)

    def _receive(self, block: bool) -> bool:
        """Take one message from the child; False when none came (not blocking)."""
        message = self._child.receive(self._replies, block)
        if message is None:
            return False
        kind, body = message
        if kind == _FAILED:
            raise body
        if kind == _STARTED:
            self._started = body
        else:
            ticket, rows, seconds, called, error = body
            self._arrived[ticket] = DetectionOutcome(_detections_in(rows), seconds, called, error)
        return True

    def _wait_started(self) -> tuple[dict[str, str], str]:
        while self._started is None:
            self._receive(block=True)
        return self._started

    def versions(self) -> dict[str, str]:
        return self._wait_started()[0]

    def config_hash(self) -> str:
        return self._wait_started()[1]

    def close(self) -> None:
        self._child.stop()


def detector_factory(models_dir: Path | None, entities: tuple[str, ...] | None) -> Callable[[], DetectorLike]:
    """A picklable recipe for the detector, built inside the child."""
    return partial(make_detector, models_dir, entities)
