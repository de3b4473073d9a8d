"""Quality harness: redact clips that have ground truth, read input and output again with an
OCR path independent of the pipeline's own (whole-frame sparse-text Tesseract, not our line
finder), and report what leaked, what stayed readable and how fast it ran.

Ground truth is the samples/ format: `pii` (value, type, first_shown_s, optional
`scored: false`) and `keep` (innocent strings that must stay readable). Reports name values by
type and a short hash, never by their text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from pipeline.analysis.changes import to_grey
from pipeline.analysis.ocr import _tessdata_dir
from pipeline.core.errors import InputError
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.text import normalise
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe

MIN_SCORED_CHARS = 4


def value_id(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:8]


@dataclass(frozen=True, slots=True)
class Truth:
    name: str
    video: Path
    pii: tuple[tuple[str, str, float], ...]  # (value, type, first_shown_s), scored ones only
    keep: tuple[str, ...]

    @classmethod
    def load(cls, path: Path) -> Truth:
        try:
            data = json.loads(path.read_text())
            video = path.with_name(data.get("file") or f"{path.stem}.mp4")
            pii = tuple(
                (str(p["value"]), str(p["type"]), float(p.get("first_shown_s", 0.0)))
                for p in data["pii"]
                if p.get("scored", True) and len(normalise(str(p["value"]))) >= MIN_SCORED_CHARS
            )
            keep = tuple(str(k) for k in data.get("keep", []) if len(normalise(str(k))) >= MIN_SCORED_CHARS)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"not a ground-truth file ({type(exc).__name__})", path) from None
        return cls(str(data.get("name", path.stem)), video, pii, keep)


class IndependentReader:
    """Whole-frame OCR for checking outputs: psm 11 (sparse text) on a 2x upscale, plus an
    inverted pass when much of the frame is dark (terminals, dark mode)."""

    def __init__(self) -> None:
        import tesserocr

        self._api = tesserocr.PyTessBaseAPI(path=_tessdata_dir(), lang="eng", psm=tesserocr.PSM.SPARSE_TEXT)

    def read(self, image_bgr: np.ndarray) -> str:
        from PIL import Image

        grey = cv2.resize(to_grey(image_bgr), None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
        texts = []
        passes = [grey]
        if float((grey < 100).mean()) > 0.15:
            passes.append(255 - grey)
        for image in passes:
            self._api.SetImage(Image.fromarray(image))
            texts.append(self._api.GetUTF8Text())
        return "\n".join(texts)


@dataclass(slots=True)
class ClipReport:
    name: str
    duration_s: float
    seconds: float
    values_in_input: int = 0
    leaks: list[tuple[str, str, float]] = field(default_factory=list)  # (type, value id, time)
    keep_in_input: int = 0
    keep_in_output: int = 0
    masked_share: float = 0.0
    frames_checked: int = 0

    @property
    def realtime(self) -> float:
        return self.duration_s / self.seconds if self.seconds else 0.0

    @property
    def utility(self) -> float:
        return self.keep_in_output / self.keep_in_input if self.keep_in_input else 1.0

    def line(self) -> str:
        leaked = ", ".join(f"{kind}#{vid}@{t:.1f}s" for kind, vid, t in self.leaks[:6]) or "none"
        return (
            f"{self.name}: values readable in input {self.values_in_input}, leaked {len(self.leaks)} ({leaked}); "
            f"utility {self.keep_in_output}/{self.keep_in_input} ({self.utility:.0%}); "
            f"masked {self.masked_share:.1%} of area; {self.realtime:.2f}x real time; "
            f"{self.frames_checked} frames checked"
        )


def sample_indices(frame_count: int, fps: float, truth: Truth, per_second: float) -> list[int]:
    """Regular samples plus frames just after each value is first fully shown."""
    step = max(1, int(round(fps / per_second))) if per_second > 0 else frame_count
    chosen = set(range(0, frame_count, step)) | {frame_count - 1}
    for _, _, shown in truth.pii:
        for delay in (0.2, 0.6):
            chosen.add(min(frame_count - 1, int((shown + delay) * fps)))
    return sorted(i for i in chosen if 0 <= i < frame_count)


def check_output(
    truth: Truth, input_path: Path, output_path: Path, plan: RedactionPlan, seconds: float, per_second: float = 1.0
) -> ClipReport:
    info = probe(input_path)
    report = ClipReport(truth.name, info.duration_s, seconds)
    wanted = set(sample_indices(info.frame_count, info.fps or 1.0, truth, per_second))
    reader = IndependentReader()
    readable_in: dict[str, bool] = {}
    keep_in: set[str] = set()
    keep_out: set[str] = set()
    area = float(info.width * info.height)
    shares = []
    frames = zip(iter_frames(input_path, info), iter_frames(output_path, probe(output_path)), iter_frame_masks(plan))
    for src, out, masks in frames:
        if src.index not in wanted or src.image is None or out.image is None:
            continue
        report.frames_checked += 1
        text_in, text_out = normalise(reader.read(src.image)), normalise(reader.read(out.image))
        for value, kind, _ in truth.pii:
            key = normalise(value)
            if key in text_in:
                readable_in[value] = True
                if key in text_out:
                    report.leaks.append((kind, value_id(value), src.pts_s))
        for keep in truth.keep:
            key = normalise(keep)
            if key in text_in:
                keep_in.add(keep)
                if key in text_out:
                    keep_out.add(keep)
        shares.append(_masked_share(masks.boxes, masks.whole_frame, info.width, info.height, area))
    report.values_in_input = len(readable_in)
    report.keep_in_input, report.keep_in_output = len(keep_in), len(keep_out)
    report.masked_share = float(np.mean(shares)) if shares else 0.0
    return report


def _masked_share(boxes: Iterable, whole: bool, width: int, height: int, area: float) -> float:
    if whole:
        return 1.0
    canvas = np.zeros((height // 4 + 1, width // 4 + 1), np.uint8)
    for box in boxes:
        b = box.clip(width, height)
        canvas[b.y // 4 : (b.y2 + 3) // 4, b.x // 4 : (b.x2 + 3) // 4] = 1
    return float(canvas.mean())


def find_clips(folder: Path) -> list[Truth]:
    if not folder.is_dir():
        raise InputError("not a folder", folder)
    clips = []
    for path in sorted(folder.glob("*.json")):
        try:
            truth = Truth.load(path)
        except InputError:
            continue  # plans and other JSON files sit beside clips
        if truth.video.exists():
            clips.append(truth)
    if not clips:
        raise InputError("no clips with a ground-truth JSON found", folder)
    return clips


def evaluate_folder(
    folder: Path,
    out_dir: Path,
    redact: Callable[[Path, Path, Path], tuple[RedactionPlan, float]],
    per_second: float = 1.0,
    report: Callable[[str], None] = print,
) -> list[ClipReport]:
    """Redact every clip of `folder` into `out_dir` and check it. `redact(input, output, plan)`
    returns the plan and the seconds it took."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    for truth in find_clips(folder):
        suffix = truth.video.suffix if truth.video.suffix.lower() in (".png", ".jpg", ".jpeg") else ".mp4"
        output = out_dir / f"{truth.video.stem}.redacted{suffix}"
        plan, seconds = redact(truth.video, output, out_dir / f"{truth.video.stem}.plan.json")
        result = check_output(truth, truth.video, output, plan, seconds, per_second)
        report(result.line())
        results.append(result)
    return results


def summary_line(results: list[ClipReport]) -> str:
    leaks = sum(len(r.leaks) for r in results)
    keep_in = sum(r.keep_in_input for r in results)
    keep_out = sum(r.keep_in_output for r in results)
    duration = sum(r.duration_s for r in results)
    seconds = sum(r.seconds for r in results)
    return (
        f"summary: {len(results)} clips, {leaks} leaks, utility {keep_out}/{keep_in} "
        f"({(keep_out / keep_in if keep_in else 1):.0%}), {duration / seconds if seconds else 0:.2f}x real time"
    )
