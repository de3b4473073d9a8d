"""Apply a plan: mask its boxes in every frame (blur, pixelate or fill; whole frames where the
analysis failed) and hand the frames to the encoder (pipeline.media.encode)."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from pipeline.core.errors import InputError, OutputError
from pipeline.core.plan import FrameMasks, RedactionPlan, iter_frame_masks
from pipeline.core.types import MASK_STYLES, Box, MaskStyle, VideoInfo
from pipeline.media.encode import DEFAULT_CRF, VIDEO_SUFFIXES, VideoWriter, write_image_atomic
from pipeline.media.frames import iter_frames
from pipeline.media.probe import IMAGE_SUFFIXES, probe

MIN_BLOCK = 6  # smallest pixelation block, in pixels
WHOLE_FRAME_CELLS = 32  # a whole-frame blur keeps at most this many cells on the long side
WHOLE_FRAME_MIN_CELL = 24  # ...and cells of at least this many pixels
DECODED_GREY = 128  # fill for frames that could not be decoded


# ---------------------------------------------------------------------------------- masking


def mask_box(image: np.ndarray, box: Box, style: MaskStyle = "blur") -> None:
    """Make the pixels of `box` unreadable, in place; only the box's crop is touched."""
    height, width = image.shape[:2]
    # clip with plain ints: this runs hundreds of times per frame
    x1, y1 = min(max(box.x, 0), width), min(max(box.y, 0), height)
    x2, y2 = min(max(box.x2, 0), width), min(max(box.y2, 0), height)
    if x2 <= x1 or y2 <= y1:
        return
    crop = image[y1:y2, x1:x2]
    if style == "fill":
        crop[:] = _median_colour(crop)
    elif style in ("blur", "pixelate"):
        # cells of at least half the box height: a text line keeps at most two rows of cells
        block = max(MIN_BLOCK, math.ceil((y2 - y1) / 2))
        _pixelate(crop, block, smooth=style == "blur")
    else:
        raise ValueError(f"unknown mask style {style!r}")


def mask_frame(
    image: np.ndarray, boxes: Iterable[Box], whole_frame: bool = False, style: MaskStyle = "blur"
) -> np.ndarray:
    """Mask `boxes` (or the whole frame) in place and return the image."""
    _check_style(style)
    if whole_frame:
        _mask_whole(image, style)
        return image
    for box in outermost(list(boxes)):
        mask_box(image, box, style)
    return image


def outermost(boxes: list[Box]) -> list[Box]:
    """`boxes` without those inside another one (of two equal boxes, the first stays): masked,
    the larger box makes their pixels as unreadable, and a long session's frames held about
    one such box in four (a value's box in its row's, a field's value in the field)."""
    if len(boxes) < 2:
        return boxes
    corners = np.array([(b.x, b.y, b.x2, b.y2) for b in boxes])
    x1, y1, x2, y2 = (corners[:, k] for k in range(4))
    # within[i, j]: box i lies inside box j
    within = (
        (x1[:, None] >= x1[None, :])
        & (y1[:, None] >= y1[None, :])
        & (x2[:, None] <= x2[None, :])
        & (y2[:, None] <= y2[None, :])
    )
    order = np.arange(len(boxes))
    equal = within & within.T
    inside = np.asarray((within & ~equal).any(axis=1) | (equal & (order[None, :] < order[:, None])).any(axis=1), bool)
    return [box for box, drop in zip(boxes, inside.tolist()) if not drop]


