"""Plain helpers that several test modules share (pytest fixtures and hooks are in conftest.py).

They are functions and classes rather than fixtures because tests call them with arguments, at
import time (parametrize tables) or subclass them; import them from here, never from another
test module.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import struct
import subprocess
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pipeline.analysis.ocr import RawWord
from pipeline.core.types import Box, Detection, Layout, OcrWord, TextLine

# ---------------------------------------------------------------------------------- drawing

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))


def font(size: int, name: str = "DejaVuSans.ttf") -> ImageFont.FreeTypeFont:
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    raise RuntimeError(f"font {name} missing: run scripts/install.sh")


Colour = tuple[int, int, int]  # RGB


def draw_screen(
    lines: list[tuple[int, int, str]] | list[tuple[int, int, str, Colour]],
    size: tuple[int, int] = (640, 360),
    *,
    dark: bool = False,
    font_size: int = 14,
    font_name: str = "DejaVuSans.ttf",
    background: Colour | None = None,
) -> np.ndarray:
    """A BGR frame with text lines drawn at (x, y): light UI by default, dark mode on request;
    a line given a fourth item is drawn in that RGB colour, on `background` where given."""
    ground, ink = ((30, 30, 30), (220, 220, 220)) if dark else ((245, 245, 245), (20, 20, 20))
    image = Image.new("RGB", size, background or ground)
    draw = ImageDraw.Draw(image)
    face = font(font_size, font_name)
    for x, y, text, *colour in lines:
        draw.text((x, y), text, fill=tuple(colour[0]) if colour else ink, font=face)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


# ------------------------------------------------------------------------------------ media


def ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)


def png_header_only(path: Path, width: int, height: int) -> None:
    """A PNG whose IHDR claims width x height, with a tiny IDAT (valid chunks, bogus data)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b"")
    )


