"""Scrolls and window moves: a changed area whose content only shifted.

Re-reading a scrolling list from scratch every frame was the largest OCR cost measured on real
sessions (62 %). When an area's new content is its old content shifted by (dx, dy), the words
and boxes already known move with it and only the strip that scrolled into view is read.
The shift is estimated by phase correlation on a half-size copy, refined at full size, and
accepted only when the shifted old pixels really match the new ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from pipeline.analysis.changes import ChangeConfig, change_mask
from pipeline.core.types import Box


@dataclass(frozen=True, slots=True)
class MotionConfig:
    min_width: int = 32  # smaller changes are typing or a pointer, not a scroll
    min_height: int = 16
    min_changed: int = 5000  # changed pixels (summed boxes) before a frame-wide move is tried
    max_residual: float = 0.25  # shifted old vs new may differ on at most this share of pixels
    min_gain: float = 3.0  # ...and must match at least this many times better than unshifted
    min_response: float = 0.05  # phase-correlation peak strength
    group_gap: int = 64  # changes closer than this are tried as one moving area


# pixels beyond the shift at the edge where content leaves a moving area whose differences are
# the edge's shade, not the content's (_clear_leaving_edge)
LEAVING_EDGE = 8


@dataclass(frozen=True, slots=True)
class Motion:
    """Content of `area` moved by (dx, dy) between the reference and the current frame.
    `moving`: the part of `area` whose content moved, less what stayed at the edge content
    leaves by (a sticky header the changed boxes took in): what scrolls there is hidden under
    it, not moved there. The residual is cleared over that edge as its shade (see
    `_clear_leaving_edge`), so that the known words moved into a header would pass as moved
    cleanly: the rows a fast scroll took under a sticky header were kept over the header's
    own words and found again there as values (member_register: its headings masked to the
    end). The tracker checks that edge with pixels of its own (`Tracker._clear_of_cover`)."""

    area: Box
    dx: int
    dy: int
    residual: np.ndarray  # change mask (area-sized, 0/1) left after the shift is undone
    moving: Box | None = None  # None: all of `area`

    def moved_part(self) -> Box:
        return self.area if self.moving is None else self.moving

    def source(self, box: Box) -> Box:
        """Where the content now at `box` was before the move."""
        return box.shift(-self.dx, -self.dy)

    def still(self, box: Box, tolerance: float = 0.02) -> bool:
        """True when the moved pixels under `box` (frame coordinates) match: at most
        `tolerance` of them differ from the old content shifted."""
        local = box.shift(-self.area.x, -self.area.y).clip(self.area.w, self.area.h)
        if local.empty or local.area < 0.6 * box.area:
            return False
        window = self.residual[local.y : local.y2, local.x : local.x2]
        # the share of changed pixels by count: a mean over uint8 costs 15 times more
        return cv2.countNonZero(window) / window.size <= tolerance

    def changed_within(self, box: Box) -> Box | None:
        """The bounds (frame coordinates) of what changed beyond the move under `box`, or
        None if nothing did."""
        local = box.shift(-self.area.x, -self.area.y).clip(self.area.w, self.area.h)
        if local.empty:
            return None
        ys, xs = np.nonzero(self.residual[local.y : local.y2, local.x : local.x2])
        if not len(xs):
            return None
        left, top = local.x + self.area.x, local.y + self.area.y
        return Box.from_corners(
            left + int(xs.min()), top + int(ys.min()), left + int(xs.max()) + 1, top + int(ys.max()) + 1
        )

    def revealed(self) -> list[Box]:
        """Strips of `area` whose content came from outside it (scrolled into view)."""
        a, strips = self.area, []
        if self.dy > 0:
            strips.append(Box(a.x, a.y, a.w, self.dy))
        elif self.dy < 0:
            strips.append(Box(a.x, a.y2 + self.dy, a.w, -self.dy))
        if self.dx > 0:
            strips.append(Box(a.x, a.y, self.dx, a.h))
        elif self.dx < 0:
            strips.append(Box(a.x2 + self.dx, a.y, -self.dx, a.h))
        return strips


def _shifted_pair(ref: np.ndarray, cur: np.ndarray, dx: int, dy: int) -> tuple[np.ndarray, np.ndarray, Box]:
    """The overlapping parts of ref moved by (dx, dy) and cur, and the overlap in cur's coords."""
    h, w = cur.shape
    x1, y1 = max(0, dx), max(0, dy)
    x2, y2 = min(w, w + dx), min(h, h + dy)
    return ref[y1 - dy : y2 - dy, x1 - dx : x2 - dx], cur[y1:y2, x1:x2], Box.from_corners(x1, y1, x2, y2)


