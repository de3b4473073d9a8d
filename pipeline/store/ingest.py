"""Ingest many recordings: idempotent, resumable, parallel (local processes or Dask).

One recording is one job, `process_one(config, path)`, that any worker can run: it claims the
recording's content hash in the catalog (a lease), decides by the policy, redacts once for the
union of the purposes' entities, renders per purpose where style or entities differ, verifies,
publishes the files by rename and commits the catalog in one transaction. A job killed at any
point leaves either nothing or files no row claims (swept on the next run) and a stale lease
(taken over on the next run), so running the batch again processes every recording exactly once.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from pipeline.store.catalog import (
    DONE_STATES,
    FAILED,
    NEEDS_REVIEW,
    PROCESSED,
    PROCESSING,
    REFUSED,
    Artifact,
    Output,
    Recording,
    utcnow,
)
from pipeline.core.errors import ConfigError, ExitCode, InputError, ProcessingError, RedactorError
from pipeline.core.plan import RedactionPlan
from pipeline.store.policy import Decision, Policy, PurposeRule, decide, entities_to_find, expires_at, load_policy
from pipeline.store.sidecar import Sidecar, load_sidecar_for, sidecar_path
from pipeline.store.store import Store, StoreConfig, file_sha256, owner_alive, owner_id

log = logging.getLogger(__name__)

VIDEO_SUFFIXES = (".mp4", ".mkv", ".webm", ".mov")
LEASE_STALE = timedelta(minutes=5)  # a lease whose heartbeat is older is taken over
HEARTBEAT_S = 30.0


@dataclass(frozen=True, slots=True)
class IngestConfig:
    """Everything a worker needs; picklable, so the same object goes to Dask workers."""

    store: StoreConfig
    policy_path: Path | None = None
    consume: bool = False  # delete the source file once it is safely in quarantine
    verify_every_s: float = 2.0
    crf: int = 23
    preset: str = "veryfast"
    render_mode: str = "auto"


@dataclass(frozen=True, slots=True)
class Outcome:
    path: str
    status: str  # processed | needs_review | refused | skipped | failed
    recording_id: str | None = None
    reason: str | None = None  # a category or a one-line error: names and types, never screen text
    exit_code: int = 0
    seconds: float = 0.0
    duration_s: float = 0.0


@dataclass(slots=True)
class IngestSummary:
    outcomes: list[Outcome] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return dict(Counter(o.status for o in self.outcomes))

    @property
    def exit_code(self) -> int:
        """0 when every recording ended in a decided state; else the worst failure's code."""
        codes = [o.exit_code for o in self.outcomes if o.status == "failed"]
        return max(codes, default=0)

    def line(self) -> str:
        counts = self.counts()
        parts = [f"{counts[s]} {s}" for s in ("processed", "needs_review", "refused", "skipped", "failed") if counts.get(s)]
        return f"ingest: {len(self.outcomes)} recordings: " + (", ".join(parts) or "nothing to do")


# -- finding inputs -------------------------------------------------------------------------


