"""The analysis pass on drawn frames with the real OCR and a fake detector: only changed lines
are read, a typed value is covered from its first character, failures mask the frame whole."""

from collections import Counter

import numpy as np
import pytest

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.motion import Motion
from pipeline.analysis.ocr import OcrConfig, RawWord, SecondOpinionEngine, make_engine
from pipeline.analysis.words import WordCache
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, Detection, OcrWord, VideoInfo
from pipeline.detection.worker import InlineDetection
from tests.helpers import BASE, FakeDetector, H, W, draw_screen, font, typing_frames


class BrokenEngine:
    name = "broken"

    def version(self):
        return "0"

    def read_lines(self, images):
        raise RuntimeError("engine crashed")


def run(frames, engine=None, detector=None, fps=10.0, config=None):
    info = VideoInfo("mem", W, H, len(frames), fps, len(frames) / fps, "raw", "bgr24")
    analyzer = ScreenAnalyzer(
        info, engine or make_engine(OcrConfig()), detector or FakeDetector(), config or AnalysisConfig()
    )
    for i, image in enumerate(frames):
        analyzer.process_frame(i, i / fps, image)
    tracks, full = analyzer.finish()
    plan = RedactionPlan(info, tracks=tracks, full_frames=full)
    return analyzer, plan, list(iter_frame_masks(plan))


def test_typed_email_is_covered_from_first_character_and_label_stays():
    value = "kim.slade@example.com"
    frames = typing_frames(value)
    analyzer, plan, masks = run(frames)
    assert len(plan.tracks) >= 1
    first_typed = 3  # frames 0-2 are idle
    value_area = Box(120, 60, 8, 16)  # where the first characters appear
    for index in range(first_typed, len(frames)):
        assert any(b.intersects(value_area) for b in masks[index].boxes), f"frame {index} uncovered"
    label = Box(20, 62, 50, 12)
    assert not any(b.intersects(label) for m in masks for b in m.boxes), "the label must stay readable"
    assert all(not m.boxes for m in masks[:first_typed])


def test_only_changed_lines_are_read_again():
    frames = [draw_screen(BASE + [(20, 100 + 30 * i, f"Line {i}") for i in range(6)])] * 5
    frames.append(draw_screen(BASE + [(20, 100 + 30 * i, f"Line {i}") for i in range(6)] + [(300, 100, "new")]))
    analyzer, _, _ = run(frames)
    assert analyzer.stats.frames_changed == 2
    first_read = 8  # two base lines and six list lines
    assert analyzer.stats.lines_read - first_read <= 2, "a new word re-reads its own line only"


@pytest.mark.allow_errors
def test_ocr_failure_masks_frame_whole():
    frames = typing_frames("a@b.io", idle=1)
    analyzer, plan, masks = run(frames, engine=BrokenEngine())
    assert all(m.whole_frame for m in masks[:1])
    changed = [i for i in range(1, len(frames)) if not np.array_equal(frames[i], frames[i - 1])]
    assert all(masks[i].whole_frame for i in changed)
    assert plan.full_frames and all(f.reason == "analysis_error" for f in plan.full_frames)


def test_undecodable_frame_is_masked_whole():
    info = VideoInfo("mem", W, H, 3, 10.0, 0.3, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), FakeDetector(), AnalysisConfig())
    analyzer.process_frame(0, 0.0, draw_screen(BASE))
    analyzer.process_frame(1, 0.1, None)
    analyzer.process_frame(2, 0.2, draw_screen(BASE))
    tracks, full = analyzer.finish()
    masks = list(iter_frame_masks(RedactionPlan(info, tracks=tracks, full_frames=full)))
    assert [m.whole_frame for m in masks] == [False, True, False]
    assert full[0].reason == "decode_error"


# --- scrolling ----------------------------------------------------------------------------------

