"""Ingest one recording: the job that any worker runs, `process_one(config, path)`.

It claims the recording's content hash in the catalog (a lease), decides by the policy, redacts
once for the union of the purposes' entities, renders per purpose where style or entities
differ, verifies, publishes the files by rename and commits the catalog in one transaction
(publish.py). A job killed at any point leaves either nothing or files no row claims (swept on
the next run) and a stale lease (taken over on the next run), so running the batch again
processes every recording exactly once. Many recordings: schedule.py.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, update
from sqlalchemy.exc import IntegrityError

from pipeline.analysis.values import SeenValues
from pipeline.core.errors import ExitCode, InputError, ProcessingError, RedactorError
from pipeline.core.files import sha256_file
from pipeline.core.plan import RedactionPlan
from pipeline.media.encode import DEFAULT_CRF
from pipeline.store import engines
from pipeline.store.catalog import DONE_STATES, FAILED, PROCESSING, REFUSED, Output, Recording, recording_in, utcnow
from pipeline.store.policy import Decision, Policy, PurposeRule, decide, entities_to_find, expires_at, load_policy
from pipeline.store.publish import Rendition, assess_output, publish_outputs, purpose_plan, record
from pipeline.store.sidecar import Sidecar, load_sidecar_for, sidecar_path
from pipeline.store.store import Store, StoreConfig, owner_alive, owner_id

log = logging.getLogger(__name__)

VIDEO_SUFFIXES = (".mp4", ".mkv", ".webm", ".mov")
LEASE_STALE = timedelta(minutes=5)  # a lease whose heartbeat is older is taken over
HEARTBEAT_S = 30.0


@dataclass(frozen=True, slots=True)
class IngestConfig:
    """Everything a worker needs; picklable. Dask workers get it with `store.for_remote_workers()`:
    the key file's path, never the key."""

    store: StoreConfig
    policy_path: Path | None = None
    consume: bool = False  # delete the source file once it is safely in quarantine
    verify_every_s: float = 2.0
    crf: int = DEFAULT_CRF
    preset: str = "veryfast"
    render_mode: str = "auto"


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    path: str
    status: str  # processed | needs_review | refused | skipped | failed
    recording_id: str | None = None
    reason: str | None = None  # a category or a one-line error: names and types, never screen text
    exit_code: int = 0
    seconds: float = 0.0
    duration_s: float = 0.0
    # needs_review: why the gate blocked, (label, count) most frequent first, e.g. ("PASSWORD structural", 3)
    review_reasons: tuple[tuple[str, int], ...] = ()


# -- what a worker process keeps between recordings -------------------------------------------

_OPEN: dict[tuple, object] = {}  # the open Store and the loaded policy (engines.py: detector, OCR)


def worker_store(config: IngestConfig) -> Store:
    """This process's open Store for `config` (a worker opens it once for all its recordings)."""
    key = ("store", config.store)
    if key not in _OPEN:
        _OPEN[key] = Store(config.store)
    return cast(Store, _OPEN[key])  # the "store" keys hold Stores


def _policy(config: IngestConfig) -> Policy:
    key = ("policy", config.policy_path)
    if key not in _OPEN:
        _OPEN[key] = load_policy(config.policy_path)
    return cast(Policy, _OPEN[key])  # the "policy" keys hold Policies


# -- one recording ----------------------------------------------------------------------------


def process_one(config: IngestConfig, path: Path) -> IngestOutcome:
    """Run one recording through the policy, the pipeline and the store. Never raises for a bad
    recording: the outcome says what happened (the batch goes on)."""
    started = time.perf_counter()
    path = Path(path)
    recording_id, job = None, None
    try:
        store = worker_store(config)  # on a Dask worker this reads the key file: a config error fails the job
    except RedactorError as exc:
        return IngestOutcome(str(path), "failed", None, str(exc), int(exc.exit_code), time.perf_counter() - started)
    try:
        recording_id = _content_id(path)
        job = _Job(config, store, path, recording_id)
        return replace(job.run(), seconds=time.perf_counter() - started)
    except RedactorError as exc:
        _record_failure(store, job, exc)
        return IngestOutcome(
            str(path), "failed", recording_id, str(exc), int(exc.exit_code), time.perf_counter() - started
        )
    except Exception as exc:  # noqa: BLE001 - one recording's bug must not stop the batch
        log.error("%s: internal error (%s)", path, type(exc).__name__, exc_info=log.isEnabledFor(logging.DEBUG))
        _record_failure(store, job, exc)
        return IngestOutcome(
            str(path),
            "failed",
            recording_id,
            f"{path}: internal error ({type(exc).__name__})",
            int(ExitCode.INTERNAL),
            time.perf_counter() - started,
        )


