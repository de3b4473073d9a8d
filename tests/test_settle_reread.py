"""A redraw read in its coarse first frame is read again once its pixels settle (issue 18, class:
low-bitrate recordings where a tab switch or a panel first shows blocky letters that the next
frames sharpen by less than what counts as a change): the caption or value OCR misread there
would otherwise stand for as long as the screen shows it."""

import numpy as np

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.changes import ChangeConfig, changed_boxes, to_grey
from pipeline.analysis.ocr import OcrConfig, RawWord, make_engine
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, VideoInfo
from tests.helpers import BASE, FakeDetector, H, W, draw_screen

VALUE = "odile.brannagh@example.net"  # invented
ROW = (120, 150)
VALUE_BOX = Box(120, 150, 200, 16)


class CoarseWhileFlagged:
    """The recognizer, reading the address's '@' as 'a' while `coarse` is set (the blocky first
    rendering of a redraw), and counting the lines it reads."""

    name = "coarse"

    def __init__(self, inner):
        self.inner = inner
        self.coarse = False
        self.lines = 0

    def version(self):
        return "0"

    def read_lines(self, images):
        self.lines += len(images)
        read = self.inner.read_lines(images)
        if not self.coarse:
            return read
        return [[RawWord(w.text.replace("@", "a"), w.box, w.conf) for w in words] for words in read]


def _coarse(frame: np.ndarray, box: Box) -> np.ndarray:
    """`frame` with every third pixel of `box` off by 60 grey levels: what a low bitrate's first
    rendering of new text differs from the settled one by (many pixels, under the threshold once
    blurred)."""
    out = frame.copy()
    ys, xs = np.mgrid[box.y : box.y2, box.x : box.x2]
    pick = (xs + ys) % 3 == 0
    region = out[box.y : box.y2, box.x : box.x2].astype(np.int16)
    region[pick] = np.where(region[pick] > 128, region[pick] - 60, region[pick] + 60)
    out[box.y : box.y2, box.x : box.x2] = region.astype(np.uint8)
    return out


def _run(frames, engine, coarse_at: set[int], fps: float = 15.0):
    info = VideoInfo("mem", W, H, len(frames), fps, len(frames) / fps, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, engine, FakeDetector(), AnalysisConfig())
    for i, image in enumerate(frames):
        engine.coarse = i in coarse_at
        analyzer.process_frame(i, i / fps, image)
    tracks, full = analyzer.finish()
    return analyzer, list(iter_frame_masks(RedactionPlan(info, tracks=tracks, full_frames=full)))


def _covered(mask, box: Box) -> bool:
    return sum(box.intersection(b).area for b in mask.boxes if b.intersects(box)) >= 0.9 * box.area


def test_a_value_misread_in_a_redraw_s_coarse_first_frame_is_read_again_when_it_settles():
    before = draw_screen(BASE)
    after = draw_screen(BASE + [(*ROW, VALUE)])
    first = _coarse(after, Box(110, 140, 260, 36))
    # the premise: settling is no change to the change finder
    assert not changed_boxes(to_grey(first), to_grey(after), ChangeConfig())
    frames = [before] * 3 + [first, first] + [after] * 12
    engine = CoarseWhileFlagged(make_engine(OcrConfig(second_engine="none")))
    analyzer, masks = _run(frames, engine, coarse_at={3, 4})
    for index in range(5, len(frames)):
        assert _covered(masks[index], VALUE_BOX), f"frame {index}: the settled address is not hidden"
    assert analyzer.stats.settled_reads == 1
    # the frames of the coarse rendering showed it too: the track reaches back over them
    assert _covered(masks[3], VALUE_BOX)


def test_a_redraw_shown_final_at_once_is_not_read_again():
    before = draw_screen(BASE)
    after = draw_screen(BASE + [(*ROW, VALUE), (120, 200, "Collection day  1st of each month")])
    frames = [before] * 3 + [after] * 12
    engine = CoarseWhileFlagged(make_engine(OcrConfig(second_engine="none")))
    analyzer, masks = _run(frames, engine, coarse_at=set())
    assert analyzer.stats.settled_reads == 0
    assert all(_covered(m, VALUE_BOX) for m in masks[3:])
    # no line is read after the redraw's frame
    upto = CoarseWhileFlagged(make_engine(OcrConfig(second_engine="none")))
    _run(frames[:4], upto, coarse_at=set())
    assert engine.lines == upto.lines


def test_a_redraw_still_changing_when_the_watch_ends_is_not_read_again():
    # a line that keeps shimmering (never still) is left to the change finder
    before = draw_screen(BASE)
    after = draw_screen(BASE + [(*ROW, VALUE)])
    area = Box(110, 140, 260, 36)
    noisy = [_coarse(after, area) if i % 2 else after for i in range(40)]
    frames = [before] * 3 + noisy
    engine = CoarseWhileFlagged(make_engine(OcrConfig(second_engine="none")))
    analyzer, _ = _run(frames, engine, coarse_at=set())
    assert analyzer.stats.settled_reads == 0