def truncated_mp4(folder: Path, faststart: bool = False) -> Path:
    """The first half of a valid 2 s H.264 mp4."""
    whole = folder / "whole.mp4"
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=25",
        "-t",
        "2",
        "-c:v",
        "libx264",
        *(["-movflags", "+faststart"] if faststart else []),
        str(whole),
    )
    data = whole.read_bytes()
    half = folder / "half.mp4"
    half.write_bytes(data[: len(data) // 2])
    whole.unlink()
    return half


def frameless_video(path: Path) -> Path:
    """A raw-video stream header that declares 64x48 and carries no frame at all."""
    path.write_bytes(b"YUV4MPEG2 W64 H48 F25:1 Ip A1:1 C420jpeg\n")
    return path


def screen_clip(path: Path, frames: list, fps: float = 5.0, *, codec: str = "h264", pix_fmt: str = "yuv420p") -> Path:
    """Encode BGR frames (e.g. draw_screen's) as an H.264/yuv420p mp4 at crf 23, the way a
    screen recorder would (libswscale's colour conversion, x264 on one thread).

    Deliberately not the pipeline's VideoWriter: a fixture must not change when the product's
    encoder is tuned, or the degraded-OCR tests would measure our encoder instead of the reader.
    codec and pix_fmt are accepted for the callers' documentation only: every clip is H.264.
    """
    import av

    del codec, pix_fmt
    height, width = frames[0].shape[:2]
    ticks_per_s = 90000
    with av.open(str(path), "w", format="mp4", container_options={"movflags": "+faststart"}) as container:
        stream = container.add_stream(
            "libx264", rate=Fraction(fps).limit_denominator(1001), options={"crf": "23", "preset": "veryfast"}
        )
        stream.width, stream.height, stream.pix_fmt = width + (width & 1), height + (height & 1), "yuv420p"
        stream.codec_context.time_base = stream.time_base = Fraction(1, ticks_per_s)
        for index, image in enumerate(frames):
            padded = np.pad(image, ((0, height & 1), (0, width & 1), (0, 0)), mode="edge")
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(padded), format="bgr24").reformat(format="yuv420p")
            frame.pts, frame.time_base = round(index / fps * ticks_per_s), Fraction(1, ticks_per_s)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def ocr_frame(video: Path, index: int) -> str:
    """Tesseract's text of frame `index` of `video`, decoded by the pipeline."""
    import pytesseract

    from pipeline.media.frames import iter_frames
    from pipeline.media.probe import probe

    for frame in iter_frames(video, probe(video)):
        if frame.index == index:
            return pytesseract.image_to_string(frame.image[:, :, ::-1])
    raise AssertionError("frame not found")


@contextmanager
def readers_released(*fifos: Path) -> Iterator[list[Path]]:
    """Whenever something waits to read one of `fifos`, open it for writing and close it again:
    the reader gets an empty file instead of hanging the test, and the list yielded says that
    somebody waited (a FIFO moved away or never opened is left alone)."""
    waited: list[Path] = []
    stop = threading.Event()

    def release() -> None:
        while not stop.wait(0.1):
            for fifo in fifos:
                try:
                    fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                except OSError:  # ENXIO: no reader waits; ENOENT: moved away
                    continue
                waited.append(fifo)
                os.close(fd)

    thread = threading.Thread(target=release, daemon=True)
    thread.start()
    try:
        yield waited
    finally:
        stop.set()
        thread.join()


# --------------------------------------------------------------------- analysis (typing form)

W, H = 640, 360
BASE = [(20, 20, "Device Manager"), (20, 60, "Contact")]
_EMAIL = re.compile(r"[\w.]+@[\w-]+\.[a-z]{2,}")


class FakeDetector:
    """E-mail addresses by regex, boxed by whole words: enough to drive the analysis."""

    def __init__(self):
        self.calls = 0

    def detect(self, layout: Layout, memory=None) -> list[Detection]:
        self.calls += 1
        found = []
        for line in layout.lines:
            words = line.words
            for i, word in enumerate(words):
                # OCR may split an address at its punctuation: take a word with the next one
                # it touches, as the real detector does
                parts = [word] + [w for w in words[i + 1 : i + 2] if w.box.x - word.box.x2 < 12]
                for n in range(1, len(parts) + 1):
                    text = "".join(w.text for w in parts[:n])
                    if _EMAIL.search(text):
                        box = Box.union_all(w.box for w in parts[:n])
                        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
                        found.append(Detection("EMAIL_ADDRESS", 0.9, box.pad(2), "fake", digest))
                        break
        return found

    def versions(self):
        return {"detector": "fake"}

    def config_hash(self):
        return "fake"


def typing_frames(value: str, per_frame: int = 2, idle: int = 3) -> list[np.ndarray]:
    """`value` typed into the Contact field `per_frame` characters a frame, with `idle` still frames around."""
    frames = [draw_screen(BASE)] * idle
    for n in range(per_frame, len(value) + per_frame, per_frame):
        frames.append(draw_screen(BASE + [(120, 60, value[:n])]))
    return frames + [frames[-1]] * idle


# -------------------------------------------------------------------------------- the store

KEY = bytes(range(32))  # the raw vault's key in every store test
RAW_KEY_ENV = {"REDACT_RAW_KEY": base64.b64encode(KEY).decode()}  # the same key as the CLI reads it
EMAIL = "marta.kowalski@example.org"
TECH = "Windows 11 Pro 23H2"


def _record_frames(email: str, name: str, ticket: int, n: int = 8) -> list:
    lines = [
        (20, 20, f"Customer record, ticket {ticket}"),
        (20, 60, f"E-mail: {email}"),
        (20, 100, f"Name: {name}"),
        (20, 140, f"OS: {TECH}"),
        (20, 180, "Error 0x80070005"),
    ]
    return [draw_screen(lines + [(20, 220, f"Ticket step {i // 4}")], size=(640, 360)) for i in range(n)]


def recording(
    folder: Path, name: str, *, email: str = EMAIL, person: str = "Marta Kowalski", seed: int = 1, **sidecar
) -> Path:
    """A short clip with an e-mail and a name, and its sidecar (consent flags in `sidecar`)."""
    from samples.make_samples import make_sidecar

    folder.mkdir(parents=True, exist_ok=True)
    video = screen_clip(folder / f"{name}.mp4", _record_frames(email, person, seed))
    data = make_sidecar(name, seed)
    for key, value in sidecar.items():
        if key in ("recording", "qa_review", "training"):
            data["consent"][key] = value
        else:
            data[key] = value
    video.with_suffix(".json").write_text(json.dumps(data))
    return video


# ------------------------------------------------------------------------------- OCR layouts


def text_layout(*rows: str | tuple[int, int, str], char_w: int = 8, line_h: int = 16, pitch: int = 24) -> Layout:
    """A layout as OCR would read `rows`: strings are stacked `pitch` px apart from the top
    left, (x, y, text) tuples are placed; words split on spaces, `char_w` px a character, each
    extra space a wider gap."""
    lines = []
    for i, row in enumerate(rows):
        x, y, text = row if isinstance(row, tuple) else (0, i * pitch, row)
        words = []
        for part in text.split(" "):
            if part:
                words.append(OcrWord(part, Box(x, y, char_w * len(part), line_h), 91.0))
                x += char_w * len(part)
            x += char_w
        if words:
            lines.append(TextLine(tuple(words)))
    return Layout(tuple(lines))


def grid_rows(
    xs: tuple[int, ...], header: tuple[str, ...], rows: list[tuple[str, ...]], pitch: int
) -> list[tuple[int, int, str]]:
    """A table for `text_layout`: `header` at y=0 and each of `rows` `pitch` px under the one
    before, the n-th cell of each at x=`xs[n]`."""
    placed = [(x, 0, h) for x, h in zip(xs, header, strict=True)]
    for i, row in enumerate(rows, start=1):
        placed += [(x, i * pitch, cell) for x, cell in zip(xs, row, strict=True)]
    return placed


def value_covered(detector, rows: list[str], value: str) -> bool:
    """Whether a finding of the detector in `rows` (text_layout) covers the first `value` there."""
    lt, findings = detector.find_spans(text_layout(*rows))
    start = lt.text.index(value)
    return any(f.start <= start and start + len(value) <= f.end for f in findings)


def values_found(detector, *rows: str | tuple[int, int, str]) -> dict[str, str]:
    """Each value the detector finds in `rows` (text_layout), and its type: the finding's text,
    and the cells of its last line (a finding may take a caption with its value, as NER does)."""
    lt, findings = detector.find_spans(text_layout(*rows))
    found = {}
    for f in findings:
        for word in lt.text[f.start : f.end].split("\n")[-1].split("  "):
            found[word] = f.entity_type
        found[lt.text[f.start : f.end]] = f.entity_type
    return found


class WeakWhileFlagged:
    """The real OCR engines (wrapped), whose readings turn weak (confidence 30) while `failing`
    is set: a line the encoder blurs as it starts to move, a label the pointer rests on."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.failing = False

    def version(self) -> str:
        return self.inner.version()

    def read_lines(self, images):
        read = self.inner.read_lines(images)
        if not self.failing:
            return read
        return [[RawWord(w.text, w.box, 30.0) for w in words] for words in read]


def cell_words(*cells: tuple[int, int, str], height: int = 14) -> list[OcrWord]:
    """OCR words of `cells` (x, y, text), one word per 9 px character plus a 5 px space; a lone
    "-" is a 2 px dash (a form's date separator)."""
    words = []
    for x, y, text in cells:
        for part in text.split():
            words.append(OcrWord(part, Box(x, y, 9 * len(part), height if part != "-" else 2), 95.0))
            x += 9 * len(part) + 5
    return words


def types_covering(detector, rows: list[str], value: str) -> set[str]:
    """The entity types of the findings that cover `value` whole in `rows` (text_layout)."""
    lt, findings = detector.find_spans(text_layout(*rows))
    i = lt.text.find(value)
    assert i >= 0
    return {f.entity_type for f in findings if f.start <= i and f.end >= i + len(value)}
