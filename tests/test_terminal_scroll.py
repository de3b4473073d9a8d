"""A terminal or pager scrolled one line at a time (less, `j` pressed): the boxes over its rows
move up a line with the text, also where the row they move into lies right under the window's
title bar, which does not move. Drawn frames fed to the tracker as the analysis does: the move
first (the read of the row that came in is deferred), then the frame's changed areas.

Scaled down (a viewer showing the remote screen at 75 %), a line is about 13 px high and a
value's padded box 14-17: moved up a line, the box of the second row reaches with its padding
into the bottom rows of the title bar, which lie inside the moved area's bounds but did not move.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from pipeline.analysis.changes import ChangeConfig, changed_boxes
from pipeline.analysis.motion import Motion, MotionConfig, estimate_motion
from pipeline.analysis.track import Tracker
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, Detection, VideoInfo
from tests.helpers import font

W, H = 480, 200
FPS = 15.0
TITLE = 17  # the title bar's rows: 0 .. TITLE - 1, light, never moving
TOP = 17  # the first text row's top
PITCH = 13  # one line
ROWS = 13
PAD = 4  # the detector's padding around a value's glyphs

# synthetic log lines: a hash, an author's two words, an address, a date; no real values
LINES = [
    f"{h} Quill{k:02d} Varnstead{'x' * (k % 4)} <q{k}.v{k * 7 % 10}@example.invalid> 2026-11-{10 + k} edit"
    for k, h in enumerate(
        ["4f2a9c1", "b7e03d2", "0c9d5e8", "e1a4f70", "9b3c2d1", "57d0e4a", "c2f8b19", "1e6a7d3", "8d4b0f2"]
        + ["a39e6c5", "f0b7218", "3c5d9a4", "6e2f1b7", "d81a4c0", "2b9e7f6", "7a0c3d8", "e5f4a21", "0d7b6c9"]
    )
]
AUTHOR = (8 * 7, 8 * 7 + 10 * 7 - 1)  # columns 8-17 of a 7 px cell: the author's two words (x0, x1)


def terminal(first: int) -> np.ndarray:
    """A dark terminal showing LINES from `first` on, under a light title bar."""
    image = Image.new("L", (W, H), 24)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, W - 1, TITLE - 1), fill=175)
    face = font(11, "DejaVuSansMono.ttf")
    for row in range(ROWS):
        draw.text((4, TOP + row * PITCH), LINES[first + row], fill=225, font=face)
    return np.asarray(image).copy()


def author_box(grey: np.ndarray, row: int) -> Box:
    """The padded box of the author's words on screen row `row`, as the detector pads a value."""
    y0, y1 = TOP + row * PITCH, TOP + (row + 1) * PITCH
    band = grey[y0:y1, 4 + AUTHOR[0] : 4 + AUTHOR[1]] > 120
    ys, xs = np.nonzero(band)
    return Box.from_corners(
        4 + AUTHOR[0] + int(xs.min()) - PAD,
        y0 + int(ys.min()) - PAD,
        4 + AUTHOR[0] + int(xs.max()) + 1 + PAD,
        y0 + int(ys.max()) + 1 + PAD,
    )


def masks(tracker: Tracker, count: int) -> list[tuple[Box, ...]]:
    plan = RedactionPlan(VideoInfo("x", W, H, count, FPS, count / FPS, "h264", "yuv420p"), tracks=tracker.finish())
    return [m.boxes for m in iter_frame_masks(plan)]


def glyph_rows(box: Box) -> Box:
    """The box without its padding: the glyphs that must stay hidden."""
    return box.pad(-PAD)


def test_a_value_scrolled_up_into_the_row_under_the_title_bar_keeps_its_box():
    frames = [terminal(first) for first in range(4)]
    tracker = Tracker()
    # rows 1-3 hold a value each (the top row's box leaves with its row at the first step)
    boxes = [author_box(frames[0], row) for row in range(1, 4)]
    found = [Detection("PERSON", 0.9, b, "t", f"h{i}") for i, b in enumerate(boxes)]
    tracker.update(0, 0.0, frames[0], [Box(0, 0, W, H)], found)
    # the padding of the second row's box, moved up a line, reaches into the title bar
    assert boxes[0].y - PITCH < TITLE
    change = ChangeConfig()
    for k in range(1, 4):
        before, after = frames[k - 1], frames[k]
        changed = changed_boxes(before, after, change)
        area = Box.union_all(changed)
        assert area is not None and area.y < TITLE  # the change's bounds take in the bar's edge
        motion = estimate_motion(before, after, area, MotionConfig(), change)
        assert motion is not None and (motion.dx, motion.dy) == (0, -PITCH)
        tracker.moves(k, k / FPS, after, [motion])
        tracker.update(k, k / FPS, after, changed, [])  # no finding: the read waits for the scroll
    shown = masks(tracker, 4)
    for k in range(1, 4):
        for i, box in enumerate(boxes):
            row = i + 1 - k  # the value's screen row in frame k
            if row < 0:
                continue  # scrolled out of view
            now = glyph_rows(box.shift(0, -k * PITCH))
            assert any(b.contains(now) for b in shown[k]), f"frame {k}: the value of row {i + 1}, now on row {row}"


def test_a_value_a_move_s_area_takes_in_but_that_stayed_keeps_its_box_where_it_is():
    """The other side: a move found over an area that takes in a value which did not move (a
    pane beside it scrolled, the two changed areas taken as one): its glyphs still show where
    they were, so its box stays there rather than going up a line with the move."""
    before, after = terminal(0), terminal(1)
    frame = before.copy()
    frame[:, 300:] = after[:, 300:]  # the right-hand pane scrolled a line, the rest stayed
    box = author_box(before, 1)
    tracker = Tracker()
    tracker.update(0, 0.0, before, [Box(0, 0, W, H)], [Detection("PERSON", 0.9, box, "t", "h0")])
    area = Box(0, TITLE - 2, W, H - TITLE + 2)
    tracker.moves(1, 1 / FPS, frame, [Motion(area, 0, -PITCH, np.zeros((area.h, area.w), np.uint8))])
    tracker.update(1, 1 / FPS, frame, [Box(300, TITLE, W - 300, H - TITLE)], [])
    shown = masks(tracker, 2)
    assert any(b.contains(glyph_rows(box)) for b in shown[1])
    assert not any(b.contains(glyph_rows(box.shift(0, -PITCH))) for b in shown[1])
