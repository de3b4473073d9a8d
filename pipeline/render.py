"""Write outputs: mask boxes in frames and encode the result, keeping every input timestamp.

Outputs are atomic: everything is written to a hidden temporary file beside the target and
renamed onto it only after a successful close, so nothing partial ever sits at the final path.
"""

from __future__ import annotations

import math
import os
import secrets
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Callable, Iterable

import av
import cv2
import numpy as np

from .decode import IMAGE_SUFFIXES, iter_frames, probe
from .errors import InputError, OutputError
from .plan import FrameMasks, RedactionPlan, iter_frame_masks
from .types import Box, MaskStyle, VideoInfo

MASK_STYLES = ("blur", "pixelate", "fill")
VIDEO_SUFFIXES = frozenset({".mp4", ".m4v", ".mov"})
OUTPUT_TIME_BASE = Fraction(1, 90000)  # fine enough that any input pts survives within 11 us
MIN_BLOCK = 6  # smallest pixelation block, in pixels
WHOLE_FRAME_CELLS = 32  # a whole-frame blur keeps at most this many cells on the long side
WHOLE_FRAME_MIN_CELL = 24  # ...and cells of at least this many pixels
DECODED_GREY = 128  # fill for frames that could not be decoded
_COPY_AUDIO = frozenset({"aac", "mp3"})  # mp4-compatible: remuxed untouched
_AUDIO_LEAD_S = 0.5  # audio is muxed this far ahead of the video, to keep interleaving tight


# ---------------------------------------------------------------------------------- masking


def mask_box(image: np.ndarray, box: Box, style: MaskStyle = "blur") -> None:
    """Make the pixels of `box` unreadable, in place; only the box's crop is touched."""
    height, width = image.shape[:2]
    # clip with plain ints: this runs hundreds of times per frame
    x1, y1 = min(max(box.x, 0), width), min(max(box.y, 0), height)
    x2, y2 = min(max(box.x2, 0), width), min(max(box.y2, 0), height)
    if x2 <= x1 or y2 <= y1:
        return
    crop = image[y1:y2, x1:x2]
    if style == "fill":
        crop[:] = _median_colour(crop)
    elif style in ("blur", "pixelate"):
        # cells of at least half the box height: a text line keeps at most two rows of cells
        block = max(MIN_BLOCK, math.ceil((y2 - y1) / 2))
        _pixelate(crop, block, smooth=style == "blur")
    else:
        raise ValueError(f"unknown mask style {style!r}")


def mask_frame(image: np.ndarray, boxes: Iterable[Box], whole_frame: bool = False,
               style: MaskStyle = "blur") -> np.ndarray:
    """Mask `boxes` (or the whole frame) in place and return the image."""
    _check_style(style)
    if whole_frame:
        _mask_whole(image, style)
        return image
    for box in boxes:
        mask_box(image, box, style)
    return image


def _check_style(style: str) -> None:
    if style not in MASK_STYLES:
        raise ValueError(f"unknown mask style {style!r} (use one of {', '.join(MASK_STYLES)})")


def _pixelate(crop: np.ndarray, block: int, smooth: bool) -> None:
    """Average into block x block cells (INTER_AREA), then paint them back in place.

    smooth=True (blur) interpolates between the cell averages, which is the pixelation followed
    by a box-sized blur in one pass: the only information left is the coarse cell averages.
    """
    h, w = crop.shape[:2]
    small = cv2.resize(crop, (max(1, math.ceil(w / block)), max(1, math.ceil(h / block))),
                       interpolation=cv2.INTER_AREA)
    interpolation = cv2.INTER_LINEAR if smooth else cv2.INTER_NEAREST
    crop[:] = cv2.resize(small, (w, h), interpolation=interpolation)


def _median_colour(crop: np.ndarray) -> np.ndarray:
    """Per-channel median of a <=256-pixel subsample: the background colour of a text box."""
    h, w = crop.shape[:2]
    step = max(1, int(math.sqrt(h * w / 256)))
    channels = crop.shape[2] if crop.ndim == 3 else 1
    pixels = np.ascontiguousarray(crop[::step, ::step].reshape(-1, channels).T)
    middle = pixels.shape[1] // 2
    pixels.partition(middle, axis=1)
    return pixels[:, middle]


