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
import html
import io
import logging
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Template

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pipeline import __version__
from pipeline.core.files import sha256_file
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.core.errors import InputError
from pipeline.core.plan import RedactionPlan, write_text_atomic
from pipeline.render.renderer import mask_box
from pipeline.core.types import Box, FullFrameMask, Track, VideoInfo
from pipeline.redact.verify import Finding, Verification

log = logging.getLogger(__name__)

STATES = ("processed", "needs_review", "approved", "rejected")
MAX_FINDING_CARDS = 24  # findings beyond this are listed in the table, without an image
THUMB_QUALITY = 74  # JPEG quality: 120 cards of a 1080p session stay around 5 MB
DETAIL_QUALITY = 86  # the 1:1 crops are small; keep their edges crisp
DETAIL_PAD = 28  # pixels of context around a track's boxes in the 1:1 detail crop
DETAIL_MAX_HEIGHT = 0.4  # of thumb_width: a detail crop stays a strip, not a second thumbnail
MAX_LANES = 5  # sub-rows per entity type in the timeline before bars overlap
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))

# Colours per entity type (timeline bars, chips, outlines); red is kept for verification findings.
_TYPE_COLOURS = {
    "PERSON": "#d6336c", "EMAIL_ADDRESS": "#1c7ed6", "PHONE_NUMBER": "#2f9e44", "CREDIT_CARD": "#e8590c",
    "LOCATION": "#f59f00", "ADDRESS": "#f59f00", "IP_ADDRESS": "#1098ad", "URL": "#0ca678",
    "PASSWORD": "#7048e8", "SECRET": "#9c36b5", "IBAN_CODE": "#a0522d", "US_SSN": "#c2255c",
    "USERNAME": "#4263eb", "DATE_TIME": "#74b816", "NRP": "#862e9c", "MEDICAL_LICENSE": "#5c7cfa",
}
_FALLBACK_COLOURS = ("#495057", "#5f3dc4", "#087f5b", "#d9480f", "#364fc7", "#a61e4d", "#2b8a3e", "#0b7285")
FINDING_COLOUR = "#e03131"
WHOLE_COLOUR = "#868e96"


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
    def from_plan(cls, plan: RedactionPlan, *, recording_id: str, session_ref: str, tenant: str, state: str,
                  purpose: str, policy_version: str, verification: dict | None = None) -> ReviewFacts:
        """Facts whose video part (duration, size, fps) comes from the plan."""
        video = plan.video
        return cls(recording_id, session_ref, tenant, state, purpose, str(policy_version), video.duration_s,
                   video.width, video.height, video.fps, verification)


# ----------------------------------------------------------------------------- page model


@dataclass(frozen=True, slots=True)
class Span:
    """A track's merged, contiguous frame range and its time from the first to past the last frame."""

    start_frame: int
    end_frame: int
    start_s: float
    end_s: float


@dataclass(frozen=True, slots=True)
class TypeRow:
    key: str  # "t0", "t1", ...: safe in attributes and selectors whatever the type's name
    entity_type: str
    colour: str
    tracks: tuple[Track, ...]


@dataclass(frozen=True, slots=True)
class _Mark:
    """A box outlined on an image, with its label tab."""

    box: Box
    label: str
    colour: str
    dashed: bool = False


@dataclass(slots=True)
class _Card:
    """One image of the contact sheet (a track's start, or a verification finding)."""

    anchor: str
    frame: int
    type_key: str | None  # filter key; None: not filtered (findings)
    marks: tuple[_Mark, ...]
    caption: str  # HTML, already escaped
    alt: str
    detail: bool
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


