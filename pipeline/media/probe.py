"""Probe an input: the facts of a video or still image (ffprobe through ffmpeg-python, PIL),
and every reason to refuse it before any work: not media, truncated, no frames, variable frame
rate, too small or too large.

Every problem becomes an `InputError` naming the file and a short reason; raw ffprobe/libav text
is used only to pick the category, never shown.
"""

from __future__ import annotations

import heapq
import subprocess
import threading
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import ffmpeg
from PIL import Image, UnidentifiedImageError

from pipeline.core.errors import InputError
from pipeline.core.types import VideoInfo

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"})
PIL_IMAGE_FORMATS = ("PNG", "JPEG", "BMP", "WEBP", "TIFF")
# ISO-BMFF (mp4/mov) top-level box types: tells "truncated mp4" from "not media at all".
_BMFF_BOXES = (b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot")
_PROBE_TIMEOUT_S = 120
# A timestamp delta further than this from the mean frame interval makes a stream VFR.
_VFR_TOLERANCE_S = 0.001
_VFR_MAX_DISTINCT = 64  # more distinct frame intervals than this is VFR without further doubt
_REORDER_WINDOW = 32  # packets come in decode order; B-frame reordering is never this deep


@dataclass(frozen=True)
class MediaLimits:
    """Bounds on the frame size we accept, declared once."""

    min_side: int = 16
    max_width: int = 7680
    max_height: int = 4320

    def check(self, width: int, height: int, path: str | Path) -> None:
        if width < self.min_side or height < self.min_side:
            raise InputError(f"too small: {width}x{height} (each side must be at least {self.min_side} px)", path)
        if width > self.max_width or height > self.max_height:
            raise InputError(f"too large: {width}x{height} (limit {self.max_width}x{self.max_height})", path)


# --------------------------------------------------------------------------------------- probe


def probe(path: str | Path, limits: MediaLimits = MediaLimits()) -> VideoInfo:
    """Facts about `path` from its headers (no pixel is decoded); raises InputError on any problem."""
    path = Path(path)
    _check_file(path)
    image = _probe_image(path, limits)
    if image is not None:
        return image
    if path.suffix.lower() in IMAGE_SUFFIXES:
        raise InputError("not a valid image file (unrecognised or damaged header)", path)
    return _probe_video(path, limits)


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError("is a directory, not a media file", path)
    if not path.is_file():
        raise InputError("not a regular file", path)
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or type(exc).__name__})", path) from None
    if size == 0:
        raise InputError("empty file (0 bytes)", path)


def _probe_image(path: Path, limits: MediaLimits) -> VideoInfo | None:
    """PIL reads only the header here, so an absurd size is refused before any allocation."""
    try:
        with Image.open(path, formats=PIL_IMAGE_FORMATS) as img:
            width, height = _oriented_size(img)
            fmt, mode = img.format or "image", img.mode
    except UnidentifiedImageError:
        return None  # not a still image: let ffprobe have a look
    except Image.DecompressionBombError:
        limit = f"{limits.max_width}x{limits.max_height}"
        raise InputError(f"too large: image header exceeds the {limit} limit", path) from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise InputError(f"not a valid image file ({type(exc).__name__})", path) from None
    limits.check(width, height, path)
    return VideoInfo(
        path=str(path),
        width=width,
        height=height,
        frame_count=1,
        fps=0.0,
        duration_s=0.0,
        codec=fmt.lower(),
        pix_fmt=mode.lower(),
        is_image=True,
    )


def _oriented_size(img: Image.Image) -> tuple[int, int]:
    """Size as displayed: EXIF orientations 5-8 swap the sides (decode applies the same turn)."""
    width, height = img.size
    try:
        orientation = img.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block is ignored, as viewers do
        orientation = 1
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def _probe_video(path: Path, limits: MediaLimits) -> VideoInfo:
    data = _ffprobe_json(path)
    streams = data.get("streams", [])
    video = next(
        (s for s in streams if s.get("codec_type") == "video" and not s.get("disposition", {}).get("attached_pic")),
        None,
    )
    if video is None:
        raise InputError("no video stream", path)
    width, height = int(video.get("width") or 0), int(video.get("height") or 0)
    if width <= 0 or height <= 0:
        raise InputError("video stream has no frame size (damaged header)", path)
    limits.check(width, height, path)  # before any frame is decoded
    scan = _scan_packets(path, int(video["index"]))
    _check_packets(path, scan, video)
    duration = _duration(video, data.get("format", {}), scan)
    fps = _average_fps(video, scan)
    return VideoInfo(
        path=str(path),
        width=width,
        height=height,
        frame_count=scan.count,
        fps=fps,
        duration_s=duration,
        codec=str(video.get("codec_name", "unknown")),
        pix_fmt=str(video.get("pix_fmt", "unknown")),
        has_audio=any(s.get("codec_type") == "audio" for s in streams),
        variable_frame_rate=scan.variable,
        is_image=False,
    )


def _ffprobe_json(path: Path) -> dict[str, Any]:
    """Stream and format facts; ffprobe's error text only picks the category of the failure."""
    try:
        facts: dict[str, Any] = ffmpeg.probe(str(path), v="error", timeout=_PROBE_TIMEOUT_S)
        return facts
    except ffmpeg.Error as exc:
        raise InputError(_ffprobe_failure(path, exc.stderr or b""), path) from None
    except subprocess.TimeoutExpired:
        raise InputError("ffprobe timed out reading the file", path) from None
    except FileNotFoundError:
        raise InputError("ffprobe is not installed", path) from None
    except ValueError:
        raise InputError("ffprobe gave unreadable output", path) from None


