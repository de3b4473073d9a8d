"""Verification gate: read a redacted output again before it is stored, and block on any finding.

The gate trusts nothing the analysis wrote except where it masked: sampled frames of the
REDACTED output (every `every_s` seconds, plus the frames where a track starts or ends and the
frame after each end, where the value may outlive its box) are OCR'd whole with the pipeline's
own line finder and reader and scanned by the pipeline's own detector. A finding that lies
mostly inside a box the plan masks in that frame, or in a frame masked whole, is OCR reading
shapes into blur and is ignored; anything else blocks. Frames that cannot be decoded or read
block too (fail closed). Results carry types, scores, boxes and frame numbers, never text.

Given the values the analysis found in the recording (`SeenValues`, analysis/values.py), the
gate also looks for what is left of them: "5149 12" where a window covers the rest of a card
number is no card number to the detector, but it is six digits of one found whole at 00:06.1.
Such a finding names when the value was seen (`Finding.reason`).

The gate must not contradict the analysis: both read with the same detector (one code path:
the same precision filters, names.py's lexicon, the table structure, remembered here over the
frames read in order as the analysis remembers it), and the gate reports readable text that no
box covers only on one of three grounds (`Finding.basis`, `FindingBasis`):
- `seen_value`: it spells a value the analysis found elsewhere in the recording, or a piece of it;
- `structural`: the screen's structure or a field label says it is a sensitive field (a password
  field, a national-id column, a secret block) and it holds readable content;
- `high_confidence`: the detector finds it with at least `HIGH_CONFIDENCE` score. A weaker
  finding (a bare name, a URL or phone shape without context) is the kind of guess the analysis
  made the same call on from the same text, and is counted in the log, not reported.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import numpy as np
import regex

from pipeline.analysis.analyzer import DetectorLike
from pipeline.analysis.changes import ChangeConfig, change_mask, to_grey
from pipeline.analysis.fields import find_input_boxes, shows_bullets
from pipeline.analysis.ocr import OcrConfig, OcrEngine, find_text_lines, read_lines
from pipeline.analysis.values import (
    DIGITS_PIECE,
    ID_ENTITIES,
    ID_MIN_DIGITS,
    NAME_ENTITIES,
    UNSURE_ENTITIES,
    SeenValues,
    names_something,
    text_under,
    written_as_name,
)
from pipeline.core.documents import BoxList, Count, Document, EntityType, Name, Score, Time, check, written
from pipeline.core.errors import InputError
from pipeline.core.layout import group_lines
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.text import normalise
from pipeline.core.types import Box, Detection, InputField, Layout, OcrWord, TextLine, VideoInfo
from pipeline.detection.clipped import recognizer_of
from pipeline.detection.event_names import RECOGNIZER as EVENT_NAME_RECOGNIZER
from pipeline.detection.filters import NER_RECOGNIZER
from pipeline.detection.labels import MASKED_VALUE, placed_below
from pipeline.detection.masked_values import MASKING, in_masked_print
from pipeline.detection.memory import ValueMemory
from pipeline.detection.recognizers.crypto import NUMBERED_WORDS, bip39_words
from pipeline.media.frames import chroma_of, iter_frames
from pipeline.media.probe import probe

log = logging.getLogger(__name__)

# A finding with at least this share of its area under the plan's masks is blur noise. Masks
# count a little wider than drawn: the detector pads its boxes, and OCR reads the soft edge
# of a blur next to a field border as a short word (a "value" beside its label).
MASKED_SHARE = 0.5
MASK_MARGIN_FRAC = 0.25  # of the mask's height, on each side
MASK_MARGIN_MIN_PX = 4
PIECE_SCORE = 0.9  # a piece of a value the analysis found (the detector's memory scores so too)
PIECE_PAD_PX = 2  # around the words of a piece, as the detector pads what it finds
LABEL_ABOVE_LINES = 3.0  # a label over its value at most this many line heights above it
# a mask this far right of a label's last word, nothing shown between, holds the label's value
# (models/detection.yaml label_search: right_max_line_heights, a tabular form's value column)
LABEL_MASK_GAP_LINES = 12.0
# a value found below a label, under no label itself, this close beside a mask under a label
# is that label's value (masked) read with the words beside it (`_under_no_label`)
UNDER_LABEL_GAP_LINES = 4.0
# The detector's own finding blocks from this score: validated patterns (cards, IBANs, e-mail
# addresses), phone numbers and URLs beside their context words, NER names past the lexicon's
# checks, values beside labels. Below it: bare names (0.55), shapes without context.
HIGH_CONFIDENCE = 0.75
GLUED_GAP_PX = 1  # words this close are one word OCR split ("Manag" "es"): `_glued_words`
# A detector's finding over words read below this mean confidence is no finding (`_garbled`):
# half the analysis's threshold for text nobody could read (OcrConfig.unread_below, 70)
GARBLED_BELOW = 35.0
# A line of a column of rows alike (lines starting where it starts, within this many of its
# heights above or below) under this share of their median height, and the first or last of
# them, is cut by the edge of the view that holds them (`_cut_by_edge`)
# A field's value of at most this many letters or digits, read under this mean confidence (the
# analysis's threshold for text nobody could read, OcrConfig.unread_below), is a shape read as
# letters (`_shape_read_as_letters`)
SHAPE_MAX_CHARS = 2
MASKED_CELL = MASKED_VALUE  # a full block: a masked cell of a row (`with_masked_cells`), as labels.py knows it
SHAPE_BELOW = 70.0
# A recovery phrase's numbered grid, its other cells masked (`phrase_words_shown`): as many
# numbered cells as RecoveryPhraseRecognizer wants of a grid cut by the window's edge, rows this
# close (line heights), a cell's word this close after its number, masked cells of them
PHRASE_GRID_CELLS = NUMBERED_WORDS
PHRASE_ROWS_GAP_LINES = 3.0
PHRASE_CELL_GAP_LINES = 2.0
PHRASE_GRID_MASKED = 2
_PHRASE_NUMBERS = frozenset(range(1, 25))  # BIP-39 phrases run to 24 words
_CELL_NUMBER = regex.compile(r"\d{1,2}[.):]?")
_GLUED_CELL = regex.compile(r"(?P<n>\d{1,2})[.)](?P<word>\p{Ll}{3,8})")
_PHRASE_WORD = regex.compile(r"\p{Ll}{3,8}")
# a web host as an address bar shows it ("harbourline.example/admin/users", "https://www.<site>.com")
_HOST = regex.compile(
    r"(?:[a-z][a-z0-9+.-]*://)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?:[:/].*)?", regex.I
)
SITE_NAME_MIN = 4  # letters of a host's label that names a site (not "www", "app")
# words after a seen name's or place's piece that may complete an organisation's name with it
# ("<Place> Freight Ltd", "<Surname> & Sons Ltd"): `_opens_organisation`
ORGANISATION_WORDS_AFTER = 3
# a cell's border as OCR reads it, or a masked cell
_CELL_BORDER = regex.compile(r"[|¦│┃!\[\]" + MASKED_VALUE + "]{1,3}")
_DOT_READINGS = frozenset("0oO")  # a masking dot read as a letter or digit (`_dots_read_as_zeros`)
CUT_HEIGHT_SHARE = 0.85
CUT_ROWS_REACH = 12.0
# ... or, its letters' tops or bottoms cut by something drawn over them (a sticky header, a
# toolbar) while its box keeps their height, read under this mean confidence where the rows
# alike read at least `CUT_ROWS_READ` (the median of theirs): the same font, misread there only
CUT_MISREAD_BELOW = 80.0
CUT_ROWS_READ = 90.0
# A word being typed: the gate compares each frame it reads with the frame this long before it
# (`_being_typed`); a typist's few characters, not a pause between words
TYPING_LOOKBACK_S = 0.5
_NAME_EDGES = ".,;:!?\"'’()[]{}|"  # punctuation around a word of a name ("Re’", "Okafor,")
_TITLE_DASHES = "-–—"  # between a window title's document and application ("<document> - <application>")
# Types a field's place on screen makes sensitive whatever the value looks like: a "Password"
# field, a "NI number" column, the codes under "Recovery codes" (structure/, label: recognizers).
STRUCTURAL_TYPES = frozenset(
    {
        "PASSWORD",
        "SECRET",
        "CREDIT_CARD",
        "IBAN_CODE",
        "ACCOUNT_NUMBER",
        "SORT_CODE",
        "US_BANK_NUMBER",
        "US_SSN",
        "UK_NINO",
        "NATIONAL_ID",
        "DATE_OF_BIRTH",
    }
)
_STRUCTURAL_RECOGNIZERS = ("structure/", "label:")
# Types whose values are mostly digits: a field of one is reported for its place on screen only
# when what it shows is one (a statement's payment descriptions typed SORT_CODE by a row of a
# payment's details, "Payee | sort code | ref", read as a table header once its values were masked)
# A page's masking characters as OCR reads them (a bullet read "·" or "."): `_after_page_mask`
PAGE_MASKING = MASKING | {"."}
DIGIT_TYPES = frozenset(
    {"CREDIT_CARD", "IBAN_CODE", "ACCOUNT_NUMBER", "SORT_CODE", "US_BANK_NUMBER", "US_SSN", "UK_NINO"}
)


# Document numbers mix letters and digits ("MORGA753116SM9IJ", "L01X00T47"), but hold digits:
# a structural field of one with fewer shows no number of that kind, as a piece of one seen
# (analysis/values.py: one rule)
ID_TYPES = ID_ENTITIES


class FindingBasis(StrEnum):
    """Why the gate reports a finding (see the module's docstring)."""

    SEEN_VALUE = "seen_value"
    HIGH_CONFIDENCE = "high_confidence"
    STRUCTURAL = "structural"


@dataclass(frozen=True, slots=True)
class Finding:
    """Personal data still readable in a redacted frame: where and what kind, no text.
    `seen_s` is set for a value the analysis found in the recording, found again here (whole,
    or `partial`: a piece of it): when the analysis first saw it. `basis` says why it is
    reported (default: `seen_value` where `seen_s` is set, else `high_confidence`)."""

    frame: int
    time_s: float
    entity_type: str
    score: float
    box: Box
    seen_s: float | None = None
    partial: bool = False
    basis: FindingBasis | None = None

    def __post_init__(self) -> None:
        if self.basis is None:
            default = FindingBasis.HIGH_CONFIDENCE if self.seen_s is None else FindingBasis.SEEN_VALUE
            object.__setattr__(self, "basis", default)
        else:
            object.__setattr__(self, "basis", FindingBasis(self.basis))

    @property
    def reason(self) -> str:
        if self.seen_s is None:
            return "detected"
        return f"{'partial match' if self.partial else 'match'} of a value seen at {_clock(self.seen_s)}"


@dataclass(frozen=True, slots=True)
class Verification:
    """The gate's verdict on one output. `entities` are the types checked (empty: every type the
    detector reports); `reason` is None when clean, else a category: "finding",
    "unreadable_frame", "unreadable_output", "plan_mismatch"; `unreadable` lists the frames
    that could not be decoded or read."""

    clean: bool
    frames_checked: int
    findings: tuple[Finding, ...] = ()
    entities: tuple[str, ...] = ()
    reason: str | None = None
    unreadable: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The record kept in the catalog (and shown on the review page)."""
        return written(_VerificationDoc, _VerificationDoc.fields_of(self), "verification record")

    @classmethod
    def from_dict(cls, data: Any, path: str | Path | None = None) -> Verification:
        return check(_VerificationDoc, data, "verification record", path).to_verification()

    def summary(self) -> str:
        if self.clean:
            return f"clean: {_count(self.frames_checked, 'frame')} checked"
        parts = []
        if self.findings:
            kinds = Counter(f.entity_type for f in self.findings)
            listed = ", ".join(f"{kind} x{n}" for kind, n in sorted(kinds.items()))
            frames = len({f.frame for f in self.findings})
            parts.append(f"{_count(len(self.findings), 'finding')} ({listed}) in {_count(frames, 'frame')}")
            partial = sum(f.partial for f in self.findings)
            if partial:
                parts.append(f"{_count(partial, 'partial match')} of values seen earlier")
            structural = sum(f.basis == FindingBasis.STRUCTURAL for f in self.findings)
            if structural:
                parts.append(f"{_count(structural, 'structural field')}")
        if self.unreadable:
            parts.append(f"{_count(len(self.unreadable), 'unreadable frame')}")
        if not parts:
            parts.append((self.reason or "unknown").replace("_", " "))
        if not self.findings:
            parts.append(f"{_count(self.frames_checked, 'frame')} checked")
        return "blocked: " + "; ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}es" if noun.endswith("h") else f"{n} {noun}s"


def _clock(seconds: float) -> str:
    """00:12.3 (minutes:seconds), or 1:02:03.4 past an hour."""
    tenths = max(0, round(seconds * 10))
    hours, rest = divmod(tenths, 36000)
    minutes, rest = divmod(rest, 600)
    clock = f"{minutes:02d}:{rest // 10:02d}.{rest % 10}"
    return f"{hours}:{clock}" if hours else clock


# -- the record's JSON form (catalog rows, the review page's input): checked where it is read


class _FindingDoc(Document):
    frame: Count
    time_s: Time
    entity_type: EntityType
    score: Score
    box: BoxList
    seen_s: Time | None = None
    partial: bool = False
    basis: Literal["seen_value", "high_confidence", "structural"] | None = None  # older records: from seen_s


class _VerificationDoc(Document):
    clean: bool
    reason: Name | None
    frames_checked: Count
    entities: list[EntityType] = []
    unreadable: list[Count] = []
    findings: list[_FindingDoc] = []

    @staticmethod
    def fields_of(v: Verification) -> dict[str, Any]:
        findings = [
            {
                "frame": f.frame,
                "time_s": round(f.time_s, 6),
                "entity_type": f.entity_type,
                "score": round(f.score, 4),
                "box": f.box.to_tuple(),
                "seen_s": None if f.seen_s is None else round(f.seen_s, 6),
                "partial": f.partial,
                "basis": None if f.basis is None else str(f.basis),
            }
            for f in v.findings
        ]
        return {
            "clean": v.clean,
            "reason": v.reason,
            "frames_checked": v.frames_checked,
            "entities": list(v.entities),
            "unreadable": list(v.unreadable),
            "findings": findings,
        }

    def to_verification(self) -> Verification:
        findings = tuple(
            Finding(
                f.frame,
                f.time_s,
                f.entity_type,
                f.score,
                Box(*f.box),
                f.seen_s,
                f.partial,
                None if f.basis is None else FindingBasis(f.basis),
            )
            for f in self.findings
        )
        return Verification(
            self.clean, self.frames_checked, findings, tuple(self.entities), self.reason, tuple(self.unreadable)
        )


def frames_to_check(plan: RedactionPlan, every_s: float = 2.0, limit: int | None = None) -> list[int]:
    """Frame indices to read again: one every `every_s` seconds from the first frame, the last
    frame, and each track's first frame, last frame and the frame after it; sorted, unique,
    within the plan's frame count. Over `limit`, an evenly spaced subset of that list is kept."""
    if every_s <= 0:
        raise ValueError("every_s must be positive")
    count = plan.video.frame_count
    if count <= 0:
        return []
    step = max(1, round(every_s * plan.video.fps)) if plan.video.fps > 0 else count
    chosen = set(range(0, count, step))
    chosen.add(count - 1)
    for track in plan.tracks:
        if track.segments:
            chosen.update((track.start_frame, track.end_frame, track.end_frame + 1))
    frames = sorted(i for i in chosen if 0 <= i < count)
    if limit is not None and len(frames) > limit:
        if limit <= 0:
            return []
        picks = np.linspace(0, len(frames) - 1, num=limit).round().astype(int)
        frames = [frames[i] for i in sorted(set(picks.tolist()))]
    return frames


def frame_layout(image_bgr: np.ndarray, engine: OcrEngine, config: OcrConfig, masks: Sequence[Box] = ()) -> Layout:
    """The text of a whole frame, read the way the analysis reads a frame it has not seen, with
    its input boxes: the detector tells a form's labels over their fields from a table's header
    by them, as the analysis's does (a form read as a grid types its labels as values). An input
    box that the plan's `masks` reach into is not taken for one showing masking bullets: the
    renderer's blur is no evidence of them (a spreadsheet's cells are input boxes to the field
    finder, and two of a column's cells, one of them masked, "showed bullets"; the field memory,
    which keys a field by its column and size, then typed every other cell of the column)."""
    grey, chroma = to_grey(image_bgr), chroma_of(image_bgr)
    screen = Box(0, 0, grey.shape[1], grey.shape[0])
    lines = find_text_lines(grey, screen, config, chroma)
    layout = group_lines(word for words in read_lines(engine, grey, lines, config, chroma) for word in words)
    fields = tuple(
        InputField(box, not any(m.intersects(box) for m in masks) and shows_bullets(grey, box))
        for box in find_input_boxes(grey, screen)
    )
    return Layout(layout.lines, fields)


def with_masked_cells(layout: Layout, masks: Sequence[Box]) -> Layout:
    """`layout` with a word (`MASKED_CELL`, no letter or digit) standing at each mask under
    which OCR read nothing, for the detector: a masked value is still a cell of its row, as
    the analysis read it. A table's row whose values the plan masked shows its innocent cells
    alone ("Member | 18", and a side panel's "Mobile" beside it: admin_users's user table under
    an opened drawer), which then read as a header ("Member" a person's column, "Mobile" a
    phone's) and typed the rows below; with its masked cells counted, most of its cells are
    no headers, as the analysis found. The word sits in the mask's middle third (`_core`), so
    that it joins the mask's own line only. Findings are still judged on what OCR read."""
    words = [w for line in layout.lines for w in line.words]
    cells = []
    for mask in masks:
        if any(mask.x <= w.box.x + w.box.w / 2 < mask.x2 and mask.y <= w.box.y + w.box.h / 2 < mask.y2 for w in words):
            continue  # the blur read as something: that is the cell
        cells.append(OcrWord(MASKED_CELL, _core(mask), 0.0))
    if not cells:
        return layout
    return Layout(group_lines(words + cells).lines, layout.fields)


def _core(box: Box) -> Box:
    """The middle third of a finding's box, where its text is: the detector pads a box, and in a
    terminal's tight rows the (grown) masks of the lines above and below cover its padded edges
    ('carolyn.green@...' between two masked rows of a CSV read as 73 % masked, and passed)."""
    third = box.h // 3
    return Box(box.x, box.y + third, box.w, max(1, box.h - 2 * third))


def masked_share(box: Box, masks: Sequence[Box], *, grown: bool = True) -> float:
    """The share of `box`'s area that the union of `masks`, each grown by its margin (or as
    drawn: `grown` False), covers."""
    if box.empty:
        return 1.0
    canvas = np.zeros((box.h, box.w), np.bool_)
    for mask in masks:
        if grown:
            mask = mask.pad(max(MASK_MARGIN_MIN_PX, round(MASK_MARGIN_FRAC * mask.h)))
        if mask.intersects(box):
            part = mask.intersection(box).shift(-box.x, -box.y)
            canvas[part.y : part.y2, part.x : part.x2] = True
    return float(canvas.mean())


def covered(box: Box, layout: Layout, masks: Sequence[Box]) -> bool:
    """Whether a finding at `box` in the frame `layout` lies under the plan's `masks`: at least
    `MASKED_SHARE` of its middle (`_core`) under the masks grown by their margins (OCR reads a
    blur's soft edge as a word), unless only those margins cover it and its own words are read
    there with confidence (`_read_between`): in a terminal's table the rows are closer than a
    mask is tall (17 px rows, 22 px masks), and the margins of the masks of the rows above and
    below meet over the row between them, whose value, if its own mask is missing, shows whole."""
    core = _core(box)
    if masked_share(core, masks) < MASKED_SHARE:
        return False
    if masked_share(core, masks, grown=False) >= MASKED_SHARE:
        return True
    return not _read_between(box, layout, masks)


def _read_between(box: Box, layout: Layout, masks: Sequence[Box]) -> bool:
    """Whether the words of a finding at `box` (`_own_words`) that the masks as drawn leave
    mostly uncovered hold more than `SHAPE_MAX_CHARS` letters or digits read at a mean
    confidence of at least `SHAPE_BELOW`: text shown, not a blur's edge (read at 0-40, a letter
    or two beside the blur)."""
    words = [w for w in _own_words(box, layout) if masked_share(_core(w.box), masks, grown=False) < MASKED_SHARE]
    sizes = [sum(ch.isalnum() for ch in w.text) for w in words]
    total = sum(sizes)
    return total > SHAPE_MAX_CHARS and sum(w.conf * n for w, n in zip(words, sizes)) >= SHAPE_BELOW * total


def verify_output(
    video: str | Path,
    plan: RedactionPlan,
    detector: DetectorLike,
    engine: OcrEngine,
    entities: Collection[str] | None = None,
    every_s: float = 2.0,
    *,
    ocr: OcrConfig | None = None,
    limit: int | None = None,
    seen: SeenValues | None = None,
) -> Verification:
    """Read the redacted `video` again at `frames_to_check(plan)` and scan it for `entities`
    (None: every type the detector reports), and for pieces of the values the analysis found
    in the recording (`seen`, where the caller has them). Never raises for a bad output: an
    output that cannot be read, or does not match the plan, is simply not clean."""
    config = ocr or OcrConfig()
    scope = None if entities is None else frozenset(entities)
    checked_types = tuple(sorted(scope)) if scope is not None else ()
    try:
        info = probe(video)
    except InputError as exc:
        log.warning("verification: output unreadable (%s)", exc)
        return Verification(False, 0, entities=checked_types, reason="unreadable_output")
    if not _fits(info, plan.video):
        log.warning(
            "verification: %s: %dx%d output for a %dx%d plan",
            video,
            info.width,
            info.height,
            plan.video.width,
            plan.video.height,
        )
        return Verification(False, 0, entities=checked_types, reason="plan_mismatch")

    # Masks at the listed frames only, so that frames off the list need no work but decoding.
    wanted = set(frames_to_check(plan, every_s, limit))
    # and the frame a moment before each, converted too: a word being typed grew since then
    lookback = max(1, round(TYPING_LOOKBACK_S * plan.video.fps)) if plan.video.fps > 0 else 1
    before_of = {i: i - lookback for i in wanted if i >= lookback}
    earlier: dict[int, np.ndarray] = {}  # grey frames kept until the frame read after them
    keep = set(before_of.values())
    masks_at = {m.index: m for m in iter_frame_masks(plan) if m.index in wanted}
    pending = set(wanted)
    findings: list[Finding] = []
    unreadable: list[int] = []
    checked = 0
    weak = 0  # the detector's findings below the gate's confidence, counted for the log
    memory = _TablesMemory()
    # the detector's dictionary: a seen name or place made of dictionary words is no finding
    lexicon = getattr(detector, "lexicon", None)
    is_common = None if lexicon is None else lexicon.is_ordinary
    is_name = None if lexicon is None else lexicon.is_name
    # a seen name's piece is judged by the analysis's precision rules as shown (an organisation)
    rejects = None if lexicon is None else _piece_rejects(lexicon)
    organisation = None if lexicon is None else _organisation_of(lexicon)  # "<Place> Freight Ltd"
    rule = getattr(detector, "name_part_rule", None)  # where a seen name's word alone names its person
    names_person = None if rule is None else rule.names_person
    # Decode every frame in order (the codec needs them all, and a damaged frame anywhere means
    # a damaged output), but read only those on the list: OCR is the cost.
    try:
        for frame in iter_frames(video, info, only=wanted | keep):
            pending.discard(frame.index)
            if frame.image is None:
                unreadable.append(frame.index)
                continue
            if frame.index in keep:
                earlier[frame.index] = to_grey(frame.image)
            masks = masks_at.get(frame.index)
            if masks is None:
                continue
            before = earlier.pop(before_of.get(frame.index, -1), None)
            if masks.whole_frame:  # render hid it all: nothing to read
                checked += 1
                continue
            try:
                layout = frame_layout(frame.image, engine, config, masks.boxes)
                cells = with_masked_cells(layout, masks.boxes)
                detections = detector.detect(cells, memory)
            except Exception as exc:  # noqa: BLE001 - a frame that cannot be read blocks (fail closed)
                log.warning("verification: frame %d could not be read (%s)", frame.index, type(exc).__name__)
                unreadable.append(frame.index)
                continue
            checked += 1
            found = []
            for d in detections:
                basis = reported_basis(d, layout, masks.boxes, is_common, is_name)
                if basis == FindingBasis.HIGH_CONFIDENCE and not _found_shown(d, detector, layout, masks.boxes, memory):
                    basis = None  # a letter read off a blur's edge, glued to the word beside it
                if basis == FindingBasis.HIGH_CONFIDENCE and _being_typed(d, layout, before, frame.image):
                    basis = None  # "Resendi|" of a note being typed, the caret read as its last letter
                if basis is None:
                    weak += 1
                else:
                    found.append(Finding(frame.index, frame.pts_s, d.entity_type, d.score, d.box, basis=basis))
            found += [
                Finding(frame.index, frame.pts_s, "SECRET", PIECE_SCORE, box, basis=FindingBasis.STRUCTURAL)
                for box in phrase_words_shown(cells)
            ]
            if seen:
                found += _pieces(
                    frame.index,
                    frame.pts_s,
                    layout,
                    seen,
                    found,
                    is_common,
                    is_name,
                    names_person,
                    rejects,
                    organisation,
                )
                found += cut_pieces(frame.index, frame.pts_s, layout, masks.boxes, seen, found, is_common)
            findings.extend(
                f
                for f in found
                if (scope is None or f.entity_type in scope) and not covered(f.box, layout, masks.boxes)
            )
    except InputError as exc:
        log.warning("verification: decoding stopped (%s)", exc)
    unreadable.extend(pending)  # on the list but never decoded: the output ended early

    reason = "finding" if findings else "unreadable_frame" if unreadable else None
    result = Verification(
        reason is None, checked, tuple(findings), checked_types, reason, tuple(sorted(set(unreadable)))
    )
    log.info("verification: %s: %s (%d weaker findings not reported)", video, result.summary(), weak)
    return result


def reported_basis(
    detection: Detection,
    layout: Layout,
    masks: Sequence[Box],
    is_common: Callable[[str], bool] | None = None,
    is_name: Callable[[str], bool] | None = None,
) -> FindingBasis | None:
    """Why the gate reports what the detector found in the output frame `layout` whose `masks`
    the plan drew, or None: `finding_basis`, less what the words no mask covers do not support.
    `is_common` and `is_name` are the detector's lexicon's (names.py: a dictionary word, a
    known first name or surname)."""
    basis = finding_basis(detection)
    if basis == FindingBasis.HIGH_CONFIDENCE and not _names_something(detection, layout, masks, is_common):
        return None  # "Vv", "it" read off a blur in a remembered column; "Shipping to"
    if basis == FindingBasis.HIGH_CONFIDENCE and _garbled(detection.box, layout):
        return None  # a dashed border over the blurred tops of a block's codes, read as a "name"
    if basis == FindingBasis.HIGH_CONFIDENCE and _window_title(detection, layout, is_name):
        return None  # "Call notes - <Brand> CRM": a window's title bar dragged over a grid's Owner column
    if basis == FindingBasis.HIGH_CONFIDENCE and _guessed_name_on_cut_line(detection, layout, masks, is_name):
        return None  # "Re: Expense" of a list's last row, its letters' bottoms cut off: "Re' Fynence"
    if basis is not None and placed_below(detection.recognizer) and _label_value_masked(detection.box, layout, masks):
        return None  # "DB_PASSWORD=..." read as "DB PASSWORD" + blur: the next line is no value
    if basis is not None and placed_below(detection.recognizer) and _under_no_label(detection.box, layout, masks):
        return None  # a drawer's masked "Full name" field beside the page's heading its edge cuts
    if basis == FindingBasis.STRUCTURAL:
        shown = text_under([w for line in layout.lines for w in line.words], detection.box)
        if not any(ch.isalnum() for ch in shown):
            return None  # a password field's masking dots ("•••••", read ".···.··."): nothing readable
        if _shape_read_as_letters(detection.box, layout, shown):
            return None  # the pointer's arrow beside "Current password", read "bh" at 38
        if _dots_read_as_zeros(detection.box, layout, shown):
            return None  # a vault's hidden password, "•••••••••••••", read "00000.0.00.0" at 33
    if basis == FindingBasis.STRUCTURAL and detection.entity_type in DIGIT_TYPES:
        digits = sum(ch.isdigit() for ch in shown)
        if 2 * digits < sum(ch.isalnum() for ch in shown):
            return None  # "Card payment TESCO 2931" under a "sort code" column: no number of that kind
        if digits < DIGITS_PIECE and _after_page_mask(detection.box, layout):
            # "Visa •••• 9268" of a card on file, its bullets read as one "*": the last four a
            # page prints in clear after its own mask, as a receipt does (masked_values.py)
            return None
    if (
        basis == FindingBasis.STRUCTURAL
        and detection.entity_type in ID_TYPES
        and sum(ch.isdigit() for ch in shown) < ID_MIN_DIGITS
    ):
        return None  # a licence's categories ("AM/A/B1/B/f/k"), zoomed under a remembered id column
    return basis


def _window_title(detection: Detection, layout: Layout, is_name: Callable[[str], bool] | None) -> bool:
    """Whether a name or place the detector found is a window's title, "<document> - <application>"
    ("Call notes - <Brand> CRM" of a dialog dragged over a grid, its dash read glued to the word
    before it), in which no part between the dashes is a person's name: every word of it written
    as a name and one the lexicon knows (`is_name`). A title bar is the window's label, no value of
    the grid it lies over; a title that names a person ("<First> <Last> - Profile", a record's
    tab) is still reported. The words judged are all those OCR read under its box, masked or not:
    the analysis may have masked part of the title (typed as a cell of the column under it), and
    what is left of it still reads as one with the rest."""
    if detection.entity_type not in UNSURE_ENTITIES or is_name is None:
        return False
    words = [w for line in layout.lines for w in line.words]
    sides: list[list[str]] = [[]]
    for token in text_under(words, detection.box).split():
        core = token.strip(_TITLE_DASHES)
        if token[:1] in _TITLE_DASHES:
            sides.append([])
        if core:
            sides[-1].append(core)
        if token[-1:] in _TITLE_DASHES:
            sides.append([])
    parts = [side for side in sides if any(ch.isalpha() for word in side for ch in word)]
    if len(parts) < 2:
        return False
    return not any(
        all(written_as_name(w) for w in part) and any(is_name(w.strip(_NAME_EDGES)) for w in part) for part in parts
    )


def _shape_read_as_letters(box: Box, layout: Layout, shown: str) -> bool:
    """Whether a field's value that the gate reads (`shown`, under `box`) is at most
    `SHAPE_MAX_CHARS` letters or digits read under `SHAPE_BELOW` mean confidence: a shape beside
    a label (the mouse pointer resting right of "Current password", read "bh" at 38; a caret,
    an icon), which the analysis, knowing where the pointer moves, does not read as the field's
    value. A longer value, or one read with confidence, is judged as before."""
    if sum(ch.isalnum() for ch in shown) > SHAPE_MAX_CHARS:
        return False
    words = _own_words(box, layout)
    sizes = [sum(ch.isalnum() for ch in w.text) for w in words]
    total = sum(sizes)
    return total > 0 and sum(w.conf * n for w, n in zip(words, sizes)) < SHAPE_BELOW * total


def _dots_read_as_zeros(box: Box, layout: Layout, shown: str) -> bool:
    """Whether a field's value that the gate reads (`shown`, under `box`) is a row of masking
    dots: its letters and digits all round ones ("0", "o", "O", as OCR reads a dot) and its
    words read under `SHAPE_BELOW` mean confidence. A password manager's hidden password
    ("•••••••••••••") reads "00000.0.00.0" at 33; the analysis, reading the same dots, finds no
    value there. A value of other letters or digits, or one read with confidence, is judged as
    before."""
    if not all(ch in _DOT_READINGS for ch in shown if ch.isalnum()):
        return False
    words = _own_words(box, layout)
    sizes = [sum(ch.isalnum() for ch in w.text) for w in words]
    total = sum(sizes)
    return total > 0 and sum(w.conf * n for w, n in zip(words, sizes)) < SHAPE_BELOW * total


def _garbled(box: Box, layout: Layout) -> bool:
    """Whether the words under `box` were read with a mean confidence (0-100, weighed by their
    letters and digits) under `GARBLED_BELOW`: neither OCR engine read letters there. Text the
    analysis could not read either (its line an UNREAD_TEXT finding, which a purpose may leave
    unmasked) turns to shapes beside the blur of the values around it, and NER makes a name of
    them ("Xxx Xxxxxxx nnn" at confidence 0-8 over a recovery-code block's dashed border).
    The words judged are the finding's own line's (`_own_words`), not a neighbouring line's
    that the padded box reaches into."""
    words = _own_words(box, layout)
    sizes = [sum(ch.isalnum() for ch in w.text) for w in words]
    total = sum(sizes)
    return total > 0 and sum(w.conf * n for w, n in zip(words, sizes)) < GARBLED_BELOW * total


def _after_page_mask(box: Box, layout: Layout) -> bool:
    """Whether the first word with a digit under a finding's `box` follows a word of masking
    characters only ("•••• 9268", OCR reading the run of bullets as one "*" or "·"): the page's
    own masked print, however few of its bullets OCR read (masked_values.py counts a run of
    `MASK_RUN`). Our masks are no masking characters: the gate reads a masked cell as a block."""
    line, words = _own_line(box, layout)
    first = next((w for w in words if any(ch.isdigit() for ch in w.text)), None)
    if line is None or first is None:
        return False
    at = line.words.index(first)
    before = line.words[at - 1].text if at > 0 else ""
    return bool(before) and all(ch in PAGE_MASKING for ch in before)


def _own_words(box: Box, layout: Layout) -> list[OcrWord]:
    """The words under a finding's `box` (their middle inside its rows) of the one line whose
    words there fill the box best: a finding lies on one line, and OCR can read one row of
    the screen as two lines whose words overlap in height (a row of rounded buttons: the
    outlines' tops and a button's label on one line, the outlines' bottoms on the other, read
    at confidence 0-30 as two "words" that NER took for a name); the other line's words are
    no part of the finding, though its padded box reaches their middle."""
    return _own_line(box, layout)[1]


def _own_line(box: Box, layout: Layout) -> tuple[TextLine | None, list[OcrWord]]:
    """The line of `_own_words` and those words (None and no words: none under `box`)."""
    best: tuple[float, TextLine | None, list[OcrWord]] = (0.0, None, [])
    for line in layout.lines:
        words = [w for w in line.words if w.box.intersects(box) and box.y <= w.box.y + w.box.h / 2 < box.y2]
        covered = Box.union_all(w.box for w in words)
        if covered is not None and covered.iou(box) > best[0]:
            best = (covered.iou(box), line, words)
    return best[1], best[2]


def _being_typed(detection: Detection, layout: Layout, before: np.ndarray | None, image: np.ndarray) -> bool:
    """Whether `detection` is NER's name or place on one word that is being typed: the last word
    of its line, whose first letter was there `TYPING_LOOKBACK_S` before (`before`, grey; None:
    not known) and whose line changed since only in the word's later letters and the caret just
    after it. A note typed into a field reads, mid-word, as a word of no language cut by the
    text cursor ("Resendi|" read "Resendl"), which NER takes for a name (order_lookup, corpus42:
    PERSON high_confidence x1, a clean output blocked); the analysis reaches back over typing
    from the value typed whole (track.py), and the gate reads the word again once typed, two
    seconds on. A word the frame before did not show begun (a name typed in the moment, a line
    that came whole), a name of two words, or a line that changed before its last word, is
    judged as before; so is every other basis."""
    if (
        before is None
        or recognizer_of(detection.recognizer) != NER_RECOGNIZER
        or detection.entity_type not in UNSURE_ENTITIES
    ):
        return False
    line, words = _own_line(detection.box, layout)
    box = detection.box
    words = [w for w in words if any(ch.isalnum() for ch in w.text) and 2 * w.box.intersection(box).w >= w.box.w]
    if line is None or len(words) != 1:
        return False
    word = words[0]
    if next((w for w in reversed(line.words) if any(ch.isalnum() for ch in w.text)), None) is not word:
        return False  # the caret ends the line being typed: a word before others is typed already
    height, width = before.shape[:2]
    band = line.box.intersection(Box(0, 0, width, height))
    band = Box(band.x, band.y, width - band.x, band.h)
    if band.empty or image.shape[:2] != before.shape[:2]:
        return False
    now = to_grey(image)[band.y : band.y2, band.x : band.x2]
    changed = change_mask(before[band.y : band.y2, band.x : band.x2], now, ChangeConfig())
    columns = np.flatnonzero(changed.any(axis=0)) + band.x
    if columns.size == 0:
        return False
    letter = word.box.w / max(1, len(word.text))
    return bool(
        columns[0] >= word.box.x + letter  # its first letter and what stands before it are as they were
        and columns[-1] <= word.box.x2 + line.box.h  # nothing changed right of the caret
        and columns[-1] >= word.box.x2 - 2 * letter  # it grew at its end
    )


def _guessed_name_on_cut_line(
    detection: Detection, layout: Layout, masks: Sequence[Box], is_name: Callable[[str], bool] | None
) -> bool:
    """Whether `detection` is NER's name on a line cut by the edge of its view (`_cut_by_edge`:
    a list's last row half under the window's bottom edge) holding, in the words no mask
    covers, no word the lexicon knows as a first name or surname. Such a line shows only part
    of its letters, and OCR's reading of it is a guess: "Expense" without the bottom bar of its
    E and the tails of its p reads "Fynence", a word of no language, which NER takes for a
    surname (0.85). The analysis judges the same row where it shows whole (a row cut by a
    scroll's edge is read again as the scroll goes on, analyzer.py), and a value it found
    there is still matched here (`seen_value`); a real name read off a cut row is still
    reported ("Nadia Okafor" with its tails cut holds two known names), as is any other type."""
    if (
        is_name is None
        or recognizer_of(detection.recognizer) != NER_RECOGNIZER
        or detection.entity_type not in NAME_ENTITIES
    ):
        return False
    line, _ = _own_line(detection.box, layout)
    if line is None or not _cut_by_edge(line, layout):
        return False
    words = [w for w in line.words if masked_share(w.box, masks) < MASKED_SHARE]
    shown = [w.strip(_NAME_EDGES) for w in text_under(words, detection.box).split()]
    return not any(w and is_name(w) for w in shown)


def _cut_by_edge(line: TextLine, layout: Layout) -> bool:
    """Whether `line` is the first or last of a column of rows alike (two or more other lines
    starting where it starts, at most `CUT_ROWS_REACH` of its heights away) and cut by the edge
    of the view that holds the rows (a list's viewport, a window's frame) or by what is drawn
    over them there (a grid's sticky header, a toolbar), which hides its letters' bottoms or
    tops. Seen as a line under `CUT_HEIGHT_SHARE` of their median height, or, where OCR's boxes
    kept the height (crm_grid: the first row under the header, its letters' tops cut off, read
    at 74-76 where the rows below read at 96-97), as a line read under `CUT_MISREAD_BELOW` mean
    confidence in a column whose rows read at least `CUT_ROWS_READ`: the same font, misread
    there only. A row's height is its letters' (OCR's boxes), so a row without descenders is
    shorter too; the rule it feeds only asks a name found there for a known name."""
    box = line.box
    reach = CUT_ROWS_REACH * max(box.h, 1)
    alike = [
        other
        for other in layout.lines
        if other is not line
        and abs(other.box.x - box.x) <= max(4, box.h // 2)
        and abs(other.box.y - box.y) <= reach
        and other.box.h > 0
    ]
    if len(alike) < 2:
        return False
    if not (all(o.box.y > box.y for o in alike) or all(o.box.y < box.y for o in alike)):
        return False
    heights = sorted(o.box.h for o in alike)
    if box.h < CUT_HEIGHT_SHARE * heights[len(heights) // 2]:
        return True
    reads = sorted(_read_confidence(o.words) for o in alike)
    return _read_confidence(line.words) < CUT_MISREAD_BELOW and reads[len(reads) // 2] >= CUT_ROWS_READ


def _read_confidence(words: Sequence[OcrWord]) -> float:
    """The mean confidence of `words`, weighed by their letters and digits (0: none)."""
    sizes = [sum(ch.isalnum() for ch in w.text) for w in words]
    total = sum(sizes)
    return sum(w.conf * n for w, n in zip(words, sizes)) / total if total else 0.0


def finding_basis(detection: Detection) -> FindingBasis | None:
    """Why the gate reports what the detector found in an output frame, or None: not reported."""
    if detection.entity_type in STRUCTURAL_TYPES and detection.recognizer.startswith(_STRUCTURAL_RECOGNIZERS):
        return FindingBasis.STRUCTURAL
    if detection.score >= HIGH_CONFIDENCE:
        return FindingBasis.HIGH_CONFIDENCE
    return None


class _TablesMemory(ValueMemory):
    """The tables of the frames read so far, remembered as the analysis remembers them (a
    services list's rows after its header scrolled away), but no values: the gate reports
    each value on the frame where it reads it, on its own grounds."""

    def add(self, entity_type: str, value: str) -> None:
        return None

    def learn(self, entity_type: str, value: str, ordinary: Callable[[str], bool]) -> None:
        return None  # nor a name's words (name_parts.py): the seen values' own are looked for


def _names_something(
    detection: Detection, layout: Layout, masks: Sequence[Box], is_common: Callable[[str], bool] | None
) -> bool:
    """A name or place the detector found holds, in the words of it that no mask covers, a word
    that can be one (values.names_something; a person's written as a name), as the gate asks of
    the analysis's. OCR reads a blur beside a date as a word ("Bill Mar 14": NER's PERSON), and
    readable text that no box covers is what the gate judges. Other types always pass."""
    if detection.entity_type not in UNSURE_ENTITIES:
        return True
    words = [w for line in layout.lines for w in line.words if masked_share(w.box, masks) < MASKED_SHARE]
    shown = text_under(words, detection.box).split()
    if detection.entity_type in NAME_ENTITIES and not any(written_as_name(w) for w in shown):
        return False
    if detection.recognizer == EVENT_NAME_RECOGNIZER:
        return True  # "It's <First> <Last>'s birthday": the event's words make dictionary words a name
    if (
        recognizer_of(detection.recognizer) == NER_RECOGNIZER
        and detection.entity_type in NAME_ENTITIES
        and len(shown) < 2
    ):
        return False  # one word of NER's name shown ("Bill" of a page behind a terminal's masked "Mar")
    return names_something(shown, is_common) and names_something(_glued_words(words, detection.box), is_common)


def _glued_words(words: Sequence[OcrWord], box: Box) -> list[str]:
    """The words under `box`, each with the words OCR split it from where the image has no space
    (`GLUED_GAP_PX`; "Manag" "es" of "Manages", an output's letters a pixel off the input's):
    what the screen shows, as the analysis read it whole."""
    under = [w for w in words if w.text and w.box.intersects(box) and box.y <= w.box.y + w.box.h / 2 < box.y2]
    glued: list[str] = []
    taken: list[OcrWord] = []
    for word in sorted(under, key=lambda w: (w.box.y, w.box.x)):
        if any(word is t for t in taken):
            continue
        left = word
        while (prev := next((v for v in words if v is not left and _touching(v, left)), None)) is not None:
            left = prev
        chain, right = [left], left
        while (nxt := next((v for v in words if v is not right and _touching(right, v)), None)) is not None:
            chain.append(nxt)
            right = nxt
        taken.extend(chain)
        glued.append("".join(w.text for w in chain))
    return glued


def _touching(left: OcrWord, right: OcrWord) -> bool:
    """Whether `right` starts where `left` ends, on its row: one word OCR split in two."""
    gap = right.box.x - left.box.x2
    overlap = min(left.box.y2, right.box.y2) - max(left.box.y, right.box.y)
    return 0 <= gap <= GLUED_GAP_PX and overlap >= 0.5 * min(left.box.h, right.box.h)


def _found_shown(
    detection: Detection, detector: DetectorLike, layout: Layout, masks: Sequence[Box], memory: ValueMemory
) -> bool:
    """Whether the detector still finds `detection` (its type, over its box) in the text no mask
    covers, where a (grown) mask covers part of a word under it: OCR reads the soft edge of a
    blur as a letter glued to the word beside it ("W" before a prompt's host, after its masked
    user name: a mixed-case, random-looking token on a line naming keys, a SECRET), and readable
    text is what the gate judges. Detections over no partly masked word stand as found."""
    touched = [w for line in layout.lines for w in line.words if w.box.intersects(detection.box)]
    if not any(masked_share(w.box, masks) > 0 for w in touched):
        return True
    shown = [part for line in layout.lines for w in line.words for part in _shown_parts(w, masks)]
    again = detector.detect(Layout(group_lines(shown).lines, layout.fields), memory) if shown else []
    return any(d.entity_type == detection.entity_type and d.box.intersects(detection.box) for d in again)


def _shown_parts(word: OcrWord, masks: Sequence[Box]) -> list[OcrWord]:
    """`word` less the characters (placed by position) whose middle a grown mask covers: the
    runs of characters left, each a word of its own. A mask grows sideways only over the rows
    it is drawn on: the word's middle must lie in those rows (in a terminal's table the masks
    of the rows above and below, grown, meet over a row between them, not on it)."""
    b = word.box
    middle = b.y + b.h / 2
    grown = [m.pad(max(MASK_MARGIN_MIN_PX, round(MASK_MARGIN_FRAC * m.h))) for m in masks if m.y <= middle < m.y2]
    across = [m for m in grown if m.intersects(b)]
    if not across or not word.text:
        return [word]
    step = b.w / len(word.text)
    hidden = [any(m.x <= b.x + (i + 0.5) * step < m.x2 for m in across) for i in range(len(word.text))]
    parts: list[OcrWord] = []
    i = 0
    while i < len(word.text):
        if hidden[i]:
            i += 1
            continue
        j = i
        while j < len(word.text) and not hidden[j]:
            j += 1
        x1 = b.x + round(i * step)
        parts.append(OcrWord(word.text[i:j], Box(x1, b.y, max(1, b.x + round(j * step) - x1), b.h), word.conf))
        i = j
    return parts


def _label_value_masked(box: Box, layout: Layout, masks: Sequence[Box]) -> bool:
    """Whether the line just above a value found below its label ends where a mask begins: the
    label's own value, beside it, is what the analysis masked ("DB_PASSWORD=..." or "PWD=..." in
    `env`'s output, the "=" under the padded mask, reads "DB PASSWORD" alone), so the line below
    is the next line of text, no value of that label; so too a tabular form's "Address" whose
    value, a column further right, is masked. The label stands above its value: the line's last
    word that no mask covers overlaps the value's columns, and nothing shown lies between it and
    the mask."""
    shown_words = [w for line in layout.lines for w in line.words if masked_share(w.box, masks) < MASKED_SHARE]
    best: tuple[int, OcrWord] | None = None
    for line in layout.lines:
        shown = [w for w in line.words if masked_share(w.box, masks) < MASKED_SHARE]
        if not shown:
            continue
        last = shown[-1]
        h = max(last.box.h, 1)
        if last.box.y2 > _core(box).y or box.y - last.box.y2 > LABEL_ABOVE_LINES * h:
            continue  # on the value's own line (its padded box reaches the words' middle), or far above
        if last.box.x2 <= box.x or last.box.x >= box.x2:
            continue
        if best is None or last.box.y2 > best[0]:
            best = (last.box.y2, last)
    if best is None:
        return False
    last = best[1]
    h = max(last.box.h, 1)

    def beside(m: Box) -> bool:
        if not (m.x2 > last.box.x2 and m.x <= last.box.x2 + LABEL_MASK_GAP_LINES * h):
            return False
        # half the lower of the two: OCR can box a label's word over two rows (a glyph of the
        # row above joined to it: 37 px for a 15 px line), which an 18 px mask beside it meets
        # over 18 px only
        if min(m.y2, last.box.y2) - max(m.y, last.box.y) < 0.5 * min(last.box.h, m.h):
            return False
        between = Box.from_corners(last.box.x2, last.box.y, max(m.x, last.box.x2 + 1), last.box.y2)
        # a separator read as a line of its own ("=" of "password = ", split off) is no value shown
        return not any(
            w is not last and w.box.intersects(between) and any(ch.isalnum() for ch in w.text) for w in shown_words
        )

    return any(beside(m) for m in masks)


def _under_no_label(box: Box, layout: Layout, masks: Sequence[Box]) -> bool:
    """Whether a value found below its label shows no word under any shown word above it (at
    most `LABEL_ABOVE_LINES` of their heights above, overlapping its columns): the detector
    took for the label's value a run of words whose part under the label is masked (the
    masked cell `with_masked_cells` stands there), the label's own value, and the words shown
    beside it stand under no label. shipping_labels: the 'Edit recipient' drawer's 'Full name'
    field, masked, its left border blurred so no input box is found there, and left of it the
    'Label preview' heading that the drawer's edge cuts, read on the field's line. Only where a
    mask stands on the value's line, at most `UNDER_LABEL_GAP_LINES` of its heights beside its
    words, under a shown word (the label). A value with its own label over it (a form's second
    field beside a masked first), or with no masked value beside it, is judged as before."""
    shown = [
        w for line in layout.lines for w in line.words if masked_share(w.box, masks) < MASKED_SHARE and w.text.strip()
    ]
    core = _core(box)
    mine = [w for w in shown if w.box.intersects(core)]
    if not mine:
        return False
    x1, x2 = min(w.box.x for w in mine), max(w.box.x2 for w in mine)
    top, bottom = min(w.box.y for w in mine), max(w.box.y2 for w in mine)
    h = max(bottom - top, 1)

    def labelled(x_lo: int, x_hi: int, y: int) -> bool:  # a shown word over [x_lo, x_hi), close above y
        return any(
            w.box.y2 <= y + 2
            and y - w.box.y2 <= LABEL_ABOVE_LINES * max(w.box.h, 1)
            and w.box.x < x_hi
            and w.box.x2 > x_lo
            for w in shown
        )

    def masked_value_beside(m: Box) -> bool:  # a mask on the value's line, close beside its words, under a label
        if min(m.y2, bottom) - max(m.y, top) < 0.5 * min(m.h, h) or (m.x < x2 and m.x2 > x1):
            return False
        gap = m.x - x2 if m.x >= x2 else x1 - m.x2
        return gap <= UNDER_LABEL_GAP_LINES * h and labelled(m.x, m.x2, m.y)

    return not labelled(x1, x2, top) and any(masked_value_beside(m) for m in masks)


def _pieces(
    frame: int,
    time_s: float,
    layout: Layout,
    seen: SeenValues,
    found: list[Finding],
    is_common: Callable[[str], bool] | None = None,
    is_name: Callable[[str], bool] | None = None,
    names_person: Callable[[Sequence[str], int], bool] | None = None,
    rejects: Callable[[list[str], str], str | None] | None = None,
    organisation: Callable[[list[str], str], bool] | None = None,
) -> list[Finding]:
    """Findings for the runs of words of `layout` that spell a value the analysis found, or a
    piece of it; none where the detector already found the same kind of thing there, no name or
    place that the frame's address bar spells as its site's host (`site_names`), and none that
    opens an organisation's name shown (`organisation`: "<Place> Freight Ltd", `_opens_organisation`)."""
    pieces = []
    sites: frozenset[str] | None = None
    for line in layout.lines:
        words = line.words
        texts = [w.text for w in words]
        for piece in seen.find(texts, is_common, is_name, names_person, rejects, time_s):
            if in_masked_print(texts, piece.start, piece.end, piece.entity_type):
                continue  # "7049 08" of "DE09 •••• •••• •••• 7049 08": what the page shows of it
            if piece.entity_type in UNSURE_ENTITIES:
                sites = site_names(layout) if sites is None else sites
                if normalise("".join(texts[piece.start : piece.end])) in sites:
                    continue  # the site's name, which it prints as its brand (a tab's title, a header)
                if organisation is not None and _opens_organisation(
                    texts, piece.start, piece.end, piece.entity_type, organisation
                ):
                    continue  # "<Place> Freight Ltd": a company named after a town or a person
            box = Box.union_all(w.box for w in words[piece.start : piece.end])
            assert box is not None
            if piece.chars is not None:  # a value inside one word: its characters, by position
                box = _chars_box(words[piece.start], *piece.chars)
            box = box.pad(PIECE_PAD_PX)
            if any(f.entity_type == piece.entity_type and f.box.intersects(box) for f in found):
                continue
            pieces.append(Finding(frame, time_s, piece.entity_type, PIECE_SCORE, box, piece.seen_s, not piece.whole))
    return pieces


def cut_pieces(
    frame: int,
    time_s: float,
    layout: Layout,
    masks: Sequence[Box],
    seen: SeenValues,
    found: Sequence[Finding] = (),
    is_common: Callable[[str], bool] | None = None,
) -> list[Finding]:
    """Findings for the words a mask cuts that are the rest of a word of a name or place the
    analysis found (`SeenValues.cut_piece`): a box cut short over a value ends inside one of its
    words, and the letters beyond its edge ("<...>lacourt") are no whole word of the value,
    which `_pieces` looks for, yet they show the surname. A word is cut where a mask's edge,
    grown by its soft margin, reaches into its first or last half on its line (the blur's edge
    OCR reads as a letter glued to it, "[ellacourt")."""
    pieces = []
    for line in layout.lines:
        for index, word in enumerate(line.words):
            for hidden_before in (True, False):
                if not _cut_by_mask(word.box, masks, hidden_before):
                    continue
                piece = seen.cut_piece(word.text, index, hidden_before, is_common, time_s)
                if piece is None:
                    continue
                box = word.box.pad(PIECE_PAD_PX)
                if not any(f.entity_type == piece.entity_type and f.box.intersects(box) for f in found):
                    pieces.append(Finding(frame, time_s, piece.entity_type, PIECE_SCORE, box, piece.seen_s, True))
                break
    return pieces


def _cut_by_mask(box: Box, masks: Sequence[Box], hidden_before: bool) -> bool:
    """Whether one of `masks`, grown by its margin, meets `box` on its line at its left edge
    (`hidden_before`) or its right one, reaching no further than the box's middle."""
    middle_y = box.y + box.h / 2
    middle_x = box.x + box.w / 2
    for mask in masks:
        if not mask.y <= middle_y < mask.y2:
            continue
        margin = max(MASK_MARGIN_MIN_PX, round(MASK_MARGIN_FRAC * mask.h))
        if hidden_before and mask.x < box.x and box.x <= mask.x2 + margin and mask.x2 < middle_x:
            return True
        if not hidden_before and mask.x2 > box.x2 and mask.x - margin <= box.x2 and mask.x > middle_x:
            return True
    return False


def _opens_organisation(
    texts: Sequence[str], start: int, end: int, entity: str, organisation: Callable[[list[str], str], bool]
) -> bool:
    """Whether the words [start, end) of a line (`texts`), a seen name's or place's piece, open
    an organisation's name with the words after them: up to `ORGANISATION_WORDS_AFTER` more,
    the last of which says what a company is ("<Place> Freight Ltd", "<Surname> & Sons"). A
    member's message names a previous employer by its first word ("the transfer from <Place>"),
    which NER typed a place and the analysis masked there; the company's full name in a table
    of the record is no piece of that place, as the analysis reads it as an organisation's."""
    for last in range(end + 1, min(end + ORGANISATION_WORDS_AFTER, len(texts)) + 1):
        tokens = [t for t in (w.strip(_NAME_EDGES) for w in texts[start:last]) if t]
        if organisation(tokens, entity):
            return True
    return False


def _organisation_of(lexicon: Any) -> Callable[[list[str], str], bool]:
    """Whether `tokens` are an organisation's name to the analysis's lexicon (names.py
    `is_company_name`: the last word says what a company is); of a person's, not where the first
    word is a given name the lexicon knows (a sole trader's "<First> <Last> Plumbing" names its
    owner, as detector.py's organisation columns hold)."""

    def organisation(tokens: list[str], entity: str) -> bool:
        if len(tokens) < 2 or not lexicon.is_company_name(tokens):
            return False
        return entity not in NAME_ENTITIES or not lexicon.is_first_name(tokens[0])

    return organisation


def site_names(layout: Layout) -> frozenset[str]:
    """The names of the web sites a frame's address bar shows: each label of a host's name
    before its last one, of `SITE_NAME_MIN` letters or more, normalised ("harbourline" of
    "harbourline.example/admin"). A site prints its name as its brand, in its tab's title, its
    header and its messages; the analysis once took the brand for a place in a toast ("<user>
    was removed from <Brand>": NER's LOCATION), and every frame's title and header then showed
    a piece of a place it saw (toast_messages: LOCATION x77, no leak)."""
    names: set[str] = set()
    for line in layout.lines:
        for word in line.words:
            text = word.text.strip(".,;:()[]<>\"'")
            if "." not in text or "@" in text:
                continue
            found = _HOST.fullmatch(text)
            if found is not None:
                labels = found["host"].lower().split(".")[:-1]
                names.update(normalise(label) for label in labels if len(label) >= SITE_NAME_MIN)
    return frozenset(names)


def phrase_words_shown(layout: Layout) -> list[Box]:
    """The boxes of the words a recovery phrase's numbered grid shows among its masked cells, in
    a frame `layout` that holds its masked cells (`with_masked_cells`): a structural finding
    (issue 17 item 2c). The gate's detector knows a phrase by its run of list words
    (RecoveryPhraseRecognizer), which a grid whose other cells are masked ('9. █ 10. █ 11. █
    12. <word>', the cells' borders read as '|' between them) never shows, and a phrase's word
    is a short dictionary word, a piece of nothing the analysis saw: one cell left unmasked was
    passed. A grid is `PHRASE_GRID_CELLS` numbered cells or more (1 to 24, each a number and one
    word or a masked cell after it), rows close together, at least `PHRASE_GRID_MASKED` of them
    masked, and among the numbered entries over its width at most one that is no cell (a line
    number before code, a table's date); a shown cell's word of BIP-39's list is reported. Real
    frames show no full block: the analysis never sees such a grid."""
    lines = [line for line in layout.lines if any(w.text == MASKED_CELL for w in line.words)]
    if not lines:
        return []
    entries: list[_GridEntry] = []
    for line in layout.lines:
        entries.extend(_grid_entries(line))
    cells = sorted((e for e in entries if e.cell), key=lambda e: e.number_box.y)
    shown: list[Box] = []
    group: list[_GridEntry] = []
    for entry in [*cells, None]:
        if entry is not None and (
            not group or entry.number_box.y - group[-1].number_box.y <= PHRASE_ROWS_GAP_LINES * entry.number_box.h
        ):
            group.append(entry)
            continue
        shown += _grid_words(group, entries)
        group = [] if entry is None else [entry]
    return shown


@dataclass(frozen=True, slots=True)
class _GridEntry:
    """A number on a line and what follows it: a cell (one word, or a masked cell) or not."""

    number: int
    number_box: Box
    cell: bool
    word: str = ""  # a shown cell's word
    word_box: Box | None = None


def _grid_entries(line: TextLine) -> list[_GridEntry]:
    words = line.words
    entries = []
    for i, w in enumerate(words):
        glued = _GLUED_CELL.fullmatch(w.text)
        if glued is not None:
            after = words[i + 1] if i + 1 < len(words) else None
            one = after is None or _cell_ends(w, after)
            box = _chars_box(w, glued.start("word"), glued.end("word"))
            entries.append(_GridEntry(int(glued["n"]), w.box, one, glued["word"] if one else "", box))
            continue
        if _CELL_NUMBER.fullmatch(w.text) is None:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or nxt.box.x - w.box.x2 > PHRASE_CELL_GAP_LINES * w.box.h:
            continue  # a number alone: no entry
        number = int(w.text.rstrip(".):"))
        if nxt.text == MASKED_CELL:
            entries.append(_GridEntry(number, w.box, True))
            continue
        after = words[i + 2] if i + 2 < len(words) else None
        one = _PHRASE_WORD.fullmatch(nxt.text) is not None and (after is None or _cell_ends(nxt, after))
        entries.append(_GridEntry(number, w.box, one, nxt.text if one else "", nxt.box if one else None))
    return entries


def _cell_ends(word: OcrWord, after: OcrWord) -> bool:
    """Whether `after`, the word after a cell's `word`, is none of the cell: the next cell's
    number, a masked cell, a border ('|'), or far off ('token = load(path)' is no cell)."""
    return (
        _CELL_NUMBER.fullmatch(after.text) is not None
        or _GLUED_CELL.fullmatch(after.text) is not None
        or _CELL_BORDER.fullmatch(after.text) is not None
        or after.box.x - word.box.x2 > PHRASE_CELL_GAP_LINES * word.box.h
    )


def _grid_words(group: Sequence[_GridEntry], entries: Sequence[_GridEntry]) -> list[Box]:
    """`_grid_entries`'s cells close together as one grid: its shown list words (`phrase_words_shown`)."""
    numbers = {e.number for e in group}
    masked = sum(e.word_box is None for e in group)
    if len(numbers) < PHRASE_GRID_CELLS or masked < PHRASE_GRID_MASKED or not numbers <= _PHRASE_NUMBERS:
        return []
    x1 = min(e.number_box.x for e in group)
    x2 = max((e.word_box or e.number_box).x2 for e in group)
    reach = PHRASE_ROWS_GAP_LINES * group[0].number_box.h  # the rows just above and below count too
    y1 = min(e.number_box.y for e in group) - reach
    y2 = max(e.number_box.y2 for e in group) + reach
    others = sum(
        not e.cell and x1 <= e.number_box.x <= x2 and y1 <= e.number_box.y + e.number_box.h / 2 <= y2 for e in entries
    )
    if others > 1:
        return []  # a numbered list or an editor's line numbers, its entries text, not cells
    words = bip39_words()
    return [e.word_box.pad(PIECE_PAD_PX) for e in group if e.word_box is not None and e.word in words]


def _piece_rejects(lexicon: Any) -> Callable[[list[str], str], str | None]:
    """Why the analysis's precision rules drop these words as a name or place: the lexicon's
    (`ner_reject_reason`), and a country alone as a place (filters.py: no one's address). A
    caseworker's page shows the country of a masked previous address again in a travel
    history's Country column, on every row, and as a nationality's country (visa_application)."""

    def rejects(tokens: list[str], entity: str) -> str | None:
        reason = lexicon.ner_reject_reason(tokens, entity)
        if reason is None and entity == "LOCATION" and lexicon.is_country(" ".join(tokens)):
            return "a country alone"
        return reason

    return rejects


def _chars_box(word: OcrWord, a: int, b: int) -> Box:
    """The part of `word`'s box where its characters [a, b) lie, by position: a name inside a
    file name ("payslip_<Month>_<First>_<Last>.pdf") is masked, the rest of the name shown."""
    step = word.box.w / max(1, len(word.text))
    x1 = word.box.x + round(a * step)
    return Box(x1, word.box.y, max(1, word.box.x + round(b * step) - x1), word.box.h)


def _fits(info: VideoInfo, planned: VideoInfo) -> bool:
    # The encoder pads an odd side by one pixel (yuv420p needs even sides), so that is allowed.
    return all(
        0 <= got - want <= want % 2 for got, want in ((info.width, planned.width), (info.height, planned.height))
    )
