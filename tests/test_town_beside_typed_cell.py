"""A town read glued to the digits of the cell beside it is no postcode and town (issue 17,
class: staff directories and contact lists zoomed so that a Mobile and an Office column wrap
their cells over two lines). Found on zoomed_directory (corpus42/prec): at 0.0 s OCR read a
mobile's first half and the office's first word as one line ('<5 digits> <Town>'), the
postcode-and-town rule typed it a place, memory learnt it, and the gate then found the town as a
piece of that 'place' in every office cell naming it (LOCATION seen_value_part x103). The
table's columns say what the two words are: digits under a column typed a phone (or any type
no place's) are that column's value, and the town is the next cell.
Values are invented."""

from __future__ import annotations

from pipeline.core.types import Box, Layout, OcrWord, TextLine
from pipeline.detection.memory import ValueMemory


def _line(*words: tuple[str, int, int, int, int]) -> TextLine:
    return TextLine(tuple(OcrWord(t, Box(x, y, w, h), 93.0) for t, x, y, w, h in words))


HEADER = [
    _line(("Name", 31, 195, 34, 11)),
    _line(("Job", 179, 195, 23, 11), ("title", 205, 195, 23, 11)),
    _line(("Department", 327, 195, 70, 13), ("E-mail", 426, 195, 38, 11)),
    _line(("Mobile", 680, 195, 40, 11)),
    _line(("Office", 786, 196, 36, 10)),
]


def _directory(digits_and_town: TextLine) -> list[TextLine]:
    """The directory at 75 %: each row's mobile wrapped over two lines of its cell, and one
    row's office too ('<Town> <Word>'), read with the mobile's first half."""
    return [
        *HEADER,
        _line(("07815", 680, 226, 38, 12)),
        _line(
            ("Orla", 31, 233, 30, 15),
            ("Fenwick", 66, 233, 52, 15),
            ("Payroll", 180, 234, 42, 14),
            ("Officer", 226, 234, 42, 12),
            ("Finance", 328, 233, 49, 13),
            ("orla.fenwick@quillmere.example", 426, 233, 236, 15),
            ("402917", 679, 242, 47, 12),
            ("Annexe", 786, 233, 49, 13),
        ),
        _line(("07263", 680, 320, 39, 12)),
        _line(
            ("Tobias", 31, 327, 44, 13),
            ("Greaves", 80, 327, 50, 13),
            ("Account", 179, 328, 52, 11),
            ("Manager", 235, 328, 55, 15),
            ("Sales", 328, 328, 34, 12),
            ("tobias.greaves@quillmere.example", 425, 327, 214, 15),
            ("318640", 680, 336, 46, 12),
            ("Penrith", 786, 328, 55, 15),
        ),
        digits_and_town,
        _line(
            ("Nadia", 30, 421, 38, 13),
            ("Thornwick", 72, 421, 45, 13),
            ("Data", 180, 422, 30, 12),
            ("Engineer", 214, 421, 56, 15),
            ("Engineering", 328, 421, 74, 15),
            ("nadia.thornwick@quillmere.example", 425, 421, 212, 15),
            ("729051", 679, 430, 48, 12),
            ("Quay", 786, 429, 33, 15),
        ),
    ]


def _found(detector, lines: list[TextLine]) -> list[tuple[str, str]]:
    lt, spans = detector.find_spans(Layout(tuple(lines)), ValueMemory())
    return [(f.entity_type, lt.text[f.start : f.end]) for f in spans]


def test_a_mobile_s_digits_read_with_the_office_beside_them_are_no_place(detector):
    found = _found(detector, _directory(_line(("07352", 679, 414, 39, 12), ("Kendal", 786, 413, 46, 13))))
    assert not [text for entity, text in found if entity == "LOCATION"]
    assert ("PHONE_NUMBER", "07352") in found  # the mobile's first half, typed by its column


def test_a_postcode_and_town_line_outside_a_table_is_still_a_place(detector):
    found = _found(
        detector,
        [_line(("Despatch", 40, 100, 60, 13)), _line(("04109", 44, 214, 40, 13), ("Leipzig", 90, 214, 50, 13))],
    )
    assert ("LOCATION", "04109 Leipzig") in found