class FrameMasker:
    """`mask_frame` over the frames of one video in order, reusing the work of the frame before
    where the screen stood still: a box whose pixels, as masking reaches them, are those it had
    in the frame before gets the masked pixels it got then (masking is a function of the crop
    alone, so the output is the same bit for bit), and a frame with the same boxes as the one
    before keeps their outermost list. On a 720p 120 s support session (185,000 boxes masked,
    51 a frame) most boxes stand over an unchanged screen, and their two resizes were a third
    of the renderer's own thread."""

    def __init__(self, style: MaskStyle = "blur") -> None:
        _check_style(style)
        self.style = style
        self._boxes: tuple[Box, ...] | None = None
        self._outer: list[Box] = []
        # clipped corners -> (the crop before masking, after), of the frame before
        self._crops: dict[tuple[int, int, int, int], tuple[np.ndarray, np.ndarray]] = {}

    def mask(self, image: np.ndarray, boxes: Iterable[Box], whole_frame: bool = False) -> np.ndarray:
        """Mask `boxes` (or the whole frame) of the next frame in place and return the image."""
        if whole_frame:
            _mask_whole(image, self.style)
            self._crops = {}
            return image
        boxes = tuple(boxes)
        if boxes != self._boxes:
            self._boxes, self._outer = boxes, outermost(list(boxes))
        height, width = image.shape[:2]
        budget = 2 * height * width  # pixels kept for the next frame: at most twice a frame's
        kept: dict[tuple[int, int, int, int], tuple[np.ndarray, np.ndarray]] = {}
        for box in self._outer:
            x1, y1 = min(max(box.x, 0), width), min(max(box.y, 0), height)
            x2, y2 = min(max(box.x2, 0), width), min(max(box.y2, 0), height)
            if x2 <= x1 or y2 <= y1:
                continue
            key = (x1, y1, x2, y2)
            crop = image[y1:y2, x1:x2]
            last = self._crops.get(key)
            # the largest difference, in C on the crop as it lies (np.array_equal: 3x the time)
            if last is not None and cv2.norm(last[0], crop, cv2.NORM_INF) == 0:
                crop[:] = last[1]
                kept[key] = last
                continue
            before = crop.copy() if budget > 0 else None
            mask_box(image, box, self.style)
            if before is not None:
                kept[key] = (before, crop.copy())
                budget -= 2 * (x2 - x1) * (y2 - y1)
        self._crops = kept
        return image


def _check_style(style: str) -> None:
    if style not in MASK_STYLES:
        raise ValueError(f"unknown mask style {style!r} (use one of {', '.join(MASK_STYLES)})")


def _pixelate(crop: np.ndarray, block: int, smooth: bool) -> None:
    """Average into block x block cells (INTER_AREA), then paint them back in place.

    smooth=True (blur) interpolates between the cell averages, which is the pixelation followed
    by a box-sized blur in one pass: the only information left is the coarse cell averages.
    """
    h, w = crop.shape[:2]
    small = cv2.resize(crop, (max(1, math.ceil(w / block)), max(1, math.ceil(h / block))), interpolation=cv2.INTER_AREA)
    interpolation = cv2.INTER_LINEAR if smooth else cv2.INTER_NEAREST
    crop[:] = cv2.resize(small, (w, h), interpolation=interpolation)


def _median_colour(crop: np.ndarray) -> np.ndarray:
    """Per-channel median of a <=256-pixel subsample: the background colour of a text box."""
    h, w = crop.shape[:2]
    step = max(1, int(math.sqrt(h * w / 256)))
    channels = crop.shape[2] if crop.ndim == 3 else 1
    pixels = np.ascontiguousarray(crop[::step, ::step].reshape(-1, channels).T)
    middle = pixels.shape[1] // 2
    pixels.partition(middle, axis=1)
    return pixels[:, middle]


def _mask_whole(image: np.ndarray, style: MaskStyle) -> None:
    if style == "fill":
        image[:] = _median_colour(image)
        return
    h, w = image.shape[:2]
    # cells as large as a line of screen text at any resolution, and coarse on big frames
    cell = max(WHOLE_FRAME_MIN_CELL, math.ceil(max(h, w) / WHOLE_FRAME_CELLS))
    small = cv2.resize(image, (max(1, math.ceil(w / cell)), max(1, math.ceil(h / cell))), interpolation=cv2.INTER_AREA)
    # pixelate keeps hard cells; blur interpolates between them
    interpolation = cv2.INTER_NEAREST if style == "pixelate" else cv2.INTER_LINEAR
    image[:] = cv2.resize(small, (w, h), interpolation=interpolation)