VIEW = Box(40, 80, 520, 240)  # a list's viewport
ROW_H = 30
NAMES = [
    "Kim Slade",
    "Ann Ortiz",
    "Joe Park",
    "Lena Marsh",
    "Tom Reyes",
    "Ida Quinn",
    "Max Hale",
    "Sue Vance",
    "Rob Finch",
    "Amy Stone",
    "Cal Drake",
    "Eve Moss",
    "Ned Wolfe",
    "Zoe Lund",
]


def _row(i: int) -> tuple[str, str]:
    first, last = NAMES[i % len(NAMES)].lower().split()
    return f"{i + 1:>3}   ", f"{first}.{last}{i}@example.com"


def scrolling_frames(rows: int, step: int, still: int) -> tuple[list[np.ndarray], list[int]]:
    """A list scrolling `step` pixels a frame through a viewport, still before and after; the
    frames and each frame's scroll offset."""
    content = draw_screen([(12, 8 + ROW_H * i, "".join(_row(i))) for i in range(rows)], size=(VIEW.w, ROW_H * rows))
    base = draw_screen([(20, 20, "Customers"), (20, 50, "Search customers")])
    offsets = [0] * still + list(range(0, content.shape[0] - VIEW.h + 1, step))[1:]
    offsets += [offsets[-1]] * still
    frames = []
    for offset in offsets:
        frame = base.copy()
        frame[VIEW.y : VIEW.y2, VIEW.x : VIEW.x2] = content[offset : offset + VIEW.h]
        frames.append(frame)
    return frames, offsets


def _email_boxes(offset: int, rows: int, min_share: float = 1.0) -> list[Box]:
    """Where each row's e-mail address shows in the viewport at a scroll offset: the part in
    view of each address of which at least `min_share` of the height shows."""
    face = font(14)
    boxes = []
    for i in range(rows):
        prefix, email = _row(i)
        _, y1, x2, y2 = face.getbbox(prefix + email)
        left = int(face.getlength(prefix))
        top = VIEW.y + 8 + ROW_H * i - offset
        box = Box.from_corners(VIEW.x + 12 + left, top + y1, VIEW.x + 12 + x2, top + y2)
        if box.intersects(VIEW) and box.intersection(VIEW).h >= min_share * box.h:
            boxes.append(box.intersection(VIEW))
    return boxes


