"""decode.py and render.py against real media that each test makes with ffmpeg/PIL/PyAV."""

from __future__ import annotations

import dataclasses
import json
import os
import struct
import subprocess
import threading
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.core.errors import InputError, OutputError
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, FullFrameMask, Track, TrackSegment, VideoInfo
from pipeline.media.encode import VideoWriter
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.render.renderer import mask_box, mask_frame, render
from tests.helpers import ffmpeg

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


# ------------------------------------------------------------------------------------ helpers


def ffprobe_json(path: Path) -> dict:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def frame_times(path: Path) -> list[float]:
    """Presentation time of every frame, decoded with PyAV (the stream's own time base)."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        return sorted(float(f.pts * stream.time_base) for f in container.decode(stream))


def decoded_frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="bgr24") for f in container.decode(video=0)]


def top_level_boxes(path: Path) -> list[str]:
    """The ISO-BMFF top-level box types in file order (to check faststart)."""
    data, pos, names = path.read_bytes(), 0, []
    while pos + 8 <= len(data):
        size, name = struct.unpack(">I4s", data[pos : pos + 8])
        if size == 1:
            size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
        names.append(name.decode("latin-1"))
        if size < 8:
            break
        pos += size
    return names


def edge_energy(image: np.ndarray) -> float:
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    return float(np.abs(cv2.Laplacian(gray.astype(np.float32), cv2.CV_32F)).mean())


def empty_plan(info: VideoInfo) -> RedactionPlan:
    return RedactionPlan(video=info)


def plan_with_box(info: VideoInfo, box: Box, start: int = 0, end: int | None = None) -> RedactionPlan:
    end = info.frame_count - 1 if end is None else end
    track = Track(1, "TEST", 1.0, segments=[TrackSegment(start, end, box)])
    return RedactionPlan(video=info, tracks=[track])


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def text_image(text: str = "Invoice 4929 Alice Johnson") -> tuple[np.ndarray, Box]:
    """Black text on white drawn with DejaVuSans, and the box around it."""
    img = Image.new("RGB", (720, 120), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 40)
    draw.text((20, 35), text, fill="black", font=font)
    x1, y1, x2, y2 = draw.textbbox((20, 35), text, font=font)
    bgr = np.ascontiguousarray(np.asarray(img)[:, :, ::-1])
    return bgr, Box.from_corners(x1, y1, x2, y2).pad(4)


def ocr_words(image: np.ndarray) -> set[str]:
    pytesseract = pytest.importorskip("pytesseract")
    text = pytesseract.image_to_string(image[:, :, ::-1], config="--psm 6")
    return {w.lower() for w in text.split() if sum(c.isalnum() for c in w) >= 3}


# ----------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> Path:
    """All the clips, made once: they are read-only inputs for the tests."""
    d = tmp_path_factory.mktemp("media")
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=25",
        "-t",
        "2",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
        str(d / "cfr.mp4"),
    )
    # VFR: every third frame 13 ms late; settb first so the offsets are not rounded to 1/25
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=25",
        "-t",
        "1",
        "-vf",
        "settb=1/90000,setpts='(N/25+if(mod(N\\,3)\\,0\\,0.013))/TB'",
        "-fps_mode",
        "vfr",
        "-enc_time_base",
        "1/90000",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
        str(d / "vfr.mp4"),
    )
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=321x241:rate=30",
        "-t",
        "1",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv444p",
        str(d / "odd.mp4"),
    )
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=25",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440",
        "-t",
        "1",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        str(d / "aac.mp4"),
    )
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=25",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440",
        "-t",
        "1",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "pcm_s16le",
        str(d / "pcm.mov"),
    )
    # a PNG-in-Matroska clip with one frame's image data wrecked: a decode error mid-stream
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
        str(d / "png.mkv"),
    )
    data = bytearray((d / "png.mkv").read_bytes())
    starts = [i for i in range(len(data) - 8) if data[i : i + 8] == b"\x89PNG\r\n\x1a\n"]
    data[starts[4] : starts[4] + 40] = bytes(40)
    (d / "damaged.mkv").write_bytes(bytes(data))
    return d


# ----------------------------------------------------------------------------- round trips


def test_cfr_roundtrip_keeps_size_frames_timestamps(media, tmp_path):
    src, out = media / "cfr.mp4", tmp_path / "out.mp4"
    info = probe(src)
    assert (info.width, info.height, info.frame_count) == (320, 240, 50)
    assert not info.variable_frame_rate and not info.is_image and info.fps == pytest.approx(25)

    stats = render(empty_plan(info), src, out)

    assert stats.frames == 50 and stats.masked_boxes == 0 and stats.whole_frames == 0
    facts = ffprobe_json(out)
    video = next(s for s in facts["streams"] if s["codec_type"] == "video")
    assert (video["width"], video["height"]) == (320, 240)
    assert video["codec_name"] == "h264" and video["pix_fmt"] == "yuv420p"
    assert int(video["nb_frames"]) == 50
    assert not any(s["codec_type"] == "audio" for s in facts["streams"])
    a, b = frame_times(src), frame_times(out)
    assert len(a) == len(b) == 50
    assert max(abs(x - y) for x, y in zip(a, b)) < 0.001
    boxes = top_level_boxes(out)
    assert boxes.index("moov") < boxes.index("mdat"), boxes  # faststart
    assert listing(tmp_path) == {"out.mp4"}  # no temp file left


def test_written_colours_decode_as_they_were_video_range_and_all(tmp_path):
    # black, white, grey and the primaries in patches large enough for 4:2:0 chroma
    colours = [(0, 0, 0), (255, 255, 255), (128, 128, 128), (0, 0, 255), (0, 255, 0), (255, 0, 0), (40, 90, 200)]
    image = np.zeros((64, 64 * len(colours), 3), np.uint8)
    for i, colour in enumerate(colours):
        image[:, 64 * i : 64 * (i + 1)] = colour
    info = VideoInfo("mem", image.shape[1], image.shape[0], 3, 10.0, 0.3, "raw", "bgr24")
    out = tmp_path / "colours.mp4"
    with VideoWriter(out, info, crf=12) as writer:
        for i in range(3):
            writer.write(image, i / 10)
    decoded = next(iter_frames(out, probe(out))).image
    for i, colour in enumerate(colours):
        patch = decoded[16:48, 64 * i + 16 : 64 * i + 48].reshape(-1, 3).mean(axis=0)
        assert np.abs(patch - np.array(colour)).max() <= 6, (colour, patch)


def test_vfr_roundtrip_keeps_every_timestamp(media, tmp_path):
    src, out = media / "vfr.mp4", tmp_path / "out.mp4"
    info = probe(src)
    assert info.variable_frame_rate
    a = frame_times(src)
    assert len({round(y - x, 4) for x, y in zip(a, a[1:])}) > 1  # really irregular

    render(empty_plan(info), src, out)

    b = frame_times(out)
    assert len(b) == len(a) == info.frame_count
    assert max(abs(x - y) for x, y in zip(a, b)) < 0.001
    assert probe(out).variable_frame_rate


def test_odd_size_decodes_exactly_and_encodes_padded(media, tmp_path):
    src, out = media / "odd.mp4", tmp_path / "out.mp4"
    info = probe(src)
    assert (info.width, info.height) == (321, 241)
    first = next(iter_frames(src, info))
    assert first.image.shape == (241, 321, 3)

    render(empty_plan(info), src, out)

    # H.264 4:2:0 crops in 2-pixel units, so 321x241 cannot be signalled: the writer pads one
    # replicated column/row (see media.encode._even). The picture itself is unchanged.
    video = ffprobe_json(out)["streams"][0]
    assert (video["width"], video["height"]) == (322, 242)
    frames = decoded_frames(out)
    assert len(frames) == info.frame_count
    diff = np.abs(frames[0][:241, :321].astype(int) - first.image.astype(int)).mean()
    assert diff < 6


def test_h264_420_cannot_crop_a_single_pixel():
    """Why odd sizes are padded: h264_metadata refuses a 1-pixel crop for 4:2:0."""
    from av.bitstream import BitStreamFilterContext

    with pytest.raises(av.FFmpegError):
        BitStreamFilterContext("h264_metadata=crop_right=1", in_stream="h264").filter(_one_h264_packet())


def _one_h264_packet():
    enc = av.CodecContext.create("libx264", "w")
    enc.width, enc.height, enc.pix_fmt = 64, 48, "yuv420p"
    enc.time_base, enc.framerate = Fraction(1, 25), Fraction(25)
    enc.open()
    frame = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="bgr24").reformat(format="yuv420p")
    frame.pts = 0
    return (enc.encode(frame) + enc.encode(None))[0]


def test_audio_dropped_by_default_and_kept_on_request(media, tmp_path):
    src = media / "aac.mp4"
    info = probe(src)
    assert info.has_audio
    render(empty_plan(info), src, tmp_path / "silent.mp4")
    assert [s["codec_type"] for s in ffprobe_json(tmp_path / "silent.mp4")["streams"]] == ["video"]

    render(empty_plan(info), src, tmp_path / "sound.mp4", keep_audio=True)
    streams = ffprobe_json(tmp_path / "sound.mp4")["streams"]
    audio = [s for s in streams if s["codec_type"] == "audio"]
    assert len(audio) == 1 and audio[0]["codec_name"] == "aac"
    assert float(audio[0]["duration"]) == pytest.approx(1.0, abs=0.1)


def test_audio_not_mp4_compatible_is_transcoded_to_aac(media, tmp_path):
    src, out = media / "pcm.mov", tmp_path / "out.mp4"
    info = probe(src)
    with VideoWriter(out, info, audio_from=src) as writer:
        for frame in iter_frames(src, info):
            writer.write(frame.image, frame.pts_s)
    audio = [s for s in ffprobe_json(out)["streams"] if s["codec_type"] == "audio"]
    assert audio and audio[0]["codec_name"] == "aac"
    assert float(audio[0]["duration"]) == pytest.approx(1.0, abs=0.1)


# ---------------------------------------------------------------------------------- masking


def test_box_masks_its_region_and_leaves_the_rest(tmp_path):
    image, box = text_image()
    still, src, out = tmp_path / "text.png", tmp_path / "text.mp4", tmp_path / "out.mp4"
    cv2.imwrite(str(still), image)
    ffmpeg("-loop", "1", "-i", str(still), "-t", "0.4", "-r", "25", "-c:v", "libx264", "-pix_fmt", "yuv420p", str(src))
    info = probe(src)

    stats = render(plan_with_box(info, box), src, out)

    assert stats.masked_boxes == info.frame_count == 10 and stats.whole_frames == 0
    before = next(iter_frames(src, info)).image
    after = decoded_frames(out)[0]
    region = (slice(box.y, box.y2), slice(box.x, box.x2))
    assert edge_energy(before[region]) > 10 * edge_energy(after[region]) + 5
    assert np.abs(before[region].astype(int) - after[region].astype(int)).mean() > 20
    assert not ocr_words(after)
    outside = (slice(box.y2 + 8, None), slice(None))
    assert np.abs(before[outside].astype(int) - after[outside].astype(int)).mean() < 4


def test_whole_frame_masks_and_frames_past_the_plan_fail_closed(media, tmp_path):
    src, out = media / "cfr.mp4", tmp_path / "out.mp4"
    info = probe(src)
    plan = RedactionPlan(video=info, full_frames=[FullFrameMask(0, 4, "ocr_error")])
    # the plan believes the clip has 40 frames: the 10 beyond must be masked whole too
    plan.video = dataclasses.replace(info, frame_count=40)

    stats = render(plan, src, out)

    assert stats.frames == 50 and stats.whole_frames == 5 + 10
    frames = decoded_frames(out)
    original = next(iter_frames(src, info)).image
    assert edge_energy(original) > 5
    for i in (0, 4, 40, 49):  # bilinear cells: only faint kinks (and codec noise) remain
        assert edge_energy(frames[i]) < min(2.5, edge_energy(original) / 3), i
    assert edge_energy(frames[5]) > 5


def test_undecodable_frame_is_written_as_grey(media, tmp_path):
    src, out = media / "damaged.mkv", tmp_path / "out.mp4"
    info = probe(src)
    frames = list(iter_frames(src, info))
    bad = [f.index for f in frames if f.image is None]
    assert bad, "the damaged frame must come out as image=None"
    assert all(f.image.shape == (48, 64, 3) for f in frames if f.ok)

    stats = render(empty_plan(info), src, out)

    assert stats.frames == len(frames) and stats.whole_frames == len(bad)
    grey = decoded_frames(out)[bad[0]]
    assert np.abs(grey.astype(int) - 128).max() < 8


@pytest.mark.parametrize("style", ["blur", "pixelate", "fill"])
def test_each_style_leaves_nothing_readable(style):
    image, box = text_image()
    assert {"invoice", "4929", "alice", "johnson"} & ocr_words(image), "OCR must read the original"
    masked = image.copy()

    mask_box(masked, box, style)

    crop = masked[box.y : box.y2, box.x : box.x2]
    block = max(6, -(-box.h // 2))
    if style == "pixelate":  # constant cells: no more colours than cells
        cells = -(-box.w // block) * -(-box.h // block)
        assert len(np.unique(crop.reshape(-1, 3), axis=0)) <= cells
    else:
        assert edge_energy(crop) < 1.0
    if style == "fill":
        assert len(np.unique(crop.reshape(-1, 3), axis=0)) == 1
    assert not ocr_words(masked)
    outside = np.ones(image.shape[:2], bool)
    outside[box.y : box.y2, box.x : box.x2] = False
    assert np.array_equal(masked[outside], image[outside])  # only the box's crop is touched


def test_mask_box_clips_and_whole_frame_blurs_everything():
    image, _ = text_image()
    copy = image.copy()
    mask_box(copy, Box(-50, -50, 20, 20), "blur")  # entirely outside: no-op
    assert np.array_equal(copy, image)
    mask_box(copy, Box(700, 100, 100, 100), "fill")  # partly outside: clipped
    assert np.array_equal(copy[:100], image[:100])
    for style in ("blur", "pixelate", "fill"):
        whole = mask_frame(image.copy(), [], True, style)
        assert not ocr_words(whole), style
        assert edge_energy(whole) < edge_energy(image) / 4, style
    with pytest.raises(ValueError, match="mask style"):
        mask_frame(image.copy(), [Box(0, 0, 10, 10)], False, "swirl")


def test_image_input_renders_an_image(tmp_path):
    image, box = text_image()
    src, out = tmp_path / "shot.png", tmp_path / "shot.redacted.png"
    cv2.imwrite(str(src), image)
    info = probe(src)
    assert info.is_image and (info.width, info.height, info.frame_count) == (720, 120, 1)

    stats = render(plan_with_box(info, box), src, out)

    assert stats.frames == 1 and stats.masked_boxes == 1
    result = cv2.imread(str(out))
    assert result.shape == image.shape
    assert not ocr_words(result)
    assert listing(tmp_path) == {"shot.png", "shot.redacted.png"}


# ----------------------------------------------------------------------------------- prefetch


def test_prefetch_yields_the_same_and_stops_cleanly(media):
    src = media / "cfr.mp4"
    info = probe(src)
    plain = [(f.index, f.pts_s) for f in iter_frames(src, info)]
    assert [(f.index, f.pts_s) for f in iter_frames(src, info, prefetch=3)] == plain

    before = threading.active_count()
    frames = iter_frames(src, info, prefetch=2)
    next(frames)
    frames.close()  # consumer stops early: the decode thread must end
    assert threading.active_count() == before

    with pytest.raises(InputError, match="missing.mp4"):
        list(iter_frames(src.parent / "missing.mp4", info, prefetch=2))
    assert threading.active_count() == before


def test_one_decoder_thread_decodes_the_same_frames(media):
    """The analysis decodes on one thread (threads=1): the same pictures, in the same order."""
    src = media / "cfr.mp4"
    info = probe(src)
    auto = list(iter_frames(src, info, grey=True))
    one = list(iter_frames(src, info, grey=True, threads=1, prefetch=2))
    assert [(f.index, f.pts_s) for f in one] == [(f.index, f.pts_s) for f in auto] and len(one) == info.frame_count
    assert all(np.array_equal(a.image, b.image) for a, b in zip(auto, one))


# ---------------------------------------------------------------------------------- bad input
# (unreadable input files: test_bad_input.py, one table for probe, render and the CLI)


def test_unwritable_output_folder(media, tmp_path):
    """Root ignores permission bits, so the portable failure is a parent that is a regular file;
    the chmod 0o500 case runs as well when the tests are not run as root."""
    src = media / "cfr.mp4"
    info = probe(src)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OutputError) as caught:
        render(empty_plan(info), src, blocker / "out.mp4")
    assert str(caught.value).startswith(f"{blocker / 'out.mp4'}: cannot write")

    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(OutputError, match="cannot write"):
                render(empty_plan(info), src, locked / "out.mp4")
            assert listing(locked) == set()
        finally:
            locked.chmod(0o700)


def test_interrupted_render_leaves_the_old_output_untouched(media, tmp_path):
    src, out = media / "cfr.mp4", tmp_path / "out.mp4"
    out.write_bytes(b"previous result")

    def interrupt(done: int) -> None:
        if done == 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        render(empty_plan(probe(src)), src, out, progress=interrupt)
    assert out.read_bytes() == b"previous result"
    assert listing(tmp_path) == {"out.mp4"}


def test_plan_for_another_video_is_refused(media, tmp_path):
    src = media / "cfr.mp4"
    other = VideoInfo(str(src), 640, 480, 50, 25.0, 2.0, "h264", "yuv420p")
    with pytest.raises(InputError, match="640x480"):
        render(empty_plan(other), src, tmp_path / "out.mp4")
    assert listing(tmp_path) == set()


@pytest.mark.parametrize(
    "pix_fmt,codec",
    [
        ("yuv420p", "libx264"),
        ("yuvj420p", "libx264"),
        ("yuv444p", "libx264"),
        ("bgr0", "png"),
        ("yuv420p10le", "libx264"),
    ],
)
def test_grey_frames_match_the_colour_frames(tmp_path, pix_fmt, codec):
    """The analysis decodes luma directly (grey=True): it must be the same picture as the BGR
    frames turned grey, whatever the pixel format and range (4:2:0 rounds 321x241 down to even)."""
    src = tmp_path / f"clip_{pix_fmt}.mkv"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=size=321x241:rate=5", "-t", "1", "-pix_fmt", pix_fmt, "-c:v", codec, str(src))
    info = probe(src)
    colour = [f.image for f in iter_frames(src, info)]
    grey = [f.image for f in iter_frames(src, info, grey=True)]
    assert len(grey) == len(colour) == info.frame_count
    for c, g in zip(colour, grey):
        assert g.shape == c.shape[:2] == (info.height, info.width) and g.dtype == np.uint8
        expected = cv2.cvtColor(c, cv2.COLOR_BGR2GRAY).astype(int)
        diff = np.abs(expected - g)
        # chroma subsampling moves colour-edge pixels a little; a wrong range (16-235 taken as
        # 0-255) would shift every level by up to 16
        assert diff.mean() < 2 and np.percentile(diff, 99) < 40
        assert abs(g.mean() - expected.mean()) < 1.5


def test_a_box_inside_another_is_masked_with_it_not_again():
    from pipeline.render.renderer import outermost

    row, value, twin, apart = Box(10, 10, 300, 20), Box(40, 12, 80, 16), Box(10, 10, 300, 20), Box(10, 40, 50, 20)
    straddling = Box(280, 15, 60, 10)  # half in the row: masked too
    assert outermost([value, row, twin, apart, straddling]) == [row, apart, straddling]
    image = (np.random.default_rng(1).random((80, 400, 3)) * 255).astype(np.uint8)
    once, each = image.copy(), image.copy()
    mask_frame(once, [value, row, apart])
    for box in (row, apart):
        mask_box(each, box)
    assert np.array_equal(once, each)
