"""Fail closed where reading failed (issue 18 item 3): text lines no OCR pass read with
confidence become UNREAD_TEXT findings, masked where the policy asks for it."""

from pathlib import Path

import cv2
import numpy as np

from pipeline.analysis.analyzer import ScreenAnalyzer
from pipeline.analysis.config import AnalysisConfig
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.analysis.unread import UNREAD_TEXT, unread_lines
from pipeline.core.types import Box, OcrWord
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.store.policy import Decision, entities_to_find, load_policy
from tests.helpers import FakeDetector, WeakWhileFlagged, draw_screen, font, screen_clip

BELOW = OcrConfig().unread_below


def words(*items: tuple[str, float], x: int = 20, y: int = 40) -> list[OcrWord]:
    return [OcrWord(text, Box(x + 70 * i, y, 60, 14), conf) for i, (text, conf) in enumerate(items)]


def test_weak_or_empty_word_shaped_lines_are_unread_icons_and_clear_lines_are_not():
    line = Box(20, 40, 200, 14)
    cases = [
        (line, words(("Mariah", 96), ("Reynolds", 95)), False),
        (line, words(("Marlah", 31), ("Reyno1ds", 40)), True),  # weak
        (line, [], True),  # word-shaped, nothing read
        (line, words(("i,", 0)), True),  # a fragment of what its width holds
        (Box(20, 40, 14, 14), words(("O", 30)), False),  # a checkbox
    ]
    for box, read, expected in cases:
        found = unread_lines([box], [read], BELOW)
        assert bool(found) == expected, (box, read)
        assert all(d.entity_type == UNREAD_TEXT and d.box == box and d.text_hash == "" for d in found)


def test_text_no_engine_can_read_is_tracked_as_unread_in_a_real_clip(tmp_path: Path):
    """A blurred name (as a low bitrate or a scaled viewer leaves it) under a crisp heading."""
    image = draw_screen([(20, 20, "Network adapter settings"), (20, 60, "Customer: Mariah Reynolds")], font_size=12)
    image[50:90] = cv2.GaussianBlur(image[50:90], (0, 0), 1.8)
    clip = screen_clip(tmp_path / "blurred.mp4", [image] * 4)
    info = probe(clip)
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), FakeDetector(), AnalysisConfig())
    for frame in iter_frames(clip, info):
        analyzer.process_frame(frame.index, frame.pts_s, frame.image)
    tracks, _ = analyzer.finish()
    unread = [t for t in tracks if t.entity_type == UNREAD_TEXT]
    assert unread and analyzer.stats.unread_lines == len(unread)
    boxes = [s.box for t in unread for s in t.segments]
    assert all(b.intersects(Box(20, 60, 200, 16)) and not b.intersects(Box(20, 20, 200, 16)) for b in boxes)
    # held from the first frame to the last while the pixels under it stay
    assert any(t.segments[0].start_frame == 0 and t.segments[-1].end_frame == 3 for t in unread)


def test_policy_masks_unread_text_for_training_only_and_detection_is_not_asked_for_it():
    policy = load_policy()
    training, qa_review = policy.purposes["training"], policy.purposes["qa_review"]
    assert UNREAD_TEXT in training.entities and UNREAD_TEXT not in qa_review.entities
    # the analysis reports it itself: the detector is built for the other types only
    decision = Decision(policy.version, True, None, (qa_review, training), 0)
    assert UNREAD_TEXT not in entities_to_find(decision) and "PERSON" in entities_to_find(decision)


