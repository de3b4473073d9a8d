"""The QA review page: one self-contained HTML file about one redacted recording.

It shows what was hidden and why: the recording's facts and verification result, a timeline of
the plan's tracks per entity type, and a contact sheet of frames at each track's start with its
boxes outlined. Only redacted material appears: every image is decoded from the REDACTED output
(the plan's own source is refused), a plan holds no detected text and so neither does the page,
and boxes where verification still read personal data are filled on every image. The page
fetches nothing (a Content-Security-Policy forbids it): CSS, script, SVG and the JPEG images are
all inline, so the file can be archived or sent as it is.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from markupsafe import Markup
from PIL import Image, ImageDraw, ImageFont

from pipeline import __version__
from pipeline.core.errors import InputError
from pipeline.core.files import sha256_file, write_text_atomic
from pipeline.core.plan import RedactionPlan
from pipeline.core.templates import environment
from pipeline.core.types import Box, Track, VideoInfo
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.qa.timeline import (
    FINDING_COLOUR,
    Span,
    TypeRow,
    build_timeline,
    clock,
    frame_step,
    track_range,
    track_spans,
    type_rows,
)
from pipeline.redact.findings import finding_id, finding_kind
from pipeline.redact.verify import Finding, Verification
from pipeline.render.renderer import mask_box

log = logging.getLogger(__name__)

STATES = ("processed", "needs_review", "approved", "rejected")
MAX_FINDING_CARDS = 24  # findings beyond this get their 1:1 crop only, without the whole frame
THUMB_QUALITY = 74  # JPEG quality: 120 cards of a 1080p session stay around 5 MB
DETAIL_QUALITY = 86  # the 1:1 crops are small; keep their edges crisp
DETAIL_PAD = 28  # pixels of context around a track's boxes in the 1:1 detail crop
DETAIL_MAX_HEIGHT = 0.4  # of thumb_width: a detail crop stays a strip, not a second thumbnail
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
__all__ = [
    "ReviewFacts",
    "Span",
    "TypeRow",
    "build_review_page",
    "check_redacted",
    "clock",
    "pick_tracks",
    "track_spans",
    "type_rows",
    "write_review_page",
]


# ------------------------------------------------------------------------------------ inputs


@dataclass(frozen=True)
class ReviewFacts:
    """What the catalog knows about a recording, shown in the page header."""

    recording_id: str  # short content hash
    session_ref: str  # pseudonymous session id, never the customer's own
    tenant: str
    state: str  # one of STATES
    purpose: str
    policy_version: str
    duration_s: float
    width: int
    height: int
    fps: float
    verification: dict | None = None  # verify.Verification.to_dict(); None: not verified yet

    @classmethod
    def from_plan(
        cls,
        plan: RedactionPlan,
        *,
        recording_id: str,
        session_ref: str,
        tenant: str,
        state: str,
        purpose: str,
        policy_version: str,
        verification: dict | None = None,
    ) -> ReviewFacts:
        """Facts whose video part (duration, size, fps) comes from the plan."""
        video = plan.video
        return cls(
            recording_id,
            session_ref,
            tenant,
            state,
            purpose,
            str(policy_version),
            video.duration_s,
            video.width,
            video.height,
            video.fps,
            verification,
        )


# ----------------------------------------------------------------------------- page model


@dataclass(frozen=True, slots=True)
class _Mark:
    """A box outlined on an image, with its label tab."""

    box: Box
    label: str
    colour: str
    dashed: bool = False


@dataclass(slots=True)
class _Card:
    """One image of the contact sheet (a track's start, or a verification finding) and its
    caption's facts (plain values: the template escapes them)."""

    anchor: str
    frame: int
    type_key: str | None  # filter key; None: not filtered (findings)
    marks: tuple[_Mark, ...]
    alt: str
    detail: bool
    colour: str
    entity_type: str
    score: float
    when: str  # the time, or the time range, as text
    box: Box  # the union of the boxes outlined
    track_id: int | None = None  # None: a verification finding
    source: str = ""  # auto | manual
    recognizer: str = ""
    finding_id: str = ""  # a finding's id (as audited) and why verification reported it
    reason: str = ""
    thumb: bool = True  # False: the 1:1 crop only (findings past MAX_FINDING_CARDS)
    thumb_uri: str = ""
    thumb_size: tuple[int, int] = (0, 0)
    detail_uri: str = ""
    detail_size: tuple[int, int] = (0, 0)
    missing: str = ""


@dataclass(slots=True)
class _Stats:
    frames_decoded: int = 0
    image_bytes: int = 0
    cards: int = 0


# -------------------------------------------------------------------------------------- API


def build_review_page(
    plan: RedactionPlan,
    redacted_video: Path,
    facts: ReviewFacts,
    *,
    max_thumbs: int = 120,
    thumb_width: int = 480,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """The review page of one recording as a self-contained HTML document.

    `redacted_video` must be the plan's rendered output (same size); the plan's source file is
    refused. At most `max_thumbs` tracks get an image, chosen so every entity type appears.
    `progress(done, total)` follows the decoding of the redacted video up to the last needed frame.
    """
    if max_thumbs < 0:
        raise ValueError("max_thumbs must be >= 0")
    if thumb_width < 64:
        raise ValueError("thumb_width must be >= 64")
    redacted_video = Path(redacted_video)
    verdict = Verification.from_dict(facts.verification) if facts.verification is not None else None
    findings = verdict.findings if verdict else ()
    info = check_redacted(plan, redacted_video)
    rows = type_rows(plan.tracks)
    row_of = {row.entity_type: row for row in rows}
    shown = pick_tracks(plan.tracks, max_thumbs)
    cards = [_track_card(track, row_of[track.entity_type], plan.video.fps) for track in shown]
    ordered = _finding_order(findings)  # cards, table rows and timeline markers share this order
    finding_cards = [_finding_card(i, f, thumb=i < MAX_FINDING_CARDS) for i, f in enumerate(ordered)]
    stats = _fill_images(redacted_video, info, cards + finding_cards, [f.box for f in findings], thumb_width, progress)
    log.info(
        "review page: %d images from %d decoded frames, %.1f MB of images",
        stats.cards,
        stats.frames_decoded,
        stats.image_bytes / 1e6,
    )
    total_s = _total_seconds(plan, facts)
    linked = {track.track_id for track in shown}
    timeline = build_timeline(plan, rows, ordered, total_s, linked, len(ordered))
    script = _script()
    return (
        environment("pipeline.qa")
        .get_template("review_page.html")
        .render(
            facts=facts,
            head=_head(facts, plan),
            verdict=_verdict(verdict),
            rows=rows,
            tl=timeline,
            findings=[_finding_row(i, f) for i, f in enumerate(ordered)],
            finding_cards=finding_cards,
            finding_thumbs=min(len(ordered), MAX_FINDING_CARDS),
            cards=cards,
            total_tracks=len(plan.tracks),
            engines=sorted(plan.engines.items()),
            generated=_when(datetime.now(timezone.utc).isoformat(timespec="seconds")),
            version=__version__,
            finding_colour=FINDING_COLOUR,
            script=Markup(script),  # our own file, allowed by its hash below
            script_hash=csp_hash(script),
            clock=clock,
            f1="{:.1f}".format,
        )
    )


def write_review_page(path: Path, html_text: str) -> Path:
    """Write the page atomically, as ASCII (non-ASCII as character references: any locale reads it)."""
    path = Path(path)
    write_text_atomic(path, html_text.encode("ascii", "xmlcharrefreplace").decode("ascii"))
    return path


def check_redacted(plan: RedactionPlan, path: Path) -> VideoInfo:
    """Probe the redacted video and make sure it is the plan's output, never its raw source."""
    info = probe(path)
    if plan.source_sha256 and sha256_file(path) == plan.source_sha256:
        raise InputError(
            "is the unredacted source of this plan, not its redacted output (the review page shows "
            "redacted material only)",
            path,
        )
    width, height = plan.video.width, plan.video.height
    # render pads an odd side by one pixel (4:2:0 H.264 stores even sizes only)
    if info.width not in (width, width + width % 2) or info.height not in (height, height + height % 2):
        raise InputError(f"is {info.width}x{info.height} but the plan is for a {width}x{height} video", path)
    if info.frame_count != plan.video.frame_count:
        log.warning("%s: %d frames where the plan has %d", path, info.frame_count, plan.video.frame_count)
    return info


def pick_tracks(tracks: Sequence[Track], cap: int) -> list[Track]:
    """Up to `cap` tracks for the contact sheet, in time order.

    Every entity type gets one before any gets two (rarer types first when the cap is below
    the number of types); within a type, manual tracks first, then the others spread evenly
    over the recording rather than the first ones only.
    """
    by_type: dict[str, list[Track]] = defaultdict(list)
    for track in sorted((t for t in tracks if t.segments), key=lambda t: (t.start_frame, t.track_id)):
        by_type[track.entity_type].append(track)
    order = sorted(by_type, key=lambda kind: (len(by_type[kind]), kind))
    quota = dict.fromkeys(order, 0)
    left = max(cap, 0)
    while left > 0:
        grew = False
        for kind in order:
            if left > 0 and quota[kind] < len(by_type[kind]):
                quota[kind] += 1
                left -= 1
                grew = True
        if not grew:
            break
    chosen: list[Track] = []
    for kind in order:
        manual = [t for t in by_type[kind] if t.source == "manual"][: quota[kind]]
        rest = [t for t in by_type[kind] if t.source != "manual"]
        chosen += manual + _spread(rest, quota[kind] - len(manual))
    return sorted(chosen, key=lambda t: (t.start_frame, t.track_id))


# ----------------------------------------------------------------------------------- helpers


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _spread(items: list[Track], n: int) -> list[Track]:
    """n items evenly spaced over the list, first and last included."""
    if n <= 0:
        return []
    if n >= len(items):
        return list(items)
    if n == 1:
        return [items[0]]
    step = (len(items) - 1) / (n - 1)
    return [items[int(i * step + 0.5)] for i in range(n)]  # step >= 1: indices are distinct


def _total_seconds(plan: RedactionPlan, facts: ReviewFacts) -> float:
    ends = [span.end_s for t in plan.tracks for span in track_spans(t, plan.video.fps)]
    return max([plan.video.duration_s, facts.duration_s, frame_step(plan.video.fps), *ends])


def _finding_order(findings: Sequence[Finding]) -> list[Finding]:
    """Findings for images: the first of each type, then the rest, each group in time order."""
    seen: set[str] = set()
    first: list[Finding] = []
    rest: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.frame, f.entity_type)):
        (rest if f.entity_type in seen else first).append(f)
        seen.add(f.entity_type)
    return sorted(first, key=lambda f: f.frame) + rest