def build_review_page(plan: RedactionPlan, redacted_video: Path, facts: ReviewFacts, *, max_thumbs: int = 120,
                      thumb_width: int = 480, progress: Callable[[int, int], None] | None = None) -> str:
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
    finding_cards = [_finding_card(i, f) for i, f in enumerate(_finding_order(findings)[:MAX_FINDING_CARDS])]
    stats = _fill_images(redacted_video, info, cards + finding_cards, [f.box for f in findings], thumb_width,
                         progress)
    log.info("review page: %d images from %d decoded frames, %.1f MB of images", stats.cards,
             stats.frames_decoded, stats.image_bytes / 1e6)
    total_s = _total_seconds(plan, facts)
    linked = {track.track_id for track in shown}
    parts = [
        _header(facts, plan, verdict),
        _toolbar(rows, len(cards)),
        _timeline(plan, rows, findings, total_s, linked),
        _findings_section(verdict, finding_cards) if findings else "",
        _contact_sheet(cards, len(plan.tracks)),
        _footer(plan),
    ]
    template = Template(resources.files("pipeline.qa").joinpath("review_page.html").read_text(encoding="utf-8"))
    title = f"Review {facts.recording_id} · {facts.state}"
    return template.substitute(title=_e(title), version=_e(__version__), body="\n".join(p for p in parts if p))


def write_review_page(path: Path, html_text: str) -> Path:
    """Write the page atomically, as ASCII (non-ASCII as character references: any locale reads it)."""
    path = Path(path)
    write_text_atomic(path, html_text.encode("ascii", "xmlcharrefreplace").decode("ascii"))
    return path


def check_redacted(plan: RedactionPlan, path: Path) -> VideoInfo:
    """Probe the redacted video and make sure it is the plan's output, never its raw source."""
    info = probe(path)
    if plan.source_sha256 and sha256_file(path) == plan.source_sha256:
        raise InputError("is the unredacted source of this plan, not its redacted output (the review page shows "
                         "redacted material only)", path)
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


def type_rows(tracks: Iterable[Track]) -> list[TypeRow]:
    """One timeline row per entity type present, alphabetical, each with a stable colour."""
    by_type: dict[str, list[Track]] = defaultdict(list)
    for track in tracks:
        if track.segments:
            by_type[track.entity_type].append(track)
    return [
        TypeRow(f"t{i}", kind, _colour(kind), tuple(sorted(by_type[kind], key=lambda t: (t.start_frame, t.track_id))))
        for i, kind in enumerate(sorted(by_type))
    ]


def track_spans(track: Track, fps: float) -> list[Span]:
    """A track's segments merged where their frame ranges touch or overlap."""
    spans: list[Span] = []
    for seg in sorted(track.segments, key=lambda s: (s.start_frame, s.end_frame)):
        start_s = _frame_time(seg.start_frame, seg.start_s, fps)
        end_s = _frame_time(seg.end_frame, seg.end_s, fps) + _frame_step(fps)
        if spans and seg.start_frame <= spans[-1].end_frame + 1:
            last = spans[-1]
            if seg.end_frame > last.end_frame:
                spans[-1] = Span(last.start_frame, seg.end_frame, last.start_s, max(last.end_s, end_s))
            continue
        spans.append(Span(seg.start_frame, seg.end_frame, start_s, end_s))
    return spans


def clock(seconds: float, decimals: int = 1) -> str:
    """mm:ss(.d), or h:mm:ss(.d) from an hour on."""
    scale = 10 ** decimals
    units = round(max(0.0, float(seconds)) * scale)
    whole, frac = divmod(units, scale)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"{text}.{frac:0{decimals}d}" if decimals else text


# ----------------------------------------------------------------------------------- helpers


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _colour(kind: str) -> str:
    if kind in _TYPE_COLOURS:
        return _TYPE_COLOURS[kind]
    return _FALLBACK_COLOURS[sum(kind.encode()) % len(_FALLBACK_COLOURS)]


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


def _frame_step(fps: float) -> float:
    return 1.0 / fps if fps > 0 else 1.0


def _frame_time(frame: int, seconds: float, fps: float) -> float:
    """A segment's stored time; plans from older tools carry 0.0 there, so fall back on fps."""
    if seconds > 0 or frame == 0 or fps <= 0:
        return seconds
    return frame / fps


def _total_seconds(plan: RedactionPlan, facts: ReviewFacts) -> float:
    ends = [span.end_s for t in plan.tracks for span in track_spans(t, plan.video.fps)]
    return max([plan.video.duration_s, facts.duration_s, _frame_step(plan.video.fps), *ends])


def _track_range(track: Track, fps: float) -> tuple[float, float]:
    spans = track_spans(track, fps)
    return spans[0].start_s, spans[-1].end_s


