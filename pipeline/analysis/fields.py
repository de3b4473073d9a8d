"""Input fields found from their borders, and whether they showed masking bullets.

A text input is a thin-bordered box a few times wider than tall; what is typed into it sits
inside. Detection pairs a field with its label (detection/structure/forms.py) and masks a
password field's whole content box, but only the pixels say where the box is and whether it
shows bullets (•••• is read by OCR as nothing, dots or stray letters). `FieldMemory` keeps
the fields of the screen across frames, moved with scrolls like the words are, so that a field
that once showed bullets stays a password field when a "Show passwords" box makes it readable.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from pipeline.analysis.changes import median_level
from pipeline.analysis.motion import Motion
from pipeline.core.types import Box, InputField, intersecting, merged_bands

EDGE_STEP = 18  # grey levels between neighbouring pixels that make a border pixel (#d0d7de on white: ~40)
MIN_FIELD_H, MAX_FIELD_H = 12, 56  # of the content box inside the border (taller: a panel)
MIN_ASPECT = 3.0  # width / height of a single-line input (buttons are shorter, panels taller)
MIN_FIELD_W = 60
SEARCH_PAD = 24  # pixels above and below a read line searched for the border around it
# A label sits over its field, which may be empty (no line of its own to search around): below a
# read line the search reaches a whole field this far under it (a label's field, in line heights)
LABEL_GAP_LINE_HEIGHTS = 2.5
EDGE_SLACK = 6  # pixels the ends of a box's top and bottom (and its sides) may differ by
SIDE_RUN = 8  # the shortest vertical run that counts as part of a side
MIN_BULLETS = 4  # dots in a row that make a masked value (an ellipsis has three)
BULLET_GAP_SLACK = 2  # px: bullets stand at one pitch (a word's letters and spaces do not)
# px: bullets are one glyph repeated, all as tall (a word's capitals and ascenders stand taller
# than its other letters)
BULLET_HEIGHT_SLACK = 1
# the mouse pointer over a border cuts it in two for as long as it rests there (an I-beam is
# 7-9 px wide, an arrow's tip up to 20): two runs of one row this close are one border
POINTER_GAP = 24
SAME_FIELD_IOU = 0.6  # a field found again (typing, a re-render) keeps what it showed before
MAX_FIELDS = 64


@dataclass(frozen=True, slots=True)
class FieldSearch:
    """Where borders are looked for: full-width bands around the lines that were read."""

    width: int
    height: int

    def bands(self, areas: list[Box]) -> list[Box]:
        bands: list[Box] = []
        for area in sorted(areas, key=lambda a: a.y):
            below = max(SEARCH_PAD, round(label_reach(area) - area.y2 + MAX_FIELD_H) + 2)
            band = Box(0, area.y - SEARCH_PAD, self.width, area.h + SEARCH_PAD + below).clip(self.width, self.height)
            if bands and band.y <= bands[-1].y2:
                bands[-1] = bands[-1].union(band)
            elif not band.empty:
                bands.append(band)
        return bands


def label_reach(line: Box) -> float:
    """How far down the top of the field that `line` labels may lie."""
    return line.y2 + LABEL_GAP_LINE_HEIGHTS * line.h


def labels(line: Box, field: Box) -> bool:
    """Whether `line` could be the label over `field` (its top just below, overlapping it)."""
    return line.y2 <= field.y <= label_reach(line) and line.x < field.x2 and field.x < line.x2


def find_input_boxes(grey: np.ndarray, region: Box) -> list[Box]:
    """Content boxes (inside the border) of the single-line inputs drawn whole in `region`."""
    region = region.clip(grey.shape[1], grey.shape[0])
    if region.w < MIN_FIELD_W or region.h < MIN_FIELD_H:
        return []
    crop = grey[region.y : region.y2, region.x : region.x2]
    # A border is a step in brightness along a long straight run: the top and bottom are
    # horizontal runs of the same extent, the sides short vertical runs at their ends (rounded
    # corners leave the ends of each side out). Text inside has no run that long. (The steps
    # are the 8-bit absolute differences of neighbours: the same as in 16 bits, in one pass.)
    steps_y = (cv2.absdiff(crop[1:], crop[:-1]) > EDGE_STEP).view(np.uint8)
    steps_x = (cv2.absdiff(crop[:, 1:], crop[:, :-1]) > EDGE_STEP).view(np.uint8)
    rows = cv2.morphologyEx(steps_y, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (MIN_FIELD_W, 1)))
    sides = cv2.morphologyEx(steps_x, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, SIDE_RUN)))
    gaps: dict[tuple[int, int, int, int], tuple[int, int]] = {}
    edges = _bridged(sorted(_horizontal_edges(rows)), gaps)
    found: list[Box] = []
    for i, (top_y, x1, x2, top_y2) in enumerate(edges):
        for bottom_y, bx1, bx2, bottom_y2 in edges[i + 1 :]:
            inner = bottom_y - top_y2
            if inner > MAX_FIELD_H:
                break
            if inner < MIN_FIELD_H or abs(bx1 - x1) > EDGE_SLACK or abs(bx2 - x2) > EDGE_SLACK:
                continue
            box = Box(max(x1, bx1) + 1, top_y2, min(x2, bx2) - max(x1, bx1) - 2, inner)
            if box.w < MIN_ASPECT * box.h or not (_side(sides, box, box.x) and _side(sides, box, box.x2)):
                continue
            cuts = [gaps[e] for e in ((top_y, x1, x2, top_y2), (bottom_y, bx1, bx2, bottom_y2)) if e in gaps]
            if any(_side(sides, box, a, b) for a, b in cuts):
                continue  # two boxes side by side, each with its sides: no pointer between them
            found.append(box.shift(region.x, region.y))
    # a focus ring draws two borders: the innermost box is the field's
    kept: list[Box] = []
    for box in sorted(found, key=lambda b: b.area):
        if not any(box.iou(k) > 0.5 for k in kept):
            kept.append(box)
    return kept


def _horizontal_edges(rows: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(y, x1, x2, y2) of each connected run of `rows` (0/1). A band is mostly bare: the
    components are labelled within each stretch of inked rows (no component reaches over a
    bare row), a fraction of the cost of labelling the whole band."""
    inked = np.flatnonzero(rows.any(axis=1))
    if not inked.size:
        return []
    breaks = np.flatnonzero(np.diff(inked) > 1)
    starts = inked[np.concatenate(([0], breaks + 1))]
    ends = inked[np.concatenate((breaks, [inked.size - 1]))] + 1
    edges: list[tuple[int, int, int, int]] = []
    for y1, y2 in zip(starts.tolist(), ends.tolist(), strict=True):
        count, _, stats, _ = cv2.connectedComponentsWithStats(rows[y1:y2], connectivity=8)
        edges.extend((int(y) + y1, int(x), int(x + w), int(y + h) + y1) for x, y, w, h, _ in stats[1:count])
    return edges


