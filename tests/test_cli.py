"""`redact file` through the CLI: an unwritable output is refused with one line and no file left
behind (bad input: test_bad_input.py), a good screenshot is redacted for real, Ctrl-C stops cleanly."""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.core.errors import ExitCode
from pipeline.redact.evaluate import IndependentReader, normalise
from tests.helpers import draw_screen


def run_cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


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
    (40, 100, "E-mail: kim.slade@example.com"),
    (40, 130, "Phone: (317) 462-9083"),
    (40, 160, "Password: Falcon!Ridge77"),
    (40, 190, "Card number: 4539 1862 7340 5513"),
    (40, 230, "Error 0x80070005"),
]
SECRETS = ["kim.slade@example.com", "(317) 462-9083", "Falcon!Ridge77", "4539 1862 7340 5513"]
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


def _sigint_as_under_a_terminal() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _analysing(pid: int, source: Path) -> bool:
    """The run is under way: the detection process is up (a multiprocessing child) and this
    process holds the input open to decode its frames (probing closes it again at once)."""
    proc = Path(f"/proc/{pid}")
    try:
        reading = any(os.readlink(fd) == str(source) for fd in (proc / "fd").iterdir())
    except OSError:  # exited, or an fd closed while listing
        return False
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if parent == pid and b"spawn_main" in (stat.parent / "cmdline").read_bytes():
                return reading
        except (OSError, IndexError, ValueError):
            continue
    return False


@pytest.mark.slow
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
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "file", str(sample), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # Ctrl-C as under a terminal: a shell without job control starts background jobs (a CI
        # script run with '&', nohup) with SIGINT ignored, the run inherits that and Python then
        # installs no KeyboardInterrupt at all, so the run finished and exited 0
        preexec_fn=_sigint_as_under_a_terminal,
    )
    deadline = time.monotonic() + 300
    while not _analysing(proc.pid, sample):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().splitlines()[-1] == "redact: interrupted"
    assert list(out.parent.iterdir()) == []
