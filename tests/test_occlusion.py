"""Boxes over values that something covers, moves or redraws: the tracker on synthetic grey frames.

A window sliding over part of a value leaves the rest showing: that part stays boxed in every
frame, and the box is whole again once the window leaves. A row or cell redrawn in other colours
(selected, hovered, focused) keeps its text: its box stays. A value whose window moves while
another window covers part of it keeps its box over the part that shows, at its new place.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.motion import Motion
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.analysis.track import Tracker
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, Detection, Layout, VideoInfo
from tests.helpers import FakeDetector, draw_screen, font, typing_frames

W, H = 320, 160
FPS = 10.0
VALUE = Box(20, 40, 200, 16)  # the value's padded box; its glyphs are the strokes inside
GLYPHS = VALUE.pad(-3)


def blank() -> np.ndarray:
    return np.full((H, W), 240, np.uint8)


def text(grey: np.ndarray, box: Box, ink: int = 20) -> np.ndarray:
    """'Text' (vertical strokes two pixels apart) drawn into a copy of the frame."""
    out = grey.copy()
    out[box.y : box.y2, box.x : box.x2 : 2] = ink
    return out


def fill(grey: np.ndarray, box: Box, level: int) -> np.ndarray:
    out = grey.copy()
    out[box.y : box.y2, box.x : box.x2] = level
    return out


def det(box: Box = VALUE) -> Detection:
    return Detection("IBAN_CODE", 0.9, box, "test", "h1")


def masks(tracker: Tracker, count: int) -> list[tuple[Box, ...]]:
    plan = RedactionPlan(VideoInfo("x", W, H, count, FPS, count / FPS, "h264", "yuv420p"), tracks=tracker.finish())
    return [m.boxes for m in iter_frame_masks(plan)]


def covered(boxes: tuple[Box, ...], part: Box) -> bool:
    return any(b.contains(part) for b in boxes)


def window(grey: np.ndarray, left: int) -> np.ndarray:
    """A dark window whose left edge is at `left`, over rows 20-120 (its title bar lighter)."""
    out = fill(grey, Box(left, 20, W - left, 100), 40)
    return fill(out, Box(left, 20, W - left, 12), 90)


def slide(tracker: Tracker, start: int, lefts: list[int], shown: np.ndarray) -> list[np.ndarray]:
    """Feed frames where the window's edge moves through `lefts`; the change of each frame is
    the strip between the old and the new edge (the window's inside does not change)."""
    frames = []
    previous = W
    for i, left in enumerate(lefts):
        grey = window(shown, left) if left < W else shown
        strip = Box.from_corners(min(left, previous), 20, max(left, previous), 120)
        tracker.update(start + i, (start + i) / FPS, grey, [strip] if not strip.empty else [], [])
        frames.append(grey)
        previous = left
    return frames


def test_window_sliding_over_half_a_value_leaves_its_visible_half_boxed_in_every_frame():
    shown = text(blank(), GLYPHS)
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [VALUE], [det()])
    lefts = list(range(W, 120, -10)) + [120] * 5  # the edge stops over the middle of the value
    frames = slide(tracker, 1, lefts, shown)
    per_frame = masks(tracker, 1 + len(frames))
    for i, left in enumerate(lefts, start=1):
        visible = Box.from_corners(GLYPHS.x, GLYPHS.y, min(left, GLYPHS.x2), GLYPHS.y2)
        assert covered(per_frame[i], visible), f"frame {i}: the part left of the window at x={left} shows"
    # the box keeps to what shows: the window's contents beside the value are not hidden
    assert all(b.x2 <= 120 + 4 for b in per_frame[-1])


def test_box_is_whole_again_when_the_window_slides_away():
    shown = text(blank(), GLYPHS)
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [VALUE], [det()])
    lefts = list(range(W, 110, -15)) + list(range(110, W + 1, 15))
    frames = slide(tracker, 1, lefts, shown)
    last = len(frames)
    tracker.update(last + 1, (last + 1) / FPS, shown, [], [])
    per_frame = masks(tracker, last + 2)
    assert covered(per_frame[-1], VALUE), "the whole value shows again: its whole box is back"
    assert covered(per_frame[lefts.index(110) + 1], Box.from_corners(GLYPHS.x, GLYPHS.y, 110, GLYPHS.y2))


def test_value_covered_whole_ends_its_track():
    shown = text(blank(), GLYPHS)
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [VALUE], [det()])
    tracker.update(1, 0.1, window(shown, 0), [Box(0, 20, W, 100)], [])
    tracker.update(2, 0.2, window(shown, 0), [], [])
    per_frame = masks(tracker, 3)
    assert covered(per_frame[1], VALUE) and per_frame[2] == ()


