"""The run's child processes (detection, the live renderer) never outlive or hang it: SIGTERM
stops a run as Ctrl-C does, children end when the run is killed, an error in a child ends the
run with its exit code, Ctrl-C while a child is still starting prints no traceback, and a
failed live render names the output with the same exit code as rendering in the run's process.

Each test runs `redact file` in a session of its own (so that every process of the run can be
listed by its session id) with the live renderer and the detection process forced on."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.core.errors import ExitCode
from pipeline.core.processes import Terminated, sigterm_as_interrupt, starting_children
from tests.helpers import RAW_KEY_ENV, draw_screen, recording, screen_clip, typing_frames

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="lists processes through /proc")

MODELS = Path(__file__).resolve().parent.parent / "models"
STARTUP_S = 300  # Python, OpenCV and spaCy loading on a busy machine: not what is tested
DEADLINE_S = 30  # what is tested: the run ends, its processes are gone
SIGINT_BIT = 1 << (signal.SIGINT - 1)

# `redact file` with live rendering (streaming after a one-second reach back) and detection in
# its own process, the models folder of argv[1] (or the packaged one), files limited to
# argv[2] bytes (0: no limit); the command line follows.
DRIVER = """
import resource, signal, sys
from dataclasses import replace
from pathlib import Path

from pipeline.cli import main
from pipeline.redact import controller

signal.signal(signal.SIGINT, signal.default_int_handler)  # as under a terminal, even if the tests run in the background
models, limit, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if limit:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
redact_file = controller.redact_file


def forced(request, **kwargs):
    analysis = replace(request.analysis, track=replace(request.analysis.track, backfill_max_s=1.0))
    request = replace(request, render_mode=mode, detection_mode="process", analysis=analysis,
                      models_dir=Path(models) if models else None)
    return redact_file(request, **kwargs)