def _content_id(path: Path) -> str:
    """The recording's id, the sha256 of its bytes. Only a regular file is read: a FIFO would
    block the worker forever, a device never end (NotRegularFile: a bad input)."""
    try:
        return sha256_file(path)
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except OSError as exc:
        raise InputError(f"cannot read the recording ({exc.strerror or type(exc).__name__})", path) from None


def _record_failure(store: Store, job: _Job | None, exc: BaseException) -> None:
    """Mark this attempt's recording failed and remove what it left, only while the attempt still
    holds it: after its commit the artifacts are the stored recording's (an error in the audit
    append after the commit must not delete them), and another worker's claim is not ours."""
    if job is None:
        return
    category = type(exc).__name__
    with store.catalog.session() as s:
        row = s.get(Recording, job.id)
        ours = row is not None and row.state == PROCESSING and row.owner == job.owner
        if row is not None and ours:
            row.state, row.reason, row.owner = FAILED, category, None
    store.audit.append("fail", recording=job.id, error=category)
    if ours:
        _remove_partial(store, job.id)


def _remove_partial(store: Store, recording_id: str) -> None:
    """A failed attempt leaves nothing: no artifact files, no raw copy."""
    shutil.rmtree(store.artifact_dir(recording_id), ignore_errors=True)
    store.vault.delete(recording_id)