def test_value_covered_whole_is_boxed_again_where_a_window_moves_off_it():
    """A window covers a value whole, then moves off it over a few frames. What it leaves of the
    value shows again in each frame, cut by the window's edge (no reader finds the value in
    that): the tracker boxes it again once a fair share of it shows (a fifth of its glyphs),
    and the whole value once all of it shows."""
    shown = text(blank(), GLYPHS)
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [VALUE], [det()])
    lefts = [0, 0, 0, 70, 110, 170, W, W]
    frames = slide(tracker, 1, lefts, shown)
    per_frame = masks(tracker, 1 + len(frames))
    assert per_frame[2] == (), "covered whole: nothing to hide"
    for i, left in enumerate(lefts, start=1):
        if left > GLYPHS.x:
            visible = Box.from_corners(GLYPHS.x, GLYPHS.y, min(left, GLYPHS.x2), GLYPHS.y2)
            assert covered(per_frame[i], visible), f"frame {i}: the part left of the window at x={left} shows"
    assert covered(per_frame[-1], VALUE)
    assert len(tracker.finish()) == 1, "one value, one track"


def test_partly_covered_box_grows_back_as_the_window_moves_off_the_value():
    """A window over the right of a value moves right in steps: each step shows more of the
    value, and its box grows over what shows, not only once the value shows whole."""
    shown = text(blank(), GLYPHS)
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [VALUE], [det()])
    lefts = [60, 60, 100, 140, 180, W]
    frames = slide(tracker, 1, lefts, shown)
    per_frame = masks(tracker, 1 + len(frames))
    for i, left in enumerate(lefts, start=1):
        visible = Box.from_corners(GLYPHS.x, GLYPHS.y, min(left, GLYPHS.x2), GLYPHS.y2)
        assert covered(per_frame[i], visible), f"frame {i}: the part left of the window at x={left} shows"
        if left < W:
            assert all(b.x2 <= left + 4 for b in per_frame[i]), "the window's own contents stay readable"


def test_part_of_a_value_read_beside_a_window_leaves_the_whole_value_boxed_as_the_window_moves_off():
    """A window dropped over a grid covers all of a cell's value but its start; the reader reads
    that sliver and finds it (the cell's column types it). When the window moves off, in the
    frame no reader has read yet, the whole value shows, and its whole box must be back: the
    sliver read under the window was a part of the value, not the value."""
    shown = text(blank(), GLYPHS)
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [VALUE], [det()])
    cut = 60  # the window's edge: the value shows from GLYPHS.x to here
    sliver = Box.from_corners(VALUE.x, VALUE.y, cut + 2, VALUE.y2)
    part = Detection("IBAN_CODE", 0.9, sliver, "test", "h2")  # the part read: another text
    under = window(shown, cut)
    feed = [
        (under, [Box(cut, 20, W - cut, 100)], []),
        (under, [sliver], [part]),  # the sliver read where it shows
        (under, [], []),
        (shown, [Box(cut, 20, W - cut, 100)], []),  # the window moved off: nobody read it yet
        (shown, [], []),
    ]
    for i, (grey, changed, found) in enumerate(feed, start=1):
        tracker.update(i, i / FPS, grey, changed, found)
    per_frame = masks(tracker, 1 + len(feed))
    for i in (1, 2, 3):
        assert covered(per_frame[i], Box.from_corners(GLYPHS.x, GLYPHS.y, cut, GLYPHS.y2))
        assert all(b.x2 <= cut + 4 for b in per_frame[i]), "the window's own contents stay readable"
    assert covered(per_frame[4], GLYPHS) and covered(per_frame[5], GLYPHS), "the whole value shows: all of it boxed"


def test_another_value_read_beside_a_window_where_one_was_is_not_taken_for_a_part_of_it():
    """Under a window over the right of a value, the value is replaced by another (the row
    edited, the list refreshed); what shows of the new one beside the window is read and found.
    That is no part of the value that was there: when the window moves off, the new value's
    part read stays boxed (the old value's pixels no longer show, and do not end its box)."""
    shown, box = written(blank(), IBAN, 20)
    other, _ = written(blank(), "GB94 BARC 1020 1530 0934 59", 20)
    cut = 110
    part = Box.from_corners(box.x, box.y, cut + 2, box.y2)
    tracker = Tracker()
    feed = [
        (shown, [box], [det(box)]),
        (window(shown, cut), [Box(cut, 20, W - cut, 100)], []),
        (window(other, cut), [part], [Detection("IBAN_CODE", 0.9, part, "test", "h2")]),
        (window(other, cut), [], []),
        (other, [Box(cut, 20, W - cut, 100)], []),  # the window moved off: not read yet
        (other, [], []),
    ]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    per_frame = masks(tracker, len(feed))
    for i in (2, 3, 4, 5):
        assert covered(per_frame[i], part.pad(-4)), f"frame {i}: the new value's part read shows"


