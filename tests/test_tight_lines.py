"""Boxes in tight line spacing: a terminal's rows are 18 px apart, and a value's padded box must
not cover the text of the line below it, also when that line is printed after the value was
found (the tracker holds the box while its pixels stay)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.core.text import normalise
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.redact.evaluate import IndependentReader
from tests.helpers import draw_screen, screen_clip

pytestmark = pytest.mark.slow  # a clip through `redact file` (OCR, detection in its own process)

PITCH = 17  # px between terminal rows (a tight xterm: DejaVu Sans Mono 14)
ROWS = [
    "[database]",
    "user = svc_backup",
    "password = qYDpNcr#FUqEH5",
    "timeout = 30 seconds before retry",
    "retries = 5",
]


def terminal(rows: list[str], pitch: int = PITCH, font_size: int = 14, size: tuple[int, int] = (480, 160)):
    return draw_screen(
        [(20, 30 + i * pitch, row) for i, row in enumerate(rows)],
        size,
        dark=True,
        font_size=font_size,
        font_name="DejaVuSansMono.ttf",
    )


def read(image) -> str:
    """The evaluation's independent reader (whole-frame sparse-text Tesseract), normalised."""
    return normalise(IndependentReader().read(image))


def read_before_and_after(tmp_path, frames) -> tuple[str, str]:
    """The last frame of `frames` read, and the last frame of their clip's redacted copy read."""
    source = screen_clip(tmp_path / "term.mp4", frames, fps=5.0)
    output = tmp_path / "term.redacted.mp4"
    subprocess.run(
        [sys.executable, "-m", "pipeline", "file", str(source), "-o", str(output)], check=True, capture_output=True
    )
    last = [f.image for f in iter_frames(output, probe(output))][-1]
    return read(frames[-1]), read(last)


def test_the_line_printed_below_a_password_stays_readable(tmp_path):
    # the password line is read (and boxed) before the next rows are printed below it
    frames = [terminal(ROWS[:3])] * 6 + [terminal(ROWS)] * 8
    before, after = read_before_and_after(tmp_path, frames)
    password, kept = normalise("qYDpNcr#FUqEH5"), [normalise(row) for row in ROWS[1:] if "password" not in row]
    assert password in before and all(k in before for k in kept), "the test screen must be readable"
    assert password not in after
    assert [k for k in kept if k not in after] == []


SCALED_PITCH = 13  # the same terminal scaled to 75 %: 11 px text, 13 px rows
SCALED_ROWS = [
    "[db]",
    "password = Wq7#pLx2Mv9Tz",
    "timeout after 30 seconds, connection refused by the server",
]


def test_the_line_printed_below_stays_readable_when_the_line_above_is_short(tmp_path):
    """The row above the value ends left of it ('[db]'): no word of it stands over the value's
    columns, yet it sets the spacing that a row printed below later (a command's output) sits
    at. The box once took the full pad and covered that row's top (a host's box over
    'Connection timed out', terminal_ops_secrets at 75 %)."""
    frames = [terminal(SCALED_ROWS[:2], SCALED_PITCH, 11, (560, 120))] * 6
    frames += [terminal(SCALED_ROWS, SCALED_PITCH, 11, (560, 120))] * 8
    before, after = read_before_and_after(tmp_path, frames)
    password, below = normalise("Wq7#pLx2Mv9Tz"), normalise(SCALED_ROWS[2])
    assert password in before and below in before, "the test screen must be readable"
    assert password not in after
    assert below in after
