"""Analysis pass: frames in, RedactionPlan out.

For each frame: find what changed since the last analysed state, grow it to whole text lines,
OCR only those lines, keep earlier words elsewhere, run detection on the changed lines and
their neighbours (labels sit beside or above values), and hand the findings to the tracker.
Detection may run in its own process (detect_worker.py): frames then wait, in order, for their
findings before the tracker takes them, while the analysis reads the next ones.
At 30 fps a scroll or the pointer changes nearly every frame: such frames are read together a
few times a second (scroll_read_s, typing_read_s), and the tracker reaches back over the frames
between to the one that first showed what a later read found.
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

from pipeline import __version__
from pipeline.analysis.changes import ChangeConfig, ChangeFinder, to_grey
from pipeline.media.frames import iter_frames
from pipeline.detection.worker import DetectionService, DetectorLike, Outcome, as_service
from pipeline.core.layout import touching, words_near
from pipeline.analysis.motion import Motion, MotionConfig, estimate_motion, group_boxes, residual_boxes
from pipeline.analysis.ocr import OcrConfig, OcrEngine, find_text_lines, read_lines
from pipeline.core.plan import RedactionPlan
from pipeline.analysis.track import TrackConfig, Tracker
from pipeline.core.types import Box, Detection, FullFrameMask, OcrWord, VideoInfo, intersecting

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
    # A scroll changes the entering edge of its area in every frame: at 30 fps each row was
    # read (and the whole list analysed) five or six times while it came into view. What
    # scrolled in is read at most this often instead; the tracker reaches back over the frames
    # in between (track.Tracker._reach_back), so they are masked as if read. At 0.1 s a slowly
    # scrolled list was still read about twice per row (benchmarks: 0.2 s read 30 % fewer lines
    # and made 40 % fewer detection calls on a scrolling list, with no leak and the same utility).
    scroll_read_s: float = 0.2
    # ...but only while the scroll is slow enough that what came in stays in view this many
    # intervals: a fling is read in every frame.
    scroll_read_margin: int = 4
    # Small changes (a typed character, the caret, the pointer) are read at most this often:
    # a keystroke's line is read with the next ones, and a value found in it reaches back
    # over the frames since (the tracker's typing back-fill). A value shown whole for less
    # than this is still read: the read happens within this time, whatever comes next.
    typing_read_s: float = 0.25
    typing_max: int = 48  # pixels per side of a change box that counts as small
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
    changed: list[Box]  # areas that changed in this frame (for the tracker)
    read: list[Box]  # areas whose findings this frame's ticket brings (changed or read late)
    ticket: int | None  # None: nothing to detect in this frame
    covers: list[int] = field(default_factory=list)  # earlier frames whose read was deferred to this one


@dataclass(slots=True)
class AnalysisStats:
    frames: int = 0
    frames_changed: int = 0
    lines_read: int = 0
    detect_calls: int = 0
    failed_frames: int = 0
    motions: int = 0
    deferred_reads: int = 0
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
        self._changes = ChangeFinder(config.change)  # told of every write to _reference
        self._words: list[OcrWord] = []
        # Lines read while their area scrolled (an edge may have cut them: only part of them
        # was in view): read again after the next move of their area, when more of them shows.
        self._cut: deque[Box] = deque(maxlen=config.max_cut_lines)
        # What scrolled in during frames whose read was deferred (current coordinates), the
        # moving areas (their context) and those frames.
        self._unread: list[tuple[Box, bool]] = []  # (area, must be read before it scrolls out)
        self._unread_motions: list[Motion] = []
        self._deferred: list[int] = []
        self._last_read_s = float("-inf")
        self._read_due = float("inf")  # time by which what waits must be read
        self._waiting: deque[_Waiting] = deque()
        self._max_waiting = max(1, config.waiting_mb * 2**20 // max(info.width * info.height, 1))

    def process_frame(self, index: int, pts_s: float, image: np.ndarray | None) -> None:
        self.stats.frames += 1
        if image is None:
            self._fail(index, "decode_error")
            self._waiting.append(_Waiting(index, pts_s, np.zeros((1, 1), np.uint8), [], [], [], None))
        else:
            grey = image if image.ndim == 2 else to_grey(image)
            try:
                self._waiting.append(self._analyse(index, pts_s, grey))
            except Exception as exc:  # noqa: BLE001 - any failure must mask the frame (fail closed)
                log.error("frame %d: analysis failed (%s); frame masked whole", index, type(exc).__name__)
                self._fail(index, "analysis_error")
                self._waiting.append(_Waiting(index, pts_s, grey, [], [], [], None))
        self._track(block=len(self._waiting) > self._max_waiting)

    def finish(self) -> tuple[list, list[FullFrameMask]]:
        if self._deferred and self._waiting:
            # The recording ended in a scroll whose last frames were not read yet: read what
            # came in on the last frame (held back from the tracker for this).
            last = self._waiting[-1]
            try:
                last.read, last.ticket, covers = self._read(last.grey, last.pts_s, [], [])[1:]
                last.covers += covers
            except Exception as exc:  # noqa: BLE001 - fail closed, as in process_frame
                log.error("frame %d: analysis failed (%s); frames masked whole", last.index, type(exc).__name__)
                self._fail(last.index, "analysis_error")
        self._track(block=True)
        return self.tracker.finish(), _merge_ranges(self.full_frames)

    # --- internals ----------------------------------------------------------------------

    def _track(self, block: bool) -> None:
        """Hand waiting frames to the tracker, oldest first, as long as their findings are in
        (all of them when `block`). While reads are deferred the newest frame stays: should
        the recording end, finish() reads on it."""
        while self._waiting:
            if self._deferred and len(self._waiting) == 1:
                return
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
            self.tracker.update(frame.index, frame.pts_s, frame.grey, frame.changed, detections)
            if self.on_frame is not None:
                self.on_frame(frame.index)

    def _take(self, frame: _Waiting, outcome: Outcome) -> list[Detection]:
        if outcome.error is not None:
            # Its words were never analysed, and the frames read since did not look at them
            # again: mask all of them whole, and read the next frame afresh. So too the frames
            # whose read was deferred to it.
            log.error("frame %d: detection failed (%s); frames masked whole", frame.index, outcome.error)
            for index in frame.covers + [waiting.index for waiting in self._waiting]:
                self.stats.failed_frames += 1
                self.full_frames.append(FullFrameMask(index, index, "analysis_error"))
            self._reset()
            return []
        if outcome.called:
            self.stats.detect_calls += 1
            self.stats.detect_seconds += outcome.seconds
        # Findings outside the re-read area are already tracked from earlier frames, unless
        # their track's box reaches into it (a window now covers part of the box): the tracker
        # needs them to keep what is still visible hidden, or it ends the track.
        live = self.tracker.live_boxes()
        touched = [b for b, hit in zip(live, intersecting(live, frame.read)) if hit]
        found = outcome.detections
        return [d for d, hit in zip(found, intersecting([d.box for d in found], frame.read + touched)) if hit]

    # --- internals ----------------------------------------------------------------------

    def _fail(self, index: int, reason: str) -> None:
        self.stats.failed_frames += 1
        self.full_frames.append(FullFrameMask(index, index, reason))
        # frames whose read was deferred to this one were never read: masked whole too
        for deferred in self._deferred:
            self.stats.failed_frames += 1
            self.full_frames.append(FullFrameMask(deferred, deferred, reason))
        self._reset()

    def _reset(self) -> None:
        """Forget the analysed state: the next frame is read whole."""
        self._reference = None
        self._changes.reset()
        self._words = []
        self._cut.clear()
        self._unread, self._unread_motions, self._deferred = [], [], []
        self._read_due = float("inf")

    def _analyse(self, index: int, pts_s: float, grey: np.ndarray) -> _Waiting:
        height, width = grey.shape
        motions: list[Motion] = []
        if self._reference is None:
            dirty = [Box(0, 0, width, height)]
            self._reference = np.zeros_like(grey)
            self._changes.reset()
        else:
            dirty = self._changes.find(self._reference, grey)
            dirty, motions = self._follow_motion(grey, dirty)
        self.stats.frames_changed += bool(dirty)
        must_read = self._may_defer(grey, motions, dirty, pts_s) if dirty else None
        if must_read is not None:
            # Only the edges of a slow scroll or a few small spots changed: read them with the
            # next frames.
            self.stats.deferred_reads += 1
            self._unread.extend(zip(dirty, must_read))
            self._unread_motions.extend(motions)
            self._deferred.append(index)
            self._copy_to_reference(grey, dirty)
            return _Waiting(index, pts_s, grey, motions, dirty, [], None)
        if not dirty and (not self._unread or pts_s < self._read_due - _EPS):
            return _Waiting(index, pts_s, grey, motions, [], [], None)
        changed, read, ticket, covers = self._read(grey, pts_s, dirty, motions)
        return _Waiting(index, pts_s, grey, motions, changed, read, ticket, covers)

    def _read(self, grey: np.ndarray, pts_s: float, dirty: list[Box], motions: list[Motion]
              ) -> tuple[list[Box], list[Box], int | None, list[int]]:
        """Read the lines touching what changed (and what waits to be read) and hand their
        words, with their surroundings, to detection: (changed, read, ticket, frames covered)."""
        width = grey.shape[1]
        moving = motions + self._unread_motions
        to_read = dirty + [box for box, _ in self._unread]
        lines = self._lines_touching(grey, to_read)
        read = to_read + lines
        # the tracker is told what changed in this frame: what scrolled in before and is read
        # only now did not change here (the tracker reaches back to the frames that showed it)
        changed = dirty + [line for line in lines if any(line.intersects(d) for d in dirty)]
        self._words = [w for w, hit in zip(self._words, touching(self._words, read)) if not hit]
        started = time.perf_counter()
        for words in read_lines(self.engine, grey, lines, self.config.ocr):
            self._words.extend(words)
        self.stats.ocr_seconds += time.perf_counter() - started
        self.stats.lines_read += len(lines)
        self._last_read_s = pts_s
        # Lines read at the edge where content comes into a moving area may have been cut
        # there (it shows part by part): each is read once more after the area's next move.
        # Lines read inside it were whole, and from then on only move, with their words.
        self._cut.extend(line for line in lines if any(self._at_edge(line, m) for m in moving))
        self._copy_to_reference(grey, read)
        # Rows scrolling into a list are read once or twice, not in every frame: detection
        # sees them with the whole list around them, its column headers included, as the
        # viewer does (a city is a city because of its column, which a few rows of context
        # do not show).
        scrolled = [m.area for m in moving if any(line.intersects(m.area) for line in lines)]
        covers = self._deferred
        self._unread, self._unread_motions, self._deferred = [], [], []
        self._read_due = float("inf")
        nearby = words_near(self._words, read + scrolled, width, self.config.context)
        ticket = self.detection.submit(nearby) if nearby else None
        return changed, read, ticket, covers

    def _may_defer(self, grey: np.ndarray, motions: list[Motion], dirty: list[Box], pts_s: float
                   ) -> list[bool] | None:
        """Whether this frame's read can wait for a later frame: the last read is recent, any
        scroll in it is slow, and each change lies along the edge of a moving area, is small
        (typing, the caret, the pointer, a clock's digit) or holds no text (a scroll bar's
        thumb). If so, for each change: must it be read before its area's moves carry it out
        (else the frames that showed it are masked whole)? None: read now."""
        interval = self.config.scroll_read_s if motions else self.config.typing_read_s
        if pts_s - self._last_read_s >= interval - _EPS or pts_s >= self._read_due - _EPS:
            return None
        # how far content moves in one read interval, against the area's size
        steps = self.config.scroll_read_margin * max(1.0, self.config.scroll_read_s * max(self.info.fps, 1.0))
        if any(abs(m.dy) * steps > m.area.h or abs(m.dx) * steps > m.area.w for m in motions):
            return None
        band, limit = self.config.line_band, self.config.typing_max
        must_read: list[bool] = []
        for box in dirty:
            inside = [m.area.contains(box) for m in motions]
            # What came in lately at the entering edge: its last rows are read again as they
            # move in, and must be read before they could leave.
            at_entry = [self._at_edge(box, m, margin=band) for m in motions]
            entering = any(at_entry)
            if any(i and (e or self._at_edge(box, m, leaving=True)) for m, i, e in zip(motions, inside, at_entry)):
                must_read.append(entering)  # at the leaving edge: read before (the tracker cuts its boxes)
            elif box.w <= limit and box.h <= limit:
                # Small: typing, the caret, a clock's digit, or the pointer, which stays put while
                # a list scrolls under it. Text inside a moving area must be read before the
                # scroll carries it out.
                must_read.append(entering or (any(inside) and bool(self._lines_touching(grey, [box]))))
            elif motions and not self._lines_touching(grey, [box]):
                must_read.append(entering)
            else:
                return None  # a larger change beyond the move, or elsewhere, with text
        self._read_due = min(self._read_due, self._last_read_s + interval)
        return must_read

    def _copy_to_reference(self, grey: np.ndarray, boxes: list[Box]) -> None:
        assert self._reference is not None
        height, width = grey.shape
        for box in boxes:
            b = box.clip(width, height)
            self._reference[b.y : b.y2, b.x : b.x2] = grey[b.y : b.y2, b.x : b.x2]
        self._changes.reference_changed(boxes)

    def _follow_motion(self, grey: np.ndarray, dirty: list[Box]) -> tuple[list[Box], list[Motion]]:
        """Move known words with areas that scrolled; what is left to read is the strip that
        came into view and whatever changed beyond the move."""
        assert self._reference is not None
        remaining: list[Box] = []
        motions: list[Motion] = []
        # A scroll changes every text cell of a list but not the blank between them: try the
        # cells of each group of nearby changes together first, then each on its own. Far-off
        # changes (the clock, the pointer, another window) are other groups: taken into one
        # area with the list they made its shift look no better than none.
        for group in group_boxes(dirty, self.config.motion.group_gap):
            whole = Box.union_all(group)
            if len(group) > 1 and whole is not None and sum(d.area for d in group) >= self.config.motion.min_changed:
                motion = estimate_motion(self._reference, grey, whole, self.config.motion, self.config.change)
                if motion is not None:
                    motions.append(motion)
                    remaining.extend(self._apply_motion(grey, motion))
                    continue
            for area in group:
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
        self._move_unread(motion)
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
            # of it only moved (the tracker cuts its box to the area too). So did a word with a
            # small spot in it that did not move (the pointer resting over a scrolling list):
            # that spot is a change of its own (residual_boxes), read as small changes are.
            if area.contains(word.box) and (motion.still(visible) or self._small_spot(motion, visible)):
                kept.append(OcrWord(word.text, new_box, word.conf))
            else:  # it did not move cleanly: read again wherever it went
                remaining.append(visible)
        self._words = kept
        remaining.extend(residual_boxes(motion))
        self._copy_to_reference(grey, [area])
        return remaining

    def _small_spot(self, motion: Motion, box: Box) -> bool:
        spot = motion.changed_within(box)
        limit = self.config.typing_max
        return spot is not None and spot.w <= limit and spot.h <= limit

    def _move_unread(self, motion: Motion) -> None:
        """What scrolled in and waits to be read moves with its area. Should some of it leave
        the area before it was read (a scroll turned back at once), the frames that showed it
        are masked whole: it can no longer be read."""
        area, moved, lost = motion.area, [], False
        for box, must_read in self._unread:
            if not box.intersects(area):
                moved.append((box, must_read))
                continue
            shifted = box.intersection(area).shift(motion.dx, motion.dy)
            # what leaves at the other edge was read before (it is only gone sooner)
            lost = lost or (must_read and not area.contains(shifted))
            if shifted.intersects(area):
                moved.append((shifted.intersection(area), must_read))
            if not area.contains(box):
                moved.append((box, must_read))  # its part outside did not move: read where it is
        self._unread = moved
        if lost:
            log.warning("content scrolled out before it was read; %d frames masked whole", len(self._deferred))
            for index in self._deferred:
                self.stats.failed_frames += 1
                self.full_frames.append(FullFrameMask(index, index, "unread_scroll"))
            self._deferred = []

    def _at_edge(self, line: Box, motion: Motion, leaving: bool = False, margin: int = 0) -> bool:
        """`line` lies along the edge of `motion`'s area where content comes in (or, with
        `leaving`, where it goes out), or within `margin` more pixels of it. The area is the
        union of change boxes, so its edges lie a few pixels outside the moving pixels."""
        area = motion.area
        if not line.intersects(area):
            return False
        reach = 2 * (self.config.change.grow + self.config.change.blur) + margin
        dx, dy = (-motion.dx, -motion.dy) if leaving else (motion.dx, motion.dy)
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
    # One decoder thread: the decode already runs beside the analysis (prefetch), and frame
    # threads cost a fifth more CPU per frame, which the renderer and detection need.
    for frame in iter_frames(path, info, prefetch=8, grey=True, threads=1):
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


_EPS = 1e-6  # seconds: frame times are sums of floats


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
