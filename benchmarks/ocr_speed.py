"""The OCR path alone on whole frames: Tesseract alone against Tesseract with the second engine.

    python benchmarks/ocr_speed.py VIDEO [VIDEO ...] [--frames 3] [--scale 0.75]

For each video, a few frames spread over it are read whole (every text line the line finder
finds), once with `second_engine="none"` and once as configured (RapidOCR re-reading the lines
Tesseract read with low confidence); with `--scale`, the frames are also scaled down first
(bicubic, as a remote viewer does). Prints lines, lines re-read, CPU seconds of each run and
their ratio. A whole-frame read is the worst case: a recording reads only what changed, and
re-reads of unchanged crops come from the engine's cache. The machine is shared: compare the
ratio (CPU seconds), not wall time.
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
    args = parser.parse_args()

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


if __name__ == "__main__":
    main()
