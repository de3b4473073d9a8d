"""Training exports: de-identified datasets from redacted recordings.

The store chooses the recordings (consent, verification, approval, minors, erasure); this
module turns each chosen *redacted* recording and its plan into samples:

* a redacted frame (PNG) at each change point of the screen: the first frame, then any frame
  that differs from the last sample in more than `SamplingConfig.min_changed_px` pixels, at
  most one per `min_interval_s` of video (a change still pending at the end gives the last
  frame). Frames the plan masks whole, or that could not be decoded, are never samples;
* the text of that frame, read with the pipeline's OCR over the whole frame, in which
  - every redaction box active at the frame becomes an entity placeholder (`<EMAIL_ADDRESS>`)
    at its place in the text, whatever OCR made of the blurred pixels;
  - personal data still found in the visible text (the detector's `find_spans`) is replaced
    through presidio-anonymizer, and its words are blurred in the exported image too (fail
    closed: the text and the picture never disagree about what was hidden);
  - with `surrogates=True`, consistent fake values (Faker seeded from an HMAC of the entity
    type and the value, or the track, under a per-export secret key) instead of placeholders;
    card numbers always stay placeholders (nothing card-like is stored);
* the redaction boxes active at the frame with their entity types, the timestamp, and the
  session's metadata: recording id (content hash), session pseudonym, tenant, recorded date,
  policy version. The customer pseudonym is not exported: it would link a customer's sessions.

The split is by session: sha256(split_salt, session pseudonym) decides train or validation, so
all frames of a session land on one side and every run agrees. Each export folder holds the
data files, `manifest.json` (lineage, counts, files with sha256) and a dataset card
`README.md`; it is written in a hidden temporary folder beside `out_dir` and renamed into place
when complete. `rebuild` redoes an export from its manifest without the recordings that are no
longer offered (after `redact forget`).

Nothing here logs or raises with text read from a frame: types, counts, ids and times only.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import shutil
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol, cast

import cv2
import numpy as np
from faker import Faker
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from pipeline import __version__
from pipeline.analysis.changes import ChangeConfig, changed_boxes, to_grey
from pipeline.analysis.ocr import OcrConfig, OcrEngine, find_text_lines, read_lines
from pipeline.core.errors import ConfigError, InputError, OutputError, ProcessingError
from pipeline.core.files import current_umask, move_dir_into_place, sha256_file, write_text_atomic
from pipeline.core.layout import group_lines
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.templates import environment
from pipeline.core.text import normalise
from pipeline.core.types import Box, Layout, OcrWord
from pipeline.detection.memory import ValueMemory
from pipeline.detection.text import LayoutText, SpanFinding, WordRef
from pipeline.export.formats import (
    FORMATS,
    SPLITS,
    DatasetWriter,
    ExportFormat,
    ExportSample,
    Split,
    data_files,
    make_writer,
)
from pipeline.export.manifest import MANIFEST_NAME, FileEntry, Manifest, RecordingEntry
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.render.renderer import mask_box

log = logging.getLogger(__name__)

CARD_NAME = "README.md"
# Stands in the layout for a redaction box: no recognizer matches it and ValueMemory keeps no
# character of it, so it is never taken for a value nor remembered as one.
MASK_TOKEN = "\u2587"
_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")
UNDER_BOX = 0.25  # an OCR word this much under a redaction box is blurred pixels, not text


# ------------------------------------------------------------------------------- inputs --


@dataclass(frozen=True)
class ExportSource:
    """One redacted recording chosen for export (the store does the choosing)."""

    recording_id: str  # content hash of the recording
    session_pseudonym: str  # HMAC ids, made by the store with its secret salt
    customer_pseudonym: str  # kept for the store's bookkeeping; never written to an export
    tenant: str
    recorded_at: datetime
    policy_version: str
    redacted_video: Path
    plan_path: Path


@dataclass(frozen=True)
class SamplingConfig:
    min_interval_s: float = 1.0  # at most one sample per this much video time
    # Changed pixels (grown change boxes, as the analysis sees them) since the last sample that
    # make a change point: about five characters of UI text. Fixed in pixels, not a share of
    # the frame, because UI text has about the same pixel size on any screen; a ticking clock
    # (one or two digits) stays below it, a typed word or a new window does not.
    min_changed_px: int = 1200
    change: ChangeConfig = field(default_factory=ChangeConfig)


@dataclass(frozen=True)
class ExportOptions:
    fmt: str  # parquet | webdataset | jsonl
    out_dir: Path
    surrogates: bool = False
    val_fraction: float = 0.1
    split_salt: str = ""
    pipeline_version: str = __version__
    since: datetime | None = None  # only recordings made at or after this time
    samples_per_shard: int = 500
    sampling: SamplingConfig = field(default_factory=SamplingConfig)
    ocr: OcrConfig = field(default_factory=OcrConfig)
    # Key of the surrogate HMAC; None draws a random one for this export. Never stored.
    surrogate_key: bytes | None = field(default=None, repr=False)

    def check(self) -> None:
        if self.fmt not in FORMATS:
            raise ConfigError(f"export option fmt: {self.fmt!r} is not one of {', '.join(FORMATS)}")
        if not 0.0 <= self.val_fraction <= 1.0:
            raise ConfigError("export option val_fraction: must be within [0, 1]")
        if self.samples_per_shard < 1:
            raise ConfigError("export option samples_per_shard: must be at least 1")
        if self.sampling.min_interval_s < 0 or self.sampling.min_changed_px < 1:
            raise ConfigError("export option sampling: min_interval_s must be >= 0 and min_changed_px >= 1")

    def to_dict(self) -> dict:
        """What a manifest keeps to redo the export (no key, no output folder)."""
        return {
            "format": self.fmt,
            "surrogates": self.surrogates,
            "val_fraction": self.val_fraction,
            "split_salt": self.split_salt,
            "since": self.since.isoformat() if self.since else None,
            "samples_per_shard": self.samples_per_shard,
            "sampling": {
                "min_interval_s": self.sampling.min_interval_s,
                "min_changed_px": self.sampling.min_changed_px,
                "change": asdict(self.sampling.change),
            },
            "ocr": asdict(self.ocr),
        }

    @classmethod
    def from_dict(cls, data: dict, out_dir: Path, **overrides) -> ExportOptions:
        """The inverse of to_dict; raises KeyError/TypeError/ValueError on a malformed dict."""
        sampling = dict(data["sampling"])
        return cls(
            fmt=str(data["format"]),
            out_dir=out_dir,
            surrogates=bool(data["surrogates"]),
            val_fraction=float(data["val_fraction"]),
            split_salt=str(data["split_salt"]),
            since=datetime.fromisoformat(data["since"]) if data["since"] else None,
            samples_per_shard=int(data["samples_per_shard"]),
            sampling=SamplingConfig(change=ChangeConfig(**sampling.pop("change")), **sampling),
            ocr=OcrConfig(**data["ocr"]),
            **overrides,
        )


class SpanFinder(Protocol):
    """What the export needs of pipeline.detection.detector.Detector."""

    def find_spans(self, layout: Layout, memory: ValueMemory | None = None) -> tuple[LayoutText, list[SpanFinding]]: ...

    def versions(self) -> dict[str, str]: ...

    def config_hash(self) -> str: ...


# ---------------------------------------------------------------------------------- split --


def split_of(session_pseudonym: str, salt: str, val_fraction: float) -> Split:
    """train or validation, from a hash of the session: stable across runs and machines."""
    digest = hashlib.sha256(f"{salt}\0{session_pseudonym}".encode()).digest()
    share = int.from_bytes(digest[:8], "big") / 2.0**64
    return "validation" if share < val_fraction else "train"


# ----------------------------------------------------------------------------- anonymise --


# Fake values by entity type. Phone numbers in the fictional 555-01xx range, e-mail addresses
# and URLs on reserved example domains, SSNs in the never-issued 000 area: none can be anyone's.
_FAKES: dict[str, Callable[[Faker], str]] = {
    "PERSON": lambda f: f.name(),
    "EMAIL_ADDRESS": lambda f: f.safe_email(),
    "PHONE_NUMBER": lambda f: f.numerify("555-01##"),
    "LOCATION": lambda f: f.city(),
    "ADDRESS": lambda f: f.street_address(),
    "IP_ADDRESS": lambda f: f.ipv4_private(),
    "IBAN_CODE": lambda f: f.iban(),
    "US_SSN": lambda f: f.numerify("000-##-####"),
    "URL": lambda f: f"https://www.{f.safe_domain_name()}/{f.uri_path()}",
    "USERNAME": lambda f: f.user_name(),
    "PASSWORD": lambda f: f.password(length=12),
    "SECRET": lambda f: f.password(length=24, special_chars=False),
}


class Surrogates:
    """Consistent fake values: the same (scope, type, value) always gives the same fake within
    one key. The scope is the session, so a value that recurs across sessions of one customer
    does not link them. A fake equal to the value it replaces is never returned."""

    def __init__(self, key: bytes):
        self._key = key
        self._faker = Faker("en_US")

    def fake(self, scope: str, entity_type: str, material: str, original: str = "") -> str:
        make = _FAKES.get(entity_type)
        if make is None:
            return f"<{entity_type}>"
        seed_msg = f"{scope}\0<{entity_type}>\0{material}".encode()
        for attempt in range(4):
            digest = hmac.new(self._key, seed_msg + bytes([attempt]), hashlib.sha256).digest()
            self._faker.seed_instance(int.from_bytes(digest[:8], "big"))
            value = make(self._faker)
            if not original or normalise(value) != normalise(original):
                return value
        return f"<{entity_type}>"


@dataclass(frozen=True, slots=True)
class _Active:
    """A redaction box active at a frame, with its track."""

    box: Box
    track_id: int
    entity_type: str
    source: str


class _TextAnonymiser:
    """Layout (OCR of a redacted frame) -> de-identified text, entity spans, extra boxes."""

    def __init__(self, detector: SpanFinder, surrogates: Surrogates | None):
        self.detector = detector
        self.surrogates = surrogates
        self.engine = AnonymizerEngine()

    def run(
        self, words: list[OcrWord], active: list[_Active], scope: str, memory: ValueMemory, frame_w: int, frame_h: int
    ) -> tuple[str, list[dict], list[Box], list[str]]:
        """Returns the text, its entity spans, boxes the image must still blur and their types."""
        boxes = _distinct(active)
        kept = [w for w in words if w.text != MASK_TOKEN and not any(_under(w.box, a.box) for a in boxes)]
        marks = {a.box: a for a in boxes}
        layout = group_lines(kept + [OcrWord(MASK_TOKEN, a.box, 100.0) for a in boxes])
        lt, findings = self.detector.find_spans(layout, memory)

        def marked(w: WordRef) -> _Active | None:
            return marks.get(w.box) if lt.text[w.start : w.end] == MASK_TOKEN else None

        results: list[RecognizerResult] = []
        operators: dict[str, OperatorConfig] = {}
        for w in lt.words:
            mark = marked(w)
            if mark is not None:
                key = f"{mark.entity_type}/track{mark.track_id}"
                results.append(RecognizerResult(key, w.start, w.end, 1.0))
                operators[key] = self._operator(mark.entity_type, scope, f"track:{mark.track_id}")
        extra: list[Box] = []
        extra_types: list[str] = []
        for f in findings:
            visible = [w for w in lt.words_in(f.start, f.end) if marked(w) is None]
            if not visible:
                continue  # only redaction marks: already a placeholder
            results.append(RecognizerResult(f.entity_type, f.start, f.end, f.score))
            operators.setdefault(f.entity_type, self._operator(f.entity_type, scope, None))
            for box in _line_boxes(lt, visible, frame_w, frame_h):
                extra.append(box)
                extra_types.append(f.entity_type)
        if not results:
            return lt.text, [], extra, extra_types
        try:
            out = self.engine.anonymize(text=lt.text, analyzer_results=results, operators=operators)
        except Exception as exc:  # noqa: BLE001 - never echo the text
            raise ProcessingError(f"text anonymisation failed ({type(exc).__name__})") from None
        spans = sorted(
            (
                {"entity_type": item.entity_type.split("/", 1)[0], "start": item.start, "end": item.end}
                for item in out.items
            ),
            key=lambda s: (s["start"], s["end"]),
        )
        return out.text, spans, extra, extra_types

    def _operator(self, entity_type: str, scope: str, track: str | None) -> OperatorConfig:
        placeholder = OperatorConfig("replace", {"new_value": f"<{entity_type}>"})
        if self.surrogates is None or entity_type not in _FAKES or entity_type == "CREDIT_CARD":
            return placeholder
        surrogates = self.surrogates
        if track is not None:  # the pixels are blurred: the track is the value's identity
            fake = surrogates.fake(scope, entity_type, track)
            return OperatorConfig("custom", {"lambda": lambda _text: fake})
        return OperatorConfig(
            "custom", {"lambda": lambda text: surrogates.fake(scope, entity_type, normalise(text), text)}
        )


def _distinct(active: list[_Active]) -> list[_Active]:
    """One mark per place: tracks that share a box give one placeholder (the oldest track's)."""
    seen: set[Box] = set()
    out = []
    for a in sorted(active, key=lambda a: (a.box.y, a.box.x, a.track_id)):
        if a.box not in seen and not a.box.empty:
            seen.add(a.box)
            out.append(a)
    return out


def _under(word: Box, box: Box) -> bool:
    return word.intersects(box) and word.intersection(box).area >= UNDER_BOX * max(word.area, 1)


def _line_boxes(lt: LayoutText, words: list[WordRef], width: int, height: int) -> list[Box]:
    """Whole words, one padded box per line: what the export blurs for a span it found."""
    by_line: dict[int, list[WordRef]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    out = []
    for li, refs in sorted(by_line.items()):
        union = Box.union_all(w.box for w in refs)
        assert union is not None
        pad = 2 + int(np.ceil(0.15 * lt.lines[li].height))
        box = union.pad(pad).clip(width, height)
        if not box.empty:
            out.append(box)
    return out


# ------------------------------------------------------------------------------- samples --


@dataclass(frozen=True, slots=True)
class _Pick:
    index: int
    pts_s: float
    image: np.ndarray
    active: list[_Active]


@dataclass
class _Counts:
    frames: int = 0
    masked_whole: int = 0


def _change_points(
    source: ExportSource, plan: RedactionPlan, sampling: SamplingConfig, counts: _Counts
) -> Iterator[_Pick]:
    """Frames of the redacted video where the screen changed, throttled, with their boxes."""
    info = probe(source.redacted_video)
    if (info.width, info.height) != (plan.video.width, plan.video.height):
        raise InputError(
            f"plan is for a {plan.video.width}x{plan.video.height} video, the redacted video is "
            f"{info.width}x{info.height}",
            source.plan_path,
        )
    # iter_frame_masks yields the segments' own Box objects: their identity finds the track
    # (and its type) of each box without a second sweep over the plan.
    owner = {id(s.box): t for t in plan.tracks for s in t.segments}

    def pick(frame, fm) -> _Pick:
        active = [
            _Active(b, owner[id(b)].track_id, owner[id(b)].entity_type, owner[id(b)].source)
            if id(b) in owner
            else _Active(b, 0, "UNKNOWN", "plan")
            for b in fm.boxes
        ]
        return _Pick(frame.index, frame.pts_s, frame.image, active)

    reference: np.ndarray | None = None  # grey of the last sample
    last_pts = -1e9
    pending: _Pick | None = None  # a change seen before its turn: the latest frame since
    masks = iter_frame_masks(plan, max(info.frame_count, plan.video.frame_count))
    for frame, fm in zip(iter_frames(source.redacted_video, info, prefetch=4), masks):
        counts.frames += 1
        if frame.index != fm.index:
            raise ProcessingError(f"frame {frame.index} out of step with the plan ({fm.index})", source.plan_path)
        counts.masked_whole += fm.whole_frame
        if frame.image is None:
            continue  # undecodable: never a sample (render masked it whole anyway)
        due = frame.pts_s - last_pts >= sampling.min_interval_s
        if pending is not None and (not due or fm.whole_frame):
            # A change waits for its turn: follow the screen without measuring every frame.
            if not due:
                pending = pending if fm.whole_frame else pick(frame, fm)
                continue
            yield pending
            reference, last_pts, pending = to_grey(pending.image), pending.pts_s, None
            continue
        grey = to_grey(frame.image)
        if reference is not None and _changed_area(reference, grey, sampling.change) < sampling.min_changed_px:
            pending = None  # nothing new, or back to the last sample's screen
            continue
        if fm.whole_frame:
            reference = grey  # never a sample; the next change is measured from here
        elif due:
            yield pick(frame, fm)
            reference, last_pts, pending = grey, frame.pts_s, None
        else:
            pending = pick(frame, fm)
    if pending is not None:
        yield pending


def _changed_area(reference: np.ndarray, grey: np.ndarray, config: ChangeConfig) -> int:
    return sum(b.area for b in changed_boxes(reference, grey, config))


class _FrameReader:
    """The pipeline's OCR over whole frames of one recording. A text line whose pixels did not
    change since the previous sample (beyond compression noise, as change detection sees it) keeps
    the words read then: successive samples share most of their lines, and H.264 noise defeats
    the exact-pixel cache of CachedEngine."""

    def __init__(self, engine: OcrEngine, config: OcrConfig, change: ChangeConfig):
        self.engine, self.config, self.change = engine, config, change
        self._previous: dict[Box, tuple[np.ndarray, list[OcrWord]]] = {}
        self.lines_read = self.lines_reused = 0

    def words(self, grey: np.ndarray) -> list[OcrWord]:
        height, width = grey.shape
        current: dict[Box, tuple[np.ndarray, list[OcrWord]]] = {}
        to_read: list[Box] = []
        for line in find_text_lines(grey, Box(0, 0, width, height), self.config):
            crop = grey[line.y : line.y2, line.x : line.x2]
            old = self._previous.get(line)
            if old is not None and not changed_boxes(old[0], crop, self.change):
                current[line] = (crop, old[1])
            else:
                to_read.append(line)
        for line, words in zip(to_read, read_lines(self.engine, grey, to_read, self.config)):
            current[line] = (grey[line.y : line.y2, line.x : line.x2], words)
        self.lines_read += len(to_read)
        self.lines_reused += len(current) - len(to_read)
        self._previous = current
        return [w for _, words in current.values() for w in words]


def _png(image: np.ndarray, path: Path) -> bytes:
    ok, buf = cv2.imencode(".png", image, [cv2.IMWRITE_PNG_COMPRESSION, 3])
    if not ok:
        raise ProcessingError("cannot encode a sample as PNG", path)
    return buf.tobytes()


# ----------------------------------------------------------------------------- controller --


def export_dataset(
    sources: Iterable[ExportSource],
    options: ExportOptions,
    detector: SpanFinder,
    engine: OcrEngine,
    *,
    progress: Callable[[str, int, int], None] | None = None,
) -> Manifest:
    """Write a new export at `options.out_dir` (which must not hold anything yet)."""
    options.check()
    out_dir = Path(options.out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise OutputError("export folder already exists and is not empty", out_dir)
    chosen = _select(sources, options.since)
    return _export(chosen, options, detector, engine, progress=progress)


def rebuild(
    manifest_path: str | Path,
    sources: Iterable[ExportSource],
    detector: SpanFinder,
    engine: OcrEngine,
    *,
    surrogate_key: bytes | None = None,
    pipeline_version: str = __version__,
    progress: Callable[[str, int, int], None] | None = None,
) -> Manifest:
    """Redo the export of `manifest_path` in place, from the recordings it lists that are still
    among `sources` (after an erasure, the erased ones are not): same format, options and split.
    The old folder is replaced only once the new one is complete."""
    manifest_path = Path(manifest_path)
    old = Manifest.load(manifest_path)
    out_dir = manifest_path.parent
    try:
        options = ExportOptions.from_dict(
            old.options, out_dir, pipeline_version=pipeline_version, surrogate_key=surrogate_key
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"malformed export options ({type(exc).__name__})", manifest_path) from None
    options.check()
    listed = {r.recording_id for r in old.recordings}
    chosen = [s for s in _select(sources, None) if s.recording_id in listed]
    return _export(
        chosen,
        options,
        detector,
        engine,
        progress=progress,
        rebuilt_from=old.export_id,
        removed=len(listed) - len(chosen),
    )


def _select(sources: Iterable[ExportSource], since: datetime | None) -> list[ExportSource]:
    chosen: list[ExportSource] = []
    seen: set[str] = set()
    for s in sources:
        for name in ("recording_id", "session_pseudonym"):
            if not _SAFE_ID.match(getattr(s, name)):
                raise InputError(f"export source: {name} must be 1-128 letters, digits, '_' or '-'", s.plan_path)
        if s.recording_id in seen:
            raise InputError("export source: recording listed twice", s.plan_path)
        seen.add(s.recording_id)
        if since is None or _utc(s.recorded_at) >= _utc(since):
            chosen.append(s)
    return sorted(chosen, key=lambda s: (_utc(s.recorded_at), s.recording_id))


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _export(
    chosen: list[ExportSource],
    options: ExportOptions,
    detector: SpanFinder,
    engine: OcrEngine,
    *,
    progress: Callable[[str, int, int], None] | None,
    rebuilt_from: str | None = None,
    removed: int = 0,
) -> Manifest:
    started = time.perf_counter()
    out_dir = Path(options.out_dir)
    with export_work_folder(out_dir) as work:
        manifest = _write_export(work, chosen, options, detector, engine, progress)
        manifest.rebuilt_from, manifest.recordings_removed = rebuilt_from, removed
        finish_export(work, manifest, out_dir, replace_existing=rebuilt_from is not None, started=started)
    log.info(
        "export %s: %d recordings, %d samples, %s",
        manifest.export_id,
        len(manifest.recordings),
        manifest.samples,
        out_dir,
    )
    return manifest


@contextmanager
def export_work_folder(out_dir: Path) -> Iterator[Path]:
    """A hidden temporary folder beside `out_dir` to write an export in; removed afterwards
    unless finish_export moved it into place. OSErrors inside become an OutputError."""
    parent = out_dir.parent
    if not parent.is_dir():
        raise OutputError("output folder does not exist", parent)
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".part", dir=parent))
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror or type(exc).__name__})", parent) from None
    try:
        yield work
    except OSError as exc:  # writing the data files (disk full, permissions); inputs raise InputError
        raise OutputError(f"cannot write the export ({exc.strerror or type(exc).__name__})", out_dir) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def finish_export(work: Path, manifest: Manifest, out_dir: Path, *, replace_existing: bool, started: float) -> None:
    """Complete the export written in `work` (the dataset card, the manifest with every file's
    sha256) and move it into place at `out_dir` by rename (replacing the old folder whole)."""
    _write_card(work / CARD_NAME, manifest)
    manifest.files = _file_entries(work)
    manifest.seconds = round(time.perf_counter() - started, 3)
    manifest.save(work / MANIFEST_NAME)
    os.chmod(work, 0o777 & ~current_umask())  # mkdtemp makes 0700
    move_dir_into_place(work, out_dir, replace_existing=replace_existing)


