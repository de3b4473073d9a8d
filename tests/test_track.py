"""Tracker rules on synthetic grey frames: hold, end, grow, follow a move, reach back over typing."""

import numpy as np
import pytest

from pipeline.analysis.motion import Motion
from pipeline.analysis.track import TrackConfig, Tracker
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, Detection, VideoInfo

W, H = 320, 120
FPS = 10.0


def blank() -> np.ndarray:
    return np.full((H, W), 240, np.uint8)


def ink(grey: np.ndarray, box: Box) -> np.ndarray:
    """Draw 'text' (a dark striped block) into a copy of the frame."""
    out = grey.copy()
    out[box.y : box.y2, box.x : box.x2 : 2] = 20
    return out


def det(box: Box, kind: str = "EMAIL_ADDRESS", value_hash: str = "h1") -> Detection:
    return Detection(kind, 0.9, box, "test", value_hash)


def feed(tracker: Tracker, frames: list[tuple[np.ndarray, list[Box], list[Detection]]]) -> None:
    for i, (grey, analysed, dets) in enumerate(frames):
        tracker.update(i, i / FPS, grey, analysed, dets)


def masks(tracks, count: int) -> list[tuple[Box, ...]]:
    plan = RedactionPlan(VideoInfo("x", W, H, count, FPS, count / FPS, "h264", "yuv420p"), tracks=tracks)
    return [m.boxes for m in iter_frame_masks(plan)]


def test_box_holds_while_pixels_stay_even_if_ocr_misses_the_value():
    value = Box(20, 20, 120, 16)
    frame = ink(blank(), value)
    tracker = Tracker()
    # Frame 0: found. Frames 1-4: the line is re-read (a caret blinks elsewhere on it) but the
    # OCR no longer finds the value; its pixels did not change, so the box must hold.
    feed(tracker, [(frame, [value], [det(value)])] + [(frame, [Box(150, 20, 4, 16)], [])] * 4)
    tracks = tracker.finish()
    assert len(tracks) == 1
    assert all(value in boxes for boxes in masks(tracks, 5))


def test_box_ends_when_its_pixels_change_and_value_is_gone():
    value = Box(20, 20, 120, 16)
    shown, gone = ink(blank(), value), blank()
    tracker = Tracker()
    feed(
        tracker, [(shown, [value], [det(value)]), (shown, [], []), (gone, [value], []), (gone, [], []), (gone, [], [])]
    )
    per_frame = masks(tracker.finish(), 5)
    assert value in per_frame[1]
    assert value in per_frame[2], "the frame where the change happens stays covered"
    assert per_frame[3] == () and per_frame[4] == ()


def test_box_ends_when_text_in_a_mostly_empty_box_is_replaced():
    """A padded box is mostly background: replacing its small text must still end the hold."""
    box = Box(20, 20, 240, 60)
    before = ink(blank(), Box(30, 40, 60, 10))
    after = ink(blank(), Box(30, 52, 60, 10))  # other text, same amount of ink, elsewhere in the box
    tracker = Tracker()
    feed(tracker, [(before, [box], [det(box)]), (after, [box], []), (after, [], [])])
    per_frame = masks(tracker.finish(), 3)
    assert box in per_frame[1] and per_frame[2] == ()


def test_two_values_on_touching_lines_keep_their_own_boxes():
    street, city = Box(20, 20, 160, 22), Box(20, 38, 160, 22)  # padded boxes overlap a little
    frame = ink(ink(blank(), street.pad(-4)), city.pad(-4))
    tracker = Tracker()
    feed(
        tracker,
        [(frame, [Box(0, 0, W, H)], [det(street, "LOCATION", "a"), det(city, "LOCATION", "b")]), (frame, [], [])],
    )
    per_frame = masks(tracker.finish(), 2)
    assert set(per_frame[1]) == {street, city}


