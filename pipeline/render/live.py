"""Rendering while the analysis runs, in a second process: one core analyses, the other encodes.

The analysis can still add a box to a frame long after it passed: a value typed over several
seconds is found at its last keystroke and reaches back (track.TrackConfig.backfill_max_s).
So the renderer follows `lag` frames behind: masks for frame f are sent once the analysis is
past f + lag, when nothing can reach back to f any more. If something did reach back anyway
(a guard, not an expected path), the streamed output is thrown away and the video is rendered
again from the finished plan: never an output with a missed box.

The renderer writes to a hidden temporary file; the caller publishes it only when the run is
consistent, so no partial or unchecked output ever sits at the output path.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue as queue_mod
import secrets
import signal
from dataclasses import dataclass
from pathlib import Path
from collections import deque
from typing import Callable, Iterator

from pipeline.core.errors import ProcessingError
from pipeline.core.files import move_into_place
from pipeline.core.plan import FrameMasks, RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, FullFrameMask, MaskStyle, TrackSegment, VideoInfo

log = logging.getLogger(__name__)

_DONE = "done"
_MASKS = "masks"
BATCH = 64  # frames of masks per message


@dataclass(frozen=True, slots=True)
class RenderJob:
    input: Path
    output: Path  # where the child writes (a hidden temporary beside the final output)
    info: VideoInfo
    style: MaskStyle
    keep_audio: bool
    crf: int
    preset: str


class MaskFeed:
    """Parent side: turns the tracker's segments into per-frame masks, `lag` frames late."""

    def __init__(self, put: Callable[[tuple], None], lag: int, batch: int | None = None):
        self._put = put
        self.lag = lag
        self.batch = batch or BATCH
        self.sent = -1  # last frame whose masks were sent
        self.stale = False  # something reached back to a frame already sent
        self._closed: list[tuple[int, int, Box]] = []  # segments that may still cover frames > sent
        self._whole: list[tuple[int, int]] = []
        # open boxes already sent as covering frames up to `sent`: when one closes, its early
        # frames were rendered with it, so its start before `sent` is no reach-back
        self._sent_open: set[tuple[int, int, Box]] = set()  # (track id, start, box)

    def update(self, now: int, new_segments: list[tuple[int, TrackSegment]], new_wholes: list[FullFrameMask],
               open_segments: list[tuple[int, int, Box]]) -> None:
        """Take what the analysis made up to frame `now` and send frames up to now - lag."""
        for track_id, seg in new_segments:
            key = (track_id, seg.start_frame, seg.box)
            if key in self._sent_open:
                self._sent_open.discard(key)
            elif seg.start_frame <= self.sent:
                self.stale = True
            self._closed.append((seg.start_frame, seg.end_frame, seg.box))
        for whole in new_wholes:
            if whole.start_frame <= self.sent:
                self.stale = True
            self._whole.append((whole.start_frame, whole.end_frame))
        final = now - self.lag
        if final - self.sent >= self.batch:
            self._send_until(final, open_segments)

    def _send_until(self, final: int, open_segments: list[tuple[int, int, Box]]) -> None:
        first = self.sent + 1
        self._closed = [c for c in self._closed if c[1] >= first]
        self._whole = [w for w in self._whole if w[1] >= first]
        batch = []
        for index in range(first, final + 1):
            boxes = [box for start, end, box in self._closed if start <= index <= end]
            boxes += [box for _, start, box in open_segments if start <= index]
            whole = any(start <= index <= end for start, end in self._whole)
            batch.append((index, tuple(b.to_tuple() for b in boxes), whole))
        self._put((_MASKS, batch))
        self._sent_open.update(item for item in open_segments if item[1] <= final)
        self.sent = final

    def finish(self, plan: RedactionPlan) -> None:
        """The analysis is done: the rest comes from the finished plan."""
        batch = []
        for fm in iter_frame_masks(plan):
            if fm.index <= self.sent:
                continue
            batch.append((fm.index, tuple(b.to_tuple() for b in fm.boxes), fm.whole_frame))
            if len(batch) >= BATCH:
                self._put((_MASKS, batch))
                batch = []
        if batch:
            self._put((_MASKS, batch))
        self._put((_DONE, None))