def _finding_order(findings: Sequence[Finding]) -> list[Finding]:
    """Findings for images: the first of each type, then the rest, each group in time order."""
    seen: set[str] = set()
    first, rest = [], []
    for f in sorted(findings, key=lambda f: (f.frame, f.entity_type)):
        (rest if f.entity_type in seen else first).append(f)
        seen.add(f.entity_type)
    return sorted(first, key=lambda f: f.frame) + rest


# ------------------------------------------------------------------------------------ images


def _track_card(track: Track, row: TypeRow, fps: float) -> _Card:
    start = track.start_frame
    boxes = [s.box for s in track.segments if s.start_frame <= start <= s.end_frame]
    marks = tuple(_Mark(box, f"{track.entity_type} {track.score:.2f}" if i == 0 else "", row.colour,
                        dashed=track.source == "manual") for i, box in enumerate(boxes))
    box = Box.union_all(boxes) or boxes[0]
    first_s, end_s = _track_range(track, fps)
    source = "manual" if track.source == "manual" else "auto"
    found_by = f" · {_e(track.recognizer)}" if track.recognizer else ""
    caption = _card_caption(
        row.colour, track.entity_type, track.score, [f"#{track.track_id}", f'<span class="tag {source}">{source}</span>'],
        f"{clock(first_s)} &ndash; {clock(end_s)} · frame {start}<br>box {box.x},{box.y} {box.w}&times;{box.h}{found_by}",
    )
    alt = f"Redacted frame {start} with track {track.track_id} ({track.entity_type}) outlined"
    return _Card(f"track-{track.track_id}", start, row.key, marks, caption, alt, detail=True)


def _card_caption(colour: str, kind: str, score: float, tags: list[str], meta: str) -> str:
    return (f'<div class="head"><span class="sw" style="--c:{colour}"></span>{_e(kind)} {" ".join(tags)}'
            f'<span class="score" title="detection score">{score:.2f}</span></div>'
            f'<div class="meta">{meta}</div>')


def _finding_card(i: int, finding: Finding) -> _Card:
    box = finding.box
    mark = _Mark(box, f"FINDING {finding.entity_type} {finding.score:.2f}", FINDING_COLOUR)
    caption = _card_caption(
        FINDING_COLOUR, finding.entity_type, finding.score, ['<span class="tag finding">verification finding</span>'],
        f"{clock(finding.time_s)} · frame {finding.frame}<br>box {box.x},{box.y} {box.w}&times;{box.h} (filled here)",
    )
    alt = f"Redacted frame {finding.frame} with a verification finding ({finding.entity_type}) filled and outlined"
    return _Card(f"finding-{i}", finding.frame, None, (mark,), caption, alt, detail=False)


def _fill_images(path: Path, info: VideoInfo, cards: list[_Card], conceal: list[Box], thumb_width: int,
                 progress: Callable[[int, int], None] | None) -> _Stats:
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
    small = image if scale >= 1.0 else cv2.resize(
        image, (max(1, round(width * scale)), max(1, round(height * scale))), interpolation=cv2.INTER_AREA)
    base = Image.fromarray(np.ascontiguousarray(small[:, :, ::-1]))
    for card in cards:
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
    crop = image[region.y:region.y2, region.x:region.x2]
    scale = min(1.0, thumb_width / region.w, thumb_width * DETAIL_MAX_HEIGHT / region.h)
    if scale < 1.0:
        crop = cv2.resize(crop, (max(1, round(region.w * scale)), max(1, round(region.h * scale))),
                          interpolation=cv2.INTER_AREA)
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


def _dashed_rect(draw: ImageDraw.ImageDraw, rect: tuple[float, float, float, float], colour, dash: int = 5,
                 gap: int = 3) -> None:
    x1, y1, x2, y2 = rect
    for (ax, ay), (bx, by) in (((x1, y1), (x2, y1)), ((x2, y1), (x2, y2)), ((x2, y2), (x1, y2)), ((x1, y2), (x1, y1))):
        length = math.hypot(bx - ax, by - ay)
        pos = 0.0
        while pos < length:
            end = min(pos + dash, length)
            draw.line((ax + (bx - ax) * pos / length, ay + (by - ay) * pos / length,
                       ax + (bx - ax) * end / length, ay + (by - ay) * end / length), fill=colour, width=2)
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


