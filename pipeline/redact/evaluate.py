"""Quality harness: redact clips that have ground truth, read input and output again with an
OCR path independent of the pipeline's own (whole-frame sparse-text Tesseract, not our line
finder), and report what leaked, what stayed readable and how fast it ran.

Ground truth is the samples/ format: `pii` (value, type, first_shown_s, optional
`scored: false`) and `keep` (innocent strings that must stay readable). Reports name values by
type and a short hash, never by their text.

Units: a value counts once per clip ("values readable in input", "values leaked": distinct
values), and a leak is also listed per checked frame where it was readable (sightings), so the
two never mix. The tables over clips and types are in redact/scorecard.py.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NamedTuple

import cv2
import numpy as np

from pipeline.analysis.changes import to_grey
from pipeline.analysis.ocr import _tessdata_dir
from pipeline.core.errors import InputError
from pipeline.core.files import sha256_file, write_text_atomic
from pipeline.core.plan import FrameMasks, RedactionPlan, iter_frame_masks
from pipeline.core.text import normalise
from pipeline.core.types import Box, VideoInfo
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe

MIN_SCORED_CHARS = 4
Redactor = Callable[[Path, Path, Path], tuple[RedactionPlan, float]]  # (input, output, plan) -> plan, seconds
READER_VERSION = "psm11-x2-inv-value-places"  # names saved input reads: change it when IndependentReader changes


def value_id(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:8]


@dataclass(frozen=True, slots=True)
class Truth:
    name: str
    video: Path
    pii: tuple[tuple[str, str, float], ...]  # (value, type, first_shown_s), scored ones only
    keep: tuple[str, ...]
    path: Path  # the ground-truth file

    @classmethod
    def load(cls, path: Path) -> Truth:
        try:
            data = json.loads(path.read_text())
            video = path.with_name(data.get("file") or f"{path.stem}.mp4")
            pii = tuple(
                (str(p["value"]), str(p["type"]), float(p.get("first_shown_s", 0.0)))
                for p in data["pii"]
                if p.get("scored", True) and len(normalise(str(p["value"]))) >= MIN_SCORED_CHARS
            )
            keep = tuple(str(k) for k in data.get("keep", []) if len(normalise(str(k))) >= MIN_SCORED_CHARS)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"not a ground-truth file ({type(exc).__name__})", path) from None
        return cls(str(data.get("name", path.stem)), video, pii, keep, path)


class IndependentReader:
    """Whole-frame OCR for checking outputs: psm 11 (sparse text) on a 2x upscale, plus an
    inverted pass when much of the frame is dark (terminals, dark mode), plus a pass over the
    brightest channel where colour carries contrast that luma does not (see `_passes`)."""

    def __init__(self) -> None:
        import tesserocr

        self._api = tesserocr.PyTessBaseAPI(path=_tessdata_dir(), lang="eng", psm=tesserocr.PSM.SPARSE_TEXT)

    def read(self, image_bgr: np.ndarray) -> str:
        from PIL import Image

        texts = []
        for image in _passes(image_bgr):
            self._api.SetImage(Image.fromarray(image))
            texts.append(self._api.GetUTF8Text())
        return "\n".join(texts)

    def words(self, image_bgr: np.ndarray) -> list[tuple[str, Box]]:
        """The words of the same reading, each with its box in the frame (the 2x undone)."""
        import tesserocr
        from PIL import Image

        words: list[tuple[str, Box]] = []
        level = tesserocr.RIL.WORD
        for image in _passes(image_bgr):
            self._api.SetImage(Image.fromarray(image))
            self._api.Recognize()
            found = self._api.GetIterator()
            while found is not None:
                text, corners = found.GetUTF8Text(level), found.BoundingBox(level)
                if text and corners:
                    x1, y1, x2, y2 = corners
                    words.append((text, Box.from_corners(x1 // 2, y1 // 2, (x2 + 1) // 2, (y2 + 1) // 2)))
                if not found.Next(level):
                    break
        return words


DARK_LEVEL, DARK_SHARE = 100, 0.15  # a frame with this share of its pixels under this level is dark
# A pixel whose brightest channel outshines its luma by this much is saturated (ANSI red
# #cd0000: 144 over its luma of 61; blue #0000ee: 211): on a dark ground its luma is within
# 30 grey levels of the ground's, which luma's reading misses and a person reads at once. From
# SATURATED_SHARE of the frame such pixels on, the brightest channel is read as well.
SATURATED_EXCESS = 60
SATURATED_SHARE = 0.0005


def _passes(image_bgr: np.ndarray) -> list[np.ndarray]:
    """The images a reading reads, at 2x: luma; luma inverted when much of the frame is dark;
    and on such a frame, where saturated colour shows, the brightest channel of each pixel
    (HSV's value) inverted. Saturated text on a dark ground (`git diff`'s removed runs, `ls
    --color`'s directories, a red badge's text in a dark theme) is bright in it, as a person
    sees it; on a light ground luma already shows such text dark."""
    grey = to_grey(image_bgr)
    large = _twice(grey)
    if float((large < DARK_LEVEL).mean()) <= DARK_SHARE:
        return [large]
    passes = [large, 255 - large]
    value = image_bgr.max(axis=2)
    if float((cv2.subtract(value, grey) >= SATURATED_EXCESS).mean()) >= SATURATED_SHARE:
        passes.append(255 - _twice(value))
    return passes


def _twice(image: np.ndarray) -> np.ndarray:
    return cv2.resize(image, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)


# Values that are one token (a password, a key, an account or card number): a piece of one is a
# leak too. Half the value (at least PIECE_MIN characters) readable in the output counts as
# "partly leaked"; names and addresses are left out (their words are common words).
PIECE_TYPES = frozenset(
    {"PASSWORD", "SECRET", "API_KEY", "IBAN_CODE", "CREDIT_CARD", "US_SSN", "UK_NINO", "ACCOUNT_NUMBER"}
)
PIECE_MIN = 6


def readable_piece(value: str, text: str) -> bool:
    """Half of `value` (spaces ignored, at least PIECE_MIN characters) appears in `text`, which
    the caller has normalised like the value."""
    compact, haystack = value.replace(" ", ""), text.replace(" ", "")
    size = max(PIECE_MIN, (len(compact) + 1) // 2)
    if len(compact) <= size:
        return False  # a short value leaks whole or not at all
    return any(compact[i : i + size] in haystack for i in range(len(compact) - size + 1))


class Leak(NamedTuple):
    """A value readable in a checked output frame where the input showed it too."""

    kind: str
    value_id: str
    time_s: float


@dataclass(slots=True)
class ClipReport:
    name: str
    duration_s: float
    seconds: float
    readable: dict[str, str] = field(default_factory=dict)  # value id -> type, readable in some input frame
    leaks: list[Leak] = field(default_factory=list)  # one per checked frame that shows a value
    keep_in_input: int = 0
    keep_in_output: int = 0
    keep_lost: list[str] = field(default_factory=list)  # ids of innocent strings readable in input only
    # ids of innocent strings readable in input only that an output rendered with no mask does
    # not show either: lost to the output's encode (6-8 px text encoded once more), not counted
    keep_unmasked: list[str] = field(default_factory=list)
    # why each string of keep_lost was lost: UNDER_A_MASK (a mask overlaps or touches it in a
    # checked frame where the output lost it: ours to look at), UNDER_NO_MASK (none does in any
    # of them: the scorer's whole-frame reading, or the encode around a mask nearby), or
    # NOT_LOCATED (the reading's words did not give its place)
    keep_lost_reasons: dict[str, str] = field(default_factory=dict)
    masked_share: float = 0.0
    frames_checked: int = 0
    partial: list[Leak] = field(default_factory=list)  # a piece of a token value shown (PIECE_TYPES)

    @property
    def values_in_input(self) -> int:
        return len(self.readable)

    @property
    def leaked(self) -> dict[str, str]:
        """value id -> type of the distinct values that leaked."""
        return {leak.value_id: leak.kind for leak in self.leaks}

    @property
    def partly_leaked(self) -> dict[str, str]:
        """value id -> type of the token values a piece of which leaked (not the whole value)."""
        whole = self.leaked
        return {leak.value_id: leak.kind for leak in self.partial if leak.value_id not in whole}

    @property
    def realtime(self) -> float:
        return self.duration_s / self.seconds if self.seconds else 0.0

    @property
    def utility(self) -> float:
        return self.keep_in_output / self.keep_in_input if self.keep_in_input else 1.0

    @property
    def keep_lost_under_no_mask(self) -> int:
        return sum(reason == UNDER_NO_MASK for reason in self.keep_lost_reasons.values())

    def line(self) -> str:
        shown = ", ".join(f"{kind}#{vid}" for vid, kind in list(self.leaked.items())[:6]) or "none"
        speed = f"{self.realtime:.2f}x real time" if self.seconds else "speed not known"
        return (
            f"{self.name}: values readable in input {self.values_in_input}, values leaked {len(self.leaked)} "
            f"({shown}; {len(self.leaks)} frame sightings); "
            + (f"partly leaked {len(self.partly_leaked)}; " if self.partly_leaked else "")
            + f"utility {self.keep_in_output}/{self.keep_in_input} ({self.utility:.0%}); "
            f"masked {self.masked_share:.1%} of area; {speed}; {self.frames_checked} frames checked"
        )


class InputReads:
    """Where the independent OCR found each ground-truth string in each checked input frame (the
    boxes of its words), kept in a JSON file named by the input's sha256 and the ground truth's:
    scoring another output of the same input (another version, a re-run) reads only the output
    again. Holds value hashes and boxes, never text."""

    def __init__(self, folder: Path | None, video: Path, truth: Truth) -> None:
        strings = sorted({*(value for value, _, _ in truth.pii), *truth.keep})
        self._keys = {value_id(text): text for text in strings}
        digest = value_id("\n".join([READER_VERSION, *strings]))
        self._path = folder / f"{sha256_file(video)[:16]}-{digest}.json" if folder is not None else None
        self._found: dict[str, dict[str, list[Box]]] = {}
        if self._path is not None and self._path.exists():
            try:
                self._found = {
                    str(k): {str(vid): [Box.from_list(b) for b in boxes] for vid, boxes in v.items()}
                    for k, v in json.loads(self._path.read_text()).items()
                }
            except (OSError, ValueError, AttributeError, TypeError):
                self._found = {}  # a damaged file is read again
        self._dirty = False

    def found(self, index: int, read: Callable[[], list[tuple[str, Box]]]) -> dict[str, list[Box]]:
        """Ids of the ground-truth strings readable in input frame `index`, each with its places
        (`read` OCRs the frame into words)."""
        key = str(index)
        if key not in self._found:
            words = read()
            text = normalise("".join(word for word, _ in words))
            self._found[key] = {
                vid: locate(string, words) for vid, string in self._keys.items() if normalise(string) in text
            }
            self._dirty = True
        return self._found[key]

    def save(self) -> None:
        if self._path is not None and self._dirty:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            found = {k: {vid: [b.to_list() for b in boxes] for vid, boxes in v.items()} for k, v in self._found.items()}
            write_text_atomic(self._path, json.dumps(found))


# The second look: a string the whole-frame reading of the output misses is read again in a crop
# of the output around each place where the input showed it, unless a mask covers that place.
# Tesseract's page segmentation of a whole frame moves with what is blurred elsewhere in it, so
# a line left untouched beside a mask can drop out of the reading while a person reads it at
# once (a terminal's "Active: failed" line beside a masked prompt); a crop of the line alone
# reads as a person does. It counts both ways: a value read so is a leak, innocent text kept.
# The crops' margins around the place, in the place's heights (at least LOOK_MIN_PX high), above
# and below, twice that to the sides: a crop of text 8 px high read with 4 px around misreads a
# digit that 6 px or 12 px around read right, so each place is read with two margins.
LOOK_MARGINS, LOOK_MIN_PX = (1, 2), 6
# A place masked over this share of its pixels cannot show the whole string: not looked at again
# (most values of a redacted frame, some under two boxes of one value).
LOOK_COVERED = 0.5


def read_in_place(
    reader: IndependentReader, image: np.ndarray, text: str, places: Iterable[Box], masks: FrameMasks
) -> bool:
    """Whether `text` reads in `image` at one of `places`, each read in a crop of its own."""
    if masks.whole_frame:
        return False
    height, width = image.shape[:2]
    wanted = normalise(text)
    for place in set(places):
        if _covered_share(place, masks.boxes) >= LOOK_COVERED:
            continue
        for share in LOOK_MARGINS:
            margin = max(LOOK_MIN_PX, place.h) * share
            crop = place.pad(2 * margin, margin).clip(width, height)
            if not crop.empty and wanted in normalise(reader.read(image[crop.y : crop.y2, crop.x : crop.x2])):
                return True
    return False


def sample_indices(frame_count: int, fps: float, truth: Truth, per_second: float) -> list[int]:
    """Regular samples plus frames just after each value is first fully shown."""
    step = max(1, int(round(fps / per_second))) if per_second > 0 else frame_count
    chosen = set(range(0, frame_count, step)) | {frame_count - 1}
    for _, _, shown in truth.pii:
        for delay in (0.2, 0.6):
            chosen.add(min(frame_count - 1, int((shown + delay) * fps)))
    return sorted(i for i in chosen if 0 <= i < frame_count)


def check_output(
    truth: Truth,
    input_path: Path,
    output_path: Path,
    plan: RedactionPlan,
    seconds: float,
    per_second: float = 1.0,
    reads_dir: Path | None = None,
) -> ClipReport:
    """Score one output. `reads_dir` keeps the input's reads for the next scoring of it."""
    info = probe(input_path)
    report = ClipReport(truth.name, info.duration_s, seconds)
    wanted = set(sample_indices(info.frame_count, info.fps or 1.0, truth, per_second))
    reader = IndependentReader()
    reads = InputReads(reads_dir, input_path, truth)
    keep_in: set[str] = set()
    keep_out: set[str] = set()
    shown_at: dict[str, list[int]] = {}  # an innocent string -> checked frames where only the input showed it
    places_at: dict[int, dict[str, list[Box]]] = {}  # where the input showed those strings
    masks_at: dict[int, FrameMasks] = {}  # the plan's masks in those frames
    area = float(info.width * info.height)
    shares = []
    frames = zip(iter_frames(input_path, info), iter_frames(output_path, probe(output_path)), iter_frame_masks(plan))
    for src, out, masks in frames:
        if src.index not in wanted or src.image is None or out.image is None:
            continue
        report.frames_checked += 1
        shown = reads.found(src.index, partial(reader.words, src.image))
        text_out = normalise(reader.read(out.image))
        readable = partial(_in_output, reader, text_out, out.image, shown, masks)
        for value, kind, _ in truth.pii:
            if value_id(value) in shown:
                report.readable[value_id(value)] = kind
                if readable(value):
                    report.leaks.append(Leak(kind, value_id(value), src.pts_s))
                elif kind in PIECE_TYPES and readable_piece(normalise(value), text_out):
                    report.partial.append(Leak(kind, value_id(value), src.pts_s))
        for keep in truth.keep:
            if value_id(keep) in shown:
                keep_in.add(keep)
                if readable(keep):
                    keep_out.add(keep)
                else:
                    shown_at.setdefault(keep, []).append(src.index)
                    places_at[src.index], masks_at[src.index] = shown, masks
        shares.append(_masked_share(masks.boxes, masks.whole_frame, info.width, info.height, area))
    reads.save()
    lost = keep_in - keep_out
    unmasked = _lost_unmasked(input_path, info, reader, {k: shown_at[k] for k in lost}) if lost else set()
    report.keep_in_input, report.keep_in_output = len(keep_in - unmasked), len(keep_out)
    report.keep_lost = sorted(value_id(k) for k in lost - unmasked)
    report.keep_unmasked = sorted(value_id(k) for k in unmasked)
    counted = {k: shown_at[k] for k in lost - unmasked}
    if counted:
        reasons = _lost_reasons(counted, places_at, masks_at)
        report.keep_lost_reasons = {value_id(k): reasons[k] for k in sorted(counted, key=value_id)}
    report.masked_share = float(np.mean(shares)) if shares else 0.0
    return report