def titled(grey: np.ndarray, box: Box) -> np.ndarray:
    """A dark window over `box`, its title bar (the top 12 rows) lighter."""
    return fill(fill(grey, box, 40), Box(box.x, box.y, box.w, 12), 90)


@pytest.mark.parametrize("edge_in_padding", [True, False])
def test_value_covered_whole_shows_again_though_a_window_edge_lay_in_its_padding(edge_in_padding):
    """The value was read while the top of a window's title bar lay in its box's padding under
    the text (the window just below the row). The window moves up over the value, then off to
    the left: the title bar in the padding is gone, so the change runs along the whole box; over
    the text's own rows it is only where the window still is. What shows of the value on its
    right must be boxed again (with the window clear of the box, the same)."""
    shown = text(blank(), GLYPHS)
    under = titled(shown, Box(0, VALUE.y2 - 2, W, 60)) if edge_in_padding else shown
    over = titled(shown, Box(0, 24, W, 100))  # the value covered whole
    off = 120  # then the window covers only what lies left of this
    moved = titled(shown, Box(0, 24, off, 100))
    tracker = Tracker()
    feed = [
        (under, [VALUE], [det()]),
        (over, [Box(0, 24, W, 100)], []),
        (over, [], []),
        (moved, [Box(off, 24, W - off, 100)], []),
        (moved, [], []),
    ]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    per_frame = masks(tracker, len(feed))
    assert per_frame[2] == (), "covered whole: nothing to hide"
    shows = Box.from_corners(off, GLYPHS.y, GLYPHS.x2, GLYPHS.y2)
    assert covered(per_frame[3], shows) and covered(per_frame[4], shows)
    assert all(b.x >= off - 4 for b in per_frame[3] + per_frame[4]), "the window's own contents stay readable"


def test_window_over_the_lower_half_of_a_value_leaves_its_upper_half_boxed():
    """A window edge over the lower half of a value's text (not only over its padding): the
    upper half still shows, and stays boxed."""
    shown = text(blank(), GLYPHS)
    half = GLYPHS.y + GLYPHS.h // 2
    lower = titled(shown, Box(0, half, W, 80))
    tracker = Tracker()
    feed = [(shown, [VALUE], [det()]), (lower, [Box(0, half, W, 80)], []), (lower, [], [])]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    per_frame = masks(tracker, len(feed))
    upper = Box.from_corners(GLYPHS.x, GLYPHS.y, GLYPHS.x2, half)
    assert covered(per_frame[1], upper) and covered(per_frame[2], upper)


def test_other_text_where_a_covered_value_was_gets_no_box_back():
    """Under a window the list changed: what the window leaves where the value was is other
    text (the next page), and no box comes back over it."""
    shown, box = written(blank(), IBAN, 20)
    other, _ = written(blank(), "Pending review, see ticket", 20)
    tracker = Tracker()
    frames = [
        (shown, [box], [det(box)]),
        (window(shown, 0), [Box(0, 20, W, 100)], []),
        (window(other, 0), [], []),
        (window(other, 150), [Box(0, 20, 150, 100)], []),
        (other, [Box(150, 20, W - 150, 100)], []),
    ]
    for i, (grey, changed, found) in enumerate(frames):
        tracker.update(i, i / FPS, grey, changed, found)
    per_frame = masks(tracker, len(frames))
    assert per_frame[3] == () and per_frame[4] == ()


@pytest.mark.parametrize(
    "background, line",
    [
        (240, "Pending review, see ticket"),  # the next row of a list
        (170, "Save changes"),  # a dialog's button over it, text of the same size
    ],
)
def test_text_replaced_in_place_is_not_taken_for_a_cover(background, line):
    """Other text drawn where the value was: nothing of the value shows, though the change runs
    over the box from end to end, as a window would: the box ends."""
    shown, box = written(blank(), "GB13 CJFA 0039 8555 6115 29", 20)
    other, _ = written(fill(blank(), box.pad(6), background), line, 20)
    tracker = Tracker()
    feed = [(shown, [box], [det(box)]), (other, [box], []), (other, [], [])]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    assert masks(tracker, 3)[2] == ()


def written(grey: np.ndarray, line: str, ink: int) -> tuple[np.ndarray, Box]:
    """`line` written into a copy of the frame in a real font, and its box padded as a detector pads."""
    image = Image.fromarray(grey, "L")
    draw = ImageDraw.Draw(image)
    draw.text((24, 40), line, fill=ink, font=font(13))
    return np.asarray(image).copy(), Box.from_corners(*draw.textbbox((24, 40), line, font=font(13))).pad(4)


# --- redraws: the pixels under a box change colour, its text stays --------------------------------

IBAN = "GB13 CJFA 0039 8555 6115 29"
ROW = Box(0, 36, W, 24)  # the table row the value sits in