def _ffprobe_failure(path: Path, stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace").lower()
    if "moov atom not found" in text and _looks_like_bmff(path):
        return "truncated or incomplete mp4 (index 'moov' missing)"
    if "permission denied" in text:
        return "cannot read (permission denied)"
    if "invalid data found" in text or "moov atom not found" in text:
        return "not a media file (unrecognised data)"
    if "end of file" in text or "partial file" in text:
        return "truncated file"
    return "cannot be read as media"


def _looks_like_bmff(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return False
    return len(head) == 8 and head[4:8] in _BMFF_BOXES


@dataclass
class _PacketScan:
    count: int = 0
    first_pts: int | None = None
    last_pts: int | None = None
    time_base: Fraction = Fraction(1, 1)
    variable: bool = False
    damaged: bool = False


def _scan_packets(path: Path, stream_index: int) -> _PacketScan:
    """One demux pass over the video packets (no decode): counts them and checks timing.

    Equivalent to ffprobe's -count_packets, but the same pass also yields the timestamps
    needed for the VFR decision. Memory stays bounded: a small reorder heap and a Counter of
    distinct intervals capped at _VFR_MAX_DISTINCT.
    """
    cmd = [
        "ffprobe",
        "-v",
        "error",
        "-select_streams",
        str(stream_index),
        "-show_entries",
        "packet=pts:stream=time_base",
        "-of",
        "compact=p=0:nk=1",
        str(path),
    ]
    scan = _PacketScan()
    heap: list[int] = []
    deltas: Counter[int] = Counter()
    previous: int | None = None

    def take(pts: int) -> None:
        nonlocal previous
        if previous is not None and not scan.variable:
            deltas[pts - previous] += 1
            scan.variable = len(deltas) > _VFR_MAX_DISTINCT
        previous = pts

    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        stdout, stderr = proc.stdout, proc.stderr
        if stdout is None or stderr is None:  # both are PIPE above
            raise RuntimeError("ffprobe was started without its pipes")
        stderr_chunks: list[str] = []
        drain = threading.Thread(target=lambda: stderr_chunks.append(stderr.read()), daemon=True)
        drain.start()
        for line in stdout:
            value = line.strip()
            if "/" in value:  # the stream section: its time base
                scan.time_base = Fraction(value)
                continue
            scan.count += 1
            if value.lstrip("-").isdigit():
                heapq.heappush(heap, int(value))
                if len(heap) > _REORDER_WINDOW:
                    take(heapq.heappop(heap))
        while heap:
            take(heapq.heappop(heap))
        proc.wait()
        drain.join()
    scan.damaged = proc.returncode != 0 or "partial file" in "".join(stderr_chunks)
    scan.first_pts, scan.last_pts = _span(deltas, previous)
    scan.variable = scan.variable or _irregular(deltas, scan.time_base)
    return scan


def _span(deltas: Counter[int], last: int | None) -> tuple[int | None, int | None]:
    if last is None:
        return None, None
    return last - sum(d * n for d, n in deltas.items()), last


def _irregular(deltas: Counter[int], time_base: Fraction) -> bool:
    """VFR when an interval strays from the mean interval by more than 1 ms (or one tick when
    the time base is coarser): CFR streams in a 1/1000 time base jitter by one tick, which is
    rounding, not a change of rate."""
    total = sum(deltas.values())
    if total < 2:
        return any(d <= 0 for d in deltas)
    mean = sum(d * n for d, n in deltas.items()) / total
    tolerance = max(_VFR_TOLERANCE_S, float(time_base)) + 1e-9
    return any(d <= 0 or abs(d - mean) * float(time_base) > tolerance for d in deltas)


def _check_packets(path: Path, scan: _PacketScan, video: dict[str, Any]) -> None:
    if scan.count == 0:
        if scan.damaged:
            raise InputError("truncated or damaged file (no readable video packets)", path)
        raise InputError("no video frames (the video stream is empty)", path)
    declared = int(video.get("nb_frames") or 0)
    if scan.damaged or (declared and scan.count < declared):
        raise InputError(f"truncated file: {scan.count} of {declared or '?'} video packets present", path)


def _duration(video: dict[str, Any], fmt: dict[str, Any], scan: _PacketScan) -> float:
    for value in (video.get("duration"), fmt.get("duration")):
        try:
            if value is not None and float(value) > 0:
                return float(value)
        except ValueError:
            pass
    if scan.first_pts is not None and scan.last_pts is not None:
        return float((scan.last_pts - scan.first_pts) * scan.time_base)
    return 0.0


def _average_fps(video: dict[str, Any], scan: _PacketScan) -> float:
    for key in ("avg_frame_rate", "r_frame_rate"):
        rate = _fraction(video.get(key))
        if rate and 0 < rate < 1000:
            return float(rate)
    if scan.count > 1 and scan.first_pts is not None and scan.last_pts is not None and scan.last_pts != scan.first_pts:
        return float((scan.count - 1) / ((scan.last_pts - scan.first_pts) * scan.time_base))
    return 0.0


def _fraction(value: object) -> Fraction | None:
    try:
        return Fraction(str(value)) if value else None
    except (ValueError, ZeroDivisionError):
        return None
