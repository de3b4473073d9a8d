"""Removing recordings from a finished export, for erasure: no OCR, no detector, no store.

The samples that stay are read back (formats.read_samples) and written again through the
export's own writer in their order, so the data files are those a fresh export of the same
samples would have; the counts, the manifest (a new export id, `rebuilt_from` the old one) and
the dataset card are made again from what stays. It is all written in a temporary folder beside
the export, which replaces the old folder by rename: a reader sees the old export or the new,
and a failure leaves the old one as it was.

An export whose files are not those its manifest lists (edited, added or missing files) is not
rewritten: what it holds is not known, so erasure names it as still holding its recordings.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pipeline.core.errors import InputError, ProcessingError
from pipeline.core.files import sha256_file
from pipeline.export.dataset import ExportOptions, export_work_folder, finish_export
from pipeline.export.formats import SPLITS, make_writer, read_samples
from pipeline.export.manifest import MANIFEST_NAME, Manifest, RecordingEntry


@dataclass(frozen=True, slots=True)
class Removal:
    manifest: Manifest  # the export as it is now
    removed: list[RecordingEntry]  # the manifest entries of the recordings taken out
    samples: int  # samples taken out
    frame_hashes: frozenset[str]  # sha256 of their PNGs, except those a kept sample has too


def remove_recordings(manifest_path: Path, recording_ids: Collection[str]) -> Removal | None:
    """Rewrite the export of `manifest_path` without the samples of `recording_ids`. None when it
    holds none of them (nothing is rewritten then)."""
    started = time.perf_counter()
    manifest_path = Path(manifest_path)
    folder = manifest_path.parent
    old = Manifest.load(manifest_path)
    check_files(folder, old)
    try:
        per_shard = ExportOptions.from_dict(old.options, folder).samples_per_shard
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"malformed export options ({type(exc).__name__})", manifest_path) from None
    gone = set(recording_ids)
    removed_frames: set[str] = set()
    kept_frames: set[str] = set()
    samples: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    boxes: Counter[str] = Counter()
    taken = 0
    with export_work_folder(folder) as work:
        writer = make_writer(old.format, work, per_shard)
        try:
            for sample in read_samples(old.format, folder):
                digest = hashlib.sha256(sample.png).hexdigest()
                if sample.metadata.get("recording_id") in gone:
                    removed_frames.add(digest)
                    taken += 1
                    continue
                kept_frames.add(digest)
                writer.add(sample)
                samples[sample.split] += 1
                entities.update(e["entity_type"] for e in sample.metadata.get("entities") or [])
                boxes.update(b["entity_type"] for b in sample.metadata.get("boxes") or [])
        finally:
            writer.close()
        kept = [e for e in old.recordings if e.recording_id not in gone]
        if not taken and len(kept) == len(old.recordings):
            return None
        manifest = Manifest(
            export_id=uuid.uuid4().hex,
            created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            format=old.format,
            pipeline_version=old.pipeline_version,  # the samples are the old export's, unchanged
            options=old.options,
            recordings=kept,
            samples_by_split={s: samples[s] for s in SPLITS},
            recordings_by_split={s: sum(1 for e in kept if e.split == s) for s in SPLITS},
            entities_by_type=dict(sorted(entities.items())),
            boxes_by_type=dict(sorted(boxes.items())),
            policy_versions=sorted({e.policy_version for e in kept}),
            engines=old.engines,
            rebuilt_from=old.export_id,
            recordings_removed=len(old.recordings) - len(kept),
        )
        finish_export(work, manifest, folder, replace_existing=True, started=started)
    removed = [e for e in old.recordings if e.recording_id in gone]
    return Removal(manifest, removed, taken, frozenset(removed_frames - kept_frames))


def check_files(folder: Path, manifest: Manifest) -> None:
    """The export holds exactly the files its manifest lists, with their sha256."""
    listed = {f.path: f.sha256 for f in manifest.files}
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()} - {MANIFEST_NAME}
    if present != set(listed):
        raise ProcessingError(
            f"the export's files are not those of its manifest ({len(present - set(listed))} "
            f"unlisted, {len(set(listed) - present)} missing): not rewritten",
            folder,
        )
    for path, digest in sorted(listed.items()):
        if sha256_file(folder / path) != digest:
            raise ProcessingError(f"{path} is not the file its manifest lists: not rewritten", folder)
