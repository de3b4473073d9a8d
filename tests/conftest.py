"""Shared fixtures: drawing screen-like images with real fonts, and a guard against logged errors."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))


def font(size: int, name: str = "DejaVuSans.ttf") -> ImageFont.FreeTypeFont:
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    raise RuntimeError(f"font {name} missing: run scripts/install.sh")


def draw_screen(
    lines: list[tuple[int, int, str]],
    size: tuple[int, int] = (640, 360),
    *,
    dark: bool = False,
    font_size: int = 14,
    font_name: str = "DejaVuSans.ttf",
) -> np.ndarray:
    """A BGR frame with text lines drawn at (x, y): light UI by default, dark mode on request."""
    background, ink = ((30, 30, 30), (220, 220, 220)) if dark else ((245, 245, 245), (20, 20, 20))
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    face = font(font_size, font_name)
    for x, y, text in lines:
        draw.text((x, y), text, fill=ink, font=face)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


@pytest.fixture(autouse=True)
def no_logged_errors(request, caplog):
    """A test that makes the pipeline log an error fails, unless it expects one."""
    caplog.set_level(logging.WARNING)
    yield
    if request.node.get_closest_marker("allow_errors"):
        return
    errors = [r for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    assert not errors, f"unexpected error logged: {errors[0].getMessage()}"


def pytest_configure(config):
    config.addinivalue_line("markers", "allow_errors: the test expects the pipeline to log errors")
