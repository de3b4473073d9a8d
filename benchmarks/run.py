"""Speed of `redact file` against the floor and the naive baseline, in one run.

    python benchmarks/run.py                      # 10-minute sessions: 1080p30, 1080p15, 720p30
    python benchmarks/run.py --duration 60 --repeat 1 --only 720p30

For each session (made once with the samples/ generator and kept in benchmarks/work/) it runs,
each in its own process so that peak memory is that command's alone:
  (a) the floor: decode + mask + encode with the same settings and no analysis
      (`redact render` of the plan that (b) wrote);
  (b) `redact file`;
  (c) the naive baseline: presidio-image-redactor's ImageRedactorEngine on every frame, timed
      on a stretch of frames and extrapolated (said so in the output; needs `.[bench]`).
It prints wall time, CPU time, peak memory and x-real-time (medians over --repeat runs), and
the ratios b/a and c/b from the same run. Timings on a shared 2-core machine are noisy:
compare the ratios, not single figures across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "work"
SESSIONS = {"1080p30": (1920, 1080, 30.0), "1080p15": (1920, 1080, 15.0), "720p30": (1280, 720, 30.0)}


@dataclass
class Measure:
    wall: float
    cpu: float
    peak_mb: float


def run_measured(cmd: list[str]) -> Measure:
    """Run `cmd` as a child and read its own wall time, CPU time and peak memory."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace").strip().splitlines()
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}: {err[-1] if err else ''}")
    return Measure(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def median(measures: list[Measure]) -> Measure:
    return Measure(*(statistics.median(getattr(m, f) for m in measures) for f in ("wall", "cpu", "peak_mb")))


def ensure_session(name: str, duration: float, seed: int) -> tuple[Path, float]:
    width, height, fps = SESSIONS[name]
    path = WORK / f"session_{name}_{int(duration)}s.mp4"
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        print(f"making {path.name} ({duration:.0f} s {width}x{height} {fps:g} fps) ...", flush=True)
        sys.path.insert(0, str(ROOT))
        from samples.make_samples import make_session

        make_session(path, width=width, height=height, fps=fps, duration_s=duration, seed=seed)
    return path, duration


def redact_cmd(video: Path, out: Path, plan: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "file", str(video), "-o", str(out), "--plan", str(plan)]


def floor_cmd(video: Path, out: Path, plan: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "render", str(video), "--plan", str(plan), "-o", str(out)]


def baseline_cmd(video: Path, frames: int, report: Path) -> list[str]:
    return [
        sys.executable,
        str(ROOT / "benchmarks" / "presidio_baseline.py"),
        str(video),
        "--frames",
        str(frames),
        "--report",
        str(report),
    ]


def line(label: str, m: Measure, duration: float, note: str = "") -> str:
    return (
        f"  {label:<34} wall {m.wall:8.1f} s  cpu {m.cpu:8.1f} s  peak {m.peak_mb:7.0f} MB  "
        f"{duration / m.wall:6.2f}x real time{note}"
    )


def bench(name: str, duration: float, repeat: int, baseline_frames: int, seed: int) -> dict:
    video, duration = ensure_session(name, duration, seed)
    out, plan = WORK / f"{video.stem}.redacted.mp4", WORK / f"{video.stem}.plan.json"
    b = median([run_measured(redact_cmd(video, out, plan)) for _ in range(repeat)])
    a = median([run_measured(floor_cmd(video, WORK / f"{video.stem}.floor.mp4", plan)) for _ in range(repeat)])
    print(f"{name}: {video.name}, {duration:.0f} s")
    print(line("(a) floor: decode+mask+encode", a, duration))
    print(line("(b) redact file", b, duration))
    result = {
        "session": name,
        "duration_s": duration,
        "floor": a.__dict__,
        "redact": b.__dict__,
        "b_over_a": b.wall / a.wall,
    }
    report = WORK / f"{video.stem}.baseline.json"
    try:
        c_run = run_measured(baseline_cmd(video, baseline_frames, report))
    except SystemExit as exc:
        print(f"  (c) presidio ImageRedactorEngine: skipped ({exc})")
    else:
        data = json.loads(report.read_text())
        per_frame = data["seconds_per_frame"]
        frames = data["total_frames"]
        c = Measure(per_frame * frames, per_frame * frames * c_run.cpu / max(c_run.wall, 1e-9), c_run.peak_mb)
        print(
            line(
                "(c) presidio per-frame baseline",
                c,
                duration,
                f"  [extrapolated from {data['frames_timed']} frames, {per_frame:.2f} s/frame]",
            )
        )
        result.update(baseline=c.__dict__, c_over_b=c.wall / b.wall)
        print(f"  ratios: b/a = {b.wall / a.wall:.2f}   c/b = {c.wall / b.wall:.0f}")
        return result
    print(f"  ratios: b/a = {b.wall / a.wall:.2f}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=600.0, help="seconds of each session (default 600)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of (a) and (b) to take the median of")
    parser.add_argument("--only", nargs="*", choices=sorted(SESSIONS), help="sessions to run")
    parser.add_argument("--baseline-frames", type=int, default=8, help="frames timed for (c)")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    print(
        f"session-redactor benchmark, {date.today()}, {platform.node()}, {os.cpu_count()} cores, "
        f"python {platform.python_version()}; median of {args.repeat}"
    )
    results = [
        bench(name, args.duration, args.repeat, args.baseline_frames, args.seed)
        for name in (args.only or list(SESSIONS))
    ]
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
