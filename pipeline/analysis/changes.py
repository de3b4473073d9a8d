"""What changed on screen since the last analysed state.

A screen recording is mostly still: the analysis compares each frame with the state it last
analysed (not with the previous frame, so that slow drifts add up) and hands on only the
rectangles that really changed. H.264 compression shimmers around text, above all on
keyframes; a light blur before the difference and a threshold near 24-32 grey levels keep
that noise out while a typed character (a strong, dense change) stays in.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from pipeline.core.types import Box


@dataclass(frozen=True, slots=True)
class ChangeConfig:
    threshold: int = 28  # grey levels; below this a difference is compression noise
    blur: int = 3  # box-blur size applied to both images before the difference
    min_pixels: int = 3  # a changed blob smaller than this is noise
    grow: int = 4  # dilation that joins the strokes of one change into one rectangle


def to_grey(image_bgr: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(image_bgr, cv2.COLOR_BGR2GRAY)


def median_level(grey: np.ndarray) -> int:
    """The median grey level of an 8-bit image (the lower middle for an even count), counted
    by histogram: several times cheaper than np.median's sort on a box's crop, which the
    tracker asks of every live box on every frame that moves."""
    counts = np.bincount(grey.ravel(), minlength=256).cumsum()
    return int(np.searchsorted(counts, (grey.size + 1) // 2))


def change_mask(reference: np.ndarray, current: np.ndarray, config: ChangeConfig) -> np.ndarray:
    """Binary mask (uint8 0/1) of pixels that changed beyond compression noise."""
    if config.blur > 1:
        reference = cv2.blur(reference, (config.blur, config.blur))
        current = cv2.blur(current, (config.blur, config.blur))
    diff = cv2.absdiff(reference, current)
    _, mask = cv2.threshold(diff, config.threshold, 1, cv2.THRESH_BINARY)
    return mask


TILE = 16  # pixels per side of the tiles that group raw changes into separate work areas
_K3 = np.ones((3, 3), np.uint8)


def changed_boxes(reference: np.ndarray, current: np.ndarray, config: ChangeConfig) -> list[Box]:
    """Rectangles (frame coordinates) where `current` differs from `reference`."""
    return _boxes_in(_over(reference, current, config), None, reference, current, config)


class ChangeFinder:
    """`changed_boxes` over the frames of one recording, against one evolving reference,
    redoing only what can have changed since the last frame. The boxes are the same.

    - A frame identical to the last one (43 % of the frames in the benchmark sessions), with
      the reference not written since, has the same changes: nothing is done.
    - Otherwise raw differences are taken again only over the tiles where the frame or the
      reference changed, and their neighbours (the blur reaches one pixel into them).
    - Against the last analysed state, H.264 leaves a shimmer of raw differences around text
      (11,000 pixels over the threshold in two frames of three) that the blurred test finds to
      be noise. Such a tile keeps that verdict while nothing changes within its reach, and is
      not tested again; before, this cost about 4 ms in every 1080p frame.

    The owner tells `reference_changed` whatever it writes into the reference."""

    def __init__(self, config: ChangeConfig):
        self.config = config
        self.reset()

    def reset(self) -> None:
        self._previous: np.ndarray | None = None  # the frame of the last call (never written to)
        self.repeated = False  # whether the frame of the last call showed the pixels of the one before
        self._over: np.ndarray | None = None  # tiles with raw differences at the last call
        self._quiet: np.ndarray | None = None  # ...of which held only noise
        self._boxes: list[Box] = []
        self._written: list[Box] = []  # reference writes since the last call

    def find(self, reference: np.ndarray, current: np.ndarray) -> list[Box]:
        previous, self._previous = self._previous, current
        written, self._written = self._written, []
        self.repeated = False
        if previous is None or self._over is None or previous.shape != current.shape:
            over, skip = _over(reference, current, self.config), None
        else:
            changed = _tiles_differing(previous, current)
            self.repeated = not changed.any()
            for box in written:
                changed[box.y // TILE : -(-box.y2 // TILE), box.x // TILE : -(-box.x2 // TILE)] = True
            if not changed.any():
                return list(self._boxes)
            stale = cv2.dilate(changed.view(np.uint8), _K3).view(bool)
            rows, cols = np.nonzero(stale.any(axis=1))[0], np.nonzero(stale.any(axis=0))[0]
            area = Box.from_corners(
                int(cols[0]) * TILE, int(rows[0]) * TILE, (int(cols[-1]) + 1) * TILE, (int(rows[-1]) + 1) * TILE
            ).clip(current.shape[1], current.shape[0])
            over = self._over.copy()
            over[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1] = _over(
                reference[area.y : area.y2, area.x : area.x2], current[area.y : area.y2, area.x : area.x2], self.config
            )
            skip = self._quiet & ~stale
        boxes = _boxes_in(over, skip, reference, current, self.config)
        quiet = over.copy()
        for box in boxes:
            quiet[box.y // TILE : -(-box.y2 // TILE), box.x // TILE : -(-box.x2 // TILE)] = False
        self._over, self._quiet, self._boxes = over, quiet, boxes
        return list(boxes)

    def reference_changed(self, boxes: list[Box]) -> None:
        """The reference was written in `boxes`: what lies within their reach is tested again."""
        self._written.extend(boxes)


def _over(reference: np.ndarray, current: np.ndarray, config: ChangeConfig) -> np.ndarray:
    """Tile map of raw differences over the threshold."""
    diff = cv2.absdiff(reference, current)
    over = cv2.compare(diff, config.threshold, cv2.CMP_GT)  # type: ignore[call-overload]  # stubs lack scalar src2
    return _tiles(over)


def _boxes_in(
    over: np.ndarray, skip: np.ndarray | None, reference: np.ndarray, current: np.ndarray, config: ChangeConfig
) -> list[Box]:
    """The changed rectangles within the tiles of `over` (raw differences), but for those in
    `skip` (known to hold no change)."""
    # Blurring can only lower a difference (a mean is at most its largest term), so a frame with
    # no raw difference above the threshold has no change, and every blurred change lies within
    # a blur radius of a raw one: most frames end here, the rest work on crops around the raw
    # changes. Changes far apart (the pointer, a caret, the clock) get a crop each: one crop
    # around all of them was most of the frame, and cost three times as much.
    tiles = over if skip is None else over & ~skip
    if not tiles.any():
        return []
    # One tile of margin around each group of tiles is more than a change can spread by blur
    # and growth (blur + grow + 1 pixels), so each group's changes lie within its own tiles.
    assert config.blur + config.grow + 1 < TILE
    count, labels, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(tiles.view(np.uint8), _K3), connectivity=8)
    height, width = current.shape
    boxes: list[Box] = []
    for i in range(1, count):
        tx, ty, tw, th = (int(v) for v in stats[i][:4])
        region = Box(tx * TILE, ty * TILE, tw * TILE, th * TILE).clip(width, height)
        own = None
        if count > 2 or skip is not None:
            # the crop can reach into another group's tiles (one group around another): keep
            # to this group's own, so that nothing is found twice or cut in part; and a skipped
            # tile's verdict stands (at the crop's rim the blur would see only half of it)
            cells = labels[ty : ty + th, tx : tx + tw] == i
            if skip is not None:
                cells &= ~skip[ty : ty + th, tx : tx + tw]
            own = cv2.resize(cells.view(np.uint8), (tw * TILE, th * TILE), interpolation=cv2.INTER_NEAREST)
            own = own[: region.h, : region.w]
        boxes.extend(_changed_in(reference, current, region, config, own))
    return boxes


def _tiles(changed: np.ndarray) -> np.ndarray:
    """bool map, one cell per TILE x TILE tile, True where `changed` (uint8, 0 or 255) has a set pixel."""
    if _word_aligned(changed):
        return _any_per_tile(changed.view(np.uint64) != 0)
    height, width = changed.shape
    rows, cols = -(-height // TILE), -(-width // TILE)
    bottom, right = rows * TILE - height, cols * TILE - width
    if bottom or right:
        changed = cv2.copyMakeBorder(changed, 0, bottom, 0, right, cv2.BORDER_CONSTANT, value=0)
    # an exact box average of 0/255 pixels: one set pixel of 256 still rounds up to 1
    return cv2.resize(changed, (cols, rows), interpolation=cv2.INTER_AREA) > 0


def _tiles_differing(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Tile map of where two grey frames differ at all."""
    if _word_aligned(a) and _word_aligned(b):
        return _any_per_tile(a.view(np.uint64) != b.view(np.uint64))
    return _tiles(cv2.compare(a, b, cv2.CMP_NE))