def _mismatch(
    ref: np.ndarray, cur: np.ndarray, dx: int, dy: int, config: ChangeConfig
) -> tuple[float, np.ndarray | None]:
    """Share of the overlap that differs after the shift, and that change mask (None: no overlap)."""
    a, b, overlap = _shifted_pair(ref, cur, dx, dy)
    if overlap.area == 0:
        return 1.0, None
    mask = change_mask(a, b, config)
    return cv2.countNonZero(mask) / mask.size, mask


def estimate_motion(
    reference: np.ndarray,
    current: np.ndarray,
    area: Box,
    config: MotionConfig,
    change: ChangeConfig,
    prefer: Sequence[tuple[int, int]] = (),
) -> Motion | None:
    """The shift of `area`'s content between two grey frames, or None if it did not just move.
    `prefer`: shifts found for other areas of the same frame, taken when one explains this
    area as well as its own estimate does."""
    if area.w < config.min_width or area.h < config.min_height:
        return None
    ref = reference[area.y : area.y2, area.x : area.x2]
    cur = current[area.y : area.y2, area.x : area.x2]
    small_ref = cv2.resize(ref, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA).astype(np.float32)
    small_cur = cv2.resize(cur, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA).astype(np.float32)
    (sx, sy), response = cv2.phaseCorrelate(small_ref, small_cur)
    if response < config.min_response:
        return None
    # the whole-pixel shifts around the estimate, nearest first: a shift that matches exactly
    # (a scroll of crisp text usually does) cannot be beaten, and ends the search
    ex, ey = 2 * sx, 2 * sy
    candidates = sorted(
        {(int(round(ex)) + kx, int(round(ey)) + ky) for kx in (-1, 0, 1) for ky in (-1, 0, 1)},
        key=lambda d: ((d[0] - ex) ** 2 + (d[1] - ey) ** 2, d),
    )
    best: tuple[float, int, int, np.ndarray | None] | None = None
    for dx, dy in candidates:
        if (dx, dy) == (0, 0) or abs(dx) >= area.w // 2 or abs(dy) >= area.h // 2:
            continue
        score, mask = _mismatch(ref, cur, dx, dy, change)
        if best is None or score < best[0]:
            best = (score, dx, dy, mask)
            if score == 0.0:
                break
    if best is None:
        return None
    score, dx, dy, mask = best
    # One scroll moves all its areas alike. A column that repeats one value row after row (a
    # grid's Owner column) matches itself shifted by a row either way, and the correlation may
    # pick the wrong way: that area's words and boxes would move against the list's.
    for shift in prefer:
        px, py = shift
        if shift in ((dx, dy), (0, 0)) or abs(px) >= area.w // 2 or abs(py) >= area.h // 2:
            continue
        other, other_mask = _mismatch(ref, cur, px, py, change)
        if other_mask is not None and other <= score:
            score, dx, dy, mask = other, px, py, other_mask
            break
    if mask is None:
        return None
    unshifted, in_place = _mismatch(ref, cur, 0, 0, change)
    if score > config.max_residual or (score > 0.0 and score * config.min_gain > unshifted):
        return None
    overlap = _shifted_pair(ref, cur, dx, dy)[2]
    residual = np.ones(cur.shape, np.uint8)  # outside the overlap: new content
    residual[overlap.y : overlap.y2, overlap.x : overlap.x2] = mask
    moving = area if in_place is None else _moving_part(area, residual, in_place, dx, dy, config)
    _clear_leaving_edge(residual, dx, dy)
    return Motion(area, dx, dy, residual, moving)


