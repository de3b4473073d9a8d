"""Degraded copies of an evaluation folder: what real recordings go through before we see them
(a smaller capture, a harder encode, a viewer window that rescales the remote screen), made with
ffmpeg so the same tables can be read per copy.

A spec is one copy: `scale=0.75`, `crf=36`, `viewer=1366x768:1280x720` (the remote screen at
the first size, shown in a viewer window of the second), or several joined by `+`
(`scale=0.66+crf=36`); `none` is the folder as it is. Each copy is re-encoded once (x264, at
`crf` when given, else at a near-transparent quality, so the named change is the one that
counts), with the input's timestamps, without audio.

Ground truth moves with the copy: its `video` facts are updated, and positions, where a folder
keeps them beside a clip (`NAME.boxes.json`: `box` [x, y, w, h] per string), are scaled.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import ffmpeg

from pipeline.core.errors import ProcessingError
from pipeline.core.files import move_into_place, temp_beside, write_text_atomic
from pipeline.media.probe import probe
from pipeline.redact.evaluate import ClipReport, Redactor, Truth, evaluate_folder, find_clips
from pipeline.redact.scorecard import REPORT_NAME, markdown, report_dict, summary_text, write_report

COPY_CRF = 16  # a copy's quality when its spec names no crf: the scaling is what is measured
COPY_PRESET = "veryfast"
_SIZE = re.compile(r"^(\d{2,5})x(\d{2,5})$")


@dataclass(frozen=True, slots=True)
class DegradeSpec:
    label: str  # the spec as written: names the copy's folder
    scale: float | None = None
    crf: int | None = None
    viewer: tuple[tuple[int, int], tuple[int, int]] | None = None

    @property
    def is_none(self) -> bool:
        return self.scale is None and self.crf is None and self.viewer is None

    @property
    def folder_name(self) -> str:
        return re.sub(r"[^A-Za-z0-9.+x-]", "-", self.label)

    def size(self, width: int, height: int) -> tuple[int, int]:
        """The copy's width and height (even: 4:2:0 H.264)."""
        if self.viewer is not None:
            width, height = self.viewer[1]
        if self.scale is not None:
            width, height = round(width * self.scale), round(height * self.scale)
        return max(2, width - width % 2), max(2, height - height % 2)


def parse_degrade(text: str) -> list[DegradeSpec]:
    """Specs from a comma list ("scale=0.75,crf=36": two copies). Raises ValueError with the
    part that is wrong."""
    return [_parse_one(part.strip()) for part in text.split(",") if part.strip()]


def _parse_one(text: str) -> DegradeSpec:
    if text == "none":
        return DegradeSpec(text)
    found: dict[str, Any] = {}
    for op in text.split("+"):
        key, _, value = op.partition("=")
        if key in found:
            raise ValueError(f"{key} given twice in {text!r}")
        if key == "scale":
            found[key] = _number(value, float, 0.1, 1.0, op)
        elif key == "crf":
            found[key] = _number(value, int, 0, 51, op)
        elif key == "viewer":
            sizes = [_SIZE.match(side) for side in value.split(":")]
            if len(sizes) != 2 or not all(sizes):
                raise ValueError(f"{op!r}: viewer=WIDTHxHEIGHT:WIDTHxHEIGHT (remote screen:viewer window)")
            (w1, h1), (w2, h2) = ((int(m.group(1)), int(m.group(2))) for m in sizes if m)
            found[key] = ((w1, h1), (w2, h2))
        else:
            raise ValueError(f"{op!r}: use scale=F, crf=N, viewer=WxH:WxH or none")
    return DegradeSpec(text, **found)


def _number(value: str, kind: type, low: float, high: float, op: str) -> Any:
    try:
        number = kind(value)
    except ValueError:
        raise ValueError(f"{op!r}: not a number") from None
    if not low <= number <= high:
        raise ValueError(f"{op!r}: outside {low}..{high}")
    return number