def test_selected_row_redrawn_white_on_blue_keeps_its_box():
    """A list row selected: its text is drawn again, light on a dark highlight. The OCR may not
    read it now; the text did not change, and its box stays."""
    shown, box = written(blank(), IBAN, 20)
    selected, _ = written(fill(blank(), ROW, 95), IBAN, 250)
    tracker = Tracker()
    frames = [
        (shown, [box], [det(box)]),
        (selected, [ROW], []),
        (selected, [], []),
        (shown, [ROW], []),
        (shown, [], []),
    ]
    for i, (grey, changed, found) in enumerate(frames):
        tracker.update(i, i / FPS, grey, changed, found)
    assert all(covered(boxes, box.pad(-4)) for boxes in masks(tracker, len(frames)))


def test_neighbouring_cell_selected_keeps_the_masked_cell_boxed():
    """A spreadsheet: the cell above the value's is selected; its thick border runs along the top
    of the value's (padded) box, its own text lights up, and so do the row and column headers.
    The value's text did not change: its box stays, whatever the OCR makes of the line now."""
    shown, box = written(blank(), IBAN, 20)
    edge = box.y + 1  # the cells' shared edge, inside the padding of the value's box
    shown = fill(fill(shown, Box(0, edge, W, 1), 200), Box(0, box.y2, W, 1), 200)  # grid lines
    neighbour = Box(14, edge - 22, 264, 22)
    shown[neighbour.y + 6 : neighbour.y + 16 : 2, 24:120] = 20  # the neighbour's text
    selected = fill(shown, neighbour, 200)  # the neighbour cell highlighted...
    selected[neighbour.y + 6 : neighbour.y + 16 : 2, 24:120] = 20
    selected = fill(selected, Box(12, edge - 1, 268, 3), 60)  # ...inside a 3 px border, dark green
    selected = fill(selected, Box(0, 0, W, 8), 170)  # the column headers light up
    tracker = Tracker()
    frames = [
        (shown, [box], [det(box)]),
        (selected, [Box(0, 0, W, edge + 2)], []),
        (selected, [], []),
        (selected, [box], []),
    ]
    for i, (grey, changed, found) in enumerate(frames):
        tracker.update(i, i / FPS, grey, changed, found)
    assert all(covered(boxes, box.pad(-4)) for boxes in masks(tracker, len(frames)))


# --- moves -----------------------------------------------------------------------------------------


def motion(area: Box, dx: int, dy: int) -> Motion:
    return Motion(area, dx, dy, np.zeros((area.h, area.w), np.uint8))


def test_window_moving_under_a_cover_moves_the_box_of_its_visible_part():
    """The value's window moves down while another window, on top and still, covers the value's
    right half: the box of the left half moves with it, and stays clear of the cover."""
    cover = Box(130, 0, W - 130, H)
    shown = text(blank(), GLYPHS)
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [VALUE], [det()])
    partly = fill(shown, cover, 40)
    tracker.update(1, 0.1, partly, [cover], [])
    moved = fill(text(blank(), GLYPHS.shift(0, 30)), cover, 40)
    area = Box(0, 20, 130, 120)  # what moved: the value's window left of the cover
    tracker.move(2, 0.2, moved, motion(area, 0, 30))
    tracker.update(2, 0.2, moved, [], [])
    tracker.update(3, 0.3, moved, [], [])
    per_frame = masks(tracker, 4)
    left_half = Box.from_corners(GLYPHS.x, GLYPHS.y, 130, GLYPHS.y2)
    assert covered(per_frame[1], left_half)
    assert covered(per_frame[2], left_half.shift(0, 30)) and covered(per_frame[3], left_half.shift(0, 30))
    assert not any(b.intersects(left_half) for b in per_frame[3]), "the box moved with its value"


def test_window_sliding_over_a_value_does_not_drag_its_box_along():
    """A window slides left over a still value. Its shift explains the window's pixels, and the
    area it was found in reaches into the value's box: the box must stay on the value."""
    shown = text(blank(), GLYPHS)
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [VALUE], [det()])
    before, after = window(shown, 180), window(shown, 160)
    tracker.update(1, 0.1, before, [Box(180, 20, W - 180, 100)], [])
    tracker.move(2, 0.2, after, motion(Box(150, 16, W - 150, 108), -20, 0))
    tracker.update(2, 0.2, after, [], [])
    per_frame = masks(tracker, 3)
    assert covered(per_frame[2], Box.from_corners(GLYPHS.x, GLYPHS.y, 160, GLYPHS.y2))


