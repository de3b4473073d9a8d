"""The exports' part of `redact forget`: take an erased customer's samples out of every export
the catalog knows to hold them, in the same run, and look for their traces sample by sample.

The store runs the erasure and gives the verdict (store/erasure.py, Store.forget); it cannot
import this layer, so it is handed `StoreExports`, which rewrites each export without the
recordings (prune.py: the remaining samples copied, manifest and card made again, the folder
replaced by rename) and records the new export's lineage in place of the old one.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import delete

from pipeline.core.errors import RedactorError
from pipeline.export.formats import read_samples
from pipeline.export.manifest import MANIFEST_NAME, Manifest
from pipeline.export.prune import remove_recordings
from pipeline.export.run import record_export
from pipeline.store.catalog import Export, ExportMember
from pipeline.store.erasure import (
    FILE_HASHES,
    FRAME_HASH,
    SESSION_PSEUDONYM,
    ExportCleared,
    ForgetReport,
    Hit,
    Trace,
    Traces,
)
from pipeline.store.store import Store


def forget_customer(store: Store, customer_id: str) -> ForgetReport:
    """Erase a customer from the store and from the exports that hold their recordings, and
    prove it (ForgetReport.erased)."""
    return store.forget(customer_id, StoreExports(store))


class StoreExports:
    """store.erasure.ExportEraser over the exports recorded in `store`'s catalog."""

    def __init__(self, store: Store):
        self.store = store

    def remove(self, export_id: str, folder: Path, recording_ids: frozenset[str]) -> ExportCleared:
        if not folder.exists():  # deleted by hand: nothing left there to rewrite, nor lineage to keep
            with self.store.catalog.session() as s:
                s.execute(delete(ExportMember).where(ExportMember.export_id == export_id))
                s.execute(delete(Export).where(Export.id == export_id))
            return ExportCleared(str(folder), export_id, None, 0, 0)
        removal = remove_recordings(folder / MANIFEST_NAME, recording_ids)
        if removal is None:  # rebuilt without them since: only the lineage rows were left
            with self.store.catalog.session() as s:
                s.execute(
                    delete(ExportMember).where(
                        ExportMember.export_id == export_id, ExportMember.recording_id.in_(recording_ids)
                    )
                )
            return ExportCleared(str(folder), export_id, export_id, 0, 0)
        manifest = removal.manifest
        record_export(self.store, manifest, folder, replaces=export_id, why="erasure")
        kept = {e.session_pseudonym for e in manifest.recordings}
        traces = [
            Trace(SESSION_PSEUDONYM, e.session_pseudonym) for e in removal.removed if e.session_pseudonym not in kept
        ]
        traces += [Trace(FRAME_HASH, digest) for digest in removal.frame_hashes]
        return ExportCleared(
            str(folder), export_id, manifest.export_id, len(removal.removed), removal.samples, tuple(traces)
        )

    def scan(self, folder: Path, traces: Traces) -> list[Hit]:
        """Each sample's metadata and the sha256 of its image (the data files may be compressed,
        so the byte scan of the files does not see into them)."""
        hashes = {t.value: t.kind for t in traces.items if t.kind in FILE_HASHES}
        hits: set[Hit] = set()
        try:
            manifest = Manifest.load(folder / MANIFEST_NAME)
            for sample in read_samples(manifest.format, folder):
                where = f"{folder} ({sample.split} samples)"
                text = json.dumps(sample.metadata, ensure_ascii=False)
                hits.update(Hit(where, t.kind, "sample") for t in traces.items if t.value in text)
                kind = hashes.get(hashlib.sha256(sample.png).hexdigest())
                if kind is not None:
                    hits.add(Hit(where, kind, "sample image"))
        except RedactorError as exc:  # what cannot be read cannot be shown clean
            hits.add(Hit(str(folder), "unreadable export", exc.__class__.__name__))
        return sorted(hits, key=lambda h: (h.where, h.kind, h.how))
