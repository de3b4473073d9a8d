"""The RedactionPlan: what to hide, where and when. Written by analysis, read by render.

The plan is the audit record of a redaction and the thing QA edits, so it holds entity types,
scores, boxes, frame ranges, engine versions and a configuration hash, never detected text.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import Field, model_validator

from pipeline.core.documents import (
    MAX_COORD,
    MAX_INDEX,
    BoxList,
    Count,
    Document,
    EntityType,
    Name,
    Number,
    OptionalName,
    OptionalSha256,
    Score,
    Seconds,
    Time,
    Timestamp,
    Version,
    check,
    written,
)
from pipeline.core.errors import InputError, ProcessingError
from pipeline.core.files import write_text_atomic
from pipeline.core.types import Box, FullFrameMask, Track, TrackSegment, TrackSource, VideoInfo

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

    def to_dict(self) -> dict[str, Any]:
        """The plan's JSON form, checked (ProcessingError for an invalid plan: nothing is written
        that would not load again)."""
        return written(_PlanDoc, _PlanDoc.fields_of(self), "redaction plan")

    @classmethod
    def from_dict(cls, data: Any, path: str = "") -> RedactionPlan:
        where = path or None
        if not isinstance(data, dict) or data.get("format") != PLAN_FORMAT:
            raise InputError("not a redaction plan (missing format marker)", where)
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > PLAN_VERSION:
            raise InputError(f"plan version {version} is newer than this program", where)
        return check(_PlanDoc, data, "redaction plan", where).to_plan()

    def save(self, path: str | Path) -> None:
        try:
            data = self.to_dict()
        except ProcessingError as exc:
            raise ProcessingError(str(exc), path) from None
        # compact: Python's JSON encoder is C only without indentation (a long session's plan
        # of 100k segments: 0.9 -> 0.15 s, 19 -> 10 MB), and the save ends the run
        write_text_atomic(Path(path), json.dumps(data, separators=(",", ":")) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> RedactionPlan:
        return cls.from_dict(read_json(path, "plan"), str(path))


# -- the plan's JSON form ----------------------------------------------------------------------
# Key for key what to_dict writes (and every plan written so far holds). Times and scores are
# rounded on the way out; frame numbers, sizes and boxes are integers in range.


class _VideoDoc(Document):
    width: Annotated[int, Field(ge=1, le=MAX_COORD)]
    height: Annotated[int, Field(ge=1, le=MAX_COORD)]
    frame_count: Count
    fps: Annotated[float, Field(ge=0, le=10_000, allow_inf_nan=False)]
    duration_s: Seconds
    codec: OptionalName
    pix_fmt: OptionalName
    has_audio: bool
    variable_frame_rate: bool
    is_image: bool

    @staticmethod
    def fields_of(v: VideoInfo) -> dict[str, Any]:
        return {
            "width": v.width,
            "height": v.height,
            "frame_count": v.frame_count,
            "fps": round(v.fps, 6),
            "duration_s": round(v.duration_s, 6),
            "codec": v.codec,
            "pix_fmt": v.pix_fmt,
            "has_audio": v.has_audio,
            "variable_frame_rate": v.variable_frame_rate,
            "is_image": v.is_image,
        }

    def to_info(self) -> VideoInfo:
        return VideoInfo(path="", **self.model_dump())


class _SegmentDoc(Document):
    start_frame: Count
    end_frame: Count
    start_s: Time = 0.0
    end_s: Time = 0.0
    box: BoxList

    @model_validator(mode="after")
    def _ordered(self) -> _SegmentDoc:
        return _check_order(self)


class _TrackDoc(Document):
    id: Annotated[int, Field(ge=0, le=MAX_INDEX)]
    entity_type: EntityType
    score: Score
    source: TrackSource = "auto"
    recognizer: OptionalName = ""
    segments: list[_SegmentDoc]

    @staticmethod
    def fields_of(t: Track) -> dict[str, Any]:
        segments = [
            {
                "start_frame": s.start_frame,
                "end_frame": s.end_frame,
                "start_s": round(s.start_s, 6),
                "end_s": round(s.end_s, 6),
                "box": s.box.to_tuple(),
            }
            for s in t.segments
        ]
        return {
            "id": t.track_id,
            "entity_type": t.entity_type,
            "score": round(t.score, 4),
            "source": t.source,
            "recognizer": t.recognizer,
            "segments": segments,
        }

    def to_track(self) -> Track:
        segments = [TrackSegment(s.start_frame, s.end_frame, Box(*s.box), s.start_s, s.end_s) for s in self.segments]
        return Track(self.id, self.entity_type, self.score, self.source, self.recognizer, segments)


class _FullFrameDoc(Document):
    start_frame: Count
    end_frame: Count
    reason: Name  # a category such as "decode_error"

    @model_validator(mode="after")
    def _ordered(self) -> _FullFrameDoc:
        return _check_order(self)


R = TypeVar("R", _SegmentDoc, _FullFrameDoc)


def _check_order(doc: R) -> R:
    if doc.end_frame < doc.start_frame:
        raise ValueError("end_frame must be >= start_frame")
    return doc


class _PlanDoc(Document):
    format: Literal["session-redactor/plan"]
    version: Annotated[int, Field(ge=0, le=PLAN_VERSION)] = PLAN_VERSION
    created_at: Timestamp = ""
    source_sha256: OptionalSha256 = ""
    video: _VideoDoc
    engines: dict[Name, Version] = {}
    config_hash: Annotated[str, Field(pattern=r"^[0-9a-f]{0,64}$")] = ""
    stats: dict[Name, Number] = {}
    full_frames: list[_FullFrameDoc] = []
    tracks: list[_TrackDoc] = []

    @staticmethod
    def fields_of(plan: RedactionPlan) -> dict[str, Any]:
        # plain data, checked in one validation (pydantic's core walks it; no Python call per box)
        return {
            "format": PLAN_FORMAT,
            "version": PLAN_VERSION,
            "created_at": plan.created_at,
            "source_sha256": plan.source_sha256,
            "video": _VideoDoc.fields_of(plan.video),
            "engines": dict(sorted(plan.engines.items())),
            "config_hash": plan.config_hash,
            "stats": dict(plan.stats),
            "full_frames": [
                {"start_frame": f.start_frame, "end_frame": f.end_frame, "reason": f.reason} for f in plan.full_frames
            ],
            "tracks": [_TrackDoc.fields_of(t) for t in plan.tracks],
        }

    def to_plan(self) -> RedactionPlan:
        return RedactionPlan(
            video=self.video.to_info(),
            tracks=[t.to_track() for t in self.tracks],
            full_frames=[FullFrameMask(f.start_frame, f.end_frame, f.reason) for f in self.full_frames],
            engines=dict(self.engines),
            config_hash=self.config_hash,
            source_sha256=self.source_sha256,
            created_at=self.created_at,
            stats=dict(self.stats),
        )


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


def read_json(path: str | Path, what: str) -> Any:
    """A JSON document of ours (any JSON value: the caller's model checks it), or an InputError
    naming the file (never its content)."""
    try:
        return json.loads(Path(path).read_text())
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {what} ({type(exc).__name__})", path) from None
