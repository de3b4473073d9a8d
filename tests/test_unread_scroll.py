"""Unread text and scrolls (issue 18, innocent text kept on scaled and low-bitrate copies): a
form's labels read with confidence while the page stood still, blurred in the first frame of
the next scroll (a low bitrate smears what starts to move), are not masked over the still
frames before it; a line that no frame read with confidence stays masked (fail closed)."""

from pathlib import Path

import cv2
import numpy as np

from pipeline.analysis.analyzer import ScreenAnalyzer
from pipeline.analysis.config import AnalysisConfig
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.analysis.track import Tracker
from pipeline.analysis.unread import UNREAD_TEXT, unread_part
from pipeline.core.types import Box, Detection
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from tests.helpers import FakeDetector, WeakWhileFlagged, draw_screen, font, screen_clip

LABEL = Box(40, 100, 200, 16)  # "Expiration date (MM/YY)" where the page stands before the scroll
STILL = 8  # frames of the page standing still before it starts to scroll


def _form(dy: int = 0) -> np.ndarray:
    """A payment form's labels over their input boxes, drawn `dy` pixels lower."""
    image = draw_screen(
        [
            (40, 40 + dy, "Payment method"),
            (40, 100 + dy, "Expiration date (MM/YY)"),
            (360, 100 + dy, "Security code (CVC)"),
        ],
        font_size=13,
    )
    for x in (40, 360):
        cv2.rectangle(image, (x, 122 + dy), (x + 240, 152 + dy), (190, 190, 190), 1)
    return image


def _unread_frames(tmp_path: Path, weak_from: int) -> set[int]:
    """The page still for STILL frames, then scrolled 2 px down, the labels blurred in that
    first moving frame and sharp again after; the engines read weakly in the blurred frame and
    from frame `weak_from` on until it. The frames an UNREAD_TEXT box covers the label in."""
    blurred = _form(2)
    blurred[95:125] = cv2.GaussianBlur(blurred[95:125], (0, 0), 1.2)
    frames = [_form()] * STILL + [blurred] + [_form(2)] * 6
    clip = screen_clip(tmp_path / "scroll.mp4", frames)
    info = probe(clip)
    engine = WeakWhileFlagged(make_engine(OcrConfig()))
    analyzer = ScreenAnalyzer(info, engine, FakeDetector(), AnalysisConfig())
    for frame in iter_frames(clip, info):
        engine.failing = weak_from <= frame.index <= STILL
        analyzer.process_frame(frame.index, frame.pts_s, frame.image)
    tracks, _ = analyzer.finish()
    return {
        f
        for t in tracks
        if t.entity_type == UNREAD_TEXT
        for s in t.segments
        if s.box.intersects(LABEL)
        for f in range(s.start_frame, s.end_frame + 1)
    }


def test_a_label_read_well_while_still_is_not_masked_back_over_those_frames_when_a_scroll_blurs_it(
    tmp_path: Path,
):
    """checkout_payment at crf 36: 'Expiration date (MM/YY)' read with confidence for 10 s after
    a scroll, read weakly in the first frame of the next one (2 px moved, smeared): that weak
    reading's box reached back over the 10 s (the tracker follows a finding back over frames
    whose pixels did not change), and the label was masked all along. Frames that read the
    place with confidence stand for what they showed: the box starts with the weak reading."""
    masked = _unread_frames(tmp_path, weak_from=STILL)
    assert STILL in masked and not masked & set(range(STILL)), sorted(masked)


def test_a_label_no_frame_read_well_stays_masked_from_the_first_frame_that_showed_it(tmp_path: Path):
    """Fail closed: the same label never read with confidence before the scroll is masked from
    the first frame on, through the blurred frame."""
    masked = _unread_frames(tmp_path, weak_from=0)
    assert set(range(STILL + 1)) <= masked, sorted(masked)


