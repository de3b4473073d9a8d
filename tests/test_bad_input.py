"""Bad input, one table for every layer that meets it: `probe` and `render` raise an InputError
naming the file and the reason on one line and leave no output; `redact file` says the same on
one line with the bad-input exit code and leaves its output folder empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from pipeline.cli import main
from pipeline.core.errors import ExitCode, InputError
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import VideoInfo
from pipeline.media.probe import probe
from pipeline.render.renderer import render
from tests.helpers import ffmpeg, frameless_video, png_header_only, truncated_mp4


def _missing(folder: Path) -> Path:
    return folder / "nope.mp4"


def _directory(folder: Path) -> Path:
    (folder / "dir.mp4").mkdir()
    return folder / "dir.mp4"


def _empty(folder: Path) -> Path:
    (folder / "empty.mp4").write_bytes(b"")
    return folder / "empty.mp4"


def _text(folder: Path) -> Path:
    (folder / "notes.mp4").write_text("call the customer back at 10am\n" * 20)
    return folder / "notes.mp4"


def _audio_only(folder: Path) -> Path:
    ffmpeg("-f", "lavfi", "-i", "sine=frequency=440", "-t", "0.2", "-c:a", "aac", str(folder / "voice.m4a"))
    return folder / "voice.m4a"


def _one_pixel(folder: Path) -> Path:
    Image.new("RGB", (1, 1), "red").save(folder / "tiny.png")
    return folder / "tiny.png"


def _png_header(width: int, height: int):
    def make(folder: Path) -> Path:
        png_header_only(folder / "huge.png", width, height)
        return folder / "huge.png"

    return make


BAD_INPUTS = {
    "missing": (_missing, "no such file"),
    "directory": (_directory, "directory"),
    "empty": (_empty, "empty file"),
    "text-as-mp4": (_text, "not a media file"),
    "truncated": (lambda folder: truncated_mp4(folder, faststart=False), "truncated"),
    "truncated-faststart": (lambda folder: truncated_mp4(folder, faststart=True), "truncated"),
    "no-frames": (lambda folder: frameless_video(folder / "empty.y4m"), "no video frames"),
    "audio-only": (_audio_only, "no video stream"),
    "1x1": (_one_pixel, "too small"),
    "20000x20000": (_png_header(20000, 20000), "too large"),  # refused from the header, before decoding
    "8000x100": (_png_header(8000, 100), "too large"),
}


@pytest.mark.parametrize("make, reason", list(BAD_INPUTS.values()), ids=list(BAD_INPUTS))
def test_bad_input_is_one_line_naming_the_file_and_the_reason(tmp_path, make, reason):
    src_dir, out_dir = tmp_path / "in", tmp_path / "out"
    src_dir.mkdir()
    out_dir.mkdir()
    bad = make(src_dir)

    with pytest.raises(InputError) as probed:
        probe(bad)
    message = str(probed.value)
    assert message.startswith(f"{bad}: ") and reason in message and "\n" not in message

    info = VideoInfo(str(bad), 320, 240, 10, 25.0, 0.4, "h264", "yuv420p")
    with pytest.raises(InputError) as rendered:
        render(RedactionPlan(video=info), bad, out_dir / "out.mp4")
    message = str(rendered.value)
    assert message.startswith(f"{bad}: ") and reason in message and "\n" not in message

    result = CliRunner().invoke(main, ["file", str(bad), "-o", str(out_dir / "x.mp4")], catch_exceptions=False)
    assert result.exit_code == ExitCode.BAD_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"redact: {bad}: ") and reason in lines[0], lines
    assert list(out_dir.iterdir()) == []
