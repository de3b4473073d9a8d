"""Analysis pass: frames in, RedactionPlan out.

For each frame: find what changed since the last analysed state, grow it to whole text lines,
OCR only those lines, keep earlier words elsewhere, run detection on the changed lines and
their neighbours (labels sit beside or above values), and hand the findings to the tracker.
The analyser composes one collaborator per job:
- `Reference` (reference.py): the screen as analysed, against which changes are found;
- `WordCache` (words.py): words of unchanged areas kept from earlier reads, moved with scrolls;
- `ReadScheduler` (schedule.py): which changes are read now and which wait for a later frame
  (slow scrolls, typing, the pointer are read a few times a second; the tracker reaches back
  over the frames between to the one that first showed what a later read found);
- `DetectionBacklog` (backlog.py): frames waiting, in order, for detection (possibly in its
  own process) before the tracker takes them, while the analysis reads the next ones;
- `SettleWatch` (settle.py): lines read while a redraw was still settling (a low-bitrate
  copy's coarse first rendering), read once more when their pixels are still;
- `SeenValues` (values.py): the values found, with when, for the verification gate, which
  looks for what is left of them in the output (a window over part of a card number).
Any failure in a frame's analysis masks that frame whole and forces a full re-read of the
next one (fail closed); the error's type is logged, never its text.
"""

from __future__ import annotations

import hashlib
import logging
import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

import av
import numpy as np

from pipeline import __version__
from pipeline.analysis.backlog import DetectionBacklog, WaitingFrame
from pipeline.analysis.changes import to_grey
from pipeline.analysis.colour import saturation
from pipeline.analysis.config import AnalysisConfig
from pipeline.analysis.fields import FieldMemory
from pipeline.analysis.motion import Motion, estimate_motion, group_boxes, residual_boxes
from pipeline.analysis.ocr import OcrEngine, find_text_lines, first_only, read_lines, text_touches
from pipeline.analysis.reference import Reference
from pipeline.analysis.schedule import ReadScheduler, at_edge, edge_reach
from pipeline.analysis.settle import SettleWatch
from pipeline.analysis.track import Tracker
from pipeline.analysis.unread import MIN_ASPECT, UNREAD_TEXT, read_with_confidence, unread_lines, unread_part
from pipeline.analysis.values import SeenValues, text_under
from pipeline.analysis.words import WordCache
from pipeline.core.files import sha256_file
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import (
    Box,
    Detection,
    FullFrameMask,
    OcrWord,
    Track,
    TrackSegment,
    VideoInfo,
    centred_in,
    intersecting,
    merged_bands,
)
from pipeline.detection.clipped import not_learnt
from pipeline.detection.protocols import DetectionOutcome, DetectionService, DetectorLike
from pipeline.detection.worker import as_service
from pipeline.media.frames import chroma_of, iter_frames

log = logging.getLogger(__name__)

__all__ = ["AnalysisConfig", "DetectorLike", "NewOutput", "ScreenAnalyzer", "analyse_file"]


@dataclass(slots=True)
class AnalysisStats:
    frames: int = 0
    frames_changed: int = 0
    lines_read: int = 0
    settled_reads: int = 0  # lines read again once a redraw's pixels settled (settle.py)
    detect_calls: int = 0
    failed_frames: int = 0
    motions: int = 0
    deferred_reads: int = 0
    unread_lines: int = 0  # tracks of text lines no OCR pass read with confidence (UNREAD_TEXT)
    seconds: float = 0.0
    ocr_seconds: float = 0.0
    detect_seconds: float = 0.0

    def to_dict(self) -> dict[str, float]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


@dataclass(frozen=True, slots=True)
class NewOutput:
    """What the analysis settled since the last `take_new_output()`, for a renderer that
    follows it (render/live.py)."""

    segments: list[tuple[int, TrackSegment]]  # (track id, segment), closed, in the order made
    full_frames: list[FullFrameMask]  # frames masked whole, one frame each
    open_segments: list[tuple[int, int, Box]]  # (track id, start frame, box) of every box still held