def _mask_whole(image: np.ndarray, style: MaskStyle) -> None:
    if style == "fill":
        image[:] = _median_colour(image)
        return
    h, w = image.shape[:2]
    # cells as large as a line of screen text at any resolution, and coarse on big frames
    cell = max(WHOLE_FRAME_MIN_CELL, math.ceil(max(h, w) / WHOLE_FRAME_CELLS))
    small = cv2.resize(image, (max(1, math.ceil(w / cell)), max(1, math.ceil(h / cell))),
                       interpolation=cv2.INTER_AREA)
    # pixelate keeps hard cells; blur interpolates between them
    interpolation = cv2.INTER_NEAREST if style == "pixelate" else cv2.INTER_LINEAR
    image[:] = cv2.resize(small, (w, h), interpolation=interpolation)


# ----------------------------------------------------------------------------- atomic files


def _temp_beside(path: Path) -> Path:
    """Create an empty hidden temp file beside `path` (respecting the umask)."""
    directory = path.parent
    last: OSError | None = None
    for _ in range(8):
        tmp = directory / f".{path.name}.{secrets.token_hex(4)}.part{path.suffix}"
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
            return tmp
        except FileExistsError as exc:
            last = exc
        except OSError as exc:
            raise OutputError(f"cannot write in this folder ({exc.strerror or type(exc).__name__})", path) from None
    raise OutputError(f"cannot create a temporary file ({type(last).__name__})", path)


