"""The artifact store: a folder layout, the catalog, the raw quarantine and the audit log.

```
STORE/
  catalog.sqlite        the catalog (or any SQLAlchemy URL given with --catalog)
  audit.jsonl           append-only, hash-chained (audit.py); audit.jsonl.head
  secret/salt           HMAC salt for customer refs and pseudonyms (0600)
  raw/<id>/             quarantined raw recordings, 0700, sealed with AES-GCM when kept (vault.py)
  artifacts/<id>/       plan.json (all findings), <purpose>.mp4, <purpose>.verification.json
  tmp/<owner>/          work in progress of one worker; files reach artifacts/ by rename only
  exports/              training exports
```

Artifacts appear by rename from tmp/ (same filesystem; publish.py), then the catalog commits; a
crash between the two leaves files no row points at, which `sweep` removes on the next run. A
recording's id is the sha256 of its bytes.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import shutil
import socket
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select, update

from pipeline.core.errors import ConfigError, RedactorError
from pipeline.core.files import private_dir, sha256_file
from pipeline.store.audit import AuditLog, audit_key, load_or_create_salt, salted_hash
from pipeline.store.catalog import (
    APPROVED,
    EXPIRED,
    NEEDS_REVIEW,
    PROCESSED,
    PROCESSING,
    REJECTED,
    Artifact,
    Catalog,
    Export,
    ExportMember,
    Output,
    Recording,
    utcnow,
)
from pipeline.store.erasure import (
    ARTIFACT_HASH,
    AUDITED,
    CUSTOMER_REF,
    RECORDING_ID,
    SESSION_ID,
    SESSION_PSEUDONYM,
    SESSION_REF,
    TECHNICIAN_ID,
    ErasureScope,
    ExportCleared,
    ExportEraser,
    ExportHolding,
    ForgetReport,
    Traces,
    scan_tree,
)
from pipeline.store.vault import KEY_ENV, RawVault, check_key, load_key

log = logging.getLogger(__name__)


def owner_id() -> str:
    """Who holds a lease: host, process and a random part (pids are reused)."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def owner_alive(owner: str | None) -> bool:
    """Whether a lease holder on this host still runs. Other hosts are judged by heartbeat age."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid = rest.split(":", 1)[0]
    if host != socket.gethostname()[:60] or not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True, slots=True)
class StoreConfig:
    """Where the store lives. Picklable: batch workers (local or Dask) open their own Store.

    The raw key is read on the machine that runs the command (`key`, from `key_file` or
    $REDACT_RAW_KEY). It never travels to another machine: a Dask worker is given
    `for_remote_workers()`, which holds the key file's path only, and reads the file itself.
    """

    root: Path
    catalog_url: str | None = None  # default: sqlite in the store root
    key: bytes | None = field(default=None, repr=False)  # raw encryption key (vault.load_key)
    key_file: Path | None = None  # where `key` was read from, if from a file
    audit_key_file: Path | None = None  # the audit log's MAC key; None: derived from the raw key (audit.audit_key)

    @property
    def url(self) -> str:
        return self.catalog_url or f"sqlite:///{(self.root / 'catalog.sqlite').resolve()}"

    @property
    def has_key(self) -> bool:
        return self.key is not None or self.key_file is not None

    def raw_key(self) -> bytes | None:
        """The key: as given, else read from `key_file` (a worker's own read); None without one."""
        if self.key is not None or self.key_file is None:
            return self.key
        return load_key(self.key_file)

    def for_remote_workers(self) -> StoreConfig:
        """This config as it may be sent to other machines: absolute paths, the key file's path
        and never the key. A key given only in the environment cannot be sent: refused."""
        if self.key is not None and self.key_file is None:
            raise ConfigError(
                f"--scheduler: the raw key cannot be sent to Dask workers (${KEY_ENV}); give it as a "
                "file the workers can read at the same path: --key-file or REDACT_RAW_KEY_FILE"
            )
        return replace(
            self,
            root=self.root.resolve(),
            key=None,
            key_file=self.key_file.resolve() if self.key_file is not None else None,
            audit_key_file=self.audit_key_file.resolve() if self.audit_key_file is not None else None,
        )


class Store:
    def __init__(self, config: StoreConfig):
        self.config = config
        self.root = config.root
        # what can refuse the configuration comes first: a refused start creates nothing
        raw_key = config.raw_key()
        check_key(raw_key, self.root / "raw")
        log_key = audit_key(config.audit_key_file, raw_key)
        # a database server's catalog is checked now; an SQLite file needs its folder first
        server = config.catalog_url is not None and not config.catalog_url.startswith("sqlite")
        catalog = Catalog(config.url) if server else None
        private_dir(self.root)  # the catalog and audit log sit here: the pipeline's only
        for sub in ("artifacts", "tmp", "exports", "secret", "raw"):
            private_dir(self.root / sub)
        self.catalog = catalog or Catalog(config.url)
        self.audit = AuditLog(self.root / "audit.jsonl", log_key)
        self.salt = load_or_create_salt(self.root / "secret" / "salt")
        self.vault = RawVault(self.root / "raw", raw_key)

    def close(self) -> None:
        self.catalog.dispose()

    # -- ids ------------------------------------------------------------------------------

    def salted_ref(self, kind: str, value: str) -> str:
        """A stable reference to an id (never reversible without the store's salt): catalog rows
        name customers by it, the review page sessions."""
        return salted_hash(f"{kind}:{value}", self.salt)

    def customer_ref(self, customer_id: str) -> str:
        return self.salted_ref("customer", customer_id)

    def export_pseudonym(self, kind: str, value: str) -> str:
        """A stable, salted pseudonymous id for exported data, safe in file names and dataset
        columns (its own HMAC domain: it never equals the store's own references, salted_ref)."""
        return hmac.new(self.salt, f"export:{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:24]

    def session_pseudonym(self, session_id: str | None, recording_id: str) -> str:
        """How exports name a recording's session (erasure looks for it in them)."""
        return self.export_pseudonym("session", session_id or recording_id)

    # -- files ----------------------------------------------------------------------------

    def artifact_dir(self, recording_id: str) -> Path:
        return self.root / "artifacts" / recording_id

    def tmp_dir(self, owner: str) -> Path:
        return private_dir(self.root / "tmp" / owner.replace(":", "_"))

    def relative(self, path: Path) -> str:
        return str(path.resolve().relative_to(self.root.resolve()))

    def artifact_row(self, recording_id: str, purpose: str, kind: str, path: Path, policy_version: str) -> Artifact:
        return Artifact(
            recording_id=recording_id,
            purpose=purpose,
            kind=kind,
            path=self.relative(path),
            sha256=sha256_file(path),
            size=path.stat().st_size,
            policy_version=policy_version,
        )

    def replace_artifact(self, recording_id: str, purpose: str, kind: str, path: Path, policy_version: str) -> None:
        """Record a file that took the place of an earlier one of the same purpose and kind."""
        with self.catalog.session() as s:
            for old in s.scalars(
                select(Artifact).where(
                    Artifact.recording_id == recording_id, Artifact.purpose == purpose, Artifact.kind == kind
                )
            ):
                s.delete(old)
            s.flush()
            s.add(self.artifact_row(recording_id, purpose, kind, path, policy_version))

    def artifacts(self, recording_id: str, purpose: str | None = None, kind: str | None = None) -> list[Artifact]:
        with self.catalog.session() as s:
            query = select(Artifact).where(Artifact.recording_id == recording_id)
            if purpose:
                query = query.where(Artifact.purpose == purpose)
            if kind:
                query = query.where(Artifact.kind == kind)
            return list(s.scalars(query.order_by(Artifact.id)))

    def path_of(self, artifact: Artifact) -> Path:
        return self.root / artifact.path

    def sweep(self) -> int:
        """Remove what a crashed worker left: tmp folders of dead owners, artifact folders and
        raw copies that no catalog row claims. Returns the number of files removed."""
        removed = 0
        for folder in sorted((self.root / "tmp").iterdir()):
            owner = folder.name.replace("_", ":", 2)
            if not owner_alive(owner):
                removed += _remove_tree(folder)
        with self.catalog.session() as s:
            known = set(s.scalars(select(Recording.id)))
            processing = set(s.scalars(select(Recording.id).where(Recording.state == PROCESSING)))
            paths = set(s.scalars(select(Artifact.path)))
        for folder in sorted((self.root / "artifacts").iterdir()):
            if folder.name in processing:
                continue  # its worker may be writing right now
            if folder.name not in known:
                removed += _remove_tree(folder)
                continue
            for path in folder.iterdir():
                if self.relative(path) not in paths:
                    path.unlink()
                    removed += 1
        for content_hash in self.vault.list_hashes():
            if content_hash not in known:
                removed += self.vault.delete(content_hash)
        return removed

    # -- erasure and retention ------------------------------------------------------------

    def forget(self, customer_id: str, exports: ExportEraser | None = None) -> ForgetReport:
        """Erase a customer: their recordings' artifacts, raw copies and catalog rows, and through
        `exports` (the export layer's, pipeline/export/erasure.py) their samples in every export
        the catalog knows to hold them. Then prove it: the counts after, and a scan of the store
        and of those exports for every trace the recordings could have left (erasure.py).
        Without `exports`, or where an export cannot be rewritten, the exports still holding the
        recordings are named and the report is not `erased`."""
        self.audit.require_key()  # an erasure that cannot be audited is not begun
        ref = self.customer_ref(customer_id)
        before = self.count_customer(ref)
        scope = self.erasure_scope(ref)
        ids, held, traces = scope.recordings, scope.exports, scope.traces
        files = 0
        for recording_id in ids:
            files += _remove_tree(self.artifact_dir(recording_id))
            files += self.vault.delete(recording_id)
        with self.catalog.session() as s:
            s.execute(delete(Artifact).where(Artifact.recording_id.in_(ids)))
            s.execute(delete(Output).where(Output.recording_id.in_(ids)))
            s.execute(delete(Recording).where(Recording.id.in_(ids)))
        cleared, holding = self._clear_exports(held, exports)
        for done in cleared:
            traces.extend(done.traces)
        self._compact()
        after = self.count_customer(ref)
        found, scanned = scan_tree(self.root, traces, exempt={"audit.jsonl": AUDITED})
        for folder in [c.path for c in cleared if c.new_id] + [h.path for h in holding]:
            hits, count = scan_tree(Path(folder), traces, label=folder)
            found += hits + (exports.scan(Path(folder), traces) if exports is not None else [])
            scanned += count
        report = ForgetReport(ref, before, after, files, ids, cleared, holding, traces.counts(), scanned, found)
        self.audit.append(
            "forget",
            customer_ref=ref,
            recordings=len(ids),
            files=files,
            exports_cleared=[c.new_id or c.old_id for c in cleared][:32],
            exports_holding=sorted(h.export_id for h in holding)[:32],
            traces=len(traces),
            found=len(found),
            erased=report.erased,
        )
        return report

    def erasure_scope(self, ref: str) -> ErasureScope:
        """What an erasure of the customer with this salted reference reaches: their recordings,
        the exports holding them and what they could have left in a file (read before anything is
        deleted). Values a retained recording also holds are not this customer's traces."""
        with self.catalog.session() as s:
            rows = list(s.scalars(select(Recording).where(Recording.customer_ref == ref)))
            ids = [r.id for r in rows]
            held: dict[str, set[str]] = {}
            for export_id, recording_id in s.execute(
                select(ExportMember.export_id, ExportMember.recording_id).where(
                    (ExportMember.customer_ref == ref) | ExportMember.recording_id.in_(ids)
                )
            ):
                held.setdefault(export_id, set()).add(recording_id)
            removed = set(s.scalars(select(Artifact.sha256).where(Artifact.recording_id.in_(ids))))
            kept = set(s.scalars(select(Artifact.sha256).where(Artifact.recording_id.not_in(ids))))
            others = s.execute(
                select(Recording.session_id, Recording.technician_id).where(Recording.id.not_in(ids))
            ).all()
        kept_sessions = {session for session, _ in others}
        kept_technicians = {technician for _, technician in others}
        sessions = [r for r in rows if r.session_id not in kept_sessions]
        traces = Traces()
        traces.add(SESSION_ID, (r.session_id for r in sessions))
        traces.add(TECHNICIAN_ID, (r.technician_id for r in rows if r.technician_id not in kept_technicians))
        traces.add(SESSION_REF, (self.salted_ref("session", r.session_id or r.id)[:14] for r in sessions))
        traces.add(SESSION_PSEUDONYM, (self.session_pseudonym(r.session_id, r.id) for r in sessions))
        traces.add(CUSTOMER_REF, [ref])
        traces.add(RECORDING_ID, set(ids).union(*held.values()))
        traces.add(ARTIFACT_HASH, removed - kept)
        return ErasureScope(ids, held, traces)

    def _clear_exports(
        self, held: dict[str, set[str]], exports: ExportEraser | None
    ) -> tuple[list[ExportCleared], list[ExportHolding]]:
        """Each export holding erased recordings rewritten without them, or named as holding them
        (marked stale, its lineage rows kept so that a later `forget` or `--rebuild` finds it)."""
        cleared: list[ExportCleared] = []
        holding: list[ExportHolding] = []
        with self.catalog.session() as s:
            rows = {e.id: e.path for e in s.scalars(select(Export).where(Export.id.in_(held)))}
            # lineage rows of an export the catalog no longer has: nothing to rewrite
            s.execute(delete(ExportMember).where(ExportMember.export_id.in_(set(held) - set(rows))))
        for export_id, path in sorted(rows.items(), key=lambda item: item[1]):
            reason = "no export handler was given"
            if exports is not None:
                try:
                    cleared.append(exports.remove(export_id, Path(path), frozenset(held[export_id])))
                    continue
                except RedactorError as exc:
                    reason = str(exc)
                except Exception as exc:  # noqa: BLE001 - one export that fails is named, and the erasure goes on
                    log.warning(
                        "forget: export %s: %s", export_id, type(exc).__name__, exc_info=log.isEnabledFor(logging.DEBUG)
                    )
                    reason = f"{path}: failed ({type(exc).__name__})"
            holding.append(ExportHolding(path, export_id, reason))
            with self.catalog.session() as s:
                s.execute(update(Export).where(Export.id == export_id).values(stale=1))
        return cleared, holding

    def count_customer(self, ref: str) -> dict[str, int]:
        with self.catalog.session() as s:
            ids = list(s.scalars(select(Recording.id).where(Recording.customer_ref == ref)))
            return {
                "recordings": len(ids),
                "outputs": s.scalar(select(func.count()).select_from(Output).where(Output.recording_id.in_(ids))) or 0,
                "artifacts": s.scalar(select(func.count()).select_from(Artifact).where(Artifact.recording_id.in_(ids)))
                or 0,
                "export_rows": s.scalar(
                    select(func.count())
                    .select_from(ExportMember)
                    .where((ExportMember.customer_ref == ref) | ExportMember.recording_id.in_(ids))
                )
                or 0,
                "raw": sum(1 for i in ids if self.vault.exists(i)),
            }

    def _compact(self) -> None:
        """After erasure or purge: fold the WAL into the database and rebuild it, so no old page
        copy lingers in the WAL or in free pages (VACUUM writes through the WAL: fold it again)."""
        if self.config.url.startswith("sqlite"):
            with self.catalog.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.exec_driver_sql("VACUUM")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def purge(self, now: datetime | None = None) -> PurgeReport:
        """Apply retention: outputs past `expires_at` go (files and rows), raw copies past
        `raw_expires_at` go unless QA still needs them, and a recording left with no output
        becomes `expired`: its row stays so the same content is not ingested again, but keeps
        only that (its id, the content hash, and its state; see _keep_only_dedup)."""
        self.audit.require_key()  # a purge that cannot be audited is not begun
        now = now or utcnow()
        outputs = files = raws = cleared = 0
        with self.catalog.session() as s:
            for output in list(s.scalars(select(Output))):
                if not expired(output.expires_at, now):
                    continue
                for artifact in list(
                    s.scalars(
                        select(Artifact).where(
                            Artifact.recording_id == output.recording_id, Artifact.purpose == output.purpose
                        )
                    )
                ):
                    self.path_of(artifact).unlink(missing_ok=True)
                    files += 1
                    s.delete(artifact)
                s.delete(output)
                outputs += 1
                self.audit.append("purge", recording=output.recording_id, purpose=output.purpose)
            s.flush()
            for recording in list(s.scalars(select(Recording))):
                if (
                    recording.raw_state in ("quarantined", "sealed")
                    and recording.state != NEEDS_REVIEW
                    and expired(recording.raw_expires_at, now)
                ):
                    files += self.vault.delete(recording.id)
                    recording.raw_state = "deleted"
                    raws += 1
                    self.audit.append("delete", recording=recording.id, what="raw", why="retention")
                has_outputs = s.scalar(
                    select(func.count()).select_from(Output).where(Output.recording_id == recording.id)
                )
                if not has_outputs and recording.state in (PROCESSED, APPROVED, REJECTED):
                    for artifact in list(s.scalars(select(Artifact).where(Artifact.recording_id == recording.id))):
                        self.path_of(artifact).unlink(missing_ok=True)
                        files += 1
                        s.delete(artifact)
                    _remove_tree(self.artifact_dir(recording.id))
                    recording.state = EXPIRED
                if recording.state == EXPIRED and _keep_only_dedup(recording):  # also rows expired before
                    cleared += 1
        if cleared:
            self._compact()  # the cleared values must not linger in the WAL or in free pages
        return PurgeReport(outputs, raws, files, cleared)

    def scan_for(self, needle: str) -> list[str]:
        """Files of the store whose name or bytes hold `needle` (store-relative paths)."""
        traces = Traces()
        traces.add("value", [needle])
        hits, _ = scan_tree(self.root, traces)
        return sorted({hit.where for hit in hits})


@dataclass(frozen=True, slots=True)
class PurgeReport:
    outputs: int
    raw_copies: int
    files: int
    rows_cleared: int = 0  # expired rows reduced to their content hash and state


# Who, when, what: nothing of it is needed once every output is gone. The id (the content hash)
# and the state stay, so that the same recording is not ingested again.
_PAST_RETENTION = (
    "session_id",
    "customer_ref",
    "tenant",
    "technician_id",
    "recorded_at",
    "reason",
    "note",
    "policy_version",
    "duration_s",
    "width",
    "height",
    "fps",
    "frames",
    "raw_expires_at",
    "owner",
    "heartbeat_at",
)


def _keep_only_dedup(recording: Recording) -> bool:
    """Clear what an expired row still held; True when there was anything to clear."""
    raw_held = recording.raw_state in ("quarantined", "sealed")  # its own retention still runs
    held = [
        name
        for name in _PAST_RETENTION
        if getattr(recording, name) is not None and not (raw_held and name == "raw_expires_at")
    ]
    for name in held:
        setattr(recording, name, None)
    return bool(held)


def _remove_tree(path: Path) -> int:
    if not path.exists():
        return 0
    count = sum(1 for p in path.rglob("*") if p.is_file())
    shutil.rmtree(path, ignore_errors=True)
    return count


def expired(expires_at: datetime | None, now: datetime | None = None) -> bool:
    if expires_at is None:
        return False
    now = now or utcnow()
    if expires_at.tzinfo is None:  # SQLite hands back naive datetimes; we only ever store UTC
        now = now.replace(tzinfo=None)
    return expires_at <= now