def _covered_share(place: Box, masks: Iterable[Box]) -> float:
    """The share of `place`'s pixels under one of `masks`."""
    if place.empty:
        return 1.0
    under = np.zeros((place.h, place.w), dtype=bool)
    for mask in masks:
        part = place.intersection(mask)
        if not part.empty:
            under[part.y - place.y : part.y2 - place.y, part.x - place.x : part.x2 - place.x] = True
    return float(under.mean())


def _in_output(
    reader: IndependentReader,
    text_out: str,
    image: np.ndarray,
    places: dict[str, list[Box]],
    masks: FrameMasks,
    string: str,
) -> bool:
    """Whether the output frame `image` (whose whole reading is `text_out`) shows `string`, which
    the input showed at `places[its id]`: in the whole reading, or at a second look."""
    return normalise(string) in text_out or read_in_place(reader, image, string, places[value_id(string)], masks)


def _lost_unmasked(video: Path, info: VideoInfo, reader: IndependentReader, lost: dict[str, list[int]]) -> set[str]:
    """The innocent strings of `lost` (each with the checked frames where the input showed it
    and the output did not) that the input rendered with no mask at all, through the same
    encoder, shows in none of those frames either: the output's own encode
    made them unreadable (text of 6-8 px in a scaled-down copy, encoded once more), not a mask.
    Costs a render of the input and a reading of those frames, only when something was lost."""
    from pipeline.render.renderer import render

    if info.is_image:
        return set()  # an image is written without loss
    wanted: dict[int, list[str]] = {}
    for keep, frames in lost.items():
        for index in frames:
            wanted.setdefault(index, []).append(keep)
    shown: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="eval-unmasked-") as folder:
        unmasked = Path(folder) / "unmasked.mp4"
        render(RedactionPlan(video=info), video, unmasked)
        for frame in iter_frames(unmasked, probe(unmasked)):
            if frame.index in wanted and frame.image is not None:
                text = normalise(reader.read(frame.image))
                shown.update(keep for keep in wanted[frame.index] if normalise(keep) in text)
            if frame.index >= max(wanted):
                break
    return set(lost) - shown