class _Job:
    def __init__(self, config: IngestConfig, store: Store, path: Path, recording_id: str):
        self.config, self.store, self.path, self.id = config, store, path, recording_id
        self.owner = owner_id()
        self.tmp = store.tmp_dir(self.owner)

    def outcome(self, status: str, reason: str | None = None, duration_s: float = 0.0) -> IngestOutcome:
        return IngestOutcome(str(self.path), status, self.id, reason, 0, 0.0, duration_s)

    def run(self) -> IngestOutcome:
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
                taken = cast(
                    CursorResult[Any],
                    s.execute(
                        update(Recording)
                        .where(
                            Recording.id == self.id,
                            Recording.state == row.state,
                            Recording.owner.is_(None) if row.owner is None else Recording.owner == row.owner,
                        )
                        .values(
                            state=PROCESSING, owner=self.owner, heartbeat_at=utcnow(), attempts=Recording.attempts + 1
                        )
                    ),
                )
                if taken.rowcount != 1:
                    return "being processed by another worker"
            _remove_partial(self.store, self.id)  # what the crashed attempt left
        return None

    def _heartbeat(self, stop: threading.Event) -> None:
        while not stop.wait(HEARTBEAT_S):
            with self.store.catalog.session() as s:
                s.execute(
                    update(Recording)
                    .where(Recording.id == self.id, Recording.owner == self.owner)
                    .values(heartbeat_at=utcnow())
                )

    # -- the work -----------------------------------------------------------------------

    def process(self) -> IngestOutcome:
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
        renditions = [self.rendition(rule, base, raw, decision.policy_version) for rule in decision.purposes]
        blocked = [r for r in renditions if r.row.state == "blocked"]
        keep_raw = bool(blocked) or decision.raw_retention_days > 0
        if keep_raw:
            store.vault.seal(self.id)
        self.commit(sidecar, decision, info, base, renditions, keep_raw)
        if not keep_raw:
            store.vault.delete(self.id)
            store.audit.append("delete", recording=self.id, what="raw", why="processed")
        for r in renditions:
            store.audit.append(
                "store" if r.row.state == "stored" else "verify",
                recording=self.id,
                purpose=r.row.purpose,
                state=r.row.state,
                policy=decision.policy_version,
                policy_hash=_policy(self.config).sha256,
            )
        if blocked:
            reason = "verification_blocked:" + ",".join(r.row.purpose for r in blocked)
            outcome = self.outcome("needs_review", reason, info.duration_s)
            return replace(outcome, review_reasons=_review_reasons(blocked))
        return self.outcome("processed", None, info.duration_s)

    def refuse(self, sidecar: Sidecar, decision: Decision) -> IngestOutcome:
        minor = decision.refusal == "minor"
        with self.store.catalog.session() as s:
            row = recording_in(s, self.id)
            row.state, row.reason, row.owner = REFUSED, decision.refusal, None
            row.policy_version = decision.policy_version
            if not minor:  # of a child, nothing is kept: not even who or when
                row.session_id, row.tenant = sidecar.session_id, sidecar.tenant
                row.customer_ref = self.store.customer_ref(sidecar.customer_id)
        self.store.audit.append("refuse", recording=self.id, reason=decision.refusal, policy=decision.policy_version)
        if self.config.consume:
            self.path.unlink(missing_ok=True)
        return self.outcome("refused", decision.refusal)

    def redact(self, raw: Path, decision: Decision) -> _Rendered:
        from pipeline.redact.controller import RedactRequest, redact_file

        entities = tuple(sorted(entities_to_find(decision)))
        first = decision.purposes[0]
        request = RedactRequest(
            input=raw,
            output=self.tmp / f"base{_suffix(raw)}",
            plan=self.tmp / "plan.json",
            style=first.style,
            crf=self.config.crf,
            preset=self.config.preset,
            entities=entities,
            render_mode=self.config.render_mode,
        )
        seen = SeenValues()  # what the analysis found, for verification to find pieces of; in memory only
        result = redact_file(request, detector=engines.detector(entities), values=seen)
        return _Rendered(result.output, result.plan, first.style, frozenset(entities), seen)

    def rendition(self, rule: PurposeRule, base: _Rendered, raw: Path, policy_version: str) -> Rendition:
        from pipeline.render.renderer import render

        plan = purpose_plan(base.plan, rule.entities)
        video = self.tmp / f"{rule.purpose}{base.video.suffix}"
        if rule.style == base.style and len(plan.tracks) == len(base.plan.tracks):
            os.link(base.video, video)  # the same masks in the same style: the same file
        else:
            render(plan, raw, video, style=rule.style, crf=self.config.crf, preset=self.config.preset)
        stored_at = utcnow()
        row = Output(
            recording_id=self.id,
            purpose=rule.purpose,
            style=rule.style,
            entities={"redacted": sorted(rule.entities)},
            requires_verification=rule.requires_verification,
            requires_approval=rule.requires_approval,
            policy_version=policy_version,
            stored_at=stored_at,
            expires_at=expires_at(rule, stored_at),
        )
        rendition = Rendition(row, video, plan)
        assess_output(rendition, self.config.verify_every_s, base.seen)
        return rendition

    def commit(
        self, sidecar: Sidecar, decision: Decision, info, base: _Rendered, renditions: list[Rendition], keep_raw: bool
    ) -> None:
        store = self.store
        artifacts = publish_outputs(store, self.id, base.plan, renditions, self.tmp, decision.policy_version)
        with store.catalog.session() as s:
            row = s.get(Recording, self.id)
            if row is None or row.owner != self.owner:
                raise ProcessingError("lost the claim on this recording to another worker", self.path)
            record(s, row, artifacts, renditions)
            row.owner = None
            row.session_id, row.tenant, row.technician_id = sidecar.session_id, sidecar.tenant, sidecar.technician_id
            row.customer_ref = store.customer_ref(sidecar.customer_id)
            row.recorded_at = sidecar.recorded_at
            row.policy_version = decision.policy_version
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
    seen: SeenValues


def _review_reasons(blocked: list[Rendition]) -> tuple[tuple[str, int], ...]:
    """The blocked outputs' reasons, counted: each label at its largest count over the purposes
    (two purposes' outputs are read at the same frames and mostly find the same things)."""
    from pipeline.redact.findings import block_reasons

    reasons: Counter[str] = Counter()
    for r in blocked:
        reasons |= block_reasons(r.row.verification)
    return tuple(sorted(reasons.items(), key=lambda item: (-item[1], item[0])))


def _suffix(path: Path) -> str:
    return ".mp4" if path.suffix.lower() in VIDEO_SUFFIXES else path.suffix


def _lease_live(row: Recording) -> bool:
    if not owner_alive(row.owner):
        return False
    beat = row.heartbeat_at
    if beat is None:
        return False
    now = utcnow() if beat.tzinfo else utcnow().replace(tzinfo=None)
    return now - beat < LEASE_STALE


__all__ = ["IngestConfig", "IngestOutcome", "VIDEO_SUFFIXES", "process_one", "worker_store"]