def test_slow_scroll_reads_rows_as_they_come_into_view_and_covers_every_address():
    rows, step = 14, 2
    frames, offsets = scrolling_frames(rows, step, still=3)
    analyzer, _, masks = run(frames)
    # Rows are read while an edge of the viewport cuts them (coming in or going out) and once
    # more when whole; rows read whole only move. Re-reading a 40 px band along the edge in
    # every frame, as before, made 408 reads here.
    entering = rows - VIEW.h // ROW_H
    line_h, boxes_per_row = 16, 2  # the row number and the address are two line boxes
    first_read = boxes_per_row * (VIEW.h // ROW_H) + 2
    assert analyzer.stats.lines_read <= first_read + 2 * entering * boxes_per_row * (line_h // step + 2)
    for index, fm in enumerate(masks):
        for value in _email_boxes(offsets[index], rows):
            covered = sum(value.intersection(b).area for b in fm.boxes if b.intersects(value))
            assert covered >= 0.9 * value.area, f"frame {index}: an address that shows whole is not hidden"


class LateDetector(FakeDetector):
    """Finds an address only from its third sighting on: a value that a column's header or
    the value memory types only after its row was read (at a scroll's entering edge)."""

    def __init__(self):
        super().__init__()
        self.seen = Counter()
        self.late = 2

    def detect(self, layout, memory=None):
        found = []
        for d in super().detect(layout, memory):
            self.seen[d.text_hash] += 1
            if self.seen[d.text_hash] > self.late:
                found.append(d)
        return found


def test_a_value_found_only_after_its_row_moved_on_is_tracked_from_then_on():
    # The rows are read as they scroll in, then only move with their words; detection sees
    # them again as the list's context. A value it finds only then lies outside the area read
    # in that frame: it was dropped as "tracked already", though nothing tracked it.
    rows, step = 14, 2
    frames, offsets = scrolling_frames(rows, step, still=3)
    _, _, masks = run(frames, detector=LateDetector())
    for index in range(len(frames) - 3, len(frames)):
        for value in _email_boxes(offsets[index], rows):
            covered = sum(value.intersection(b).area for b in masks[index].boxes if b.intersects(value))
            assert covered >= 0.9 * value.area, f"frame {index}: an address found late is not hidden"


class MisreadAddresses:
    """Tesseract, reading every address as junk of low confidence: text that only the second
    engine reads (small text in a scaled viewer, a row under the pointer)."""

    name = "misread"

    def __init__(self, inner):
        self.inner = inner

    def version(self):
        return "0"

    def read_lines(self, images):
        return [
            [RawWord(w.text.replace("@", "a"), w.box, 20.0) if "@" in w.text else w for w in words]
            for words in self.inner.read_lines(images)
        ]


class SureReader(MisreadAddresses):
    """Tesseract, every word confident: the second engine, counting the lines it reads."""

    name = "sure"

    def __init__(self, inner):
        super().__init__(inner)
        self.lines = 0

    def read_lines(self, images):
        self.lines += len(images)
        return [[RawWord(w.text, w.box, 96.0) for w in words] for words in self.inner.read_lines(images)]


def test_the_second_engine_reads_no_row_at_a_scroll_s_entering_edge_yet_every_row_it_alone_reads_is_hidden():
    # A row coming into view is cut by the edge and read again as the scroll goes on: reading
    # it with the second engine there too made a third of that engine's work on a support
    # session. The row the scroll stops on is read with it when the scroll stops.
    rows, step = 14, 2
    frames, offsets = scrolling_frames(rows, step, still=4)
    tesseract = make_engine(OcrConfig(second_engine="none"))
    second = SureReader(tesseract)
    _, _, masks = run(frames, engine=SecondOpinionEngine(MisreadAddresses(tesseract), second, 75.0))
    for index, fm in enumerate(masks):
        for value in _email_boxes(offsets[index], rows):
            covered = sum(value.intersection(b).area for b in fm.boxes if b.intersects(value))
            assert covered >= 0.9 * value.area, f"frame {index}: an address that shows whole is not hidden"
    # (about twice a row: 31 here; read at the entering edge too, 45)
    assert second.lines <= 2.5 * rows


class LateNeighbourDetector(FakeDetector):
    """Finds each row's address at once and, from its third sighting on, the row's number as
    an id whose box reaches into the address's: a new value in the cell beside a tracked one."""

    def __init__(self):
        super().__init__()
        self.seen = Counter()

    def detect(self, layout, memory=None):
        found = super().detect(layout, memory)
        for d in list(found):
            self.seen[d.text_hash] += 1
            numbers = [
                w
                for line in layout.lines
                for w in line.words
                if w.box.x2 < d.box.x and abs((w.box.y + w.box.y2) - (d.box.y + d.box.y2)) < 12
            ]
            if self.seen[d.text_hash] > 2 and numbers:
                num = numbers[-1].box
                box = Box.from_corners(num.x, num.y, d.box.x + 2, num.y2)
                found.append(Detection("ID", 0.9, box, "fake", d.text_hash[::-1]))
        return found


def test_a_value_found_late_beside_a_tracked_one_is_tracked_although_their_boxes_touch():
    # A finding outside the re-read area whose box merely touches a live track is not that
    # track's value: it was dropped as "tracked already", and the row number stayed readable.
    rows, step = 14, 2
    frames, offsets = scrolling_frames(rows, step, still=3)
    _, _, masks = run(frames, detector=LateNeighbourDetector())
    face = font(14)
    for index in range(len(frames) - 3, len(frames)):
        for i in range(rows):
            prefix, _ = _row(i)
            digits = prefix.strip()
            left = VIEW.x + 12 + int(face.getlength(prefix[: prefix.index(digits)]))
            _, y1, _, y2 = face.getbbox(digits)
            top = VIEW.y + 8 + ROW_H * i - offsets[index]
            number = Box.from_corners(left, top + y1, left + int(face.getlength(digits)), top + y2)
            if not VIEW.contains(number):
                continue
            covered = sum(number.intersection(b).area for b in masks[index].boxes if b.intersects(number))
            assert covered >= 0.5 * number.area, f"frame {index}: row {i + 1}'s number is not hidden"


@pytest.mark.slow
def test_scroll_at_30_fps_is_read_a_few_times_a_second_and_nothing_shows_between_reads():
    """At 30 fps the entering edge changes in every frame; it is read every 0.1 s instead, and
    the frames between are masked from the later reading (the tracker reaches back): an
    address shows in none of them, not even in part as it comes into view."""
    rows, step = 12, 2
    frames, offsets = scrolling_frames(rows, step, still=3)
    analyzer, _, masks = run(frames, fps=30.0)
    every, _, _ = run(frames, fps=30.0, config=AnalysisConfig(scroll_read_s=0.0))
    assert analyzer.stats.deferred_reads > len(frames) // 2
    assert every.stats.deferred_reads == 0
    assert analyzer.stats.lines_read < 0.6 * every.stats.lines_read
    for index, fm in enumerate(masks):
        # half an address's height is enough to read most of it
        for value in _email_boxes(offsets[index], rows, min_share=0.5):
            covered = sum(value.intersection(b).area for b in fm.boxes if b.intersects(value))
            assert covered >= 0.9 * value.area, f"frame {index}: an address in view is not hidden"


def with_pointer(frames: list[np.ndarray], x: int, y: int) -> list[np.ndarray]:
    """The frames with the arrow pointer resting at (x, y), drawn over what scrolls under it."""
    from samples.desktop import _pointer_sprite

    rgb, alpha = _pointer_sprite()
    h, w = alpha.shape[:2]
    out = []
    for frame in frames:
        frame = frame.copy()
        under = frame[y : y + h, x : x + w].astype(np.float32)
        frame[y : y + h, x : x + w] = (rgb[..., ::-1] * alpha + under * (1 - alpha)).astype(np.uint8)
        out.append(frame)
    return out


@pytest.mark.slow
def test_scroll_under_a_resting_pointer_is_read_as_seldom_as_without_it():
    """A list scrolled with the wheel has the pointer resting over it: the pointer does not
    move with the rows, so each frame changes around it beyond the shift. That small change
    waits for the next read like typing does, instead of making every frame read."""
    rows, step = 12, 2
    plain, offsets = scrolling_frames(rows, step, still=3)
    frames = with_pointer(plain, VIEW.x + 150, VIEW.y + 100)  # over the addresses, mid-list
    analyzer, plan, masks = run(frames, fps=30.0)
    without, _, _ = run(plain, fps=30.0)
    assert analyzer.stats.deferred_reads > len(frames) // 2
    # each read takes the line under the pointer too (it differs from the rows that moved)
    assert analyzer.stats.lines_read <= 1.5 * without.stats.lines_read  # every frame read: 4.6x
    assert not plan.full_frames
    for index, fm in enumerate(masks):
        for value in _email_boxes(offsets[index], rows, min_share=0.5):
            covered = sum(value.intersection(b).area for b in fm.boxes if b.intersects(value))
            assert covered >= 0.9 * value.area, f"frame {index}: an address in view is not hidden"


def test_scroll_turning_back_before_a_deferred_read_masks_those_frames_whole():
    """What scrolled in during frames whose read was deferred can leave again before the read
    (the scroll turns back at once): those frames are masked whole, nothing shows unread."""
    rows, step = 12, 2
    down, down_offsets = scrolling_frames(rows, step, still=3)
    turn = down_offsets.index(42)  # scroll down to offset 42, then straight back up
    order = list(range(turn + 1)) + list(range(turn - 1, 2, -1))
    frames, offsets = [down[i] for i in order], [down_offsets[i] for i in order]
    analyzer, plan, masks = run(frames, fps=30.0)
    assert analyzer.stats.deferred_reads > 0
    assert plan.full_frames and {f.reason for f in plan.full_frames} == {"unread_scroll"}
    for index, fm in enumerate(masks):
        if fm.whole_frame:
            continue
        for value in _email_boxes(offsets[index], rows, min_share=0.5):
            covered = sum(value.intersection(b).area for b in fm.boxes if b.intersects(value))
            assert covered >= 0.9 * value.area, f"frame {index}: an address in view is not hidden"


def test_recording_ending_in_a_scroll_reads_its_last_frames():
    """A recording that stops mid-scroll may end on frames whose read was deferred: what came
    into view in them is read at the end, not left unread or masked whole."""
    rows = 12
    frames, offsets = scrolling_frames(rows, 2, still=3)
    info = VideoInfo("mem", W, H, len(frames), 30.0, len(frames) / 30, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), FakeDetector(), AnalysisConfig())
    end = 0
    while not (end > 15 and analyzer.deferred_frames):  # the recording ends on a deferred frame
        analyzer.process_frame(end, end / 30, frames[end])
        end += 1
    lines_before = analyzer.stats.lines_read
    tracks, full = analyzer.finish()
    assert not full
    assert analyzer.stats.lines_read > lines_before, "what waited was read at the end"
    masks = list(iter_frame_masks(RedactionPlan(info, tracks=tracks, full_frames=full)))
    for index in range(end - 4, end):
        for value in _email_boxes(offsets[index], rows, min_share=0.5):
            covered = sum(value.intersection(b).area for b in masks[index].boxes if b.intersects(value))
            assert covered >= 0.9 * value.area, f"frame {index}: an address in view is not hidden"


class SubmitFailing(InlineDetection):
    """Detection whose hand-over fails once, while `armed` (a broken pipe to the process)."""

    def __init__(self, detector):
        super().__init__(detector)
        self.armed = False
        self.failed = False

    def submit(self, words, fields=()):
        if self.armed and not self.failed:
            self.failed = True
            raise BrokenPipeError("detection process gone")
        return super().submit(words, fields)


@pytest.mark.allow_errors
def test_failed_hand_over_to_detection_masks_the_frames_deferred_to_that_read():
    """Frames whose read was deferred to a read that could not be handed to detection were
    never analysed: masked whole with the frame of that read, like any failure of it."""
    frames, _ = scrolling_frames(12, 2, still=3)
    info = VideoInfo("mem", W, H, len(frames), 30.0, len(frames) / 30, "raw", "bgr24")
    detection = SubmitFailing(FakeDetector())
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), detection, AnalysisConfig())
    waiting: tuple[int, ...] = ()
    for i, image in enumerate(frames):
        detection.armed = bool(analyzer.deferred_frames)
        if detection.armed and not detection.failed:
            waiting = analyzer.deferred_frames
        analyzer.process_frame(i, i / 30, image)
    tracks, full = analyzer.finish()
    assert detection.failed and waiting, "a read covering deferred frames was handed over and failed"
    masks = list(iter_frame_masks(RedactionPlan(info, tracks=tracks, full_frames=full)))
    assert all(masks[i].whole_frame for i in waiting)