def _first_frame(reads: dict[int, tuple[list[Box], list[Box], list[Box]]], changes: dict[int, Box], box: Box) -> int:
    """The first frame an UNREAD_TEXT finding at `box` in frame 8 covers, on a still screen
    (5 fps) read whole in frame 0, with small changes in `changes` and reads (legible, illegible,
    read areas) in `reads`."""
    grey = np.full((120, 320), 245, np.uint8)
    tracker = Tracker()
    for frame in range(8):
        changed = [Box(0, 0, 320, 120)] if frame == 0 else [changes[frame]] if frame in changes else []
        tracker.update(frame, frame * 0.2, grey, changed, [])
        legible, illegible, read = reads.get(frame, ([], [], []))
        tracker.lines_read(frame, UNREAD_TEXT, legible, illegible, read)
    tracker.update(8, 1.6, grey, [changes[8]], [Detection(UNREAD_TEXT, 1.0, box, "ocr_confidence", "")])
    (track,) = tracker.finish()
    return min(s.start_frame for s in track.segments)


def test_an_unread_box_reaches_back_only_over_frames_that_did_not_read_a_line_of_it_well():
    """A frame that read a line lying in the unread box's rows with confidence, across most of
    its columns (the box may be taller: a pointer joined the label to its field's border), and
    no line there without it, stands for the frames since: the box starts with its finding.
    Not a line of the row above reaching 2 px into it, nor one across a third of its columns,
    nor a frame where a line meeting it was read weakly."""
    box = Box(20, 40, 200, 24)
    pointer = Box(100, 52, 10, 12)
    changes = {8: pointer}
    label = Box(20, 41, 190, 12)
    cases = [
        (([label], [], [label]), False),
        (([Box(20, 26, 200, 16)], [], [Box(20, 26, 200, 16)]), True),  # the row above, 2 px in
        (([Box(20, 41, 60, 12)], [], [Box(20, 41, 60, 12)]), True),  # a third of its columns
        (([label], [Box(120, 54, 90, 10)], [label]), True),  # a line in it read weakly
    ]
    for read, reaches in cases:
        first = _first_frame({3: read}, changes, box)
        assert (first < 8) == reaches, (read, first)


def test_small_changes_before_an_unread_finding_go_back_no_further_than_a_read_that_found_none():
    """The pointer moving about under a label (small changes, taken for typing into the box)
    was read there and gave no unread line: the box found later goes back to the first small
    change after that read, not over the seconds before it (checkout_payment at 66 %, 'Security
    code (CVC)' masked 15.3-18.6 s). A read there that found a line unread does not stop it."""
    box = Box(20, 40, 200, 24)
    pointer = Box(100, 52, 10, 12)
    changes = {2: pointer, 6: pointer, 8: pointer}
    assert _first_frame({2: ([], [], [pointer])}, changes, box) == 6
    assert _first_frame({2: ([], [Box(20, 41, 190, 12)], [pointer])}, changes, box) == 2
    assert _first_frame({}, changes, box) == 2


def _label_and_pointer(pointer: bool) -> np.ndarray:
    """A field's label (13 px letters) over its input's top border, the I-beam pointer resting
    under the label, on the border (as a form shows while the user moves to the field)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 60), 255)
    draw = ImageDraw.Draw(image)
    draw.text((20, 4), "Security code (CVC)", fill=60, font=font(13))
    draw.line((10, 30, 390, 30), fill=190)
    if pointer:
        draw.line((80, 24, 80, 44), fill=0, width=2)
        draw.line((76, 24, 84, 24), fill=0, width=2)
        draw.line((76, 44, 84, 44), fill=0, width=2)
    return np.asarray(image).copy()


def test_an_unread_box_read_but_for_a_pointer_under_its_label_is_cut_to_the_pointer():
    """checkout_payment at 66 %: the unread box of a label the pointer joined to its field's
    border (23 px for letters of 10) stayed over the label for 5 s after the label was read with
    confidence, while the pointer rested in the box's lower rows. What of it is left unread is
    the pointer's ink: the box is cut to it, clear of the label's rows. Fail closed: a box no
    confident line meets, or that a weak line meets, stays whole; one with nothing left ends."""
    config = OcrConfig()
    unread = Box(18, 2, 160, 44)
    label = Box(19, 4, 140, 17)
    grey = _label_and_pointer(pointer=True)
    rest = unread_part(unread, [label], [], grey, config)
    assert rest is not None and rest != unread and rest.intersects(Box(78, 26, 6, 16)), rest
    assert rest.y >= label.y2 and unread.contains(rest), rest
    assert unread_part(unread, [], [], grey, config) == unread
    assert unread_part(unread, [label], [Box(70, 24, 20, 20)], grey, config) == unread
    assert unread_part(unread, [label], [], _label_and_pointer(pointer=False), config) is None
