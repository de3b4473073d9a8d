"""Text whose contrast is in its colour, not its luma (issues 16 and 18: read what a person can
read). xterm's ANSI red (#cd0000) on its ground (#1d1f21) is about 30 grey levels from it in
luma, and ANSI blue (#0000ee) is as dark as the ground: `git diff --word-diff`'s removed runs and
`ls --color`'s directories. A person reads them at once. Values are invented."""

from __future__ import annotations

from pipeline.core.text import normalise
from pipeline.redact.evaluate import IndependentReader
from tests.helpers import draw_screen

GROUND, WHITE, RED, BLUE = (29, 31, 33), (229, 229, 229), (205, 0, 0), (0, 0, 238)
EMAIL, FOLDER = "brannoch.tavish@example.net", "tavish-orlagh-invoices"


def terminal(lines: list[tuple[int, int, str, tuple[int, int, int]]], size: tuple[int, int] = (640, 200)):
    return draw_screen(lines, size, font_size=14, font_name="DejaVuSansMono.ttf", background=GROUND)


def test_the_scorer_reads_saturated_text_on_a_dark_ground():
    frame = terminal(
        [
            (20, 30, "$ git diff --word-diff notes.md", WHITE),
            (20, 60, f"- Invoices to [-{EMAIL}-]", RED),
            (20, 90, "$ ls --color", WHITE),
            (20, 120, FOLDER, BLUE),
        ]
    )
    text = normalise(IndependentReader().read(frame))
    assert normalise(EMAIL) in text
    assert normalise(FOLDER) in text