@pytest.mark.parametrize("dx", [0, -20])
def test_window_dragged_up_over_a_value_leaves_its_upper_half_boxed_also_in_a_repeated_frame(dx):
    """A window below a value is dragged up (and left) until its title bar covers the lower half
    of the value's text. The move's shift takes what of the box lies in the window's new area
    out of that area again, as if the value had moved out of view with it; but the value stayed
    and its upper half shows. It must stay boxed in that frame and in the next, which repeats it
    (nothing changes, so nothing looks at the value again)."""
    shown = text(blank(), GLYPHS)
    start = VALUE.y2 + 6  # the window's top before the drag: clear of the value's box
    top = GLYPHS.y + GLYPHS.h // 2  # ...and after it: over the lower half of the text
    before = titled(shown, Box(0, start, W, H - start))
    after = titled(shown, Box(0, top, W, H - top))
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [VALUE], [det()])
    tracker.update(1, 0.1, before, [Box(0, start, W, H - start)], [])
    tracker.move(2, 0.2, after, motion(Box(0, top, W, H - top), dx, top - start))
    tracker.update(2, 0.2, after, [], [])
    tracker.update(3, 0.3, after, [], [])  # the same picture again
    per_frame = masks(tracker, 4)
    upper = Box.from_corners(GLYPHS.x, GLYPHS.y, GLYPHS.x2, top)
    for i in (1, 2, 3):
        assert covered(per_frame[i], upper), f"frame {i}: the value's upper half shows"


def test_list_scrolled_up_takes_a_box_out_of_view_and_leaves_none_where_the_next_row_came():
    """The other side: a list scrolls up by a row under a still header, and the value's row
    leaves the view; the row that takes its place holds other text. The box ends; nothing stays
    boxed over the next row, which is no part of the value."""
    shown, box = written(blank(), IBAN, 20)
    other, _ = written(blank(), "Pending review, see ticket", 20)
    view = Box(0, box.y - 2, W, H - box.y + 2)  # the list's view: the value is its first row
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [box], [det(box)])
    tracker.move(1, 0.1, other, motion(view, 0, -box.h - 4))
    tracker.update(1, 0.1, other, [], [])
    tracker.update(2, 0.2, other, [], [])
    assert masks(tracker, 3)[2] == ()


def test_value_cut_to_a_sliver_by_a_window_dropped_in_the_frame_it_is_read_comes_back_whole():
    """A window is dropped over a grid: in one frame it covers all of a cell's value but its
    start, and that sliver is read and found (its column types it) in that same frame, before
    any frame showed the value partly covered. The sliver is a part of the value, not a shorter
    value: when the window moves off, the whole value shows, and its whole box must be back."""
    shown = text(blank(), GLYPHS)
    cut = 60
    sliver = Box.from_corners(VALUE.x, VALUE.y, cut + 2, VALUE.y2)
    part = Detection("IBAN_CODE", 0.9, sliver, "test", "h2")  # the part read: another text
    under = window(shown, cut)
    tracker = Tracker()
    feed = [
        (shown, [VALUE], [det()]),
        (under, [Box(cut, 20, W - cut, 100)], [part]),  # dropped, and the sliver read
        (under, [], []),
        (shown, [Box(cut, 20, W - cut, 100)], []),  # the window moved off: nobody read it yet
        (shown, [], []),
    ]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    per_frame = masks(tracker, len(feed))
    for i in (1, 2):
        assert covered(per_frame[i], Box.from_corners(GLYPHS.x, GLYPHS.y, cut, GLYPHS.y2))
        assert all(b.x2 <= cut + 4 for b in per_frame[i]), "the window's own contents stay readable"
    assert covered(per_frame[3], GLYPHS) and covered(per_frame[4], GLYPHS), "the whole value shows: all of it boxed"


def test_value_replaced_by_a_shorter_one_keeps_its_box_on_the_shorter_one_only():
    """The other side: a cell's value is replaced by a much shorter one (edited), read and
    found in the frame it changed. The new value is boxed where it is, in every frame, and once
    the cell changes again the old one's blank end is not boxed (no cover moved off it)."""
    shown, box = written(blank(), IBAN, 20)
    short, short_box = written(blank(), "GB13", 20)
    tracker = Tracker()
    feed = [
        (shown, [box], [det(box)]),
        (short, [box], [Detection("IBAN_CODE", 0.9, short_box, "test", "h2")]),
        (short, [], []),
        (short, [box], []),  # something changed near it, nothing read
    ]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    per_frame = masks(tracker, len(feed))
    for i in (1, 2, 3):
        assert covered(per_frame[i], short_box.pad(-3)), f"frame {i}: the new value is boxed"
    assert all(b.x2 <= short_box.x2 + 8 for b in per_frame[3]), "the blank end is no value"


# --- the whole analysis: real OCR, a fake detector ---------------------------------------------


def analyse(frames: list[np.ndarray], detector) -> list[tuple[Box, ...]]:
    height, width = frames[0].shape[:2]
    info = VideoInfo("mem", width, height, len(frames), FPS, len(frames) / FPS, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), detector, AnalysisConfig())
    for i, image in enumerate(frames):
        analyzer.process_frame(i, i / FPS, image)
    tracks, full = analyzer.finish()
    return [m.boxes for m in iter_frame_masks(RedactionPlan(info, tracks=tracks, full_frames=full))]


