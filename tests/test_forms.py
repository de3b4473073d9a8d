"""Form fields: input boxes found from their borders, password fields masked whole while they hold
text (labelled "Current password" and the like, or after they showed bullets), on drawn forms
read by Tesseract through the real analysis and detector."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.fields import find_input_boxes, shows_bullets
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.core.layout import group_lines
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.types import Box, InputField, Layout, OcrWord, VideoInfo
from pipeline.detection.memory import ValueMemory
from pipeline.detection.worker import InlineDetection
from tests.helpers import font, ocr_frame, screen_clip

W, H = 720, 400
FIELD_W, FIELD_H = 340, 32
BORDER = (208, 215, 222)  # GitHub's #d0d7de: a faint border on white
# a password as plain words: no entropy or shape rule finds it, only the field does
PLAIN_PASSWORD = "maple river stone"


def form(fields, *, dy: int = 0, extra=()) -> np.ndarray:
    """A white form: each field is (x, y, label, content, bullets); the label is drawn above a
    rounded input box whose content is text or, with `bullets`, one dot per character."""
    image = Image.new("RGB", (W, H), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face, bold = font(15), font(14, "DejaVuSans-Bold.ttf")
    for x, y, label, content, bullets in fields:
        y += dy
        if label:
            draw.text((x, y), label, fill=(31, 35, 40), font=bold)
        top = y + 22
        draw.rounded_rectangle((x, top, x + FIELD_W, top + FIELD_H), radius=6, outline=BORDER, width=1)
        if bullets:
            for i in range(len(content)):
                cx = x + 14 + i * 10
                draw.ellipse((cx - 2, top + 14, cx + 2, top + 18), fill=(31, 35, 40))
        elif content:
            draw.text((x + 10, top + 7), content, fill=(31, 35, 40), font=face)
    for x, y, text in extra:
        draw.text((x, y + dy), text, fill=(31, 35, 40), font=face)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def content_box(x: int, y: int, dy: int = 0) -> Box:
    """Inside the border of the input drawn under a label at (x, y)."""
    return Box(x + 1, y + dy + 23, FIELD_W - 1, FIELD_H - 1)


def analyse(frames, detector, fps=5.0):
    info = VideoInfo("mem", W, H, len(frames), fps, len(frames) / fps, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), InlineDetection(detector), AnalysisConfig())
    for i, image in enumerate(frames):
        analyzer.process_frame(i, i / fps, image)
    tracks, full = analyzer.finish()
    return list(iter_frame_masks(RedactionPlan(info, tracks=tracks, full_frames=full)))


def covered(boxes, area: Box, share: float = 0.95) -> bool:
    return sum(b.intersection(area).area for b in boxes if b.intersects(area)) >= share * area.area


# ----------------------------------------------------------------------------- pixels --


def test_input_boxes_are_found_from_their_borders_and_bullets_from_their_dots():
    image = form(
        [
            (40, 40, "Email", "kim@example.org", False),
            (40, 120, "Password", "hunter22xyz", True),
            (40, 190, "Status", "...", True),  # three dots: an ellipsis, not a password
        ],
        extra=[(40, 262, "A paragraph of help text under the form, no box around it.")],
    )
    grey = np.asarray(Image.fromarray(image[:, :, ::-1]).convert("L"))
    # a rule and a bordered panel taller than a line are no inputs
    grey = grey.copy()
    grey[300, 20:700] = 180
    grey[320:390, 20] = grey[320:390, 700] = grey[320, 20:701] = grey[390, 20:701] = 180
    found = find_input_boxes(grey, Box(0, 0, W, H))
    assert len(found) == 3
    email, password, status = sorted(found, key=lambda b: (b.y, b.x))
    for box, drawn in ((email, content_box(40, 40)), (password, content_box(40, 120)), (status, content_box(40, 190))):
        assert drawn.contains(box) and box.area >= 0.85 * drawn.area
    assert shows_bullets(grey, password)
    assert not shows_bullets(grey, email) and not shows_bullets(grey, status)


# ------------------------------------------------------------------- through analysis --


@pytest.mark.slow
def test_a_revealed_password_labelled_current_password_is_masked_over_its_whole_box(detector):
    fields = [
        (40, 40, "Search the help centre", "printer drivers", False),
        (40, 120, "Current password", PLAIN_PASSWORD, False),
    ]
    masks = analyse([form(fields)] * 3, detector)
    boxes = masks[-1].boxes
    assert covered(boxes, content_box(40, 120)), "the field's whole content box is masked"
    assert not any(b.intersects(Box(40, 120, 200, 16)) for b in boxes), "its label stays readable"
    assert not any(b.intersects(content_box(40, 40)) for b in boxes), "an ordinary field stays readable"


@pytest.mark.slow
def test_a_field_that_showed_bullets_stays_a_password_field_when_revealed(detector):
    """Labelled with no password word: only the bullets it showed make it a password field."""
    masked = [(40, 120, "Unlock phrase", PLAIN_PASSWORD, True)]
    revealed = [(40, 120, "Unlock phrase", PLAIN_PASSWORD, False)]
    masks = analyse([form(masked)] * 3 + [form(revealed)] * 3, detector)
    for mask in masks[3:]:
        assert covered(mask.boxes, content_box(40, 120))
    # the same field never masked first is an ordinary field: the memory made the difference
    masks = analyse([form(revealed)] * 3, detector)
    assert not any(b.intersects(content_box(40, 120)) for b in masks[-1].boxes)


@pytest.mark.slow
def test_a_password_field_keeps_what_it_showed_when_the_page_scrolls(detector):
    extra = [(40, 260 + 30 * i, f"Line {i} of the account settings page") for i in range(4)]
    masked = [(40, 120, "Unlock phrase", PLAIN_PASSWORD, True)]
    revealed = [(40, 120, "Unlock phrase", PLAIN_PASSWORD, False)]
    frames = [form(masked, extra=extra)] * 3
    frames += [form(masked, extra=extra, dy=-step) for step in (10, 20, 30, 40)]
    frames += [form(revealed, extra=extra, dy=-40)] * 3
    masks = analyse(frames, detector)
    for mask in masks[-3:]:
        assert covered(mask.boxes, content_box(40, 120, dy=-40))


@pytest.mark.slow
def test_redacted_clip_hides_a_revealed_password_and_keeps_the_form_readable(tmp_path):
    """End to end through `redact file` (detection in its own process: the fields cross the
    pipe): typed as bullets, then shown by a "Show passwords" box."""
    masked = [(40, 40, "Unlock phrase", PLAIN_PASSWORD, True), (40, 120, "Current password", "", False)]
    revealed = [(40, 40, "Unlock phrase", PLAIN_PASSWORD, False), (40, 120, "Current password", "", False)]
    show = [(40, 200, "Show passwords")]
    frames = [form(masked, extra=show)] * 5 + [form(revealed, extra=show)] * 5
    source = screen_clip(tmp_path / "form.mp4", frames)
    output = tmp_path / "form.redacted.mp4"
    subprocess.run(
        [sys.executable, "-m", "pipeline", "file", str(source), "-o", str(output)], check=True, capture_output=True
    )
    before, after = ocr_frame(source, 8), ocr_frame(output, 8)
    assert "maple" in before, "the test screen must be readable before redaction"
    assert not any(word in after for word in PLAIN_PASSWORD.split())
    for kept in ("Unlock phrase", "Current password", "Show passwords"):
        assert kept in after


# ---------------------------------------------------------------------- detection only --


def field_words(x: int, y: int, text: str) -> list[OcrWord]:
    words = []
    for part in text.split():
        words.append(OcrWord(part, Box(x, y, 9 * len(part), 16), 95.0))
        x += 9 * len(part) + 5
    return words


def detect(detector, words, fields, memory=None):
    layout = Layout(group_lines(words).lines, tuple(fields))
    return detector.detect(layout, memory)


@pytest.mark.parametrize(
    "label,content,masked,expected",
    [
        ("Confirm new password", PLAIN_PASSWORD, False, True),
        ("PIN", "2468", False, True),
        ("Secret answer", "our first dog", False, True),
        ("Ticket subject", "Printer offline again", False, False),
        ("Discount code", "AUTUMN15", False, False),
        ("Password", "", False, False),  # an empty field: nothing to mask
        ("Password", "••••••••", False, False),  # dots read as dots: nothing readable
        ("Password", "I", False, False),  # the pointer's I-beam over an empty field
        ("", "Password", False, False),  # the placeholder is a label, not a value
        ("", PLAIN_PASSWORD, True, True),  # no label, but it showed bullets
    ],
)
def test_field_content_by_label_placeholder_and_bullets(detector, label, content, masked, expected):
    box = Box(52, 126, 336, 28)
    words = field_words(40, 100, label) + field_words(62, 132, content)
    found = [d for d in detect(detector, words, [InputField(box, masked)]) if d.box.contains(box)]
    assert bool(found) is expected
    assert all(d.entity_type == "PASSWORD" for d in found)


def test_a_button_under_a_password_label_is_no_field(detector):
    box = Box(52, 126, 180, 28)
    words = field_words(40, 100, "Password") + field_words(88, 132, "Change password")
    assert not [d for d in detect(detector, words, [InputField(box)]) if d.box.contains(box)]


def test_a_label_beside_the_field_names_it(detector):
    box = Box(212, 98, 300, 26)
    words = field_words(40, 103, "New password") + field_words(222, 103, PLAIN_PASSWORD)
    found = detect(detector, words, [InputField(box)])
    assert [d.entity_type for d in found] == ["PASSWORD"] and found[0].box.contains(box)


def test_a_remembered_password_field_is_known_again_in_its_column_after_a_scroll(detector):
    """The analysis lost the field (a jump, a re-render): detection's memory knows its column,
    size and label."""
    memory = ValueMemory()
    detect(detector, field_words(40, 300, "Unlock phrase"), [InputField(Box(52, 326, 336, 28), masked=True)], memory)
    words = field_words(40, 100, "Unlock phrase") + field_words(62, 132, PLAIN_PASSWORD)
    later = [InputField(Box(52, 126, 336, 28))]
    assert [d.entity_type for d in detect(detector, words, later, memory)] == ["PASSWORD"]
    assert detect(detector, words, later) == [], "without the recording's memory it is an ordinary field"