def degrade_video(source: Path, target: Path, spec: DegradeSpec) -> None:
    """Write the degraded copy of `source` to `target` (atomically)."""
    info = probe(source)
    width, height = spec.size(info.width, info.height)
    stream = ffmpeg.input(str(source)).video
    if spec.viewer is not None:
        # the remote screen as the remote desktop had it, then shrunk into the viewer's window
        stream = stream.filter("scale", *spec.viewer[0], flags="bilinear")
    stream = stream.filter("scale", width, height, flags="bilinear")
    tmp = temp_beside(target)
    try:
        output = ffmpeg.output(
            stream,
            str(tmp),
            vcodec="libx264",
            crf=spec.crf if spec.crf is not None else COPY_CRF,
            preset=COPY_PRESET,
            pix_fmt="yuv420p",
            fps_mode="passthrough",  # keep every frame and its timestamp (variable frame rate too)
            f="mp4",
        )
        output.overwrite_output().run(quiet=True)
    except ffmpeg.Error as exc:
        tmp.unlink(missing_ok=True)
        tail = (exc.stderr or b"").decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
        raise ProcessingError(f"ffmpeg could not make the {spec.label} copy ({tail[0][:120]})", source) from None
    move_into_place(tmp, target)


def degrade_clip(truth: Truth, spec: DegradeSpec, folder: Path) -> Path:
    """The degraded copy of one clip in `folder`, with its ground truth beside it; returns the
    copy's ground-truth path. A copy already there is kept (the folder is the copy's cache)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{truth.video.stem}.mp4"
    if not target.exists():
        degrade_video(truth.video, target, spec)
    source, copy = probe(truth.video), probe(target)
    sx, sy = copy.width / source.width, copy.height / source.height
    data = json.loads(truth.path.read_text())
    data["file"] = target.name
    data["video"] = {
        **data.get("video", {}),
        "width": copy.width,
        "height": copy.height,
        "bytes": target.stat().st_size,
    }
    data["degraded"] = spec.label
    out = folder / f"{truth.video.stem}.json"
    write_text_atomic(out, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    boxes = truth.path.with_name(f"{truth.path.stem}.boxes.json")
    if boxes.exists():
        write_text_atomic(folder / boxes.name, json.dumps(_scaled_boxes(json.loads(boxes.read_text()), sx, sy)))
    return out


def _scaled_boxes(data: Any, sx: float, sy: float) -> Any:
    """Every `box` [x, y, w, h] in a positions file, scaled to the copy."""
    if isinstance(data, dict):
        return {
            key: [round(v * s) for v, s in zip(value, (sx, sy, sx, sy))]
            if key == "box" and isinstance(value, list)
            else _scaled_boxes(value, sx, sy)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [_scaled_boxes(item, sx, sy) for item in data]
    return data


def degrade_folder(folder: Path, spec: DegradeSpec, out_dir: Path) -> Path:
    """The folder of degraded copies (with their ground truth) of every clip in `folder`."""
    if spec.is_none:
        return folder
    target = out_dir / spec.folder_name
    for truth in find_clips(folder):
        degrade_clip(truth, spec, target)
    return target


def evaluate_copies(
    folder: Path,
    out_dir: Path,
    specs: list[DegradeSpec],
    redact: Redactor | None,
    per_second: float = 1.0,
    report: Callable[[str], None] = print,
) -> list[dict[str, Any]]:
    """Evaluate `folder` as it is (no specs) or each degraded copy of it, and write each one's
    tables (eval.json, eval.md) beside its outputs; with several, all tables in out_dir/eval.md
    too. Copies go to out_dir/degraded/SPEC, their outputs to out_dir/SPEC. The independent
    OCR's findings on each input are kept in out_dir/input-reads for the next run."""
    reads = out_dir / "input-reads"
    reports = []
    for spec in specs or [DegradeSpec("none")]:
        label = folder.name if spec.is_none else f"{folder.name} ({spec.label})"
        source = degrade_folder(folder, spec, out_dir / "degraded")
        target = out_dir if not specs else out_dir / spec.folder_name
        if specs:
            report(f"-- {label}")
        # the tables are written after each clip: an evaluation cut short keeps the clips done
        write_done = partial(_write_tables, target, label)
        results = evaluate_folder(source, target, redact, per_second, report, reads, write_done)
        tables = report_dict(results, label)
        write_report(target, tables)
        report(summary_text(tables))
        reports.append(tables)
    if specs:
        write_text_atomic(out_dir / f"{REPORT_NAME}.md", "\n".join(markdown(r) for r in reports))
    return reports


def _write_tables(target: Path, label: str, done: list[ClipReport]) -> None:
    write_report(target, report_dict(done, label))
