"""Encode outputs: H.264/yuv420p mp4 that keeps every input timestamp, and still images.

Outputs are atomic: everything is written to a hidden temporary file beside the target and
renamed onto it only after a successful close, so nothing partial ever sits at the final path.
"""

from __future__ import annotations

import contextlib
import math
from fractions import Fraction
from pathlib import Path
from types import TracebackType

import av
import cv2
import numpy as np
from av.audio.stream import AudioStream
from av.container import InputContainer, OutputContainer
from av.packet import Packet
from av.video.stream import VideoStream

from pipeline.core.errors import InputError, OutputError
from pipeline.core.files import move_into_place, temp_beside
from pipeline.core.types import VideoInfo
from pipeline.media.probe import IMAGE_SUFFIXES

VIDEO_SUFFIXES = frozenset({".mp4", ".m4v", ".mov"})
OUTPUT_TIME_BASE = Fraction(1, 90000)  # fine enough that any input pts survives within 11 us
_COPY_AUDIO = frozenset({"aac", "mp3"})  # mp4-compatible: remuxed untouched
# x264's quality for redacted outputs. Screens are small text: at crf 23 our re-encode of a
# recording already scaled down or compressed made 6-8 px lines unreadable that the input still
# showed (a terminal scaled to 75 %: 2 of 2 such lines lost at 23, 1 of 2 at 18); the reviewer
# and the exporters read what is left. About a third more bytes, 4 % more encoding CPU. At 0.66
# of a form's size (6-7 px grey captions) crf 18 still lost 3 of 16 captions under no mask
# (checkout_payment, its plan re-rendered: 16 of 16 at 16 and at 14), for 16 % more bytes than 18;
# 16 is also the evaluation's near-transparent copy quality (redact/degrade.py COPY_CRF).
DEFAULT_CRF = 16
_AUDIO_LEAD_S = 0.5  # audio is muxed this far ahead of the video, to keep interleaving tight


# ----------------------------------------------------------------------------- atomic files


def write_image_atomic(path: str | Path, image: np.ndarray, jpeg_quality: int = 95) -> None:
    """Encode by the suffix (png, jpg, ...) and publish atomically."""
    path = Path(path)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise OutputError(f"unsupported image output type {path.suffix or '(none)'!r}", path)
    params = [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality] if path.suffix.lower() in (".jpg", ".jpeg") else []
    ok, data = cv2.imencode(path.suffix.lower(), image, params)
    if not ok:
        raise OutputError("could not encode the image", path)
    tmp = temp_beside(path)
    try:
        tmp.write_bytes(data.tobytes())
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write ({exc.strerror or type(exc).__name__})", path) from None
        raise
    move_into_place(tmp, path)


# ------------------------------------------------------------------------------ VideoWriter