def _moving_part(area: Box, residual: np.ndarray, in_place: np.ndarray, dx: int, dy: int, config: MotionConfig) -> Box:
    """`area` less the lines at the edge content leaves by that stayed in place: a sticky
    header, a frozen column or a toolbar that the changed boxes took into the area (a
    scrollbar's thumb moving beside it, compression noise along its edge)."""
    if (dx == 0) == (dy == 0):
        return area  # a window dragged: no edge to pass under
    axis = 1 if dy else 0
    moved_off = residual.sum(axis=axis, dtype=np.int64)  # differs from the content moved there
    stayed_off = in_place.sum(axis=axis, dtype=np.int64)  # differs from what was there
    if (dy or dx) > 0:
        moved_off, stayed_off = moved_off[::-1], stayed_off[::-1]
    lead = _static_lead(moved_off, stayed_off, least=max(4, residual.shape[axis] // 100))
    if lead == 0 or (area.h if dy else area.w) - lead < (config.min_height if dy else config.min_width):
        return area
    if dy < 0:
        return Box(area.x, area.y + lead, area.w, area.h - lead)
    if dy > 0:
        return Box(area.x, area.y, area.w, area.h - lead)
    if dx < 0:
        return Box(area.x + lead, area.y, area.w - lead, area.h)
    return Box(area.x, area.y, area.w - lead, area.h)


def _static_lead(moved_off: np.ndarray, stayed_off: np.ndarray, least: int) -> int:
    """How many lines from the leaving edge belong to what stayed: up to the last line that
    matches itself in place far better than the content moved there (`least` pixels off at
    least), before the first line that the move explains better than staying by more than
    `least` (moved content, however sparse; a margin, as a scrollbar's thumb beside a header
    differs in place on every line)."""
    lead = 0
    for i, (moved, stayed) in enumerate(zip(moved_off.tolist(), stayed_off.tolist())):
        if stayed > moved + least:
            break
        if moved >= least and moved > 4 * stayed:
            lead = i + 1
    return lead


def _clear_leaving_edge(residual: np.ndarray, dx: int, dy: int) -> None:
    """Content on its way out of an area passes under whatever stays at that edge: a sticky
    header's drop shadow, a fade, a frame's rounded corner. Shifted, it differs from itself
    there by the shade, which is no change of its own: the line cut at the edge was read again
    on every read of a slow scroll (half of the second engine's lines on a support session,
    all of them garbage), and the words on their way out, not `still`, were read again with it.
    What changes there for real reaches further in than the shift and LEAVING_EDGE."""
    h, w = residual.shape
    if dy < 0:
        residual[: min(h, -dy + LEAVING_EDGE)] = 0
    elif dy > 0:
        residual[max(0, h - dy - LEAVING_EDGE) :] = 0
    if dx < 0:
        residual[:, : min(w, -dx + LEAVING_EDGE)] = 0
    elif dx > 0:
        residual[:, max(0, w - dx - LEAVING_EDGE) :] = 0


def residual_boxes(motion: Motion, grow: int = 4, min_pixels: int = 3) -> list[Box]:
    """Rectangles (frame coordinates) inside the moved area that changed beyond the move."""
    mask = motion.residual.copy()
    for strip in motion.revealed():  # read as strips of their own
        local = strip.shift(-motion.area.x, -motion.area.y)
        mask[local.y : local.y2, local.x : local.x2] = 0
    if not mask.any():
        return []
    # grown within the bounds of what changed (and `grow` around it): nothing beyond is set.
    # The crop starts on even rows and columns: the labelling numbers components block of 2 x 2
    # by block, and so they come out in the same order as over the whole area.
    bx, by, bw, bh = cv2.boundingRect(mask)
    x1, y1 = max(bx - grow, 0) & ~1, max(by - grow, 0) & ~1
    x2, y2 = min(bx + bw + grow, mask.shape[1]), min(by + bh + grow, mask.shape[0])
    size = 2 * grow + 1
    mask = cv2.dilate(mask[y1:y2, x1:x2], cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = []
    for i in range(1, count):
        x, y, w, h, pixels = (int(v) for v in stats[i])
        if pixels >= min_pixels + size * size - 1:
            boxes.append(Box(x + x1 + motion.area.x, y + y1 + motion.area.y, w, h))
    return boxes


def group_boxes(boxes: list[Box], gap: int) -> list[list[Box]]:
    """`boxes` in groups whose members lie within `gap` pixels of another member (single
    linkage), in first-member order."""
    parent = list(range(len(boxes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if len(boxes) > 1:
        xy = np.array([(b.x, b.y, b.x2, b.y2) for b in boxes], dtype=np.int64)
        # gap between each pair along x and along y (negative when they overlap)
        gx = np.maximum(xy[:, None, 0], xy[None, :, 0]) - np.minimum(xy[:, None, 2], xy[None, :, 2])
        gy = np.maximum(xy[:, None, 1], xy[None, :, 1]) - np.minimum(xy[:, None, 3], xy[None, :, 3])
        near = (gx <= gap) & (gy <= gap)
        for i, j in zip(*np.nonzero(np.triu(near, 1))):
            a, b = root(int(i)), root(int(j))
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[Box]] = {}
    for i, box in enumerate(boxes):
        groups.setdefault(root(i), []).append(box)
    return list(groups.values())
