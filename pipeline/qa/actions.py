"""What QA staff do to a stored recording: look, add or remove a mask, approve, reject.

Every edit changes the recording's master plan (artifacts/<id>/plan.json), renders each
purpose's video again without OCR, verifies it again, and is written to the audit log. Only
redacted material is ever read here, except the sealed raw copy that a re-render needs: it is
decrypted into the worker's private tmp folder and removed afterwards.

A mask can be added even when the raw recording is gone (policy raw_retention_days 0): it is
then rendered over the redacted video, which can only hide more. Removing a mask needs the raw.

Each entry names its actor: the operator id given (`--as`), else $REDACT_OPERATOR, else the OS
user name.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from pipeline.core.errors import ConfigError, InputError
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, Track, TrackSegment, mask_style
from pipeline.redact.findings import finding_id, finding_kind
from pipeline.redact.verify import MASKED_SHARE, Finding, Verification, masked_share
from pipeline.store.catalog import APPROVED, NEEDS_REVIEW, PROCESSED, REJECTED, Output, Recording, recording_in
from pipeline.store.publish import Rendition, assess_output, publish_outputs, purpose_plan, record
from pipeline.store.store import Store, expired, owner_id

FALSE_POSITIVE = "false_positive"  # approve --override-verification: QA judged the finding wrong
REAL_LEAK_FIXED = "real_leak_fixed"  # a mask QA drew covers the finding
MANUAL = "MANUAL"  # entity type of a box QA drew: what it hides is their call, not a detector's
OPERATOR_ENV = "REDACT_OPERATOR"
OPERATOR_RULE = "1-64 of A-Z a-z 0-9 . _ -"
_OPERATOR = re.compile(r"[A-Za-z0-9._-]{1,64}")


class QaError(InputError):
    """A QA command that cannot be done on this recording (its state, a missing raw...)."""


class MissingOutput(QaError):
    """The recording has no stored output for the purpose asked for."""

    def __init__(self, recording_id: str, purpose: str, stored: list[str]):
        self.detail = f"no {purpose} output (stored: {', '.join(stored) or 'none'})"
        super().__init__(self.detail, recording_id[:12])


@dataclass(frozen=True, slots=True)
class EditResult:
    recording_id: str
    state: str
    outputs: dict[str, str]  # purpose -> stored | blocked
    track_id: int | None = None
    from_raw: bool = True


def operator_id(actor: str | None = None) -> str:
    """Who acts: `actor`, else $REDACT_OPERATOR, else the OS user name (its uid when the name is
    not a plain id). An id given that is not plain is refused (never echoed)."""
    if actor is None:
        actor = os.environ.get(OPERATOR_ENV) or None
    if actor is not None:
        if not _OPERATOR.fullmatch(actor):
            raise ConfigError(f"operator id (--as or ${OPERATOR_ENV}) must be {OPERATOR_RULE}")
        return actor
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no LOGNAME/USER
        name = ""
    return name if _OPERATOR.fullmatch(name) else f"uid:{os.getuid()}"


def audit_actor(store: Store, actor: str | None) -> str:
    """The operator id for this action's entry; fails before the action when nothing can be audited."""
    store.audit.require_key()
    return operator_id(actor)


def resolve(store: Store, ref: str) -> Recording:
    """A recording by id or unambiguous id prefix (at least 6 characters)."""
    if len(ref) < 6:
        raise QaError("give at least 6 characters of the recording id", ref)
    row = store.catalog.find(ref)
    if row is None:
        raise QaError("no such recording (or the prefix is ambiguous)", ref)
    return row


def master_plan(store: Store, row: Recording) -> RedactionPlan:
    artifacts = store.artifacts(row.id, "review", "plan")
    if not artifacts:
        raise QaError(f"no plan stored (state {row.state})", row.id[:12])
    [artifact] = artifacts
    return RedactionPlan.load(store.path_of(artifact))


def stored_outputs(store: Store, recording_id: str) -> list[Output]:
    with store.catalog.session() as s:
        return list(s.scalars(select(Output).where(Output.recording_id == recording_id).order_by(Output.purpose)))


def review_page(
    store: Store,
    ref: str,
    purpose: str = "qa_review",
    output: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    actor: str | None = None,
) -> Path:
    """Write the HTML review page of one purpose's stored video; returns where. Without `output`
    it is kept with the recording's artifacts (catalogued, so erasure and retention reach it).
    Viewing is audited."""
    from pipeline.qa.review import ReviewFacts, build_review_page, write_review_page

    actor = audit_actor(store, actor)
    row = resolve(store, ref)
    outputs = {o.purpose: o for o in stored_outputs(store, row.id)}
    if purpose not in outputs:
        raise MissingOutput(row.id, purpose, list(outputs))
    [plan_artifact] = store.artifacts(row.id, purpose, "plan")
    plan = RedactionPlan.load(store.path_of(plan_artifact))
    facts = ReviewFacts.from_plan(
        plan,
        recording_id=row.id[:12],
        session_ref=store.salted_ref("session", row.session_id or row.id)[:14],
        tenant=row.tenant or "-",
        state=row.state,
        purpose=purpose,
        policy_version=row.policy_version or "-",
        verification=outputs[purpose].verification,
    )
    in_store = output is None
    output = output or store.artifact_dir(row.id) / "review.html"
    write_review_page(output, build_review_page(plan, output_video(store, row.id, purpose), facts, progress=progress))
    if in_store:
        store.replace_artifact(row.id, "review", "page", output, row.policy_version or "")
    store.audit.append("view", recording=row.id, what="review_page", purpose=purpose, actor=actor)
    return output