def _bridged(
    edges: list[tuple[int, int, int, int]], gaps: dict[tuple[int, int, int, int], tuple[int, int]]
) -> list[tuple[int, int, int, int]]:
    """`edges` (sorted) and, where two runs lie on one row (+-1 px) at most POINTER_GAP apart,
    the run joining them, its gap noted in `gaps`: a border the pointer rests on, cut in two
    (customer_search: the I-beam across the search box's bottom border, the field lost for that
    frame, and the brand left of it taken with the typed surname for one name)."""
    joined: list[tuple[int, int, int, int]] = []
    for i, (y, x1, x2, y2) in enumerate(edges):
        for oy, ox1, ox2, oy2 in edges[i + 1 :]:
            if oy > y + 1:
                break
            if 0 < ox1 - x2 <= POINTER_GAP:
                edge, gap = (min(y, oy), x1, ox2, max(y2, oy2)), (x2, ox1)
            elif 0 < x1 - ox2 <= POINTER_GAP:
                edge, gap = (min(y, oy), ox1, x2, max(y2, oy2)), (ox2, x1)
            else:
                continue
            joined.append(edge)
            gaps[edge] = gap
    return sorted(edges + joined) if joined else edges


def _side(sides: np.ndarray, box: Box, x: int, x2: int | None = None) -> bool:
    """A vertical border runs along most of `box`'s height near `x` (or between `x` and `x2`)."""
    band = sides[box.y : box.y2, max(x - EDGE_SLACK, 0) : (x if x2 is None else x2) + EDGE_SLACK]
    return band.size > 0 and float(band.any(axis=1).mean()) >= 0.5