def _write_export(
    work: Path,
    chosen: list[ExportSource],
    options: ExportOptions,
    detector: SpanFinder,
    engine: OcrEngine,
    progress: Callable[[str, int, int], None] | None,
) -> Manifest:
    key = options.surrogate_key or secrets.token_bytes(32)
    anonymiser = _TextAnonymiser(detector, Surrogates(key) if options.surrogates else None)
    writer = make_writer(options.fmt, work, options.samples_per_shard)
    entries: list[RecordingEntry] = []
    entities: Counter[str] = Counter()
    box_types: Counter[str] = Counter()
    try:
        for done, source in enumerate(chosen):
            entry = _export_recording(source, options, anonymiser, engine, writer, entities, box_types)
            entries.append(entry)
            log.info(
                "export: recording %s: %d samples from %d frames", source.recording_id[:12], entry.samples, entry.frames
            )
            if progress is not None:
                progress("export", done + 1, len(chosen))
    finally:
        writer.close()
    samples_by_split = {s: sum(e.samples for e in entries if e.split == s) for s in SPLITS}
    return Manifest(
        export_id=uuid.uuid4().hex,
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        format=cast(ExportFormat, options.fmt),  # one of FORMATS: ExportOptions.check()
        pipeline_version=options.pipeline_version,
        options=options.to_dict(),
        recordings=entries,
        samples_by_split=samples_by_split,
        recordings_by_split={s: sum(1 for e in entries if e.split == s) for s in SPLITS},
        entities_by_type=dict(sorted(entities.items())),
        boxes_by_type=dict(sorted(box_types.items())),
        policy_versions=sorted({e.policy_version for e in entries}),
        engines={"ocr": engine.version(), "detector_config_hash": detector.config_hash(), **detector.versions()},
    )


