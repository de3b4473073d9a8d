"""A document previewed a few degrees off straight (a receipt's photo, a scanned page): its
dashed rules and its paper's edges at a slant are no unread text (issue 18, expense_claim at
crf 36: a receipt's dashed rule under an item row blurred into a slanted band, its line unread
all through the clip, and its box hid the item row's lower half)."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.analysis.ocr import OcrConfig, find_text_lines, make_engine, read_lines
from pipeline.analysis.unread import unread_lines
from pipeline.core.text import normalise
from pipeline.core.types import Box
from tests.helpers import ffmpeg, font, screen_clip
from tests.test_ocr_degraded import first_grey

PAGE = (58, 63, 75)


def slanted_receipt(folder: Path, crf: int) -> np.ndarray:
    """A receipt (a line of text, two dashed rules under it, as a browser draws a 1 px dashed
    border) turned 3 degrees on a dark preview, recorded and re-encoded at `crf`: grey."""
    paper = Image.new("RGB", (302, 120), (251, 250, 245))
    draw = ImageDraw.Draw(paper)
    draw.text((16, 10), "THANK YOU", fill=(34, 34, 34), font=font(13, "DejaVuSansMono.ttf"))
    for y in (50, 90):
        for x in range(16, 284, 6):
            draw.line([(x, y), (x + 2, y)], fill=(119, 119, 119))
    screen = Image.new("RGB", (420, 200), PAGE)
    screen.paste(paper.rotate(3, resample=Image.BICUBIC, expand=True, fillcolor=PAGE), (40, 20))
    screen_clip(folder / "screen.mp4", [np.ascontiguousarray(np.asarray(screen)[:, :, ::-1])] * 3)
    ffmpeg("-i", str(folder / "screen.mp4"), "-c:v", "libx264", "-crf", str(crf), str(folder / "low.mp4"))
    return first_grey(folder / "low.mp4")


@pytest.mark.parametrize("crf", [30, 36])
def test_slanted_rules_of_a_turned_receipt_are_no_unread_text(tmp_path, crf):
    grey = slanted_receipt(tmp_path, crf)
    config = OcrConfig()
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), config)
    read = read_lines(make_engine(config), grey, lines, config)
    assert any("thankyou" in normalise(" ".join(w.text for w in words)) for words in read)
    # (before: the rules' lines, 17-26 px tall across the receipt, 2-3 of them unread)
    assert [d.box for d in unread_lines(lines, read, config.unread_below, grey, config)] == []