def test_a_neighbouring_row_s_value_does_not_pull_a_box_off_its_row():
    """crm_grid, a grid scrolling in steps: the e-mails of three rows, 21 px apart, padded boxes
    overlapping a few pixels. After a step of the scroll the re-read found the top row's (that
    had no box yet) and the middle row's e-mail, not the bottom one's (OCR is not stable from
    frame to frame). The top row's finding took the middle row's track (1 px of padding in
    common), the middle row's then took the bottom row's, and the bottom row's e-mail showed."""
    top, middle, bottom = Box(20, 4, 150, 22), Box(20, 25, 144, 21), Box(20, 43, 174, 27)
    rows = [Box(24, 8, 140, 12), Box(24, 29, 130, 12), Box(24, 50, 160, 12)]
    shown = blank()
    for row in rows:
        shown = ink(shown, row.shift(0, 7))
    scrolled = blank()
    for row in rows:
        scrolled = ink(scrolled, row)
    view = Box(0, 0, W, H)
    tracker = Tracker()
    tracker.update(
        0, 0.0, shown, [view], [det(middle.shift(0, 7), value_hash="m"), det(bottom.shift(0, 7), value_hash="b")]
    )
    tracker.move(1, 1 / FPS, scrolled, Motion(view, 0, -7, np.zeros((H, W), np.uint8)))
    tracker.update(1, 1 / FPS, scrolled, [view], [det(top, value_hash="t"), det(middle, value_hash="m")])
    tracker.update(2, 2 / FPS, scrolled, [], [])
    per_frame = masks(tracker.finish(), 3)
    for i in (1, 2):
        assert any(b.contains(rows[2]) for b in per_frame[i]), f"frame {i}: the bottom row's e-mail shows"
        assert any(b.contains(rows[1]) for b in per_frame[i]) and any(b.contains(rows[0]) for b in per_frame[i])


def test_growing_value_continues_one_track():
    tracker = Tracker()
    grey = blank()
    frames = []
    for n in range(1, 6):
        box = Box(20, 20, 20 * n, 16)
        grey = ink(grey, box)
        frames.append((grey, [box], [det(box, value_hash=f"h{n}")]))
    feed(tracker, frames)
    tracks = tracker.finish()
    assert len(tracks) == 1
    per_frame = masks(tracks, 5)
    assert all(any(b.contains(Box(20, 20, 20 * (i + 1), 16)) for b in boxes) for i, boxes in enumerate(per_frame))


def test_moved_value_redetected_in_same_frame_is_covered_at_new_place():
    old, new = Box(20, 20, 120, 16), Box(20, 60, 120, 16)
    tracker = Tracker()
    feed(
        tracker,
        [
            (ink(blank(), old), [old], [det(old)]),
            (ink(blank(), new), [Box(0, 0, W, H)], [det(new)]),  # scrolled: whole area re-read
            (ink(blank(), new), [], []),
        ],
    )
    per_frame = masks(tracker.finish(), 3)
    assert old in per_frame[0]
    assert any(b.contains(new) for b in per_frame[1]), "covered in the very frame it moved"
    assert any(b.contains(new) for b in per_frame[2])


@pytest.mark.parametrize("pause_frames, reaches_start", [(3, True), (80, False)])
def test_typed_value_is_covered_back_to_its_first_character(pause_frames, reaches_start):
    tracker = Tracker(TrackConfig(backfill_gap_s=5.0))
    final = Box(20, 20, 160, 16)
    grey = blank()
    frames = []
    # Typing: one character per frame, then a pause, then the last character that makes the
    # value recognisable.
    for n in range(7):
        char = Box(20 + 20 * n, 20, 18, 16)
        grey = ink(grey, char)
        frames.append((grey, [char], []))
    frames += [(grey, [], [])] * pause_frames
    last = Box(160, 20, 18, 16)
    grey = ink(grey, last)
    frames.append((grey, [last], [det(final)]))
    feed(tracker, frames)
    per_frame = masks(tracker.finish(), len(frames))
    covered_first = any(b.contains(Box(20, 20, 18, 16)) for b in per_frame[0])
    assert covered_first is reaches_start
    assert any(b.contains(final) for b in per_frame[-1])


