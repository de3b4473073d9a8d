"""A grid's rows scrolling under its sticky header (issue 17's gate, class: CRM grids, admin
tables and spreadsheets whose header row stays while the rows scroll under it).

The area found moving reaches a few rows into the header (change boxes are grown), so a row
cut by the header's edge is moved to where the header still shows: those rows did not move.
Compared there, the value's top looked changed, its box was taken to have stayed where it was,
and there it was cut to a sliver of pixels that matched by chance (another row's digit in the
same column), while the cut row showed its digits under the header unmasked (crm_grid at
3.8 s: a phone number's box 11 px wide for three frames). Drawn frames of a phone column; the
numbers are invented."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from pipeline.analysis.changes import ChangeConfig, changed_boxes
from pipeline.analysis.motion import MotionConfig, estimate_motion
from pipeline.analysis.track import Tracker
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, Detection, VideoInfo
from tests.helpers import font

W, H = 300, 260
HEADER = 40  # the header band's height: rows scroll under it
PITCH = 21
PHONES = [
    "(630) 847-2915",
    "(418) 293-6071",
    "(972) 516-3408",
    "(205) 768-1943",
    "(841) 390-5726",
    "(367) 124-8590",
    "(594) 681-7032",
    "(713) 459-2068",
    "(286) 937-4150",
    "(459) 802-6317",
]


def frame(offset: int) -> tuple[np.ndarray, list[Box]]:
    """The column scrolled up by `offset` px under its header, and each number's padded box."""
    image = Image.new("L", (W, H), 252)
    draw = ImageDraw.Draw(image)
    boxes = []
    for k, phone in enumerate(PHONES):
        y = HEADER + 8 + k * PITCH - offset
        draw.text((40, y), phone, fill=30, font=font(13))
        boxes.append(Box.from_corners(*draw.textbbox((40, y), phone, font=font(13))).pad(3))
    draw.rectangle((0, 0, W, HEADER - 1), fill=244)  # the sticky header, over what scrolled up
    draw.line((0, HEADER - 1, W, HEADER - 1), fill=200)
    draw.text((40, 12), "Phone", fill=40, font=font(13))
    return np.asarray(image).copy(), boxes


def scrolled(tracker: Tracker, before: np.ndarray, after: np.ndarray, frame_index: int) -> None:
    """One scroll as the analysis finds it: the area that changed, grown, and its shift."""
    area = Box.union_all(changed_boxes(before, after, ChangeConfig()))
    assert area is not None and area.y < HEADER, "the moving area reaches into the header"
    motion = estimate_motion(before, after, area, MotionConfig(), ChangeConfig())
    assert motion is not None
    tracker.moves(frame_index, frame_index / 10, after, [motion])
    tracker.update(frame_index, frame_index / 10, after, [], [])


def unmasked_ink(grey: np.ndarray, boxes: tuple[Box, ...]) -> int:
    """Glyph pixels of the numbers below the header that no box covers."""
    ink = grey < 128
    ink[:HEADER] = False
    for b in boxes:
        ink[max(b.y, 0) : b.y2, max(b.x, 0) : b.x2] = False
    return int(ink.sum())


def test_a_row_scrolling_under_a_sticky_header_stays_masked_over_what_shows_of_it():
    shown, boxes = frame(0)
    tracker = Tracker()
    detections = [Detection("PHONE_NUMBER", 0.9, b, "test", f"h{k}") for k, b in enumerate(boxes)]
    tracker.update(0, 0.0, shown, [Box(0, 0, W, H)], detections)
    frames = [shown]
    # three rows' pitch at once (the next row takes the place of the last), the fourth row cut by
    # the header's edge, two thirds of its text under it
    for i, offset in enumerate((18, 18 + 3 * PITCH), start=1):
        after, _ = frame(offset)
        scrolled(tracker, frames[-1], after, i)
        frames.append(after)
    tracker.update(len(frames), len(frames) / 10, frames[-1], [], [])
    frames.append(frames[-1])
    info = VideoInfo("x", W, H, len(frames), 10.0, len(frames) / 10, "h264", "yuv420p")
    for masks in iter_frame_masks(RedactionPlan(info, tracks=tracker.finish())):
        assert unmasked_ink(frames[masks.index], masks.boxes) == 0, f"frame {masks.index}: digits show"