UNDER_A_MASK, UNDER_NO_MASK, NOT_LOCATED = "under a mask", "under no mask", "not located"
TOUCH_PX = 2  # a mask this close to a lost string's box touches it (its blur reaches the letters)


def _lost_reasons(
    lost: dict[str, list[int]], places: dict[int, dict[str, list[Box]]], masks: dict[int, FrameMasks]
) -> dict[str, str]:
    """For each innocent string of `lost` (with the checked frames where the input showed it and
    the output did not), whether a mask of the plan overlaps or touches its place in any of those
    frames: its place is where the input's reading showed it. A string lost under no mask is lost
    to the encode around a mask near it or to a reading that even a crop of the line alone did
    not help (see `read_in_place`), not to a mask over it."""
    reasons: dict[str, str] = {}
    for keep, frames in lost.items():
        for index in frames:
            spots, mask = places[index].get(value_id(keep), []), masks[index]
            if not spots:
                continue
            if mask.whole_frame or any(p.pad(TOUCH_PX).intersects(m) for p in spots for m in mask.boxes):
                reasons[keep] = UNDER_A_MASK
            elif reasons.get(keep) != UNDER_A_MASK:
                reasons[keep] = UNDER_NO_MASK
    return {keep: reasons.get(keep, NOT_LOCATED) for keep in lost}