def _export_recording(
    source: ExportSource,
    options: ExportOptions,
    anonymiser: _TextAnonymiser,
    engine: OcrEngine,
    writer: DatasetWriter,
    entities: Counter,
    box_types: Counter,
) -> RecordingEntry:
    plan = RedactionPlan.load(source.plan_path)
    split = split_of(source.session_pseudonym, options.split_salt, options.val_fraction)
    recorded = _utc(source.recorded_at).date().isoformat()
    entry = RecordingEntry(
        recording_id=source.recording_id,
        session_pseudonym=source.session_pseudonym,
        tenant=source.tenant,
        recorded_date=recorded,
        policy_version=source.policy_version,
        split=split,
        samples=0,
    )
    counts = _Counts()
    memory = ValueMemory()  # values found in this recording's frames; in memory only
    reader = _FrameReader(engine, options.ocr, options.sampling.change)
    for pick in _change_points(source, plan, options.sampling, counts):
        image = pick.image.copy()
        height, width = image.shape[:2]
        words = reader.words(to_grey(image))
        text, spans, extra, extra_types = anonymiser.run(
            words, pick.active, source.session_pseudonym, memory, width, height
        )
        for box in extra:
            mask_box(image, box, "blur")
        boxes = [
            {**_box_dict(a.box), "entity_type": a.entity_type, "source": a.source}
            for a in sorted(pick.active, key=lambda a: (a.box.y, a.box.x, a.track_id))
        ]
        boxes += [{**_box_dict(b), "entity_type": t, "source": "export"} for b, t in zip(extra, extra_types)]
        entry.export_masks += len(extra)
        entities.update(s["entity_type"] for s in spans)
        box_types.update(b["entity_type"] for b in boxes)
        key = f"{source.recording_id}_{pick.index:06d}"
        metadata = {
            "key": key,
            "split": split,
            "recording_id": source.recording_id,
            "session_pseudonym": source.session_pseudonym,
            "tenant": source.tenant,
            "recorded_date": recorded,
            "policy_version": source.policy_version,
            "frame_index": pick.index,
            "timestamp_s": round(pick.pts_s, 6),
            "width": width,
            "height": height,
            "text": text,
            "entities": spans,
            "boxes": boxes,
        }
        writer.add(ExportSample(key, split, metadata, _png(image, source.redacted_video)))
        entry.samples += 1
    entry.frames, entry.frames_masked_whole = counts.frames, counts.masked_whole
    return entry


