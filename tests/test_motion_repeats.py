"""A column that repeats one value row after row (a grid's Owner column) matches itself shifted
by a row either way. When a list scrolls, such a column's area must move with the list, not the
other way: its words and the boxes over its values would move against the content, and the row
left behind would show unmasked, never read again (its area is explained by the move)."""

import numpy as np
from PIL import Image, ImageDraw

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.changes import ChangeConfig
from pipeline.analysis.motion import Motion, MotionConfig, estimate_motion
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.analysis.track import Tracker
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, Detection, VideoInfo
from tests.helpers import FakeDetector, font

W, H = 320, 200
ROW = 14  # the grid's row pitch: the scroll moves it by one row
SAME, OTHER = "Dana Whitlock", "Ari Fenn"  # one owner on most rows, another between them


def grid(column: list[str], listed: np.ndarray, offset: int) -> np.ndarray:
    """A frame: text-like list content on the left (scrolled by `offset` rows), and the owner
    column on the right, drawn row by row."""
    image = Image.new("L", (W, H), 245)
    draw = ImageDraw.Draw(image)
    for k, name in enumerate(column):
        draw.text((200, 20 + k * ROW), name, fill=20, font=font(9))
    out = np.asarray(image).copy()
    out[20:180, 10:110] = listed[40 - offset * ROW : 200 - offset * ROW]
    return out


def scrolled_by_a_row() -> tuple[np.ndarray, np.ndarray, Box, Box]:
    """The same grid before and after a scroll down by one row, the list's changed area, and an
    area of the owner column two rows high, whose rows read SAME, OTHER, SAME before and SAME,
    SAME, OTHER after: shifted a row up it matches as well as shifted a row down."""
    rng = np.random.default_rng(7)
    listed = np.where(rng.random((240, 100)) < 0.2, 20, 245).astype(np.uint8)
    before = grid([SAME, SAME, OTHER, SAME, SAME, SAME, SAME], listed, 0)
    after = grid([SAME, SAME, SAME, OTHER, SAME, SAME, SAME], listed, 1)
    return before, after, Box(10, 20, 100, 160), Box(198, 41, 90, 31)


def test_an_area_a_shift_explains_either_way_takes_the_shift_the_frame_s_other_areas_took():
    before, after, _, column = scrolled_by_a_row()
    for shift in ((0, ROW), (0, -ROW)):
        motion = estimate_motion(before, after, column, MotionConfig(), ChangeConfig(), [shift])
        assert motion is not None and (motion.dx, motion.dy) == shift


def test_a_shift_found_elsewhere_that_explains_an_area_worse_is_not_taken():
    """The other side: an area of its own content that moved up keeps its own shift."""
    before, after, listed, _ = scrolled_by_a_row()
    motion = estimate_motion(before, after, listed, MotionConfig(), ChangeConfig(), [(0, -ROW)])
    assert motion is not None and (motion.dx, motion.dy) == (0, ROW)


def test_a_column_of_repeated_owners_moves_with_the_list_it_scrolled_with():
    before, after, listed, column = scrolled_by_a_row()
    info = VideoInfo("mem", W, H, 2, 10.0, 0.2, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), FakeDetector(), AnalysisConfig())
    analyzer._reference.start(before)
    analyzer._reference.copy(before, [Box(0, 0, W, H)])  # `before` analysed
    _, motions = analyzer._follow_motion(after, [listed, column])
    assert [m.area for m in motions] == [listed, column]
    assert all((m.dx, m.dy) == (0, ROW) for m in motions), "the column moved against the list"


# --- the tracker's side: boxes over such a column -------------------------------------------

NAME = "Dana Whitlock"


