"""benchmarks/gate.py's plants: a removed track whose box the other tracks still mask on its frames
exposes nothing, and is told apart from a missed leak (corpus_n2 mail_compose: a mail body line's
short box inside two longer ones, counted MISSED)."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, Track, TrackSegment, VideoInfo

_GATE = Path(__file__).parent.parent / "benchmarks" / "gate.py"
_SPEC = importlib.util.spec_from_file_location("gate_benchmark", _GATE)
assert _SPEC is not None and _SPEC.loader is not None
gate = importlib.util.module_from_spec(_SPEC)
sys.modules["gate_benchmark"] = gate  # its dataclasses look their module up
_SPEC.loader.exec_module(gate)

INFO = VideoInfo("clip.mp4", 640, 360, 50, 10.0, 5.0, "h264", "yuv420p")


def _track(track_id: int, box: Box, start: int = 0, end: int = 40) -> Track:
    return Track(track_id, "EMAIL_BODY", 0.85, segments=[TrackSegment(start, end, box, start / 10, end / 10)])


def _planted(*tracks: Track, removed: int) -> tuple[RedactionPlan, Track]:
    plan = RedactionPlan(INFO, tracks=list(tracks))
    gone = next(t for t in plan.tracks if t.track_id == removed)
    return replace(plan, tracks=[t for t in plan.tracks if t.track_id != removed]), gone


def test_a_track_under_the_other_tracks_masks_plants_nothing():
    planted, gone = _planted(
        _track(1, Box(100, 100, 200, 20)),
        _track(2, Box(100, 118, 200, 20)),
        _track(3, Box(110, 110, 30, 20)),
        removed=3,
    )
    assert gate.still_masked(planted, gone)


def test_a_track_left_bare_is_a_plant():
    planted, gone = _planted(_track(1, Box(100, 100, 200, 20)), _track(3, Box(110, 130, 30, 20)), removed=3)
    assert not gate.still_masked(planted, gone)
    # covered on part of its frames only: the rest exposes it
    planted, gone = _planted(_track(1, Box(100, 100, 200, 40), 0, 10), _track(3, Box(110, 110, 30, 20)), removed=3)
    assert not gate.still_masked(planted, gone)
