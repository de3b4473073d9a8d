"""The cell the pointer rests on is typed by its column only in a row of the table (issue 17,
class: a case page's sections one under another, a Dependants grid '<relation> | <name> | <date
of birth> | <nationality> | <passport no.>' over a Documents list '<file> | <evidence> |
<status>' whose header holds no known column; the pointer resting on a Documents cell). Found
on visa_application (corpus38/scn3) by benchmarks/gate.py: a false block, DATE_OF_BIRTH
high_confidence x6 (11.3-16 s) on the Documents list's Evidence cells, and the analysis masked
one of them as a date of birth (over-masking, 6-18 s). Traced on a 16.5-18.5 s cut through the
real analysis: the Dependants header's rows ran on past the notes and the Documents heading
(each gap a row's), its date of birth column over the Evidence cells; no Evidence cell has a
date's shape, but the pointer's cell (OCR reads the arrow and the word as one tall word) is
covered whole as its column's type without one. A row whose typed columns hold text and none of
it of its type's shape is another table's: its pointer's cell is none. Values are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine

CHAR_W, LINE_H = 8, 13


def _line(y: int, *cells: tuple[int, str], tall: tuple[int, str] | None = None) -> list[TextLine]:
    lines = []
    for x, text in cells:
        words, at = [], x
        for part in text.split(" "):
            words.append(OcrWord(part, Box(at, y, CHAR_W * len(part), LINE_H), 91.0))
            at += CHAR_W * (len(part) + 1)
        lines.append(TextLine(tuple(words)))
    if tall is not None:  # the pointer over a word: read with it, twice a letter's height, off the line
        x, text = tall
        lines.append(TextLine((OcrWord(text, Box(x, y - 1, CHAR_W * len(text), 2 * LINE_H), 80.0),)))
    return lines


DEPENDANTS = [
    *_line(160, (22, "Dependants")),
    *_line(
        189, (31, "Relationship"), (262, "Name"), (580, "Date of birth"), (814, "Nationality"), (1018, "Passport no.")
    ),
    *_line(215, (31, "Spouse"), (262, "Tobiah Okafor"), (580, "01 June 1983"), (814, "Nigerian"), (1018, "A79411793")),
]


def _found(detector, *lines: TextLine) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(Layout(tuple(lines)))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_the_pointers_cell_in_another_tables_row_is_none(detector):
    found = _found(
        detector,
        *DEPENDANTS,
        *_line(241, (31, "Child"), (262, "Ada Okafor"), (580, "24 April 2019"), (814, "Nigerian"), (1018, "A35411353")),
        *_line(279, (22, "Caseworker notes")),
        *_line(305, (39, "Spoke to the applicant about the school term and the start date.")),
        *_line(343, (22, "Documents")),
        *_line(372, (31, "File"), (576, "Evidence"), (1032, "Status")),
        *_line(
            398,
            (31, "passport_okafor.pdf"),
            (576, "Passport"),
            (704, "page)"),
            (1032, "Verified"),
            tall=(629, "(biographic"),
        ),
        *_line(424, (31, "tb_certificate.pdf"), (576, "TB test certificate"), (1032, "Verified")),
    )
    assert not any(text.startswith("(biographic") for _, text in found), found
    assert ("DATE_OF_BIRTH", "24 April 2019") in found, found  # the grid's own rows still typed


def test_the_pointers_cell_in_the_tables_own_row_is_still_typed(detector):
    found = _found(
        detector,
        *DEPENDANTS,
        *_line(241, (31, "Child"), (580, "24 April 2019"), (814, "Nigerian"), (1018, "A35411353"), tall=(262, "Ada")),
    )
    assert ("PERSON", "Ada") in found, found