# -------------------------------------------------------------------------------------- HTML


def _header(facts: ReviewFacts, plan: RedactionPlan, verdict: Verification | None) -> str:
    video = plan.video
    manual = sum(1 for t in plan.tracks if t.source == "manual")
    whole = sum(f.end_frame - f.start_frame + 1 for f in plan.full_frames)
    state_class = facts.state if facts.state in STATES else "other"
    rate = f"{facts.fps:.3g} fps" + (" (variable)" if video.variable_frame_rate else "") if facts.fps > 0 else "still image"
    facts_list = [
        ("Session", f"<code>{_e(facts.session_ref)}</code>"),
        ("Tenant", _e(facts.tenant)),
        ("Purpose", _e(facts.purpose)),
        ("Policy version", _e(facts.policy_version)),
        ("Plan", f"{_e(_when(plan.created_at))} · config <code>{_e(plan.config_hash[:12] or '-')}</code>"),
        ("Duration", f"{clock(facts.duration_s)} · {video.frame_count} frames"),
        ("Video", f"{facts.width}&times;{facts.height} · {_e(rate)}"),
        ("Tracks", f"{len(plan.tracks)} · {manual} manual"),
        ("Masked whole", f"{whole} frame{'' if whole == 1 else 's'}"),
    ]
    items = "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in facts_list)
    return (
        '<header class="page"><div class="top">'
        f'<h1>Redaction review · <code>{_e(facts.recording_id)}</code></h1>'
        f'<span class="badge state-{state_class}" title="review state">{_e(facts.state.replace("_", " "))}</span>'
        f'</div><dl class="facts">{items}</dl>{_verdict(verdict)}</header>'
    )


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


def _verdict(verdict: Verification | None) -> str:
    if verdict is None:
        return ('<div class="verdict unknown" id="verification"><span class="icon">&#9675;</span><div>'
                '<b>Not verified</b><br>The redacted output has not been re-read for personal data yet.</div></div>')
    if verdict.clean and not verdict.findings:
        return ('<div class="verdict clean" id="verification"><span class="icon">&#10003;</span><div>'
                f'<b>Verified clean</b><br>{verdict.frames_checked} frames of the redacted output were read again; '
                'no personal data was found.</div></div>')
    by_type: dict[str, list[Finding]] = defaultdict(list)
    for finding in verdict.findings:
        by_type[finding.entity_type].append(finding)
    lines = [f"<li><b>{_e(kind)}</b> &times;{len(items)} at {_times(items)}</li>"
             for kind, items in sorted(by_type.items())]
    if verdict.unreadable:
        count = len(verdict.unreadable)
        lines.append(f"<li><b>{count} frame{'s' if count != 1 else ''}</b> could not be read (from frame "
                     f"{min(verdict.unreadable)})</li>")
    reason = f"<br>Reason: {_e(_REASONS.get(verdict.reason or '', verdict.reason or 'not given'))}"
    summary = (f"{len(verdict.findings)} finding{'s' if len(verdict.findings) != 1 else ''} in "
               f"{verdict.frames_checked} frames read again")
    items = f"<ul>{''.join(lines)}</ul>" if lines else ""
    return ('<div class="verdict blocked" id="verification"><span class="icon">&#9888;</span><div>'
            f'<b>Blocked by verification</b> · {summary}{reason}{items}</div></div>')


def _times(findings: list[Finding], limit: int = 8) -> str:
    times = sorted({clock(f.time_s) for f in findings})
    more = f" and {len(times) - limit} more" if len(times) > limit else ""
    return ", ".join(times[:limit]) + more


def _toolbar(rows: list[TypeRow], shown: int) -> str:
    chips = "".join(
        f'<label class="chip" style="--c:{row.colour}" title="show or hide {_e(row.entity_type)}">'
        f'<input type="checkbox" checked data-filter="{row.key}" data-name="{_e(row.entity_type)}">'
        f'<span class="sw"></span>{_e(row.entity_type)} <span class="n">{len(row.tracks)}</span></label>'
        for row in rows)
    if not rows:
        chips = '<span class="shown">No redactions in this plan.</span>'
    return (f'<nav class="toolbar" aria-label="filters"><span class="lead">Entity types</span>{chips}'
            '<button type="button" class="small" id="filter-all">All</button>'
            '<button type="button" class="small" id="filter-none">None</button><span class="spacer"></span>'
            f'<span class="shown"><span id="shown">{shown}</span> images shown</span></nav>')


