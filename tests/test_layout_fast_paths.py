"""The detection passes' hot paths, written for speed (issue 18), give what the plain versions
gave: `group_lines` (a line's `takes`, one pass over its words), `Box.union_all` (one min/max
pass) and a table row's `height` (worked out once). The plain versions are kept here as the
reference and compared on random layouts: crowded lines, stacked rows, overlapping and
degenerate boxes."""

from __future__ import annotations

import random

import pytest

from pipeline.core import layout
from pipeline.core.types import Box, OcrWord
from pipeline.detection.structure.tables import Row
from pipeline.detection.text import LayoutText


def _reference_takes(line: layout._Line, word: OcrWord) -> bool:
    box = word.box
    if not layout._overlap(line.y1, line.y2, box.y, box.y2):
        return False
    if any(layout._stacked(box, w.box) for w in line.words):
        return False
    height = max(box.h, 8)
    gap = min(max(box.x, w.box.x) - min(box.x2, w.box.x2) for w in line.words)
    return gap <= 6 * height


def _reference_union_all(boxes: list[Box]) -> Box | None:
    result: Box | None = None
    for box in boxes:
        result = box if result is None else result.union(box)
    return result


def _words(rng: random.Random, n: int) -> list[OcrWord]:
    words = []
    for _ in range(n):
        row = rng.randrange(12)
        h = rng.choice([6, 8, 10, 12, 14, 30])
        y = row * 16 + rng.randint(-6, 6)
        x = rng.randrange(0, 1200)
        w = rng.choice([0, 3, 20, 60, 140, 400])
        words.append(OcrWord(f"w{len(words)}", Box(x, y, w, h), 90.0))
    return words


def _lines(result) -> list[tuple[tuple[str, ...], ...]]:
    return [tuple(w.text for w in line.words) for line in result.lines]


@pytest.mark.parametrize("seed", range(40))
def test_group_lines_groups_as_the_plain_takes_did(seed, monkeypatch):
    rng = random.Random(seed)
    words = _words(rng, rng.randrange(1, 120))
    fast = _lines(layout.group_lines(words))
    monkeypatch.setattr(layout._Line, "takes", _reference_takes)
    assert fast == _lines(layout.group_lines(words))


@pytest.mark.parametrize("seed", range(40))
def test_union_all_is_the_union_box_by_box(seed):
    rng = random.Random(seed)
    boxes = [
        Box(rng.randint(-50, 900), rng.randint(-50, 900), rng.randint(-5, 300), rng.randint(-5, 80))
        for _ in range(rng.randrange(0, 30))
    ]
    assert Box.union_all(boxes) == _reference_union_all(boxes)
    assert Box.union_all(iter(boxes)) == _reference_union_all(boxes)


def test_a_rows_height_is_its_median_word_height():
    rng = random.Random(7)
    words = _words(rng, 60)
    lt = LayoutText(layout.group_lines(words))
    for line in lt.lines:
        heights = sorted(w.box.h for w in line.words)
        row = Row(tuple(line.words), line.box)
        assert row.height == max(heights[len(heights) // 2], 1)
