"""Making real media for tests: ffmpeg clips and hand-built file headers."""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)


def png_header_only(path: Path, width: int, height: int) -> None:
    """A PNG whose IHDR claims width x height, with a tiny IDAT (valid chunks, bogus data)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
                     + chunk(b"IEND", b""))


def truncated_mp4(folder: Path, faststart: bool = False) -> Path:
    """The first half of a valid 2 s H.264 mp4."""
    whole = folder / "whole.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-t", "2", "-c:v", "libx264",
           *(["-movflags", "+faststart"] if faststart else []), str(whole))
    data = whole.read_bytes()
    half = folder / "half.mp4"
    half.write_bytes(data[: len(data) // 2])
    whole.unlink()
    return half


def frameless_video(path: Path) -> Path:
    """A raw-video stream header that declares 64x48 and carries no frame at all."""
    path.write_bytes(b"YUV4MPEG2 W64 H48 F25:1 Ip A1:1 C420jpeg\n")
    return path


def screen_clip(path: Path, frames: list, fps: float = 5.0) -> Path:
    """Encode BGR frames (e.g. conftest.draw_screen) as an H.264 mp4 with the pipeline's writer."""
    from pipeline.media.encode import VideoWriter
    from pipeline.core.types import VideoInfo

    height, width = frames[0].shape[:2]
    info = VideoInfo(path=str(path), width=width, height=height, frame_count=len(frames), fps=fps,
                     duration_s=len(frames) / fps, codec="h264", pix_fmt="yuv420p")
    with VideoWriter(path, info) as writer:
        for index, image in enumerate(frames):
            writer.write(image, index / fps)
    return path
