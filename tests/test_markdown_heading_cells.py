"""A Markdown heading under a pipe table is no cell of it (issue 17 precision, class: Markdown
editors' source panes with line numbers, READMEs and notes with a table over a section).

A web Markdown editor's source pane numbers its lines; a pipe table ("| Name | Email | Phone |
Postcode |") ends two lines above the next section's heading ("15 ## Contacts"). The table's
rows run on past the blank lines (the editor's gutter numbers them, so no gap ends it), and the
heading's words stood in the Name column: "## Contacts" was typed a name, remembered, and the
word was masked wherever it stood, the preview's rendered heading too. A heading's marks, one
to six '#' and a space after the line's number, open a section's title, never a cell (an
unnumbered '#' line already ends the table as a prompt does). The rows above and the list
items under the heading are typed as before. The geometry is the recording's; the names,
addresses and numbers are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.memory import ValueMemory


def _placed(*words: tuple[int, int, int, int, str]) -> TextLine:
    return TextLine(tuple(OcrWord(text, Box(x, y, w, h), 93.0) for x, y, w, h, text in words))


HEADER = [
    _placed((25, 215, 7, 11, "5"), (52, 215, 3, 13, "|"), (65, 215, 28, 11, "Name")),
    _placed((211, 216, 2, 12, "|"), (223, 215, 36, 11, "Email")),
    _placed(
        (398, 215, 3, 13, "|"),
        (410, 215, 36, 11, "Phone"),
        (506, 215, 3, 13, "|"),
        (518, 215, 57, 11, "Postcode"),
        (585, 215, 3, 13, "|"),
    ),
]
RULE = _placed((25, 234, 7, 11, "6"), (52, 235, 3, 13, "|"), (173, 235, 40, 12, "-----|"), (585, 235, 3, 13, "|"))
PEOPLE = (
    ("Drystan", "Tolverne", "dtolverne@example.net", "07700", "900512", "TR7", "9QX"),
    ("Ebba", "Fennimore", "ebba.f@example.org", "07700", "900513", "PL3", "4RW"),
    ("Aldous", "Hollinrake", "aldous@example.com", "07700", "900514", "EX2", "8JD"),
)


def _row(y: int, number: str, given: str, family: str, email: str, tel1: str, tel2: str, out: str, inw: str):
    x = 25 if len(number) == 1 else 18
    return _placed(
        (x, y, 7 * len(number), 11, number),
        (52, y, 3, 13, "|"),
        (65, y, 7 * len(given), 11, given),
        (72 + 7 * len(given), y, 7 * len(family), 11, family),
        (211, y, 3, 13, "|"),
        (223, y, 7 * len(email), 13, email),
        (398, y, 3, 12, "|"),
        (410, y, 36, 11, tel1),
        (453, y, 43, 11, tel2),
        (506, y, 3, 12, "|"),
        (518, y, 21, 11, out),
        (544, y, 21, 11, inw),
    )


def _source(heading_marks: str = "##") -> list[TextLine]:
    rows = [_row(253 + 19 * k, str(7 + k), *person) for k, person in enumerate(PEOPLE)]
    return [
        *HEADER,
        RULE,
        *rows,
        _placed((18, 310, 14, 11, "10")),
        _placed(
            (18, 329, 14, 11, "11"), (50, 329, 7 * len(heading_marks), 11, heading_marks), (71, 329, 58, 11, "Contacts")
        ),
        _placed((18, 348, 14, 11, "12")),
        _placed(
            (18, 367, 14, 11, "13"),
            (51, 372, 5, 3, "-"),
            (65, 367, 56, 11, "Isolwen"),
            (128, 367, 70, 11, "Brackwater:"),
        ),
    ]


def _spans(detector, lines: list[TextLine], memory: ValueMemory) -> list[tuple[str, str]]:
    lt, spans = detector.find_spans(Layout(tuple(lines)), memory)
    return [(s.entity_type, lt.text[s.start : s.end]) for s in spans]


def test_a_numbered_markdown_heading_under_a_pipe_table_is_no_name_cell(detector):
    memory = ValueMemory()
    hits = _spans(detector, _source(), memory)
    assert not [t for e, t in hits if "Contacts" in t]
    people = {t for e, t in hits if e == "PERSON"}
    for given, family, *_ in PEOPLE:  # the table's rows are still names
        assert any(given in t and family in t for t in people)
    # nothing was remembered of the heading: the preview's rendered heading stays readable
    preview = [_placed((662, 457, 73, 12, "Contacts")), _placed((668, 486, 60, 13, "Callbacks"))]
    assert not [t for e, t in _spans(detector, preview, memory) if "Contacts" in t]


def test_deeper_headings_are_no_cells_either(detector):
    for marks in ("#", "###", "######"):
        hits = _spans(detector, _source(marks), ValueMemory())
        assert not [t for e, t in hits if "Contacts" in t], marks
