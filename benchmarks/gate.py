"""The verification gate measured both ways, on recordings with ground truth.

    python benchmarks/gate.py FOLDER [--out DIR] [--max-plants N] [--seed S] [--purpose qa_review]

FOLDER holds `NAME.mp4` + `NAME.json` ground truth (the `redact eval` format; default:
benchmarks/work/gate/clips, made of links to /work/corpus and /work/shared/recordings). Each
recording is redacted once, as ingest does (the policy's entities, the purpose's plan, the
values the analysis saw kept for verification), then:

- *false blocks*: outputs that the independent check of `redact eval` (whole-frame sparse-text
  Tesseract against the ground truth, redact/evaluate.py) finds no value in, but the gate
  (redact/verify.py) blocks. Goal: at most 1 in 10 of the clean outputs.
- *missed leaks*: the plan is rendered again with one track removed (every track in turn, at
  most --max-plants per recording, drawn deterministically) and that output verified. A plant
  is caught when a finding lies on the removed track (a frame it spans or the one after, a box
  that meets its box there); otherwise it is missed. Whether the plant exposed a ground-truth
  value is read with the same independent reader (the track's crops, planted output against
  the redacted one): misses of such confirmed leaks are the figure that must be 0.

Analysis runs once per recording; each plant costs one render and one verification. Findings are
printed by type, reason, time and box, never text (values by type and hash, as `redact eval`).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.analysis.values import SeenValues  # noqa: E402 - after the path set-up above
from pipeline.core.plan import RedactionPlan, iter_frame_masks  # noqa: E402
from pipeline.core.text import normalise  # noqa: E402
from pipeline.core.types import Box, Track  # noqa: E402
from pipeline.media.frames import iter_frames  # noqa: E402
from pipeline.media.probe import probe  # noqa: E402
from pipeline.redact.controller import RedactRequest, redact_file  # noqa: E402
from pipeline.redact.evaluate import IndependentReader, Truth, check_output, find_clips, value_id  # noqa: E402
from pipeline.redact.findings import block_reasons, merge, reasons_text  # noqa: E402
from pipeline.redact.verify import Finding, Verification, verify_output  # noqa: E402
from pipeline.render.renderer import render  # noqa: E402
from pipeline.store import engines  # noqa: E402
from pipeline.store.policy import Decision, entities_to_find, load_policy  # noqa: E402
from pipeline.store.publish import purpose_plan  # noqa: E402

WORK = ROOT / "benchmarks" / "work" / "gate"
SOURCES = (Path("/work/corpus"), Path("/work/shared/recordings"))
FALSE_BLOCK_GOAL = 0.1
NEAR_PX = 8  # a finding this close to the removed track's box is about it (the detector pads)
CROP_PAD_H = 1.0  # crop around a track's box for the independent reader, in box heights
CROP_PAD_W_PX = 160  # and pixels sideways: a value's label or its rest may lie beside the box
PLANT_READS = 3  # frames of each removed track read by the independent reader
SHOW_FINDINGS = 12  # findings printed per recording (the summary counts them all by reason)
HIDDEN_SHARE = 0.95  # a removed track's box this much under the other masks on its frames read exposes nothing
NAME_WORD_SHOWN = 4  # letters of a value's word that, read alone, show a part of it (a surname)
CUT_REST_SHOWN = 5  # letters of a value's word read as a word of its own beside a blur ("<blur>nnimore")
SHOWN_WORD_MIN = 3  # letters or digits of a word of the source, under a plant's box, that counts as shown
_TOKEN = re.compile(r"\w+")


@dataclass(slots=True)
class Plant:
    track: Track
    verification: Verification
    about: list[Finding]  # findings on the removed track
    exposed: list[tuple[str, str]]  # ground-truth values (type, hash) readable only without the track
    hidden: bool = False  # no word under the track's box reads in the planted output: nothing was planted
    partly: list[tuple[str, str]] = field(default_factory=list)  # values of which a word only reads so

    @property
    def caught(self) -> bool:
        return bool(self.about)


@dataclass(slots=True)
class Clip:
    name: str
    verification: Verification
    leaks: list[tuple[str, str, float]]
    tracks: int
    seconds: float
    plants: list[Plant] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """No ground-truth value readable in the output (the independent check)."""
        return not self.leaks


def default_folder() -> Path:
    """Links to the corpus and the shared recordings (video + ground truth only: the corpus's
    NAME.boxes.json is no ground truth)."""
    folder = WORK / "clips"
    folder.mkdir(parents=True, exist_ok=True)
    for source in SOURCES:
        for truth in sorted(source.glob("*.json")) if source.is_dir() else []:
            video = truth.with_suffix(".mp4")
            if truth.name.endswith(".boxes.json") or not video.exists():
                continue
            for path in (video, truth):
                link = folder / path.name
                if not link.is_symlink():
                    link.symlink_to(path)
    return folder


def finding_line(f: Finding) -> str:
    return f"{f.entity_type} ({f.reason}) at {f.time_s:.1f}s frame {f.frame} box {','.join(map(str, f.box.to_tuple()))}"


def boxes_at(track: Track, frame: int) -> list[Box]:
    """The removed track's boxes at `frame`, or at its last frame for the frame after it."""
    boxes = [s.box for s in track.segments if s.start_frame <= frame <= s.end_frame]
    if not boxes and frame == track.end_frame + 1:
        boxes = [s.box for s in track.segments if s.end_frame == track.end_frame]
    return boxes