def streamed_masks(channel, timeout_s: float = 3600.0) -> Iterator[FrameMasks]:
    """Child side: masks in frame order as they arrive; after the end, frames past the plan
    get none here (render masks frames beyond the plan's count whole)."""
    expected = 0
    done = False
    pending: deque[tuple[int, tuple, bool]] = deque()
    while True:
        while not pending and not done:
            try:
                kind, batch = channel.get(timeout=timeout_s)
            except queue_mod.Empty:
                raise ProcessingError("the analysis stopped sending masks") from None
            if kind == _DONE:
                done = True
            else:
                pending.extend(batch)
        if not pending:
            while True:  # past the end of what the analysis saw: render masks these whole
                yield FrameMasks(expected, (), True)
                expected += 1
        index, boxes, whole = pending.popleft()
        if index != expected:
            raise ProcessingError(f"masks out of order (frame {index}, expected {expected})")
        yield FrameMasks(index, tuple(Box(*b) for b in boxes), whole)
        expected += 1


def _child(job: RenderJob, channel, result) -> None:
    from pipeline.render.renderer import render

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the run on Ctrl-C, then this process

    try:
        plan = RedactionPlan(video=job.info)
        render(plan, job.input, job.output, style=job.style, keep_audio=job.keep_audio, crf=job.crf,
               preset=job.preset, masks=streamed_masks(channel))
        result.put(("ok", ""))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent as a type name only
        result.put(("error", f"{type(exc).__name__}: {exc}" if isinstance(exc, ProcessingError) else type(exc).__name__))


class LiveRender:
    """Starts the rendering process; `feed` takes the analysis' progress; `complete` waits for
    the output and publishes it (or renders again from the plan when the stream went stale)."""

    def __init__(self, input_path: Path, output: Path, info: VideoInfo, *, style: MaskStyle, keep_audio: bool,
                 crf: int, preset: str, lag: int):
        self.output = output
        self._temp = output.with_name(f".{output.name}.{secrets.token_hex(4)}.live{output.suffix}")
        self._job = RenderJob(input_path, self._temp, info, style, keep_audio, crf, preset)
        context = mp.get_context("spawn")  # no inherited threads, locks or spaCy state
        self._channel = context.Queue(maxsize=64)  # bounded: memory stays flat if rendering lags
        self._result = context.Queue()
        self._process = context.Process(target=_child, args=(self._job, self._channel, self._result), daemon=True)
        self.feed = MaskFeed(self._send, lag)
        self._process.start()

    def _send(self, message: tuple) -> None:
        """Put with a bounded queue, but never wait forever on a renderer that died."""
        while True:
            try:
                self._channel.put(message, timeout=1.0)
                return
            except queue_mod.Full:
                if not self._process.is_alive():
                    raise ProcessingError(f"rendering stopped ({self._outcome()[1]})") from None

    def _outcome(self) -> tuple[str, str]:
        while True:
            try:
                return self._result.get(timeout=1.0)
            except queue_mod.Empty:
                if not self._process.is_alive():
                    return "error", f"renderer exited with code {self._process.exitcode}"

    def complete(self, plan: RedactionPlan) -> bool:
        """Finish and publish. Returns False when the stream went stale and nothing was
        published (the caller renders from the plan instead)."""
        self.feed.finish(plan)
        status, detail = self._outcome()
        self._process.join()
        if status != "ok":
            raise ProcessingError(f"rendering failed ({detail})")
        if self.feed.stale:
            log.warning("analysis reached back past rendered frames; rendering again from the plan")
            self.abort()
            return False
        move_into_place(self._temp, self.output)
        return True

    def abort(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)
        self._temp.unlink(missing_ok=True)
        # a terminated renderer cannot clean up its own temporary file (render.py's `.part`)
        for leftover in self._temp.parent.glob(f".{self._temp.name}.*.part*"):
            leftover.unlink(missing_ok=True)
