"""The synthetic sample clips decode, match their ground truth, and are really OCR-able."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import numpy as np
import pytest

av = pytest.importorskip("av")

from pipeline.redact.evaluate import IndependentReader, normalise  # noqa: E402
from samples.make_samples import (  # noqa: E402
    PII_TYPES,
    make_faker,
    make_form_typing,
    make_person,
    make_screenshot,
    make_session,
)

GT_KEYS = ["name", "file", "video", "faker_seed", "description", "pii", "keep", "events"]
VIDEO_KEYS = ["width", "height", "fps", "frames", "duration_s", "codec", "pix_fmt"]


@pytest.fixture(scope="module")
def form_clip(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    return make_form_typing(out, width=960, height=540, fps=15.0, duration_s=3.0, seed=7)


def _luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return len(digits) >= 13 and total % 10 == 0


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def test_ground_truth_json(form_clip):
    gt = json.loads(form_clip.json_path.read_text())
    assert list(gt) == GT_KEYS
    assert list(gt["video"]) == VIDEO_KEYS
    assert gt["name"] == "form_typing" and gt["file"] == "form_typing.mp4"
    v = gt["video"]
    assert (v["width"], v["height"], v["fps"], v["frames"]) == (960, 540, 15.0, 45)
    assert v["duration_s"] == pytest.approx(3.0)
    assert (v["codec"], v["pix_fmt"]) == ("h264", "yuv420p")
    assert gt["pii"] and gt["keep"] and gt["events"]
    types = {p["type"] for p in gt["pii"]}
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "CREDIT_CARD", "PASSWORD"} <= types
    assert types <= set(PII_TYPES)
    for p in gt["pii"]:
        assert set(p) <= {"value", "type", "first_shown_s", "scored"}
        assert 0.0 <= p["first_shown_s"] < v["duration_s"]
        if p["type"] == "CREDIT_CARD" and p.get("scored", True):
            assert _luhn_ok(p["value"]), p
    # first_shown_s follows the typing order of the form
    times = [p["first_shown_s"] for p in gt["pii"]]
    assert times == sorted(times)
    assert {
        "Device Manager",
        "Network adapters",
        "Error 0x80070005",
        "Intel(R) Ethernet Connection I219-LM",
        "Card number",
        "E-mail",
    } <= set(gt["keep"])
    values = {p["value"] for p in gt["pii"]}
    assert not values & set(gt["keep"])


def test_each_value_is_complete_on_screen_first_when_the_truth_says(form_clip):
    """The frame at `first_shown_s` shows the whole value, the frame before does not: read in the
    band of rows that changed between the two (a cheap crop, and where the value must be)."""
    with av.open(str(form_clip.video_path)) as c:
        frames = [f.to_ndarray(format="bgr24") for f in c.decode(video=0)]
    reader = IndependentReader()
    fps = form_clip.gt["video"]["fps"]
    checked = 0
    for p in form_clip.gt["pii"]:
        value = normalise(p["value"])
        index = round(p["first_shown_s"] * fps)
        if not p.get("scored", True) or len(value) < 5 or index == 0:
            continue
        changed = (np.abs(frames[index].astype(int) - frames[index - 1].astype(int)).max(axis=2) > 60).any(axis=1)
        rows = np.flatnonzero(changed)
        assert rows.size, (p["type"], index, "nothing changed on screen when the value was first shown")
        top, bottom = max(int(rows[0]) - 10, 0), int(rows[-1]) + 11
        assert value in normalise(reader.read(frames[index][top:bottom])), (p["type"], index, "value not shown")
        assert value not in normalise(reader.read(frames[index - 1][top:bottom])), (p["type"], index, "shown before")
        checked += 1
    assert checked >= 5


def test_video_decodes_and_matches_json(form_clip):
    v = form_clip.gt["video"]
    with av.open(str(form_clip.video_path)) as c:
        s = c.streams.video[0]
        assert s.codec_context.name == "h264"
        frames = list(c.decode(video=0))
    assert len(frames) == v["frames"]
    assert (frames[0].width, frames[0].height) == (v["width"], v["height"])
    assert frames[0].format.name == "yuv420p"
    if shutil.which("ffprobe"):
        out = subprocess.run(
            [
                "ffprobe",
                "-v",
                "error",
                "-count_frames",
                "-select_streams",
                "v:0",
                "-show_entries",
                "stream=codec_name,width,height,pix_fmt,nb_read_frames,r_frame_rate",
                "-of",
                "json",
                str(form_clip.video_path),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        st = json.loads(out)["streams"][0]
        assert st["codec_name"] == "h264" and st["pix_fmt"] == "yuv420p"
        assert (st["width"], st["height"]) == (v["width"], v["height"])
        assert int(st["nb_read_frames"]) == v["frames"]
        assert st["r_frame_rate"] == "15/1"


def test_last_frame_is_ocr_readable(form_clip):
    pytesseract = pytest.importorskip("pytesseract")
    try:
        pytesseract.get_tesseract_version()
    except Exception:  # pragma: no cover - depends on the machine
        pytest.skip("tesseract binary not installed")
    from PIL import Image

    with av.open(str(form_clip.video_path)) as c:
        last = None
        for frame in c.decode(video=0):
            last = frame
    img = last.to_image().convert("L")
    img = img.resize((img.width * 2, img.height * 2), Image.LANCZOS)
    text = _norm(pytesseract.image_to_string(img))

    keep = form_clip.gt["keep"]
    found_keep = [k for k in keep if _norm(k) in text]
    assert len(found_keep) >= 0.8 * len(keep), (sorted(set(keep) - set(found_keep)), text)

    at_end = set(form_clip.visible_at_end["pii"])
    scored = [p["value"] for p in form_clip.gt["pii"] if p.get("scored", True) and p["value"] in at_end]
    assert len(scored) >= 5
    found_pii = [p for p in scored if _norm(p) in text]
    assert len(found_pii) >= 0.8 * len(scored), (sorted(set(scored) - set(found_pii)), text)


def test_values_are_deterministic_for_a_seed():
    a, b, c = make_person(make_faker(11)), make_person(make_faker(11)), make_person(make_faker(12))
    assert a == b and a != c
    assert _luhn_ok(a.card)


def test_screenshot_png(tmp_path):
    from PIL import Image

    r = make_screenshot(tmp_path, width=800, height=480, seed=3)
    assert r.video_path.suffix == ".png" and r.gt["video"]["frames"] == 1
    with Image.open(r.video_path) as im:
        assert im.size == (800, 480)
    assert {p["type"] for p in r.gt["pii"]} >= {"PERSON", "EMAIL_ADDRESS", "PASSWORD"}
    assert all(p["first_shown_s"] == 0.0 for p in r.gt["pii"])


def test_short_session_streams_and_records(tmp_path):
    r = make_session(tmp_path / "sess.mp4", width=1280, height=720, fps=10.0, duration_s=12.0, seed=5)
    v = r.gt["video"]
    assert v["frames"] == 120 and (v["width"], v["height"]) == (1280, 720)
    with av.open(str(r.video_path)) as c:
        n = sum(1 for _ in c.decode(video=0))
    assert n == 120
    assert r.json_path.exists() and r.gt["name"] == "sess"
    types = {p["type"] for p in r.gt["pii"]}
    assert {"PERSON", "EMAIL_ADDRESS", "CREDIT_CARD", "SECRET", "IP_ADDRESS"} <= types
    assert "Device Manager" in r.gt["keep"]
