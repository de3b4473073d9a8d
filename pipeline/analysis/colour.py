"""Text whose contrast is in its colour, not its luma: saturated text on a dark ground.

The analysis works on luma (media/frames.py). ANSI red (#cd0000) on xterm's ground (#1d1f21) is
about 30 grey levels from it in luma, under the line finder's ink level, and ANSI blue (#0000ee)
is as dark as that ground: `git diff --word-diff`'s removed runs, `ls --color`'s directories, a
red badge's text in a dark theme. A person reads them by their colour. Their brightest channel
(HSV's value: luma plus how far the brightest of red, green and blue outshines it) shows them
bright on a dark ground. It is made from the frame's chroma (U and V, decoded with the luma at
half resolution in 4:2:0) one box at a time, and only for a box where some pixel is saturated;
and a line is read from it only where it shows ink that luma does not. Most screens' text has
its contrast in luma: their lines and crops are luma's, as before.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from pipeline.analysis.changes import median_level
from pipeline.core.types import Box

# A pixel whose brightest channel outshines its luma by this much is saturated (ANSI red: 144,
# blue: 211; a grey or a pastel tint: under 30). A box with none is read from luma alone.
SATURATED = 48
# A line crop's pixel this far from the crop's median is ink (as ocr.BARE_LEVEL); the brightest
# channel is read for a line when HIDDEN_SHARE of its ink there, HIDDEN_MIN pixels at least, is
# no ink in luma (a red run in a white line: the run's share; a blue link on a white page: none)
INK_LEVEL = 40
HIDDEN_SHARE = 0.15
HIDDEN_MIN = 12
HIDDEN_EDGES = 12  # edge pixels that only colour shows: a region, or a line of it, with fewer is luma's
_K3 = np.ones((3, 3), np.uint8)
_LONG_H = cv2.getStructuringElement(cv2.MORPH_RECT, (41, 1))  # as ocr.py's rules: no glyph stroke is as long
_LONG_V = cv2.getStructuringElement(cv2.MORPH_RECT, (1, 41))
# BT.601: how much brighter than luma red, green and blue are, per unit of V and U off grey
_RED_V, _BLUE_U, _GREEN_U, _GREEN_V = 1.402, 1.772, -0.344, -0.714


def saturation(chroma: np.ndarray) -> np.ndarray:
    """How far each pixel's chroma lies from grey (uint8, the larger of |U - 128| and |V - 128|,
    at the chroma's size): what the analysis compares beside luma to find what changed."""
    u, v = cv2.split(chroma)
    off_u = cv2.absdiff(u, 128)  # type: ignore[call-overload]  # stubs lack scalar src2
    off_v = cv2.absdiff(v, 128)  # type: ignore[call-overload]
    return cv2.max(off_u, off_v)


def value_crop(grey: np.ndarray, chroma: np.ndarray, box: Box) -> np.ndarray | None:
    """The brightest channel of `box` (inside the frame) as a grey crop, from the frame's luma
    and its chroma (U, V; any fraction of the frame's size), or None when no pixel of the box is
    saturated (it would be the luma crop again)."""
    (cx1, cy1, cx2, cy2), (fy, fx) = _chroma_box(grey, chroma, box)
    excess = _excess(chroma[cy1:cy2, cx1:cx2])
    if excess.size == 0 or float(excess.max()) < SATURATED:
        return None
    # to the frame's scale, then the box's pixels out of it
    full = cv2.resize(excess, (round((cx2 - cx1) * fx), round((cy2 - cy1) * fy)), interpolation=cv2.INTER_LINEAR)
    x0, y0 = box.x - round(cx1 * fx), box.y - round(cy1 * fy)
    full = full[y0 : y0 + box.h, x0 : x0 + box.w]
    if full.shape != (box.h, box.w):  # a box at an odd frame edge: the last chroma row or column again
        full = cv2.copyMakeBorder(full, 0, box.h - full.shape[0], 0, box.w - full.shape[1], cv2.BORDER_REPLICATE)
    luma = grey[box.y : box.y2, box.x : box.x2].astype(np.float32)
    return np.clip(luma + full, 0, 255).astype(np.uint8)