# ------------------------------------------------------------------------------------ images


def _track_card(track: Track, row: TypeRow, fps: float) -> _Card:
    start = track.start_frame
    boxes = [s.box for s in track.segments if s.start_frame <= start <= s.end_frame]
    marks = tuple(
        _Mark(
            box, f"{track.entity_type} {track.score:.2f}" if i == 0 else "", row.colour, dashed=track.source == "manual"
        )
        for i, box in enumerate(boxes)
    )
    first_s, end_s = track_range(track, fps)
    alt = f"Redacted frame {start} with track {track.track_id} ({track.entity_type}) outlined"
    return _Card(
        f"track-{track.track_id}",
        start,
        row.key,
        marks,
        alt,
        detail=True,
        colour=row.colour,
        entity_type=track.entity_type,
        score=track.score,
        when=f"{clock(first_s)} – {clock(end_s)}",
        box=Box.union_all(boxes) or boxes[0],
        track_id=track.track_id,
        source="manual" if track.source == "manual" else "auto",
        recognizer=track.recognizer,
    )


def _finding_card(i: int, finding: Finding, *, thumb: bool = True) -> _Card:
    """A finding's card: its frame (the first MAX_FINDING_CARDS) and a 1:1 crop of the redacted
    pixels around it, the finding itself filled: the context (label, column, window) tells QA
    whether it is personal data; the pixels that verification read are never shown."""
    mark = _Mark(finding.box, f"FINDING {finding.entity_type} {finding.score:.2f}", FINDING_COLOUR)
    alt = f"Redacted frame {finding.frame} with a verification finding ({finding.entity_type}) filled and outlined"
    return _Card(
        f"finding-{i}",
        finding.frame,
        None,
        (mark,),
        alt,
        detail=True,
        colour=FINDING_COLOUR,
        entity_type=finding.entity_type,
        score=finding.score,
        when=clock(finding.time_s),
        box=finding.box,
        finding_id=finding_id(finding),
        reason=_finding_reason(finding),
        thumb=thumb,
    )