def terminal(image: np.ndarray, left: int) -> np.ndarray:
    """A terminal window whose left edge is at `left`, over the right of the screen."""
    out = image.copy()
    if left < out.shape[1]:
        inside = draw_screen([(left + 10, 100, "Terminal ready"), (left + 10, 130, "$ ls -l")], dark=True)
        out[40:200, left:] = inside[40:200, left:]
        out[40:62, left:] = (200, 120, 0)  # its title bar
    return out


def test_typed_value_then_a_window_sliding_over_half_of_it_keeps_the_visible_half_masked():
    """An address typed into a form, then a terminal sliding in from the right over half of it.
    What is left of the address no longer reads as one: only the tracker keeps it hidden."""
    value = "kim.slade@example.com"  # typed at x=120, about 180 px wide
    frames = typing_frames(value, per_frame=3, idle=2)
    typed = len(frames)
    lefts = list(range(625, 200, -15))
    frames += [terminal(frames[-1], left) for left in lefts] + [terminal(frames[-1], lefts[-1])] * 5
    per_frame = analyse(frames, FakeDetector())
    glyphs = Box(121, 63, 176, 12)  # the address as drawn
    for index in range(typed - 2, len(frames)):
        left = lefts[min(index - typed, len(lefts) - 1)] if index >= typed else 640
        visible = Box.from_corners(glyphs.x, glyphs.y, min(glyphs.x2, left), glyphs.y2)
        assert covered(per_frame[index], visible), f"frame {index}: the part left of the window at x={left} shows"
    assert all(b.x2 <= lefts[-1] + 8 for b in per_frame[-1]), "the terminal beside it stays readable"


class NameDetector:
    """PERSON where a line reads one of `names` in full (both words): enough to drive the analysis."""

    def __init__(self, names: list[str]):
        self.names = [name.split() for name in names]

    def detect(self, layout: Layout, memory=None) -> list[Detection]:
        found = []
        for line in layout.lines:
            words = line.words
            for first, last in self.names:
                for a, b in zip(words, words[1:]):
                    if (a.text, b.text) == (first, last):
                        digest = hashlib.sha256(f"{first} {last}".encode()).hexdigest()[:16]
                        found.append(Detection("PERSON", 0.9, a.box.union(b.box).pad(3), "fake", digest))
        return found

    def versions(self):
        return {"detector": "fake"}

    def config_hash(self):
        return "fake"


def test_row_clipped_by_a_window_edge_stays_masked_where_it_shows():
    """A window opens over a list; its bottom edge cuts the tops off one row's glyphs. OCR cannot
    read the cut glyphs, a person can: the names boxed before stay boxed where they show."""
    names = ["Raymond Rosales", "Adam Cooper", "Emma Cooper"]
    rows = [(40, 100 + 30 * i, f"{name}        {name.split()[0].lower()}@example.com") for i, name in enumerate(names)]
    listed = draw_screen([(20, 20, "Customers")] + rows)
    edge = 137  # "Adam Cooper" is drawn at y=130: its glyphs' tops are cut off
    settings = listed.copy()
    settings[40:edge, 0:600] = (32, 32, 32)
    settings[50:80, 0:600] = draw_screen([(80, 60, "Account settings")], dark=True)[50:80, 0:600]
    frames = [listed] * 4 + [settings] * 6
    per_frame = analyse(frames, NameDetector(names))
    cut = Box.from_corners(40, edge, 130, 145)  # what shows of "Adam Cooper"
    assert all(covered(boxes, cut) for boxes in per_frame), "the cut row's name shows"
    assert not any(b.intersects(Box(0, 50, 600, 30)) for b in per_frame[-1]), "the window's text stays readable"


def test_row_scrolling_under_a_header_line_moves_with_the_list():
    """A list scrolls up under its header: the top row's padded box reaches over the header's
    separator line, which does not move. Most of its glyphs moved: the box moves with them."""
    view = Box(0, 40, W, 100)
    content = blank()
    for y in (44, 64, 84):
        content = text(content, Box(20, y, 200, 10))

    def screen(offset: int) -> np.ndarray:
        out = blank()
        out[view.y : view.y2] = content[view.y + offset : view.y2 + offset] if offset >= 0 else out[view.y : view.y2]
        out[39, :] = 60  # the header's separator line, just above the list
        return out

    row = Box(16, 38, 208, 18)  # the top row's box, padded over the line
    tracker = Tracker()
    tracker.update(0, 0.0, screen(0), [row], [det(row)])
    tracker.move(1, 0.1, screen(8), motion(view, 0, -8))
    tracker.update(1, 0.1, screen(8), [Box(0, view.y2 - 8, W, 8)], [])
    tracker.update(2, 0.2, screen(8), [], [])
    per_frame = masks(tracker, 3)
    shown = Box(20, view.y, 200, 44 + 10 - 8 - view.y)  # what is left of the row's glyphs
    assert covered(per_frame[1], shown) and covered(per_frame[2], shown)