class ScreenAnalyzer:
    """Stateful per-frame analysis (process_frame / finish), reusable for any frame source.

    `detector` is a detector (run in this process) or a DetectionService. With a service that
    answers later, up to `waiting_mb` of frames wait for their findings; the tracker takes frames
    strictly in order, and `on_frame(index)` is called as it does (a live renderer follows
    the tracker, not the reading). With `follow`, `take_new_output()` hands over what is new.
    The values found go into `values` (given, or a new SeenValues)."""

    def __init__(
        self,
        info: VideoInfo,
        engine: OcrEngine,
        detector: DetectorLike | DetectionService,
        config: AnalysisConfig,
        *,
        follow: bool = False,
        values: SeenValues | None = None,
    ):
        self.info = info
        self.engine = engine
        self.detection = as_service(detector)
        self.config = config
        self.tracker = Tracker(config.track, config.change, follow=follow)
        self.stats = AnalysisStats()
        self.values = values if values is not None else SeenValues()
        self.on_frame: Callable[[int], None] | None = None
        self._full_frames: list[FullFrameMask] = []
        self._full_frames_taken = 0
        self._reference = Reference(config.change)
        self._words = WordCache(config.max_cut_lines, config.typing_max)
        self._fields = FieldMemory(info.width, info.height)  # input boxes, and which showed bullets
        self._schedule = ReadScheduler(config, info.fps)
        self._settle = SettleWatch(config.change.threshold)
        self._backlog = DetectionBacklog(self.detection, config.waiting_mb, info.width * info.height)
        self._edge = edge_reach(config.change)
        self._last_grey: np.ndarray | None = None  # the image of the last frame analysed
        # the chroma planes of the frame being analysed, and how saturated its pixels are
        # (None: luma alone), see analysis/colour.py
        self._chroma: np.ndarray | None = None
        self._saturation: np.ndarray | None = None

    def process_frame(
        self, index: int, pts_s: float, image: np.ndarray | None, chroma: np.ndarray | None = None
    ) -> None:
        """Analyse one frame: `image` grey (with its `chroma` planes where the decoder gave
        them) or BGR, or None for a frame that could not be decoded."""
        self.stats.frames += 1
        self._chroma = chroma_of(image) if image is not None and image.ndim == 3 else chroma
        self._saturation = saturation(self._chroma) if self._chroma is not None else None
        if image is None:
            self._fail(index, "decode_error")
            self._backlog.add(WaitingFrame.unread(index, pts_s, np.zeros((1, 1), np.uint8)))
        else:
            grey = image if image.ndim == 2 else to_grey(image)
            try:
                self._backlog.add(self._analyse(index, pts_s, grey))
            except Exception as exc:  # noqa: BLE001 - any failure must mask the frame (fail closed)
                log.error("frame %d: analysis failed (%s); frame masked whole", index, type(exc).__name__)
                self._fail(index, "analysis_error")
                self._backlog.add(WaitingFrame.unread(index, pts_s, grey))
        self._track(block=self._backlog.full)

    def finish(self) -> tuple[list[Track], list[FullFrameMask]]:
        last = self._backlog.newest
        if self._schedule.deferred and last is not None:
            # The recording ended in a scroll whose last frames were not read yet: read what
            # came in on the last frame (held back from the tracker for this).
            try:
                read = self._read(last.grey, last.pts_s, [], [])
                last.chroma = self._chroma  # (the newest frame is the last one analysed)
                last.read, last.ticket, covers, last.words, last.illegible, last.legible = read[1:]
                last.covers += covers
            except Exception as exc:  # noqa: BLE001 - fail closed, as in process_frame
                log.error("frame %d: analysis failed (%s); frames masked whole", last.index, type(exc).__name__)
                self._fail(last.index, "analysis_error")
        self._track(block=True)
        tracks = self.tracker.finish()
        self.stats.unread_lines = sum(t.entity_type == UNREAD_TEXT for t in tracks)
        return tracks, _merge_ranges(self._full_frames)

    @property
    def deferred_frames(self) -> tuple[int, ...]:
        """Frames whose read waits for a later frame."""
        return self._schedule.deferred

    def take_new_output(self) -> NewOutput:
        """Segments closed and frames masked whole since the last call, and the boxes still held."""
        full_frames = self._full_frames[self._full_frames_taken :]
        self._full_frames_taken = len(self._full_frames)
        return NewOutput(self.tracker.take_new_segments(), full_frames, self.tracker.open_segments())

    # --- the tracker's side -------------------------------------------------------------

    def _track(self, block: bool) -> None:
        """Hand waiting frames to the tracker, oldest first, as long as their findings are in
        (all of them when `block`). While reads are deferred the newest frame stays: should
        the recording end, finish() reads on it."""
        while (ready := self._backlog.next_ready(block, hold_newest=bool(self._schedule.deferred))) is not None:
            frame, outcome = ready
            detections = self._take(frame, outcome) if outcome is not None else []
            self.tracker.moves(frame.index, frame.pts_s, frame.grey, frame.motions)
            self.tracker.update(frame.index, frame.pts_s, frame.grey, frame.changed, detections, frame.dirty)
            if frame.legible:
                self._end_read(frame)
            if frame.read:
                unread = [d.box for d in frame.illegible]
                self.tracker.lines_read(frame.index, UNREAD_TEXT, frame.legible, unread, frame.read)
            if self.on_frame is not None:
                self.on_frame(frame.index)

    def _end_read(self, frame: WaitingFrame) -> None:
        """Unread lines held from earlier frames that this frame read with confidence are read:
        their boxes end, or are cut to what is left unread (analysis/unread.py `unread_part`)."""
        legible, grey, config, chroma = frame.legible, frame.grey, self.config.ocr, frame.chroma
        unread = [d.box for d in frame.illegible]
        self.tracker.end_read(
            frame.index,
            frame.pts_s,
            grey,
            UNREAD_TEXT,
            lambda box: unread_part(box, legible, unread, grey, config, chroma),
        )

    def _take(self, frame: WaitingFrame, outcome: DetectionOutcome) -> list[Detection]:
        if outcome.error is not None:
            # Its words were never analysed, and the frames read since did not look at them
            # again: mask all of them whole, and read the next frame afresh.
            log.error("frame %d: detection failed (%s); frames masked whole", frame.index, outcome.error)
            self._mask_whole(self._backlog.unanalysed(frame), "analysis_error")
            self._reset()
            return []
        if outcome.called:
            self.stats.detect_calls += 1
            self.stats.detect_seconds += outcome.seconds
        if outcome.detections:
            # the words under some finding, found at once: a frame holds hundreds of words, a
            # scrolling list tens of findings
            boxes = [d.box for d in outcome.detections]
            under = [w for w, hit in zip(frame.words, intersecting([w.box for w in frame.words], boxes)) if hit]
            for d in outcome.detections:
                if not not_learnt(d.recognizer):  # masked, but an edge's leftover or a common word teaches nothing
                    self.values.add(d.entity_type, text_under(under, d.box), frame.pts_s)
        # Findings outside the re-read area are already tracked from earlier frames, unless
        # their track's box reaches into it (a window now covers part of the box): the tracker
        # needs them to keep what is still visible hidden, or it ends the track. One that no
        # live box meets was never tracked: a row read at a scroll's edge where its column did
        # not type it yet, typed (or remembered) only once it had moved on with its words, and
        # never read again (the bundled sample's City cell, readable for 3 s). It starts here.
        # A live box only touching it is a neighbour's (the cell beside), not its track.
        live = self.tracker.live_boxes()
        touched = [b for b, hit in zip(live, intersecting(live, frame.read)) if hit]
        # text nobody could read is held like a finding (fail closed); the policy decides per
        # purpose whether it is masked
        found = [*outcome.detections, *frame.illegible]
        boxes = [d.box for d in found]
        in_read = intersecting(boxes, frame.read + touched)
        tracked = centred_in(boxes, live)
        return [d for d, hit, known in zip(found, in_read, tracked) if hit or not known]

    # --- failures -----------------------------------------------------------------------

    def _fail(self, index: int, reason: str) -> None:
        # frames whose read was deferred to this one were never read: masked whole too
        self._mask_whole([index, *self._schedule.deferred], reason)
        self._reset()

    def _mask_whole(self, frames: list[int], reason: str) -> None:
        for index in frames:
            self.stats.failed_frames += 1
            self._full_frames.append(FullFrameMask(index, index, reason))

    def _reset(self) -> None:
        """Forget the analysed state: the next frame is read whole."""
        self._reference.reset()
        self._words.reset()
        self._schedule.reset()
        self._settle.reset()
        self._last_grey = None

    # --- the reading side ---------------------------------------------------------------

    def _analyse(self, index: int, pts_s: float, grey: np.ndarray) -> WaitingFrame:
        motions: list[Motion] = []
        previous = self._last_grey
        if self._reference.blank:
            dirty = self._reference.start(grey, self._saturation)
        else:
            changes = self._reference.changes(grey, self._saturation)
            repeated = self._reference.repeated and previous is not None
            if repeated:
                # The same pixels as the frame before (a still screen: two frames in five):
                # that frame's image is this one's too, and frames waiting for detection hold
                # one image for the run (the waiting frames are most of the analysis' memory).
                grey = previous  # type: ignore[assignment]
            dirty, motions = self._follow_motion(grey, changes)
            if self._settle:
                # lines read while a redraw settled, still now and not as read: read them again,
                # with their row (a caption read anew finds its value beside it, which a track's
                # remnant from the screen before may still overlap)
                # (what waits to be read is read anyway: typing, the pointer, a slow scroll's edge)
                waiting, _ = self._schedule.waiting()
                settled = self._settle.settled(grey, previous, repeated, pts_s, dirty + waiting)
                if settled:
                    self.stats.settled_reads += len(settled)
                    rows = [Box(0, line.y, grey.shape[1], line.h) for line in settled]
                    self._schedule.recheck(rows, pts_s, within=0.0)
        self._last_grey = grey
        self.stats.frames_changed += bool(dirty)
        must_read = None
        if dirty:

            def has_text(box: Box) -> bool:
                return text_touches(grey, box, self.config.line_band, self.config.ocr, self._chroma)

            must_read = self._schedule.may_defer(motions, dirty, pts_s, has_text)
        if must_read is not None:
            # Only the edges of a slow scroll or a few small spots changed: read them with the
            # next frames.
            self.stats.deferred_reads += 1
            self._schedule.defer(index, dirty, must_read, motions)
            self._reference.copy(grey, dirty, self._saturation)
            return WaitingFrame(index, pts_s, grey, motions, dirty, [], None)
        if not dirty and not self._schedule.due(pts_s):
            return WaitingFrame(index, pts_s, grey, motions, [], [], None)
        changed, read, ticket, covers, words, illegible, legible = self._read(grey, pts_s, dirty, motions)
        return WaitingFrame(
            index, pts_s, grey, motions, changed, read, ticket, covers, words, illegible, legible, dirty, self._chroma
        )

    def _read(
        self, grey: np.ndarray, pts_s: float, dirty: list[Box], motions: list[Motion]
    ) -> tuple[list[Box], list[Box], int | None, list[int], list[OcrWord], list[Detection], list[Box]]:
        """Read the lines touching what changed (and what waits to be read) and hand their
        words, with their surroundings, to detection: (changed, read, ticket, frames covered,
        the words handed over, the lines read without confidence, those read with it)."""
        width = grey.shape[1]
        unread, unread_motions = self._schedule.waiting()
        moving = motions + unread_motions
        to_read = dirty + unread
        lines = self._lines_touching(grey, to_read)
        read = to_read + lines
        # the tracker is told what changed in this frame: what scrolled in before and is read
        # only now did not change here (the tracker reaches back to the frames that showed it)
        changed = dirty + [line for line in lines if any(line.intersects(d) for d in dirty)]
        started = time.perf_counter()
        # Lines at the edge where a scroll brings content in are cut there, and read again as
        # it goes on: their reading is provisional, and Tesseract's alone (the second engine
        # read a third of its lines there on a long support session, for readings that were
        # soon replaced). Should the scroll stop, they are read whole, engines and all, soon.
        provisional = [any(at_edge(line, m, self._edge) for m in motions) for line in lines]
        words_read = self._read_lines(grey, lines, provisional)
        # (a provisional reading is no verdict: the line is judged when it is read again, and
        # the tracker reaches back from there over the frames that showed it)
        final = [(line, words) for line, words, cut in zip(lines, words_read, provisional) if not cut]
        # what was read now is watched no more; lines read because they changed are watched
        # until their pixels settle (a redraw's coarse first frame at a low bitrate)
        self._settle.forget(read)
        self._settle.watch(grey, [line for line, _ in final if any(line.intersects(d) for d in dirty)], pts_s)
        below = self.config.ocr.unread_below
        # the letters of a weak line that were read with confidence before, in pixels that have
        # not changed since (a line's own, or those of a heading its box reaches into): only
        # the weak lines ask, before their reading replaces those words
        weak = [line for line, words in final if not read_with_confidence(line, words, below)]
        earlier = self._words.read_before(weak, to_read, below) if weak else []
        self._words.replace(read, words_read)
        illegible = unread_lines(
            [line for line, _ in final],
            [words for _, words in final],
            below,
            grey,
            self.config.ocr,
            earlier,
            self._chroma,
        )
        legible = [
            line
            for line, words in final
            if words
            and line.w >= MIN_ASPECT * line.h
            and read_with_confidence(line, words, self.config.ocr.unread_below)
        ]
        self.stats.ocr_seconds += time.perf_counter() - started
        self.stats.lines_read += len(lines)
        # Lines read at the edge where content comes into a moving area may have been cut
        # there (it shows part by part): each is read once more after the area's next move.
        # Lines read inside it were whole, and from then on only move, with their words.
        self._words.mark_cut(line for line in lines if any(at_edge(line, m, self._edge) for m in moving))
        self._fields.update(grey, read)
        self._reference.copy(grey, read, self._saturation)
        # Rows scrolling into a list are read once or twice, not in every frame: detection
        # sees them with the whole list around them, its column headers included, as the
        # viewer does (a city is a city because of its column, which a few rows of context
        # do not show).
        scrolled = [m.area for m in moving if any(line.intersects(m.area) for line in lines)]
        nearby = self._words.near(read + scrolled, width, self.config.context)
        fields = self._fields.near([w.box for w in nearby])
        ticket = self.detection.submit(nearby, fields) if nearby else None
        # only now is what waited read: should any step above fail, the frames it covers are
        # still deferred, and masked whole with this one
        covers = self._schedule.read(pts_s)
        self._schedule.recheck([line for line, cut in zip(lines, provisional) if cut], pts_s)
        return changed, read, ticket, covers, nearby, illegible, legible

    def _read_lines(self, grey: np.ndarray, lines: list[Box], provisional: list[bool]) -> list[list[OcrWord]]:
        """The words of each line; those of `provisional` lines read by the first engine alone."""
        chroma = self._chroma
        if not any(provisional):
            return read_lines(self.engine, grey, lines, self.config.ocr, chroma)
        whole = [line for line, cut in zip(lines, provisional) if not cut]
        cut = [line for line, cut in zip(lines, provisional) if cut]
        read_whole = iter(read_lines(self.engine, grey, whole, self.config.ocr, chroma) if whole else [])
        read_cut = iter(read_lines(first_only(self.engine), grey, cut, self.config.ocr, chroma))
        return [next(read_cut) if is_cut else next(read_whole) for is_cut in provisional]

    def _follow_motion(self, grey: np.ndarray, dirty: list[Box]) -> tuple[list[Box], list[Motion]]:
        """Move known words with areas that scrolled; what is left to read is the strip that
        came into view and whatever changed beyond the move."""
        reference = self._reference.image
        remaining: list[Box] = []
        motions: list[Motion] = []
        # the shifts found so far: another area explained as well by one of them moved with it
        # (a column of repeated values matches itself shifted by a row either way)
        shifts: list[tuple[int, int]] = []
        # A scroll changes every text cell of a list but not the blank between them: try the
        # cells of each group of nearby changes together first, then each on its own. Far-off
        # changes (the clock, the pointer, another window) are other groups: taken into one
        # area with the list they made its shift look no better than none.
        for group in group_boxes(dirty, self.config.motion.group_gap):
            whole = Box.union_all(group)
            if len(group) > 1 and whole is not None and sum(d.area for d in group) >= self.config.motion.min_changed:
                motion = estimate_motion(reference, grey, whole, self.config.motion, self.config.change, shifts)
                if motion is not None:
                    motions.append(motion)
                    if (motion.dx, motion.dy) not in shifts:
                        shifts.append((motion.dx, motion.dy))
                    remaining.extend(self._apply_motion(grey, motion))
                    continue
            for area in group:
                motion = estimate_motion(reference, grey, area, self.config.motion, self.config.change, shifts)
                if motion is None:
                    remaining.append(area)
                    continue
                motions.append(motion)
                if (motion.dx, motion.dy) not in shifts:
                    shifts.append((motion.dx, motion.dy))
                remaining.extend(self._apply_motion(grey, motion))
        return remaining, motions

    def _apply_motion(self, grey: np.ndarray, motion: Motion) -> list[Box]:
        """Move what is known of a moved area with it; return what must still be read there."""
        self.stats.motions += 1
        lost = self._schedule.move(motion)
        if lost:
            log.warning("content scrolled out before it was read; %d frames masked whole", len(lost))
            self._mask_whole(lost, "unread_scroll")
        remaining = motion.revealed() + self._words.move(motion) + residual_boxes(motion)
        self._fields.move(motion)
        self._settle.forget([motion.area])
        self._reference.copy(grey, [motion.area], self._saturation)
        return remaining

    def _lines_touching(self, grey: np.ndarray, dirty: list[Box]) -> list[Box]:
        """Whole text lines that a change touches, searched in full-width bands around it."""
        width = grey.shape[1]
        pad = self.config.line_band
        bands = merged_bands([Box(0, d.y - pad, width, d.h + 2 * pad) for d in dirty])
        lines: list[Box] = []
        for band in bands:
            for line in find_text_lines(grey, band, self.config.ocr, self._chroma):
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
    values: SeenValues | None = None,
) -> RedactionPlan:
    """Run the analysis pass over a whole input and return its plan. `follower` is called
    after every frame the tracker took (a renderer that follows the analysis: it takes what
    is new with `take_new_output`, see render/live.py). `detector` may be a DetectionService
    (detection in its own process). The values found go into `values` (for verification)."""
    started = time.perf_counter()
    analyzer = ScreenAnalyzer(info, engine, detector, config, follow=follower is not None, values=values)

    def on_frame(index: int) -> None:
        if follower is not None:
            follower(analyzer, index)
        if progress is not None:
            progress(1)

    analyzer.on_frame = on_frame
    # One decoder thread: the decode already runs beside the analysis (prefetch), and frame
    # threads cost a fifth more CPU per frame, which the renderer and detection need.
    for frame in iter_frames(path, info, prefetch=8, grey=True, threads=1):
        analyzer.process_frame(frame.index, frame.pts_s, frame.image, frame.chroma)
    tracks, full_frames = analyzer.finish()
    analyzer.stats.seconds = time.perf_counter() - started
    plan = RedactionPlan(
        video=info,
        tracks=tracks,
        full_frames=full_frames,
        engines=engine_versions(engine, analyzer.detection),
        config_hash=config_hash(config, analyzer.detection),
        source_sha256=sha256_file(path),
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


def _merge_ranges(masks: list[FullFrameMask]) -> list[FullFrameMask]:
    merged: list[FullFrameMask] = []
    for mask in sorted(masks, key=lambda m: m.start_frame):
        last = merged[-1] if merged else None
        if last and last.reason == mask.reason and mask.start_frame <= last.end_frame + 1:
            last.end_frame = max(last.end_frame, mask.end_frame)
        else:
            merged.append(FullFrameMask(mask.start_frame, mask.end_frame, mask.reason))
    return merged
