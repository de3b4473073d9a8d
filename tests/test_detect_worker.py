"""Detection in its own process: the same plan as in-process detection, frames handed to the
tracker in order while findings come late, and every failure fails closed."""

import functools
import os

import pytest

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.core.errors import ConfigError, ProcessingError
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, VideoInfo
from pipeline.detection.config import make_detector
from pipeline.detection.protocols import DetectionOutcome, DetectionService
from pipeline.detection.worker import DetectionProcess, InlineDetection, detector_factory
from tests.helpers import FakeDetector, H, W, typing_frames


class LateDetection(DetectionService):
    """Answers a ticket only when asked to wait, or `delay` polls after it was submitted: a
    slow detection process, without the process."""

    def __init__(self, detector, delay: int = 4):
        self._inline = InlineDetection(detector)
        self._delay = delay
        self._polls: dict[int, int] = {}
        self.order: list[int] = []

    def submit(self, words, fields=()):
        return self._inline.submit(words, fields)

    def poll(self, ticket, block):
        self._polls[ticket] = self._polls.get(ticket, 0) + 1
        if not block and self._polls[ticket] < self._delay:
            return None
        self.order.append(ticket)
        return self._inline.poll(ticket, block)

    def versions(self):
        return self._inline.versions()

    def config_hash(self):
        return self._inline.config_hash()


class FailingDetector(FakeDetector):
    def __init__(self, fail_on_call: int):
        super().__init__()
        self.fail_on_call = fail_on_call

    def detect(self, layout, memory=None):
        if self.calls + 1 == self.fail_on_call:
            self.calls += 1
            raise RuntimeError("analyzer crashed")
        return super().detect(layout, memory)


def analyse(frames, detection) -> tuple[ScreenAnalyzer, RedactionPlan, list[int]]:
    info = VideoInfo("mem", W, H, len(frames), 10.0, len(frames) / 10, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), detection, AnalysisConfig())
    tracked: list[int] = []
    analyzer.on_frame = tracked.append
    for i, image in enumerate(frames):
        analyzer.process_frame(i, i / 10, image)
    tracks, full = analyzer.finish()
    return analyzer, RedactionPlan(info, tracks=tracks, full_frames=full), tracked


def segments(plan: RedactionPlan) -> list[tuple]:
    return [(t.entity_type, [(s.start_frame, s.end_frame, s.box) for s in t.segments]) for t in plan.tracks]


def test_late_findings_give_the_same_plan_and_frames_are_tracked_in_order():
    frames = typing_frames("kim.slade@example.com")
    _, inline, _ = analyse(frames, FakeDetector())
    late = LateDetection(FakeDetector())
    analyzer, plan, tracked = analyse(frames, late)
    assert segments(plan) == segments(inline) and plan.tracks
    assert tracked == list(range(len(frames)))
    assert late.order == sorted(late.order)
    assert analyzer.stats.detect_calls > 1


@pytest.mark.allow_errors
def test_failed_detection_masks_every_frame_read_meanwhile_and_rereads_the_next():
    value = "kim.slade@example.com"
    frames = typing_frames(value, per_frame=1, idle=2)
    detection = LateDetection(FailingDetector(fail_on_call=4), delay=5)
    analyzer, plan, _ = analyse(frames, detection)
    masks = list(iter_frame_masks(plan))
    whole = [m.index for m in masks if m.whole_frame]
    assert whole, "the frame whose detection failed must be masked whole"
    assert len(whole) > 1, "frames read while its findings were awaited are masked too"
    assert whole == list(range(whole[0], whole[-1] + 1))
    # after the failure the analysis reads the screen afresh: the value is still covered on
    # every frame where it shows, by a box or by a whole-frame mask
    first_typed = 2
    value_area = Box(120, 60, 8, 16)
    for m in masks[first_typed:]:
        assert m.whole_frame or any(b.intersects(value_area) for b in m.boxes), f"frame {m.index} uncovered"
    assert plan.full_frames[0].reason == "analysis_error"


@pytest.mark.slow
def test_detection_process_finds_what_inline_detection_finds():
    frames = typing_frames("kim.slade@example.com")
    _, inline, _ = analyse(frames, make_detector())
    process = DetectionProcess(detector_factory(None, None))
    try:
        analyzer, plan, _ = analyse(frames, process)
        assert process.versions()["spacy"]
    finally:
        process.close()
    assert plan.tracks and segments(plan) == segments(inline)
    assert "EMAIL_ADDRESS" in {t.entity_type for t in plan.tracks}


@pytest.mark.slow
def test_detection_process_with_bad_models_raises_the_config_error(tmp_path):
    process = DetectionProcess(detector_factory(tmp_path / "no-models", None))
    try:
        with pytest.raises(ConfigError, match="no-models"):
            process.versions()
    finally:
        process.close()


def test_detection_process_that_dies_stops_the_run():
    process = DetectionProcess(functools.partial(os._exit, 3))
    try:
        ticket = process.submit([])
        with pytest.raises(ProcessingError, match="detection stopped"):
            process.poll(ticket, block=True)
    finally:
        process.close()


def test_outcome_of_a_cached_call_is_not_counted_as_a_call():
    detection = InlineDetection(FakeDetector())
    first = detection.poll(detection.submit([]), block=False)
    again = detection.poll(detection.submit([]), block=False)
    assert isinstance(first, DetectionOutcome) and first.called and not again.called
