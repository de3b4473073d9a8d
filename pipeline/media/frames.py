"""Decode frames one at a time, with each frame's exact presentation time (PyAV); still images
are one-frame videos. A frame that cannot be decoded is reported, never skipped silently.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Container, Generator
from fractions import Fraction
from functools import partial
from pathlib import Path
from typing import cast

import av
import cv2
import numpy as np
from av.container import InputContainer
from av.video.stream import VideoStream
from PIL import Image, ImageOps

from pipeline.core.errors import InputError
from pipeline.core.types import Frame, VideoInfo
from pipeline.media.probe import PIL_IMAGE_FORMATS

# ------------------------------------------------------------------------------------- decode

# a generator, not just an Iterator: callers close() it to stop decoding early
FrameStream = Generator[Frame, None, None]
# a decoded frame to its image and, for analysis, its chroma planes (or None)
_Convert = Callable[[av.VideoFrame, VideoInfo], tuple[np.ndarray, np.ndarray | None]]


def iter_frames(
    path: str | Path,
    info: VideoInfo,
    prefetch: int = 0,
    only: Container[int] | None = None,
    grey: bool = False,
    threads: int = 0,
) -> FrameStream:
    """Yield the frames of `path` in order as BGR uint8 arrays of info's size, one at a time
    (with `grey`, single-channel luma arrays: what the analysis works on, with the frame's
    chroma planes beside them, see `Frame`).

    A packet that fails to decode yields Frame(image=None) so the caller masks it whole.
    With prefetch > 0 a background thread decodes ahead into a queue of that size.
    With `only`, other frames are still decoded (the codec needs them) but neither converted
    nor yielded; frames that fail to decode are yielded whatever their index.
    `threads` > 0 caps the decoder's threads (0: as many as libavcodec picks).
    """
    if info.is_image:
        source = partial(_iter_image, Path(path), info, grey)
    else:
        source = partial(_iter_video, Path(path), info, only, _to_grey if grey else _to_bgr, threads)
    if prefetch > 0:
        return _prefetched(source, prefetch)
    return source()


def _iter_image(path: Path, info: VideoInfo, grey: bool = False) -> FrameStream:
    try:
        with Image.open(path, formats=PIL_IMAGE_FORMATS) as img:
            rgb = ImageOps.exif_transpose(img).convert("RGB")
            bgr = np.ascontiguousarray(np.asarray(rgb)[:, :, ::-1])
    except Exception as exc:  # PIL raises many types for damaged data
        raise InputError(f"cannot decode image ({type(exc).__name__})", path) from None
    image = _fit(bgr, info)
    if grey:
        yield Frame(0, 0.0, cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), chroma_of(image))
    else:
        yield Frame(0, 0.0, image)


def _iter_video(
    path: Path, info: VideoInfo, only: Container[int] | None = None, convert: _Convert | None = None, threads: int = 0
) -> FrameStream:
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.FFmpegError, OSError) as exc:
        raise InputError(f"cannot open as video ({_av_reason(exc)})", path) from None
    try:
        stream = _main_video_stream(container)
        if stream is None:
            raise InputError("no video stream", path)
        if threads > 0:
            stream.codec_context.thread_count = threads
        else:
            stream.thread_type = "AUTO"
        count = yield from _decode_stream(container, stream, info, path, only, convert or _to_bgr)
        if count == 0:
            raise InputError("no frame could be decoded", path)
    finally:
        container.close()


def _main_video_stream(container: InputContainer) -> VideoStream | None:
    """The first video stream that is not cover art: the one probe() described."""
    for stream in container.streams.video:
        if not stream.disposition & av.stream.Disposition.attached_pic:
            return stream
    return None


def _decode_stream(
    container: InputContainer,
    stream: VideoStream,
    info: VideoInfo,
    path: Path,
    only: Container[int] | None,
    convert: _Convert,
) -> Generator[Frame, None, int]:
    """Generator body of _iter_video; returns the number of frames yielded."""
    time_base = stream.time_base or Fraction(1, 90000)
    step = 1.0 / info.fps if info.fps > 0 else 0.04
    index, last_pts = 0, None
    good = 0
    packets = container.demux(stream)
    while True:
        try:
            packet = next(packets)
        except StopIteration:
            break
        except av.FFmpegError as exc:
            raise InputError(f"truncated or damaged file at frame {index} ({_av_reason(exc)})", path) from None
        try:
            decoded = packet.decode()
        except av.FFmpegError:
            # With frame threads an error surfaces a few packets late, so this packet's pts
            # need not be the failed frame's: continue from the last frame instead.
            pts = last_pts + step if last_pts is not None else _seconds(packet.pts, time_base, None, step)
            last_pts = pts
            yield Frame(index, pts, None)  # fail closed: caller masks the whole frame
            index += 1
            continue
        for frame in decoded:
            pts = _seconds(frame.pts, time_base, last_pts, step)
            last_pts = pts
            if only is None or index in only:
                yield Frame(index, pts, *convert(frame, info))
            index += 1
            good += 1
    return good


def _seconds(pts: int | None, time_base: Fraction, last: float | None, step: float) -> float:
    """Exact pts in seconds; a frame without one continues from the previous by one interval."""
    if pts is not None:
        return float(pts * time_base)
    return 0.0 if last is None else last + step


def _to_bgr(frame: av.VideoFrame, info: VideoInfo) -> tuple[np.ndarray, None]:
    # A mid-stream size change is scaled back to the probed size, so boxes keep one geometry.
    if frame.width != info.width or frame.height != info.height:
        return frame.to_ndarray(format="bgr24", width=info.width, height=info.height), None
    return frame.to_ndarray(format="bgr24"), None


def chroma_of(image_bgr: np.ndarray) -> np.ndarray:
    """The U and V planes of a BGR image, at its size (a still image, a frame decoded as BGR)."""
    return np.ascontiguousarray(cv2.cvtColor(image_bgr, cv2.COLOR_BGR2YUV)[:, :, 1:])


# 8-bit YUV layouts whose first plane is the full-size luma: the grey image, for free.
_LUMA_FIRST = frozenset({"yuv420p", "yuvj420p", "yuv422p", "yuvj422p", "yuv444p", "yuvj444p", "nv12", "nv21"})
_PLANAR = frozenset({"yuv420p", "yuvj420p", "yuv422p", "yuvj422p", "yuv444p", "yuvj444p"})  # U and V planes apart
_FULL_RANGE = frozenset({"yuvj420p", "yuvj422p", "yuvj444p"})
# limited ("TV", 16-235) luma stretched to 0-255, as libswscale does for a grey conversion
_LIMITED_TO_FULL = np.clip(np.round((np.arange(256) - 16) * 255 / 219), 0, 255).astype(np.uint8)


def _to_grey(frame: av.VideoFrame, info: VideoInfo) -> tuple[np.ndarray, np.ndarray | None]:
    """The frame's luma, and its chroma planes where they are planes of their own (else None:
    the analysis reads luma alone). Converting to BGR and back to grey cost 4 ms of a 1080p
    frame's 7; the luma plane is the same image (within chroma rounding at coloured edges)."""
    name = frame.format.name
    if frame.width != info.width or frame.height != info.height or name not in _LUMA_FIRST:
        return frame.to_ndarray(format="gray", width=info.width, height=info.height), None
    luma = _plane(frame, 0, frame.height, frame.width)
    chroma = _chroma(frame) if name in _PLANAR else None
    # 2 = AVCOL_RANGE_JPEG: full range already
    if name in _FULL_RANGE or getattr(frame, "color_range", 0) == 2:
        return luma.copy(), chroma
    return cv2.LUT(luma, _LIMITED_TO_FULL), chroma


