"""Checking and publishing a recording's outputs: the one way a redacted video, its plan and the
master plan reach the store, at ingest and after every QA edit.

`assess_output` sets an output's counts, verification and state (stored, or blocked by a
finding) from its rendered video and plan. `publish_outputs` saves the plans into the worker's tmp/
and moves every file into artifacts/<id>/ by rename; `record` then writes their catalog rows in
the caller's transaction. A crash between the two leaves files no row points at, which
`Store.sweep` removes on the next run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.analysis.unread import UNREAD_TEXT
from pipeline.analysis.values import SeenValues
from pipeline.core.files import move_into_place, private_dir
from pipeline.core.plan import RedactionPlan
from pipeline.store import engines
from pipeline.store.catalog import NEEDS_REVIEW, PROCESSED, Artifact, Output, Recording
from pipeline.store.store import Store

MASTER = ("review", "plan")  # purpose and kind of the master plan (every track of every type)


@dataclass(slots=True)
class Rendition:
    """One purpose's output before it is stored: its catalog row, video and plan (in tmp/)."""

    row: Output
    video: Path
    plan: RedactionPlan


def purpose_plan(plan: RedactionPlan, entities: Iterable[str]) -> RedactionPlan:
    """The plan narrowed to one purpose's entity types (manual tracks always stay)."""
    keep = set(entities)
    tracks = [t for t in plan.tracks if t.entity_type in keep or t.source == "manual"]
    return replace(plan, tracks=tracks, full_frames=list(plan.full_frames), stats=dict(plan.stats))


def assess_output(rendition: Rendition, every_s: float = 2.0, seen: SeenValues | None = None) -> None:
    """Set the output's counts, verification and state: `stored`, or `blocked` when verifying
    the rendered video (where the purpose requires it) found personal data still readable, or
    a piece of a value the analysis found (`seen`: at ingest, not after a QA edit)."""
    from pipeline.redact.verify import verify_output

    row = rendition.row
    row.counts = dict(sorted(Counter(t.entity_type for t in rendition.plan.tracks).items()))
    verification = None
    if row.requires_verification:
        entities = tuple(row.entities["redacted"])
        # UNREAD_TEXT is the analysis' own type (lines no OCR pass read): the detector knows it not
        detected = tuple(e for e in entities if e != UNREAD_TEXT)
        verification = verify_output(
            rendition.video,
            rendition.plan,
            engines.detector(detected),
            engines.ocr_engine(),
            entities,
            every_s=every_s,
            seen=seen,
        )
    row.verification = verification.to_dict() if verification is not None else None
    row.state = "stored" if verification is None or verification.clean else "blocked"


def publish_outputs(
    store: Store, recording_id: str, master: RedactionPlan, renditions: list[Rendition], tmp: Path, policy_version: str
) -> list[Artifact]:
    """Move the master plan and each purpose's video and plan from `tmp` into the recording's
    artifact folder (rename: a reader sees the old file or the new). Returns their catalog rows,
    hashed here, outside any transaction."""
    folder = private_dir(store.artifact_dir(recording_id))
    moved = [(*MASTER, _move(_saved(master, tmp / "master.plan.json"), folder / "plan.json"))]
    for r in renditions:
        purpose = r.row.purpose
        moved.append((purpose, "video", _move(r.video, folder / f"{purpose}{r.video.suffix}")))
        moved.append(
            (purpose, "plan", _move(_saved(r.plan, tmp / f"{purpose}.plan.json"), folder / f"{purpose}.plan.json"))
        )
    return [store.artifact_row(recording_id, purpose, kind, path, policy_version) for purpose, kind, path in moved]


def record(session: Session, recording: Recording, artifacts: list[Artifact], renditions: list[Rendition]) -> str:
    """In the caller's transaction: the artifact rows replace those of the same purpose and kind
    (a review page stays), the outputs theirs; the recording becomes `processed`, or
    `needs_review` when an output is blocked. Returns that state."""
    replaced = {(a.purpose, a.kind) for a in artifacts}
    for old in session.scalars(select(Artifact).where(Artifact.recording_id == recording.id)):
        if (old.purpose, old.kind) in replaced:
            session.delete(old)
    session.flush()  # paths are unique: the old rows go before the new ones come
    session.add_all(artifacts)
    for r in renditions:
        session.merge(r.row)
    blocked = any(r.row.state == "blocked" for r in renditions)
    recording.state = NEEDS_REVIEW if blocked else PROCESSED
    recording.reason = "verification_blocked" if blocked else None
    return recording.state


def _saved(plan: RedactionPlan, path: Path) -> Path:
    plan.save(path)
    return path


def _move(tmp: Path, target: Path) -> Path:
    move_into_place(tmp, target)
    return target
