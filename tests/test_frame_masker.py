"""The renderer's FrameMasker: the masked pixels of a box over an unchanged screen are reused from
the frame before, and every frame comes out exactly as mask_frame makes it."""

from __future__ import annotations

import numpy as np
import pytest

import pipeline.render.renderer as renderer
from pipeline.core.types import Box
from pipeline.render.renderer import FrameMasker, mask_frame


def _screen(seed: int = 3, height: int = 120, width: int = 200) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (height, width, 3), dtype=np.uint8)


# frames of one "video": a still screen, a change inside the first box, a change outside every
# box, another set of boxes (overlapping, one inside another, one past the edge), a frame masked
# whole, and the screen still again
_BOXES = (Box(10, 10, 60, 20), Box(40, 50, 80, 16), Box(100, 30, 40, 40))
_OTHER = (Box(10, 10, 60, 20), Box(50, 15, 60, 20), Box(55, 18, 10, 8), Box(170, 100, 60, 40), Box(300, 5, 4, 4))


def _frames() -> list[tuple[np.ndarray, tuple[Box, ...], bool]]:
    still = _screen()
    inside = still.copy()
    inside[12:16, 20:30] = 7
    outside = still.copy()
    outside[100:110, 5:15] = 200
    return [
        (still, _BOXES, False),
        (still, _BOXES, False),
        (inside, _BOXES, False),
        (outside, _BOXES, False),
        (outside, _OTHER, False),
        (outside, _OTHER, False),
        (still, _BOXES, True),
        (still, _BOXES, False),
        (still, (), False),
        (still, _BOXES, False),
    ]


@pytest.mark.parametrize("style", ["blur", "pixelate", "fill"])
def test_each_frame_is_masked_as_mask_frame_masks_it(style):
    masker = FrameMasker(style)
    for image, boxes, whole in _frames():
        expected = mask_frame(image.copy(), boxes, whole, style)
        got = masker.mask(image.copy(), boxes, whole)
        assert np.array_equal(got, expected)


def test_a_box_over_an_unchanged_screen_is_not_masked_again(monkeypatch):
    calls: list[Box] = []
    real = renderer.mask_box

    def counting(image, box, style="blur"):
        calls.append(box)
        real(image, box, style)

    monkeypatch.setattr(renderer, "mask_box", counting)
    masker = FrameMasker("blur")
    still = _screen()
    masker.mask(still.copy(), _BOXES)
    assert len(calls) == 3
    calls.clear()
    masker.mask(still.copy(), _BOXES)
    assert calls == []  # the same pixels under the same boxes: the last frame's result
    changed = still.copy()
    changed[12:16, 20:30] = 7
    masker.mask(changed, _BOXES)
    assert calls == [_BOXES[0]]  # only the box whose pixels changed


def test_unknown_style_is_refused():
    with pytest.raises(ValueError):
        FrameMasker("smudge")  # type: ignore[arg-type]