_BASES = {  # verify.FindingBasis, in words; a seen value says when it was seen (Finding.reason)
    "structural": "a sensitive field (by the screen's structure or its label) with readable content",
    "high_confidence": "found in the output with high confidence",
}


def _finding_reason(finding: Finding) -> str:
    """Why verification reported it, in words."""
    if finding.seen_s is not None:
        return finding.reason
    return _BASES.get(str(finding.basis), str(finding.basis))


def _finding_row(i: int, finding: Finding) -> dict[str, object]:
    """A row of the findings table: what QA needs to decide, and the box in `redact mask`'s terms."""
    return {
        "anchor": f"finding-{i}",
        "id": finding_id(finding),
        "entity_type": finding.entity_type,
        "kind": finding_kind(finding),
        "reason": _finding_reason(finding),
        "time_s": finding.time_s,
        "frame": finding.frame,
        "score": finding.score,
        "box": finding.box,
    }


def _fill_images(
    path: Path,
    info: VideoInfo,
    cards: list[_Card],
    conceal: list[Box],
    thumb_width: int,
    progress: Callable[[int, int], None] | None,
) -> _Stats:
    """Decode the redacted video once up to the last needed frame and draw every card's images."""
    stats = _Stats()
    wanted: dict[int, list[_Card]] = defaultdict(list)
    for card in cards:
        wanted[card.frame].append(card)
    if not wanted:
        return stats
    last = max(wanted)
    with closing(iter_frames(path, info, prefetch=4)) as frames:
        for frame in frames:
            stats.frames_decoded += 1
            if progress is not None:
                progress(frame.index + 1, last + 1)
            here = wanted.pop(frame.index, None)
            if here:
                if frame.image is None:
                    for card in here:
                        card.missing = "This frame of the redacted video could not be decoded."
                else:
                    _draw_frame(frame.image, here, conceal, thumb_width, stats)
            if not wanted:
                break
    for lost in wanted.values():
        for card in lost:
            card.missing = "The redacted video has no such frame."
    return stats


