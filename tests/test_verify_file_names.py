"""Issue 17: the gate finds a name the analysis found inside a file name again when its box is
missing ("CV <Last>_<First>.docx" in a file manager: OCR reads the file name as one word, often
in lower case, so no run of whole words spells the name and the name rules, asking for a word
written with a capital, dropped it: a planted leak of it passed the gate)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.values import SeenValues
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box
from pipeline.media.probe import probe
from pipeline.redact.verify import verify_output
from pipeline.render.renderer import render
from tests.helpers import draw_screen, screen_clip


@pytest.mark.parametrize(
    "value, line, expected",
    [
        # seen joined in a file name, read again in one word, in lower case as OCR reads it
        ("Pemberton_Harriet", "CV pemberton_harriet.docx", [("pemberton_harriet.docx", True, "pemberton_harriet")]),
        ("Pemberton_Harriet", "CV Pemberton_Harriet.docx", [("Pemberton_Harriet.docx", True, "Pemberton_Harriet")]),
        (
            "harriet.pemberton",
            "Passport-harriet.pemberton.pdf",
            [("Passport-harriet.pemberton.pdf", True, "harriet.pemberton")],
        ),
        (
            "Harriet_Pemberton",
            "payslip_Mar25_Harriet_Pemberton.pdf",
            [("payslip_Mar25_Harriet_Pemberton.pdf", True, "Harriet_Pemberton")],
        ),
        # the same name as a word of its own is found as before
        ("Pemberton_Harriet", "CV Pemberton_Harriet", [("Pemberton_Harriet", True, None)]),
        # a name seen written with a space is still no name inside a path or a login
        ("Harriet Pemberton", "/home/harriet_pemberton/cv", []),
        # inside a longer word, not between separators: no piece
        ("Pemberton_Harriet", "xpemberton_harrietx.docx", []),
    ],
)
def test_a_name_seen_in_a_file_name_is_found_inside_a_word(value, line, expected):
    seen = SeenValues()
    seen.add("PERSON", value, 1.0)
    words = line.split()
    found = [
        (" ".join(words[p.start : p.end]), p.whole, None if p.chars is None else words[p.start][slice(*p.chars)])
        for p in seen.find(words)
    ]
    assert found == expected


W, H, FPS, COUNT = 640, 240, 5.0, 4
ROWS = [
    (40, 20, "Name"),
    (40, 60, "Leavers process.docx"),
    (40, 100, "CV Pemberton_Harriet.docx"),
    (40, 140, "Staff handbook.pdf"),
]


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("file_names") / "files.mp4"
    return screen_clip(path, [draw_screen(ROWS, (W, H)) for _ in range(COUNT)], FPS)


@pytest.fixture(scope="module")
def analysed(clip, detector, engine) -> tuple[RedactionPlan, SeenValues]:
    info = probe(clip)
    seen = SeenValues()
    analyzer = ScreenAnalyzer(info, engine, detector, AnalysisConfig(), values=seen)
    image = draw_screen(ROWS, (W, H))
    for index in range(COUNT):
        analyzer.process_frame(index, index / FPS, image)
    tracks, full = analyzer.finish()
    return RedactionPlan(info, tracks=tracks, full_frames=full), seen


def _name_tracks(plan: RedactionPlan) -> list:
    row = Box(0, 92, W, 30)  # the CV's row
    return [t for t in plan.tracks if t.entity_type == "PERSON" and any(s.box.intersects(row) for s in t.segments)]


def test_a_file_name_s_name_left_unmasked_blocks_and_masked_passes(clip, analysed, detector, engine, tmp_path):
    plan, seen = analysed
    names = _name_tracks(plan)
    assert names, "the analysis finds the name in the file name"
    output = tmp_path / "redacted.mp4"
    render(plan, clip, output)
    assert verify_output(output, plan, detector, engine, every_s=1.0, seen=seen).clean

    planted = RedactionPlan(plan.video, tracks=[t for t in plan.tracks if t not in names], full_frames=plan.full_frames)
    leaked = tmp_path / "planted.mp4"
    render(planted, clip, leaked)
    result = verify_output(leaked, planted, detector, engine, every_s=1.0, seen=seen)
    assert not result.clean
    name_box = names[0].segments[0].box
    assert any(f.entity_type == "PERSON" and f.box.intersects(name_box) for f in result.findings)
    assert np.all([f.entity_type == "PERSON" for f in result.findings])
