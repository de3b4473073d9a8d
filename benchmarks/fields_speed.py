"""What finding input fields costs the analysis, against reading the same lines.

`python benchmarks/fields_speed.py [VIDEO] [--at S ...] [--repeat N]`

For frames of VIDEO (default: the corpus's security_settings, at its form), it times
`FieldMemory.update` (borders and bullets of the fields around the read lines) over the whole
frame and over one line's band, and OCR of the same lines, and prints milliseconds and the
ratio fields / OCR. The machine is shared: compare the ratio.
"""

from __future__ import annotations

import argparse
import time
from functools import partial
from pathlib import Path

import numpy as np

from pipeline.analysis.config import AnalysisConfig
from pipeline.analysis.fields import FieldMemory
from pipeline.analysis.ocr import find_text_lines, make_engine, read_lines
from pipeline.core.types import Box
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe

DEFAULT = Path("/work/corpus/security_settings.mp4")


def frames_at(path: Path, times: list[float]) -> list[np.ndarray]:
    info = probe(str(path))
    wanted = sorted(round(t * info.fps) for t in times)
    out = []
    for frame in iter_frames(str(path), info, grey=True):
        if wanted and frame.index == wanted[0] and frame.image is not None:
            out.append(frame.image)
            wanted.pop(0)
        if not wanted:
            break
    return out


def best_ms(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return 1000 * min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("video", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--at", nargs="+", type=float, default=[3.0, 15.5, 21.0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    config = AnalysisConfig()
    engine = make_engine(config.ocr)
    for at, grey in zip(args.at, frames_at(args.video, args.at)):
        height, width = grey.shape
        whole = Box(0, 0, width, height)
        lines = find_text_lines(grey, whole, config.ocr)
        line = max(lines, key=lambda b: b.w)
        read_lines(engine, grey, [line], config.ocr)  # the engine's first call loads its model
        for name, read in (("whole frame", lines), ("one line", [line])):
            fields_ms = best_ms(partial(FieldMemory(width, height).update, grey, read), args.repeat)
            ocr_ms = best_ms(partial(read_lines, engine, grey, read, config.ocr), 2)
            print(
                f"t={at:5.1f}s {name:11s}: fields {fields_ms:7.2f} ms, OCR {ocr_ms:8.1f} ms,"
                f" fields/OCR {fields_ms / ocr_ms:.3f}"
            )


if __name__ == "__main__":
    main()
