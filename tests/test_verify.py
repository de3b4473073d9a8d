"""The verification gate on real media: a short clip drawn with real fonts, encoded and rendered
with the pipeline's own encoder, read again with the real OCR and detector. A masked output
is clean; a value left readable (track missing, ending early, box too small) blocks at the
frames where it shows; an output that cannot be read blocks; results never hold a value."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from pipeline.core.errors import InputError, ProcessingError
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, FullFrameMask, Track, TrackSegment, VideoInfo
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.redact.verify import (
    Finding,
    Verification,
    frames_to_check,
    masked_share,
    verify_output,
)
from pipeline.render.renderer import render
from tests.helpers import draw_screen, ffmpeg, font, screen_clip, truncated_mp4

W, H, FPS, COUNT = 640, 360, 5.0, 15
EMAIL = "dana.cooper@gmail.com"
PASSWORD = "Wx7#pLq2!vRb"
EMAIL_FRAMES = range(5, 12)  # the e-mail is on screen from 1.0 s to 2.2 s
INNOCENT = [
    (20, 20, "Ticket 48213 - VPN drops after update"),
    (20, 60, "Contact:"),
    (20, 100, "Password:"),
    (20, 140, "Checked adapter driver 12.19.2.45"),
    (20, 180, "Error 0x80070005: Access is denied."),
]


def text_box(x: int, y: int, text: str) -> Box:
    """Where draw_screen puts `text`, padded as a detector would pad it."""
    draw = ImageDraw.Draw(Image.new("RGB", (W, H)))
    return Box.from_corners(*draw.textbbox((x, y), text, font=font(14))).pad(4)


EMAIL_BOX = text_box(120, 60, EMAIL)
PASSWORD_BOX = text_box(120, 100, PASSWORD)


def screen(index: int):
    lines = INNOCENT + [(120, 100, PASSWORD)]
    if index in EMAIL_FRAMES:
        lines.append((120, 60, EMAIL))
    return draw_screen(lines, (W, H))


def track(track_id: int, entity: str, box: Box, start: int, end: int) -> Track:
    return Track(track_id, entity, 0.9, segments=[TrackSegment(start, end, box, start / FPS, end / FPS)])


def password_track() -> Track:
    return track(1, "PASSWORD", PASSWORD_BOX, 0, COUNT - 1)


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("verify") / "session.mp4"
    return screen_clip(path, [screen(i) for i in range(COUNT)], FPS, codec="raw", pix_fmt="bgr24")


def redacted(clip: Path, folder: Path, *tracks: Track) -> tuple[Path, RedactionPlan]:
    plan = RedactionPlan(probe(clip), tracks=list(tracks))
    output = folder / "redacted.mp4"
    render(plan, clip, output)
    return output, plan


# ------------------------------------------------------------------------- real media --


def test_unredacted_clip_shows_both_values(clip, detector, engine):
    """The clip is a fair test: the gate finds both values where nothing is masked."""
    result = verify_output(clip, RedactionPlan(probe(clip)), detector, engine, every_s=1.0)
    assert not result.clean and result.reason == "finding"
    assert {f.entity_type for f in result.findings} >= {"EMAIL_ADDRESS", "PASSWORD"}


def test_masked_output_is_clean(clip, detector, engine, tmp_path):
    output, plan = redacted(clip, tmp_path, password_track(), track(2, "EMAIL_ADDRESS", EMAIL_BOX, 5, 11))

    result = verify_output(output, plan, detector, engine, every_s=1.0)

    assert result.clean, result.summary()
    assert result.reason is None and result.findings == () and result.unreadable == ()
    assert result.frames_checked == len(frames_to_check(plan, 1.0)) == 6
    assert result.summary() == "clean: 6 frames checked"


def test_missing_track_blocks_at_the_frames_that_show_the_value(clip, detector, engine, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="pipeline.redact.verify")
    output, plan = redacted(clip, tmp_path, password_track())

    result = verify_output(output, plan, detector, engine, every_s=1.0)

    assert not result.clean and result.reason == "finding"
    assert frames_to_check(plan, 1.0) == [0, 5, 10, 14]
    assert sorted(f.frame for f in result.findings) == [5, 10]  # the checked frames that show it
    assert {f.entity_type for f in result.findings} == {"EMAIL_ADDRESS"}
    for finding in result.findings:
        assert finding.time_s == pytest.approx(finding.frame / FPS)
        assert finding.box.intersection(EMAIL_BOX).area >= 0.8 * EMAIL_BOX.area
    assert result.summary() == "blocked: 2 findings (EMAIL_ADDRESS x2) in 2 frames"
    record = json.dumps(result.to_dict())
    assert Verification.from_dict(json.loads(record)) == result
    for text in (record, result.summary(), caplog.text):
        for value in (EMAIL, PASSWORD, "dana", "cooper", "pLq2"):
            assert value not in text

    only_passwords = verify_output(output, plan, detector, engine, ["PASSWORD"], every_s=1.0)
    assert only_passwords.clean and only_passwords.entities == ("PASSWORD",)


def test_value_shown_after_its_track_ends_is_caught_on_the_next_frame(clip, detector, engine, tmp_path):
    output, plan = redacted(clip, tmp_path, password_track(), track(2, "EMAIL_ADDRESS", EMAIL_BOX, 5, 8))

    result = verify_output(output, plan, detector, engine, every_s=10.0)  # samples: 0 and the last

    assert frames_to_check(plan, 10.0) == [0, 5, 8, 9, 14]
    assert [(f.frame, f.entity_type) for f in result.findings] == [(9, "EMAIL_ADDRESS")]


def test_box_covering_part_of_the_value_blocks(clip, detector, engine, tmp_path):
    part = Box(EMAIL_BOX.x, EMAIL_BOX.y, EMAIL_BOX.w // 3, EMAIL_BOX.h)
    output, plan = redacted(clip, tmp_path, password_track(), track(2, "EMAIL_ADDRESS", part, 5, 11))

    result = verify_output(output, plan, detector, engine, every_s=1.0)

    assert not result.clean
    assert {f.frame for f in result.findings if f.entity_type == "EMAIL_ADDRESS"} == {5, 10, 11}


def test_truncated_output_is_not_clean(detector, engine, tmp_path):
    half = truncated_mp4(tmp_path)
    plan = RedactionPlan(VideoInfo(str(half), 320, 240, 50, 25.0, 2.0, "h264", "yuv420p"))

    result = verify_output(half, plan, detector, engine)

    assert not result.clean and result.reason == "unreadable_output" and result.frames_checked == 0
    assert result.summary() == "blocked: unreadable output; 0 frames checked"


def test_undecodable_frame_is_not_clean(detector, engine, tmp_path):
    # PNG frames in Matroska, one frame's PNG signature wiped: that frame cannot be decoded
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=64x48:rate=25",
        "-t",
        "0.4",
        "-c:v",
        "png",
        "-f",
        "matroska",
        str(tmp_path / "png.mkv"),
    )
    data = bytearray((tmp_path / "png.mkv").read_bytes())
    starts = [i for i in range(len(data) - 8) if data[i : i + 8] == b"\x89PNG\r\n\x1a\n"]
    data[starts[4] : starts[4] + 40] = bytes(40)
    damaged = tmp_path / "damaged.mkv"
    damaged.write_bytes(bytes(data))
    info = probe(damaged)
    bad = [f.index for f in iter_frames(damaged, info) if f.image is None]
    assert bad

    result = verify_output(damaged, RedactionPlan(info), detector, engine)

    assert not result.clean and result.reason == "unreadable_frame"
    assert list(result.unreadable) == bad
    assert result.frames_checked == len([i for i in frames_to_check(RedactionPlan(info)) if i not in bad])


class BrokenEngine:
    name = "broken"

    def version(self) -> str:
        return "0"

    def read_lines(self, images):
        raise RuntimeError("engine crashed")


def test_frame_that_cannot_be_read_is_not_clean(clip, detector, tmp_path):
    output, plan = redacted(clip, tmp_path, password_track(), track(2, "EMAIL_ADDRESS", EMAIL_BOX, 5, 11))

    result = verify_output(output, plan, detector, BrokenEngine(), every_s=1.0)

    assert not result.clean and result.reason == "unreadable_frame"
    assert list(result.unreadable) == frames_to_check(plan, 1.0) and result.frames_checked == 0


def test_output_that_does_not_match_the_plan_is_not_clean(clip, detector, engine):
    plan = RedactionPlan(VideoInfo(str(clip), 1280, 720, COUNT, FPS, COUNT / FPS, "h264", "yuv420p"))

    result = verify_output(clip, plan, detector, engine)

    assert not result.clean and result.reason == "plan_mismatch"


def test_frame_masked_whole_is_not_read(clip, detector, engine):
    """The unredacted clip with every frame planned as masked whole: nothing to find, no OCR."""
    plan = RedactionPlan(probe(clip), full_frames=[FullFrameMask(0, COUNT - 1, "decode_error")])

    result = verify_output(clip, plan, detector, BrokenEngine(), every_s=1.0)

    assert result.clean and result.frames_checked == len(frames_to_check(plan, 1.0))


# ---------------------------------------------------------------------------- the list --


def plan_with(*ranges: tuple[int, ...], count: int = 100, fps: float = 10.0) -> RedactionPlan:
    """A plan whose tracks have segments over the given (start, end, start, end, ...) ranges."""
    info = VideoInfo("v.mp4", 320, 240, count, fps, count / fps if fps else 0.0, "h264", "yuv420p", is_image=fps == 0)
    tracks = []
    for n, spans in enumerate(ranges, 1):
        pairs = zip(spans[::2], spans[1::2])
        segments = [TrackSegment(a, b, Box(0, 0, 10, 10)) for a, b in pairs]
        tracks.append(Track(n, "EMAIL_ADDRESS", 0.9, segments=segments))
    return RedactionPlan(info, tracks=tracks)


@pytest.mark.parametrize(
    "plan, every_s, limit, expected",
    [
        pytest.param(plan_with(), 2.0, None, [0, 20, 40, 60, 80, 99], id="samples-and-last"),
        pytest.param(plan_with((5, 12)), 5.0, None, [0, 5, 12, 13, 50, 99], id="start-end-after-end"),
        pytest.param(plan_with((0, 3), (2, 3)), 20.0, None, [0, 2, 3, 4, 99], id="shared-frames-once"),
        pytest.param(plan_with((90, 99)), 5.0, None, [0, 50, 90, 99], id="no-frame-past-the-end"),
        pytest.param(plan_with((10, 20, 30, 40)), 100.0, None, [0, 10, 40, 41, 99], id="segments-one-track"),
        pytest.param(plan_with((5, 12)), 0.5, None, list(range(0, 100, 5)) + [12, 13, 99], id="fine-sampling"),
        pytest.param(plan_with((5, 12)), 5.0, 3, [0, 12, 99], id="limit-keeps-spread"),
        pytest.param(plan_with((5, 12)), 5.0, 0, [], id="limit-zero"),
        pytest.param(plan_with(count=1, fps=0.0), 2.0, None, [0], id="still-image"),
        pytest.param(plan_with((0, 0), count=1, fps=0.0), 2.0, None, [0], id="still-image-with-track"),
    ],
)
def test_frames_to_check(plan, every_s, limit, expected):
    assert frames_to_check(plan, every_s, limit) == sorted(expected)


def test_frames_to_check_needs_a_positive_step():
    with pytest.raises(ValueError):
        frames_to_check(plan_with(), 0.0)


# --------------------------------------------------------------------- plain values --


@pytest.mark.parametrize(
    "box, masks, expected",
    [
        pytest.param(Box(100, 100, 50, 20), [Box(100, 100, 50, 20)], 1.0, id="same-box"),
        pytest.param(Box(10, 10, 50, 20), [Box(300, 300, 50, 20)], 0.0, id="elsewhere"),
        pytest.param(Box(100, 100, 100, 20), [Box(100, 100, 30, 20)], 0.35, id="a-third-plus-margin"),
        pytest.param(
            Box(100, 100, 100, 20), [Box(100, 100, 60, 20), Box(100, 100, 60, 20)], 0.65, id="overlaps-count-once"
        ),
    ],
)
def test_masked_share(box, masks, expected):
    assert masked_share(box, masks) == pytest.approx(expected, abs=0.011)


def test_summary_and_round_trip():
    box = Box(1, 2, 3, 4)
    findings = (
        Finding(3, 0.6, "EMAIL_ADDRESS", 0.99, box),
        Finding(3, 0.6, "PASSWORD", 0.9, box),
        Finding(7, 1.4, "EMAIL_ADDRESS", 0.97, box),
    )
    blocked = Verification(False, 42, findings, ("EMAIL_ADDRESS", "PASSWORD"), "finding")
    assert blocked.summary() == "blocked: 3 findings (EMAIL_ADDRESS x2, PASSWORD x1) in 2 frames"
    assert Verification.from_dict(json.loads(json.dumps(blocked.to_dict()))) == blocked
    assert Verification(True, 42).summary() == "clean: 42 frames checked"
    assert Verification(True, 1).summary() == "clean: 1 frame checked"
    unreadable = Verification(False, 40, reason="unreadable_frame", unreadable=(5, 9))
    assert unreadable.summary() == "blocked: 2 unreadable frames; 40 frames checked"
    assert Verification.from_dict(unreadable.to_dict()) == unreadable


@pytest.mark.parametrize(
    "data",
    [{}, {"clean": True}, {"clean": False, "reason": "finding", "frames_checked": 1, "findings": [{"frame": 1}]}],
)
def test_malformed_record_is_an_input_error(data):
    with pytest.raises(InputError, match="invalid verification record"):
        Verification.from_dict(data, "catalog.json")


@pytest.mark.parametrize(
    "change, problem",
    [
        (lambda d: d["findings"][0].update(frame="<script>alert(1)</script>"), "findings[0].frame: must be an integer"),
        (lambda d: d["findings"][0].update(score=7.5), "findings[0].score: must be <= 1"),
        (lambda d: d["findings"][0].update(box=[1, 2, -3, 4]), "findings[0].box[2]: must be >= 0"),
        (lambda d: d["findings"][0].update(entity_type="<b>EMAIL</b>"), "findings[0].entity_type: has characters"),
        (lambda d: d.update(clean="yes"), "clean: must be true or false"),
        (lambda d: d.update(frames_checked=True), "frames_checked: must be an integer"),
        (lambda d: d.update(note="kowalski@example.com"), "note: unknown key"),
    ],
)
def test_wrong_types_and_values_name_the_field_never_the_value(change, problem):
    """A record read back from the catalog is checked by its schema: a bad one is one line naming the
    place and the field path, and nothing of what is there."""
    box = Box(1, 2, 3, 4)
    finding = Finding(3, 0.6, "EMAIL_ADDRESS", 0.99, box)
    data = Verification(False, 4, (finding,), ("EMAIL_ADDRESS",), "finding").to_dict()
    change(data)
    with pytest.raises(InputError) as caught:
        Verification.from_dict(data, "catalog.json")
    message = str(caught.value)
    assert message.startswith("catalog.json: invalid verification record: ") and problem in message
    assert "\n" not in message
    for value in ("script", "7.5", "kowalski", "yes", "<b>"):
        assert value not in message


def test_an_invalid_record_is_never_written():
    bad = Verification(False, 1, (Finding(1, 0.1, "EMAIL ADDRESS", 0.5, Box(0, 0, 1, 1)),), reason="finding")
    with pytest.raises(
        ProcessingError,
        match="refusing to write an invalid verification record: "
        r"findings\[0\].entity_type",
    ):
        bad.to_dict()