def _box_dict(box: Box) -> dict:
    return {"x": box.x, "y": box.y, "w": box.w, "h": box.h}


def _file_entries(folder: Path) -> list[FileEntry]:
    entries = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        entries.append(
            FileEntry(path=path.relative_to(folder).as_posix(), sha256=sha256_file(path), bytes=path.stat().st_size)
        )
    return entries


# --------------------------------------------------------------------------- dataset card --


def _write_card(path: Path, manifest: Manifest) -> None:
    """The dataset card (templates/dataset_card.md): counts, lineage and how to load; built from
    the manifest only (types, counts, ids and versions), so it cannot carry text read from a frame."""
    fmt = manifest.format
    text = (
        environment("pipeline.export")
        .get_template("dataset_card.md")
        .render(
            m=manifest,
            data_files=[(s, data_files(fmt, s)) for s in SPLITS if manifest.samples_by_split.get(s)],
            all_splits=SPLITS,
            entity_types=sorted(set(manifest.entities_by_type) | set(manifest.boxes_by_type)),
            surrogates=bool(manifest.options.get("surrogates")),
            manifest_name=MANIFEST_NAME,
            train_file=data_files(fmt, "train"),
            loader={"parquet": "parquet", "jsonl": "json", "webdataset": "webdataset"}[fmt],
        )
    )
    write_text_atomic(path, text)