def shows_bullets(grey: np.ndarray, box: Box) -> bool:
    """Whether the content of the input at `box` is a row of masking bullets (•••• or ****): at
    least four small, filled, equally tall dots on one line (touching dots make one wider blob),
    and next to nothing else. An ellipsis ("...") is too short. A button's short label in bold
    type is no such row, though its letters are small and filled and stand 1 px apart: its
    capitals and ascenders stand taller than its other letters (an API explorer's Execute
    button greyed while its request ran, in a "box" from the text area's border above it to
    the button's bottom, passed for bullets; the field was remembered as a password field,
    moved with the page's scrolls, and the request URL block shown where it came to rest was
    masked whole as a password)."""
    box = box.clip(grey.shape[1], grey.shape[0])
    if box.h < 8 or box.w < 8:
        return False
    raw = grey[box.y : box.y2, box.x : box.x2]
    background = median_level(raw)
    crop = raw.astype(np.int16)
    ink = (np.abs(crop - background) > 60).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    blobs, other = [], 0
    for x, y, w, h, pixels in stats[1:]:
        if pixels <= 2 or x == 0 or y == 0 or x + w >= box.w or y + h >= box.h:
            continue  # specks, the border or the field's edge, not its content
        if w <= 3 and h >= 0.4 * box.h:
            continue  # the caret
        small = h <= 0.25 * box.h and w <= 3.5 * h
        if small and pixels >= 0.55 * w * h:
            blobs.append((int(y), int(h), max(1, round(w / h)), int(x), int(w)))
        else:
            other += 1
    if sum(dots for _, _, dots, _, _ in blobs) < MIN_BULLETS or other > len(blobs) // 4:
        return False
    middles = [y + h / 2 for y, h, _, _, _ in blobs]
    heights = [h for _, h, _, _, _ in blobs]
    return (
        max(middles) - min(middles) <= 2
        and max(heights) <= 1.6 * min(heights)
        and max(heights) - min(heights) <= BULLET_HEIGHT_SLACK
        and _evenly_spaced(blobs)
    )


def _evenly_spaced(blobs: list[tuple[int, int, int, int, int]]) -> bool:
    """Whether the blobs stand at one pitch, as a row of bullets does: the gaps between them
    differ by at most BULLET_GAP_SLACK px. Small bold letters are filled blobs too (a caption in
    a box found between two inputs during a scroll, "Phone number we can reach you on", passed
    for bullets), but a word's letters stand 1 px apart and words a space apart."""
    row = sorted((x, w) for _, _, _, x, w in blobs)
    gaps = [b[0] - (a[0] + a[1]) for a, b in zip(row, row[1:], strict=False)]
    return not gaps or max(gaps) - min(gaps) <= BULLET_GAP_SLACK


class FieldMemory:
    """The input fields on screen (frame coordinates), each with whether it showed bullets."""

    def __init__(self, width: int, height: int):
        self._search = FieldSearch(width, height)
        self._fields: list[InputField] = []
        self._moved: list[Box] = []  # areas scrolled since the last update: their fields are searched again

    def update(self, grey: np.ndarray, read: list[Box]) -> None:
        """`read` lines were read again: the fields around them are found again; a field found
        where one was before keeps its `masked` (a revealed password field stays one)."""
        bands = merged_bands(self._search.bands(read) + self._moved)
        self._moved = []
        if not bands:
            return
        seen: list[InputField] = []
        for band in bands:
            for box in find_input_boxes(grey, band):
                touched = any(box.intersects(line) or labels(line, box) for line in read)
                if not touched and any(f.box.iou(box) >= SAME_FIELD_IOU for f in self._fields):
                    continue  # a field of the band that no change touched: known already
                before = any(f.masked and f.box.iou(box) >= SAME_FIELD_IOU for f in self._fields)
                seen.append(InputField(box, before or shows_bullets(grey, box)))
        # fields whose lines were read and that are no longer there are gone; the others stay
        gone = intersecting([f.box for f in self._fields], read)
        kept = [f for f, hit in zip(self._fields, gone) if not hit]
        kept = [f for f in kept if not any(f.box.iou(s.box) >= SAME_FIELD_IOU for s in seen)]
        self._fields = [*kept, *seen][-MAX_FIELDS:]

    def move(self, motion: Motion) -> None:
        """Fields inside a scrolled area move with it (and leave it when scrolled out)."""
        area = Box(0, motion.area.y, self._search.width, motion.area.h).clip(self._search.width, self._search.height)
        if not area.empty:
            self._moved.append(area)
        moved: list[InputField] = []
        for field in self._fields:
            if not field.box.intersects(motion.area):
                moved.append(field)
                continue
            # kept while its middle stays in the area: a scroll whose area was measured on
            # part of a page (a sticky panel beside it) cuts across wide fields
            box = field.box.shift(motion.dx, motion.dy)
            middle = Box(box.x + box.w // 2, box.y + box.h // 2, 1, 1)
            if motion.area.contains(middle):
                moved.append(InputField(box, field.masked))
        self._fields = moved

    def near(self, words_area: list[Box]) -> tuple[InputField, ...]:
        """The fields that words handed to detection could lie in or label."""
        reach = [Box(b.x, b.y, b.w, round(label_reach(b)) - b.y + 1) for b in words_area]
        hits = intersecting([f.box for f in self._fields], reach)
        return tuple(f for f, hit in zip(self._fields, hits) if hit)

    def reset(self) -> None:
        self._fields = []
        self._moved = []
