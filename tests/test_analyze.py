"""The analysis pass on drawn frames with the real OCR and a fake detector: only changed lines
are read, a typed value is covered from its first character, failures mask the frame whole."""

import hashlib
import re

import numpy as np
import pytest

from pipeline.analyze import AnalysisConfig, ScreenAnalyzer
from pipeline.ocr import OcrConfig, make_engine
from pipeline.plan import RedactionPlan, iter_frame_masks
from pipeline.types import Box, Detection, Layout, VideoInfo

from .conftest import draw_screen

EMAIL = re.compile(r"[\w.]+@[\w-]+\.[a-z]{2,}")
W, H = 640, 360


class FakeDetector:
    """E-mail addresses by regex, boxed by whole words: enough to drive the analysis."""

    def __init__(self):
        self.calls = 0

    def detect(self, layout: Layout, memory=None) -> list[Detection]:
        self.calls += 1
        found = []
        for line in layout.lines:
            for word in line.words:
                if EMAIL.search(word.text):
                    digest = hashlib.sha256(word.text.encode()).hexdigest()[:16]
                    found.append(Detection("EMAIL_ADDRESS", 0.9, word.box.pad(2), "fake", digest))
        return found

    def versions(self):
        return {"detector": "fake"}

    def config_hash(self):
        return "fake"


class BrokenEngine:
    name = "broken"

    def version(self):
        return "0"

    def read_lines(self, images):
        raise RuntimeError("engine crashed")


def run(frames, engine=None, detector=None):
    info = VideoInfo("mem", W, H, len(frames), 10.0, len(frames) / 10, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, engine or make_engine(OcrConfig()), detector or FakeDetector(), AnalysisConfig())
    for i, image in enumerate(frames):
        analyzer.process_frame(i, i / 10, image)
    tracks, full = analyzer.finish()
    plan = RedactionPlan(info, tracks=tracks, full_frames=full)
    return analyzer, plan, list(iter_frame_masks(plan))


BASE = [(20, 20, "Device Manager"), (20, 60, "Contact")]


def typing_frames(value: str, per_frame: int = 2, idle: int = 3) -> list[np.ndarray]:
    frames = [draw_screen(BASE)] * idle
    for n in range(per_frame, len(value) + per_frame, per_frame):
        frames.append(draw_screen(BASE + [(120, 60, value[:n])]))
    return frames + [frames[-1]] * idle


def test_typed_email_is_covered_from_first_character_and_label_stays():
    value = "kim.blake@example.com"
    frames = typing_frames(value)
    analyzer, plan, masks = run(frames)
    assert len(plan.tracks) >= 1
    first_typed = 3  # frames 0-2 are idle
    value_area = Box(120, 60, 8, 16)  # where the first characters appear
    for index in range(first_typed, len(frames)):
        assert any(b.intersects(value_area) for b in masks[index].boxes), f"frame {index} uncovered"
    label = Box(20, 62, 50, 12)
    assert not any(b.intersects(label) for m in masks for b in m.boxes), "the label must stay readable"
    assert all(not m.boxes for m in masks[:first_typed])


def test_only_changed_lines_are_read_again():
    frames = [draw_screen(BASE + [(20, 100 + 30 * i, f"Line {i}") for i in range(6)])] * 5
    frames.append(draw_screen(BASE + [(20, 100 + 30 * i, f"Line {i}") for i in range(6)] + [(300, 100, "new")]))
    analyzer, _, _ = run(frames)
    assert analyzer.stats.frames_changed == 2
    first_read = 8  # two base lines and six list lines
    assert analyzer.stats.lines_read - first_read <= 2, "a new word re-reads its own line only"


@pytest.mark.allow_errors
def test_ocr_failure_masks_frame_whole():
    frames = typing_frames("a@b.io", idle=1)
    analyzer, plan, masks = run(frames, engine=BrokenEngine())
    assert all(m.whole_frame for m in masks[:1])
    changed = [i for i in range(1, len(frames)) if not np.array_equal(frames[i], frames[i - 1])]
    assert all(masks[i].whole_frame for i in changed)
    assert plan.full_frames and all(f.reason == "analysis_error" for f in plan.full_frames)


def test_undecodable_frame_is_masked_whole():
    info = VideoInfo("mem", W, H, 3, 10.0, 0.3, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), FakeDetector(), AnalysisConfig())
    analyzer.process_frame(0, 0.0, draw_screen(BASE))
    analyzer.process_frame(1, 0.1, None)
    analyzer.process_frame(2, 0.2, draw_screen(BASE))
    tracks, full = analyzer.finish()
    masks = list(iter_frame_masks(RedactionPlan(info, tracks=tracks, full_frames=full)))
    assert [m.whole_frame for m in masks] == [False, True, False]
    assert full[0].reason == "decode_error"
