"""Text whose contrast is in its colour, not its luma (issues 16 and 18: read what a person can
read). xterm's ANSI red (#cd0000) on its ground (#1d1f21) is about 30 grey levels from it in
luma, and ANSI blue (#0000ee) is as dark as the ground: `git diff --word-diff`'s removed runs and
`ls --color`'s directories. A person reads them at once. Values are invented."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.ocr import OcrConfig, find_text_lines, make_engine, read_lines
from pipeline.analysis.unread import UNREAD_TEXT, unread_lines
from pipeline.core.plan import RedactionPlan, iter_frame_masks
from pipeline.core.text import normalise
from pipeline.core.types import Box, VideoInfo
from pipeline.media.frames import chroma_of
from pipeline.redact.evaluate import IndependentReader
from tests.helpers import FakeDetector, draw_screen

GROUND, WHITE, RED, BLUE = (29, 31, 33), (229, 229, 229), (205, 0, 0), (0, 0, 238)
EMAIL, FOLDER = "brannoch.tavish@example.net", "tavish-orlagh-invoices"


def terminal(lines: list[tuple[int, int, str, tuple[int, int, int]]], size: tuple[int, int] = (640, 200)):
    return draw_screen(lines, size, font_size=14, font_name="DejaVuSansMono.ttf", background=GROUND)


def test_the_scorer_reads_saturated_text_on_a_dark_ground():
    frame = terminal(
        [
            (20, 30, "$ git diff --word-diff notes.md", WHITE),
            (20, 60, f"- Invoices to [-{EMAIL}-]", RED),
            (20, 90, "$ ls --color", WHITE),
            (20, 120, FOLDER, BLUE),
        ]
    )
    text = normalise(IndependentReader().read(frame))
    assert normalise(EMAIL) in text
    assert normalise(FOLDER) in text


# --- the pipeline: lines found, read and masked from the frame's colour ----------------------

DARK_RED, BADGE_RED = (163, 21, 21), (217, 48, 37)
LIGHT = (245, 245, 245)
RED_LINE = Box(20, 60, 360, 20)


def _analyse(frames: list[np.ndarray]):
    """The analysis of `frames` (BGR, shown 0.1 s each) with the real OCR and an e-mail finder:
    the plan's masks of the last frame, and the plan."""
    height, width = frames[0].shape[:2]
    info = VideoInfo("mem", width, height, len(frames), 10.0, len(frames) / 10.0, "raw", "bgr24")
    analyzer = ScreenAnalyzer(info, make_engine(OcrConfig()), FakeDetector(), AnalysisConfig())
    for i, image in enumerate(frames):
        analyzer.process_frame(i, i / 10.0, image)
    tracks, full = analyzer.finish()
    plan = RedactionPlan(info, tracks=tracks, full_frames=full)
    return list(iter_frame_masks(plan))[-1], plan


def _luma_and_chroma(frame: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), chroma_of(frame)


def test_the_line_finder_finds_a_red_run_that_luma_does_not_show():
    frame = terminal([(20, 30, "$ git diff --word-diff", WHITE), (20, 60, f"[-{EMAIL}-]", RED)])
    grey, chroma = _luma_and_chroma(frame)
    region = Box(0, 0, frame.shape[1], frame.shape[0])
    # at the edge threshold luma does not show it (its faint edges are found by the faint pass)
    threshold_only = replace(OcrConfig(), faint_edge_threshold=0)
    assert not any(line.intersects(RED_LINE) for line in find_text_lines(grey, region, threshold_only))
    found = [line for line in find_text_lines(grey, region, OcrConfig(), chroma) if line.intersects(RED_LINE)]
    assert found
    words = read_lines(make_engine(OcrConfig()), grey, found, OcrConfig(), chroma)
    assert normalise(EMAIL) in normalise(" ".join(w.text for line in words for w in line))


def test_a_red_address_in_a_word_diff_is_masked_and_a_blue_folder_stays_readable():
    frame = terminal(
        [
            (20, 30, "$ git diff --word-diff notes.md", WHITE),
            (20, 60, f"[-{EMAIL}-]", RED),
            (20, 90, "$ ls --color", WHITE),
            (20, 120, "quarterly-reports", BLUE),
        ]
    )
    masks, plan = _analyse([terminal([(20, 30, "$ git diff --word-diff notes.md", WHITE)])] * 2 + [frame] * 3)
    assert any(b.intersects(RED_LINE) for b in masks.boxes)
    assert not any(b.intersects(Box(20, 120, 200, 18)) for b in masks.boxes)  # read, and no value
    assert "quarterlyreports" in normalise(IndependentReader().read(frame))


def test_coloured_text_on_a_light_page_is_read_as_before():
    # luma shows dark red and a badge's white letters: colour changes nothing there
    page = draw_screen(
        [(20, 30, "Billing contact", (20, 20, 20)), (20, 60, EMAIL, DARK_RED)],
        (640, 200),
        font_size=16,
        background=LIGHT,
    )
    cv2.rectangle(page, (20, 110), (130, 136), BADGE_RED[::-1], -1)
    cv2.putText(page, "Overdue", (28, 129), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (255, 255, 255), 1, cv2.LINE_AA)
    grey, chroma = _luma_and_chroma(page)
    region = Box(0, 0, page.shape[1], page.shape[0])
    assert find_text_lines(grey, region, OcrConfig(), chroma) == find_text_lines(grey, region, OcrConfig())
    masks, _ = _analyse([page] * 3)
    assert any(b.intersects(Box(20, 60, 300, 20)) for b in masks.boxes)
    assert not any(b.intersects(Box(20, 110, 110, 26)) for b in masks.boxes)


def test_a_red_line_nobody_reads_fails_closed():
    frame = terminal([(20, 30, "$ tail notes.md", WHITE), (20, 60, "[-Zephrine Orlagh, 14 Brannoch Rise-]", RED)])
    grey, chroma = _luma_and_chroma(frame)
    line = Box(18, 58, 320, 22)
    assert unread_lines([line], [[]], 70.0, grey, OcrConfig()) == []  # luma shows no letters there
    found = unread_lines([line], [[]], 70.0, grey, OcrConfig(), chroma=chroma)
    assert [d.entity_type for d in found] == [UNREAD_TEXT]