def _timeline(plan: RedactionPlan, rows: list[TypeRow], findings: Sequence[Finding], total_s: float,
              linked: set[int]) -> str:
    fps = plan.video.fps
    width, label_w, right = 1200, 178, 18
    plot_w = width - label_w - right
    lane_h, bar_h, row_pad = 12, 9, 6

    def x(t: float) -> float:
        return label_w + max(0.0, min(t, total_s)) / total_s * plot_w

    min_gap_s = 3 / plot_w * total_s  # bars closer than 3 px share no lane
    out: list[str] = []
    y = 4
    if findings:
        y += 18  # marker row above the type rows
    top = y
    for n, row in enumerate(rows):
        ranges = [_track_range(t, fps) for t in row.tracks]
        lanes = _lanes(ranges, min_gap_s)
        count = min(max(lanes, default=0) + 1, MAX_LANES)
        height = row_pad * 2 + count * lane_h
        bars = []
        for track, lane in zip(row.tracks, lanes):
            by = y + row_pad + lane * lane_h
            bars.append(_track_bars(track, row, fps, by, bar_h, x, track.track_id in linked))
        band = f'<rect class="band" x="0" y="{y}" width="{width}" height="{height}"/>' if n % 2 == 0 else ""
        out.append(
            f'<g class="row" data-type="{row.key}">{band}'
            f'<rect x="8" y="{y + height / 2 - 5:.1f}" width="10" height="10" rx="2" fill="{row.colour}"/>'
            f'<text class="rowlabel" x="24" y="{y + height / 2 + 4:.1f}">{_e(_shorten(row.entity_type, 19))}'
            f'<title>{_e(row.entity_type)}: {len(row.tracks)} tracks, at most {_most_at_once(ranges)} at once'
            '</title></text>'
            f'<text class="rowcount" x="{label_w - 8}" y="{y + height / 2 + 4:.1f}" text-anchor="end">{len(row.tracks)}'
            f'</text>{"".join(bars)}</g>')
        y += height
    if plan.full_frames:
        height = row_pad * 2 + lane_h
        band = f'<rect class="band" x="0" y="{y}" width="{width}" height="{height}"/>' if len(rows) % 2 == 0 else ""
        bars = "".join(_whole_bar(mask, fps, y + row_pad, bar_h, x) for mask in plan.full_frames)
        out.append(f'<g class="row whole-row">{band}'
                   f'<rect x="8" y="{y + height / 2 - 5:.1f}" width="10" height="10" rx="2" fill="{WHOLE_COLOUR}"/>'
                   f'<text class="rowlabel" x="24" y="{y + height / 2 + 4:.1f}">WHOLE FRAME</text>{bars}</g>')
        y += height
    if not rows and not plan.full_frames:
        out.append(f'<text x="{label_w}" y="{y + 20}">Nothing was redacted in this recording.</text>')
        y += 30
    bottom = y
    axis = _axis(total_s, x, top, bottom, label_w, width - right, plan.video.is_image)
    marks = "".join(_finding_marker(i, f, x, top, bottom) for i, f in enumerate(findings))
    svg = (f'<svg class="plot" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {bottom + 26}" role="img" '
           f'aria-label="Timeline of redactions per entity type">{axis}{"".join(out)}{marks}</svg>')
    legend = (
        '<div class="legend"><span><svg width="26" height="10"><rect width="26" height="10" rx="2" fill="#868e96" '
        'fill-opacity=".88"/></svg> automatic track</span>'
        '<span><svg width="26" height="10"><rect x="1" y="1" width="24" height="8" rx="2" fill="#868e96" '
        'fill-opacity=".18" stroke="#495057" stroke-width="1.6" stroke-dasharray="4 2"/></svg> manual track</span>'
        f'<span><svg width="12" height="12"><path d="M6 0 L12 6 L6 12 L0 6 Z" fill="{FINDING_COLOUR}"/></svg> '
        'verification finding</span>'
        '<span>Hover a bar for its track, score and times; click it to jump to its image.</span></div>')
    return f'<section class="timeline" id="timeline"><h2>Timeline</h2>{svg}{legend}</section>'


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _most_at_once(ranges: list[tuple[float, float]]) -> int:
    events = sorted([(start, 1) for start, _ in ranges] + [(end, -1) for _, end in ranges])
    most = now = 0
    for _, step in events:  # at equal times an end (-1) sorts before a start: touching is not overlapping
        now += step
        most = max(most, now)
    return most


