"""Our re-encode keeps a scaled-down screen's small captions readable (issue 18, kept text; class:
recordings scaled down by the viewer or the capture, 0.66 of a form's size: 6-7 px grey captions
over fields, which the reviewer and the exporters read in our output, not in the input).

../shared/recordings' checkout_payment at scale 0.66 (the eval's copy, its plan unchanged, only
re-rendered): innocent text kept 13/16 at crf 18, 16/16 at 16 and at 14. The three lost captions
were under no mask (one touched by a field's mask along its bottom edge): the pixels of their
boxes differed from the input's by the encode's noise only (mean 1.5-1.9 grey levels), and the
OCR of 6-7 px letters fails at that noise. crf 16 is also what the evaluation's degraded copies
use as near-transparent (redact/degrade.py COPY_CRF). Captions are invented."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from pipeline.core.plan import RedactionPlan
from pipeline.core.text import normalise
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.redact.evaluate import IndependentReader
from pipeline.render.renderer import render
from tests.helpers import draw_screen, screen_clip

CAPTIONS = ["Expiration date (MM/YY)", "Security code (CVC)", "Email address", "Billing postcode", "Name on card"]


def _scaled_form(frames: int) -> list[np.ndarray]:
    """A form's grey captions drawn at 13 px, scaled to 0.66 (bicubic), with the capture's noise
    and a pixel of scroll jitter from frame to frame."""
    placed = [(40 + (i % 2) * 300, 30 + (i // 2) * 60, text) for i, text in enumerate(CAPTIONS)]
    drawn = draw_screen(placed, (640, 220), font_size=13)
    grey = cv2.addWeighted(drawn, 0.55, np.full_like(drawn, 245), 0.45, 0)
    small = cv2.resize(grey, None, fx=0.66, fy=0.66, interpolation=cv2.INTER_CUBIC)
    rng = np.random.default_rng(7)
    out = []
    for k in range(frames):
        noisy = np.roll(small, k % 3, axis=0).astype(np.int16) + rng.integers(-6, 7, small.shape)
        out.append(np.clip(noisy, 0, 255).astype(np.uint8))
    return out


def test_small_captions_stay_readable_through_our_encode(tmp_path: Path):
    source = screen_clip(tmp_path / "in.mp4", _scaled_form(20), fps=10)
    output = tmp_path / "out.mp4"
    render(RedactionPlan(video=probe(source)), source, output)  # the default quality
    reader = IndependentReader()
    lost = []
    for before, after in zip(iter_frames(source, probe(source)), iter_frames(output, probe(output)), strict=True):
        shown, kept = normalise(reader.read(before.image)), normalise(reader.read(after.image))
        lost += [(before.index, text) for text in CAPTIONS if normalise(text) in shown and normalise(text) not in kept]
    assert lost == []
