"""The RedactionPlan: what to hide, where and when. Written by analysis, read by render.

The plan is the audit record of a redaction and the thing QA edits, so it holds entity types,
scores, boxes, frame ranges, engine versions and a configuration hash, never detected text.
"""

from __future__ import annotations

import heapq
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from pipeline.core.errors import InputError, OutputError
from pipeline.core.types import Box, FullFrameMask, Track, VideoInfo

PLAN_FORMAT = "session-redactor/plan"
PLAN_VERSION = 1


@dataclass(slots=True)
class RedactionPlan:
    video: VideoInfo
    tracks: list[Track] = field(default_factory=list)
    full_frames: list[FullFrameMask] = field(default_factory=list)
    engines: dict[str, str] = field(default_factory=dict)
    config_hash: str = ""
    source_sha256: str = ""
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    stats: dict[str, float] = field(default_factory=dict)

    def next_track_id(self) -> int:
        return max((t.track_id for t in self.tracks), default=0) + 1

    def to_dict(self) -> dict:
        return {
            "format": PLAN_FORMAT,
            "version": PLAN_VERSION,
            "created_at": self.created_at,
            "source_sha256": self.source_sha256,
            "video": self.video.to_dict(),
            "engines": dict(sorted(self.engines.items())),
            "config_hash": self.config_hash,
            "stats": self.stats,
            "full_frames": [f.to_dict() for f in self.full_frames],
            "tracks": [t.to_dict() for t in self.tracks],
        }

    @classmethod
    def from_dict(cls, data: dict, path: str = "") -> "RedactionPlan":
        if data.get("format") != PLAN_FORMAT:
            raise InputError("not a redaction plan (missing format marker)", path or None)
        if int(data.get("version", 0)) > PLAN_VERSION:
            raise InputError(f"plan version {data.get('version')} is newer than this program", path or None)
        try:
            return cls(
                video=VideoInfo.from_dict(data["video"]),
                tracks=[Track.from_dict(t) for t in data.get("tracks", [])],
                full_frames=[FullFrameMask.from_dict(f) for f in data.get("full_frames", [])],
                engines=dict(data.get("engines", {})),
                config_hash=str(data.get("config_hash", "")),
                source_sha256=str(data.get("source_sha256", "")),
                created_at=str(data.get("created_at", "")),
                stats=dict(data.get("stats", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"malformed redaction plan ({type(exc).__name__}: {exc})", path or None) from None

    def save(self, path: str | Path) -> None:
        write_text_atomic(Path(path), json.dumps(self.to_dict(), indent=1) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> "RedactionPlan":
        return cls.from_dict(read_json(path, "plan"), str(path))


@dataclass(frozen=True, slots=True)
class FrameMasks:
    """What render must hide in one frame."""

    index: int
    boxes: tuple[Box, ...]
    whole_frame: bool


def iter_frame_masks(plan: RedactionPlan, frame_count: int | None = None) -> Iterator[FrameMasks]:
    """Yield the boxes to mask for each frame index in order, sweeping the segments once.

    Memory is bounded by the number of segments alive at one time, not by the video's length.
    `frame_count` defaults to the plan's; render passes the number it actually decodes so that
    frames beyond what the probe promised are still covered by the sweep.
    """
    count = plan.video.frame_count if frame_count is None else frame_count
    segments = sorted(
        ((s.start_frame, s.end_frame, s.box) for t in plan.tracks for s in t.segments),
        key=lambda item: item[0],
    )
    wholes = sorted(((f.start_frame, f.end_frame) for f in plan.full_frames), key=lambda item: item[0])
    seg_i = whole_i = 0
    alive: list[tuple[int, int, Box]] = []  # heap of (end_frame, tiebreak, box)
    alive_whole: list[int] = []  # heap of end frames
    serial = 0
    for index in range(count):
        while seg_i < len(segments) and segments[seg_i][0] <= index:
            _, end, box = segments[seg_i]
            heapq.heappush(alive, (end, serial, box))
            serial += 1
            seg_i += 1
        while whole_i < len(wholes) and wholes[whole_i][0] <= index:
            heapq.heappush(alive_whole, wholes[whole_i][1])
            whole_i += 1
        while alive and alive[0][0] < index:
            heapq.heappop(alive)
        while alive_whole and alive_whole[0] < index:
            heapq.heappop(alive_whole)
        yield FrameMasks(index, tuple(item[2] for item in alive), bool(alive_whole))


def read_json(path: str | Path, what: str) -> dict:
    """A JSON document of ours, or an InputError naming the file (never its content)."""
    try:
        return json.loads(Path(path).read_text())
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {what} ({type(exc).__name__})", path) from None


def write_text_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see a partial file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror or type(exc).__name__})", path) from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a plan is as readable as any file
        with os.fdopen(fd, "w") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
