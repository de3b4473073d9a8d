"""Rendering while the analysis runs gives the same masks as rendering from the finished plan,
or notices that it cannot (a value reached back past rendered frames) and says so."""

from __future__ import annotations

import queue

import pytest

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.analysis.track import TrackConfig
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import VideoInfo
from pipeline.media.probe import probe
from pipeline.redact.controller import RedactRequest, _follow, redact_file
from pipeline.redact.evaluate import Truth, check_output
from pipeline.render.live import MaskFeed, streamed_masks
from samples.make_samples import make_clip
from tests.helpers import FakeDetector, typing_frames


class _Live:
    """The feed of a LiveRender without the process: messages go into a local queue."""

    def __init__(self, lag: int):
        self.messages: queue.Queue = queue.Queue()
        self.feed = MaskFeed(self.messages.put, lag, batch=2)


def _analyse_following(frames, lag: int):
    info = VideoInfo("mem", 640, 360, len(frames), 10.0, len(frames) / 10, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), FakeDetector(), AnalysisConfig(), follow=True)
    live = _Live(lag)
    follow = _follow(live)
    for i, image in enumerate(frames):
        analyzer.process_frame(i, i / 10, image)
        follow(analyzer, i)
    tracks, full = analyzer.finish()
    plan = RedactionPlan(info, tracks=tracks, full_frames=full)
    live.feed.finish(plan)
    return plan, live


def test_streamed_masks_equal_the_finished_plan_when_lag_covers_the_reach_back():
    frames = typing_frames("kim.slade@example.com", per_frame=2, idle=6)
    plan, live = _analyse_following(frames, lag=len(frames) // 2)
    assert not live.feed.stale
    assert live.feed.sent > 0, "part of the video was streamed before the analysis ended"
    streamed = streamed_masks(live.messages)
    for expected in iter_frame_masks(plan):
        got = next(streamed)
        assert got.index == expected.index
        assert set(got.boxes) == set(expected.boxes) and got.whole_frame == expected.whole_frame
    assert next(streamed).whole_frame, "frames past the analysed ones are masked whole"


def test_reach_back_past_streamed_frames_is_noticed():
    frames = typing_frames("kim.slade@example.com", per_frame=2, idle=6)
    _, live = _analyse_following(frames, lag=0)
    assert live.feed.stale, "a typed value reaching back past sent frames must make the stream stale"


@pytest.mark.slow
def test_live_render_of_a_clip_hides_every_value(tmp_path, monkeypatch):
    import pipeline.redact.controller as run
    import pipeline.render.live as live_render

    made = make_clip("form_typing", tmp_path, width=960, height=540, fps=10.0, seed=99)
    output, plan_path = tmp_path / "live.mp4", tmp_path / "live.plan.json"
    analysis = AnalysisConfig(track=TrackConfig(backfill_max_s=1.0))
    started = []

    class Recording(live_render.LiveRender):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(live_render, "BATCH", 8)
    monkeypatch.setattr(run, "LiveRender", Recording)
    result = redact_file(RedactRequest(made.video_path, output, plan_path, analysis=analysis, render_mode="live"))
    feed = started[0].feed
    assert feed.sent > 8 and not feed.stale, "frames were rendered while the analysis ran, from streamed masks"
    assert probe(output).frame_count == probe(made.video_path).frame_count
    assert not list(tmp_path.glob(".*live*")), "no temporary file left behind"
    report = check_output(Truth.load(made.json_path), made.video_path, output, result.plan, 1.0, per_second=3.0)
    assert report.values_in_input > 0 and report.leaks == [], report.line()
