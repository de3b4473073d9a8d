"""A list whose entries are a bold name over a smaller grey caption row over a summary (a page's
history, comment headers, notification rows), set tightly and scaled down as a remote viewer
shows it: each row is a line of its own (issue 18: wiki_oncall at 66 %, the last history
entry's author read as one short word with the date under it, the name readable all through)."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.analysis.ocr import OcrConfig, find_text_lines, make_engine, read_lines
from pipeline.core.text import normalise
from pipeline.core.types import Box
from tests.helpers import ffmpeg, font, screen_clip
from tests.test_ocr_degraded import first_grey

# invented names, times and summaries
ENTRIES = [
    ("Tobias Quennell", "Today, 08:41", "Renamed the rota page"),
    ("Miriam Oxborrow", "2 Mar 2025, 16:05", "Added the pager policy"),
    ("Daniel Ellery", "19 Feb 2025, 10:27", "Created page"),
]
TOP, PITCH = 20, 58


def history_list(folder: Path, scale: float, crf: int) -> np.ndarray:
    """The list drawn at 100 % (13 px bold names, a 10 px grey date 14 px under each, a 12 px
    summary 11 px under that, as a browser sets them at line-height normal), recorded, scaled
    down (bicubic) and re-encoded at `crf`: the first decoded frame, grey."""
    image = Image.new("RGB", (420, 200), (250, 251, 252))
    draw = ImageDraw.Draw(image)
    bold, small, body = font(13, "DejaVuSans-Bold.ttf"), font(10), font(12)
    for i, (name, when, what) in enumerate(ENTRIES):
        y = TOP + PITCH * i
        draw.text((24, y), name, fill=(23, 43, 77), font=bold)
        draw.text((24, y + 14), when, fill=(107, 119, 140), font=small)
        draw.text((24, y + 25), what, fill=(23, 43, 77), font=body)
    screen_clip(folder / "screen.mp4", [np.ascontiguousarray(np.asarray(image)[:, :, ::-1])] * 3)
    small_clip = folder / "small.mp4"
    scaler = f"scale=trunc(iw*{scale}/2)*2:-2:flags=bicubic"
    ffmpeg("-i", str(folder / "screen.mp4"), "-vf", scaler, "-c:v", "libx264", "-crf", str(crf), str(small_clip))
    return first_grey(small_clip)


@pytest.mark.parametrize(("scale", "crf"), [(0.66, 23), (0.66, 36), (0.75, 23), (0.75, 36)])
def test_each_row_of_a_tight_history_entry_is_a_line(tmp_path, scale, crf):
    grey = history_list(tmp_path, scale, crf)
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), OcrConfig())
    for i in range(len(ENTRIES)):
        top, bottom = (TOP + PITCH * i) * scale, (TOP + PITCH * i + 40) * scale
        rows = sorted((b for b in lines if top - 3 <= b.y < bottom), key=lambda b: b.y)
        # the name, the date and the summary, one over the other (before: the name with the
        # date, or all three, in one crop)
        assert len(rows) == 3, (i, rows)
        assert all(upper.y2 <= lower.y for upper, lower in zip(rows, rows[1:])), (i, rows)


def test_the_names_of_a_tight_history_list_at_66_percent_are_read(tmp_path):
    grey = history_list(tmp_path, 0.66, 23)
    config = OcrConfig()
    lines = find_text_lines(grey, Box(0, 0, grey.shape[1], grey.shape[0]), config)
    text = normalise(" ".join(w.text for words in read_lines(make_engine(config), grey, lines, config) for w in words))
    missed = [name for name, _, _ in ENTRIES if normalise(name) not in text]
    assert not missed, missed
