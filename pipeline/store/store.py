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

import logging
import os
import shutil
import socket
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select

from pipeline.core.errors import ConfigError
from pipeline.core.files import CHUNK, private_dir, sha256_file
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
from pipeline.store.vault import KEY_ENV, RawVault, load_key

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
            raise ConfigError(f"--scheduler: the raw key cannot be sent to Dask workers (${KEY_ENV}); give it as a "
                              "file the workers can read at the same path: --key-file or REDACT_RAW_KEY_FILE")
        return replace(self, root=self.root.resolve(), key=None,
                       key_file=self.key_file.resolve() if self.key_file is not None else None,
                       audit_key_file=self.audit_key_file.resolve() if self.audit_key_file is not None else None)


class Store:
    def __init__(self, config: StoreConfig):
        self.config = config
        self.root = config.root
        private_dir(self.root)  # the catalog and audit log sit here: the pipeline's only
        for sub in ("artifacts", "tmp", "exports", "secret", "raw"):
            private_dir(self.root / sub)
        self.catalog = Catalog(config.url)
        raw_key = config.raw_key()
        self.audit = AuditLog(self.root / "audit.jsonl", audit_key(config.audit_key_file, raw_key))
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

    # -- files ----------------------------------------------------------------------------

    def artifact_dir(self, recording_id: str) -> Path:
        return self.root / "artifacts" / recording_id

    def tmp_dir(self, owner: str) -> Path:
        return private_dir(self.root / "tmp" / owner.replace(":", "_"))

    def relative(self, path: Path) -> str:
        return str(path.resolve().relative_to(self.root.resolve()))

    def artifact_row(self, recording_id: str, purpose: str, kind: str, path: Path, policy_version: str) -> Artifact:
        return Artifact(recording_id=recording_id, purpose=purpose, kind=kind, path=self.relative(path),
                        sha256=sha256_file(path), size=path.stat().st_size, policy_version=policy_version)

    def replace_artifact(self, recording_id: str, purpose: str, kind: str, path: Path, policy_version: str) -> None:
        """Record a file that took the place of an earlier one of the same purpose and kind."""
        with self.catalog.session() as s:
            for old in s.scalars(select(Artifact).where(Artifact.recording_id == recording_id,
                                                        Artifact.purpose == purpose, Artifact.kind == kind)):
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

    def forget(self, customer_id: str) -> ForgetReport:
        """Remove every artifact, raw copy, catalog row and export lineage row of a customer,
        then prove it: the counts after, and a scan of every file in the store for the id."""
        ref = self.customer_ref(customer_id)
        before = self.count_customer(ref)
        with self.catalog.session() as s:
            recordings = list(s.scalars(select(Recording).where(Recording.customer_ref == ref)))
            ids = [r.id for r in recordings]
            export_ids = set(s.scalars(select(ExportMember.export_id).where(
                (ExportMember.customer_ref == ref) | ExportMember.recording_id.in_(ids))))
        files = 0
        for recording_id in ids:
            files += _remove_tree(self.artifact_dir(recording_id))
            files += self.vault.delete(recording_id)
        with self.catalog.session() as s:
            s.execute(delete(Artifact).where(Artifact.recording_id.in_(ids)))
            s.execute(delete(Output).where(Output.recording_id.in_(ids)))
            s.execute(delete(ExportMember).where((ExportMember.customer_ref == ref) | ExportMember.recording_id.in_(ids)))
            s.execute(delete(Recording).where(Recording.id.in_(ids)))
            exports = list(s.scalars(select(Export).where(Export.id.in_(export_ids))))
            for export in exports:
                export.stale = 1
        self._compact()
        after = self.count_customer(ref)
        self.audit.append("forget", customer_ref=ref, recordings=len(ids), files=files,
                          exports_to_rebuild=sorted(export_ids))
        return ForgetReport(ref, before, after, files, [e.path for e in exports], ids, self.scan_for(customer_id))

    def count_customer(self, ref: str) -> dict[str, int]:
        with self.catalog.session() as s:
            ids = list(s.scalars(select(Recording.id).where(Recording.customer_ref == ref)))
            return {
                "recordings": len(ids),
                "outputs": s.scalar(select(func.count()).select_from(Output).where(Output.recording_id.in_(ids))) or 0,
                "artifacts": s.scalar(select(func.count()).select_from(Artifact).where(Artifact.recording_id.in_(ids))) or 0,
                "export_rows": s.scalar(select(func.count()).select_from(ExportMember).where(
                    (ExportMember.customer_ref == ref) | ExportMember.recording_id.in_(ids))) or 0,
                "raw": sum(1 for i in ids if self.vault.exists(i)),
            }

    def _compact(self) -> None:
        """After erasure: fold the WAL into the database so no old page copy lingers there."""
        if self.config.url.startswith("sqlite"):
            with self.catalog.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.exec_driver_sql("VACUUM")

    def purge(self, now: datetime | None = None) -> PurgeReport:
        """Apply retention: outputs past `expires_at` go (files and rows), raw copies past
        `raw_expires_at` go unless QA still needs them, and a recording left with no output
        becomes `expired` (its row stays so the same content is not ingested again)."""
        now = now or utcnow()
        outputs = files = raws = 0
        with self.catalog.session() as s:
            for output in list(s.scalars(select(Output))):
                if not expired(output.expires_at, now):
                    continue
                for artifact in list(s.scalars(select(Artifact).where(
                        Artifact.recording_id == output.recording_id, Artifact.purpose == output.purpose))):
                    self.path_of(artifact).unlink(missing_ok=True)
                    files += 1
                    s.delete(artifact)
                s.delete(output)
                outputs += 1
                self.audit.append("purge", recording=output.recording_id, purpose=output.purpose)
            s.flush()
            for recording in list(s.scalars(select(Recording))):
                if recording.raw_state in ("quarantined", "sealed") and recording.state != NEEDS_REVIEW \
                        and expired(recording.raw_expires_at, now):
                    files += self.vault.delete(recording.id)
                    recording.raw_state = "deleted"
                    raws += 1
                    self.audit.append("delete", recording=recording.id, what="raw", why="retention")
                has_outputs = s.scalar(select(func.count()).select_from(Output).where(Output.recording_id == recording.id))
                if not has_outputs and recording.state in (PROCESSED, APPROVED, REJECTED):
                    for artifact in list(s.scalars(select(Artifact).where(Artifact.recording_id == recording.id))):
                        self.path_of(artifact).unlink(missing_ok=True)
                        files += 1
                        s.delete(artifact)
                    _remove_tree(self.artifact_dir(recording.id))
                    recording.state = EXPIRED
        return PurgeReport(outputs, raws, files)

    def scan_for(self, needle: str) -> list[str]:
        """Files in the store whose bytes contain `needle` (the proof step of erasure)."""
        data = needle.encode()
        hits = []
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and _contains(path, data):
                hits.append(self.relative(path))
        return hits


@dataclass(frozen=True, slots=True)
class PurgeReport:
    outputs: int
    raw_copies: int
    files: int


@dataclass(frozen=True, slots=True)
class ForgetReport:
    customer_ref: str
    before: dict[str, int]
    after: dict[str, int]
    files_removed: int
    exports_to_rebuild: list[str]
    recordings: list[str]
    files_with_id: list[str]  # store files whose bytes still hold the customer id

    @property
    def erased(self) -> bool:
        """The verdict: nothing of the customer is counted any more and no file holds the id."""
        return not self.files_with_id and not any(self.after.values())


def _contains(path: Path, needle: bytes) -> bool:
    overlap = len(needle) - 1
    tail = b""
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            if needle in tail + block:
                return True
            tail = block[-overlap:] if overlap else b""
    return False


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