def findings_about(track: Track, verification: Verification) -> list[Finding]:
    return [f for f in verification.findings if any(f.box.intersects(b.pad(NEAR_PX)) for b in boxes_at(track, f.frame))]


def plant_frames(track: Track) -> list[int]:
    """Frames of the track to read: spread over its span, first and last included."""
    first, last = track.start_frame, track.end_frame
    count = min(PLANT_READS, last - first + 1)
    if count <= 1:
        return [first]
    return sorted({first + round(i * (last - first) / (count - 1)) for i in range(count)})


def still_masked(plan: RedactionPlan, track: Track) -> bool:
    """Whether the removed track's box lies under the planted `plan`'s other masks (or a frame
    masked whole) on each of its frames read (`plant_frames`): the plant exposes nothing, and no
    finding on it is to be had (mail_compose: a body line's short box inside two longer ones)."""
    frames = set(plant_frames(track))
    for masks in iter_frame_masks(plan):
        if masks.index not in frames or masks.whole_frame:
            continue
        for box in boxes_at(track, masks.index):
            if box.empty:
                continue
            hidden = np.zeros((box.h, box.w), bool)
            for m in masks.boxes:
                x1, y1, x2, y2 = max(m.x, box.x), max(m.y, box.y), min(m.x2, box.x2), min(m.y2, box.y2)
                if x1 < x2 and y1 < y2:
                    hidden[y1 - box.y : y2 - box.y, x1 - box.x : x2 - box.x] = True
            if hidden.mean() < HIDDEN_SHARE:
                return False
    return True


def _crop_words(reader: IndependentReader, video: Path, track: Track, pad: bool) -> list[set[str]]:
    """The words (normalised, `SHOWN_WORD_MIN` letters or digits at least) the independent reader
    reads at the track's boxes on its frames read (`plant_frames`), one set per box; padded
    (`pad`) as `exposed_values` crops, or at the box as drawn."""
    frames = plant_frames(track)
    info = probe(video)
    found = []
    for frame in iter_frames(video, info, only=set(frames)):
        if frame.image is None or frame.index not in frames:
            continue
        for box in boxes_at(track, frame.index):
            crop = box.pad(CROP_PAD_W_PX, max(8, round(CROP_PAD_H * box.h))) if pad else box
            crop = crop.clip(info.width, info.height)
            words: set[str] = set()
            if not crop.empty:
                text = reader.read(frame.image[crop.y : crop.y2, crop.x : crop.x2])
                words = {k for k in (normalise(t) for t in _TOKEN.findall(text)) if len(k) >= SHOWN_WORD_MIN}
            found.append(words)
    return found


