"""The controller for one recording: probe, analyse, render, write the plan.

The CLI only parses options into a `RedactRequest`; batch jobs call `redact_file` the same way.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer, analyse_file
from pipeline.analysis.ocr import CachedEngine, make_engine
from pipeline.analysis.values import SeenValues
from pipeline.core.errors import InputError, OutputError
from pipeline.core.paths import check_distinct
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import MaskStyle, VideoInfo
from pipeline.detection.config import make_detector
from pipeline.detection.protocols import DetectionService
from pipeline.detection.worker import DetectionProcess, InlineDetection, detector_factory
from pipeline.media.encode import DEFAULT_CRF, VIDEO_SUFFIXES
from pipeline.media.probe import IMAGE_SUFFIXES, probe
from pipeline.render.live import LiveRender
from pipeline.render.renderer import render

if TYPE_CHECKING:
    from pipeline.detection.detector import Detector

log = logging.getLogger(__name__)


class _RenderOptions(TypedDict):
    """What LiveRender and render() both take from a request."""

    style: MaskStyle
    keep_audio: bool
    crf: int
    preset: str


@dataclass(frozen=True, slots=True)
class RedactRequest:
    input: Path
    output: Path
    plan: Path | None = None  # default: beside the output, `<output stem>.plan.json`
    style: MaskStyle = "blur"
    keep_audio: bool = False
    crf: int = DEFAULT_CRF
    preset: str = "veryfast"
    analysis: AnalysisConfig = field(default_factory=AnalysisConfig)
    models_dir: Path | None = None
    # "live": render in a second process while the analysis runs (two cores busy, not one);
    # "after": render once the plan is complete; "auto": live when the video is long enough
    # for the renderer's lag (the tracker's back-fill reach) to leave room to overlap.
    render_mode: str = "auto"
    # entity types to find (a policy's union over its purposes); None finds all in models/
    entities: tuple[str, ...] | None = None
    # "process": text analysis (Presidio) in its own process while the frames are read;
    # "inline": in this one; "auto": its own process unless this one may not start any
    detection_mode: str = "auto"


@dataclass(frozen=True, slots=True)
class RedactResult:
    output: Path
    plan_path: Path
    plan: RedactionPlan
    seconds: float

    @property
    def by_type(self) -> dict[str, int]:
        return dict(sorted(Counter(t.entity_type for t in self.plan.tracks).items()))

    @property
    def realtime_factor(self) -> float:
        duration = self.plan.video.duration_s
        return duration / self.seconds if self.seconds > 0 and duration > 0 else 0.0


def default_plan_path(output: Path) -> Path:
    name = output.name.rsplit(".", 1)[0]
    return output.with_name(f"{name}.plan.json")


def check_writable(path: Path) -> None:
    """Fail before hours of analysis, not after: the output folder must take a new file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("output folder does not exist", folder)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".redact-probe-"):
            pass
    except OSError as exc:
        raise OutputError(f"output folder is not writable ({exc.strerror or type(exc).__name__})", folder) from None
    if path.exists() and path.is_dir():
        raise OutputError("output is a folder", path)


def check_output_kind(info: VideoInfo, output: Path) -> None:
    """Refuse before the analysis an output the renderer cannot write for this input: a video
    goes to a video container; a screenshot to an image or a video container."""
    suffix = output.suffix.lower()
    if suffix in VIDEO_SUFFIXES or (info.is_image and suffix in IMAGE_SUFFIXES):
        return
    allowed = sorted(VIDEO_SUFFIXES | (IMAGE_SUFFIXES if info.is_image else frozenset()))
    kind = "an image" if info.is_image else "a video"
    raise OutputError(f"the output of {kind} must end in {', '.join(allowed)} (got {suffix or 'no suffix'!r})", output)


