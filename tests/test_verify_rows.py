"""The gate on a terminal's table, whose rows are closer than a mask is tall (issue 17, class:
psql's aligned output in an xterm, 17 px rows under 22 px masks). A mask counts a little wider
than drawn (OCR reads a blur's soft edge as a word), but the grown margins of the masks of the
rows above and below meet over the row between them: a value of that row left unmasked (a
track lost) was counted as masked and passed. Text read with confidence where no mask is drawn
is shown; a blur's edge, or a value under its own mask, is still masked."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analysis.ocr import OcrConfig
from pipeline.analysis.values import SeenValues
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, Layout, OcrWord, TextLine, Track, TrackSegment
from pipeline.media.frames import iter_frames
from pipeline.media.probe import probe
from pipeline.redact.verify import _shown_parts, covered, frame_layout, verify_output
from pipeline.render.renderer import render
from tests.helpers import draw_screen, screen_clip

# three rows of a phone column at a terminal's pitch (psql_console's geometry)
PITCH, TEXT_H, MASK_H = 17, 12, 22
ROWS_Y = (283, 300, 317)
PHONE_X = 467


def _row(y: int, conf: float = 95.0, words: tuple[str, ...] = ("07700", "900461")) -> TextLine:
    out, x = [], PHONE_X
    for text in words:
        out.append(OcrWord(text, Box(x, y, 8 * len(text), TEXT_H), conf))
        x += 8 * (len(text) + 1)
    return TextLine(tuple(out))


def _mask(y: int) -> Box:
    """The analysis's box of a row's value: padded around its text."""
    return Box(PHONE_X - 5, y - (MASK_H - TEXT_H) // 2, 106, MASK_H)


def _value_box(line: TextLine) -> Box:
    box = Box.union_all(w.box for w in line.words)
    assert box is not None
    return box.pad(2, 4)


def test_a_row_between_two_masked_rows_is_shown():
    """psql_console: the tenth row's phone, its track removed, between the masked ninth and
    eleventh rows: the grown masks cover the middle of its box; no mask is drawn on it."""
    rows = [_row(y) for y in ROWS_Y]
    layout = Layout(tuple(rows))
    masks = [_mask(ROWS_Y[0]), _mask(ROWS_Y[2])]
    assert not covered(_value_box(rows[1]), layout, masks)
    assert [p.text for w in rows[1].words for p in _shown_parts(w, masks)] == ["07700", "900461"]


def test_a_row_under_its_own_mask_is_covered():
    """The same row with its own mask drawn: blur, not text."""
    rows = [_row(y) for y in ROWS_Y]
    layout = Layout(tuple(rows))
    masks = [_mask(y) for y in ROWS_Y]
    assert covered(_value_box(rows[1]), layout, masks)


def test_a_blur_edge_between_masks_is_covered():
    """What OCR reads off the blurred edges between two masked rows (a letter or two at low
    confidence) is no text shown."""
    edge = _row(ROWS_Y[1], conf=31.0, words=("il",))
    layout = Layout((edge,))
    masks = [_mask(ROWS_Y[0]), _mask(ROWS_Y[2])]
    assert covered(_value_box(edge), layout, masks)
    faint = _row(ROWS_Y[1], conf=40.0, words=("07700", "900461"))
    assert covered(_value_box(faint), Layout((faint,)), masks)


def test_a_mask_beside_a_word_still_hides_its_edge():
    """On its own row a mask's margin still takes the letters beside it (a blur's edge glued to
    the next word): the margin grows sideways over the rows the mask is drawn on."""
    word = OcrWord("Wsupport", Box(200, 100, 64, TEXT_H), 90.0)
    mask = Box(120, 96, 82, 20)  # ends under the "W": its margin takes the whole letter
    assert [p.text for p in _shown_parts(word, [mask])] == ["support"]


# ------------------------------------------------------------------ real media, slow --

PHONES = ("07700 900118", "07700 900342", "07700 900905")  # Ofcom's numbers for drama
W, H, FPS, COUNT = 640, 200, 5.0, 5


CLIP_PITCH = 16  # 12 px type: its rows 16 px apart, its 11 px text boxed 21 px high


def _table_lines() -> list[tuple[int, int, str]]:
    return [(20, 40 + CLIP_PITCH * i, f"2041{i} | Name{i} | {phone} | plus") for i, phone in enumerate(PHONES)]


@pytest.fixture(scope="module")
def terminal_clip(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("rows")
    frame = draw_screen(_table_lines(), (W, H), dark=True, font_size=12, font_name="DejaVuSansMono.ttf")
    return screen_clip(folder / "table.mp4", [frame] * COUNT, FPS)


def _plan(path: Path, engine, rows: tuple[int, ...]) -> RedactionPlan:
    """Tracks over the phones of `rows`, boxed as the analysis boxes them (its padded find on
    the source frame)."""
    info = probe(path)
    frame = next(f for f in iter_frames(path, info) if f.image is not None)
    layout = frame_layout(frame.image, engine, OcrConfig())
    tracks = []
    for n, row in enumerate(rows, 1):
        y = 40 + CLIP_PITCH * row
        line = min(layout.lines, key=lambda ln: abs(ln.box.y - y))
        digits = [w for w in line.words if w.text[:2] == "07" or (w.text.isdigit() and len(w.text) == 6)]
        box = Box.union_all(w.box for w in digits)
        assert box is not None
        box = box.pad(5)
        tracks.append(Track(n, "PHONE_NUMBER", 0.9, segments=[TrackSegment(0, COUNT - 1, box)]))
    return RedactionPlan(info, tracks=tracks)


@pytest.mark.slow
def test_a_terminal_row_left_unmasked_between_masked_rows_blocks(terminal_clip, detector, engine, tmp_path):
    seen = SeenValues()
    for phone in PHONES:
        seen.add("PHONE_NUMBER", phone, 0.0)
    planted = _plan(terminal_clip, engine, (0, 2))
    out = tmp_path / "planted.mp4"
    render(planted, terminal_clip, out)
    result = verify_output(out, planted, detector, engine, seen=seen)
    assert not result.clean
    middle = 40 + CLIP_PITCH
    assert any(f.entity_type == "PHONE_NUMBER" and f.box.y <= middle + 6 <= f.box.y2 for f in result.findings)
    whole = _plan(terminal_clip, engine, (0, 1, 2))
    out = tmp_path / "whole.mp4"
    render(whole, terminal_clip, out)
    assert verify_output(out, whole, detector, engine, seen=seen).clean