def test_box_across_two_columns_moves_with_a_grid_scrolled_column_by_column():
    """A grid whose columns lie far apart scrolls: each column is found moving on its own, by the
    same shift. A box that reaches over two of them (a finding across a town and a name) moves
    with both, not ended by the first column's move as a value that changed in place."""
    left, right = Box(10, 30, 100, 100), Box(190, 30, 120, 100)  # the two columns' areas
    content = blank()
    for y in (40, 60, 80, 100, 120):
        content = text(text(content, Box(20, y, 60, 10)), Box(200, y, 90, 10))

    def screen(offset: int) -> np.ndarray:
        out = blank()
        for area in (left, right):
            out[area.y : area.y2, area.x : area.x2] = content[area.y + offset : area.y2 + offset, area.x : area.x2]
        return out

    row = Box(16, 76, 278, 18)  # "town ... name" on the row at y=80, one box across both columns
    tracker = Tracker()
    tracker.update(0, 0.0, screen(0), [row], [det(row)])
    for i, offset in enumerate((6, 12, 18), start=1):
        shift = [motion(left, 0, -6), motion(right, 0, -6)]
        tracker.moves(i, i / FPS, screen(offset), shift)
        tracker.update(i, i / FPS, screen(offset), [Box(0, left.y2 - 6, W, 6)], [])
    per_frame = masks(tracker, 4)
    for i, offset in enumerate((0, 6, 12, 18)):
        for cell in (Box(20, 80 - offset, 60, 10), Box(200, 80 - offset, 90, 10)):
            assert covered(per_frame[i], cell), f"frame {i}: a cell of the row scrolled {offset} px shows"


# --- a list scrolled under a header that stays, and back ------------------------------------------

LIST_TOP, LIST_BOTTOM = 40, 140  # the list's view, between a header and a footer that stay
LIST_NAMES = ["Harriet Vance", "Oscar Pell", "Nina Ward", "Felix Orme", "Greta Lund", "Ivor Beckett", "Lena Roy"]


def listed() -> tuple[np.ndarray, list[Box]]:
    """The whole list (taller than its view): one name a row, and each name's padded box."""
    image = Image.new("L", (W, 44 + 20 * len(LIST_NAMES) + 40), 250)
    draw = ImageDraw.Draw(image)
    boxes = []
    for i, name in enumerate(LIST_NAMES):
        draw.text((20, 44 + 20 * i), name, fill=30, font=font(13))
        boxes.append(Box.from_corners(*draw.textbbox((20, 44 + 20 * i), name, font=font(13))).pad(3))
    return np.asarray(image).copy(), boxes


def list_view(content: np.ndarray, offset: int) -> np.ndarray:
    out = np.full((H, W), 225, np.uint8)  # the header and the footer
    out[LIST_TOP:LIST_BOTTOM] = content[LIST_TOP + offset : LIST_BOTTOM + offset]
    out[LIST_TOP - 1] = 180  # the header's bottom line
    return out


def list_move(before: np.ndarray, after: np.ndarray, dy: int) -> Motion:
    """The list's move as the analysis finds it: its area reaches a few pixels into the header
    and the footer, which did not move (what the shift does not explain is its residual)."""
    area = Box(0, LIST_TOP - 4, W, LIST_BOTTOM - LIST_TOP + 8)
    residual = np.ones((area.h, area.w), np.uint8)
    for y in range(area.y, area.y2):
        if 0 <= y - dy < H:
            residual[y - area.y] = np.abs(before[y - dy].astype(np.int16) - after[y]) > 24
    return Motion(area, 0, dy, residual)


def test_rows_scrolled_under_a_header_and_back_stay_boxed_and_are_not_copied_where_their_box_stays():
    """A list scrolls up under its header, then back down. Each row's box follows it while part
    of the row shows, and boxes it again as it comes back from under the header. A row's box at
    the header's edge that does not follow a move (most of what is under it is the header's)
    stays where it is, and no copy of its value is left there frame after frame (each copy is
    compared with the frame for 2 s wherever it changes: the tracker's largest cost on a 120 s
    session)."""
    content, boxes = listed()
    shown = [(i, box) for i, box in enumerate(boxes) if box.y >= LIST_TOP and box.y2 <= LIST_BOTTOM]
    offsets = [0, *range(2, 32, 2), *range(28, -2, -2)]
    tracker = Tracker()
    found = [Detection("PERSON", 0.9, box, "test", f"h{i}") for i, box in shown]
    tracker.update(0, 0.0, list_view(content, 0), [Box(0, LIST_TOP, W, LIST_BOTTOM - LIST_TOP)], found)
    copies = []
    for f in range(1, len(offsets)):
        before, after = list_view(content, offsets[f - 1]), list_view(content, offsets[f])
        dy = offsets[f - 1] - offsets[f]
        tracker.moves(f, f / FPS, after, [list_move(before, after, dy)])
        entering = Box(0, LIST_BOTTOM - 4, W, 8) if dy < 0 else Box(0, LIST_TOP - 4, W, 8)
        tracker.update(f, f / FPS, after, [entering], [])
        copies.append([(live.text_hash, live.whole) for live in tracker._ghosts])
    per_frame = masks(tracker, len(offsets))
    for f, offset in enumerate(offsets):
        for i, box in shown:
            glyphs = box.pad(-3).shift(0, -offset)
            if glyphs.y2 - 3 <= LIST_TOP or glyphs.y >= LIST_BOTTOM:
                continue
            visible = Box.from_corners(glyphs.x, max(glyphs.y, LIST_TOP), glyphs.x2, min(glyphs.y2, LIST_BOTTOM))
            assert covered(per_frame[f], visible), f"frame {f}: row {i} shows"
    assert all(len(set(kept)) == len(kept) for kept in copies), "one value copied again and again at one place"


