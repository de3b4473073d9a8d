"""The analysing process's hot paths, written for speed (issue 18), give what the plain versions
gave: the input-field finder's edges (labelled per stretch of inked rows), the line finder's
ink (8-bit differences) and its graphics (no search where none can be), the motion's and the change
finder's boxes (grown and labelled within the bounds of what changed), and the tracker's glyph
change (no blur where no pixel differs enough). The plain versions are kept here as the
reference and compared on drawn screens and random masks, boxes in order. A frame that repeats
the one before is analysed on that frame's image (the frames waiting for detection hold one
image for a still screen), and the plan is the same."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from pipeline.analysis import changes, fields, motion, ocr
from pipeline.analysis.analyzer import AnalysisConfig, ScreenAnalyzer
from pipeline.analysis.changes import ChangeConfig, change_mask
from pipeline.analysis.ocr import OcrConfig
from pipeline.analysis.reference import Reference
from pipeline.analysis.track import Tracker, _ink, _ink_of
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, VideoInfo
from tests.helpers import FakeDetector, typing_frames

# --- the plain versions ------------------------------------------------------------------------


def _plain_input_boxes(grey: np.ndarray, region: Box) -> list[Box]:
    region = region.clip(grey.shape[1], grey.shape[0])
    if region.w < fields.MIN_FIELD_W or region.h < fields.MIN_FIELD_H:
        return []
    crop = grey[region.y : region.y2, region.x : region.x2].astype(np.int16)
    steps_y = (np.abs(np.diff(crop, axis=0)) > fields.EDGE_STEP).astype(np.uint8)
    steps_x = (np.abs(np.diff(crop, axis=1)) > fields.EDGE_STEP).astype(np.uint8)
    rows = cv2.morphologyEx(steps_y, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (fields.MIN_FIELD_W, 1)))
    sides = cv2.morphologyEx(steps_x, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, fields.SIDE_RUN)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(rows, connectivity=8)
    edges = sorted((int(y), int(x), int(x + w), int(y + h)) for x, y, w, h, _ in stats[1:count])
    found: list[Box] = []
    for i, (_, x1, x2, top_y2) in enumerate(edges):
        for bottom_y, bx1, bx2, _ in edges[i + 1 :]:
            inner = bottom_y - top_y2
            if inner > fields.MAX_FIELD_H:
                break
            if inner < fields.MIN_FIELD_H or abs(bx1 - x1) > fields.EDGE_SLACK or abs(bx2 - x2) > fields.EDGE_SLACK:
                continue
            box = Box(max(x1, bx1) + 1, top_y2, min(x2, bx2) - max(x1, bx1) - 2, inner)
            if box.w < fields.MIN_ASPECT * box.h or not (
                fields._side(sides, box, box.x) and fields._side(sides, box, box.x2)
            ):
                continue
            found.append(box.shift(region.x, region.y))
    kept: list[Box] = []
    for box in sorted(found, key=lambda b: b.area):
        if not any(box.iou(k) > 0.5 for k in kept):
            kept.append(box)
    return kept


def _plain_ink_and_edges(grey: np.ndarray, config: OcrConfig) -> tuple[np.ndarray, np.ndarray]:
    gradient = cv2.morphologyEx(grey, cv2.MORPH_GRADIENT, ocr._K3)
    mask = (gradient > config.edge_threshold).astype(np.uint8)
    vertical = cv2.morphologyEx(mask, cv2.MORPH_OPEN, ocr._LONG_V)
    signed = grey.astype(np.int16)
    up = signed - np.roll(signed, 2, axis=0)
    down = signed - np.roll(signed, -2, axis=0)
    t = config.edge_threshold
    thin = (((up > t) & (down > t)) | ((up < -t) & (down < -t))).astype(np.uint8)
    horizontal = cv2.dilate(cv2.morphologyEx(thin, cv2.MORPH_OPEN, ocr._LONG_H), ocr._K3)
    step = (np.abs(up - down) > t).astype(np.uint8)
    horizontal |= cv2.morphologyEx(step, cv2.MORPH_OPEN, ocr._STEP_H)
    return mask & (1 - (vertical | horizontal)), vertical


def _plain_without_graphics(mask: np.ndarray, box: Box, own: np.ndarray, config: OcrConfig) -> list[Box] | None:
    if box.h < ocr.GRAPHIC_TEXT_RATIO * config.min_line_height:
        return None
    sub = mask[box.y : box.y2, box.x : box.x2]
    ink = sub & own
    count, pieces, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count < 3:
        return None
    heights, widths = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    wide = widths > ocr.GRAPHIC_RULE_WIDTH * heights
    dot = (heights <= config.min_line_height) & (widths <= config.min_line_height)
    if (wide & ~dot).any():
        wide &= ~dot
    letters = heights[wide] if wide.any() else heights
    text_h = float(np.median(letters))
    if text_h < config.min_line_height:
        areas = stats[1:, cv2.CC_STAT_AREA][wide] if wide.any() else stats[1:, cv2.CC_STAT_AREA]
        order = np.argsort(letters)
        cumulative = np.cumsum(areas[order])
        text_h = float(letters[order][np.searchsorted(cumulative, cumulative[-1] / 2)])
    avatars = np.isin(pieces, [i for i in range(1, count) if ocr._avatar_outline(pieces, stats, i, config)])
    if avatars.any():
        ink[avatars] = 0
        count, pieces, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    run = cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(ocr.GRAPHIC_TEXT_RATIO * text_h) + 1))
    upright = cv2.morphologyEx(ink, cv2.MORPH_OPEN, run, borderType=cv2.BORDER_CONSTANT, borderValue=0)
    rules = cv2.dilate(upright, ocr._WIDEN).astype(bool) & ink.astype(bool)
    if rules.any():
        ink[rules] = 0
        count, pieces, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    tall = [
        i
        for i in range(1, count)
        if ocr._graphic_piece(pieces, stats, i, text_h, config) or ocr._avatar_outline(pieces, stats, i, config)
    ]
    if not tall and not rules.any() and not avatars.any():
        return None
    held = np.isin(pieces, tall) | avatars
    graphic = held | rules
    sub[graphic] = 0
    text = ((pieces > 0) & ~graphic).astype(np.uint8)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (config.word_gap, 1))
    parts = [
        ocr._with_held_letters(held, part, config.word_gap)
        for part, _ in ocr._components(cv2.morphologyEx(text, cv2.MORPH_CLOSE, kernel), config)
    ]
    return [part.shift(box.x, box.y) for part in ocr._clear_of_the_line_below(parts, config, text)]


def _labelled_boxes(mask: np.ndarray, grow: int, least: int, origin: Box) -> list[Box]:
    """The plain growth and labelling over the whole mask, boxes in label order."""
    size = 2 * grow + 1
    if grow > 0:
        mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = []
    for i in range(1, count):
        x, y, w, h, pixels = (int(v) for v in stats[i])
        if pixels >= least + size * size - 1:
            boxes.append(Box(x + origin.x, y + origin.y, w, h))
    return boxes


def _plain_residual_boxes(m: motion.Motion, grow: int = 4, min_pixels: int = 3) -> list[Box]:
    mask = m.residual.copy()
    for strip in m.revealed():
        local = strip.shift(-m.area.x, -m.area.y)
        mask[local.y : local.y2, local.x : local.x2] = 0
    if not mask.any():
        return []
    return _labelled_boxes(mask, grow, min_pixels, m.area)


def _plain_changed_in(
    reference: np.ndarray, current: np.ndarray, region: Box, config: ChangeConfig, own: np.ndarray | None
) -> list[Box]:
    mask = change_mask(
        reference[region.y : region.y2, region.x : region.x2],
        current[region.y : region.y2, region.x : region.x2],
        config,
    )
    if own is not None:
        mask &= own
    if not mask.any():
        return []
    return _labelled_boxes(mask, config.grow, config.min_pixels, region)


def _plain_glyph_change(tracker: Tracker, before: np.ndarray, after: np.ndarray) -> float:
    changed = change_mask(before, after, tracker.change_config).astype(bool)
    if not changed.any():
        return 0.0
    ink, background = _ink_of(before)
    glyphs = ink | _ink(after, background)
    total = int(glyphs.sum())
    return 0.0 if total == 0 else int((changed & glyphs).sum()) / total


# --- drawn screens and random masks -------------------------------------------------------------


def _screen(rng: random.Random, width: int = 640, height: int = 360) -> np.ndarray:
    """A light page with a dark panel, text rows, input boxes (some with rounded corners and a
    focus ring), rules, badges and compression-like noise."""
    image = Image.new("L", (width, height), rng.choice([255, 246, 232]))
    draw = ImageDraw.Draw(image)
    panel = rng.randrange(0, width // 2)
    draw.rectangle([panel, rng.randrange(0, 60), panel + rng.randrange(120, 300), height], fill=rng.choice([30, 45]))
    for _ in range(rng.randrange(4, 14)):
        x, y = rng.randrange(0, width - 200), rng.randrange(0, height - 40)
        w, h = rng.randrange(60, 320), rng.randrange(14, 40)
        draw.rectangle([x, y, x + w, y + h], outline=rng.choice([120, 160, 208]), fill=rng.choice([None, 250]))
        if rng.random() < 0.3:
            draw.rectangle([x - 2, y - 2, x + w + 2, y + h + 2], outline=90)
        draw.text(
            (x + 4, y + 3), rng.choice(["Name", "Kim Slade", "********", "kim@example.com", "0161 496 0000"]), fill=20
        )
    for _ in range(rng.randrange(5, 25)):
        x, y = rng.randrange(0, width - 100), rng.randrange(0, height - 12)
        text = " ".join(
            rng.choice(["Invoice", "paid", "Total", "12.40", "account", "ID", "Mar 14", "|", "-----"]) for _ in range(6)
        )
        draw.text((x, y), text, fill=rng.choice([0, 40, 200, 255]))
    for _ in range(rng.randrange(0, 4)):
        y = rng.randrange(0, height)
        draw.line([0, y, width, y], fill=rng.choice([128, 200]), width=rng.choice([1, 2]))
    pixels = np.asarray(image, dtype=np.int16)
    noise = np.asarray([rng.randint(-8, 8) for _ in range(64)], np.int16)
    pixels = pixels + np.resize(noise, pixels.shape) * (rng.random() < 0.5)
    return np.clip(pixels, 0, 255).astype(np.uint8)


def _sparse_mask(rng: random.Random, height: int, width: int) -> np.ndarray:
    mask = np.zeros((height, width), np.uint8)
    for _ in range(rng.randrange(0, 8)):
        y, x = rng.randrange(height), rng.randrange(width)
        mask[y : y + rng.randrange(1, 12), x : x + rng.randrange(1, 30)] = 1
    if rng.random() < 0.3:
        np_rng = np.random.default_rng(rng.randrange(1 << 30))
        mask[np_rng.random((height, width)) < 0.002] = 1
    return mask


# --- the comparisons ------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_input_boxes_are_those_of_the_plain_finder(seed):
    rng = random.Random(seed)
    grey = _screen(rng)
    regions = [Box(0, 0, 640, 360)] + [Box(0, rng.randrange(-20, 340), 640, rng.randrange(5, 200)) for _ in range(6)]
    found = 0
    for region in regions:
        fast = fields.find_input_boxes(grey, region)
        assert fast == _plain_input_boxes(grey, region)
        found += len(fast)
    assert found, "the drawn screen has input boxes to find"


@pytest.mark.parametrize("seed", range(12))
def test_ink_is_that_of_the_plain_version(seed):
    rng = random.Random(seed)
    grey = _screen(rng)
    config = OcrConfig()
    for y, h in [(0, 360), *((rng.randrange(0, 340), rng.randrange(3, 120)) for _ in range(6))]:
        crop = grey[y : y + h]
        mask, vertical = ocr._ink_and_edges(crop, config)
        plain_mask, plain_vertical = _plain_ink_and_edges(crop, config)
        assert np.array_equal(mask, plain_mask) and np.array_equal(vertical, plain_vertical)
        assert mask.dtype == plain_mask.dtype == np.uint8


@pytest.mark.parametrize("seed", range(12))
def test_lines_beside_graphics_are_those_of_the_plain_finder(seed, monkeypatch):
    rng = random.Random(seed)
    image = Image.fromarray(_screen(rng))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randrange(2, 8)):  # avatars, bubbles and icons beside names and messages
        x, y, r = rng.randrange(0, 560), rng.randrange(0, 300), rng.randrange(6, 24)
        if rng.random() < 0.5:
            draw.ellipse([x, y, x + 2 * r, y + 2 * r], outline=rng.choice([0, 90]), width=rng.choice([1, 2]))
        else:
            draw.rounded_rectangle([x, y, x + rng.randrange(60, 240), y + 2 * r], radius=r // 2, outline=60)
        draw.text((x + 2 * r + 6, y + 2), rng.choice(["Kim Slade", "AX", "Support engineer", "ok"]), fill=20)
    grey = np.asarray(image)
    config = OcrConfig()
    regions = [Box(0, 0, 640, 360)] + [Box(0, rng.randrange(0, 330), 640, rng.randrange(12, 160)) for _ in range(5)]
    fast = [ocr.find_text_lines(grey, region, config) for region in regions]
    monkeypatch.setattr(ocr, "_without_graphics", _plain_without_graphics)
    assert fast == [ocr.find_text_lines(grey, region, config) for region in regions]


@pytest.mark.parametrize("seed", range(40))
def test_residual_boxes_are_those_of_the_plain_growth_in_order(seed):
    rng = random.Random(seed)
    height, width = rng.randrange(5, 400), rng.randrange(5, 900)
    area = Box(rng.randrange(0, 300), rng.randrange(0, 300), width, height)
    m = motion.Motion(area, rng.randint(-3, 3), rng.randint(-40, 40), _sparse_mask(rng, height, width))
    assert motion.residual_boxes(m) == _plain_residual_boxes(m)


@pytest.mark.parametrize("seed", range(20))
def test_changed_boxes_are_those_of_the_plain_growth_in_order(seed):
    rng = random.Random(seed)
    before = _screen(rng)
    after = before.copy()
    for _ in range(rng.randrange(1, 10)):  # typed characters, a pointer, a repainted cell
        y, x = rng.randrange(0, 350), rng.randrange(0, 630)
        after[y : y + rng.randrange(2, 14), x : x + rng.randrange(2, 40)] = rng.randrange(256)
    config = ChangeConfig()
    for _ in range(8):
        region = Box(rng.randrange(0, 600), rng.randrange(0, 330), rng.randrange(16, 640), rng.randrange(16, 360))
        region = region.clip(640, 360)
        own = (
            None
            if rng.random() < 0.5
            else np.asarray([[rng.random() < 0.9]], np.uint8).repeat(region.h, 0).repeat(region.w, 1)
        )
        assert changes._changed_in(before, after, region, config, own) == _plain_changed_in(
            before, after, region, config, own
        )


@pytest.mark.parametrize("seed", range(10))
def test_glyph_change_is_that_of_the_plain_count(seed):
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    grey = _screen(rng)
    tracker = Tracker()
    for _ in range(60):
        h, w = rng.randrange(1, 30), rng.randrange(1, 200)
        y, x = rng.randrange(0, 360 - h), rng.randrange(0, 640 - w)
        before = grey[y : y + h, x : x + w]
        # noise just under, at and over what the change mask lets through, a shifted crop
        spread = rng.choice([0, 20, 26, 27, 28, 29, 40])
        after = np.clip(before.astype(np.int16) + np_rng.integers(-spread, spread + 1, before.shape), 0, 255)
        after = after.astype(np.uint8) if rng.random() < 0.8 else grey[y + 1 : y + 1 + h, x : x + w]
        assert tracker._glyph_change(before, after) == _plain_glyph_change(tracker, before, after)


def test_a_repeated_frame_is_analysed_on_the_image_of_the_one_before(monkeypatch):
    frames = [frame.copy() for frame in typing_frames("kim.slade@example.com", per_frame=2, idle=6)]

    def analyse():
        info = VideoInfo("mem", 640, 360, len(frames), 10.0, len(frames) / 10, "raw", "bgr24")
        analyzer = ScreenAnalyzer(info, ocr.make_engine(OcrConfig()), FakeDetector(), AnalysisConfig())
        kept: list[np.ndarray] = []
        add = analyzer._backlog.add
        monkeypatch.setattr(analyzer._backlog, "add", lambda frame: (kept.append(frame.grey), add(frame))[1])
        for i, image in enumerate(frames):
            analyzer.process_frame(i, i / 10, image)
        tracks, full = analyzer.finish()
        return RedactionPlan(info, tracks=tracks, full_frames=full).to_dict()["tracks"], kept

    tracks, kept = analyse()
    repeats = [i for i in range(1, len(frames)) if np.array_equal(frames[i], frames[i - 1])]
    assert repeats, "the typing clip holds still frames"
    # (the frame after the first is compared with the analysed state alone, not with a frame)
    shared = [i for i in repeats if i > 1]
    assert shared and all(kept[i] is kept[i - 1] for i in shared)
    assert len({id(grey) for grey in kept}) == len(frames) - len(shared)
    assert tracks, "the typed value is found"
    # the same plan as with every frame analysed on its own image
    monkeypatch.setattr(Reference, "repeated", property(lambda self: False))
    plain_tracks, plain_kept = analyse()
    assert len({id(grey) for grey in plain_kept}) == len(frames)
    assert tracks == plain_tracks