def test_a_row_read_across_a_grid_s_columns_is_read_again_in_every_column():
    """crm_grid: a grid scrolls in steps, each column a moving area of its own (the gaps between
    cells do not change). A row cut by the grid's bottom border (frame 163) was read as one line
    over all the columns; after the next step it was read again in the first column only, so
    that row's e-mail and city had no box while the grid stood still (6.6-14 s)."""
    columns = [Box(20, 200, 290, 850), Box(660, 200, 210, 850), Box(1180, 200, 100, 850)]
    cut_row = Box(19, 1030, 1885, 16)
    word = OcrWord("castilo@copperleaf.com594)493-7579Nashile.N", Box(700, 1029, 600, 16), 48.0)
    for order in (columns, columns[::-1]):
        cache = WordCache(max_cut_lines=256, small=48)
        cache.replace([cut_row], [[word]])
        cache.mark_cut([cut_row])
        reread = []
        for area in order:
            reread += cache.move(Motion(area, 0, -40, np.zeros((area.h, area.w), np.uint8)))
        for area in columns:
            row_there = Box(area.x, 990, area.w, 16)
            assert any(b.contains(row_there) for b in reread), f"the row is not read again in {area}"


def test_a_word_box_spread_over_the_line_above_survives_that_line_s_read():
    """terminal_ops_secrets at 75 % (../shared/recordings), 15.1 s: after a scroll the line above
    an API key's was read again, and Tesseract had spread the key's box a pixel over that line
    (boxes as measured on the frame). Every word touching a read area went from the words
    kept: the key was gone from what detection saw, the finding shrank to the words before it
    ('sk live'), and the key's tail stayed readable for 2 s. A word goes where the middle of
    its rows meets a read area."""
    cache = WordCache(max_cut_lines=256, small=48)
    above = [OcrWord("provider", Box(28, 321, 54, 12), 96.0), OcrWord("stripe", Box(102, 321, 41, 12), 96.0)]
    key = OcrWord("_Zt8Qm2w4RpXvK7cB9nLd3Fh", Box(141, 333, 170, 16), 90.0)
    row = [OcrWord("api_key", Box(28, 334, 47, 13), 95.0), OcrWord("sk", Box(96, 334, 13, 10), 95.0), key]
    cache.replace([], [above, row])
    line_above = Box(28, 320, 115, 14)
    again = [OcrWord("provider", Box(28, 321, 54, 12), 97.0), OcrWord("stripe2", Box(102, 321, 41, 12), 97.0)]
    cache.replace([line_above], [again])
    known = cache.near([Box(0, 300, 960, 60)], 960, 0)
    assert key in known, "the key is no word of the line above"
    assert [w.text for w in known if w.box.y == 321] == ["provider", "stripe2"], "that line's words are the new ones"
    cache.replace([Box(28, 332, 300, 18)], [[]])  # the key's own line read again: its words go
    assert key not in cache.near([Box(0, 300, 960, 60)], 960, 0)


