"""Tables whose columns name a duty, not a "name": an on-call rota on a wiki page ("Week |
Primary | Backup | Mobile"), a team's cover list ("Shift | On call | Escalation contact"). The
cells are first names alone or full names; the header says they are people. Role words that
only sometimes hold people (Primary, Backup, Lead) type their column beside another personal
column, as "Name" does. Drawn and read by real Tesseract through the real detector; names and
numbers are invented."""

from __future__ import annotations

import pytest

from pipeline.analysis.ocr import OcrConfig, make_engine
from pipeline.core.types import Box
from pipeline.detection.memory import ValueMemory
from pipeline.redact.verify import frame_layout
from tests.helpers import draw_screen, font

SIZE, PITCH, TOP = 15, 30, 20
COLUMNS = (20, 160, 380, 560)


@pytest.fixture(scope="module")
def read():
    config = OcrConfig()
    engine = make_engine(config)
    return lambda image: frame_layout(image, engine, config)


def _grid(rows: list[tuple[str, ...]]) -> tuple[list[tuple[int, int, str]], dict[str, Box]]:
    """Cells placed in COLUMNS, one row per PITCH, and each cell's box."""
    face = font(SIZE, "DejaVuSans.ttf")
    cells, where = [], {}
    for i, row in enumerate(rows):
        for x, text in zip(COLUMNS, row, strict=False):
            y = TOP + i * PITCH
            cells.append((x, y, text))
            left, top, right, bottom = face.getbbox(text)
            where[text] = Box.from_corners(x + left, y + top, x + right, y + bottom)
    return cells, where


def _masked(detector, read, rows):
    cells, where = _grid(rows)
    detections = detector.detect(read(draw_screen(cells, (760, 200), font_size=SIZE)), ValueMemory())
    return lambda text: any(d.box.intersects(where[text].pad(-2)) for d in detections)


def test_a_rota_s_role_columns_beside_a_phone_column_are_names(detector, read):
    masked = _masked(
        detector,
        read,
        [
            ("Week", "Primary", "Backup", "Mobile"),
            ("12 Jan", "Oluwaseun Adeyemi", "Priya", "07700 900123"),
            ("19 Jan", "Ingrid Solberg", "Marek", "07700 900456"),
            ("26 Jan", "Tadhg Brennan", "Oluwaseun", "07700 900789"),
        ],
    )
    for name in ("Priya", "Marek", "Oluwaseun", "Oluwaseun Adeyemi", "Ingrid Solberg"):
        assert masked(name), name
    for text in ("Week", "Primary", "Backup", "Mobile", "12 Jan", "19 Jan"):
        assert not masked(text), text


def test_an_on_call_column_holds_people_without_another_personal_column(detector, read):
    masked = _masked(
        detector,
        read,
        [
            ("Shift", "On call", "Escalation contact"),
            ("Mon", "Aisling", "Ravi"),
            ("Tue", "Bartosz", "Aisling"),
            ("Wed", "Ravi", "Bartosz"),
        ],
    )
    for name in ("Aisling", "Bartosz", "Ravi"):
        assert masked(name), name
    for text in ("Shift", "On call", "Escalation contact", "Mon", "Wed"):
        assert not masked(text), text


def test_role_columns_of_teams_and_services_stay_readable(detector, read):
    masked = _masked(
        detector,
        read,
        [
            ("Shift", "Lead", "Cover", "Status"),
            ("Early", "Network", "Storage", "Open"),
            ("Late", "Database", "Security", "Closed"),
        ],
    )
    for text in ("Network", "Storage", "Database", "Security", "Lead", "Cover"):
        assert not masked(text), text