def locate(text: str, words: list[tuple[str, Box]]) -> list[Box]:
    """The boxes of each place where `words` (a reading, in order) show `text`, compared as the
    scorer compares (`normalise`: spaces and punctuation dropped)."""
    wanted = normalise(text)
    owners: list[int] = []
    for i, (word, _) in enumerate(words):
        owners += [i] * len(normalise(word))
    joined = "".join(normalise(word) for word, _ in words)
    places: list[Box] = []
    start = joined.find(wanted) if wanted else -1
    while start >= 0:
        place = Box.union_all(words[i][1] for i in sorted(set(owners[start : start + len(wanted)])))
        if place is not None:
            places.append(place)
        start = joined.find(wanted, start + 1)
    return places


def _masked_share(boxes: Iterable, whole: bool, width: int, height: int, area: float) -> float:
    if whole:
        return 1.0
    canvas = np.zeros((height // 4 + 1, width // 4 + 1), np.uint8)
    for box in boxes:
        b = box.clip(width, height)
        canvas[b.y // 4 : (b.y2 + 3) // 4, b.x // 4 : (b.x2 + 3) // 4] = 1
    return float(canvas.mean())


def find_clips(folder: Path) -> list[Truth]:
    if not folder.is_dir():
        raise InputError("not a folder", folder)
    clips = []
    for path in sorted(folder.glob("*.json")):
        try:
            truth = Truth.load(path)
        except InputError:
            continue  # plans and other JSON files sit beside clips
        if truth.video.exists():
            clips.append(truth)
    if not clips:
        raise InputError("no clips with a ground-truth JSON found", folder)
    return clips


def evaluate_folder(
    folder: Path,
    out_dir: Path,
    redact: Redactor | None,
    per_second: float = 1.0,
    report: Callable[[str], None] = print,
    reads_dir: Path | None = None,
    on_clip: Callable[[list[ClipReport]], None] | None = None,
) -> list[ClipReport]:
    """Redact every clip of `folder` into `out_dir` and check it. `redact(input, output, plan)`
    returns the plan and the seconds it took; with None, the outputs and plans already in
    `out_dir` are scored (made by another version, or an earlier run). `on_clip` gets the
    results so far after each clip."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    for truth in find_clips(folder):
        suffix = truth.video.suffix if truth.video.suffix.lower() in (".png", ".jpg", ".jpeg") else ".mp4"
        output = out_dir / f"{truth.video.stem}.redacted{suffix}"
        plan_path = out_dir / f"{truth.video.stem}.plan.json"
        if redact is None:
            if not output.exists():
                raise InputError("no redacted output to score", output)
            plan = RedactionPlan.load(plan_path)
            seconds = float(plan.stats.get("seconds", 0.0))
        else:
            plan, seconds = redact(truth.video, output, plan_path)
        result = check_output(truth, truth.video, output, plan, seconds, per_second, reads_dir)
        report(result.line())
        results.append(result)
        if on_clip is not None:
            on_clip(results)
    return results


def summary_line(results: list[ClipReport]) -> str:
    readable = sum(r.values_in_input for r in results)
    leaked = sum(len(r.leaked) for r in results)
    sightings = sum(len(r.leaks) for r in results)
    keep_in = sum(r.keep_in_input for r in results)
    keep_out = sum(r.keep_in_output for r in results)
    duration = sum(r.duration_s for r in results)
    seconds = sum(r.seconds for r in results)
    return (
        f"summary: {len(results)} clips, {leaked} of {readable} readable values leaked "
        f"({sightings} frame sightings), utility {keep_out}/{keep_in} "
        f"({(keep_out / keep_in if keep_in else 1):.0%}), {duration / seconds if seconds else 0:.2f}x real time"
    )