def _lanes(ranges: list[tuple[float, float]], min_gap_s: float) -> list[int]:
    """Greedy interval packing (ranges are in start order): each range goes in the first free lane;
    past MAX_LANES, in the lane that frees first (bars then overlap)."""
    ends: list[float] = []
    lanes = []
    for start, end in ranges:
        lane = next((i for i, free in enumerate(ends) if free + min_gap_s <= start), None)
        if lane is None and len(ends) < MAX_LANES:
            ends.append(end)
            lane = len(ends) - 1
        elif lane is None:
            lane = min(range(len(ends)), key=ends.__getitem__)
        ends[lane] = max(ends[lane], end)
        lanes.append(lane)
    return lanes


def _track_bars(track: Track, row: TypeRow, fps: float, y: float, bar_h: int, x: Callable[[float], float],
                linked: bool) -> str:
    manual = track.source == "manual"
    klass = "bar manual" if manual else "bar"
    stroke = f' stroke="{row.colour}"' if manual else ""
    rects = []
    for span in track_spans(track, fps):
        x1 = x(span.start_s)
        w = max(x(span.end_s) - x1, 2.0)
        title = (f"{row.entity_type} · track {track.track_id} · score {track.score:.2f} · "
                 f"{clock(span.start_s)}–{clock(span.end_s)} · {track.source}")
        rects.append(f'<rect class="{klass}" x="{x1:.1f}" y="{y:.1f}" width="{w:.1f}" height="{bar_h}" rx="2" '
                     f'fill="{row.colour}"{stroke}><title>{_e(title)}</title></rect>')
    body = "".join(rects)
    if linked:
        body = f'<a href="#track-{track.track_id}">{body}</a>'
    return f'<g class="trk" data-type="{row.key}" data-track="{track.track_id}">{body}</g>'


def _whole_bar(mask: FullFrameMask, fps: float, y: float, bar_h: int, x: Callable[[float], float]) -> str:
    start = mask.start_frame / fps if fps > 0 else 0.0
    end = (mask.end_frame + 1) / fps if fps > 0 else 1.0
    x1 = x(start)
    title = (f"whole frame masked ({mask.reason}) · frames {mask.start_frame}–{mask.end_frame} · "
             f"{clock(start)}–{clock(end)}")
    return (f'<rect class="whole" x="{x1:.1f}" y="{y:.1f}" width="{max(x(end) - x1, 2.0):.1f}" height="{bar_h}" '
            f'rx="2"><title>{_e(title)}</title></rect>')


def _finding_marker(i: int, finding: Finding, x: Callable[[float], float], top: float, bottom: float) -> str:
    cx = x(finding.time_s)
    title = (f"verification finding · {finding.entity_type} · score {finding.score:.2f} · {clock(finding.time_s)} · "
             f"frame {finding.frame} · box {finding.box.x},{finding.box.y} {finding.box.w}x{finding.box.h}")
    marker = (f'<line class="finding-line" x1="{cx:.1f}" x2="{cx:.1f}" y1="{top - 4}" y2="{bottom}"/>'
              f'<path class="finding" d="M{cx:.1f} {top - 18} l6 7 l-6 7 l-6 -7 Z"><title>{_e(title)}</title></path>')
    if i < MAX_FINDING_CARDS:
        marker = f'<a href="#finding-{i}">{marker}</a>'
    return f'<g class="finding-mark">{marker}</g>'