def _draw_frame(image: np.ndarray, cards: list[_Card], conceal: list[Box], thumb_width: int, stats: _Stats) -> None:
    """Every card of one decoded frame: a scaled thumbnail and, for tracks, a 1:1 detail crop."""
    if conceal:
        image = image.copy()
        for box in conceal:
            mask_box(image, box, "fill")  # verification read something here: never show it
    height, width = image.shape[:2]
    scale = min(1.0, thumb_width / width)
    small = (
        image
        if scale >= 1.0
        else cv2.resize(
            image, (max(1, round(width * scale)), max(1, round(height * scale))), interpolation=cv2.INTER_AREA
        )
    )
    base = Image.fromarray(np.ascontiguousarray(small[:, :, ::-1]))
    for card in cards:
        if card.thumb:
            thumb = base.copy()
            _outline(thumb, card.marks, scale, labels=True)
            card.thumb_uri, size = _jpeg_uri(thumb, THUMB_QUALITY)
            card.thumb_size = thumb.size
            stats.image_bytes += size
        if card.detail:
            crop = _detail(image, card.marks, thumb_width)
            card.detail_uri, size = _jpeg_uri(crop, DETAIL_QUALITY)
            card.detail_size = crop.size
            stats.image_bytes += size
        stats.cards += 1


def _detail(image: np.ndarray, marks: tuple[_Mark, ...], thumb_width: int) -> Image.Image:
    """The redacted pixels around the marks at full resolution (scaled down only when large)."""
    height, width = image.shape[:2]
    region = (Box.union_all(m.box for m in marks) or Box(0, 0, width, height)).pad(DETAIL_PAD).clip(width, height)
    if region.empty:
        region = Box(0, 0, width, height)
    crop = image[region.y : region.y2, region.x : region.x2]
    scale = min(1.0, thumb_width / region.w, thumb_width * DETAIL_MAX_HEIGHT / region.h)
    if scale < 1.0:
        crop = cv2.resize(
            crop, (max(1, round(region.w * scale)), max(1, round(region.h * scale))), interpolation=cv2.INTER_AREA
        )
    picture = Image.fromarray(np.ascontiguousarray(crop[:, :, ::-1]))
    shifted = tuple(_Mark(m.box.shift(-region.x, -region.y), m.label, m.colour, m.dashed) for m in marks)
    _outline(picture, shifted, scale, labels=False)
    return picture


def _outline(picture: Image.Image, marks: tuple[_Mark, ...], scale: float, *, labels: bool) -> None:
    """Draw each mark just outside its box (the masked pixels stay visible), with a label tab."""
    draw = ImageDraw.Draw(picture)
    face = _font(11)
    width, height = picture.size
    for mark in marks:
        colour = _rgb(mark.colour)
        x1, y1 = mark.box.x * scale - 2, mark.box.y * scale - 2
        x2, y2 = mark.box.x2 * scale + 1, mark.box.y2 * scale + 1
        if mark.dashed:
            _dashed_rect(draw, (x1, y1, x2, y2), colour)
        else:
            draw.rectangle((x1, y1, x2, y2), outline=colour, width=2)
        if not labels or not mark.label:
            continue
        left, top, right, bottom = draw.textbbox((0, 0), mark.label, font=face)
        tab_w, tab_h = right - left + 8, bottom - top + 5
        tx = min(max(x1, 0), max(width - tab_w, 0))
        ty = y1 - tab_h if y1 - tab_h >= 0 else (y2 if y2 + tab_h <= height else max(y1, 0))
        draw.rectangle((tx, ty, tx + tab_w, ty + tab_h), fill=colour)
        draw.text((tx + 4 - left, ty + 2 - top), mark.label, fill=(255, 255, 255), font=face)