def test_a_field_s_value_replaced_by_a_heading_of_another_page_ends_its_box():
    """checkout_payment of ../shared/recordings: the page under a city field's value changes to
    a confirmation page whose heading runs over the value's rows. The field's borders lay in the
    box, above and below the text: gone with the page, they are no part of the value that shows
    beside a cover. Nothing of the value shows: the box ends, the heading stays readable."""
    shown, text_box = written(blank(), "Brianchester", 20)
    box = text_box.pad(8)
    field = Image.fromarray(shown, "L")
    border = text_box.pad(5)
    ImageDraw.Draw(field).rectangle((border.x, border.y, border.x2 - 1, border.y2 - 1), outline=120)
    shown = np.asarray(field).copy()
    other, _ = written(blank(), "Thank you! Your order is confirmed.", 20)
    tracker = Tracker()
    feed = [(shown, [box], [det(box)]), (other, [box], []), (other, [], [])]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    assert masks(tracker, 3)[2] == ()


# --- other text come into a box's padding ----------------------------------------------------------


def drawn(grey: np.ndarray, xy: tuple[int, int], line: str, ink: int = 20) -> np.ndarray:
    image = Image.fromarray(grey, "L")
    ImageDraw.Draw(image).text(xy, line, fill=ink, font=font(13))
    return np.asarray(image).copy()


def test_a_box_held_over_a_frozen_band_lets_go_of_the_row_scrolled_under_it():
    """sheet_edit at scale 0.66 (issue 18): a row hidden under the frozen column letters was
    still found (its words kept from before the scroll, box and all), so its box held the band:
    the letter 'B' above blank padding. Scrolled back, the header row came under the lower half
    of the box, and the box, held by the letter that never changes, hid the header's top half
    to the end (innocent text kept 9/14). Other text in the rows around the box's own text, where
    it held no glyphs, is no part of it: the box is cut to its text's rows."""
    band = drawn(blank(), (70, 30), "B")
    box = Box(20, 28, 120, 26)  # the band's rows, and blank rows under them
    header = drawn(band, (24, 46), "Mobile  Home address")
    tracker = Tracker()
    feed = [(band, [box], [det(box)]), (header, [Box(0, 44, W, 18)], []), (header, [], [])]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    per_frame = masks(tracker, 3)
    assert covered(per_frame[0], box)
    for boxes in per_frame[1:]:
        assert covered(boxes, Box(68, 33, 8, 8)), "the band's letter it held is no longer boxed"
        assert not any(b.intersects(Box(24, 49, 110, 4)) for b in boxes), "the header's top half is hidden"


def test_a_value_whose_padding_another_row_scrolls_into_stays_boxed_whole():
    """The same tracker rule on a real value: the next row's text coming into its padding cuts
    its box to its rows, which still cover every glyph of it; a value on two lines keeps its box."""
    shown, box = written(blank(), IBAN, 20)
    below = drawn(shown, (24, box.y2 - 4), "Sort code 40-11-62")
    tracker = Tracker()
    feed = [(shown, [box], [det(box)]), (below, [Box(0, box.y2 - 6, W, 20)], []), (below, [], [])]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    assert all(covered(boxes, box.pad(-4)) for boxes in masks(tracker, 3))
    two = drawn(drawn(blank(), (24, 40), "Flat 4, 12 Mill Lane"), (24, 56), "Leeds LS1 4AB")
    block = Box(20, 38, 200, 36)
    moved = drawn(two, (24, 74), "Telephone")
    tracker = Tracker()
    feed = [(two, [block], [det(block)]), (moved, [Box(0, 70, W, 20)], []), (moved, [], [])]
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    assert all(covered(boxes, Box(22, 40, 180, 30)) for boxes in masks(tracker, 3))