def find_recordings(paths: Iterable[Path]) -> list[Path]:
    """Video files named directly, or found (not recursively) in the folders named."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in VIDEO_SUFFIXES and p.is_file()))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


# -- one recording --------------------------------------------------------------------------

_WORKER: dict[str, object] = {}  # per process: the open Store, the policy, detectors by entity set


def _store(config: IngestConfig) -> Store:
    key = ("store", config.store)
    if key not in _WORKER:
        _WORKER[key] = Store(config.store)  # type: ignore[index]
    return _WORKER[key]  # type: ignore[index,return-value]


def _policy(config: IngestConfig) -> Policy:
    key = ("policy", config.policy_path)
    if key not in _WORKER:
        _WORKER[key] = load_policy(config.policy_path)  # type: ignore[index]
    return _WORKER[key]  # type: ignore[index,return-value]


def _detector(entities: tuple[str, ...]):
    key = ("detector", entities)
    if key not in _WORKER:
        from pipeline.detection.worker import make_detector

        _WORKER[key] = make_detector(entities=entities)  # type: ignore[index]
    return _WORKER[key]  # type: ignore[index]


def process_one(config: IngestConfig, path: Path) -> Outcome:
    """Run one recording through the policy, the pipeline and the store. Never raises for a bad
    recording: the outcome says what happened (the batch goes on)."""
    started = time.perf_counter()
    path = Path(path)
    store = _store(config)
    recording_id = None
    try:
        if not path.is_file():
            raise InputError("no such file", path)
        recording_id = file_sha256(path)
        job = _Job(config, store, path, recording_id)
        return replace(job.run(), seconds=time.perf_counter() - started)
    except RedactorError as exc:
        _record_failure(store, recording_id, exc)
        return Outcome(str(path), "failed", recording_id, str(exc), int(exc.exit_code), time.perf_counter() - started)
    except Exception as exc:  # noqa: BLE001 - one recording's bug must not stop the batch
        log.error("%s: internal error (%s)", path, type(exc).__name__, exc_info=log.isEnabledFor(logging.DEBUG))
        _record_failure(store, recording_id, exc)
        return Outcome(str(path), "failed", recording_id, f"{path}: internal error ({type(exc).__name__})",
                       int(ExitCode.INTERNAL), time.perf_counter() - started)


def _record_failure(store: Store, recording_id: str | None, exc: BaseException) -> None:
    if recording_id is None:
        return
    category = type(exc).__name__
    with store.catalog.session() as s:
        row = s.get(Recording, recording_id)
        if row is not None and row.state == PROCESSING:
            row.state, row.reason, row.owner = FAILED, category, None
    store.audit.append("fail", recording=recording_id, error=category)
    _remove_partial(store, recording_id)


def _remove_partial(store: Store, recording_id: str) -> None:
    """A failed attempt leaves nothing: no artifact files, no raw copy."""
    shutil.rmtree(store.artifact_dir(recording_id), ignore_errors=True)
    store.vault.delete(recording_id)


class _Job:
    def __init__(self, config: IngestConfig, store: Store, path: Path, recording_id: str):
        self.config, self.store, self.path, self.id = config, store, path, recording_id
        self.owner = owner_id()
        self.tmp = store.tmp_dir(self.owner)

    def outcome(self, status: str, reason: str | None = None, duration_s: float = 0.0) -> Outcome:
        return Outcome(str(self.path), status, self.id, reason, 0, 0.0, duration_s)

    def run(self) -> Outcome:
        claim = self.claim()
        if claim is not None:
            return self.outcome("skipped", claim)
        stop = threading.Event()
        beat = threading.Thread(target=self._heartbeat, args=(stop,), daemon=True)
        beat.start()
        try:
            return self.process()
        finally:
            stop.set()
            shutil.rmtree(self.tmp, ignore_errors=True)

    # -- the lease ----------------------------------------------------------------------

    def claim(self) -> str | None:
        """Take the recording for this worker. Returns why not, or None when claimed."""
        with self.store.catalog.session() as s:
            row = s.get(Recording, self.id)
            if row is not None and row.state in DONE_STATES:
                return f"already {row.state}"
            if row is not None and row.state == PROCESSING and _lease_live(row):
                return "being processed by another worker"
        if row is None:
            try:
                with self.store.catalog.session() as s:
                    s.add(Recording(id=self.id, state=PROCESSING, owner=self.owner, heartbeat_at=utcnow(), attempts=1))
            except IntegrityError:
                return "being processed by another worker"
        else:
            # take over a failed or stale claim, only if nobody else did in between
            with self.store.catalog.session() as s:
                taken = s.execute(update(Recording).where(
                    Recording.id == self.id, Recording.state == row.state,
                    Recording.owner.is_(None) if row.owner is None else Recording.owner == row.owner,
                ).values(state=PROCESSING, owner=self.owner, heartbeat_at=utcnow(), attempts=Recording.attempts + 1))
                if taken.rowcount != 1:
                    return "being processed by another worker"
            _remove_partial(self.store, self.id)  # what the crashed attempt left
        return None

    def _heartbeat(self, stop: threading.Event) -> None:
        while not stop.wait(HEARTBEAT_S):
            with self.store.catalog.session() as s:
                s.execute(update(Recording).where(Recording.id == self.id, Recording.owner == self.owner)
                          .values(heartbeat_at=utcnow()))

    # -- the work -----------------------------------------------------------------------

    def process(self) -> Outcome:
        store = self.store
        store.audit.append("ingest", recording=self.id)
        sidecar = load_sidecar_for(self.path)
        decision = decide(_policy(self.config), sidecar)
        if decision.refusal == "unknown_tenant":
            # an operations gap (a contract not in the policy yet), not the customer's choice:
            # a bad input that is retried once the policy knows the tenant
            raise InputError(f"tenant: not a tenant of policy {decision.policy_version}", sidecar_path(self.path))
        if not decision.accepted:
            return self.refuse(sidecar, decision)
        from pipeline.media.probe import probe

        info = probe(self.path)
        raw = store.vault.admit(self.path, self.id)
        if self.config.consume:
            self.path.unlink(missing_ok=True)
        base = self.redact(raw, decision)
        outputs = [self.output_for(rule, base, raw) for rule in decision.purposes]
        blocked = [o for o in outputs if o.row.state == "blocked"]
        keep_raw = bool(blocked) or decision.raw_retention_days > 0
        if keep_raw:
            store.vault.seal(self.id)
        self.commit(sidecar, decision, info, base, outputs, keep_raw)
        if not keep_raw:
            store.vault.delete(self.id)
            store.audit.append("delete", recording=self.id, what="raw", why="processed")
        for o in outputs:
            store.audit.append("store" if o.row.state == "stored" else "verify", recording=self.id,
                               purpose=o.row.purpose, state=o.row.state, policy=decision.policy_version,
                               policy_hash=_policy(self.config).sha256)
        if blocked:
            reason = "verification_blocked:" + ",".join(o.row.purpose for o in blocked)
            return self.outcome("needs_review", reason, info.duration_s)
        return self.outcome("processed", None, info.duration_s)

    def refuse(self, sidecar: Sidecar, decision: Decision) -> Outcome:
        minor = decision.refusal == "minor"
        with self.store.catalog.session() as s:
            row = s.get(Recording, self.id)
            row.state, row.reason, row.owner = REFUSED, decision.refusal, None
            row.policy_version = decision.policy_version
            if not minor:  # of a child, nothing is kept: not even who or when
                row.session_id, row.tenant = sidecar.session_id, sidecar.tenant
                row.customer_ref = self.store.customer_ref(sidecar.customer_id)
        self.store.audit.append("refuse", recording=self.id, reason=decision.refusal, policy=decision.policy_version)
        if self.config.consume:
            self.path.unlink(missing_ok=True)
        return self.outcome("refused", decision.refusal)

    def redact(self, raw: Path, decision: Decision) -> "_Rendered":
        from pipeline.redact.controller import RedactRequest, redact_file

        entities = tuple(sorted(entities_to_find(decision)))
        first = decision.purposes[0]
        request = RedactRequest(
            input=raw, output=self.tmp / f"base{_suffix(raw)}", plan=self.tmp / "plan.json", style=first.style,
            crf=self.config.crf, preset=self.config.preset, entities=entities, render_mode=self.config.render_mode,
        )
        result = redact_file(request, detector=_detector(entities))
        return _Rendered(result.output, result.plan, first.style, frozenset(entities))

    def output_for(self, rule: PurposeRule, base: "_Rendered", raw: Path) -> "_Output":
        from pipeline.render.renderer import render

        plan = purpose_plan(base.plan, rule.entities)
        video = self.tmp / f"{rule.purpose}{base.video.suffix}"
        if rule.style == base.style and len(plan.tracks) == len(base.plan.tracks):
            os.link(base.video, video)  # the same masks in the same style: the same file
        else:
            render(plan, raw, video, style=rule.style, crf=self.config.crf, preset=self.config.preset)
        stored_at = utcnow()
        row = Output(recording_id=self.id, purpose=rule.purpose, style=rule.style,
                     entities={"redacted": sorted(rule.entities)}, requires_verification=rule.requires_verification,
                     requires_approval=rule.requires_approval,
                     policy_version="", stored_at=stored_at, expires_at=expires_at(rule, stored_at))
        check_output(row, video, plan, self.config.verify_every_s)
        return _Output(row, video, plan)

    def commit(self, sidecar: Sidecar, decision: Decision, info, base: "_Rendered", outputs: list["_Output"],
               keep_raw: bool) -> None:
        store = self.store
        version = decision.policy_version
        files: list[tuple[str, str, Path]] = []
        plan_tmp = self.tmp / "master.plan.json"
        base.plan.save(plan_tmp)
        files.append(("review", "plan", store.publish(plan_tmp, self.id, "plan.json")))
        for o in outputs:
            files.append((o.row.purpose, "video", store.publish(o.video, self.id, f"{o.row.purpose}{o.video.suffix}")))
            plan_path = self.tmp / f"{o.row.purpose}.plan.json"
            o.plan.save(plan_path)
            files.append((o.row.purpose, "plan", store.publish(plan_path, self.id, f"{o.row.purpose}.plan.json")))
        state = NEEDS_REVIEW if any(o.row.state == "blocked" for o in outputs) else PROCESSED
        with store.catalog.session() as s:
            row = s.get(Recording, self.id)
            if row is None or row.owner != self.owner:
                raise ProcessingError("lost the claim on this recording to another worker", self.path)
            s.execute(delete(Artifact).where(Artifact.recording_id == self.id))
            s.execute(delete(Output).where(Output.recording_id == self.id))
            for purpose, kind, path in files:
                s.add(store.artifact_row(self.id, purpose, kind, path, version))
            for o in outputs:
                o.row.policy_version = version
                s.add(o.row)
            row.state = state
            row.reason = None if state == PROCESSED else "verification_blocked"
            row.owner = None
            row.session_id, row.tenant, row.technician_id = sidecar.session_id, sidecar.tenant, sidecar.technician_id
            row.customer_ref = store.customer_ref(sidecar.customer_id)
            row.recorded_at = sidecar.recorded_at
            row.policy_version = version
            row.duration_s, row.width, row.height = info.duration_s, info.width, info.height
            row.fps, row.frames = info.fps, info.frame_count
            row.raw_state = "sealed" if keep_raw else "deleted"
            row.raw_expires_at = utcnow() + timedelta(days=decision.raw_retention_days) if keep_raw else None


@dataclass(frozen=True, slots=True)
class _Rendered:
    video: Path
    plan: RedactionPlan
    style: str
    entities: frozenset[str]


@dataclass(slots=True)
class _Output:
    row: Output
    video: Path
    plan: RedactionPlan


def check_output(row: Output, video: Path, plan: RedactionPlan, every_s: float = 2.0) -> None:
    """Set an output's counts, verification and state (stored, or blocked by a finding) from
    its rendered video and plan. Used at ingest and after every QA edit."""
    from pipeline.redact.verify import verify_output

    row.counts = dict(sorted(Counter(t.entity_type for t in plan.tracks).items()))
    verification = None
    if row.requires_verification:
        entities = tuple(row.entities["redacted"])
        verification = verify_output(video, plan, _detector(entities), _ocr_engine(), entities, every_s=every_s)
    row.verification = verification.to_dict() if verification is not None else None
    row.state = "stored" if verification is None or verification.clean else "blocked"


def purpose_plan(plan: RedactionPlan, entities: Iterable[str]) -> RedactionPlan:
    """The plan narrowed to one purpose's entity types (manual tracks always stay)."""
    keep = set(entities)
    tracks = [t for t in plan.tracks if t.entity_type in keep or t.source == "manual"]
    return replace(plan, tracks=tracks, full_frames=list(plan.full_frames), stats=dict(plan.stats))


