"""Analysis pass: frames in, RedactionPlan out.

For each frame: find what changed since the last analysed state, grow it to whole text lines,
OCR only those lines, keep earlier words elsewhere, run detection on the changed lines and
their neighbours (labels sit beside or above values), and hand the findings to the tracker.
Detection may run in its own process (detect_worker.py): frames then wait, in order, for their
findings before the tracker takes them, while the analysis reads the next ones.
Any failure in a frame's analysis masks that frame whole and forces a full re-read of the
next one (fail closed); the error's type is logged, never its text.
"""

from __future__ import annotations

import hashlib
import logging
import platform
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import av
import numpy as np

from . import __version__
from .changes import ChangeConfig, changed_boxes, to_grey
from .decode import iter_frames
from .detect_worker import DetectionService, DetectorLike, Outcome, as_service
from .layout import touching, words_near
from .motion import Motion, MotionConfig, estimate_motion, residual_boxes
from .ocr import OcrConfig, OcrEngine, find_text_lines, read_lines
from .plan import RedactionPlan
from .track import TrackConfig, Tracker
from .types import Box, Detection, FullFrameMask, OcrWord, VideoInfo

log = logging.getLogger(__name__)

__all__ = ["AnalysisConfig", "DetectorLike", "ScreenAnalyzer", "analyse_file"]


@dataclass(frozen=True, slots=True)
class AnalysisConfig:
    ocr: OcrConfig = field(default_factory=OcrConfig)
    change: ChangeConfig = field(default_factory=ChangeConfig)
    track: TrackConfig = field(default_factory=TrackConfig)
    motion: MotionConfig = field(default_factory=MotionConfig)
    max_cut_lines: int = 256  # lines remembered as read while cut by a scroll's edge
    line_band: int = 32  # pixels above/below a change searched for the whole text line
    context: int = 60  # pixels above/below changed lines handed to detection as context
    # Grey frames analysed ahead of the tracker while detection catches up, in MB: enough to
    # go on reading through the detector's start (models load in a few seconds) and bursts
    # of text; about 100 frames at 1080p, a few seconds of video.
    waiting_mb: int = 200


@dataclass(slots=True)
class _Waiting:
    """A frame analysed and waiting for its findings before the tracker takes it."""

    index: int
    pts_s: float
    grey: np.ndarray
    motions: list[Motion]
    analysed: list[Box]
    ticket: int | None  # None: nothing to detect in this frame


@dataclass(slots=True)
class AnalysisStats:
    frames: int = 0
    frames_changed: int = 0
    lines_read: int = 0
    detect_calls: int = 0
    failed_frames: int = 0
    motions: int = 0
    seconds: float = 0.0
    ocr_seconds: float = 0.0
    detect_seconds: float = 0.0

    def to_dict(self) -> dict[str, float]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