def _axis(total_s: float, x: Callable[[float], float], top: float, bottom: float, left: float, right: float,
          still: bool) -> str:
    parts = [f'<line class="axis" x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}"/>']
    if still:
        return "".join(parts) + f'<text x="{left}" y="{bottom + 17}">still image: one frame</text>'
    step = next((s for s in (0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200)
                 if total_s / s <= 10), 3600 * math.ceil(total_s / 36000))
    decimals = 1 if step < 1 else 0
    for k in range(math.floor(total_s / step + 1e-9) + 1):
        tx = x(k * step)
        anchor = "end" if tx > right - 20 else "middle"  # the last label stays inside the plot
        parts.append(f'<line class="grid" x1="{tx:.1f}" x2="{tx:.1f}" y1="{top}" y2="{bottom + 4}"/>'
                     f'<text x="{tx:.1f}" y="{bottom + 17}" text-anchor="{anchor}">{clock(k * step, decimals)}</text>')
    return "".join(parts)


def _findings_section(verdict: Verification | None, cards: list[_Card]) -> str:
    if verdict is None:
        return ""
    rows = "".join(
        f"<tr><td>{_e(f.entity_type)}</td><td>{clock(f.time_s)}</td><td>{f.frame}</td><td>{f.score:.2f}</td>"
        f"<td><code>{f.box.x},{f.box.y},{f.box.w},{f.box.h}</code></td></tr>"
        for f in sorted(verdict.findings, key=lambda f: (f.frame, f.entity_type)))
    more = len(verdict.findings) - len(cards)
    note = f" {more} more are listed in the table only." if more > 0 else ""
    return ('<section id="findings"><h2>Verification findings</h2>'
            '<p class="note">Where verification still read personal data in the redacted output. These boxes are '
            f'filled on every image of this page; cover them with <code>redact mask</code>.{note}</p>'
            '<table class="findings"><thead><tr><th>Type</th><th>Time</th><th>Frame</th><th>Score</th>'
            f'<th>Box x,y,w,h</th></tr></thead><tbody>{rows}</tbody></table>'
            f'<div class="cards">{"".join(_card_html(c, finding=True) for c in cards)}</div></section>')


def _contact_sheet(cards: list[_Card], total_tracks: int) -> str:
    if total_tracks == 0:
        body = '<p class="note">No tracks: nothing to show.</p>'
    else:
        spread = (f"Showing {len(cards)} of {total_tracks} tracks: every entity type, then spread over the "
                  "recording. " if len(cards) < total_tracks else f"All {total_tracks} tracks. ")
        body = (f'<p class="note">{spread}Each image is the redacted output at the track\'s first frame with its '
                'box outlined; the strip below it is the same place at full resolution (enlarged to fit).</p>'
                f'<div class="cards">{"".join(_card_html(c) for c in cards)}</div>')
    return f'<section id="contact-sheet"><h2>Contact sheet</h2>{body}</section>'


def _card_html(card: _Card, finding: bool = False) -> str:
    if card.thumb_uri:
        w, h = card.thumb_size
        image = (f'<img class="thumb" src="{card.thumb_uri}" width="{w}" height="{h}" alt="{_e(card.alt)}" '
                 'decoding="async">')
        if card.detail_uri:
            dw, dh = card.detail_size
            image += (f'<div class="detail-wrap"><img class="detail" src="{card.detail_uri}" width="{dw}" '
                      f'height="{dh}" alt="Full-resolution detail of the same box" decoding="async"></div>')
    else:
        image = f'<div class="missing">{_e(card.missing or "No image.")}</div>'
    data = f' data-type="{card.type_key}"' if card.type_key else ""
    klass = "card finding-card" if finding else "card"
    return f'<figure class="{klass}" id="{card.anchor}"{data}>{image}<figcaption>{card.caption}</figcaption></figure>'


def _footer(plan: RedactionPlan) -> str:
    engines = "".join(f"<li>{_e(name)}: <code>{_e(version)}</code></li>" for name, version in sorted(plan.engines.items()))
    generated = _when(datetime.now(timezone.utc).isoformat(timespec="seconds"))
    return (f'<footer>Generated {_e(generated)} by session-redactor {_e(__version__)}. This page holds only '
            'frames decoded from the redacted output, entity types, scores, boxes and times: no detected text. '
            f'<details><summary>Engines</summary><ul>{engines or "<li>none recorded</li>"}</ul></details></footer>')