def test_a_row_scrolled_out_under_the_header_leaves_no_sliver_where_it_was():
    """The precision side: rows that the scroll takes out of view under the header end. Every
    number opens with a bracket at the same place, so the row that took a gone row's place
    matches its bracket there; that is no part of the gone value left showing beside a window,
    and no 10 px box may stay on it (moved with nothing, it drifted over the next rows)."""
    shown, boxes = frame(0)
    tracker = Tracker()
    detections = [Detection("PHONE_NUMBER", 0.9, b, "test", f"h{k}") for k, b in enumerate(boxes)]
    tracker.update(0, 0.0, shown, [Box(0, 0, W, H)], detections)
    frames = [shown]
    for i, offset in enumerate((18, 18 + 3 * PITCH, 18 + 4 * PITCH), start=1):
        after, _ = frame(offset)
        scrolled(tracker, frames[-1], after, i)
        frames.append(after)
    info = VideoInfo("x", W, H, len(frames), 10.0, len(frames) / 10, "h264", "yuv420p")
    for masks in iter_frame_masks(RedactionPlan(info, tracks=tracker.finish())):
        assert unmasked_ink(frames[masks.index], masks.boxes) == 0, f"frame {masks.index}: digits show"
        slivers = [b for b in masks.boxes if b.w < boxes[0].w // 3 and b.y >= HEADER]
        assert not slivers, f"frame {masks.index}: a sliver of a gone row's box"


def grid(offset: int) -> np.ndarray:
    """Two columns of numbers scrolled up by `offset` px under a header with a heading over
    each, and a scrollbar's thumb down the right edge, moved with the list: its track starts
    beside the headings, so the thumb changes rows of the header's band as it moves."""
    image = Image.new("L", (W, H), 252)
    draw = ImageDraw.Draw(image)
    for k, phone in enumerate(PHONES):
        y = HEADER + 8 + k * PITCH - offset
        draw.text((40, y), phone, fill=30, font=font(13))
        draw.text((160, y), PHONES[-1 - k], fill=30, font=font(13))
    draw.rectangle((0, 0, W - 10, HEADER - 1), fill=244)
    draw.line((0, HEADER - 1, W - 10, HEADER - 1), fill=200)
    draw.text((40, 22), "Phone", fill=40, font=font(13))
    draw.text((160, 22), "Mobile", fill=40, font=font(13))
    draw.rectangle((W - 8, HEADER - 12 + offset // 3, W - 3, HEADER + 60 + offset // 3), fill=150)
    return np.asarray(image).copy()


def test_a_fast_scroll_leaves_the_header_s_words_and_hides_the_rows_under_it():
    """member_register class: a table scrolled by several rows at once under its sticky header.
    The scrollbar's thumb changes rows beside the header, so the area found moving takes in the
    header's band; shifted, the header's rows differ from the rows moved there, but that band
    was cleared as the leaving edge's shade (as wide as the shift): the rows that went under the
    header were kept there as words over the header's own, found again as values, and their
    boxes stood on the headings to the end. The header stays: it is no part of what moved."""
    from pipeline.analysis.words import WordCache
    from pipeline.core.types import OcrWord

    before, after = grid(0), grid(4 * PITCH)
    _, boxes = frame(0)
    area = Box.union_all(changed_boxes(before, after, ChangeConfig()))
    assert area is not None and area.y < 30, "the thumb takes the headings' rows into the moving area"
    motion = estimate_motion(before, after, area, MotionConfig(), ChangeConfig())
    assert motion is not None and (motion.dx, motion.dy) == (0, -4 * PITCH)
    assert motion.moved_part().y >= HEADER - 1, "the header's rows are no part of what moved"

    heading = OcrWord("Phone", Box(40, 22, 42, 13), 95.0)
    rows = [OcrWord(phone, box, 95.0) for phone, box in zip(PHONES, boxes)]
    cache = WordCache(max_cut_lines=8, small=24)
    cache.replace([Box(0, 0, W, H)], [[heading], rows])
    cache.move(motion)
    kept = cache.near([Box(0, 0, W, H)], W, 0)
    assert heading in kept
    assert not [w for w in kept if w is not heading and w.box.y < HEADER - 4], "a row kept over the header"
    assert set(PHONES[4:8]) <= {w.text for w in kept}  # the rows that moved up and show: still known

    tracker = Tracker()
    detections = [Detection("PHONE_NUMBER", 0.9, b, "test", f"h{k}") for k, b in enumerate(boxes)]
    tracker.update(0, 0.0, before, [Box(0, 0, W, H)], detections)
    tracker.moves(1, 0.1, after, [motion])
    tracker.update(1, 0.1, after, [], [])
    over_header = [b for b in tracker.live_boxes() if b.y2 <= HEADER - 2]
    assert not over_header, "a row's box moved onto the header and held there by its still pixels"


def test_a_word_cut_at_the_header_s_edge_only_moves_on():
    """The performance side: a row cut at the header's edge was read with its box reaching a
    few rows into the header (inside the area found moving, outside what moved). It is whole in
    the area and only moved: kept where it still shows, not read again on each frame of the
    scroll (read again, such slivers came out unread: 6 -> 32 unread lines on the 120 s session)."""
    from pipeline.analysis.motion import Motion
    from pipeline.analysis.words import WordCache
    from pipeline.core.types import OcrWord

    area = Box(0, HEADER - 12, W, H - HEADER + 12)  # the header's last rows taken in
    moved = Box(0, HEADER, W, H - HEADER)  # what moved: the list under the header
    motion = Motion(area, 0, -3, np.zeros((area.h, area.w), np.uint8), moved)
    cut = OcrWord(PHONES[1], Box(40, HEADER - 3, 100, 16), 90.0)  # the row under the edge, read so
    cache = WordCache(max_cut_lines=8, small=24)
    cache.replace([Box(0, 0, W, H)], [[cut]])
    again = cache.move(motion)
    assert not [b for b in again if b.intersects(cut.box)], "the cut row read again"
    kept = cache.near([Box(0, 0, W, H)], W, 0)
    assert [w.text for w in kept] == [PHONES[1]] and kept[0].box == Box(40, HEADER, 100, 10)