def _dashed_rect(
    draw: ImageDraw.ImageDraw, rect: tuple[float, float, float, float], colour, dash: int = 5, gap: int = 3
) -> None:
    x1, y1, x2, y2 = rect
    for (ax, ay), (bx, by) in (((x1, y1), (x2, y1)), ((x2, y1), (x2, y2)), ((x2, y2), (x1, y2)), ((x1, y2), (x1, y1))):
        length = math.hypot(bx - ax, by - ay)
        pos = 0.0
        while pos < length:
            end = min(pos + dash, length)
            draw.line(
                (
                    ax + (bx - ax) * pos / length,
                    ay + (by - ay) * pos / length,
                    ax + (bx - ax) * end / length,
                    ay + (by - ay) * end / length,
                ),
                fill=colour,
                width=2,
            )
            pos += dash + gap


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    for folder in FONT_DIRS:
        for name in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"):
            if (folder / name).exists():
                return ImageFont.truetype(str(folder / name), size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has only the fixed bitmap font
        return ImageFont.load_default()


def _jpeg_uri(picture: Image.Image, quality: int) -> tuple[str, int]:
    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    data = buffer.getvalue()
    return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii"), len(data)


# -------------------------------------------------------------------------------- template


@lru_cache(maxsize=1)
def _script() -> str:
    """The page's script (templates/review_page.js), inlined as it is: its hash is in the CSP."""
    env = environment("pipeline.qa")
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, "review_page.js")
    if "</" in source:
        raise ValueError("review_page.js must not contain '</' (it is inlined in a <script> element)")
    return source


def csp_hash(script: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline script and no other."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def _head(facts: ReviewFacts, plan: RedactionPlan) -> dict[str, object]:
    video = plan.video
    rate = "still image"
    if facts.fps > 0:
        rate = f"{facts.fps:.3g} fps" + (" (variable)" if video.variable_frame_rate else "")
    return {
        "state_class": facts.state if facts.state in STATES else "other",  # a class name: from a fixed list only
        "plan_made": _when(plan.created_at),
        "config_hash": plan.config_hash[:12] or "-",
        "duration": clock(facts.duration_s),
        "frame_count": video.frame_count,
        "rate": rate,
        "tracks": len(plan.tracks),
        "manual": sum(1 for t in plan.tracks if t.source == "manual"),
        "whole": sum(f.end_frame - f.start_frame + 1 for f in plan.full_frames),
    }


def _when(iso: str) -> str:
    """An ISO timestamp as `YYYY-MM-DD HH:MM UTC` (as given when it does not parse)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso or "unknown"
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M") + (" UTC" if moment.tzinfo is not None else "")


_REASONS = {  # verify.Verification.reason categories, in words
    "finding": "personal data is still readable in the output",
    "unreadable_frame": "frames of the output could not be read",
    "unreadable_output": "the output could not be read",
    "plan_mismatch": "the output does not match its plan",
}


def _verdict(verdict: Verification | None) -> dict[str, object] | None:
    """What the page says about verification (None: not verified yet)."""
    if verdict is None:
        return None
    by_type: dict[str, list[Finding]] = defaultdict(list)
    for finding in verdict.findings:
        by_type[finding.entity_type].append(finding)
    return {
        "clean": verdict.clean and not verdict.findings,
        "frames_checked": verdict.frames_checked,
        "findings": len(verdict.findings),
        "reason": _REASONS.get(verdict.reason or "", verdict.reason or "not given"),
        "by_type": [(kind, len(items), _times(items)) for kind, items in sorted(by_type.items())],
        "unreadable": len(verdict.unreadable),
        "first_unreadable": min(verdict.unreadable, default=0),
    }


def _times(findings: list[Finding], limit: int = 8) -> str:
    times = sorted({clock(f.time_s) for f in findings})
    more = f" and {len(times) - limit} more" if len(times) > limit else ""
    return ", ".join(times[:limit]) + more
