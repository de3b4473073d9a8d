"""A request inspector's column headers and detail tabs are no person (issue 16 precision, class:
browser developer tools' Network panel and the request lists of HTTP debuggers at a small scale).

devtools_panel at 75 %: OCR left the list's "Name" header a line of its own, level with the other
headers but farther from them than a line joins words ("Name" | "Status Type Initiator Size...");
the "Name" label then took the header cells right of it as a person's name, masked over the
header row. The request detail's tab strip "Headers Payload Preview Response Timing", its
"Preview" misread, was NER's person, remembered and masked wherever the tabs stood (a guard
here: NER takes it on the whole screen only). A resource under "Name" may be masked (a label's
value fails closed) but is never remembered. The geometry is the 75 % copy's; the name and the
number in the JSON beside the list are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.memory import ValueMemory


def _w(text: str, x: int, y: int, w: int, h: int, conf: float = 93.0) -> OcrWord:
    return OcrWord(text, Box(x, y, w, h), conf)


# the 75 % copy's request list beside the selected request's Preview (a JSON tree), as OCR read
# it: the list's headers and the detail's tabs on one line ("Size" glued to "Headers", "Preview"
# read as a tall low-confidence word), "Name" a line of its own level with them; the rows
HEADERS = [
    _w("Status", 114, 397, 27, 10),
    _w("Type", 147, 397, 20, 10),
    _w("Initiator", 194, 398, 29, 7),
    _w("SizeHeaders", 265, 396, 62, 12),
    _w("Payload", 341, 399, 31, 9, 83.0),
    _w("revew", 388, 394, 31, 17, 46.0),
    _w("Response", 432, 399, 40, 9),
    _w("Timing", 487, 399, 26, 9),
]
NAME = [_w("Name", 3, 398, 24, 7)]
ROWS = [
    [_w("200", 114, 465, 15, 8), _w("fetch", 147, 465, 19, 8), _w("main.5d1e0.js:2", 193, 463, 88, 13)]
    + [_w("name:", 314, 459, 24, 7), _w('"Perpetua', 345, 458, 44, 8), _w('Arkwright-Bellamy"', 394, 457, 90, 12)],
    [_w("tariffs/current", 1, 463, 55, 11)],
    [_w("500", 114, 478, 15, 8), _w("fetch", 147, 479, 19, 7), _w("main.5d1e0.js:2", 193, 477, 65, 12)]
    + [_w("2.1", 265, 478, 20, 8), _w("phone:", 314, 485, 29, 9), _w('"07700', 352, 483, 30, 12)]
    + [_w('900461"', 387, 484, 34, 8)],
    [_w("profile", 3, 479, 25, 8)],
]


def _found(detector, lines: list[list[OcrWord]], memory: ValueMemory) -> list[tuple[str, str]]:
    layout = Layout(tuple(TextLine(tuple(words)) for words in lines))
    lt, spans = detector.find_spans(layout, memory)
    return [(s.entity_type, lt.text[s.start : s.end]) for s in spans]


def test_the_header_cells_right_of_a_name_header_are_no_person(detector):
    memory = ValueMemory()
    hits = _found(detector, [HEADERS, NAME, *ROWS], memory)
    people = [text for entity, text in hits if entity == "PERSON"]
    assert not [t for t in people if {"Status", "Type", "Initiator"} & set(t.split())]
    assert [t for t in people if "Arkwright-Bellamy" in t]  # the JSON's name still is one


def test_a_resource_under_a_name_header_is_masked_but_not_remembered(detector):
    memory = ValueMemory()
    cell = [_w("Statement", 3, 410, 44, 10)]
    _found(detector, [HEADERS, NAME, cell, *ROWS], memory)
    # masked or not there (label:name/below masks such a cell in some frames: it fails closed),
    # a dictionary word is never remembered as a person (a guard: passes before the fix too)
    later = [_w("Your", 20, 100, 20, 9), _w("Statement", 45, 100, 44, 9), _w("is", 94, 100, 8, 9)]
    assert not _found(detector, [later], memory)


def test_the_detail_tabs_are_no_person(detector):
    memory = ValueMemory()
    tabs = [_w("Headers", 292, 397, 35, 9), _w("Payload", 341, 399, 31, 9), _w("Preriew..", 388, 397, 40, 9)]
    tabs += [_w("Response", 432, 399, 40, 9), _w("Timing", 487, 399, 26, 9)]
    assert not [t for e, t in _found(detector, [tabs], memory) if e == "PERSON"]
    assert not memory.find("Payload Preriew")