def column(names: list[str | None], header: str | None = None) -> tuple[np.ndarray, list[Box]]:
    """A frame holding `names` row by row (None: an empty row) under an optional header row,
    and each row's padded box as a detector pads it."""
    image = Image.new("L", (W, H), 245)
    draw = ImageDraw.Draw(image)
    if header is not None:
        draw.text((60, 6), header, fill=20, font=font(11))
    boxes = []
    for k, name in enumerate(names):
        y = 30 + k * ROW
        if name is not None:
            draw.text((60, y), name, fill=20, font=font(11))
        boxes.append(Box.from_corners(*draw.textbbox((60, y), NAME, font=font(11))).pad(2))
    return np.asarray(image).copy(), boxes


def per_frame(tracker: Tracker, count: int) -> list[tuple[Box, ...]]:
    info = VideoInfo("x", W, H, count, 10.0, count / 10.0, "h264", "yuv420p")
    return [m.boxes for m in iter_frame_masks(RedactionPlan(info, tracks=tracker.finish()))]


def still(area: Box, dx: int, dy: int) -> Motion:
    return Motion(area, dx, dy, np.zeros((area.h, area.w), np.uint8))


def test_a_value_scrolled_into_a_row_that_showed_the_same_value_keeps_its_box():
    """A list scrolls down a row. The row the value moves into showed the same name before
    (one owner on consecutive rows), so its pixels did not change and no moving area holds it:
    the shift takes the value's box out of the area that moved. It shows there whole, and must
    stay boxed there, also in the frames after (nothing reads that row again)."""
    before, boxes = column(["Ari Fenn", NAME, NAME, "Lee Moss"])
    after, _ = column([None, "Ari Fenn", NAME, NAME])
    moved = Box.from_corners(0, boxes[0].y, W, boxes[1].y2)  # the rows that changed, above it
    tracker = Tracker()
    tracker.update(0, 0.0, before, [boxes[1]], [Detection("PERSON", 0.9, boxes[1], "test", "h1")])
    tracker.move(1, 0.1, after, still(moved, 0, ROW))
    tracker.update(1, 0.1, after, [], [])
    tracker.update(2, 0.2, after, [], [])
    masks = per_frame(tracker, 3)
    for i in (1, 2):
        assert any(b.contains(boxes[2].pad(-2)) for b in masks[i]), f"frame {i}: the value shows at its new row"


def test_a_value_scrolled_out_under_a_header_of_other_text_leaves_no_box_there():
    """The other side: the shift takes the value out of the list's view, where a header of
    other text stays: the box ends, and nothing is boxed over the header."""
    before, boxes = column([NAME, "Ari Fenn", "Lee Moss"], header="Owner  Company")
    after, _ = column(["Ari Fenn", "Lee Moss", None], header="Owner  Company")
    view = Box.from_corners(0, boxes[0].y, W, H)
    tracker = Tracker()
    tracker.update(0, 0.0, before, [boxes[0]], [Detection("PERSON", 0.9, boxes[0], "test", "h1")])
    tracker.move(1, 0.1, after, still(view, 0, -ROW))
    tracker.update(1, 0.1, after, [], [])
    tracker.update(2, 0.2, after, [], [])
    assert per_frame(tracker, 3)[2] == ()


def test_other_text_read_shorter_beside_a_value_leaves_the_rest_of_it_boxed():
    """A reading of other text on the value's line, within its box and shorter (a neighbouring
    cell's text that a padded box reaches, a cell cut by a window), confirms the value's track:
    what of the value still shows as it was stays boxed, not only the shorter reading."""
    shown, boxes = column([NAME])
    value = boxes[0]
    beside = Box.from_corners(value.x - 2, value.y, value.x + value.w // 5, value.y2)
    tracker = Tracker()
    tracker.update(0, 0.0, shown, [value], [Detection("PERSON", 0.9, value, "test", "h1")])
    tracker.update(1, 0.1, shown, [beside], [Detection("PERSON", 0.9, beside, "test", "h2")])
    tracker.update(2, 0.2, shown, [], [])
    masks = per_frame(tracker, 3)
    for i in (1, 2):
        assert any(b.contains(value.pad(-2)) for b in masks[i]), f"frame {i}: the whole value shows"