def test_a_word_scrolled_mostly_out_of_its_pane_goes_when_the_pane_is_read_again():
    """mail_thread (corpus35/scn2, as recorded), 24.7 s: a reading pane scrolled a signature's
    line up until two of its rows still showed at the pane's top; the word cache kept the line
    with its whole box, most of it over the app's bar above the pane. When the next message
    opened and the pane was read again, no read reached that box's middle: the line stayed
    known there, and the mail finder took it for a body line above the new message's subject.
    A word leaving its area is kept where it still shows, its box cut to the area."""
    pane = Box(530, 122, 678, 598)
    cache = WordCache(max_cut_lines=256, small=48)
    line = [OcrWord("12", Box(534, 136, 15, 11), 95.0), OcrWord("Orchard", Box(552, 136, 47, 11), 95.0)]
    cache.replace([], [line])
    cache.move(Motion(pane, 0, -23, np.zeros((pane.h, pane.w), np.uint8)))
    shown = cache.near([Box(0, 80, 1280, 80)], 1280, 0)
    assert [w.text for w in shown] == ["12", "Orchard"], "what still shows of the line is still known"
    assert all(pane.contains(w.box) for w in shown), [w.box for w in shown]
    cache.replace([pane], [[OcrWord("Subject", Box(534, 141, 80, 18), 95.0)]])
    assert [w.text for w in cache.near([Box(0, 80, 1280, 80)], 1280, 0)] == ["Subject"]