def _services_screen() -> np.ndarray:
    """A services list in a card whose faint border lies between two greys, an arrow pointer on
    that border, a console window over the list (its title bar's minimise, maximise and close
    buttons), and a customer's name nobody can read (blurred) beside it."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (960, 400), (241, 241, 241))
    draw = ImageDraw.Draw(image)
    face = font(13)
    draw.text((20, 12), "Overview    Services    Processes    Event Viewer", fill=(60, 60, 60), font=face)
    draw.rectangle((8, 48, 952, 392), fill=(255, 255, 255), outline=(213, 213, 213))
    rows = [
        ("AudioSrv", "Windows Audio"),
        ("BITS", "Background Intelligent Transfer Service"),
        ("Dnscache", "DNS Client"),
        ("WinDefend", "Microsoft Defender Antivirus Service"),
    ]
    for i, (name, display) in enumerate(rows):
        y = 60 + 22 * i
        draw.text((20, y), name, fill=(30, 30, 30), font=face)
        draw.text((160, y), display, fill=(30, 30, 30), font=face)
        draw.text((560, y), "Running", fill=(30, 120, 30), font=face)
    top = 129  # the window's top edge hides all but the tops of the last row's letters
    draw.rectangle((14, top, 700, top + 150), fill=(0, 36, 86), outline=(85, 85, 85))
    draw.rectangle((15, top + 1, 699, top + 16), fill=(178, 178, 178))
    draw.text(
        (280, top + 2), "Administrator: Windows PowerShell", fill=(255, 255, 255), font=font(11, "DejaVuSans-Bold.ttf")
    )
    for k in range(3):
        x = 640 + 18 * k
        draw.rectangle((x, top + 2, x + 13, top + 15), fill=(150, 160, 180), outline=(90, 90, 110))
    draw.text(
        (20, top + 22),
        "PS C:\\Windows\\system32> Get-Service w*",
        fill=(230, 230, 230),
        font=font(12, "DejaVuSansMono.ttf"),
    )
    draw.text((740, 300), "Customer: Mariah Reynolds", fill=(20, 20, 20), font=font(12))
    bgr = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
    bgr[292:322, 730:950] = cv2.GaussianBlur(bgr[292:322, 730:950], (0, 0), 1.8)
    arrow = np.array([[300, 40], [300, 56], [304, 52], [307, 59], [309, 58], [306, 51], [311, 51]])
    cv2.fillPoly(bgr, [arrow], (0, 0, 0))
    cv2.polylines(bgr, [arrow], True, (255, 255, 255), 1)
    return bgr


def test_rules_a_pointer_and_window_buttons_are_no_unread_text_and_a_blurred_name_still_is(tmp_path: Path):
    """A system screen's line finder also finds a panel's faint border with the pointer on it
    (one 'line' the screen's width) and a title bar's three buttons (a row of squares): no OCR
    pass reads them, and they were masked as UNREAD_TEXT on every recording of system tools.
    Their ink holds no letters: only the blurred name is unread."""
    clip = screen_clip(tmp_path / "services.mp4", [_services_screen()] * 4)
    info = probe(clip)
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), FakeDetector(), AnalysisConfig())
    for frame in iter_frames(clip, info):
        analyzer.process_frame(frame.index, frame.pts_s, frame.image)
    tracks, _ = analyzer.finish()
    boxes = [s.box for t in tracks if t.entity_type == UNREAD_TEXT for s in t.segments]
    name = Box(740, 296, 210, 22)
    assert boxes and all(b.intersects(name) for b in boxes), boxes


def _grey(draw_on) -> np.ndarray:
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 60), 255)
    draw_on(ImageDraw.Draw(image))
    return np.asarray(image).copy()


def test_a_line_s_ink_shows_letters_unless_it_is_rules_slivers_or_buttons():
    """The ink test behind the unread report, on drawn pixels: letters (blurred too, or a short
    word over a border) show letters; a border with a pointer on it, the 2 px tops of a row of
    letters on a window's edge, and a strip of square buttons do not."""
    from pipeline.analysis.unread import shows_letters

    config = OcrConfig()

    def word(draw):
        draw.text((20, 18), "Reynolds", fill=0, font=font(13))

    blurred = cv2.GaussianBlur(_grey(word), (0, 0), 1.8)
    assert shows_letters(blurred, Box(18, 18, 70, 18), config)

    def short_word_on_a_border(draw):
        draw.text((20, 14), "Annabel", fill=0, font=font(13))
        draw.line((0, 34, 399, 34), fill=120)

    assert shows_letters(_grey(short_word_on_a_border), Box(18, 16, 360, 20), config)

    def border_and_pointer(draw):
        draw.line((0, 30, 399, 30), fill=200)
        draw.polygon([(200, 20), (200, 36), (204, 32), (207, 39), (209, 38), (206, 31), (211, 31)], fill=0)

    assert not shows_letters(_grey(border_and_pointer), Box(0, 19, 400, 22), config)

    def tops_on_an_edge(draw):
        draw.text((20, 20), "Microsoft Defender Antivirus", fill=0, font=font(13))
        draw.rectangle((0, 25, 399, 59), fill=160, outline=80)

    assert not shows_letters(_grey(tops_on_an_edge), Box(18, 22, 220, 6), config)

    def buttons(draw):
        for k in range(3):
            draw.rectangle((300 + 18 * k, 20, 313 + 18 * k, 33), fill=150, outline=90)

    assert not shows_letters(_grey(buttons), Box(298, 18, 54, 18), config)


FIXTURES = Path(__file__).resolve().parents[1] / "samples" / "fixtures"


def test_a_title_bar_s_edge_joined_to_its_buttons_scaled_down_shows_no_letters():
    """system_tools scaled to 75 %: the PowerShell window's title bar. Its top edge (2-3 rows
    inked across the whole line box) joins its minimise, maximise and close buttons into one
    piece, or the maximise button's glyph leaves a light column that parts its ink (and the edge)
    in two: no strip of squares was seen, and the three buttons stayed an UNREAD_TEXT box for
    13 s of a recording with no personal data (issue 17 asks for none). The crops, with the line
    boxes the line finder made, are real frames (samples/README.md, Fixtures)."""
    from pipeline.analysis.unread import shows_letters

    config = OcrConfig()
    crops = (
        ("title_bar_buttons_75.png", 69),
        ("title_bar_buttons_75_cut.png", 36),
        # the edge's rows left over the close button only: it is two rows taller than the others
        ("title_bar_buttons_75_close_taller.png", 69),
    )
    for name, width in crops:
        grey = cv2.imread(str(FIXTURES / name), cv2.IMREAD_GRAYSCALE)
        assert grey is not None, name
        assert not shows_letters(grey, Box(6, 6, width, 13), config), name


def test_a_word_under_an_edge_inside_its_line_box_still_shows_letters():
    """The edge rows wiped at a line box's top or bottom take no letter with them: a word right
    under a panel's edge (the box took the edge in) and one right over a rule still show
    letters, blurred or not."""
    from pipeline.analysis.unread import shows_letters

    config = OcrConfig()

    def under_an_edge(draw):
        draw.line((0, 17, 399, 17), fill=60, width=2)
        draw.text((20, 20), "Annabel Whitcombe", fill=0, font=font(13))

    def over_a_rule(draw):
        draw.text((20, 16), "Annabel Whitcombe", fill=0, font=font(13))
        draw.line((0, 33, 399, 33), fill=60, width=2)

    for drawing, box in ((under_an_edge, Box(18, 16, 140, 18)), (over_a_rule, Box(18, 16, 140, 19))):
        grey = _grey(drawing)
        assert shows_letters(grey, box, config), drawing.__name__
        assert shows_letters(cv2.GaussianBlur(grey, (0, 0), 1.2), box, config), drawing.__name__


def _pointer_on(image: np.ndarray, x: int, y: int) -> np.ndarray:
    image = image.copy()
    arrow = np.array([[0, 0], [0, 16], [4, 12], [7, 19], [9, 18], [6, 11], [11, 11]]) + [x, y]
    cv2.fillPoly(image, [arrow.astype(np.int32)], (0, 0, 0))
    cv2.polylines(image, [arrow.astype(np.int32)], True, (255, 255, 255), 1)
    return image


def _label_under_a_pointer(tmp_path: Path, fails_after: bool) -> tuple[list, Box]:
    """A form's label read while the pointer rests on it (unread), then with the pointer gone
    (read with confidence unless `fails_after`): the UNREAD_TEXT tracks and the label's box."""
    form = draw_screen([(40, 40, "Shipping details"), (40, 100, "Delivery instructions (optional)")], font_size=13)
    cv2.rectangle(form, (40, 120), (400, 150), (190, 190, 190), 1)
    frames = [form] * 3 + [_pointer_on(form, 200, 104)] * 3 + [form] * 8
    clip = screen_clip(tmp_path / "label.mp4", frames)
    info = probe(clip)
    engine = WeakWhileFlagged(make_engine(OcrConfig()))
    analyzer = ScreenAnalyzer(info, engine, FakeDetector(), AnalysisConfig())
    for frame in iter_frames(clip, info):
        engine.failing = 3 <= frame.index < 6 or (fails_after and frame.index >= 6)
        analyzer.process_frame(frame.index, frame.pts_s, frame.image)
    tracks, _ = analyzer.finish()
    return [t for t in tracks if t.entity_type == UNREAD_TEXT], Box(40, 100, 220, 16)


def test_an_unread_label_read_with_confidence_once_the_pointer_left_is_no_longer_masked(tmp_path: Path):
    """Issue 18, a checkout form scaled to 75 %: a label no engine read while the pointer
    rested on it was held as UNREAD_TEXT for 15 s after the pointer had gone (its leaving is a
    small change beside the letters, and the tracker holds a box while its glyphs stay). Read
    with confidence once the pointer left, it is read: its box ends there."""
    unread, label = _label_under_a_pointer(tmp_path, fails_after=False)
    segments = [s for t in unread for s in t.segments]
    assert any(s.box.intersects(label) and s.start_frame <= 3 <= s.end_frame for s in segments), segments
    assert all(s.end_frame <= 6 for s in segments if s.box.intersects(label)), segments


def test_an_unread_label_still_read_weakly_once_the_pointer_left_stays_masked(tmp_path: Path):
    """The same label, still read without confidence after the pointer left (text nobody can
    read, a name in it perhaps): masked to the end (fail closed)."""
    unread, label = _label_under_a_pointer(tmp_path, fails_after=True)
    frames = {
        f for t in unread for s in t.segments if s.box.intersects(label) for f in range(s.start_frame, s.end_frame + 1)
    }
    assert set(range(3, 14)) <= frames, sorted(frames)


def test_an_unread_box_is_read_over_only_when_every_letter_in_it_was_read_with_confidence():
    """`unread_part` on drawn pixels: an unread box over a label and the line under it is read
    when lines read with confidence hold all its letters; not when the line under it was not
    read again (its letters are outside them), nor when a line in it was unread again."""
    from pipeline.analysis.unread import unread_part

    config = OcrConfig()

    def two_rows(draw):
        draw.text((20, 6), "Delivery instructions", fill=0, font=font(13))
        draw.text((20, 28), "Mariah Reynolds", fill=0, font=font(13))

    grey = _grey(two_rows)
    unread = Box(18, 4, 160, 44)
    top, bottom = Box(19, 6, 150, 17), Box(19, 28, 115, 17)
    assert unread_part(unread, [top, bottom], [], grey, config) is None
    assert unread_part(unread, [top], [], grey, config) is not None  # the name's letters were not read again
    assert unread_part(unread, [top], [bottom], grey, config) is not None  # the name was unread again
    assert unread_part(unread, [], [], grey, config) is not None


def _heading_over_a_note(heading: str) -> np.ndarray:
    """A card's bold heading over a note box with a faint border (a pale fill, a border a
    step of 40 from the card's white and less from the fill), as a shop's back office draws
    an order's notes."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 200), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.text((20, 42), heading, fill=(32, 34, 35), font=font(15, "DejaVuSans-Bold.ttf"))
    draw.rounded_rectangle((14, 67, 700, 120), radius=6, fill=(255, 248, 229), outline=(241, 211, 138))
    draw.text((26, 80), "Leave it with the neighbour if nobody answers the door.", fill=(32, 34, 35), font=font(14))
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def _pointer_above(image: np.ndarray, x: int, tip_y: int) -> np.ndarray:
    """The pointer (a 29 px arrow with its white outline) resting with its tail on a border."""
    image = image.copy()
    arrow = (np.array([[0, 0], [0, 22], [6, 17], [10, 27], [13, 26], [9, 16], [16, 16]]) + [x, tip_y]).astype(np.int32)
    cv2.fillPoly(image, [arrow], (0, 0, 0))
    cv2.polylines(image, [arrow], True, (255, 255, 255), 1)
    return image


def _note_under_a_pointer(
    tmp_path: Path, first: str, then: str, failing_from: int, pointer: bool = True
) -> tuple[list, Box]:
    """The card read without the pointer (3 frames), then with the pointer resting on the note's
    top border beside the heading (5 frames, the heading reading `then`); the engines read
    weakly from frame `failing_from` on. The UNREAD_TEXT tracks and the heading's box."""
    after = _heading_over_a_note(then)
    frames = [_heading_over_a_note(first)] * 3 + [_pointer_above(after, 420, 44) if pointer else after] * 5
    clip = screen_clip(tmp_path / "note.mp4", frames)
    info = probe(clip)
    engine = WeakWhileFlagged(make_engine(OcrConfig()))
    analyzer = ScreenAnalyzer(info, engine, FakeDetector(), AnalysisConfig())
    for frame in iter_frames(clip, info):
        engine.failing = frame.index >= failing_from
        analyzer.process_frame(frame.index, frame.pts_s, frame.image)
    tracks, _ = analyzer.finish()
    return [t for t in tracks if t.entity_type == UNREAD_TEXT], Box(24, 47, 90, 8)  # the heading's letters


def test_a_pointer_on_a_note_s_border_under_its_heading_leaves_the_heading_read(tmp_path: Path):
    """Issue 16/17, order_lookup of corpus_new: the pointer resting on a note box's faint top
    border made one 'line' of pointer and border that reached into the heading's rows; read as
    half the heading's letters, it was unread, and its box hid the heading to the end. The
    heading was read with confidence before and has not changed: no unread line meets it."""
    unread, heading = _note_under_a_pointer(tmp_path, "Packing notes", "Packing notes", failing_from=99)
    assert not [s for t in unread for s in t.segments if s.box.intersects(heading)], unread


def test_a_heading_read_weakly_beside_a_pointer_on_its_note_s_border_stays_unread(tmp_path: Path):
    """A real value of that shape stays fail-closed: the heading no engine reads with confidence
    (from the first frame, beside the pointer, or once it changed to another name) is masked
    while it shows, whatever was read there before. The next record's heading: the boxes of its
    words, read with confidence, span every letter of the name drawn over them, but their pixels
    changed."""
    cases = (
        ("Packing notes", 0, True),
        ("Notes for Marion Reynolds", 3, True),
        ("Notes for Marion Reynolds", 3, False),
    )
    for first, failing_from, pointer in cases:
        unread, heading = _note_under_a_pointer(tmp_path, first, "Notes for Mariah Reynolds", failing_from, pointer)
        frames = {
            f
            for t in unread
            for s in t.segments
            if s.box.contains(heading)
            for f in range(s.start_frame, s.end_frame + 1)
        }
        assert set(range(3, 8)) <= frames, (first, pointer, sorted(frames))


def test_a_line_read_with_confidence_whose_box_reaches_over_slivers_only_is_read():
    """A terminal's short line under a long one (`cat /proc/<pid>/environ`: "TZ=..." under a
    DSN, scaled to 75 %): the line finder joined the long line's descenders to the short one,
    and its box reached 4x past its words, more than their characters fill; the short line was
    unread, and its mask hid it (proc_secrets at 0.75, stop 50). Outside the words read with
    confidence there are only slivers: no unread text. A second word nobody read still is."""

    def lines(draw, second: bool = False):
        draw.text((4, 6), "APP_DSN=https://k7q2pgyy@jpg.example.org/9?pool=gyp&qj=py", fill=0, font=font(13))
        draw.text((4, 24), "TZ=Asia/Aden", fill=0, font=font(13))
        if second:
            draw.text((220, 24), "Qwerty Uiop", fill=0, font=font(13))

    line = Box(4, 21, 390, 16)
    read = [OcrWord("TZ=Asia/Aden", Box(4, 24, 75, 13), 90)]
    assert not unread_lines([line], [read], BELOW, _grey(lines), OcrConfig())
    assert unread_lines([line], [read], BELOW, _grey(lambda d: lines(d, True)), OcrConfig())
