"""Regression clips for leaks found in redacted outputs: each runs the real `redact file` (or the
analysis pass) on a small clip that showed the leak and reads the output again with the
evaluation's independent OCR. A value leaks when any piece of it (a run of four letters or
digits or more: "carla" of "carla.hawkins@hotmail.com") is readable in the output where it was
readable in the input: the evaluation's whole-value check misses a value left half visible."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.cli import main
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, Detection, Layout, VideoInfo
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.redact.evaluate import IndependentReader, Truth, normalise
from samples.make_samples import make_clip
from tests.helpers import draw_screen, font, screen_clip

MIN_PIECE = 4
# what the redaction hides is the point here, not its processes: detection runs inline
pytestmark = pytest.mark.usefixtures("inline_detection")


@pytest.fixture(scope="module")
def reader() -> IndependentReader:
    return IndependentReader()


def pieces(value: str) -> set[str]:
    return {p for p in re.split(r"[^a-z0-9]+", value.lower()) if len(p) >= MIN_PIECE}


def grams(value: str) -> set[str]:
    """Every run of four letters or digits of a value ("ason" of "Mason"): for values whose
    pieces do not occur in the innocent text around them."""
    return {p[i : i + MIN_PIECE] for p in pieces(value) for i in range(len(p) - MIN_PIECE + 1)}


def redact(source: Path, out_dir: Path) -> Path:
    output = out_dir / f"{source.stem}.redacted{source.suffix if source.suffix == '.png' else '.mp4'}"
    result = CliRunner().invoke(
        main, ["file", str(source), "-o", str(output), "--plan", str(out_dir / "plan.json")], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return output


def readable_pieces(
    reader: IndependentReader, source: Path, output: Path, values: list[str], times: list[float], split=pieces
) -> set[tuple[str, float]]:
    """(piece, time) of the values readable in the output at the frames nearest `times` where
    the input showed them too."""
    info = probe(source)
    wanted = {min(info.frame_count - 1, round(t * (info.fps or 1.0))) for t in times}
    found = set()
    for src, out in zip(iter_frames(source, info), iter_frames(output, probe(output))):
        if src.index not in wanted:
            continue
        text_in, text_out = normalise(reader.read(src.image)), normalise(reader.read(out.image))
        for value in values:
            found |= {(p, round(src.pts_s, 1)) for p in split(value) if p in text_in and p in text_out}
    return found


def truth_values(truth_path: Path, kinds: set[str]) -> list[str]:
    return [value for value, kind, _ in Truth.load(truth_path).pii if kind in kinds]


# ------------------------------------------------------------------- generated sample clips --


@pytest.mark.slow
def test_email_local_part_split_by_ocr_is_hidden(tmp_path, reader):
    # Tesseract read "carla. hawkins@ hotmail.com": the e-mail box began at "hawkins"
    made = make_clip("screenshot", tmp_path, width=800, height=480, seed=9)
    output = redact(made.video_path, tmp_path)
    values = truth_values(made.json_path, {"EMAIL_ADDRESS", "PERSON"})
    assert values
    assert readable_pieces(reader, made.video_path, output, values, [0.0]) == set()


@pytest.mark.slow
def test_surname_typed_after_the_first_name_is_hidden(tmp_path, reader):
    # the surname fell on an OCR line of its own: the name box covered the first name only,
    # and "ason" of "Mason" stayed readable
    made = make_clip("form_typing", tmp_path, width=800, height=480, fps=5, seed=77)
    output = redact(made.video_path, tmp_path)
    values = truth_values(made.json_path, {"PERSON"})
    assert values
    assert readable_pieces(reader, made.video_path, output, values, [2.2, 4.0, 7.8], split=grams) == set()


@pytest.mark.slow
def test_profile_url_split_by_ocr_is_hidden(tmp_path, reader):
    # "https://clark- ramirez .com/robin92": three OCR words, no URL pattern matched
    made = make_clip("dark_mode", tmp_path, width=800, height=480, fps=5, seed=77)
    output = redact(made.video_path, tmp_path)
    values = truth_values(made.json_path, {"URL"})
    assert values
    assert readable_pieces(reader, made.video_path, output, values, [2.2, 3.4]) == set()


# ----------------------------------------------------------------------------- a terminal --


USER, HOST = "rmontgomer", "billing-prod-02"


def xterm(config_lines: int, width: int = 640, height: int = 320) -> np.ndarray:
    """An xterm: its title bar (white bold text on a gradient) ends on a straight edge over the
    dark terminal, whose rows (15 px text, 15 px apart, as xterm draws them) touch."""
    image = Image.new("RGB", (width, height), (236, 236, 236))
    draw = ImageDraw.Draw(image)
    for y in range(10, 28):
        v = int(205 - (y - 10) * 3.5)
        draw.line([(10, y), (width - 10, y)], fill=(v, int(v * 0.85), int(v * 0.7)))
    draw.text((width // 2 - 110, 12), f"{USER}@{HOST}: ~", fill=(255, 255, 255), font=font(12, "DejaVuSans-Bold.ttf"))
    draw.rectangle([10, 28, width - 10, height - 10], fill=(29, 31, 33))
    mono = font(15, "DejaVuSansMono.ttf")
    rows = [f"{USER}@{HOST}:~$ ls -la"]
    rows += [
        f"{mode} 1 {USER} {USER} {rest}"
        for mode, rest in [
            ("drwxr-x---", "4096 Mar 14 09:12 ."),
            ("-rw-------", "1873 Mar 14 09:10 .bash_history"),
            ("-rw-r--r--", " 220 Jan  8 16:40 .bash_logout"),
            ("-rw-r-----", " 612 Mar 13 17:55 config.ini"),
            ("-rwxr-xr-x", "1290 Feb 27 11:02 deploy.sh"),
            ("-rw-r-----", " 384 Mar 14 08:59 payouts.csv"),
        ]
    ]
    rows += [
        f"{USER}@{HOST}:~$ cat config.ini",
        "[database]",
        "name = billing",
        "user = billing_svc",
        f"{USER}@{HOST}:~$ uptime",
    ][:config_lines]
    for i, row in enumerate(rows):
        draw.text((14, 32 + 15 * i), row, fill=(220, 220, 220), font=mono)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


@pytest.mark.slow
def test_user_name_in_title_bar_and_listing_is_hidden_and_host_stays(tmp_path, reader):
    # The title bar and the window edge below it made one crop that read as noise; rows of
    # the listing touched and made one crop; a database "name = billing" was remembered as a
    # person's name and hid "billing" in the host name of every later prompt.
    frames = [xterm(4)] * 5 + [xterm(5)] * 5
    clip = screen_clip(tmp_path / "xterm.mp4", frames, fps=5.0)
    output = redact(clip, tmp_path)
    [(piece, _)] = readable_pieces(reader, clip, clip, [USER], [1.8])  # the input shows it
    assert piece == USER
    assert readable_pieces(reader, clip, output, [USER], [0.0, 1.0, 1.8]) == set()
    assert readable_pieces(reader, clip, output, [HOST.replace("-", "")], [1.8]) == {("billingprod02", 1.8)}


# ------------------------------------------------------- a window over part of a tracked box --

NAME = "Gwendolyn Hall"


class WideBoxDetector:
    """Finds NAME; while the row's next cell ("VIP") shows, its box runs over that cell too, as a
    value read across two cells does. Enough to drive the analysis and the tracker."""

    def detect(self, layout: Layout, memory=None) -> list[Detection]:
        for line in layout.lines:
            words = [w for w in line.words if w.text in NAME.split()]
            if len(words) == 2:
                box = Box.union_all(w.box for w in words).pad(3)
                cell = [w.box for w in line.words if w.text == "VIP"]
                if cell:
                    box = box.union(cell[0])
                digest = hashlib.sha256(NAME.encode()).hexdigest()[:16]
                return [Detection("PERSON", 0.9, box, "fake", digest)]
        return []

    def versions(self):
        return {"detector": "fake"}

    def config_hash(self):
        return "fake"


def test_window_over_part_of_a_tracked_box_keeps_the_rest_hidden():
    # A terminal came to the front over the right part of a CRM row: the name's box changed
    # under the window and its track ended, while the name itself, left of the window, was not
    # read again (its line did not change) and its new finding was dropped as "already tracked".
    W, H = 640, 360
    row = [(60, 40, "Customers"), (64, 200, NAME), (200, 200, "VIP"), (64, 240, "Kelly Allen")]
    before = draw_screen(row, (W, H))
    after = before.copy()
    after[20:340, 185:620] = (12, 12, 12)  # the terminal window, clear of the name's line
    frames = [before] * 4 + [after] * 4
    info = VideoInfo("mem", W, H, len(frames), 10.0, len(frames) / 10, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), WideBoxDetector(), AnalysisConfig())
    for i, image in enumerate(frames):
        analyzer.process_frame(i, i / 10, image)
    tracks, full = analyzer.finish()
    plan = RedactionPlan(info, tracks=tracks, full_frames=full)
    name = Box(64, 200, 100, 16)
    for index, masks in enumerate(iter_frame_masks(plan)):
        covered = any(b.contains(name) for b in masks.boxes)
        assert covered, f"frame {index}: the name is not covered"
