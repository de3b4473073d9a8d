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


# --------------------------------------------------------------- real media: what a plant shows --
# (stop 45 item 2) Whether a plant exposes something is read with the independent reader, words
# under the removed track's box in the source read again in the planted output, rather than as a
# share of the box's area under the other masks: a box cut short shows the rest of a surname
# although most of its area is still masked, and a duplicate track covering 85 % of a wider box
# leaves a strip with no text (helpdesk_ticket's phone, counted as a missed exposing plant).

from pipeline.core.types import Box as _Box  # noqa: E402 - the media tests' own imports
from pipeline.media.probe import probe  # noqa: E402
from pipeline.redact.evaluate import IndependentReader, Truth  # noqa: E402
from pipeline.render.renderer import render  # noqa: E402
from tests.helpers import draw_screen, screen_clip  # noqa: E402

_NAME = "Thorvaldine Pennimore"  # invented
_W, _H, _COUNT = 640, 360, 6


def _clip(folder: Path) -> Path:
    lines = [(20, 20, "Account owner"), (20, 60, "Owner:"), (120, 60, _NAME), (20, 100, "Status: Active")]
    frames = [draw_screen(lines, (_W, _H)) for _ in range(_COUNT)]
    return screen_clip(folder / "clip.mp4", frames, 5.0, codec="raw", pix_fmt="bgr24")


def _media_track(track_id: int, box: _Box) -> Track:
    return Track(track_id, "PERSON", 0.9, segments=[TrackSegment(0, _COUNT - 1, box, 0.0, 1.0)])


def _output(clip: Path, path: Path, *tracks: Track) -> Path:
    render(RedactionPlan(probe(clip), tracks=list(tracks)), clip, path)
    return path


def test_a_box_cut_short_shows_the_rest_of_the_value(tmp_path):
    clip = _clip(tmp_path)
    value = _media_track(1, _Box(116, 56, 172, 22))  # over the whole name
    redacted = _output(clip, tmp_path / "redacted.mp4", value)
    cut = gate.cut_short(value, 0.55)
    assert cut.segments[0].box == _Box(116, 56, 95, 22)
    planted = _output(clip, tmp_path / "planted.mp4", cut)
    planted_plan = RedactionPlan(probe(clip), tracks=[cut])
    assert gate.still_masked(replace(planted_plan, tracks=[cut, _media_track(2, _Box(116, 56, 166, 22))]), value)
    reader = IndependentReader()
    assert gate.shown_words(reader, clip, redacted, planted, value) > 0
    truth = Truth("clip", clip, ((_NAME, "PERSON", 0.0),), (), tmp_path / "clip.json")
    assert gate.exposed_values(truth, reader, redacted, planted, value) == []  # not whole
    assert [kind for kind, _ in gate.partly_exposed(truth, reader, redacted, planted, value)] == ["PERSON"]


def test_a_strip_of_a_box_with_no_text_under_it_exposes_nothing(tmp_path):
    clip = _clip(tmp_path)
    wide = _media_track(1, _Box(116, 56, 230, 22))  # the name and 60 px of page after it
    duplicate = _media_track(2, _Box(116, 56, 190, 22))  # the name: 83 % of the wide box
    redacted = _output(clip, tmp_path / "redacted.mp4", wide, duplicate)
    planted_plan = RedactionPlan(probe(clip), tracks=[duplicate])
    planted = _output(clip, tmp_path / "planted.mp4", duplicate)
    assert not gate.still_masked(planted_plan, wide)  # by area, 17 % of the box is bare
    assert gate.shown_words(IndependentReader(), clip, redacted, planted, wide) == 0
