"""A cover (a modal, a window) over most of a value, whose uncovered start is read again and
again: the box shrinks to what still shows and leaves the cover's own text readable (issue 18,
modal_edit at 75 %: an e-mail cell's first third beside a modal, read every frame, held the
cell's whole box over the modal's field caption for 20 s). The part was read in the very
frame the modal came; from 40 % of the value on, its box took the old box in."""

import pytest

from pipeline.analysis.track import Tracker
from pipeline.core.types import Box, Detection
from tests.test_occlusion import FPS, GLYPHS, VALUE, blank, covered, det, masks, text, window


@pytest.mark.parametrize("cut", [60, 100, 140])
def test_a_part_read_beside_a_cover_again_and_again_keeps_its_box_off_the_cover(cut):
    shown = text(blank(), GLYPHS)
    sliver = Box.from_corners(VALUE.x, VALUE.y, cut + 2, VALUE.y2)
    part = Detection("IBAN_CODE", 0.9, sliver, "test", "h2")  # the part read: another text
    under = window(shown, cut)
    cover = Box(cut, 20, 320 - cut, 100)
    feed = [
        (shown, [VALUE], [det()]),
        (under, [cover], [part]),  # the cover comes over the rest, and the part is read
        (under, [sliver], [part]),  # ...and read again in later frames
        (under, [sliver], [part]),
        (under, [], []),
        (under, [], []),
        (shown, [cover], []),  # the cover went: nobody read the value yet
    ]
    tracker = Tracker()
    for i, (grey, changed, found) in enumerate(feed):
        tracker.update(i, i / FPS, grey, changed, found)
    per_frame = masks(tracker, len(feed))
    for i in range(1, 6):
        assert covered(per_frame[i], Box.from_corners(GLYPHS.x, GLYPHS.y, cut, GLYPHS.y2)), f"frame {i}"
        assert all(b.x2 <= cut + 4 for b in per_frame[i]), f"frame {i}: the cover's own contents stay readable"
    assert covered(per_frame[6], GLYPHS), "the whole value shows again: all of it boxed"
