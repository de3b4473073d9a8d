"""Fail closed where reading failed (issue 18 item 3): text lines no OCR pass read with
confidence become UNREAD_TEXT findings, masked where the policy asks for it."""

from pathlib import Path

import cv2

from pipeline.analysis.analyzer import ScreenAnalyzer
from pipeline.analysis.config import AnalysisConfig
from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.analysis.unread import UNREAD_TEXT, unread_lines
from pipeline.core.types import Box, OcrWord
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.store.policy import Decision, entities_to_find, load_policy
from tests.helpers import FakeDetector, draw_screen, screen_clip

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
