"""Samples exported per second, per format, on a redacted support session.

    python benchmarks/export_speed.py                       # 60 s 1280x720 15 fps session
    python benchmarks/export_speed.py --duration 120 --width 1920 --height 1080 --fps 30

The session is made with the samples/ generator and redacted once with `redact_file` (both kept
in benchmarks/work/export/); each format is then exported from it in this process with one
Detector and OCR engine, as `redact export` would. The line cache of the OCR engine is emptied
before each format, so every format pays the same OCR. On a shared 2-core machine the figures
are noisy: compare formats within one run.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.analysis.ocr import CachedEngine, OcrConfig, make_engine
from pipeline.detection.detector import Detector
from pipeline.export.dataset import ExportOptions, ExportSource, export_dataset
from pipeline.export.formats import FORMATS
from pipeline.redact.controller import RedactRequest, redact_file
from samples.make_samples import make_session

WORK = ROOT / "benchmarks" / "work" / "export"


def redacted_session(width: int, height: int, fps: float, duration: float) -> tuple[Path, Path]:
    stem = f"session_{width}x{height}_{fps:g}fps_{int(duration)}s"
    video, redacted, plan = WORK / f"{stem}.mp4", WORK / f"{stem}.redacted.mp4", WORK / f"{stem}.plan.json"
    if not (redacted.exists() and plan.exists()):
        WORK.mkdir(parents=True, exist_ok=True)
        print(f"making and redacting {video.name} ...", flush=True)
        make_session(video, width=width, height=height, fps=fps, duration_s=duration)
        redact_file(RedactRequest(input=video, output=redacted, plan=plan))
    return redacted, plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    parser.add_argument("--fps", type=float, default=15.0)
    parser.add_argument("--formats", nargs="+", default=list(FORMATS), choices=FORMATS)
    args = parser.parse_args()

    redacted, plan = redacted_session(args.width, args.height, args.fps, args.duration)
    source = ExportSource(
        "bench" + "0" * 59,
        "session-bench",
        "customer-bench",
        "bench",
        datetime(2026, 1, 1, tzinfo=timezone.utc),
        "bench",
        redacted,
        plan,
    )
    detector = Detector()
    for fmt in args.formats:
        engine = CachedEngine(make_engine(OcrConfig()))
        out = WORK / f"export_{fmt}"
        shutil.rmtree(out, ignore_errors=True)
        started = time.perf_counter()
        manifest = export_dataset([source], ExportOptions(fmt, out), detector, engine)
        seconds = time.perf_counter() - started
        size_mb = sum(f.bytes for f in manifest.files) / 1e6
        print(
            f"{fmt:>10}: {manifest.samples} samples from {args.duration:.0f} s of "
            f"{args.width}x{args.height} {args.fps:g} fps in {seconds:.1f} s: "
            f"{manifest.samples / seconds:.2f} samples/s ({size_mb:.1f} MB)",
            flush=True,
        )


if __name__ == "__main__":
    main()
