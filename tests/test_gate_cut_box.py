"""A box cut short over a name leaves the rest of a word readable beside its blur, and the gate
blocks it (issue 17, stop 45 item 2, class: a mask that ends inside its value, "<blur>nnimore"
of a surname, as a tracker's box lagging a moving window or a value grown longer than its box
leaves it). Before, the gate looked for whole words of a seen name only, and a word cut by the
blur ("[ennimore", read with the blur's edge as a bracket) is none: the output passed clean with
most of the surname readable. Real media: a clip drawn with a real font, rendered with the
pipeline's renderer, read with the real OCR and detector. Values are invented."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from pipeline.analysis.values import SeenValues
from pipeline.core.plan import RedactionPlan
from pipeline.core.types import Box, Track, TrackSegment
from pipeline.media.probe import probe
from pipeline.redact.verify import FindingBasis, verify_output
from pipeline.render.renderer import render
from tests.helpers import draw_screen, font, screen_clip, text_layout

W, H, FPS, COUNT = 640, 360, 5.0, 10
NAME = "Thorvaldine Pennimore"
FIELDED = "Odalie Quarrowfield"  # its surname ends with a dictionary word
X, Y = 120, 60
LINES = [(20, 20, "Account owner"), (20, Y, "Owner:"), (X, Y, NAME), (20, 140, "Status: Active")]
LINES += [(20, 100, "Backup:"), (X, 100, FIELDED)]


def _span(text: str, start: int, end: int, y: int = Y) -> Box:
    """The box over characters [start, end) of `text` drawn at (X, y), padded as a detector pads."""
    draw = ImageDraw.Draw(Image.new("RGB", (W, H)))
    face = font(14)
    left = draw.textbbox((X, y), text[:start], font=face)[2] if start else draw.textbbox((X, y), text, font=face)[0]
    right = draw.textbbox((X, y), text[:end], font=face)[2]
    top, bottom = draw.textbbox((X, y), text, font=face)[1::2]
    return Box.from_corners(left, top, right, bottom).pad(4)


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    path = tmp_path_factory.mktemp("cut") / "clip.mp4"
    return screen_clip(path, [draw_screen(LINES, (W, H)) for _ in range(COUNT)], FPS, codec="raw", pix_fmt="bgr24")


@pytest.fixture(scope="module")
def seen() -> SeenValues:
    values = SeenValues()
    values.add("PERSON", NAME, 0.0)
    values.add("PERSON", FIELDED, 0.0)
    return values


def _verify(clip, tmp_path, detector, engine, seen, *boxes: Box):
    tracks = [
        Track(i, "PERSON", 0.9, segments=[TrackSegment(0, COUNT - 1, box, 0.0, (COUNT - 1) / FPS)])
        for i, box in enumerate(boxes, 1)
    ]
    plan = RedactionPlan(probe(clip), tracks=tracks)
    output = tmp_path / "out.mp4"
    render(plan, clip, output)
    return verify_output(output, plan, detector, engine, every_s=1.0, seen=seen)


def test_masked_whole_is_clean(clip, tmp_path, detector, engine, seen):
    result = _verify(clip, tmp_path, detector, engine, seen, _span(NAME, 0, len(NAME)), _span(FIELDED, 0, 19, 100))
    assert result.clean, result.summary()


@pytest.mark.parametrize(
    "start, end",
    [
        (0, 13),  # the first name and the surname's first two letters: "nnimore" shows
        (0, 14),  # "nimore"
        (6, len(NAME)),  # all but the first name's first letters (the box's padding takes one)
    ],
)
def test_a_box_cut_short_inside_a_name_blocks(clip, tmp_path, detector, engine, seen, start, end):
    other = _span(FIELDED, 0, len(FIELDED), 100)
    result = _verify(clip, tmp_path, detector, engine, seen, _span(NAME, start, end), other)
    assert not result.clean
    found = [f for f in result.findings if f.entity_type == "PERSON"]
    assert found and all(f.basis == FindingBasis.SEEN_VALUE and f.partial for f in found)
    shown = _span(NAME, end, len(NAME)) if start == 0 else _span(NAME, 0, start)
    assert all(f.box.intersects(shown) for f in found)


def test_the_rest_of_a_name_that_is_a_dictionary_word_passes(clip, tmp_path, detector, engine, seen):
    """ "<blur>field" of a surname: a word anyone's screen shows, which tells no one's name."""
    result = _verify(clip, tmp_path, detector, engine, seen, _span(NAME, 0, len(NAME)), _span(FIELDED, 0, 14, 100))
    assert result.clean, result.summary()


def test_only_a_word_the_mask_cuts_is_read_as_a_rest():
    """The same letters as a whole word beside no mask, or beside a mask on the other side, are no
    rest of the name (a word of their own; the existing whole-word pieces judge those)."""
    from pipeline.redact.verify import cut_pieces

    values = SeenValues()
    values.add("PERSON", NAME, 0.0)
    layout = text_layout((200, 60, "nnimore"), (320, 60, "Thorv"))
    rest = layout.lines[0].words[0].box
    head = layout.lines[1].words[0].box
    before_rest = Box(rest.x - 90, rest.y - 2, 88, rest.h + 4)  # a blur ending where "nnimore" starts
    after_head = Box(head.x2 + 1, head.y - 2, 90, head.h + 4)  # one starting where "Thorv" ends
    assert {f.box.x for f in cut_pieces(0, 0.0, layout, [before_rest, after_head], values)} == {rest.x - 2, head.x - 2}
    assert cut_pieces(0, 0.0, layout, [], values) == []
    swapped = [Box(rest.x2 + 1, rest.y - 2, 60, rest.h + 4), Box(head.x - 70, head.y - 2, 68, head.h + 4)]
    assert cut_pieces(0, 0.0, layout, swapped, values) == []