controller.redact_file = forced
main(sys.argv[4:], prog_name="redact")
"""


def _poll(condition: Callable[[], object], seconds: float, what: str, step: float = 0.05) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"not within {seconds} s: {what}"
        time.sleep(step)


def test_a_stop_signal_during_a_start_is_taken_once_the_start_is_over():
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C as under a terminal
    reached = False
    try:
        with pytest.raises(KeyboardInterrupt), starting_children():
            signal.raise_signal(signal.SIGINT)
            reached = True
        assert reached, "the start was not cut in half"
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, previous)


def test_sigterm_is_an_interrupt_inside_the_block_only():
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated), sigterm_as_interrupt():
        signal.raise_signal(signal.SIGTERM)
    assert signal.getsignal(signal.SIGTERM) == before


def _stat(pid: int | str) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name: state, ppid, pgrp, session, ..."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


class _Run:
    """A `redact` command (`python ARGS...`) in a session of its own."""

    def __init__(self, tmp_path: Path, args: list[str], env: dict[str, str] | None = None):
        self.out = tmp_path / "out"
        self.out.mkdir()
        self.err_path = tmp_path / "stderr.txt"
        with open(self.err_path, "w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, *args],
                stdout=subprocess.DEVNULL,
                stderr=err,
                cwd=tmp_path,
                env={**os.environ, **(env or {})},
                start_new_session=True,
            )
        self.pid = self.proc.pid

    @classmethod
    def file(
        cls, tmp_path: Path, clip: Path, *, models: Path | None = None, limit: int = 0, mode: str = "live"
    ) -> _Run:
        """`redact file CLIP -o OUT/redacted.mp4` through DRIVER."""
        output = tmp_path / "out" / "redacted.mp4"
        return cls(tmp_path, ["-c", DRIVER, str(models or ""), str(limit), mode, "file", str(clip), "-o", str(output)])

    @property
    def output(self) -> Path:
        return self.out / "redacted.mp4"

    def __enter__(self) -> _Run:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:  # not reaped yet: the pid is still the run's
            self.proc.kill()
            self.proc.wait()
        for pid in self.session():  # a failed test leaves nothing running either
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def stderr(self) -> str:
        return self.err_path.read_text(errors="replace")

    def session(self) -> list[int]:
        """Every live (not zombie) process of the run's session."""
        found = []
        for entry in Path("/proc").iterdir():
            fields = _stat(entry.name) if entry.name.isdigit() else None
            if fields and int(fields[3]) == self.pid and fields[0] != "Z":
                found.append(int(entry.name))
        return found

    def children(self) -> list[int]:
        """The run's multiprocessing children (detection, renderer; not the resource tracker)."""
        found = []
        for pid in self.session():
            fields = _stat(pid)
            try:
                spawned = b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if fields and int(fields[1]) == self.pid and spawned:
                found.append(pid)
        return found

    def rendering(self) -> bool:
        """The live renderer is writing its hidden file beside the output."""
        return any(p.name.endswith(".part.mp4") for p in self.out.iterdir())

    def started(self, children: int) -> bool:
        """Still running, with `children` spawned (workers, or detection and the renderer)."""
        assert self.proc.poll() is None, self.stderr()
        return len(self.children()) >= children

    def under_way(self) -> bool:
        """Detection started and the live renderer writing."""
        return self.started(2) and self.rendering()

    def wait(self) -> int:
        try:
            return self.proc.wait(timeout=DEADLINE_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the run did not end within {DEADLINE_S} s; stderr: {self.stderr()}")

    def assert_nothing_left(self) -> None:
        _poll(lambda: not self.session(), DEADLINE_S, "every process of the run ended")
        assert list(self.out.iterdir()) == [], "no output, no temporary file"

    def lines(self) -> list[str]:
        return self.stderr().strip().splitlines()


def _clip(folder: Path, values: tuple[str, ...] = ("kim.slade@example.com", "(317) 462-9083")) -> Path:
    """A form typed into, one character a frame: the analysis and rendering take a while."""
    frames = [frame for value in values for frame in typing_frames(value, per_frame=1, idle=8)]
    return screen_clip(folder / "typing.mp4", frames, fps=5.0)


@pytest.mark.slow
def test_sigterm_stops_the_run_as_ctrl_c_does(tmp_path):
    """SIGTERM (kill, a service manager) during a live render: the children are stopped, the
    renderer's hidden file is removed, and one line says so, with exit code 128 + 15."""
    with _Run.file(tmp_path, _clip(tmp_path)) as run:
        _poll(run.under_way, STARTUP_S, "the renderer writing and detection started")
        os.kill(run.pid, signal.SIGTERM)
        assert run.wait() == 128 + signal.SIGTERM, run.stderr()
        assert "Traceback" not in run.stderr()
        assert [line for line in run.lines() if line.startswith("redact:")] == ["redact: terminated"]
        assert run.lines()[-1] == "redact: terminated"
        run.assert_nothing_left()


@pytest.mark.slow
def test_children_end_when_the_run_is_killed(tmp_path):
    """SIGKILL leaves the parent no say: its children notice it is gone and end by themselves;
    the renderer removes its unfinished file first."""
    with _Run.file(tmp_path, _clip(tmp_path)) as run:
        _poll(run.under_way, STARTUP_S, "the renderer writing and detection started")
        os.kill(run.pid, signal.SIGKILL)
        assert run.wait() == -signal.SIGKILL
        run.assert_nothing_left()


@pytest.mark.slow
def test_ingest_workers_end_when_ingest_is_killed(tmp_path):
    """`redact ingest --workers 2` killed while its workers start their jobs: the workers
    notice and end (a worker's children watch it in turn), holding no recording open."""
    inbox = tmp_path / "inbox"
    for index in range(3):
        recording(inbox, f"r{index}", seed=70 + index)
    args = ["-m", "pipeline", "ingest", str(inbox), "--workers", "2", "--store", str(tmp_path / "store")]
    with _Run(tmp_path, args, env=RAW_KEY_ENV) as run:
        _poll(lambda: run.started(2), STARTUP_S, "both workers started")
        os.kill(run.pid, signal.SIGKILL)
        assert run.wait() == -signal.SIGKILL
        _poll(lambda: not run.session(), DEADLINE_S, "every process of the run ended")


def _form_with_context(folder: Path) -> Path:
    """Nine lines of short words, the middle one changing in every frame: each frame hands
    detection the words of all nine (the changed line's context), about 7 KB, for one line's
    OCR. Ten frames fill a pipe that is never read."""
    rows = [(8, 20 + 15 * row, " ".join(f"ab{row}{col:02d}" for col in range(26))) for row in range(9)]
    frames = []
    for index in range(60):
        lines = list(rows)
        lines[4] = (8, 80, f"{rows[4][2]} {'on' if index % 2 else 'off'}")
        frames.append(draw_screen(lines, size=(1280, 200), font_size=11))
    return screen_clip(folder / "form.mp4", frames, fps=5.0)


@pytest.mark.slow
def test_configuration_error_in_the_detection_process_ends_the_run(tmp_path):
    """The detection process cannot load its configuration (nlp.yaml missing, as in an install
    without models/): the run reports it and exits 5 at once with nothing left running, although
    the words it handed over meanwhile fill the pipe that detection never read."""
    models = tmp_path / "models"
    shutil.copytree(MODELS, models)
    nlp = models / "nlp.yaml"
    nlp.unlink()
    with _Run.file(tmp_path, _form_with_context(tmp_path), models=models) as run:
        _poll(lambda: "redact:" in run.stderr() or run.proc.poll() is not None, STARTUP_S, "the error reported")
        assert run.wait() == ExitCode.CONFIG, run.stderr()
        assert len(run.lines()) == 1 and run.lines()[0].startswith(f"redact: {nlp}: "), run.stderr()
        run.assert_nothing_left()


def _signals(pid: int) -> tuple[int, int]:
    """(caught, ignored) signal masks of a process."""
    masks = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("SigCgt", "SigIgn"):
                masks[key] = int(value, 16)
    except OSError:
        return 0, 0
    return masks.get("SigCgt", 0), masks.get("SigIgn", 0)


@pytest.mark.slow
def test_ctrl_c_while_a_child_is_starting_prints_no_traceback(tmp_path):
    """Ctrl-C reaches the whole process group, children still importing included (Python's
    SIGINT handler is in place, the child's own choice not yet made): no traceback from any of
    them, one line, exit code 128 + 2, nothing left."""

    def starting() -> bool:
        assert run.proc.poll() is None, run.stderr()
        return any(
            caught & SIGINT_BIT and not ignored & SIGINT_BIT for caught, ignored in map(_signals, run.children())
        )

    with _Run.file(tmp_path, _clip(tmp_path, ("kim.slade@example.com",))) as run:
        _poll(starting, STARTUP_S, "a child process starting", step=0.005)
        os.killpg(run.pid, signal.SIGINT)
        assert run.wait() == 128 + signal.SIGINT, run.stderr()
        assert "Traceback" not in run.stderr() and "KeyboardInterrupt" not in run.stderr(), run.stderr()
        assert run.lines()[-1] == "redact: interrupted"
        run.assert_nothing_left()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["live", "after"])
def test_full_disk_while_rendering_names_the_output_with_exit_code_4(tmp_path, mode):
    """The output cannot be written (here: files limited to 4 KiB, as a full disk would stop
    it): exit code 4 and the output named, whether the renderer ran beside the analysis in its
    own process or after it in the run's."""
    clip = _clip(tmp_path, ("kim.slade@example.com",))
    with _Run.file(tmp_path, clip, limit=4096, mode=mode) as run:
        _poll(lambda: run.proc.poll() is not None, STARTUP_S, "the run ended")
        assert run.wait() == ExitCode.OUTPUT, run.stderr()
        assert len(run.lines()) == 1 and run.lines()[0].startswith(f"redact: {run.output}: "), run.stderr()
        run.assert_nothing_left()
