"""A value read only when the mouse pointer crosses its line (issue 18, class: the first reading
of a line misread the value, and the pointer passing over it brought the line back to the reader,
which read it right): the frames before showed the value too, and the track reaches back over
them. The pointer's own pixels changing under the value's box are no change of the value: a
small spot the size of a pointer, lying mostly outside the box, moving on. A change of the value
itself (typing into it, a new value in its place) still ends the reach back. Real media: the
frames are drawn, encoded as H.264 and decoded, as a recorder's would be."""

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.ocr import OcrConfig, RawWord, make_engine
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from tests.helpers import BASE, FakeDetector, draw_screen, screen_clip

VALUE = "wendeline.corrib@example.org"  # invented
ROW = (120, 150)
VALUE_BOX = Box(120, 150, 220, 16)
FPS = 10.0
REST = 70  # frames: 7 s, past the tracker's typing back-fill (TrackConfig.backfill_gap_s)


class MisreadUntil:
    """The recognizer, reading the address's '@' as 'a' until `clear` is set (the first reading
    of the line missed the value; the pointer brought the line back to it)."""

    name = "misread"

    def __init__(self, inner):
        self.inner = inner
        self.clear = False

    def version(self):
        return "0"

    def read_lines(self, images):
        read = self.inner.read_lines(images)
        if self.clear:
            return read
        return [[RawWord(w.text.replace("@", "a"), w.box, w.conf) for w in words] for words in read]


def _with_pointer(frame: np.ndarray, x: int, y: int) -> np.ndarray:
    """`frame` with an arrow pointer (12 x 19 px, black with a white rim) whose tip is at x, y."""
    image = Image.fromarray(np.ascontiguousarray(frame[:, :, ::-1]))
    arrow = [(0, 0), (0, 16), (4, 12), (7, 19), (9, 18), (6, 11), (11, 11)]
    ImageDraw.Draw(image).polygon([(x + dx, y + dy) for dx, dy in arrow], fill=(0, 0, 0), outline=(255, 255, 255))
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def _analyse(tmp_path: Path, frames: list[np.ndarray], clear_from: int):
    clip = screen_clip(tmp_path / "clip.mp4", frames, fps=FPS)
    info = probe(clip)
    engine = MisreadUntil(make_engine(OcrConfig(second_engine="none")))
    analyzer = ScreenAnalyzer(info, engine, FakeDetector(), AnalysisConfig())
    for frame in iter_frames(clip, info):
        engine.clear = frame.index >= clear_from
        analyzer.process_frame(frame.index, frame.pts_s, frame.image)
    tracks, full = analyzer.finish()
    return list(iter_frame_masks(RedactionPlan(info, tracks=tracks, full_frames=full)))


def _covered(mask, box: Box) -> bool:
    return sum(box.intersection(b).area for b in mask.boxes if b.intersects(box)) >= 0.9 * box.area


def test_a_value_read_when_the_pointer_crossed_its_line_is_hidden_in_the_frames_before(tmp_path):
    shown = draw_screen(BASE + [(*ROW, VALUE)])
    x = VALUE_BOX.x2 - 30  # over the value's last letters
    # the pointer resting far off for longer than a burst of typing lasts, then down across
    # the line; the reading that finds the value comes while it lies over the value's letters
    frames = [_with_pointer(shown, 560, 40)] * REST
    frames += [_with_pointer(shown, x, y) for y in range(100, 230, 10)]
    frames += [_with_pointer(shown, x, 240)] * 8
    masks = _analyse(tmp_path, frames, clear_from=REST + 6)
    uncovered = [i for i in range(len(frames)) if not _covered(masks[i], VALUE_BOX)]
    assert not uncovered, f"frames showing the value unmasked: {uncovered}"


def test_a_value_that_replaced_other_text_is_not_reached_back_over_it(tmp_path):
    # the frames before the value showed another line there: a change of its own, however the
    # pointer moves about it afterwards
    before = draw_screen(BASE + [(*ROW, "Status: awaiting reply")])
    shown = draw_screen(BASE + [(*ROW, VALUE)])
    x = VALUE_BOX.x2 - 30
    frames = [_with_pointer(before, 560, 40)] * REST + [_with_pointer(shown, 560, 40)] * REST
    frames += [_with_pointer(shown, x, y) for y in range(100, 230, 10)]
    frames += [_with_pointer(shown, x, 240)] * 6
    masks = _analyse(tmp_path, frames, clear_from=2 * REST + 6)
    assert all(_covered(masks[i], VALUE_BOX) for i in range(REST, len(frames))), "the value was not hidden"
    assert not any(_covered(masks[i], VALUE_BOX) for i in range(REST)), "the other line was masked"
