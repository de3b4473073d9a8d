"""Training exports over the store: which recordings may leave, and the lineage kept of them.

A recording is exported for training only when its training output is stored (consent to
training was given, the verification was clean or QA overrode it), QA approved it where the
policy asks for approval, and it was not erased. Minors never reach the store. Each export is
a catalog row with its members (recording and salted customer ref), so that `redact forget`
finds the exports that hold a customer's sessions and takes them out (erasure.py), and
`--rebuild` can redo an export from what may still leave.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select

from pipeline.core.errors import InputError
from pipeline.core.files import sha256_file
from pipeline.export.dataset import ExportOptions, ExportSource, Manifest, export_dataset, rebuild
from pipeline.store import engines
from pipeline.store.catalog import APPROVED, NEEDS_REVIEW, PROCESSED, Export, ExportMember, Output, Recording, utcnow
from pipeline.store.store import Store

PURPOSE = "training"


@dataclass(frozen=True, slots=True)
class ExportRun:
    manifest: Manifest
    path: Path
    skipped_unapproved: int


def export_pseudonym(store: Store, kind: str, value: str) -> str:
    """A stable, salted pseudonymous id for exported data (Store.export_pseudonym: erasure looks
    for the same ids)."""
    return store.export_pseudonym(kind, value)


def training_sources(store: Store, tenant: str | None = None) -> tuple[list[ExportSource], int]:
    """Recordings whose training output may leave, and how many wait for QA approval."""
    sources, waiting = [], 0
    with store.catalog.session() as s:
        query = (
            select(Recording, Output)
            .join(Output, Output.recording_id == Recording.id)
            .where(
                Output.purpose == PURPOSE,
                Output.state == "stored",
                Recording.state.in_((PROCESSED, APPROVED, NEEDS_REVIEW)),
            )
        )
        if tenant:
            query = query.where(Recording.tenant == tenant)
        rows = s.execute(query.order_by(Recording.recorded_at, Recording.id)).all()
    for recording, output in rows:
        if recording.state == NEEDS_REVIEW or (output.requires_approval and recording.state != APPROVED):
            waiting += 1
            continue
        video = store.artifacts(recording.id, PURPOSE, "video")
        plan = store.artifacts(recording.id, PURPOSE, "plan")
        if not video or not plan:
            continue
        sources.append(
            ExportSource(
                recording_id=recording.id,
                session_pseudonym=store.session_pseudonym(recording.session_id, recording.id),
                customer_pseudonym=export_pseudonym(store, "customer", recording.customer_ref or recording.id),
                tenant=recording.tenant or "",
                recorded_at=recording.recorded_at or recording.created_at,
                policy_version=output.policy_version,
                redacted_video=store.path_of(video[0]),
                plan_path=store.path_of(plan[0]),
            )
        )
    return sources, waiting


def run_export(
    store: Store,
    fmt: str,
    out_dir: Path,
    *,
    tenant: str | None = None,
    since: datetime | None = None,
    surrogates: bool = False,
    val_fraction: float = 0.1,
    progress=None,
) -> ExportRun:
    sources, waiting = training_sources(store, tenant)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    options = ExportOptions(
        fmt=fmt,
        out_dir=out_dir,
        surrogates=surrogates,
        val_fraction=val_fraction,
        split_salt=export_pseudonym(store, "split", "v1"),
        since=since,
    )
    manifest = export_dataset(sources, options, engines.detector(None), engines.ocr_engine(), progress=progress)
    record_export(store, manifest, out_dir)
    return ExportRun(manifest, out_dir, waiting)


def rebuild_export(store: Store, manifest_path: Path, progress=None) -> ExportRun:
    """Redo an export from what may still leave (erased or withdrawn recordings drop out)."""
    if not manifest_path.is_file():
        raise InputError("no such manifest", manifest_path)
    old = Manifest.load(manifest_path)
    sources, waiting = training_sources(store)
    manifest = rebuild(manifest_path, sources, engines.detector(None), engines.ocr_engine(), progress=progress)
    record_export(store, manifest, manifest_path.parent, replaces=old.export_id)
    return ExportRun(manifest, manifest_path.parent, waiting)


def record_export(
    store: Store, manifest: Manifest, out_dir: Path, *, replaces: str | None = None, why: str | None = None
) -> None:
    """The catalog's lineage of an export (its row and members, in place of those of the export
    it `replaces`, in one transaction), and its audit entry."""
    members = [r.recording_id for r in manifest.recordings]
    manifest_file = out_dir / "manifest.json"
    with store.catalog.session() as s:
        if replaces is not None:
            old_refs = dict(
                s.execute(
                    select(ExportMember.recording_id, ExportMember.customer_ref).where(
                        ExportMember.export_id == replaces
                    )
                ).all()
            )
            s.execute(delete(ExportMember).where(ExportMember.export_id == replaces))
            s.execute(delete(Export).where(Export.id == replaces))
        else:
            old_refs = {}
        refs = dict(s.execute(select(Recording.id, Recording.customer_ref).where(Recording.id.in_(members))).all())
        s.add(
            Export(
                id=manifest.export_id,
                path=str(out_dir.resolve()),
                fmt=manifest.format,
                manifest_sha256=sha256_file(manifest_file),
                created_at=utcnow(),
            )
        )
        for recording_id in members:
            s.add(
                ExportMember(
                    export_id=manifest.export_id,
                    recording_id=recording_id,
                    customer_ref=refs.get(recording_id) or old_refs.get(recording_id),
                )
            )
    store.audit.append(
        "export",
        export=manifest.export_id,
        format=manifest.format,
        recordings=len(members),
        samples=manifest.samples,
        rebuilt_from=manifest.rebuilt_from,
        recordings_removed=manifest.recordings_removed,
        why=why,
    )
