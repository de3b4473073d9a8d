"""A toolbar over a remembered grid is no row of it, though its chips start left of the grid's
first typed column (issue 17 precision, class: project boards, task lists and CRM grids with a
toolbar of "Key: value" buttons over them: "Group by: none", "Zoom: Days").

A timeline's task grid ("Task | Assignee | Start | End" beside a day axis) was remembered from a
frame that read its header; on later frames OCR read the header in pieces (the day axis shares
its line), so no header row was found and the remembered columns typed every row that lined up
with them. The toolbar 30 px above the grid lined up too: its "Zoom: Days" button stood in the
Assignee column and was masked as a person for the rest of the session. Two "Key: value" chips
make a toolbar (tables.py `_key_value_chips`), but only the chips inside the remembered table's
reach were counted, and the toolbar's first chip stands over the untyped Task column left of it.
The geometry is the recording's; the tasks and names are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.memory import ValueMemory


def _line(y: int, *words: tuple[int, str], h: int = 11) -> TextLine:
    return TextLine(tuple(OcrWord(text, Box(x, y, 7 * len(text), h), 93.0) for x, text in words))


TOOLBAR = _line(148, (26, "+"), (35, "Add"), (60, "task"), (112, "Group"), (149, "by:"), (169, "none"))
TOOLBAR = TextLine(TOOLBAR.words + _line(148, (225, "Zoom:"), (263, "Days"), (320, "Filter")).words)
TASKS = (
    ("Survey", "current", "floor"),
    ("Space", "plan", "draft"),
    ("Cabling", "quote"),
    ("Printer", "relocation"),
)
PEOPLE = (("Aldous", "Mallowby"), ("Briony", "Pettigrove-Ash"), ("Corwin", "Wickersham"), ("Ebba", "Hollinrake"))


def _rows(y0: int, tasks=TASKS, people=PEOPLE) -> list[TextLine]:
    """The grid's rows as OCR read them: a row's task, assignee and dates three lines."""
    rows = []
    for k, (task, person) in enumerate(zip(tasks, people)):
        y, x, cells = y0 + 30 * k, 28, []
        for word in task:
            cells.append((x, word))
            x += 7 * len(word) + 5
        rows.append(_line(y, (13, str(k + 2)), *cells))
        rows.append(_line(y, (206, person[0]), (206 + 7 * len(person[0]) + 5, person[1])))
        rows.append(_line(y, (356, f"0{k + 1}/12/26"), (436, f"0{k + 4}/12/26")))
    return rows


def _spans(detector, lines: list[TextLine], memory: ValueMemory) -> list[tuple[str, str]]:
    lt, spans = detector.find_spans(Layout(tuple(lines)), memory)
    return [(s.entity_type, lt.text[s.start : s.end]) for s in spans]


def _placed(*words: tuple[int, int, int, int, str]) -> TextLine:
    return TextLine(tuple(OcrWord(text, Box(x, y, w, h), 93.0) for x, y, w, h, text in words))


def _header() -> list[TextLine]:
    """The header as OCR read it: "Assignee", then "Start End" joined to the day axis's letters
    and numbers (misread: "$12", "Ti5"), then "Task", three lines."""
    axis = [(516, 200, 13, 10, "$12"), (540, 199, 51, 12, "S13M14"), (600, 200, 19, 10, "Ti5")]
    axis += [(619, 199, 38, 12, "|W16|"), (660, 200, 19, 10, "Ti?"), (690, 199, 20, 12, "F18")]
    axis += [(720, 200, 19, 10, "$19"), (750, 200, 19, 10, "$20"), (779, 200, 21, 10, "M21")]
    axis += [(810, 200, 19, 10, "T22"), (838, 200, 23, 10, "W23"), (870, 200, 19, 10, "124")]
    axis += [(900, 200, 19, 10, "F25"), (930, 200, 19, 10, "$26"), (960, 199, 139, 12, "S27M28|T29W30|T31")]
    axis += [(1113, 200, 12, 10, "Fi"), (1143, 200, 13, 10, "32"), (1173, 200, 13, 10, "33")]
    axis += [(1202, 200, 15, 10, "M4"), (1233, 200, 13, 10, "TS"), (1261, 200, 5, 10, "\\")]
    return [
        _placed((206, 197, 54, 13, "Assignee")),
        _placed((356, 197, 28, 11, "Start"), (436, 198, 23, 10, "End"), *axis),
        _placed((28, 198, 27, 10, "Task")),
    ]


def test_a_toolbar_whose_chips_start_left_of_a_remembered_grid_is_no_row_of_it(detector):
    memory = ValueMemory()
    first = _spans(detector, [TOOLBAR, *_header(), *_rows(256)], memory)
    assert memory.tables.tables  # the grid is remembered
    assert not [t for e, t in first if "Zoom" in t or "Days" in t]
    # the grid scrolled under its sticky toolbar: no header on the screen, its rows still typed
    later = _spans(detector, [TOOLBAR, *_rows(196)], memory)
    assert not [t for e, t in later if "Zoom" in t or "Days" in t or "Filter" in t]
    people = {t for e, t in later if e == "PERSON"}
    for given, family in PEOPLE:  # the grid's rows are still typed
        assert any(given in t and family in t for t in people)


def test_a_grid_row_with_one_captioned_cell_is_still_a_row(detector):
    """A guard: a row whose cell left of the typed columns holds one "Key: value" pair (a reply's
    "Re: <subject>") is a row of the grid still; its assignee, never seen before, is typed."""
    memory = ValueMemory()
    _spans(detector, [*_header(), *_rows(256)], memory)
    assert memory.tables.tables
    tasks = (("Re:", "snagging", "list"), ("Lift", "survey"))
    people = (("Isolwen", "Brackwater"), ("Oswin", "Fennimore"))
    later = _spans(detector, [TOOLBAR, *_rows(196, tasks, people)], memory)
    typed = {t for e, t in later if e == "PERSON"}
    for given, family in people:
        assert any(given in t and family in t for t in typed)