def test_scroll_change_is_not_taken_for_typing():
    """A large change (a scroll of the whole area) must not drag a new box back in time."""
    value = Box(20, 60, 120, 16)
    scrolled = blank()
    scrolled[10:110, 1::2] = 20  # other text where the value comes (not the value's pixels)
    tracker = Tracker()
    feed(
        tracker,
        [
            (blank(), [Box(0, 0, W, H)], []),
            (scrolled, [Box(0, 0, W, H)], []),
            (ink(blank(), value), [Box(0, 0, W, H)], [det(value)]),
        ],
    )
    per_frame = masks(tracker.finish(), 3)
    assert per_frame[0] == () and per_frame[1] == ()
    assert value in per_frame[2]


def test_typing_before_a_scroll_is_not_this_value_s_typing():
    """A form: a name is typed into a field, the page scrolls (another field comes to the same
    place of the screen), a card number is typed there. The card's box reaches back over its own
    keystrokes, not over the name's, which were typed into other content at that place."""
    field = Box(20, 60, 160, 16)
    tracker = Tracker(TrackConfig(backfill_gap_s=5.0))
    grey = blank()
    frame = 0
    for n in range(4):  # the name, typed into the field that is here before the scroll
        char = Box(20 + 20 * n, 60, 18, 16)
        grey = ink(grey, char)
        tracker.update(frame, frame / FPS, grey, [char], [])
        frame += 1
    scroll_at = frame
    grey = blank()  # the page scrolled by 40 px: the name's field left, an empty one came
    view = Box(0, 0, W, H)
    tracker.move(frame, frame / FPS, grey, Motion(view, 0, -40, np.zeros((H, W), np.uint8)))
    tracker.update(frame, frame / FPS, grey, [Box(0, 80, W, 40)], [])
    frame += 1
    for n in range(8):  # the card number, typed into the field now at the same place
        char = Box(20 + 20 * n, 60, 18, 16)
        grey = ink(grey, char)
        tracker.update(frame, frame / FPS, grey, [char], [det(field, "CREDIT_CARD")] if n == 7 else [])
        frame += 1
    per_frame = masks(tracker.finish(), frame)
    assert all(per_frame[i] == () for i in range(scroll_at)), "the name's typing is not the card's"
    assert any(b.contains(Box(20, 60, 18, 16)) for b in per_frame[scroll_at + 1]), "the card's first digit is"


def test_plan_json_round_trip_has_no_text_and_same_masks():
    value = Box(20, 20, 120, 16)
    tracker = Tracker()
    feed(tracker, [(ink(blank(), value), [value], [det(value)]), (blank(), [value], [])])
    tracks = tracker.finish()
    plan = RedactionPlan(VideoInfo("x", W, H, 2, FPS, 0.2, "h264", "yuv420p"), tracks=tracks)
    again = RedactionPlan.from_dict(plan.to_dict())
    assert [m.boxes for m in iter_frame_masks(again)] == [m.boxes for m in iter_frame_masks(plan)]
    assert again.tracks[0].segments[0].box == value


def test_value_read_late_is_covered_back_to_when_it_appeared_and_no_further():
    """A value found only in a later reading (a deferred read, a re-read after the OCR missed
    it) was shown, unchanged, since the frame that drew it: covered from there, not before."""
    value = Box(20, 20, 120, 16)
    before, shown = blank(), ink(blank(), value)
    tracker = Tracker()
    frames = [(before, [], [])] * 3 + [(shown, [value], [])] + [(shown, [], [])] * 4
    frames += [(shown, [Box(200, 20, 4, 16)], [det(value)])]  # read again from a change beside it
    feed(tracker, frames)
    per_frame = masks(tracker.finish(), len(frames))
    assert all(value in per_frame[i] for i in range(3, len(frames))), "shown from frame 3 on"
    assert all(per_frame[i] == () for i in range(3)), "not before it was drawn"


