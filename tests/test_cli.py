"""`redact file` through the CLI: bad input gives one line naming the file and the reason, a
non-zero exit code and no file left behind; a good screenshot is redacted for real."""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import pytest
from click.testing import CliRunner
from PIL import Image

from pipeline.cli import main
from pipeline.core.errors import ExitCode
from pipeline.redact.evaluate import IndependentReader, normalise

from .conftest import draw_screen
from .media import frameless_video, png_header_only, truncated_mp4


def run_cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _missing(folder: Path) -> Path:
    return folder / "nope.mp4"


def _empty(folder: Path) -> Path:
    path = folder / "empty.mp4"
    path.write_bytes(b"")
    return path


def _text(folder: Path) -> Path:
    path = folder / "notes.mp4"
    path.write_text("call the customer back at 10am\n" * 20)
    return path


def _one_pixel(folder: Path) -> Path:
    path = folder / "tiny.png"
    Image.new("RGB", (1, 1), "red").save(path)
    return path


def _huge(folder: Path) -> Path:
    path = folder / "huge.png"
    png_header_only(path, 20000, 20000)
    return path


BAD_INPUTS = [
    (_missing, "no such file"),
    (_empty, "empty file"),
    (_text, "not a media file"),
    (lambda folder: truncated_mp4(folder, faststart=False), "truncated"),
    (lambda folder: truncated_mp4(folder, faststart=True), "truncated"),
    (lambda folder: frameless_video(folder / "empty.y4m"), "no video frames"),
    (_one_pixel, "too small"),
    (_huge, "too large"),
]


@pytest.mark.parametrize("make, reason", BAD_INPUTS, ids=[
    "missing", "empty", "text-as-mp4", "truncated", "truncated-faststart", "no-frames", "1x1", "20000x20000"])
def test_bad_input_is_one_line_with_file_and_reason(tmp_path, make, reason):
    src_dir, out_dir = tmp_path / "in", tmp_path / "out"
    src_dir.mkdir()
    out_dir.mkdir()
    bad = make(src_dir)
    result = run_cli("file", str(bad), "-o", str(out_dir / "x.mp4"))
    assert result.exit_code == ExitCode.BAD_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]
    assert list(out_dir.iterdir()) == []


def test_unwritable_output_folder_is_refused_before_any_work(tmp_path):
    image = tmp_path / "shot.png"
    cv2.imwrite(str(image), draw_screen([(20, 20, "Device Manager")]))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")  # a parent that is a file fails even for root
    result = run_cli("file", str(image), "-o", str(blocker / "out.png"))
    assert result.exit_code == ExitCode.OUTPUT
    assert len(result.stderr.strip().splitlines()) == 1 and "not-a-folder" in result.stderr
    if os.geteuid() != 0:  # permission bits only bind other users
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        result = run_cli("file", str(image), "-o", str(locked / "out.png"))
        assert result.exit_code == ExitCode.OUTPUT and list(locked.iterdir()) == []


FORM = [
    (40, 30, "Device Manager"),
    (40, 60, "Network adapter"),
    (40, 100, "E-mail: kim.blake@example.com"),
    (40, 130, "Phone: (354) 248-5650"),
    (40, 160, "Password: Falcon!Ridge77"),
    (40, 190, "Card number: 4824 5927 0716 9415"),
    (40, 230, "Error 0x80070005"),
]
SECRETS = ["kim.blake@example.com", "(354) 248-5650", "Falcon!Ridge77", "4824 5927 0716 9415"]
INNOCENT = ["Device Manager", "Network adapter", "Error 0x80070005", "E-mail", "Password", "Card number"]


@pytest.mark.parametrize("style", ["blur", "pixelate", "fill"])
def test_screenshot_values_are_gone_and_labels_stay(tmp_path, style):
    shot = tmp_path / "shot.png"
    cv2.imwrite(str(shot), draw_screen(FORM, size=(640, 280), font_size=15))
    out = tmp_path / "shot.redacted.png"
    result = run_cli("file", str(shot), "-o", str(out), "--style", style)
    assert result.exit_code == 0, result.output
    assert out.exists() and (tmp_path / "shot.redacted.plan.json").exists()
    reader = IndependentReader()
    before, after = normalise(reader.read(cv2.imread(str(shot)))), normalise(reader.read(cv2.imread(str(out))))
    for value in SECRETS:
        assert normalise(value) in before, "the test image must show the value"
        assert normalise(value) not in after
    for text in INNOCENT:
        assert normalise(text) in after
    plan_text = (tmp_path / "shot.redacted.plan.json").read_text()
    assert not any(v in plan_text or normalise(v) in normalise(plan_text) for v in SECRETS)
    assert not any(v in result.output for v in SECRETS)


def _leaf_commands(group, prefix=()):
    import click

    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _leaf_commands(command, (*prefix, name))
        else:
            yield (*prefix, name)


def test_help_of_every_command_shows_an_example():
    commands = list(_leaf_commands(main))
    assert len(commands) >= 15  # file, render, eval, ingest, list, show, review, mask, ...
    for command in commands:
        result = run_cli(*command, "--help")
        assert result.exit_code == 0 and "Example" in result.output, command


def test_ctrl_c_stops_the_run_with_one_line_and_leaves_nothing(tmp_path):
    """Ctrl-C reaches the whole process group (the analysis, detection and renderer processes):
    one line and exit code 130, no traceback from any of them, no output or temporary left."""
    import signal
    import subprocess
    import sys
    import time

    sample = Path(__file__).resolve().parent.parent / "samples" / "support_session.mp4"
    out = tmp_path / "out" / "redacted.mp4"
    out.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "file", str(sample), "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(6)  # the detection and renderer processes are up and working
    assert proc.poll() is None, proc.communicate()
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().splitlines()[-1] == "redact: interrupted"
    assert list(out.parent.iterdir()) == []
