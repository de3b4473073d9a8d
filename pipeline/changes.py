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


def changed_boxes(reference: np.ndarray, current: np.ndarray, config: ChangeConfig) -> list[Box]:
    """Rectangles (frame coordinates) where `current` differs from `reference`."""
    # Blurring can only lower a difference (a mean is at most its largest term), so a frame with
    # no raw difference above the threshold has no change, and every blurred change lies within
    # a blur radius of a raw one: most frames end here, the rest work on a crop.
    raw = cv2.absdiff(reference, current)
    over = cv2.threshold(raw, config.threshold, 1, cv2.THRESH_BINARY)[1]
    points = cv2.findNonZero(over)
    if points is None:
        return []
    pad = config.blur + config.grow + 1
    x, y, w, h = cv2.boundingRect(points)
    region = Box(x - pad, y - pad, w + 2 * pad, h + 2 * pad).clip(current.shape[1], current.shape[0])
    mask = change_mask(
        reference[region.y : region.y2, region.x : region.x2], current[region.y : region.y2, region.x : region.x2], config
    )
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