class VideoWriter:
    """H.264/yuv420p mp4 (faststart) writer that keeps each frame's own timestamp.

    Frames are encoded directly (no frame-rate conversion), so the output has exactly the
    frames written, each at round(pts_s / OUTPUT_TIME_BASE). yuv420p needs even sides: an odd
    side is padded by one replicated row/column (see _even).
    """

    def __init__(
        self,
        output_path: str | Path,
        info: VideoInfo,
        *,
        audio_from: Path | None = None,
        crf: int = DEFAULT_CRF,
        preset: str = "veryfast",
    ):
        self.output_path = Path(output_path)
        self.info = info
        self.audio_from = Path(audio_from) if audio_from is not None else None
        self.crf, self.preset = crf, preset
        self.width, self.height = _even(info.width), _even(info.height)
        self.frames = 0
        self._tmp: Path | None = None
        self._container: OutputContainer | None = None
        self._stream: VideoStream | None = None
        self._audio: _AudioCopy | None = None
        self._last_ticks: int | None = None

    def __enter__(self) -> VideoWriter:
        self.open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def open(self) -> None:
        self._tmp = temp_beside(self.output_path)
        try:
            container = av.open(str(self._tmp), "w", format="mp4", container_options={"movflags": "+faststart"})
            self._container = container
            self._stream = self._add_video_stream(container)
            if self.audio_from is not None:
                self._audio = _AudioCopy.open(self.audio_from, container)
        except BaseException as exc:
            self.abort()
            self._reraise(exc)

    def write(self, image_bgr: np.ndarray, pts_s: float) -> None:
        """Encode one BGR frame at pts_s seconds (strictly after the previous frame)."""
        if self._container is None or self._stream is None:
            raise RuntimeError("VideoWriter.write() before open()")
        try:
            # OpenCV's conversion to yuv420p (BT.601, video range, as libswscale's) costs a
            # twentieth of libswscale's here: 0.3 against 5.3 ms a 720p frame, a third of the
            # renderer's time, which after the analysis is the whole run's tail
            yuv = np.asarray(cv2.cvtColor(self._padded(image_bgr), cv2.COLOR_BGR2YUV_I420), np.uint8)
            frame = av.VideoFrame.from_ndarray(yuv, format="yuv420p")
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
        if self._container is None or self._stream is None or self._tmp is None:
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
        move_into_place(self._tmp, self.output_path)
        self._tmp = None

    def abort(self) -> None:
        """Drop everything written so far; never leaves a file behind."""
        for closer in (self._audio, self._container):
            if closer is not None:
                with contextlib.suppress(Exception):  # the file is being thrown away anyway
                    closer.close()
        self._audio = None
        self._container = None
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None

    def _add_video_stream(self, container: OutputContainer) -> VideoStream:
        rate = Fraction(self.info.fps).limit_denominator(1001) if self.info.fps > 0 else Fraction(25)
        stream = container.add_stream("libx264", rate=rate, options={"crf": str(self.crf), "preset": self.preset})
        stream.width, stream.height, stream.pix_fmt = self.width, self.height, "yuv420p"
        # frame threads (as many as cores): PyAV's default, slice threads with no count, ran
        # x264 on one core, and after the analysis the renderer is alone on the machine
        stream.thread_type = "FRAME"
        stream.thread_count = 0
        stream.codec_context.time_base = OUTPUT_TIME_BASE
        stream.time_base = OUTPUT_TIME_BASE
        return stream

    def _padded(self, image: np.ndarray) -> np.ndarray:
        if image.shape[0] != self.info.height or image.shape[1] != self.info.width:
            expected = f"{self.info.width}x{self.info.height}"
            raise ValueError(f"frame is {image.shape[1]}x{image.shape[0]}, expected {expected}")
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

    def __init__(
        self,
        source: InputContainer,
        in_stream: AudioStream,
        output: OutputContainer,
        out_stream: AudioStream,
        transcode: bool,
        path: Path,
    ):
        self.source, self.in_stream, self.output, self.out_stream = source, in_stream, output, out_stream
        self.transcode, self.path = transcode, path
        self.packets = source.demux(in_stream)
        self.done = False
        self._pending: Packet[AudioStream] | None = None  # the next packet, read but not yet muxed

    @classmethod
    def open(cls, path: Path, output: OutputContainer) -> _AudioCopy | None:
        try:
            source = av.open(str(path), metadata_errors="ignore")
        except (av.FFmpegError, OSError) as exc:
            raise InputError(f"cannot open for audio ({type(exc).__name__})", path) from None
        if not source.streams.audio:
            source.close()
            return None
        in_stream = source.streams.audio[0]
        if in_stream.codec_context.name in _COPY_AUDIO:
            return cls(source, in_stream, output, output.add_stream_from_template(in_stream), False, path)
        out_stream = output.add_stream("aac", rate=in_stream.codec_context.sample_rate or 48000)
        if in_stream.codec_context.layout.nb_channels:
            out_stream.layout = in_stream.codec_context.layout
        return cls(source, in_stream, output, out_stream, True, path)

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

    def _peek(self) -> Packet[AudioStream] | None:
        if self._pending is None:
            packet = next(self.packets, None)
            while packet is not None and packet.dts is None and packet.size == 0:
                packet = next(self.packets, None)  # demux's final flush packet
            self._pending = packet
        return self._pending

    def _mux(self, packet: Packet[AudioStream]) -> None:
        container = self.output
        if not self.transcode:
            packet.stream = self.out_stream
            container.mux(packet)
            return
        for frame in packet.decode():
            container.mux(self.out_stream.encode(frame))

    def _finish(self) -> None:
        self.done = True
        if self.transcode:  # drain the decoder's and then the encoder's delayed samples
            container = self.output
            for frame in self.in_stream.codec_context.decode(None):
                container.mux(self.out_stream.encode(frame))
            container.mux(self.out_stream.encode(None))

    def close(self) -> None:
        self.source.close()