def output_video(store: Store, recording_id: str, purpose: str) -> Path:
    artifacts = store.artifacts(recording_id, purpose, "video")
    if not artifacts:
        raise QaError(f"no {purpose} video stored", recording_id[:12])
    return store.path_of(artifacts[0])


def add_mask(store: Store, ref: str, box: Box, start_s: float, end_s: float, *, actor: str | None = None) -> EditResult:
    actor = audit_actor(store, actor)
    row = resolve(store, ref)
    plan = master_plan(store, row)
    fps = plan.video.fps or 1.0
    last = max(plan.video.frame_count - 1, 0)
    start, end = max(0, int(start_s * fps)), min(last, int(end_s * fps + 0.999))
    if end < start or start > last:
        raise QaError(f"the time range lies outside the recording (0 to {plan.video.duration_s:.1f} s)", row.id[:12])
    clipped = box.clip(plan.video.width, plan.video.height)
    if clipped.empty:
        raise QaError(f"the box lies outside the {plan.video.width}x{plan.video.height} frame", row.id[:12])
    track = Track(
        track_id=plan.next_track_id(),
        entity_type=MANUAL,
        score=1.0,
        source="manual",
        recognizer="qa",
        segments=[TrackSegment(start, end, clipped, start / fps, end / fps)],
    )
    plan.tracks.append(track)
    findings = _findings(store, row.id)  # before the edit verifies again
    result = _apply(store, row, plan, needs_raw=False, added=track)
    store.audit.append(
        "edit",
        recording=row.id,
        action="mask",
        track=track.track_id,
        box=clipped.to_list(),
        start_frame=start,
        end_frame=end,
        actor=actor,
    )
    fixed = [(purpose, f) for purpose, f in findings if _covers(track, f)]
    _audit_verdicts(store, row.id, REAL_LEAK_FIXED, fixed, actor, track=track.track_id)
    return replace(result, track_id=track.track_id)


def remove_track(store: Store, ref: str, track_id: int, *, actor: str | None = None) -> EditResult:
    actor = audit_actor(store, actor)
    row = resolve(store, ref)
    plan = master_plan(store, row)
    kept = [t for t in plan.tracks if t.track_id != track_id]
    if len(kept) == len(plan.tracks):
        raise QaError(f"no track {track_id} in the plan", row.id[:12])
    removed = next(t for t in plan.tracks if t.track_id == track_id)
    plan.tracks = kept
    result = _apply(store, row, plan, needs_raw=True)
    store.audit.append(
        "edit", recording=row.id, action="unmask", track=track_id, entity=removed.entity_type, actor=actor
    )
    return replace(result, track_id=track_id)


def approve(store: Store, ref: str, *, override: bool = False, actor: str | None = None) -> Recording:
    """Sign off. Blocked outputs need `override` (QA judged the findings false): recorded."""
    actor = audit_actor(store, actor)
    row = resolve(store, ref)
    if row.state not in (PROCESSED, NEEDS_REVIEW, APPROVED):
        raise QaError(f"cannot approve a recording in state {row.state}", row.id[:12])
    outputs = stored_outputs(store, row.id)
    blocked = [o.purpose for o in outputs if o.state == "blocked"]
    if blocked and not override:
        raise QaError(
            f"verification blocked {', '.join(blocked)}: re-check the findings, mask what they show, or "
            "approve with --override-verification",
            row.id[:12],
        )
    overridden = [(purpose, f) for purpose, f in _findings(store, row.id) if purpose in blocked]
    with store.catalog.session() as s:
        for o in s.scalars(select(Output).where(Output.recording_id == row.id)):
            if o.state == "blocked":
                o.state = "stored"
        rec = recording_in(s, row.id)
        rec.state, rec.reason = APPROVED, ("verification_overridden" if blocked else None)
    store.audit.append("approve", recording=row.id, override=bool(blocked), purposes=blocked, actor=actor)
    _audit_verdicts(store, row.id, FALSE_POSITIVE, overridden, actor)  # QA judged each one false
    _release_raw(store, row.id, actor)
    return store.catalog.require(row.id)


def _findings(store: Store, recording_id: str) -> list[tuple[str, Finding]]:
    """The findings of each stored output's last verification, with the output's purpose."""
    return [
        (o.purpose, f)
        for o in stored_outputs(store, recording_id)
        if o.verification
        for f in Verification.from_dict(o.verification).findings
    ]


def _covers(track: Track, finding: Finding) -> bool:
    """A mask covers a finding when it spans the finding's frame and hides most of its box, as
    verification counts it (the finding would not be reported again)."""
    return any(
        s.start_frame <= finding.frame <= s.end_frame and masked_share(finding.box, [s.box]) >= MASKED_SHARE
        for s in track.segments
    )