class ScreenAnalyzer:
    """Stateful per-frame analysis (process_frame / finish), reusable for any frame source.

    `detector` is a detector (run in this process) or a DetectionService. With a service that
    answers later, up to `waiting_mb` of frames wait for their findings; the tracker takes frames
    strictly in order, and `on_frame(index)` is called as it does (a live renderer follows
    the tracker, not the reading)."""

    def __init__(self, info: VideoInfo, engine: OcrEngine, detector: DetectorLike | DetectionService,
                 config: AnalysisConfig):
        self.info = info
        self.engine = engine
        self.detection = as_service(detector)
        self.config = config
        self.tracker = Tracker(config.track, config.change)
        self.stats = AnalysisStats()
        self.full_frames: list[FullFrameMask] = []
        self.on_frame: Callable[[int], None] | None = None
        self._reference: np.ndarray | None = None
        self._words: list[OcrWord] = []
        # Lines read while their area scrolled (an edge may have cut them: only part of them
        # was in view): read again after the next move of their area, when more of them shows.
        self._cut: deque[Box] = deque(maxlen=config.max_cut_lines)
        self._waiting: deque[_Waiting] = deque()
        self._max_waiting = max(1, config.waiting_mb * 2**20 // max(info.width * info.height, 1))

    def process_frame(self, index: int, pts_s: float, image: np.ndarray | None) -> None:
        self.stats.frames += 1
        if image is None:
            self._fail(index, "decode_error")
            self._waiting.append(_Waiting(index, pts_s, np.zeros((1, 1), np.uint8), [], [], None))
        else:
            grey = image if image.ndim == 2 else to_grey(image)
            try:
                motions, analysed, ticket = self._analyse(grey)
            except Exception as exc:  # noqa: BLE001 - any failure must mask the frame (fail closed)
                log.error("frame %d: analysis failed (%s); frame masked whole", index, type(exc).__name__)
                self._fail(index, "analysis_error")
                motions, analysed, ticket = [], [], None
            self._waiting.append(_Waiting(index, pts_s, grey, motions, analysed, ticket))
        self._track(block=len(self._waiting) > self._max_waiting)

    def finish(self) -> tuple[list, list[FullFrameMask]]:
        self._track(block=True)
        return self.tracker.finish(), _merge_ranges(self.full_frames)

    # --- internals ----------------------------------------------------------------------

    def _track(self, block: bool) -> None:
        """Hand waiting frames to the tracker, oldest first, as long as their findings are in
        (all of them when `block`)."""
        while self._waiting:
            frame = self._waiting[0]
            detections: list[Detection] = []
            if frame.ticket is not None:
                outcome = self.detection.poll(frame.ticket, block)
                if outcome is None:
                    return
                detections = self._take(frame, outcome)
            self._waiting.popleft()
            for motion in frame.motions:
                self.tracker.move(frame.index, frame.pts_s, frame.grey, motion)
            self.tracker.update(frame.index, frame.pts_s, frame.grey, frame.analysed, detections)
            if self.on_frame is not None:
                self.on_frame(frame.index)

    def _take(self, frame: _Waiting, outcome: Outcome) -> list[Detection]:
        if outcome.error is not None:
            # Its words were never analysed, and the frames read since did not look at them
            # again: mask all of them whole, and read the next frame afresh.
            log.error("frame %d: detection failed (%s); frames masked whole", frame.index, outcome.error)
            for waiting in self._waiting:
                self.stats.failed_frames += 1
                self.full_frames.append(FullFrameMask(waiting.index, waiting.index, "analysis_error"))
            self._reference = None
            self._words = []
            return []
        if outcome.called:
            self.stats.detect_calls += 1
            self.stats.detect_seconds += outcome.seconds
        # Findings outside the re-read area are already tracked from earlier frames, unless
        # their track's box reaches into it (a window now covers part of the box): the tracker
        # needs them to keep what is still visible hidden, or it ends the track.
        areas = frame.analysed
        touched = [b for b in self.tracker.live_boxes() if any(b.intersects(a) for a in areas)]
        return [d for d in outcome.detections if any(d.box.intersects(a) for a in areas + touched)]

    # --- internals ----------------------------------------------------------------------

    def _fail(self, index: int, reason: str) -> None:
        self.stats.failed_frames += 1
        self.full_frames.append(FullFrameMask(index, index, reason))
        self._reference = None  # re-read the whole next frame
        self._words = []
        self._cut.clear()

    def _analyse(self, grey: np.ndarray) -> tuple[list[Motion], list[Box], int | None]:
        height, width = grey.shape
        motions: list[Motion] = []
        if self._reference is None:
            dirty = [Box(0, 0, width, height)]
            self._reference = np.zeros_like(grey)
        else:
            dirty = changed_boxes(self._reference, grey, self.config.change)
            dirty, motions = self._follow_motion(grey, dirty)
        if not dirty:
            return motions, [], None
        self.stats.frames_changed += 1
        lines = self._lines_touching(grey, dirty)
        analysed = dirty + lines
        self._words = [w for w, hit in zip(self._words, touching(self._words, analysed)) if not hit]
        started = time.perf_counter()
        for words in read_lines(self.engine, grey, lines, self.config.ocr):
            self._words.extend(words)
        self.stats.ocr_seconds += time.perf_counter() - started
        self.stats.lines_read += len(lines)
        # Lines read at the edge where content comes into a moving area may have been cut
        # there (it shows part by part): each is read once more after the area's next move.
        # Lines read inside it were whole, and from then on only move, with their words.
        self._cut.extend(line for line in lines if any(self._at_edge(line, m) for m in motions))
        for box in analysed:
            b = box.clip(width, height)
            self._reference[b.y : b.y2, b.x : b.x2] = grey[b.y : b.y2, b.x : b.x2]
        # Rows scrolling into a list are read once or twice, not in every frame: detection
        # sees them with the whole list around them, its column headers included, as the
        # viewer does (a city is a city because of its column, which a few rows of context
        # do not show).
        scrolled = [m.area for m in motions if any(line.intersects(m.area) for line in lines)]
        nearby = words_near(self._words, analysed + scrolled, width, self.config.context)
        return motions, analysed, self.detection.submit(nearby) if nearby else None

    def _follow_motion(self, grey: np.ndarray, dirty: list[Box]) -> tuple[list[Box], list[Motion]]:
        """Move known words with areas that scrolled; what is left to read is the strip that
        came into view and whatever changed beyond the move."""
        assert self._reference is not None
        # A scroll changes every text cell of a list but not the blank between them: try the
        # cells together first, then each changed area on its own.
        whole = Box.union_all(dirty)
        if len(dirty) > 1 and whole is not None and sum(d.area for d in dirty) >= self.config.motion.min_changed:
            motion = estimate_motion(self._reference, grey, whole, self.config.motion, self.config.change)
            if motion is not None:
                return self._apply_motion(grey, motion), [motion]
        remaining: list[Box] = []
        motions: list[Motion] = []
        for area in dirty:
            motion = estimate_motion(self._reference, grey, area, self.config.motion, self.config.change)
            if motion is None:
                remaining.append(area)
            else:
                motions.append(motion)
                remaining.extend(self._apply_motion(grey, motion))
        return remaining, motions

    def _apply_motion(self, grey: np.ndarray, motion: Motion) -> list[Box]:
        """Move the words of a moved area; return what must still be read there."""
        assert self._reference is not None
        area = motion.area
        self.stats.motions += 1
        remaining = motion.revealed()
        # Lines that were only partly in view when read show more of themselves now: read
        # them again where they went. Lines read whole only moved, with their words.
        cut, self._cut = self._cut, deque(maxlen=self.config.max_cut_lines)
        for line in cut:
            moved = line.shift(motion.dx, motion.dy)
            if not line.intersects(area):
                self._cut.append(line)
            elif moved.intersects(area):
                remaining.append(moved.intersection(area))
        kept: list[OcrWord] = []
        for word in self._words:
            if not word.box.intersects(area):
                kept.append(word)
                continue
            new_box = word.box.shift(motion.dx, motion.dy)
            if not new_box.intersects(area):
                continue  # scrolled out of view
            visible = new_box.intersection(area)
            # A word on its way out at the area's edge was read whole before: what still shows
            # of it only moved (the tracker cuts its box to the area too).
            if area.contains(word.box) and motion.still(visible):
                kept.append(OcrWord(word.text, new_box, word.conf))
            else:  # it did not move cleanly: read again wherever it went
                remaining.append(visible)
        self._words = kept
        remaining.extend(residual_boxes(motion))
        self._reference[area.y : area.y2, area.x : area.x2] = grey[area.y : area.y2, area.x : area.x2]
        return remaining

    def _at_edge(self, line: Box, motion: Motion) -> bool:
        """`line` lies along the edge of `motion`'s area where content comes in. The area is
        the union of change boxes, so its edges lie a few pixels outside the moving pixels."""
        area = motion.area
        if not line.intersects(area):
            return False
        reach = 2 * (self.config.change.grow + self.config.change.blur)
        dx, dy = motion.dx, motion.dy
        return (
            (dy < 0 and line.y2 >= area.y2 - reach + dy) or (dy > 0 and line.y <= area.y + reach + dy)
            or (dx < 0 and line.x2 >= area.x2 - reach + dx) or (dx > 0 and line.x <= area.x + reach + dx)
        )

    def _lines_touching(self, grey: np.ndarray, dirty: list[Box]) -> list[Box]:
        """Whole text lines that a change touches, searched in full-width bands around it."""
        width = grey.shape[1]
        pad = self.config.line_band
        bands = _merge_bands([Box(0, d.y - pad, width, d.h + 2 * pad) for d in dirty])
        lines: list[Box] = []
        for band in bands:
            for line in find_text_lines(grey, band, self.config.ocr):
                if any(line.intersects(d) for d in dirty):
                    lines.append(line)
        return lines


def analyse_file(
    path: str,
    info: VideoInfo,
    engine: OcrEngine,
    detector: DetectorLike | DetectionService,
    config: AnalysisConfig,
    *,
    progress: Callable[[int], None] | None = None,
    follower: Callable[[ScreenAnalyzer, int], None] | None = None,
) -> RedactionPlan:
    """Run the analysis pass over a whole input and return its plan. `follower` is called
    after every frame the tracker took (a renderer that follows the analysis, see
    live_render.py). `detector` may be a DetectionService (detection in its own process)."""
    started = time.perf_counter()
    analyzer = ScreenAnalyzer(info, engine, detector, config)
    if follower is not None:
        analyzer.tracker.segment_log = []

    def on_frame(index: int) -> None:
        if follower is not None:
            follower(analyzer, index)
        if progress is not None:
            progress(1)

    analyzer.on_frame = on_frame
    for frame in iter_frames(path, info, prefetch=8, grey=True):
        analyzer.process_frame(frame.index, frame.pts_s, frame.image)
    tracks, full_frames = analyzer.finish()
    analyzer.stats.seconds = time.perf_counter() - started
    plan = RedactionPlan(
        video=info,
        tracks=tracks,
        full_frames=full_frames,
        engines=engine_versions(engine, analyzer.detection),
        config_hash=config_hash(config, analyzer.detection),
        source_sha256=file_sha256(path),
        stats=analyzer.stats.to_dict(),
    )
    return plan


def engine_versions(engine: OcrEngine, detector: DetectorLike | DetectionService) -> dict[str, str]:
    versions = {
        "session-redactor": __version__,
        "python": platform.python_version(),
        "ocr": engine.version(),
        "pyav": av.__version__,
    }
    versions.update(detector.versions())
    return versions


def config_hash(config: AnalysisConfig, detector: DetectorLike | DetectionService) -> str:
    digest = hashlib.sha256()
    digest.update(repr(config).encode())
    digest.update(detector.config_hash().encode())
    return digest.hexdigest()


def file_sha256(path: str, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _merge_bands(bands: list[Box]) -> list[Box]:
    merged: list[Box] = []
    for band in sorted(bands, key=lambda b: b.y):
        if merged and band.y <= merged[-1].y2:
            merged[-1] = merged[-1].union(band)
        else:
            merged.append(band)
    return merged


def _merge_ranges(masks: list[FullFrameMask]) -> list[FullFrameMask]:
    merged: list[FullFrameMask] = []
    for mask in sorted(masks, key=lambda m: m.start_frame):
        last = merged[-1] if merged else None
        if last and last.reason == mask.reason and mask.start_frame <= last.end_frame + 1:
            last.end_frame = max(last.end_frame, mask.end_frame)
        else:
            merged.append(FullFrameMask(mask.start_frame, mask.end_frame, mask.reason))
    return merged