def shown_words(reader: IndependentReader, source: Path, redacted: Path, planted: Path, track: Track) -> int:
    """How many words the source shows under the removed (or cut) track's box read in the planted
    output around it and not in the redacted one: 0 where the plant exposes nothing (the other
    tracks' masks still cover what the box held). Stricter than a share of the box's area
    (`still_masked`): a box 96 % under a longer track's mask may leave a word readable in the
    rest, and one 85 % under a duplicate's leaves a strip with no text (helpdesk_ticket's phone).
    A word read beside the blur that is the rest of one the source shows counts (`CUT_REST_SHOWN`
    letters at least: "<blur>nnimore")."""
    under = _crop_words(reader, source, track, pad=False)
    before = _crop_words(reader, redacted, track, pad=True)
    after = _crop_words(reader, planted, track, pad=True)
    shown = 0
    for u, b, a in zip(under, before, after, strict=False):
        shown += sum(1 for w in a - b if w in u or rest_of(w, u))
    return shown


def rest_of(read: str, words: set[str]) -> bool:
    """Whether a word read beside a blur is the rest of one of `words` that the blur cut: at least
    `CUT_REST_SHOWN` of its letters or digits, with or without one character at either end (the
    blur's edge read as a letter or digit glued to it: "2ennimore")."""
    for rest in {read, read[1:], read[:-1]}:
        if len(rest) >= CUT_REST_SHOWN and any(rest in word for word in words):
            return True
    return False


def cut_short(track: Track, share: float) -> Track:
    """`track` with each box cut to its first `share` of its width: a box that ends inside its
    value, the rest of the value shown beside it."""
    segments = [replace(s, box=Box(s.box.x, s.box.y, max(1, round(s.box.w * share)), s.box.h)) for s in track.segments]
    return replace(track, segments=segments)


def value_words(value: str) -> set[str]:
    return {k for k in (normalise(t) for t in _TOKEN.findall(value)) if len(k) >= NAME_WORD_SHOWN}


def exposed_values(
    truth: Truth, reader: IndependentReader, redacted: Path, planted: Path, track: Track
) -> list[tuple[str, str]]:
    """Ground-truth values the independent reader finds around the track in the planted output
    and not at the same place in the redacted one."""
    frames = plant_frames(track)
    texts: dict[Path, list[str]] = {}
    for video in (redacted, planted):
        info = probe(video)
        texts[video] = []
        for frame in iter_frames(video, info, only=set(frames)):
            if frame.image is None or frame.index not in frames:
                continue
            for box in boxes_at(track, frame.index):
                crop = box.pad(CROP_PAD_W_PX, max(8, round(CROP_PAD_H * box.h))).clip(info.width, info.height)
                if not crop.empty:
                    image = frame.image[crop.y : crop.y2, crop.x : crop.x2]
                    texts[video].append(normalise(reader.read(image)))
    before, after = " ".join(texts[redacted]), " ".join(texts[planted])
    found = []
    for value, kind, _ in truth.pii:
        key = normalise(value)
        if key in after and key not in before:
            found.append((kind, value_id(value)))
    return found


def partly_exposed(
    truth: Truth, reader: IndependentReader, redacted: Path, planted: Path, track: Track
) -> list[tuple[str, str]]:
    """Ground-truth values a word of which (`NAME_WORD_SHOWN` letters or digits at least: a
    surname, a street's name), or the rest of one a blur cut (`CUT_REST_SHOWN`), the independent
    reader reads around the track in the planted output and not in the redacted one: a part of
    the value shown (a box cut short)."""
    before = set().union(*_crop_words(reader, redacted, track, pad=True))
    after = set().union(*_crop_words(reader, planted, track, pad=True)) - before
    found = []
    for value, kind, _ in truth.pii:
        words = value_words(value)
        if words & after or any(rest_of(w, words) for w in after):
            found.append((kind, value_id(value)))
    return found