def test_value_found_in_a_re_read_of_unchanged_pixels_is_covered_back_to_when_it_appeared():
    """A low-bitrate copy's key frame changes a printed line's pixels a little (encoder noise),
    so the line is read again; that read finds a value the first read missed. The line showed
    the same text since it was drawn: covered from there, not from the re-read on. A change
    that redraws the place (other text there before) still stops it."""
    value = Box(20, 20, 120, 16)
    before, shown = blank(), ink(blank(), value)
    noisy = shown.copy()
    noisy[value.y : value.y2, value.x + 1 : value.x2 : 2] += 3  # the background flickers
    tracker = Tracker()
    frames = [(before, [], [])] * 3 + [(shown, [Box(0, 0, W, H)], [])] + [(shown, [], [])] * 4
    frames += [(noisy, [value], [det(value)])]
    feed(tracker, frames)
    per_frame = masks(tracker.finish(), len(frames))
    assert all(value in per_frame[i] for i in range(3, len(frames))), "shown from frame 3 on"
    assert all(per_frame[i] == () for i in range(3)), "not before it was drawn"
    other = blank()  # other text stood there: the value was drawn now
    other[value.y : value.y2, value.x + 1 : value.x2 : 2] = 20
    tracker = Tracker()
    feed(tracker, [(other, [Box(0, 0, W, H)], [])] + [(other, [], [])] * 4 + [(shown, [value], [det(value)])])
    assert [value in boxes for boxes in masks(tracker.finish(), 6)] == [False] * 5 + [True]


def test_value_read_late_reaches_back_no_further_than_the_renderer_waits():
    value = Box(20, 20, 120, 16)
    shown = ink(blank(), value)
    tracker = Tracker(TrackConfig(backfill_max_s=0.5))  # five frames at 10 fps
    frames = [(shown, [value], [])] + [(shown, [], [])] * 10 + [(shown, [Box(200, 20, 4, 16)], [det(value)])]
    feed(tracker, frames)
    per_frame = masks(tracker.finish(), len(frames))
    covered = [i for i, boxes in enumerate(per_frame) if value in boxes]
    # back 0.5 s (frame 6, or 7 as the float sum falls) and no further, without a gap
    assert covered == list(range(covered[0], len(frames))) and 6 <= covered[0] <= 7


def test_new_segments_are_handed_over_once_each_and_only_when_followed():
    """A renderer following the analysis takes each segment once, as it is made; the boxes
    still held come as open segments. Without `follow` nothing is kept (nor handed over)."""
    value = Box(20, 20, 120, 16)
    shown, gone = ink(blank(), value), blank()
    frames = [(shown, [value], [det(value)]), (shown, [], []), (gone, [value], []), (gone, [], [])]
    tracker = Tracker(follow=True)
    feed(tracker, frames[:2])
    assert tracker.take_new_segments() == []
    assert [(start, box) for _, start, box in tracker.open_segments()] == [(0, value)]
    tracker.update(2, 2 / FPS, *frames[2])
    taken = tracker.take_new_segments()
    assert [(s.start_frame, s.end_frame, s.box) for _, s in taken] == [(0, 2, value)]
    assert tracker.take_new_segments() == [] and tracker.open_segments() == []
    with pytest.raises(RuntimeError):
        Tracker().take_new_segments()


def test_a_command_typed_before_enter_scrolled_the_terminal_is_covered_back_to_its_typing():
    """xterm: `ssh user@10.183.147.215` typed at the bottom row, read as an IP only after Enter
    scrolled the terminal by a row. The box reaches back over the scroll to where the value was
    typed, and from there over its keystrokes (each partial IP is readable too)."""
    tracker = Tracker(TrackConfig(backfill_gap_s=5.0))
    grey = blank()
    frame = 0
    for n in range(8):  # typed at the bottom row, one character a frame
        char = Box(20 + 20 * n, 90, 18, 16)
        grey = ink(grey, char)
        tracker.update(frame, frame / FPS, grey, [char], [])
        frame += 1
    typed_until = frame
    scrolled = np.full_like(grey, 240)
    scrolled[:-20] = grey[20:]  # Enter: every row moves up by 20 px, a new prompt below
    view = Box(0, 0, W, H)
    tracker.move(frame, frame / FPS, scrolled, Motion(view, 0, -20, np.zeros((H, W), np.uint8)))
    tracker.update(frame, frame / FPS, scrolled, [Box(0, 100, W, 20)], [det(Box(20, 70, 160, 16), "IP_ADDRESS")])
    frame += 1
    per_frame = masks(tracker.finish(), frame)
    assert any(b.contains(Box(20, 90, 18, 16)) for b in per_frame[0]), "its first character, as typed"
    assert all(any(b.contains(Box(20, 90, 160, 16)) for b in per_frame[i]) for i in range(1, typed_until))
    assert any(b.contains(Box(20, 70, 160, 16)) for b in per_frame[typed_until])