def _word_aligned(image: np.ndarray) -> bool:
    return image.shape[1] % TILE == 0 and image.flags.c_contiguous


def _any_per_tile(words: np.ndarray) -> np.ndarray:
    """Tile map from a (height, width / 8) bool map of 8-pixel words (a tile is 2 words by 16
    rows): 16 rows and 2 words reduce without touching the frame again."""
    height, count = words.shape
    pairs = words.view(np.uint16)  # a tile row's two bools as one number, non-zero if either
    full, rows = height // TILE, -(-height // TILE)
    out = np.empty((rows, count // 2), bool)
    np.not_equal(np.bitwise_or.reduce(pairs[: full * TILE].reshape(full, TILE, count // 2), axis=1), 0, out=out[:full])
    if full < rows:
        np.not_equal(np.bitwise_or.reduce(pairs[full * TILE :], axis=0), 0, out=out[full])
    return out


def _changed_in(
    reference: np.ndarray, current: np.ndarray, region: Box, config: ChangeConfig, own: np.ndarray | None
) -> list[Box]:
    mask = change_mask(
        reference[region.y : region.y2, region.x : region.x2],
        current[region.y : region.y2, region.x : region.x2],
        config,
    )
    if own is not None:
        mask &= own
    if not mask.any():
        return []
    # Only the bounds of what changed, grown, can hold a box: grown and labelled there alone
    # (on even rows and columns, so that the labels come in the same order as over the region).
    x, y, w, h = cv2.boundingRect(mask)
    grow = max(config.grow, 0)
    x1, y1 = max(x - grow, 0) & ~1, max(y - grow, 0) & ~1
    mask = mask[y1 : min(y + h + grow, mask.shape[0]), x1 : min(x + w + grow, mask.shape[1])]
    if config.grow > 0:
        size = 2 * config.grow + 1
        mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = []
    grown_min = config.min_pixels + (2 * config.grow + 1) ** 2 - 1
    for i in range(1, count):
        bx, by, bw, bh, pixels = (int(v) for v in stats[i])
        if pixels >= grown_min:
            boxes.append(Box(bx + x1 + region.x, by + y1 + region.y, bw, bh))
    return boxes