def _audit_verdicts(
    store: Store, recording_id: str, verdict: str, findings: list[tuple[str, Finding]], actor: str, **extra: int
) -> None:
    """One audit entry per finding QA decided on: its id, type, kind, frame, time and box (never text)."""
    for purpose, f in findings:
        store.audit.append(
            "finding",
            recording=recording_id,
            purpose=purpose,
            verdict=verdict,
            finding=finding_id(f),
            entity=f.entity_type,
            kind=finding_kind(f),
            frame=f.frame,
            time_s=round(f.time_s, 3),
            box=list(f.box.to_tuple()),
            actor=actor,
            **extra,
        )


def reject(store: Store, ref: str, note: str, *, actor: str | None = None) -> Recording:
    """The redaction is not fit to keep: outputs are withheld (no export), the raw goes."""
    actor = audit_actor(store, actor)
    row = resolve(store, ref)
    if row.state not in (PROCESSED, NEEDS_REVIEW, APPROVED):
        raise QaError(f"cannot reject a recording in state {row.state}", row.id[:12])
    with store.catalog.session() as s:
        for o in s.scalars(select(Output).where(Output.recording_id == row.id)):
            o.state = "withheld"
        rec = recording_in(s, row.id)
        rec.state, rec.note = REJECTED, note[:500]
    store.audit.append("reject", recording=row.id, actor=actor)  # the note is QA's prose: catalog only
    _release_raw(store, row.id, actor)
    return store.catalog.require(row.id)


def _release_raw(store: Store, recording_id: str, actor: str) -> None:
    """Once QA has decided, the raw is kept only as long as the policy's raw retention says."""
    with store.catalog.session() as s:
        rec = recording_in(s, recording_id)
        if rec.raw_state == "sealed" and expired(rec.raw_expires_at):
            store.vault.delete(recording_id)
            rec.raw_state = "deleted"
            store.audit.append("delete", recording=recording_id, what="raw", why="reviewed", actor=actor)


@contextmanager
def _raw_copy(store: Store, recording_id: str, tmp: Path) -> Iterator[Path | None]:
    if not store.vault.exists(recording_id):
        yield None
        return
    target = tmp / "raw.mp4"
    # checked against the id (sealed for it, hashing to it): another recording's raw copied over
    # this one's is refused (exit 6) before anything is rendered from its pixels
    store.vault.restore_to(recording_id, target)
    try:
        yield target
    finally:
        target.unlink(missing_ok=True)


def _apply(
    store: Store, row: Recording, plan: RedactionPlan, *, needs_raw: bool, added: Track | None = None
) -> EditResult:
    from pipeline.render.renderer import render

    if row.state not in (PROCESSED, NEEDS_REVIEW, APPROVED):
        raise QaError(f"cannot edit a recording in state {row.state}", row.id[:12])
    outputs = stored_outputs(store, row.id)
    owner = owner_id()
    tmp = store.tmp_dir(owner)
    try:
        with _raw_copy(store, row.id, tmp) as raw:
            if raw is None and needs_raw:
                raise QaError(
                    "the raw recording is no longer kept (policy raw retention), so a mask cannot be "
                    "removed; add masks instead",
                    row.id[:12],
                )
            renditions: list[Rendition] = []
            for output in outputs:
                entities = set(output.entities["redacted"])
                narrowed = purpose_plan(plan, entities)
                current = output_video(store, row.id, output.purpose)
                video = tmp / f"{output.purpose}{current.suffix}"
                if raw is not None:
                    render(narrowed, raw, video, style=mask_style(output.style))
                else:  # on top of what is stored: only the new box is drawn
                    if added is None:  # needs_raw is False only for an added mask
                        raise ValueError("an edit without the raw recording must add a mask")
                    on_top = replace(narrowed, tracks=[added], full_frames=[])
                    render(on_top, current, video, style=mask_style(output.style))
                rendition = Rendition(output, video, narrowed)
                assess_output(rendition)
                renditions.append(rendition)
            artifacts = publish_outputs(store, row.id, plan, renditions, tmp, row.policy_version or "")
            with store.catalog.session() as s:
                state = record(s, recording_in(s, row.id), artifacts, renditions)  # an edit needs a new sign-off
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return EditResult(row.id, state, {r.row.purpose: r.row.state for r in renditions}, from_raw=raw is not None)


def track_rows(plan: RedactionPlan) -> list[dict]:
    """Tracks for `redact show`: id, type, source, score, first and last time, boxes held."""
    rows = []
    for t in sorted(plan.tracks, key=lambda t: (t.start_frame, t.track_id)):
        first = min(t.segments, key=lambda s: s.start_frame)
        last = max(t.segments, key=lambda s: s.end_frame)
        rows.append(
            {
                "track": t.track_id,
                "type": t.entity_type,
                "source": t.source,
                "score": round(t.score, 2),
                "from_s": round(first.start_s, 2),
                "to_s": round(last.end_s, 2),
                "segments": len(t.segments),
                "box": first.box.to_list(),
            }
        )
    return rows
