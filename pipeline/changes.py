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

from .types import Box


@dataclass(frozen=True, slots=True)
class ChangeConfig:
    threshold: int = 28  # grey levels; below this a difference is compression noise
    blur: int = 3  # box-blur size applied to both images before the difference
    min_pixels: int = 3  # a changed blob smaller than this is noise
    grow: int = 4  # dilation that joins the strokes of one change into one rectangle


def to_grey(image_bgr: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(image_bgr, cv2.COLOR_BGR2GRAY)


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
    # Blurring can only lower a difference (a mean is at most its largest term), so a frame with
    # no raw difference above the threshold has no change, and every blurred change lies within
    # a blur radius of a raw one: most frames end here, the rest work on crops around the raw
    # changes. Changes far apart (the pointer, a caret, the clock) get a crop each: one crop
    # around all of them was most of the frame, and cost three times as much.
    raw = cv2.absdiff(reference, current)
    over = cv2.threshold(raw, config.threshold, 255, cv2.THRESH_BINARY)[1]
    tiles = _tiles(over)
    if not tiles.any():
        return []
    # One tile of margin around each group of tiles is more than a change can spread by blur
    # and growth (blur + grow + 1 pixels), so each group's changes lie within its own tiles.
    assert TILE > config.blur + config.grow + 1
    count, labels, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(tiles, _K3), connectivity=8)
    height, width = current.shape
    boxes: list[Box] = []
    for i in range(1, count):
        tx, ty, tw, th = (int(v) for v in stats[i][:4])
        region = Box(tx * TILE, ty * TILE, tw * TILE, th * TILE).clip(width, height)
        own = None
        if count > 2:
            # the crop can reach into another group's tiles (one group around another): keep
            # to this group's own, so that nothing is found twice or cut in part
            cells = (labels[ty : ty + th, tx : tx + tw] == i).astype(np.uint8)
            own = cv2.resize(cells, (tw * TILE, th * TILE), interpolation=cv2.INTER_NEAREST)[: region.h, : region.w]
        boxes.extend(_changed_in(reference, current, region, config, own))
    return boxes


def _tiles(over: np.ndarray) -> np.ndarray:
    """uint8 map, one cell per TILE x TILE tile, non-zero where `over` has a set pixel."""
    height, width = over.shape
    bottom, right = -height % TILE, -width % TILE
    if bottom or right:
        over = cv2.copyMakeBorder(over, 0, bottom, 0, right, cv2.BORDER_CONSTANT, value=0)
    # an exact box average of 0/255 pixels: one set pixel of 256 still rounds up to 1
    return cv2.resize(over, (over.shape[1] // TILE, over.shape[0] // TILE), interpolation=cv2.INTER_AREA)


def _changed_in(
    reference: np.ndarray, current: np.ndarray, region: Box, config: ChangeConfig, own: np.ndarray | None
) -> list[Box]:
    mask = change_mask(
        reference[region.y : region.y2, region.x : region.x2], current[region.y : region.y2, region.x : region.x2], config
    )
    if own is not None:
        mask &= own
    if not mask.any():
        return []
    if config.grow > 0:
        size = 2 * config.grow + 1
        mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = []
    grown_min = config.min_pixels + (2 * config.grow + 1) ** 2 - 1
    for i in range(1, count):
        bx, by, bw, bh, pixels = (int(v) for v in stats[i])
        if pixels >= grown_min:
            boxes.append(Box(bx + region.x, by + region.y, bw, bh))
    return boxes
