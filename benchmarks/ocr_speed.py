"""The OCR path alone on whole frames: Tesseract alone against Tesseract with the second engine.

    python benchmarks/ocr_speed.py VIDEO [VIDEO ...] [--frames 3] [--scale 0.75]
    python benchmarks/ocr_speed.py VIDEO [VIDEO ...] --analysis   # whole analysis, both ways

For each video, a few frames spread over it are read whole (every text line the line finder
finds), once with `second_engine="none"` and once as configured (RapidOCR re-reading the lines
Tesseract read with low confidence); with `--scale`, the frames are also scaled down first
(bicubic, as a remote viewer does). Prints lines, lines re-read, CPU seconds of each run and
their ratio. A whole-frame read is the worst case: a recording reads only what changed, and
re-reads of unchanged crops come from the engine's cache. The machine is shared: compare the
ratio (CPU seconds), not wall time.

With `--analysis`, each video's whole analysis pass (what `redact file` does before rendering:
only changed lines read, crops cached) runs twice in this process, Tesseract alone and with the
second engine, detection in its own process both times: this process's CPU seconds, lines read,
lines the second engine re-read, the ratio, and the second engine's own CPU seconds with their
share of the rest of that run (the steadier figure on a busy machine). That is the cost a
recording pays.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("videos", type=Path, nargs="+")
    parser.add_argument("--frames", type=int, default=3, help="frames per video, spread over it")
    parser.add_argument("--scale", type=float, action="append", default=[], help="also read frames scaled by this")
    parser.add_argument("--analysis", action="store_true", help="time the whole analysis pass instead")
    args = parser.parse_args()
    if args.analysis:
        analysis_cost(args.videos)
        return

    import cv2

    from pipeline.analysis.changes import to_grey
    from pipeline.analysis.ocr import OcrConfig, find_text_lines, make_engine, read_lines
    from pipeline.core.types import Box
    from pipeline.media.frames import iter_frames
    from pipeline.media.probe import probe

    alone = make_engine(OcrConfig(second_engine="none"))
    both = make_engine(OcrConfig())
    config = OcrConfig()
    print(f"{'video':32} {'scale':>5} {'lines':>6} {'re-read':>7} {'cpu alone':>9} {'cpu both':>9} {'ratio':>6}")
    for video in args.videos:
        info = probe(video)
        step = max(1, info.frame_count // (args.frames + 1))
        wanted = {step * (i + 1) for i in range(args.frames)}
        greys = [to_grey(f.image) for f in iter_frames(video, info) if f.index in wanted and f.image is not None]
        for scale in [1.0, *args.scale]:
            frames = [
                g if scale == 1.0 else cv2.resize(g, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
                for g in greys
            ]
            lines = [find_text_lines(g, Box(0, 0, g.shape[1], g.shape[0]), config) for g in frames]
            cpu = []
            retried_before = getattr(both, "retried", 0)
            for engine in (alone, both):
                started = time.process_time()
                for grey, found in zip(frames, lines):
                    read_lines(engine, grey, found, config)
                cpu.append(time.process_time() - started)
            retried = getattr(both, "retried", 0) - retried_before
            total = sum(len(found) for found in lines)
            name = video.name[:32]
            print(f"{name:32} {scale:5.2f} {total:6d} {retried:7d} {cpu[0]:9.1f} {cpu[1]:9.1f} {cpu[1] / cpu[0]:6.2f}")


def analysis_cost(videos: list[Path]) -> None:
    from dataclasses import replace

    from pipeline.analysis.analyzer import AnalysisConfig, analyse_file
    from pipeline.analysis.ocr import CachedEngine, make_engine
    from pipeline.detection.worker import DetectionProcess, detector_factory
    from pipeline.media.probe import probe

    detection = DetectionProcess(detector_factory(None, None))
    detection.versions()  # models loaded before the clock starts
    print(
        f"{'video':32} {'lines':>6} {'re-read':>7} {'cpu alone':>9} {'cpu both':>9} {'ratio':>6}"
        f" {'cpu second':>10} {'share':>6}"
    )
    try:
        for video in videos:
            info = probe(video)
            cpu, lines, retried, second_cpu = [], 0, 0, 0.0
            for second in ("none", "auto"):
                config = AnalysisConfig()
                config = replace(config, ocr=replace(config.ocr, second_engine=second))
                inner = make_engine(config.ocr)
                started = time.process_time()
                plan = analyse_file(str(video), info, CachedEngine(inner), detection, config)
                cpu.append(time.process_time() - started)
                lines, retried = int(plan.stats.get("lines_read", 0)), getattr(inner, "retried", 0)
                second_cpu = getattr(inner, "seconds", 0.0)
            # the two runs' ratio carries the machine's noise (other work slows a run's caches
            # too); the second engine's own CPU against the rest of its run does not
            share = second_cpu / max(1e-9, cpu[1] - second_cpu)
            print(
                f"{video.name[:32]:32} {lines:6d} {retried:7d} {cpu[0]:9.1f} {cpu[1]:9.1f} {cpu[1] / cpu[0]:6.2f}"
                f" {second_cpu:10.1f} {share:6.1%}"
            )
    finally:
        detection.close()


if __name__ == "__main__":
    main()