def pick_plants(plan: RedactionPlan, name: str, cap: int, seed: int) -> list[Track]:
    tracks = sorted((t for t in plan.tracks if t.segments), key=lambda t: t.track_id)
    if len(tracks) <= cap:
        return tracks
    return sorted(random.Random(f"{seed}:{name}").sample(tracks, cap), key=lambda t: t.track_id)


def measure(truth: Truth, out: Path, args, reader: IndependentReader) -> Clip:
    policy = load_policy(args.policy)
    rule = policy.purposes[args.purpose]
    # as ingest: the analysis finds the union over the purposes (less what it reports itself)
    decision = Decision(policy.version, True, None, tuple(policy.purposes.values()), policy.raw_retention_days)
    analysed = tuple(sorted(entities_to_find(decision)))
    checked = tuple(sorted(rule.entities & set(analysed)))
    base_video, base_plan = out / f"{truth.name}.base.mp4", out / f"{truth.name}.plan.json"
    started = time.perf_counter()
    seen = SeenValues()
    request = RedactRequest(input=truth.video, output=base_video, plan=base_plan, style=rule.style, entities=analysed)
    result = redact_file(request, detector=engines.detector(analysed), values=seen)
    seconds = time.perf_counter() - started
    plan = purpose_plan(result.plan, rule.entities)
    video = base_video
    if len(plan.tracks) != len(result.plan.tracks):  # as ingest: one render per differing purpose
        video = out / f"{truth.name}.{args.purpose}.mp4"
        render(plan, truth.video, video, style=rule.style)

    def verify(path: Path, p: RedactionPlan) -> Verification:
        return verify_output(
            path, p, engines.detector(checked), engines.ocr_engine(), checked, every_s=args.every, seen=seen
        )

    verification = verify(video, plan)
    report = check_output(truth, truth.video, video, plan, seconds)
    clip = Clip(truth.name, verification, report.leaks, len(plan.tracks), seconds)
    print(
        f"{truth.name}: {len(plan.tracks)} tracks; gate {verification.summary()}; "
        f"independent check: {len(report.leaks)} leaks in {report.frames_checked} frames",
        flush=True,
    )
    for f in verification.findings[:SHOW_FINDINGS]:
        print(f"    finding: {finding_line(f)}", flush=True)
    if len(verification.findings) > SHOW_FINDINGS:
        print(f"    ... and {len(verification.findings) - SHOW_FINDINGS} more findings", flush=True)
    for track in pick_plants(plan, truth.name, args.max_plants, args.seed):
        rest = [t for t in plan.tracks if t.track_id != track.track_id]
        if args.cut:  # a box cut short: the track's boxes cover only the first part of each
            rest.append(cut_short(track, args.cut))
        planted_plan = replace(plan, tracks=rest)
        planted = out / f"{truth.name}.plant{track.track_id}.mp4"
        render(planted_plan, truth.video, planted, style=rule.style)
        result_v = verify(planted, planted_plan)
        exposed = exposed_values(truth, reader, video, planted, track)
        plant = Plant(
            track,
            result_v,
            findings_about(track, result_v),
            exposed,
            shown_words(reader, truth.video, video, planted, track) == 0,
            [v for v in partly_exposed(truth, reader, video, planted, track) if v not in exposed],
        )
        clip.plants.append(plant)
        planted.unlink(missing_ok=True)
        exposed = ", ".join(
            [f"{k}#{h}" for k, h in plant.exposed] + [f"{k}#{h} (a word of it)" for k, h in plant.partly]
        )
        exposed = exposed or "no ground-truth value"
        print(
            f"  plant: track {track.track_id} {track.entity_type} frames {track.start_frame}-{track.end_frame}: "
            f"{'caught' if plant.caught else 'MISSED'}{' (nothing under it reads)' if plant.hidden else ''} "
            f"({len(plant.about)} findings on it; gate "
            f"{'clean' if result_v.clean else 'blocked'}); exposes {exposed}",
            flush=True,
        )
    return clip