def _publish(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot replace the output ({exc.strerror or type(exc).__name__})", path) from None


def write_image_atomic(path: str | Path, image: np.ndarray, jpeg_quality: int = 95) -> None:
    """Encode by the suffix (png, jpg, ...) and publish atomically."""
    path = Path(path)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise OutputError(f"unsupported image output type {path.suffix or '(none)'!r}", path)
    params = [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality] if path.suffix.lower() in (".jpg", ".jpeg") else []
    ok, data = cv2.imencode(path.suffix.lower(), image, params)
    if not ok:
        raise OutputError("could not encode the image", path)
    tmp = _temp_beside(path)
    try:
        tmp.write_bytes(data.tobytes())
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write ({exc.strerror or type(exc).__name__})", path) from None
        raise
    _publish(tmp, path)


# ------------------------------------------------------------------------------ VideoWriter


class VideoWriter:
    """H.264/yuv420p mp4 (faststart) writer that keeps each frame's own timestamp.

    Frames are encoded directly (no frame-rate conversion), so the output has exactly the
    frames written, each at round(pts_s / OUTPUT_TIME_BASE). yuv420p needs even sides: an odd
    side is padded by one replicated row/column (see _even).
    """

    def __init__(self, output_path: str | Path, info: VideoInfo, *, audio_from: Path | None = None,
                 crf: int = 23, preset: str = "veryfast"):
        self.output_path = Path(output_path)
        self.info = info
        self.audio_from = Path(audio_from) if audio_from is not None else None
        self.crf, self.preset = crf, preset
        self.width, self.height = _even(info.width), _even(info.height)
        self.frames = 0
        self._tmp: Path | None = None
        self._container = None
        self._stream = None
        self._audio: _AudioCopy | None = None
        self._last_ticks: int | None = None

    def __enter__(self) -> "VideoWriter":
        self.open()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def open(self) -> None:
        self._tmp = _temp_beside(self.output_path)
        try:
            self._container = av.open(str(self._tmp), "w", format="mp4",
                                      container_options={"movflags": "+faststart"})
            self._stream = self._add_video_stream()
            if self.audio_from is not None:
                self._audio = _AudioCopy.open(self.audio_from, self._container)
        except BaseException as exc:
            self.abort()
            self._reraise(exc)

    def write(self, image_bgr: np.ndarray, pts_s: float) -> None:
        """Encode one BGR frame at pts_s seconds (strictly after the previous frame)."""
        try:
            frame = av.VideoFrame.from_ndarray(self._padded(image_bgr), format="bgr24")
            frame = frame.reformat(format="yuv420p")
            ticks = round(pts_s / OUTPUT_TIME_BASE)
            if self._last_ticks is not None and ticks <= self._last_ticks:
                ticks = self._last_ticks + 1  # the encoder needs strictly rising pts
            frame.pts, frame.time_base = ticks, OUTPUT_TIME_BASE
            self._last_ticks = ticks
            self._container.mux(self._stream.encode(frame))
            if self._audio is not None:
                self._audio.pump(pts_s + _AUDIO_LEAD_S)
            self.frames += 1
        except BaseException as exc:
            self._reraise(exc)

    def close(self) -> None:
        """Flush, finish the file and publish it at the output path."""
        if self._container is None:
            return
        try:
            if self.frames == 0:
                raise OutputError("no frame was written", self.output_path)
            self._container.mux(self._stream.encode(None))
            if self._audio is not None:
                self._audio.pump(math.inf)
                self._audio.close()
                self._audio = None
            self._container.close()
            self._container = None
        except BaseException as exc:
            self.abort()
            self._reraise(exc)
        _publish(self._tmp, self.output_path)
        self._tmp = None

    def abort(self) -> None:
        """Drop everything written so far; never leaves a file behind."""
        for closer in (self._audio, self._container):
            if closer is not None:
                try:
                    closer.close()
                except Exception:
                    pass  # the file is being thrown away anyway
        self._audio = self._container = None
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None

    def _add_video_stream(self):
        rate = Fraction(self.info.fps).limit_denominator(1001) if self.info.fps > 0 else Fraction(25)
        stream = self._container.add_stream(
            "libx264", rate=rate, options={"crf": str(self.crf), "preset": self.preset})
        stream.width, stream.height, stream.pix_fmt = self.width, self.height, "yuv420p"
        stream.codec_context.time_base = OUTPUT_TIME_BASE
        stream.time_base = OUTPUT_TIME_BASE
        return stream

    def _padded(self, image: np.ndarray) -> np.ndarray:
        if image.shape[0] != self.info.height or image.shape[1] != self.info.width:
            raise ValueError(f"frame is {image.shape[1]}x{image.shape[0]}, expected {self.info.width}x{self.info.height}")
        bottom, right = self.height - image.shape[0], self.width - image.shape[1]
        if bottom or right:
            image = cv2.copyMakeBorder(image, 0, bottom, 0, right, cv2.BORDER_REPLICATE)
        return np.ascontiguousarray(image)

    def _reraise(self, exc: BaseException) -> None:
        """libav and OS failures become one-line OutputErrors; everything else passes as is."""
        if isinstance(exc, (av.FFmpegError, OSError)) and not isinstance(exc, (InputError, OutputError)):
            raise OutputError(f"cannot write the video ({type(exc).__name__})", self.output_path) from None
        raise exc


def _even(n: int) -> int:
    """yuv420p halves chroma both ways, so H.264 can only code (and crop to) even sides.

    The SPS crop is in 2-pixel units for 4:2:0, so h264_metadata cannot trim one pixel back:
    an odd side is kept one pixel larger, the extra row/column a copy of the (masked) edge.
    """
    return n + (n & 1)


class _AudioCopy:
    """Audio from another file into the output: remuxed when mp4 takes it, else AAC."""

    def __init__(self, source, in_stream, out_stream, transcode: bool, path: Path):
        self.source, self.in_stream, self.out_stream = source, in_stream, out_stream
        self.transcode, self.path = transcode, path
        self.packets = source.demux(in_stream)
        self.done = False
        self._pending = None  # the next packet, read but not yet muxed

    @classmethod
    def open(cls, path: Path, output) -> "_AudioCopy | None":
        try:
            source = av.open(str(path), metadata_errors="ignore")
        except (av.FFmpegError, OSError) as exc:
            raise InputError(f"cannot open for audio ({type(exc).__name__})", path) from None
        if not source.streams.audio:
            source.close()
            return None
        in_stream = source.streams.audio[0]
        if in_stream.codec_context.name in _COPY_AUDIO:
            return cls(source, in_stream, output.add_stream_from_template(in_stream), False, path)
        out_stream = output.add_stream("aac", rate=in_stream.codec_context.sample_rate or 48000)
        if in_stream.codec_context.layout.nb_channels:
            out_stream.layout = in_stream.codec_context.layout
        return cls(source, in_stream, out_stream, True, path)

    def pump(self, until_s: float) -> None:
        """Mux audio packets up to `until_s` seconds (the next packet past it waits)."""
        try:
            while not self.done:
                packet = self._peek()
                if packet is None:
                    self._finish()
                    return
                if packet.pts is not None and float(packet.pts * packet.time_base) > until_s:
                    return
                self._pending = None
                self._mux(packet)
        except av.FFmpegError as exc:
            raise InputError(f"cannot copy the audio ({type(exc).__name__})", self.path) from None

    def _peek(self):
        if self._pending is None:
            packet = next(self.packets, None)
            while packet is not None and packet.dts is None and packet.size == 0:
                packet = next(self.packets, None)  # demux's final flush packet
            self._pending = packet
        return self._pending

    def _mux(self, packet) -> None:
        container = self.out_stream.container
        if not self.transcode:
            packet.stream = self.out_stream
            container.mux(packet)
            return
        for frame in packet.decode():
            container.mux(self.out_stream.encode(frame))

    def _finish(self) -> None:
        self.done = True
        if self.transcode:  # drain the decoder's and then the encoder's delayed samples
            container = self.out_stream.container
            for frame in self.in_stream.codec_context.decode(None):
                container.mux(self.out_stream.encode(frame))
            container.mux(self.out_stream.encode(None))

    def close(self) -> None:
        self.source.close()


# ----------------------------------------------------------------------------------- render


@dataclass
class RenderStats:
    frames: int = 0
    masked_boxes: int = 0
    whole_frames: int = 0
    seconds: float = 0.0


def render(plan: RedactionPlan, input_path: str | Path, output_path: str | Path, *,
           style: MaskStyle = "blur", keep_audio: bool = False, crf: int = 23,
           preset: str = "veryfast", progress: Callable[[int], None] | None = None,
           masks: Iterable[FrameMasks] | None = None) -> RenderStats:
    """Decode `input_path` again, mask what `plan` says, and write `output_path` atomically.
    `masks` replaces the plan's own sweep with masks that arrive while the analysis runs
    (pipeline/live_render.py); the plan then only gives the video's facts."""
    started = time.monotonic()
    _check_style(style)
    input_path, output_path = Path(input_path), Path(output_path)
    info = probe(input_path)
    _check_plan_fits(plan, info, input_path)
    stats = RenderStats()
    if info.is_image and output_path.suffix.lower() in IMAGE_SUFFIXES:
        _render_image(plan, info, input_path, output_path, style, stats, masks)
        if progress is not None:
            progress(stats.frames)
    else:
        _render_video(plan, info, input_path, output_path, style, keep_audio, crf, preset, progress, stats, masks)
    stats.seconds = time.monotonic() - started
    return stats


def _check_plan_fits(plan: RedactionPlan, info: VideoInfo, path: Path) -> None:
    if (plan.video.width, plan.video.height) != (info.width, info.height):
        raise InputError(f"the plan is for a {plan.video.width}x{plan.video.height} video, "
                         f"this input is {info.width}x{info.height}", path)


def _masked_frames(plan: RedactionPlan, info: VideoInfo, path: Path, style: MaskStyle, stats: RenderStats,
                   masks: Iterable[FrameMasks] | None = None):
    """Yield (masked BGR image, pts_s) per decoded frame, counting what was masked."""
    known = plan.video.frame_count
    if masks is None:
        # no upper bound: frames past the plan's count still get the sweep, then are masked whole
        masks = iter_frame_masks(plan, sys.maxsize)
    frames = iter_frames(path, info, prefetch=4)
    with closing(frames):  # stops the decode thread at once if the writer fails
        yield from _mask_each(zip(frames, masks), info, known, style, stats)


def _mask_each(pairs, info: VideoInfo, known: int, style: MaskStyle, stats: RenderStats):
    for frame, fm in pairs:
        if frame.image is None:
            image = np.full((info.height, info.width, 3), DECODED_GREY, np.uint8)
            whole = True
        else:
            image = frame.image
            whole = fm.whole_frame or frame.index >= known  # fail closed past the plan's end
            mask_frame(image, fm.boxes, whole, style)
            if not whole:
                stats.masked_boxes += len(fm.boxes)
        stats.whole_frames += whole
        stats.frames += 1
        yield image, frame.pts_s


def _render_video(plan, info, input_path, output_path, style, keep_audio, crf, preset, progress, stats,
                  masks=None) -> None:
    if output_path.suffix.lower() not in VIDEO_SUFFIXES:
        raise OutputError(f"video output must be .mp4, .m4v or .mov (got {output_path.suffix or 'no suffix'!r})", output_path)
    audio = input_path if keep_audio and info.has_audio else None
    masked = _masked_frames(plan, info, input_path, style, stats, masks)
    with closing(masked), VideoWriter(output_path, info, audio_from=audio, crf=crf, preset=preset) as writer:
        for image, pts_s in masked:
            writer.write(image, pts_s)
            if progress is not None:
                progress(stats.frames)


def _render_image(plan, info, input_path, output_path, style, stats, masks=None) -> None:
    with closing(_masked_frames(plan, info, input_path, style, stats, masks)) as masked:
        image, _ = next(masked)
    write_image_atomic(output_path, image)