def _plane(frame: av.VideoFrame, index: int, height: int, width: int) -> np.ndarray:
    plane = frame.planes[index]
    return np.frombuffer(memoryview(plane), np.uint8).reshape(height, plane.line_size)[:, :width]


def _chroma(frame: av.VideoFrame) -> np.ndarray:
    """The U and V planes of a planar YUV frame side by side (h, w, 2), at their stored size:
    the analysis reads saturated text that luma does not show from them (analysis/colour.py)."""
    plane = frame.planes[1]
    height, width = plane.height, plane.width
    return cv2.merge([_plane(frame, 1, height, width), _plane(frame, 2, height, width)])


def _fit(image: np.ndarray, info: VideoInfo) -> np.ndarray:
    if image.shape[1] == info.width and image.shape[0] == info.height:
        return image
    return cv2.resize(image, (info.width, info.height), interpolation=cv2.INTER_AREA)


def _av_reason(exc: BaseException) -> str:
    """A category for a libav error, never its full text (which may quote file content)."""
    return type(exc).__name__


# ----------------------------------------------------------------------------------- prefetch

_DONE = object()


class _Failure:
    def __init__(self, exc: BaseException):
        self.exc = exc


def _prefetched(make: Callable[[], FrameStream], size: int) -> FrameStream:
    """Run the decoder in a thread ahead of the consumer, bounded by a queue of `size`.

    The thread stops when the consumer stops early (stop event + drain) and its exceptions
    are re-raised in the consumer. The inner generator is closed in the thread that ran it.
    """
    items: queue.Queue[object] = queue.Queue(maxsize=size)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                items.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        frames = None
        try:
            frames = make()
            for frame in frames:
                if not put(frame):
                    return
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            put(_Failure(exc))
        finally:
            if frames is not None:
                frames.close()

    thread = threading.Thread(target=work, name="frame-prefetch", daemon=True)
    thread.start()
    try:
        while True:
            item = items.get()
            if item is _DONE:
                return
            if isinstance(item, _Failure):
                raise item.exc
            yield cast(Frame, item)  # the worker queues only frames, _DONE and _Failure
    finally:
        stop.set()
        _drain(items)
        thread.join()


def _drain(items: queue.Queue[object]) -> None:
    while True:
        try:
            items.get_nowait()
        except queue.Empty:
            return