# ----------------------------------------------------------------------------------- render


@dataclass
class RenderStats:
    frames: int = 0
    masked_boxes: int = 0
    whole_frames: int = 0
    seconds: float = 0.0


def render(
    plan: RedactionPlan,
    input_path: str | Path,
    output_path: str | Path,
    *,
    style: MaskStyle = "blur",
    keep_audio: bool = False,
    crf: int = DEFAULT_CRF,
    preset: str = "veryfast",
    progress: Callable[[int], None] | None = None,
    masks: Iterable[FrameMasks] | None = None,
) -> RenderStats:
    """Decode `input_path` again, mask what `plan` says, and write `output_path` atomically.
    `masks` replaces the plan's own sweep with masks that arrive while the analysis runs
    (pipeline/live_render.py); the plan then only gives the video's facts."""
    started = time.monotonic()
    _check_style(style)
    input_path, output_path = Path(input_path), Path(output_path)
    info = probe(input_path)
    _check_plan_fits(plan, info, input_path)
    stats = RenderStats()
    if info.is_image and output_path.suffix.lower() in IMAGE_SUFFIXES:
        _render_image(plan, info, input_path, output_path, style, stats, masks)
        if progress is not None:
            progress(stats.frames)
    else:
        _render_video(plan, info, input_path, output_path, style, keep_audio, crf, preset, progress, stats, masks)
    stats.seconds = time.monotonic() - started
    return stats


def _check_plan_fits(plan: RedactionPlan, info: VideoInfo, path: Path) -> None:
    if (plan.video.width, plan.video.height) != (info.width, info.height):
        raise InputError(
            f"the plan is for a {plan.video.width}x{plan.video.height} video, this input is {info.width}x{info.height}",
            path,
        )


def _masked_frames(
    plan: RedactionPlan,
    info: VideoInfo,
    path: Path,
    style: MaskStyle,
    stats: RenderStats,
    masks: Iterable[FrameMasks] | None = None,
):
    """Yield (masked BGR image, pts_s) per decoded frame, counting what was masked."""
    known = plan.video.frame_count
    if masks is None:
        # no upper bound: frames past the plan's count still get the sweep, then are masked whole
        masks = iter_frame_masks(plan, sys.maxsize)
    frames = iter_frames(path, info, prefetch=4)
    with closing(frames):  # stops the decode thread at once if the writer fails
        yield from _mask_each(zip(frames, masks), info, known, style, stats)


def _mask_each(pairs, info: VideoInfo, known: int, style: MaskStyle, stats: RenderStats):
    masker = FrameMasker(style)
    for frame, fm in pairs:
        if frame.image is None:
            image = np.full((info.height, info.width, 3), DECODED_GREY, np.uint8)
            whole = True
        else:
            image = frame.image
            whole = fm.whole_frame or frame.index >= known  # fail closed past the plan's end
            masker.mask(image, fm.boxes, whole)
            if not whole:
                stats.masked_boxes += len(fm.boxes)
        stats.whole_frames += whole
        stats.frames += 1
        yield image, frame.pts_s


def _render_video(
    plan, info, input_path, output_path, style, keep_audio, crf, preset, progress, stats, masks=None
) -> None:
    if output_path.suffix.lower() not in VIDEO_SUFFIXES:
        got = output_path.suffix or "no suffix"
        raise OutputError(f"video output must be .mp4, .m4v or .mov (got {got!r})", output_path)
    audio = input_path if keep_audio and info.has_audio else None
    masked = _masked_frames(plan, info, input_path, style, stats, masks)
    with closing(masked), VideoWriter(output_path, info, audio_from=audio, crf=crf, preset=preset) as writer:
        for image, pts_s in masked:
            writer.write(image, pts_s)
            if progress is not None:
                progress(stats.frames)


def _render_image(plan, info, input_path, output_path, style, stats, masks=None) -> None:
    with closing(_masked_frames(plan, info, input_path, style, stats, masks)) as masked:
        image, _ = next(masked)
    write_image_atomic(output_path, image)