def test_a_live_value_is_told_from_another_of_its_track_by_identity():
    # Two covered parts of one track's value, equal but for their pixels, wait to show again:
    # taking one off the list compared the pixel arrays of the other, and the run stopped
    # (ValueError) on a 120 s support session.
    from pipeline.analysis.track import _Live
    from pipeline.core.types import Track

    track, box = Track(1, "PERSON", 0.9, "auto", "fake"), Box(10, 10, 40, 12)
    first, second = (
        _Live(track, box, "h", 3, 0.1, np.full((12, 40), v, np.uint8), 3, box, np.full((12, 40), v, np.uint8))
        for v in (10, 200)
    )
    waiting = [first, second]
    waiting.remove(second)
    assert waiting == [first] and waiting[0] is first


def test_a_value_typed_on_past_its_tracked_part_is_covered_back_over_the_new_part_s_typing():
    """An address typed into a mail body: its street is found and tracked while the town and
    postcode are still being typed; the whole value is read only after the last keystroke. The
    grown box reaches back over the keystrokes of the grown part (a town typed whole was readable
    before the reading that found it), not only from the frame that read it."""
    street = Box(20, 20, 100, 16)
    tracker = Tracker(TrackConfig(backfill_gap_s=5.0))
    grey = ink(blank(), street)
    frames = [(grey, [street], [det(street, "ADDRESS", "street")])]
    for n in range(6):  # the town and postcode, one character per frame, none read as a value
        char = Box(120 + 20 * n, 20, 18, 16)
        grey = ink(grey, char)
        frames.append((grey, [char], []))
    whole = street.union(Box(120 + 20 * 5, 20, 18, 16))
    frames += [(grey, [], [])] * 2 + [(grey, [Box(300, 20, 4, 16)], [det(whole, "ADDRESS", "whole")])]
    feed(tracker, frames)
    per_frame = masks(tracker.finish(), len(frames))
    town = Box(120, 20, 58, 16)  # the first three characters typed after the street
    assert all(any(b.contains(town) for b in per_frame[i]) for i in range(4, len(frames))), "typed whole from frame 3"
    assert all(any(b.contains(street) for b in boxes) for boxes in per_frame)


@pytest.mark.parametrize("shifts, reached", [((-40, -44), True), ((-40, -70), False)])
def test_a_value_read_across_two_scrolled_columns_reaches_back_over_the_scroll(shifts, reached):
    """A grid scrolled: its two columns were each found as a moved area, their shifts measured a
    few pixels apart. A value read only after the scroll, across both columns (a reader that
    joined a cell with the next), was on screen before it, higher up: its box reaches back over
    the scroll to where it was. Areas that moved apart (a panel and the grid) are no one move."""
    left, right = Box(0, 0, 160, H), Box(160, 0, W - 160, H)
    after = Box(100, 40, 120, 16)  # across the two columns
    dy = shifts[0]
    before = after.shift(0, -dy)
    tracker = Tracker()
    shown_before = ink(blank(), before)
    for frame in range(3):
        tracker.update(frame, frame / FPS, shown_before, [before] if frame == 0 else [], [])
    grey = ink(blank(), after)
    motions = [Motion(left, 0, shifts[0], np.zeros((H, 160), np.uint8))]
    motions.append(Motion(right, 0, shifts[1], np.zeros((H, W - 160), np.uint8)))
    tracker.moves(3, 3 / FPS, grey, motions)
    tracker.update(3, 3 / FPS, grey, [Box(0, 0, W, H)], [det(after, "PHONE_NUMBER")])
    per_frame = masks(tracker.finish(), 4)
    covered = [any(b.contains(before.pad(-2)) for b in per_frame[i]) for i in range(1, 3)]
    assert covered == [reached, reached]
