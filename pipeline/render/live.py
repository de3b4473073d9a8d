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
import secrets
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from pipeline.core.errors import ConfigError, InputError, OutputError, ProcessingError, RedactorError, printable
from pipeline.core.files import move_into_place
from pipeline.core.plan import FrameMasks, RedactionPlan, iter_frame_masks
from pipeline.core.processes import Child, spawn_context
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

    def update(
        self,
        now: int,
        new_segments: list[tuple[int, TrackSegment]],
        new_wholes: list[FullFrameMask],
        open_segments: list[tuple[int, int, Box]],
    ) -> None:
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
        # each segment spread over the frames it covers (closed ones first, then open ones, as
        # the plan lists them): testing every segment against every frame cost the analysis
        # process 2.6 s of a 120 s session with a few hundred boxes held
        count = final - first + 1
        boxes: list[list[tuple[int, int, int, int]]] = [[] for _ in range(count)]
        spans = [(start, end, box) for start, end, box in self._closed]
        spans += [(start, final, box) for _, start, box in open_segments]
        for start, end, box in spans:
            corners = box.to_tuple()
            for i in range(max(start, first) - first, min(end, final) - first + 1):
                boxes[i].append(corners)
        whole = [False] * count
        for start, end in self._whole:
            for i in range(max(start, first) - first, min(end, final) - first + 1):
                whole[i] = True
        self._put((_MASKS, [(first + i, tuple(boxes[i]), whole[i]) for i in range(count)]))
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


def streamed_masks(channel) -> Iterator[FrameMasks]:
    """Child side: masks in frame order as they arrive; after the end, frames past the plan
    get none here (render masks frames beyond the plan's count whole). The wait has no limit:
    the analysis may take long, and should the parent end without a word, this process ends
    with it (core.processes.Child)."""
    expected = 0
    done = False
    pending: deque[tuple[int, tuple, bool]] = deque()
    while True:
        while not pending and not done:
            kind, batch = channel.get()
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


# What a failure in the renderer becomes here: the same class (and exit code) as it would be
# rendering in this process; anything else is a failed stage.
_PASSED_ON = (InputError, OutputError, ConfigError, ProcessingError)


def _child(job: RenderJob, channel, result) -> None:
    from pipeline.render.renderer import render

    try:
        plan = RedactionPlan(video=job.info)
        render(
            plan,
            job.input,
            job.output,
            style=job.style,
            keep_audio=job.keep_audio,
            crf=job.crf,
            preset=job.preset,
            masks=streamed_masks(channel),
        )
        result.put(("ok", None))
    except BaseException as exc:  # noqa: BLE001 - passed on as its class and one-line message
        kind = next((cls for cls in _PASSED_ON if isinstance(exc, cls)), None)
        if kind is None:
            result.put(("error", (None, type(exc).__name__, None)))
        else:  # our errors' messages name files and reasons, never detected text
            result.put(("error", (kind, str(exc), getattr(exc, "path", None))))


def remove_partial_writes(temp: Path) -> None:
    """The renderer's unfinished file (render.py writes `.NAME.*.part` and renames it to `temp`
    when complete). The finished `temp` is the caller's to publish or remove."""
    for leftover in temp.parent.glob(f".{temp.name}.*.part*"):
        leftover.unlink(missing_ok=True)


class LiveRender:
    """Starts the rendering process; `feed` takes the analysis' progress; `complete` waits for
    the output and publishes it (or renders again from the plan when the stream went stale)."""

    def __init__(
        self,
        input_path: Path,
        output: Path,
        info: VideoInfo,
        *,
        style: MaskStyle,
        keep_audio: bool,
        crf: int,
        preset: str,
        lag: int,
    ):
        self.output = output
        self._temp = output.with_name(f".{output.name}.{secrets.token_hex(4)}.live{output.suffix}")
        self._job = RenderJob(input_path, self._temp, info, style, keep_audio, crf, preset)
        context = spawn_context()
        self._channel = context.Queue(maxsize=64)  # bounded: memory stays flat if rendering lags
        self._result = context.Queue()
        self.feed = MaskFeed(self._send, lag)
        self._ended: tuple[str, Any] | None = None  # the renderer's result, once taken
        # last: once it runs, the caller holds this object and stops it whatever happens next
        self._child = Child(
            _child,
            (self._job, self._channel, self._result),
            name="rendering",
            on_lost=partial(remove_partial_writes, self._temp),
            writes=(self._channel,),
        )

    def _send(self, message: tuple) -> None:
        """Bounded, but never waits on a renderer that ended: its error stops the analysis here
        and now (one that finished needs no more masks)."""
        try:
            if self._child.is_alive():
                self._child.send(self._channel, message)
                return
        except ProcessingError:  # it ended while the channel was full
            pass
        self._outcome()

    def _outcome(self) -> None:
        """Wait for the renderer's result; raise its error."""
        if self._ended is None:
            self._ended = self._child.receive(self._result)
        status, error = self._ended
        if status != "ok":
            kind, message, path = error
            raise self._error(kind, message, path)

    def complete(self, plan: RedactionPlan) -> bool:
        """Finish and publish. Returns False when the stream went stale and nothing was
        published (the caller renders from the plan instead)."""
        self.feed.finish(plan)
        try:
            self._outcome()
        finally:
            self._child.stop()  # it is ending by itself; a finished file is this process' now
        if self.feed.stale:
            log.warning("analysis reached back past rendered frames; rendering again from the plan")
            self.abort()
            return False
        move_into_place(self._temp, self.output)
        return True

    def _error(self, kind: type[RedactorError] | None, message: str, path: str | None) -> RedactorError:
        """The renderer's error as rendering here would raise it: naming the output, not the
        hidden file the renderer wrote."""
        if kind is None:
            return ProcessingError(f"rendering failed ({message})")
        prefix = printable(f"{path}: ")
        if path == str(self._temp) and message.startswith(prefix):
            return kind(message[len(prefix) :], self.output)
        return kind(message)

    def abort(self) -> None:
        self._child.stop()
        self._temp.unlink(missing_ok=True)
        remove_partial_writes(self._temp)  # a stopped renderer may not have removed its own
