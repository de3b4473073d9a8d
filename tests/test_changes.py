"""Change detection works on crops around groups of raw changes; it must find exactly what
the same steps find over the whole frame."""

import cv2
import numpy as np
import pytest

from pipeline.analysis.changes import ChangeConfig, ChangeFinder, change_mask, changed_boxes
from pipeline.core.types import Box


def whole_frame(reference: np.ndarray, current: np.ndarray, config: ChangeConfig) -> list[Box]:
    """The definition: blurred difference over the threshold, grown, one box per blob."""
    mask = change_mask(reference, current, config)
    size = 2 * config.grow + 1
    mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    grown_min = config.min_pixels + size**2 - 1
    return [Box(*(int(v) for v in s[:4])) for s in stats[1:count] if s[4] >= grown_min]


def scene(seed: int, width: int, height: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    reference = np.full((height, width), 230, np.uint8)
    reference += rng.integers(0, 12, (height, width), dtype=np.uint8)  # compression-like noise
    current = reference.copy()
    for _ in range(rng.integers(1, 12)):
        x, y = int(rng.integers(0, width - 8)), int(rng.integers(0, height - 8))
        w, h = int(rng.integers(1, 60)), int(rng.integers(1, 30))
        current[y : y + h, x : x + w] = rng.integers(0, 120)
    # an L-shaped change around a small one: their crops overlap
    current[40:44, 300:420] = 10
    current[40:140, 416:420] = 10
    current[90:93, 360:364] = 10
    return reference, current


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("size", [(640, 360), (1001, 577)])
def test_crops_find_exactly_what_the_whole_frame_finds(seed, size):
    reference, current = scene(seed, *size)
    config = ChangeConfig()
    expected = sorted(b.to_tuple() for b in whole_frame(reference, current, config))
    assert expected
    assert sorted(b.to_tuple() for b in changed_boxes(reference, current, config)) == expected


def test_noise_alone_is_no_change_and_a_corner_pixel_is():
    reference, _ = scene(0, 641, 359)
    assert changed_boxes(reference, reference.copy(), ChangeConfig()) == []
    current = reference.copy()
    current[-6:, -6:] = 0  # in the last, partial tile
    found = changed_boxes(reference, current, ChangeConfig())
    assert found == whole_frame(reference, current, ChangeConfig()) and len(found) == 1


def sprinkle(image: np.ndarray, rng: np.random.Generator, count: int) -> None:
    """Compression-like shimmer: lone pixels far off (a raw difference the blur averages away)."""
    ys, xs = rng.integers(0, image.shape[0], count), rng.integers(0, image.shape[1], count)
    image[ys, xs] = np.where(image[ys, xs] > 128, 150, 110).astype(np.uint8)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("size", [(640, 360), (1001, 577)])
def test_finder_over_a_recording_finds_what_each_frame_alone_finds(seed, size):
    """ChangeFinder skips tiles that held only noise while nothing there changes: through
    shimmer, slow fades (each step under the threshold), real changes, frames repeated and
    writes into the reference, it must find exactly what changed_boxes finds."""
    width, height = size
    rng = np.random.default_rng(seed)
    base = np.full((height, width), 235, np.uint8)
    for y in range(20, height - 20, 24):  # rows of "text"
        base[y : y + 10, 30 : width - 30 : 3] = 40
    reference, current = base.copy(), base.copy()
    sprinkle(current, rng, 3000)
    finder, config = ChangeFinder(ChangeConfig()), ChangeConfig()
    fade = (int(rng.integers(0, height - 30)), int(rng.integers(0, width - 60)))
    found_any = skipped = 0
    older = current
    for step in range(80):
        if step % 10 == 0:
            older = current
        current = current.copy()  # frames are new arrays; the finder keeps the last one
        kind = rng.choice(["same", "same", "shimmer", "fade", "change", "write"])
        if kind == "shimmer":
            sprinkle(current, rng, 200)
        elif kind == "fade":  # 8 grey levels a frame: only the sum against the reference shows
            y, x = fade
            block = current[y : y + 12, x : x + 40]
            block[:] = np.maximum(block.astype(np.int16) - 8, 0).astype(np.uint8)
        elif kind == "change":
            y, x = int(rng.integers(0, height - 12)), int(rng.integers(0, width - 12))
            current[y : y + int(rng.integers(2, 12)), x : x + int(rng.integers(2, 12))] = int(rng.integers(0, 256))
        elif kind == "write":  # new reference content (here from an older frame, unlike the frame's)
            b = Box(int(rng.integers(0, width - 100)), int(rng.integers(0, height - 60)), 100, 60)
            shown = older[b.y : b.y2, b.x : b.x2] if step % 2 else 255 - base[b.y : b.y2, b.x : b.x2]
            reference[b.y : b.y2, b.x : b.x2] = shown
            finder.reference_changed([b])
        expected = sorted(b.to_tuple() for b in changed_boxes(reference, current, config))
        quiet_before = finder._quiet is not None and finder._quiet.any()
        assert sorted(b.to_tuple() for b in finder.find(reference, current)) == expected, (step, kind)
        found_any += bool(expected)
        skipped += quiet_before and kind == "same"
    assert found_any and skipped  # both paths were taken


def test_far_apart_changes_are_grouped_apart_and_near_ones_together():
    """A scrolling list's cells go together (one moving area); the clock far away does not
    join them, or the list's shift would look no better than none."""
    from pipeline.analysis.motion import group_boxes

    cells = [Box(60 + 300 * col, 170 + 30 * row, 120, 24) for row in range(10) for col in range(2)]
    clock = Box(1860, 1040, 40, 16)
    groups = group_boxes(cells + [clock], gap=64)
    assert sorted(len(g) for g in groups) == [1, 10, 10]
    assert [clock] in groups
    assert len(group_boxes(cells, gap=200)) == 1  # the columns are 180 px apart
    assert group_boxes([], gap=64) == []


def test_changed_within_bounds_what_did_not_move_with_the_area():
    """A row scrolled by 2 px under a resting pointer: the only change beyond the move is the
    pointer's spot, bounded in frame coordinates, also for a box reaching past the area."""
    from pipeline.analysis.motion import MotionConfig, estimate_motion

    rng = np.random.default_rng(3)
    content = np.where(rng.random((400, 300)) < 0.2, 20, 235).astype(np.uint8)  # text-like
    reference = np.full((300, 400), 235, np.uint8)
    current = reference.copy()
    area = Box(50, 40, 300, 200)
    reference[area.y : area.y2, area.x : area.x2] = content[10:210]
    current[area.y : area.y2, area.x : area.x2] = content[12:212]  # scrolled 2 px up
    current[100:122, 150:166] = 255  # the pointer, resting
    motion = estimate_motion(reference, current, area, MotionConfig(), ChangeConfig())
    assert motion is not None and (motion.dx, motion.dy) == (0, -2)
    spot = motion.changed_within(Box(0, 90, 400, 40))
    assert spot is not None and Box(150, 100, 16, 22).pad(2).contains(spot) and spot.w >= 14 and spot.h >= 20
    assert motion.changed_within(Box(60, 150, 100, 40)) is None  # rows that only moved


def _shadowed_scroll(shift: int, typed_row: int | None = None) -> tuple[np.ndarray, np.ndarray, Box]:
    """A text-like list scrolled `shift` px up under a sticky header whose drop shadow darkens
    the list's first rows (the area handed in starts under the header, in the shadow); with
    `typed_row`, a character appears there too."""
    rng = np.random.default_rng(5)
    content = np.where(rng.random((400, 300)) < 0.2, 20, 235).astype(np.float32)  # text-like
    shade = np.ones((200, 1), np.float32)
    shade[:5, 0] = [0.55, 0.65, 0.75, 0.85, 0.95]  # the shadow fades out over 5 rows
    area = Box(50, 40, 300, 200)
    reference = np.full((300, 400), 235, np.uint8)
    current = reference.copy()
    reference[area.y : area.y2, area.x : area.x2] = (content[10:210] * shade).astype(np.uint8)
    current[area.y : area.y2, area.x : area.x2] = (content[10 + shift : 210 + shift] * shade).astype(np.uint8)
    if typed_row is not None:
        current[area.y + typed_row : area.y + typed_row + 12, 200:208] = 20
    return reference, current, area


@pytest.mark.parametrize("shift", [1, 2, 3])
def test_a_line_leaving_under_a_static_shadow_only_moved(shift):
    """Content scrolling out under a sticky header's drop shadow differs, shifted, from itself
    by the shade: it is no change beyond the move, or the line cut at that edge is read again
    on every read of the scroll (half of the second engine's lines on a support session)."""
    from pipeline.analysis.motion import MotionConfig, estimate_motion, residual_boxes

    reference, current, area = _shadowed_scroll(shift)
    motion = estimate_motion(reference, current, area, MotionConfig(), ChangeConfig())
    assert motion is not None and (motion.dx, motion.dy) == (0, -shift)
    assert residual_boxes(motion) == []
    assert motion.still(Box(area.x, area.y, 120, 12))  # the words on their way out only moved


def test_a_change_reaching_in_from_the_leaving_edge_is_still_read():
    """What changes for real at that edge reaches in further than the shade: still read."""
    from pipeline.analysis.motion import MotionConfig, estimate_motion, residual_boxes

    reference, current, area = _shadowed_scroll(2, typed_row=1)
    motion = estimate_motion(reference, current, area, MotionConfig(), ChangeConfig())
    assert motion is not None and (motion.dx, motion.dy) == (0, -2)
    assert any(b.intersects(Box(200, area.y + 1, 8, 12)) for b in residual_boxes(motion))
