"""Profile the analysis pass alone (no rendering) on one video.

    python benchmarks/profile_analysis.py benchmarks/work/session_1080p30_60s.mp4
    python benchmarks/profile_analysis.py VIDEO --pyinstrument out.html   # call tree too

Prints wall and CPU seconds of the analysis, the analyser's own stage times (OCR, detection),
the plan's size (tracks, segments, JSON bytes) and the x-real-time of the analysis alone. The
machine is shared: compare runs made one after the other, and CPU seconds rather than wall.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("video", type=Path)
    parser.add_argument("--pyinstrument", type=Path, help="write pyinstrument's HTML report here")
    parser.add_argument("--text", type=Path, help="write pyinstrument's text report here")
    parser.add_argument("--plan", type=Path, help="write the plan here")
    parser.add_argument(
        "--inline", action="store_true", help="detect in this process (default: in its own, as `redact file` does)"
    )
    args = parser.parse_args()

    from pipeline.analysis.analyzer import AnalysisConfig, analyse_file
    from pipeline.analysis.ocr import CachedEngine, make_engine
    from pipeline.detection.config import make_detector
    from pipeline.detection.worker import DetectionProcess, InlineDetection, detector_factory
    from pipeline.media.probe import probe

    config = AnalysisConfig()
    info = probe(args.video)
    engine = CachedEngine(make_engine(config.ocr))
    detection = InlineDetection(make_detector()) if args.inline else DetectionProcess(detector_factory(None, None))
    detection.versions()  # models loaded before the clock starts
    profiler = None
    if args.pyinstrument or args.text:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    plan = analyse_file(str(args.video), info, engine, detection, config)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    detection.close()
    if profiler is not None:
        profiler.stop()
        if args.pyinstrument:
            args.pyinstrument.write_text(profiler.output_html())
        if args.text:
            args.text.write_text(profiler.output_text(unicode=False, color=False, show_all=False))
    text = json.dumps(plan.to_dict(), indent=1)
    if args.plan:
        args.plan.write_text(text)
    segments = sum(len(t.segments) for t in plan.tracks)
    stats = plan.stats
    print(f"{args.video.name}: {info.width}x{info.height} {info.fps:g} fps, {info.duration_s:.1f} s")
    print(
        f"  analysis wall {wall:.1f} s, cpu {cpu:.1f} s (this process), {info.duration_s / wall:.2f}x real time"
        f"{' (under the profiler)' if profiler else ''}"
    )
    print("  stages: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    print(
        f"  plan: {len(plan.tracks)} tracks, {segments} segments, {len(text) / 1e6:.2f} MB JSON, "
        f"{len(plan.full_frames)} whole-frame ranges; OCR cache hits {engine.hits}"
    )
    print(f"  peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