def ratio(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.0%})" if d else f"{n}/0"


def report(clips: list[Clip]) -> None:
    clean = [c for c in clips if c.clean]
    false_blocks = [c for c in clean if not c.verification.clean]
    leaky = [c for c in clips if not c.clean]
    missed_real = [c for c in leaky if c.verification.clean]
    plants = [p for c in clips for p in c.plants]
    confirmed = [p for p in plants if p.exposed or p.partly]
    print()
    print(f"recordings: {len(clips)}; clean by the independent check: {len(clean)}; with a real leak: {len(leaky)}")
    goal = "met" if len(false_blocks) <= FALSE_BLOCK_GOAL * len(clean) else "NOT met"
    print(f"false blocks: {ratio(len(false_blocks), len(clean))} of clean outputs (goal <= 1 in 10: {goal})")
    print(f"real leaks passed by the gate: {ratio(len(missed_real), len(leaky))} of leaking outputs")
    missed = [p for p in plants if not p.caught]
    missed_confirmed = [p for p in confirmed if not p.caught]
    passed = [p for p in plants if p.verification.clean]
    hidden = [p for p in missed if p.hidden]
    print(f"missed planted leaks: {ratio(len(missed), len(plants))} of plants (nothing reported on the track)")
    print(f"  of them exposing nothing (no word under the track reads): {ratio(len(hidden), len(missed))}")
    share = ratio(len(missed_confirmed), len(confirmed))
    print(f"  of plants exposing a ground-truth value or a word of one: {share} missed (goal 0)")
    print(f"  outputs with a plant that the gate passed clean: {ratio(len(passed), len(plants))}")
    if missed:
        print("missed plants:")
        for c in clips:
            for p in c.plants:
                if not p.caught:
                    t = p.track
                    print(
                        f"  {c.name}: track {t.track_id} {t.entity_type} frames {t.start_frame}-{t.end_frame}"
                        f"{' (exposes ' + str(len(p.exposed)) + ' value)' if p.exposed else ''}"
                        f"{' (exposes a word of ' + str(len(p.partly)) + ' value)' if p.partly else ''}"
                        f"{' (nothing under it reads)' if p.hidden else ''}"
                    )
    print("false-block reasons:" if false_blocks else "false-block reasons: none")
    for c in false_blocks:
        print(f"  {c.name}: {reasons_text(block_reasons(c.verification), top=12)}")
    if false_blocks:
        print(f"  all: {reasons_text(merge(block_reasons(c.verification) for c in false_blocks), top=12)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="NAME.mp4 + NAME.json clips (default: corpus links)")
    parser.add_argument("--out", type=Path, default=WORK / "out")
    parser.add_argument("--only", nargs="*", help="clip names to run (default: all)")
    parser.add_argument("--max-plants", type=int, default=4, help="tracks removed per recording, at most")
    parser.add_argument("--seed", type=int, default=0, help="draws the plants when a recording has more tracks")
    parser.add_argument(
        "--cut",
        type=float,
        default=0.0,
        help="plant a box cut short: keep this share of each box of the track (from its left) instead of removing it",
    )
    parser.add_argument("--purpose", default="qa_review")
    parser.add_argument("--policy", type=Path, default=None, help="policy file (default: models/policy.yaml)")
    parser.add_argument("--every", type=float, default=2.0, help="verification's sampling step in seconds (ingest's)")
    args = parser.parse_args(argv)
    folder = args.folder or default_folder()
    args.out.mkdir(parents=True, exist_ok=True)
    truths = find_clips(folder)
    if args.only:  # in the order given
        truths = [t for name in args.only for t in truths if t.name == name]
    reader = IndependentReader()
    started = time.perf_counter()
    clips = [measure(truth, args.out, args, reader) for truth in truths]
    report(clips)
    print(f"({time.perf_counter() - started:.0f} s for {len(clips)} recordings)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