def _suffix(path: Path) -> str:
    return ".mp4" if path.suffix.lower() in (".mp4", ".mov", ".mkv", ".webm") else path.suffix


def _ocr_engine():
    key = ("ocr",)
    if key not in _WORKER:
        from pipeline.analysis.ocr import CachedEngine, OcrConfig, make_engine

        _WORKER[key] = CachedEngine(make_engine(OcrConfig()))  # type: ignore[index]
    return _WORKER[key]  # type: ignore[index]


def _lease_live(row: Recording) -> bool:
    if not owner_alive(row.owner):
        return False
    beat = row.heartbeat_at
    if beat is None:
        return False
    now = utcnow() if beat.tzinfo else utcnow().replace(tzinfo=None)
    return now - beat < LEASE_STALE


# -- many recordings ------------------------------------------------------------------------


def ingest(
    paths: Iterable[Path],
    config: IngestConfig,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> IngestSummary:
    """Process every recording named or found in the folders named. `scheduler` is a Dask
    address (tcp://host:port) or a `distributed.Client`; otherwise `workers` local processes."""
    videos = find_recordings(paths)
    store = _store(config)
    load_policy(config.policy_path)  # a bad policy stops the batch before any work
    if config.store.key is None:
        raise ConfigError("ingest keeps raw recordings sealed while QA may need them: set REDACT_RAW_KEY "
                          "or pass --key-file", config.store.root)
    removed = store.sweep()
    if removed:
        log.info("swept %d files left by interrupted runs", removed)
    summary = IngestSummary()
    for outcome in _run_all(videos, config, workers, scheduler):
        summary.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return summary


def _run_all(videos: list[Path], config: IngestConfig, workers: int, scheduler) -> Iterator[Outcome]:
    if scheduler is not None:
        yield from _run_dask(videos, config, scheduler)
    elif workers <= 1 or len(videos) <= 1:
        for video in videos:
            yield process_one(config, video)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        # spawn: workers start clean (no inherited SQLite connections or threads)
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {pool.submit(process_one, config, video): video for video in videos}
            for future in as_completed(futures):
                yield _result(future, futures[future])


def _result(future, video: Path) -> Outcome:
    """A job's outcome; a worker that died (killed, out of memory) fails only its recording.
    Its claim goes stale and the next run takes the recording over."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - BrokenProcessPool, a lost Dask worker, ...
        log.error("%s: worker lost (%s)", video, type(exc).__name__)
        return Outcome(str(video), "failed", None, f"{video}: worker lost ({type(exc).__name__})",
                       int(ExitCode.PROCESSING))


def _run_dask(videos: list[Path], config: IngestConfig, scheduler) -> Iterator[Outcome]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ConfigError("--scheduler needs the 'distributed' package (pip install session-redactor[dask])") from None
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler, timeout="20s")
    try:
        futures = client.map(process_one, [config] * len(videos), [str(v) for v in videos], pure=False)
        paths = dict(zip(futures, videos))
        for future in as_completed(futures):
            yield _result(future, paths[future])
    finally:
        if client is not scheduler:
            client.close()


def watch(
    folder: Path,
    config: IngestConfig,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    poll_s: float = 5.0,
    stop: threading.Event | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> IngestSummary:
    """Ingest what lands in `folder` until `stop` is set (or Ctrl-C). A file is taken once its
    size has stayed the same for one poll and its sidecar is there; sources are consumed."""
    if not folder.is_dir():
        raise InputError("not a folder", folder)
    config = replace(config, consume=True)
    stop = stop or threading.Event()
    sizes: dict[Path, int] = {}
    summary = IngestSummary()
    while True:
        ready = []
        for video in find_recordings([folder]):
            try:
                size = video.stat().st_size
            except FileNotFoundError:
                continue
            if sizes.get(video) == size and sidecar_path(video).exists():
                ready.append(video)
            sizes[video] = size
        if ready:
            part = ingest(ready, config, workers=workers, scheduler=scheduler, on_outcome=on_outcome)
            summary.outcomes.extend(part.outcomes)
            for video in ready:
                sizes.pop(video, None)
                if video.exists():  # not consumed: it failed; park it so it is not retried every poll
                    _park(video, folder / ".failed")
                else:
                    sidecar_path(video).unlink(missing_ok=True)
        if stop.wait(poll_s):
            return summary


def _park(video: Path, folder: Path) -> None:
    folder.mkdir(mode=0o700, exist_ok=True)
    for path in (video, sidecar_path(video)):
        if path.exists():
            os.replace(path, folder / path.name)
    log.warning("%s: could not be ingested; moved to %s", video, folder)


def selected(store: Store, state: str | None = None, tenant: str | None = None, since=None) -> list[Recording]:
    """Catalog rows for `redact list`, newest first."""
    with store.catalog.session() as s:
        query = select(Recording)
        if state:
            query = query.where(Recording.state == state)
        if tenant:
            query = query.where(Recording.tenant == tenant)
        if since is not None:
            query = query.where(Recording.created_at >= since)
        return list(s.scalars(query.order_by(Recording.created_at.desc())))


__all__ = ["IngestConfig", "IngestSummary", "Outcome", "find_recordings", "ingest", "process_one", "purpose_plan",
           "watch", "selected"]
