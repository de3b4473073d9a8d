"""Structured log lines in a terminal (JSON, logfmt), as `docker logs`, `kubectl logs` or
`journalctl` print them: a line longer than the terminal wraps at its width whatever it holds,
so an e-mail address is cut inside its token ('..."user_email":"<head>' / '<rest>","ip":...');
the rest alone is an address and was masked, the head stayed readable. A logfmt pair quotes a
customer's name ('customer="<First> <Last>"'), which no caption names. Drawn and read by real
Tesseract through the real detector; values are invented."""

from __future__ import annotations

import pytest

from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.core.types import Box
from pipeline.detection.memory import ValueMemory
from pipeline.redact.verify import frame_layout
from tests.helpers import draw_screen, font

MONO, SIZE, PITCH, WIDTH = "DejaVuSansMono.ttf", 14, 22, 96  # a terminal of 96 columns


@pytest.fixture(scope="module")
def read():
    config = OcrConfig()
    engine = make_engine(config)
    return lambda image: frame_layout(image, engine, config)


def _terminal(detector, read, lines: list[str]):
    """The lines wrapped at WIDTH columns as a terminal prints them; a function telling whether
    the characters [start, end) of logical line i are all under a mask."""
    face = font(SIZE, MONO)
    rows = [(10, 10 + k * PITCH, chunk) for k, chunk in enumerate(c for line in lines for c in _chunks(line))]
    detections = detector.detect(
        read(draw_screen(rows, (1000, 40 + PITCH * len(rows)), dark=True, font_size=SIZE, font_name=MONO)),
        ValueMemory(),
    )
    char_w = face.getlength("M")
    first_row = [sum(len(_chunks(line)) for line in lines[:i]) for i in range(len(lines))]

    def masked(i: int, value: str) -> bool:
        at = lines[i].index(value)
        for k in range(at, at + len(value)):
            row, col = divmod(k, WIDTH)
            x, y = 10 + col * char_w + char_w / 2, 10 + (first_row[i] + row) * PITCH + SIZE / 2
            if not any(_inside(d.box, x, y) for d in detections):
                return False
        return True

    return masked


def _inside(box: Box, x: float, y: float) -> bool:
    return box.x <= x <= box.x2 and box.y <= y <= box.y2


def _chunks(line: str) -> list[str]:
    return [line[k : k + WIDTH] for k in range(0, len(line), WIDTH)]


def test_an_e_mail_cut_by_the_terminal_s_width_is_masked_on_both_rows(detector, read):
    line = (
        '{"ts":"2026-12-06T09:12:44.120Z","level":"info","msg":"password reset requested","user_email":"siobh'
        'an.mcallister@harbourline.ie","ip":"10.20.30.40","svc":"auth"}'
    )
    assert line.index("siobh") < WIDTH < line.index("@")  # the address is cut by the wrap
    masked = _terminal(detector, read, [line])
    assert masked(0, "siobhan.mcallister@harbourline.ie")
    assert not masked(0, "password reset requested")


def test_a_logfmt_pair_quoting_a_customer_s_name_is_a_name(detector, read):
    line = 'time=2026-12-06T09:12:45Z level=info msg="order placed" customer="Tadhg Ravensdale" order=ORD-88123'
    masked = _terminal(detector, read, [line])
    assert masked(0, "Tadhg Ravensdale")
    assert not masked(0, "order placed")
    assert not masked(0, "ORD-88123")
