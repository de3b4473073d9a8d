"""A side drawer sliding in over a preview whose value was redrawn: what shows of the value beside
the drawer's edge stays boxed in every frame (issue 16 item 5: a value partly visible is masked
where visible; a masked value whose region is partly covered keeps its box over the visible part
until it is really gone).

The class, as found on the recording shipping_labels (13.4-13.5 s): a label preview shows one
parcel's address, then another's (a row selected); the new street, shorter, is read within the
line where the longer one stood and taken as a part of it (a reading cut by a cover looks the
same). Then the "Edit recipient" drawer slides in from the right over the label's right half.
The longer value's pixels are gone, so nothing of it shows; the box of the part read (the new
street) was ended as soon as the drawer's edge reached its glyphs, and the rest of the street
showed bare beside the drawer until it was read again.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from pipeline.analysis.track import Tracker
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, Detection, VideoInfo
from tests.helpers import font

W, H = 480, 200
FPS = 15.0
AT = (200, 80)  # where the label's address line starts
LONG = "Calle Orvieto 118, 2B"  # the first parcel's street (synthetic)
SHORT = "47 Quillan Row"  # the second parcel's, shorter, drawn where the first was


def label(line: str) -> tuple[np.ndarray, Box]:
    """A white label with one bold address line, and the line's padded box (as a detector pads)."""
    image = Image.new("L", (W, H), 250)
    draw = ImageDraw.Draw(image)
    draw.rectangle((180, 30, W - 10, H - 20), outline=20, width=2)
    face = font(15, "DejaVuSans-Bold.ttf")
    draw.text(AT, line, fill=20, font=face)
    return np.asarray(image).copy(), Box.from_corners(*draw.textbbox(AT, line, font=face)).pad(4)


def drawer(grey: np.ndarray, left: int) -> np.ndarray:
    """A white drawer over the frame from x `left` to the right edge, a soft shadow left of its
    edge and captions inside it."""
    out = grey.copy()
    if left >= W:
        return out
    for k in range(1, 12):  # the shadow darkens what lies left of the edge, fading out
        x = left - k
        if 0 <= x < W:
            out[:, x] = (out[:, x].astype(np.int16) - (12 - k) * 4).clip(0, 255).astype(np.uint8)
    image = Image.fromarray(out, "L")
    draw = ImageDraw.Draw(image)
    draw.rectangle((left, 0, W - 1, H - 1), fill=255)
    for k, caption in enumerate(("Edit recipient", "Full name", "Address line 1", "Town or city")):
        draw.text((left + 14, 20 + 36 * k), caption, fill=60, font=font(12))
        draw.rectangle((left + 14, 36 + 36 * k, W - 12, 50 + 36 * k), outline=190)
    return np.asarray(image).copy()


def masks(tracker: Tracker, count: int) -> list[tuple[Box, ...]]:
    plan = RedactionPlan(VideoInfo("x", W, H, count, FPS, count / FPS, "h264", "yuv420p"), tracks=tracker.finish())
    return [m.boxes for m in iter_frame_masks(plan)]


def glyphs_left_of(grey: np.ndarray, box: Box, edge: int) -> Box | None:
    """The bounds of the value's dark glyph pixels in `box` left of x `edge` (short of the
    shadow): what a reader still sees of it."""
    crop = grey[box.y : box.y2, box.x : min(box.x2, edge - 12)] < 120
    ys, xs = np.nonzero(crop)
    if not len(xs):
        return None
    x, y = box.x, box.y
    return Box.from_corners(x + int(xs.min()), y + int(ys.min()), x + int(xs.max()) + 1, y + int(ys.max()) + 1)


def test_a_redrawn_value_s_part_keeps_its_box_beside_a_drawer_sliding_over_it():
    first, long_box = label(LONG)
    second, short_box = label(SHORT)
    assert long_box.contains(short_box.pad(-4)) and short_box.w < long_box.w
    tracker = Tracker()
    whole = Box(180, 30, W - 190, H - 50)
    tracker.update(0, 0.0, first, [whole], [Detection("ADDRESS", 0.9, long_box, "t", "h-long")])
    # the label redrawn with the second parcel's address, read and found (another value; a
    # reading's box differs from another's by a pixel or two)
    read = Box(short_box.x, short_box.y - 2, short_box.w, short_box.h + 3)
    tracker.update(1, 1 / FPS, second, [whole], [Detection("ADDRESS", 0.9, read, "t", "h-short")])
    tracker.update(2, 2 / FPS, second, [], [])
    # the drawer slides in over four frames, its edge stopping over the middle of the street
    stop = short_box.x + short_box.w // 2
    edges = [W - 40, 400, 300, stop + 20, stop, stop, stop]
    frames, previous = [], W
    for k, left in enumerate(edges, start=3):
        grey = drawer(second, left)
        tracker.update(k, k / FPS, grey, [Box(left - 12, 0, previous - left + 12, H)], [])
        frames.append((k, grey, left))
        previous = left
    shown = masks(tracker, 3 + len(edges))
    for k, grey, left in frames:
        seen = glyphs_left_of(grey, short_box, left)
        assert seen is not None
        assert any(b.contains(seen) for b in shown[k]), f"frame {k}: the street's part left of the drawer at x={left}"
    # the box keeps to what shows of the value: the drawer's captions stay readable
    assert all(b.x2 <= stop + 24 for b in shown[-1])