def redact_file(
    request: RedactRequest,
    progress: Callable[[str, int, int], None] | None = None,
    detector: Detector | None = None,
    values: SeenValues | None = None,
) -> RedactResult:
    """Analyse and render one input. `progress(stage, done, total)` is called as frames pass.
    Batch workers pass their `detector` (loading spaCy costs seconds) built by `make_detector`,
    and `values` to keep the values found (verification looks for pieces of them)."""

    started = time.perf_counter()
    plan_path = request.plan or default_plan_path(request.output)
    check_distinct({"the output": request.output, "the plan": plan_path}, {"the input": request.input})
    info = probe(request.input)
    check_output_kind(info, request.output)
    check_writable(request.output)
    check_writable(plan_path)
    engine = CachedEngine(make_engine(request.analysis.ocr))

    def stage(name: str, *, running_total: bool = False) -> Callable[[int], None] | None:
        """`progress` for one stage: the analysis reports each frame (1), the renderer its running total."""
        if progress is None:
            return None
        done = 0

        def tick(n: int) -> None:
            nonlocal done
            done = n if running_total else done + n
            progress(name, done, info.frame_count)

        return tick

    render_options = _RenderOptions(
        style=request.style, keep_audio=request.keep_audio, crf=request.crf, preset=request.preset
    )
    lag = int(math.ceil((request.analysis.track.backfill_max_s + 1.0) * max(info.fps, 1.0)))
    live = None
    detection: DetectionService | None = None
    try:  # both helpers are stopped whatever fails, their start included
        if _render_live(request.render_mode, info, lag):
            live = LiveRender(request.input, request.output, info, lag=lag, **render_options)
        detection = _detection(request, info, detector)
        plan = analyse_file(
            str(request.input),
            info,
            engine,
            detection,
            request.analysis,
            progress=stage("analyse"),
            follower=_follow(live) if live else None,
            values=values,
        )
        detection.close()
        if not plan.tracks and not plan.full_frames:
            log.info("%s: nothing to redact found", request.input)
        if live is None or not live.complete(plan):
            render(plan, request.input, request.output, progress=stage("render", running_total=True), **render_options)
    except BaseException:
        try:
            if detection is not None:
                detection.close()
        finally:  # a second Ctrl-C must not leave the renderer or its file behind
            if live is not None:
                live.abort()
        raise
    plan.save(plan_path)
    return RedactResult(request.output, plan_path, plan, time.perf_counter() - started)


def _render_live(mode: str, info: VideoInfo, lag: int) -> bool:
    if mode not in ("auto", "live", "after"):
        raise ValueError(f"unknown render mode {mode!r}")
    if info.is_image or mode == "after" or not _may_start_processes():
        return False
    return mode == "live" or info.frame_count > lag


def _detection(request: RedactRequest, info: VideoInfo, detector: Detector | None) -> DetectionService:
    """A given (batch worker's) detector runs here; otherwise detection gets its own process
    where that is allowed and worth it (not for a screenshot)."""
    if request.detection_mode not in ("auto", "process", "inline"):
        raise ValueError(f"unknown detection mode {request.detection_mode!r}")
    if detector is not None:
        return InlineDetection(detector)
    if request.detection_mode != "inline" and not info.is_image and _may_start_processes():
        return DetectionProcess(detector_factory(request.models_dir, request.entities))
    return InlineDetection(make_detector(request.models_dir, request.entities))


def _may_start_processes() -> bool:
    # a daemonic worker (Dask's, a pool's) may not start child processes
    return not multiprocessing.current_process().daemon


def _follow(live: LiveRender) -> Callable[[ScreenAnalyzer, int], None]:
    """Hand the analysis' new segments and frames masked whole to the live renderer."""

    def follow(analyzer: ScreenAnalyzer, index: int) -> None:
        new = analyzer.take_new_output()
        live.feed.update(index, new.segments, new.full_frames, new.open_segments)

    return follow


def render_from_plan(
    input_path: Path, plan_path: Path, output: Path, *, style: MaskStyle = "blur", keep_audio: bool = False
) -> RedactionPlan:
    """Re-render an input from an existing (possibly edited) plan, without OCR."""
    check_distinct({"the output": output}, {"the input": input_path, "the plan": plan_path})
    plan = RedactionPlan.load(plan_path)
    info = probe(input_path)
    if (info.width, info.height) != (plan.video.width, plan.video.height):
        raise InputError(
            f"plan is for a {plan.video.width}x{plan.video.height} video, input is {info.width}x{info.height}",
            input_path,
        )
    check_output_kind(info, output)
    check_writable(output)
    render(plan, input_path, output, style=style, keep_audio=keep_audio)
    return plan