def hidden_words(
    grey: np.ndarray,
    chroma: np.ndarray,
    region: Box,
    level: int,
    word_gap: int,
    heights: tuple[int, int],
    aspect: float,
) -> list[Box]:
    """The boxes (in the frame) of word-shaped clusters of edges that only colour shows in
    `region`: edges joined across `word_gap`, `heights` (least, most) tall and `aspect` times
    wider than tall or more. Looked for at the chroma's resolution, on luma taken at the same
    pixels: a region with saturated pixels and none of these (a wallpaper, coloured icons,
    text that luma shows as well: most of them) is searched no more (on a frame of the 720p
    benchmark session, a blue desktop with coloured icons: 5-7 % more than luma's search alone,
    where a second search of the whole region doubled it)."""
    (cx1, cy1, cx2, cy2), (fy, fx) = _chroma_box(grey, chroma, region)
    excess = _excess(chroma[cy1:cy2, cx1:cx2])
    if excess.size == 0 or float(excess.max()) < SATURATED:
        return []
    sy, sx = max(1, round(fy)), max(1, round(fx))
    luma = grey[cy1 * sy : cy2 * sy : sy, cx1 * sx : cx2 * sx : sx]
    excess = excess[: luma.shape[0], : luma.shape[1]]
    value = np.clip(luma + excess, 0, 255).astype(np.uint8)
    hidden = hidden_edges(luma, value, level)
    if not hidden.any():
        return []
    gap = cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, word_gap // sx), 1))
    joined = cv2.morphologyEx(hidden, cv2.MORPH_CLOSE, gap)
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    words = []
    for i in range(1, count):
        x, y, w, h = (int(v) for v in stats[i][:4])
        box = Box((cx1 + x) * sx, (cy1 + y) * sy, w * sx, h * sy)
        if box.w >= aspect * box.h and heights[0] <= box.h <= heights[1]:
            words.append(box)
    return words


_Corners = tuple[int, int, int, int]


def _chroma_box(grey: np.ndarray, chroma: np.ndarray, box: Box) -> tuple[_Corners, tuple[float, float]]:
    """The chroma pixels over `box` (x1, y1, x2, y2) and the frame's scale to them (y, x)."""
    fy, fx = grey.shape[0] / chroma.shape[0], grey.shape[1] / chroma.shape[1]
    cx2 = min(chroma.shape[1], math.ceil(box.x2 / fx))
    cy2 = min(chroma.shape[0], math.ceil(box.y2 / fy))
    return (int(box.x / fx), int(box.y / fy), cx2, cy2), (fy, fx)


def _excess(uv: np.ndarray) -> np.ndarray:
    """How far each pixel's brightest channel outshines its luma (float32, 0 for grey)."""
    centred = uv.astype(np.float32) - 128.0
    u, v = centred[:, :, 0], centred[:, :, 1]
    return np.maximum(np.maximum(_RED_V * v, _BLUE_U * u), np.maximum(_GREEN_U * u + _GREEN_V * v, 0.0))


def hidden_edges(luma: np.ndarray, value: np.ndarray, level: int) -> np.ndarray:
    """The edges (uint8 0/1) that `value`, the brightest channel of a crop, shows and `luma`, the
    same crop's luma, does not (morphological gradients over `level`), without long straight
    runs: a dark window's edge on a saturated wallpaper is one, no letters."""
    shown = cv2.morphologyEx(value, cv2.MORPH_GRADIENT, _K3) > level
    hidden = (shown & (cv2.morphologyEx(luma, cv2.MORPH_GRADIENT, _K3) <= level)).astype(np.uint8)
    if not hidden.any():
        return hidden
    straight = cv2.bitwise_or(
        cv2.morphologyEx(hidden, cv2.MORPH_OPEN, _LONG_H), cv2.morphologyEx(hidden, cv2.MORPH_OPEN, _LONG_V)
    )
    return cv2.subtract(hidden, straight)


def line_image(grey: np.ndarray, chroma: np.ndarray | None, box: Box) -> np.ndarray:
    """The crop of `box` (inside the frame) to find a line's letters in: luma's, or the
    brightest channel's where that shows ink luma does not (`hides_ink`)."""
    crop = grey[box.y : box.y2, box.x : box.x2]
    if chroma is None:
        return crop
    value = value_crop(grey, chroma, box)
    return value if value is not None and hides_ink(crop, value) else crop


def hides_ink(luma: np.ndarray, value: np.ndarray) -> bool:
    """Whether `value` (the brightest channel of a line's crop) shows ink that `luma` (the same
    crop's luma) does not: pixels far from the crop's ground in the one and near it in the other,
    HIDDEN_SHARE of the value's ink and HIDDEN_MIN pixels at least."""
    ink_value = _ink(value)
    hidden = int(np.count_nonzero(ink_value & ~_ink(luma)))
    return hidden >= HIDDEN_MIN and hidden >= HIDDEN_SHARE * int(np.count_nonzero(ink_value))


def _ink(crop: np.ndarray) -> np.ndarray:
    return cv2.absdiff(crop, median_level(crop)) >= INK_LEVEL  # type: ignore[call-overload]  # scalar src2
